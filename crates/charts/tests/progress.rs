mod common;

use common::{HOSTILE, check, fixture};
use ctopath_charts::{Progress, Snapshot, progress};

fn snapshot(label: &str, at: f64, level: Option<f64>, readiness: Option<f64>) -> Snapshot {
    Snapshot {
        label: label.into(),
        at,
        level,
        readiness,
    }
}

fn with(snapshots: Vec<Snapshot>) -> Progress {
    Progress {
        title: String::new(),
        readiness_label: "Readiness for CTO".into(),
        snapshots,
    }
}

fn polylines(chart: &common::Chart) -> Vec<usize> {
    chart
        .doc()
        .descendants()
        .filter(|e| e.has_tag_name("polyline"))
        .map(|e| e.attribute("points").unwrap().split(' ').count())
        .collect()
}

#[test]
fn history_draws_level_and_readiness_with_a_point_per_snapshot() {
    let input: Progress = fixture("progress-history.json");
    let chart = check(progress(&input));
    assert_eq!(polylines(&chart), [5, 5]);
    let texts = chart.texts();
    assert!(texts.contains(&"L5.5".to_string()), "latest level labelled");
    assert!(
        texts.contains(&"42%".to_string()),
        "latest readiness labelled"
    );
    for label in ["2024-03", "2026-05"] {
        assert!(texts.contains(&label.to_string()));
    }
    assert!(
        chart
            .desc
            .starts_with("Progress over 5 assessments, 2024-03 to 2026-05.")
    );
    assert!(
        chart
            .desc
            .contains("2025-06: level 5 of 10; readiness for CTO 31%.")
    );
    assert!(
        chart
            .desc
            .ends_with("Latest: level 5.5 of 10; readiness for CTO 42%.")
    );
}

#[test]
fn snapshots_are_charted_in_date_order() {
    let input = with(vec![
        snapshot("late", 2026.0, Some(6.0), None),
        snapshot("early", 2024.0, Some(4.0), None),
    ]);
    let chart = check(progress(&input));
    assert!(chart.desc.contains("early to late"));
    let doc = chart.doc();
    let line = doc
        .descendants()
        .find(|e| e.has_tag_name("polyline"))
        .unwrap();
    let xs: Vec<f64> = line
        .attribute("points")
        .unwrap()
        .split(' ')
        .map(|p| p.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert!(xs[0] < xs[1]);
}

#[test]
fn a_single_snapshot_is_a_point_and_a_note() {
    let chart = check(progress(&with(vec![snapshot(
        "2026-05",
        2026.4,
        Some(5.0),
        Some(0.42),
    )])));
    assert!(polylines(&chart).is_empty());
    assert!(
        chart
            .texts()
            .iter()
            .any(|t| t.starts_with("One assessment so far"))
    );
    assert!(
        chart
            .desc
            .contains("Latest: level 5 of 10; readiness for CTO 42%.")
    );
}

#[test]
fn no_snapshots_is_an_empty_state() {
    let chart = check(progress(&with(Vec::new())));
    assert!(chart.texts()[0].starts_with("No assessments yet"));
    assert!(chart.desc.contains("no assessments yet"));
    // Snapshots without any usable value are no better than none.
    let chart = check(progress(&with(vec![
        snapshot("x", f64::NAN, Some(4.0), None),
        snapshot("y", 2025.0, None, Some(f64::NAN)),
    ])));
    assert!(chart.texts()[0].starts_with("No assessments yet"));
}

#[test]
fn readiness_alone_uses_the_left_axis() {
    let chart = check(progress(&with(vec![
        snapshot("a", 2025.0, None, Some(0.2)),
        snapshot("b", 2026.0, None, Some(0.3)),
    ])));
    let texts = chart.texts();
    assert!(!texts.iter().any(|t| t == "L1"));
    assert!(texts.contains(&"100%".to_string()));
    assert_eq!(polylines(&chart), [2]);
    assert!(chart.desc.contains("level not assessed"));
}

#[test]
fn out_of_range_values_are_clamped_and_labels_escaped() {
    let chart = check(progress(&Progress {
        title: HOSTILE.into(),
        readiness_label: HOSTILE.into(),
        snapshots: vec![
            snapshot(HOSTILE, 2024.0, Some(-3.0), Some(4.0)),
            snapshot("b", 2025.0, Some(99.0), Some(f64::NEG_INFINITY)),
            snapshot("c", 1e300, Some(f64::INFINITY), Some(-1.0)),
        ],
    }));
    assert!(chart.desc.contains("level 1 of 10"));
    assert!(chart.desc.contains("level 10 of 10"));
    assert!(chart.desc.contains("100%"));
    assert!(chart.desc.contains("Latest: level not assessed"));
}

#[test]
fn long_histories_switch_to_year_ticks() {
    let snapshots = (0..40)
        .map(|i| {
            let at = 2010.0 + f64::from(i) * 0.4;
            snapshot(
                &format!("S{i}"),
                at,
                Some(2.0 + f64::from(i) / 6.0),
                Some(f64::from(i) / 40.0),
            )
        })
        .collect();
    let chart = check(progress(&with(snapshots)));
    let texts = chart.texts();
    assert!(texts.contains(&"2010".to_string()) && texts.contains(&"2024".to_string()));
    assert!(!texts.contains(&"S3".to_string()));
    assert_eq!(polylines(&chart), [40, 40]);
}
