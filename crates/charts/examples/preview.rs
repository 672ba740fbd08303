//! Writes every chart, for representative inputs, to `target/charts-preview/`
//! so people can look at them: `cargo run -p ctopath-charts --example preview`.
//! Beside each SVG it writes a PNG rendered by resvg, the renderer Typst uses
//! for the PDF report, at 1.5× so details are easy to inspect.

use std::path::{Path, PathBuf};

use resvg::{tiny_skia, usvg};

use ctopath_charts::{
    Gauge, Position, Progress, Radar, RadarSeries, SeriesStyle, Snapshot, Timeline, TourKind,
    gauge, progress, radar, timeline,
};

fn fixture<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn thirty_positions() -> Timeline {
    let kinds = [
        TourKind::Foundational,
        TourKind::Rotational,
        TourKind::Transformational,
    ];
    Timeline {
        title: "Thirty short positions".into(),
        today: 2026.4,
        positions: (0..30)
            .map(|i| Position {
                title: format!("Contract engineer with a very long job title number {i}"),
                organisation: format!("Client {i}"),
                start: 1996.0 + i as f64,
                end: Some(1996.9 + i as f64),
                tour: kinds[i % 3],
            })
            .collect(),
        tours: Vec::new(),
        forecast: None,
    }
}

/// The most spokes a radar labels, with long names and every style at once.
fn crowded_radar() -> Radar {
    let person: Radar = fixture("radar-person.json");
    let extra = [
        "Board relations and investor communication",
        "Vendor management",
        "Mentoring and coaching",
        "Incident leadership",
        "Data governance",
        "Public speaking",
        "Mergers & acquisitions <due diligence>",
    ];
    let axes: Vec<String> = person
        .axes
        .iter()
        .cloned()
        .chain(extra.iter().map(|s| s.to_string()))
        .collect();
    let count = axes.len();
    let series = person
        .series
        .iter()
        .map(|s| RadarSeries {
            values: (0..count)
                .map(|i| {
                    s.values
                        .get(i)
                        .copied()
                        .flatten()
                        .or(Some((i % 7) as f64 + 2.0))
                })
                .collect(),
            ..s.clone()
        })
        .collect();
    Radar {
        title: "Twenty-five competencies".into(),
        axes,
        series,
    }
}

fn main() {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("charts-preview");
    std::fs::create_dir_all(&dir).expect("create the preview folder");
    let history: Progress = fixture("progress-history.json");
    let single = Progress {
        snapshots: history.snapshots[..1].to_vec(),
        ..history.clone()
    };
    let charts = [
        (
            "radar-person",
            radar(&fixture::<Radar>("radar-person.json")),
        ),
        (
            "radar-snapshots",
            radar(&fixture::<Radar>("radar-snapshots.json")),
        ),
        ("radar-crowded", radar(&crowded_radar())),
        (
            "radar-three",
            radar(&Radar {
                title: String::new(),
                axes: vec!["Technical".into(), "People".into(), "Business".into()],
                series: vec![RadarSeries {
                    label: "Current".into(),
                    values: vec![Some(7.0), Some(4.0), None],
                    style: SeriesStyle::Current,
                }],
            }),
        ),
        (
            "timeline-career",
            timeline(&fixture::<Timeline>("timeline-career.json")),
        ),
        ("timeline-thirty", timeline(&thirty_positions())),
        (
            "gauge-cto",
            gauge(&Gauge {
                label: "Readiness for CTO".into(),
                value: Some(0.42),
            }),
        ),
        (
            "gauge-l6",
            gauge(&Gauge {
                label: "Readiness for L6".into(),
                value: Some(0.78),
            }),
        ),
        ("progress-history", progress(&history)),
        ("progress-single", progress(&single)),
        (
            "progress-empty",
            progress(&Progress {
                title: String::new(),
                readiness_label: String::new(),
                snapshots: Vec::<Snapshot>::new(),
            }),
        ),
    ];
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    // usvg reads `sans-serif` as Arial; most Linux systems have DejaVu Sans.
    options.fontdb_mut().set_sans_serif_family("DejaVu Sans");
    for (name, svg) in charts {
        let path = dir.join(format!("{name}.svg"));
        std::fs::write(&path, &svg).expect("write the chart");
        let tree = usvg::Tree::from_str(&svg, &options).expect("usvg reads the chart");
        let scale = 1.5;
        let size = tree.size().to_int_size().scale_by(scale).expect("a size");
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("a pixmap");
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap
            .save_png(dir.join(format!("{name}.png")))
            .expect("write the PNG");
        println!("{}", path.display());
    }
}
