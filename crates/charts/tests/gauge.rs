mod common;

use common::{HOSTILE, check};
use ctopath_charts::{Gauge, gauge};

fn draw(label: &str, value: Option<f64>) -> common::Chart {
    check(gauge(&Gauge {
        label: label.into(),
        value,
    }))
}

#[test]
fn the_value_is_written_as_a_percentage_with_its_label() {
    let chart = draw("Readiness for CTO", Some(0.424));
    assert_eq!(chart.title, "Readiness for CTO");
    assert_eq!(
        chart.desc,
        "Readiness for CTO: 42% (gauge from 0% to 100%)."
    );
    let texts = chart.texts();
    assert!(texts.contains(&"42%".to_string()));
    assert!(texts.contains(&"Readiness for CTO".to_string()));
}

#[test]
fn the_filled_arc_grows_with_the_value() {
    let arc_end = |value| {
        let chart = draw("Readiness for L6", Some(value));
        let doc = chart.doc();
        let paths: Vec<String> = doc
            .descendants()
            .filter(|e| e.has_tag_name("path"))
            .map(|e| e.attribute("d").unwrap().to_string())
            .collect();
        paths
    };
    assert_eq!(arc_end(0.0).len(), 1, "zero draws the track only");
    let quarter = arc_end(0.25);
    let half = arc_end(0.5);
    assert_eq!(quarter.len(), 2);
    assert_ne!(quarter[1], half[1]);
    // Clamped: beyond 100% is the same picture as 100%.
    assert_eq!(
        gauge(&Gauge {
            label: "x".into(),
            value: Some(7.0)
        }),
        gauge(&Gauge {
            label: "x".into(),
            value: Some(1.0)
        })
    );
    assert_eq!(
        gauge(&Gauge {
            label: "x".into(),
            value: Some(-7.0)
        }),
        gauge(&Gauge {
            label: "x".into(),
            value: Some(0.0)
        })
    );
}

#[test]
fn unknown_values_say_so() {
    for value in [None, Some(f64::NAN), Some(f64::INFINITY)] {
        let chart = draw("Readiness for CTO", value);
        assert!(chart.desc.contains("not assessed"));
        assert!(chart.texts().contains(&"—".to_string()));
    }
}

#[test]
fn labels_are_escaped_and_long_ones_wrapped() {
    let chart = draw(HOSTILE, Some(0.5));
    assert!(chart.title.contains("<script>"));
    let long =
        "Readiness for the role of Chief Technology Officer at a scale-up of five hundred people";
    let chart = draw(long, Some(0.5));
    let lines: Vec<String> = chart
        .texts()
        .into_iter()
        .filter(|t| t.starts_with("Readiness") || t.contains(' '))
        .collect();
    assert!(lines.len() >= 2, "{lines:?}");
    assert_eq!(chart.title, long);
    draw("", Some(0.3));
}
