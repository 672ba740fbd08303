mod common;

use common::{HOSTILE, check, fixture};
use ctopath_charts::{MAX_AXES, Radar, RadarSeries, SeriesStyle, radar};

fn series(label: &str, style: SeriesStyle, values: Vec<Option<f64>>) -> RadarSeries {
    RadarSeries {
        label: label.into(),
        values,
        style,
    }
}

fn axes(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("Competency {i}")).collect()
}

fn points(node: roxmltree::Node) -> Vec<(f64, f64)> {
    node.attribute("points")
        .unwrap()
        .split(' ')
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[test]
fn a_complete_series_is_a_polygon_with_one_vertex_per_axis() {
    for n in [3, 7, 18, 25] {
        let chart = check(radar(&Radar {
            title: String::new(),
            axes: axes(n),
            series: vec![series("Current", SeriesStyle::Current, vec![Some(5.0); n])],
        }));
        let doc = chart.doc();
        let filled: Vec<_> = doc
            .descendants()
            .filter(|e| e.has_tag_name("polygon") && e.attribute("fill-opacity").is_some())
            .collect();
        assert_eq!(filled.len(), 1, "one filled area");
        assert_eq!(points(filled[0]).len(), n);
        // The grid: five rings, and the series' outline, each with a vertex per axis.
        let rings = doc
            .descendants()
            .filter(|e| e.has_tag_name("polygon") && e.attribute("fill") == Some("none"))
            .filter(|e| e.attribute("stroke-linejoin").is_none())
            .filter(|e| points(*e).len() == n)
            .count();
        assert_eq!(rings, 5, "{n} axes: rings");
        let outlines: Vec<_> = doc
            .descendants()
            .filter(|e| e.has_tag_name("polygon") && e.attribute("stroke-linejoin").is_some())
            .collect();
        assert_eq!(outlines.len(), 1);
        assert_eq!(points(outlines[0]).len(), n);
    }
}

#[test]
fn the_person_fixture_describes_every_competency_with_its_values() {
    let input: Radar = fixture("radar-person.json");
    let chart = check(radar(&input));
    assert_eq!(chart.title, "Competency radar: Ada Example");
    for axis in &input.axes {
        assert!(chart.desc.contains(axis.as_str()), "desc lacks {axis}");
    }
    assert!(
        chart
            .desc
            .contains("Technical depth — Current: 8; Expected at L6: 7; Target (CTO): 7.")
    );
    assert!(
        chart
            .desc
            .contains("Financial literacy — Current: not assessed; Expected at L6: 4")
    );
    // All names fit: none abbreviated at 18 axes.
    let texts = chart.texts().join(" ");
    for axis in &input.axes {
        for word in axis.split(' ') {
            assert!(texts.contains(word), "{word} missing from labels");
        }
    }
    assert!(!texts.contains('…'));
}

#[test]
fn not_assessed_values_are_gaps_not_zeros() {
    let chart = check(radar(&Radar {
        title: String::new(),
        axes: axes(5),
        series: vec![series(
            "Current",
            SeriesStyle::Current,
            vec![Some(6.0), Some(6.0), None, Some(6.0), Some(f64::NAN)],
        )],
    }));
    let doc = chart.doc();
    // No closed outline or filled area: the line stops at each gap.
    assert!(
        !doc.descendants()
            .any(|e| e.attribute("fill-opacity").is_some() && e.has_tag_name("polygon"))
    );
    let lines: Vec<_> = doc
        .descendants()
        .filter(|e| e.has_tag_name("polyline"))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        points(lines[0]).len(),
        2,
        "only axes 0 and 1 are neighbours with values"
    );
    // Three solid markers, two hollow ones outside the outer ring.
    let hollow = doc
        .descendants()
        .filter(|e| e.has_tag_name("circle") && e.attribute("fill") == Some("#ffffff"))
        .count();
    assert_eq!(
        hollow,
        2 + 1,
        "two gaps plus the legend's 'not assessed' sign"
    );
    assert!(chart.texts().contains(&"Not assessed".to_string()));
    assert_eq!(chart.desc.matches("not assessed").count(), 2);
    // Nothing is drawn at the centre, where a zero would be.
    let spoke = doc.descendants().find(|e| e.has_tag_name("line")).unwrap();
    let number = |node: roxmltree::Node, name: &str| -> f64 {
        node.attribute(name).unwrap().parse().unwrap()
    };
    let centre = (number(spoke, "x1"), number(spoke, "y1"));
    let markers: Vec<(f64, f64)> = doc
        .descendants()
        .filter(|c| c.has_tag_name("circle"))
        .map(|c| (number(c, "cx"), number(c, "cy")))
        .collect();
    assert!(markers.len() >= 5);
    assert!(
        markers
            .iter()
            .all(|&(x, y)| (x - centre.0).hypot(y - centre.1) > 50.0)
    );
}

#[test]
fn out_of_range_values_are_clamped_to_the_scale() {
    let draw = |v: f64| {
        radar(&Radar {
            title: String::new(),
            axes: axes(4),
            series: vec![series("Current", SeriesStyle::Current, vec![Some(v); 4])],
        })
    };
    assert_eq!(draw(1e12), draw(10.0));
    assert_eq!(draw(f64::INFINITY), draw(f64::NAN));
    assert_eq!(draw(-3.0), draw(0.0));
    check(draw(f64::NEG_INFINITY));
}

#[test]
fn hostile_labels_are_escaped_and_survive_as_text() {
    let chart = check(radar(&Radar {
        title: HOSTILE.into(),
        axes: vec![HOSTILE.into(), "B & C".into(), "<D>".into()],
        series: vec![series(HOSTILE, SeriesStyle::Current, vec![Some(3.0); 3])],
    }));
    assert!(
        chart
            .title
            .contains("<script>alert(\"x\")</script> & 'R&D'")
    );
    assert!(chart.desc.contains("B & C"));
    assert!(!chart.source.contains("<script>"));
    assert_eq!(chart.count("script"), 0);
    assert!(chart.texts().iter().any(|t| t.contains("<D>")));
}

#[test]
fn snapshot_comparisons_get_distinct_colours_and_dashes() {
    let input: Radar = fixture("radar-snapshots.json");
    let chart = check(radar(&input));
    let doc = chart.doc();
    let outlines: Vec<_> = doc
        .descendants()
        .filter(|e| e.has_tag_name("polygon") && e.attribute("stroke-width") == Some("2.3"))
        .collect();
    assert_eq!(outlines.len(), 2);
    assert_ne!(
        outlines[0].attribute("stroke"),
        outlines[1].attribute("stroke")
    );
    assert_ne!(
        outlines[0].attribute("stroke-dasharray"),
        outlines[1].attribute("stroke-dasharray")
    );
    assert!(chart.desc.contains("comparing 2025-06, 2026-11"));
}

#[test]
fn styles_differ_for_current_expected_and_target() {
    let input: Radar = fixture("radar-person.json");
    let chart = check(radar(&input));
    let doc = chart.doc();
    let dashes: Vec<Option<&str>> = doc
        .descendants()
        .filter(|e| e.has_tag_name("polygon") && e.attribute("stroke-linejoin").is_some())
        .map(|e| e.attribute("stroke-dasharray"))
        .collect();
    // Current has a gap so is drawn as polylines; expected and target are
    // complete outlines, one dashed and one dotted.
    assert_eq!(dashes, [Some("6 4"), Some("1.5 3")]);
}

#[test]
fn too_few_axes_explain_themselves_and_too_many_are_cut_with_a_note() {
    for n in 0..3 {
        let chart = check(radar(&Radar {
            title: String::new(),
            axes: axes(n),
            series: vec![series("Current", SeriesStyle::Current, vec![Some(5.0); n])],
        }));
        assert!(chart.desc.contains("needs at least 3 competencies"));
        assert_eq!(chart.count("polygon"), 0);
    }
    let chart = check(radar(&Radar {
        title: String::new(),
        axes: axes(MAX_AXES + 5),
        series: vec![series("Current", SeriesStyle::Current, vec![Some(5.0); 30])],
    }));
    assert!(
        chart
            .texts()
            .contains(&"Showing the first 25 of 30 competencies.".to_string())
    );
    assert!(chart.desc.contains("Competency 29 — Current: 5."));
    let doc = chart.doc();
    let outline = doc
        .descendants()
        .find(|e| e.has_tag_name("polygon") && e.attribute("stroke-linejoin").is_some())
        .unwrap();
    assert_eq!(points(outline).len(), MAX_AXES);
    let labels = doc
        .descendants()
        .filter(|e| e.has_tag_name("text") && e.children().any(|c| c.has_tag_name("tspan")))
        .count();
    assert_eq!(labels, MAX_AXES);
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let input: Radar = fixture("radar-person.json");
    assert_eq!(radar(&input), radar(&input));
    let other: Radar = fixture("radar-snapshots.json");
    let id = |svg: &str| svg.split("aria-labelledby=\"").nth(1).unwrap()[..20].to_string();
    assert_ne!(id(&radar(&input)), id(&radar(&other)));
}

#[test]
fn series_and_values_may_be_missing_entirely() {
    let chart = check(radar(&Radar {
        title: String::new(),
        axes: axes(6),
        series: vec![series("Short", SeriesStyle::Target, vec![Some(4.0)])],
    }));
    assert_eq!(chart.desc.matches("not assessed").count(), 5);
    let chart = check(radar(&Radar {
        title: String::new(),
        axes: axes(6),
        series: Vec::new(),
    }));
    assert!(chart.desc.contains("no values plotted"));
}
