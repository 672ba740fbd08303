//! The PDF report embeds these charts through Typst, whose SVG support is
//! usvg/resvg. Every chart must load there at its declared size, keep its
//! text, and paint something.

mod common;

use common::fixture;
use ctopath_charts::{Gauge, Progress, Radar, Timeline, gauge, progress, radar, timeline};
use resvg::{tiny_skia, usvg};

/// usvg with the machine's fonts, `sans-serif` resolved to DejaVu Sans when
/// installed (usvg's own default, Arial, rarely is on Linux). Typst resolves
/// generic families to the document's fonts instead.
fn options() -> (usvg::Options<'static>, bool) {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let has_dejavu = fonts
        .faces()
        .any(|face| face.families.iter().any(|(name, _)| name == "DejaVu Sans"));
    if has_dejavu {
        fonts.set_sans_serif_family("DejaVu Sans");
    }
    (options, has_dejavu)
}

fn count_text(group: &usvg::Group) -> usize {
    group
        .children()
        .iter()
        .map(|node| match node {
            usvg::Node::Text(_) => 1,
            usvg::Node::Group(g) => count_text(g),
            _ => 0,
        })
        .sum()
}

fn renders(name: &str, svg: &str) {
    let (options, has_fonts) = options();
    let tree = usvg::Tree::from_str(svg, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let doc = roxmltree::Document::parse(svg).unwrap();
    let declared: f32 = doc
        .root_element()
        .attribute("width")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(tree.size().width(), declared, "{name}: width");
    if has_fonts {
        let texts = doc.descendants().filter(|n| n.has_tag_name("text")).count();
        assert_eq!(count_text(tree.root()), texts, "{name}: text lost in usvg");
    }
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let coloured = pixmap
        .pixels()
        .iter()
        .filter(|p| p.alpha() > 0 && (p.red() < 200 || p.green() < 200 || p.blue() < 200))
        .count();
    assert!(
        coloured > 500,
        "{name}: almost nothing painted ({coloured} pixels)"
    );
}

#[test]
fn every_chart_loads_and_paints_in_usvg() {
    let history: Progress = fixture("progress-history.json");
    let mut single = history.clone();
    single.snapshots.truncate(1);
    let mut none = history.clone();
    none.snapshots.clear();
    let cases = [
        (
            "radar-person",
            radar(&fixture::<Radar>("radar-person.json")),
        ),
        (
            "radar-snapshots",
            radar(&fixture::<Radar>("radar-snapshots.json")),
        ),
        (
            "timeline-career",
            timeline(&fixture::<Timeline>("timeline-career.json")),
        ),
        (
            "gauge",
            gauge(&Gauge {
                label: "Readiness for CTO".into(),
                value: Some(0.42),
            }),
        ),
        ("progress-history", progress(&history)),
        ("progress-single", progress(&single)),
        ("progress-empty", progress(&none)),
    ];
    for (name, svg) in cases {
        renders(name, &svg);
    }
}
