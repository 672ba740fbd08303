//! The exact output for representative inputs, so that any change to how a
//! chart looks shows up in review as a diff (`cargo insta review`).

mod common;

use common::fixture;
use ctopath_charts::{Gauge, Progress, Radar, Timeline, gauge, progress, radar, timeline};

#[test]
fn radar_for_one_person() {
    insta::assert_snapshot!(radar(&fixture::<Radar>("radar-person.json")));
}

#[test]
fn radar_comparing_snapshots() {
    insta::assert_snapshot!(radar(&fixture::<Radar>("radar-snapshots.json")));
}

#[test]
fn timeline_of_a_career() {
    insta::assert_snapshot!(timeline(&fixture::<Timeline>("timeline-career.json")));
}

#[test]
fn gauge_for_cto() {
    insta::assert_snapshot!(gauge(&Gauge {
        label: "Readiness for CTO".into(),
        value: Some(0.42),
    }));
}

#[test]
fn progress_over_five_assessments() {
    insta::assert_snapshot!(progress(&fixture::<Progress>("progress-history.json")));
}

#[test]
fn progress_with_one_assessment() {
    let mut input: Progress = fixture("progress-history.json");
    input.snapshots.truncate(1);
    insta::assert_snapshot!(progress(&input));
}
