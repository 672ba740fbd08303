//! Whatever the input, every chart is well-formed XML with an accessible
//! frame and no `NaN`: random labels, sizes and numbers, including NaN,
//! infinities and absurd magnitudes.

mod common;

use common::check;
use ctopath_charts::{
    Forecast, Gauge, Position, Progress, Radar, RadarSeries, SeriesStyle, Snapshot, Timeline,
    TimelineTour, TourKind, TourStatus, gauge, progress, radar, timeline,
};
use proptest::prelude::*;

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::num::f64::ANY,
        -20.0..20.0f64,
        1990.0..2040.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
    ]
}

/// Labels: arbitrary Unicode (control characters included), markup-heavy
/// ASCII, or nothing. The ASCII set leaves out `n` so that a label can never
/// spell "NaN" or "inf" and trip the check that numbers never do.
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-mo-zA-MO-Z &<>\"';]{0,60}",
        Just(String::new())
    ]
}

fn style() -> impl Strategy<Value = SeriesStyle> {
    prop_oneof![
        Just(SeriesStyle::Current),
        Just(SeriesStyle::Expected),
        Just(SeriesStyle::Target),
        Just(SeriesStyle::Snapshot),
    ]
}

fn kind() -> impl Strategy<Value = TourKind> {
    prop_oneof![
        Just(TourKind::Rotational),
        Just(TourKind::Transformational),
        Just(TourKind::Foundational),
        Just(TourKind::Unknown),
    ]
}

fn status() -> impl Strategy<Value = TourStatus> {
    prop_oneof![
        Just(TourStatus::Active),
        Just(TourStatus::Completed),
        Just(TourStatus::Abandoned),
        Just(TourStatus::Proposed),
    ]
}

fn radar_input() -> impl Strategy<Value = Radar> {
    (
        label(),
        prop::collection::vec(label(), 0..30),
        prop::collection::vec(
            (
                label(),
                prop::collection::vec(prop::option::of(number()), 0..30),
                style(),
            ),
            0..8,
        ),
    )
        .prop_map(|(title, axes, series)| Radar {
            title,
            axes,
            series: series
                .into_iter()
                .map(|(label, values, style)| RadarSeries {
                    label,
                    values,
                    style,
                })
                .collect(),
        })
}

fn timeline_input() -> impl Strategy<Value = Timeline> {
    (
        label(),
        number(),
        prop::collection::vec(
            (
                label(),
                label(),
                number(),
                prop::option::of(number()),
                kind(),
            ),
            0..35,
        ),
        prop::collection::vec((label(), kind(), status(), number(), number()), 0..6),
        prop::option::of((number(), number(), number())),
    )
        .prop_map(|(title, today, positions, tours, forecast)| Timeline {
            title,
            today,
            positions: positions
                .into_iter()
                .map(|(title, organisation, start, end, tour)| Position {
                    title,
                    organisation,
                    start,
                    end,
                    tour,
                })
                .collect(),
            tours: tours
                .into_iter()
                .map(|(label, kind, status, start, end)| TimelineTour {
                    label,
                    kind,
                    status,
                    start,
                    end,
                })
                .collect(),
            forecast: forecast.map(|(p10, p50, p90)| Forecast { p10, p50, p90 }),
        })
}

fn progress_input() -> impl Strategy<Value = Progress> {
    (
        label(),
        label(),
        prop::collection::vec(
            (
                label(),
                number(),
                prop::option::of(number()),
                prop::option::of(number()),
            ),
            0..30,
        ),
    )
        .prop_map(|(title, readiness_label, snapshots)| Progress {
            title,
            readiness_label,
            snapshots: snapshots
                .into_iter()
                .map(|(label, at, level, readiness)| Snapshot {
                    label,
                    at,
                    level,
                    readiness,
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn radar_is_always_well_formed(input in radar_input()) {
        let svg = radar(&input);
        prop_assert_eq!(&svg, &radar(&input));
        check(svg);
    }

    #[test]
    fn timeline_is_always_well_formed(input in timeline_input()) {
        check(timeline(&input));
    }

    #[test]
    fn gauge_is_always_well_formed(label in label(), value in prop::option::of(number())) {
        check(gauge(&Gauge { label, value }));
    }

    #[test]
    fn progress_is_always_well_formed(input in progress_input()) {
        check(progress(&input));
    }
}
