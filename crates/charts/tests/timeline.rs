mod common;

use common::{HOSTILE, check, fixture};
use ctopath_charts::{Forecast, Position, Timeline, TimelineTour, TourKind, TourStatus, timeline};

fn position(title: &str, start: f64, end: Option<f64>, tour: TourKind) -> Position {
    Position {
        title: title.into(),
        organisation: "Acme".into(),
        start,
        end,
        tour,
    }
}

fn empty() -> Timeline {
    Timeline {
        title: String::new(),
        today: 2026.4,
        positions: Vec::new(),
        tours: Vec::new(),
        forecast: None,
    }
}

/// The bars of a lane: rects with a tooltip, in document order.
fn bars(chart: &common::Chart) -> Vec<(f64, f64, f64, String)> {
    chart
        .doc()
        .descendants()
        .filter(|g| g.has_tag_name("g"))
        .filter_map(|g| {
            let tooltip = g
                .children()
                .find(|c| c.has_tag_name("title"))?
                .text()?
                .to_string();
            let rect = g.children().find(|c| c.has_tag_name("rect"))?;
            let n = |name| rect.attribute(name).unwrap().parse::<f64>().unwrap();
            Some((n("x"), n("y"), n("width"), tooltip))
        })
        .collect()
}

#[test]
fn a_career_shows_positions_tours_today_and_the_forecast() {
    let input: Timeline = fixture("timeline-career.json");
    let chart = check(timeline(&input));
    let bars = bars(&chart);
    assert_eq!(bars.len(), 6 + 4);
    assert!(
        bars[0]
            .3
            .starts_with("Software Engineer at Northwind Logistics, 2011–2014, foundational tour")
    );
    assert!(bars[5].3.contains("since 2022"));
    let texts = chart.texts();
    assert!(texts.contains(&"Today".to_string()));
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("CTO: likely 2030 (P10–P90 2029–2034)"))
    );
    assert!(texts.iter().any(|t| t == "Director of"));
    // Year ticks cover the whole span, forecast included.
    for year in ["2012", "2020", "2034"] {
        assert!(texts.contains(&year.to_string()), "tick {year}");
    }
    assert!(chart.desc.contains("Today is 2026-05."));
    assert!(
        chart
            .desc
            .contains("6 positions: Software Engineer at Northwind Logistics")
    );
    assert!(
        chart
            .desc
            .contains("Unify three product lines: transformational tour, active, 2024–2027")
    );
    assert!(chart.desc.contains("Forecast to CTO: most likely in 2030, 4.3 years from now (P50); range 2.6 to 7.8 years (2029–2034, P10 to P90)."));
    let legend = texts.join("|");
    for key in [
        "Foundational",
        "Transformational",
        "Rotational",
        "Type unknown",
        "CTO forecast P10–P90",
    ] {
        assert!(legend.contains(key), "legend lacks {key}");
    }
}

#[test]
fn the_forecast_band_may_lie_beyond_the_last_position() {
    let mut input = empty();
    input
        .positions
        .push(position("Engineer", 2020.0, None, TourKind::Foundational));
    input.forecast = Some(Forecast {
        p10: 5.0,
        p50: 8.0,
        p90: 12.0,
    });
    let chart = check(timeline(&input));
    let doc = chart.doc();
    let band = doc
        .descendants()
        .find(|e| e.has_tag_name("rect") && e.attribute("fill") == Some("#8f5fb8"))
        .expect("forecast band");
    let bar = bars(&chart)[0].clone();
    let band_x: f64 = band.attribute("x").unwrap().parse().unwrap();
    assert!(
        band_x > bar.0 + bar.2,
        "band starts after the open position ends today"
    );
    assert!(chart.texts().contains(&"2038".to_string()));
}

#[test]
fn no_positions_at_all_is_an_empty_state_not_a_panic() {
    let mut input = empty();
    input.today = f64::NAN;
    let chart = check(timeline(&input));
    assert!(chart.texts()[0].starts_with("Nothing on the timeline yet"));
    assert!(chart.desc.contains("0 positions"));
    // With today known, the lanes are drawn with their own notes.
    let chart = check(timeline(&empty()));
    let texts = chart.texts();
    assert!(texts.contains(&"No positions recorded yet".to_string()));
    assert!(texts.contains(&"No tours of duty yet".to_string()));
}

#[test]
fn one_position_renders_with_its_label() {
    let mut input = empty();
    input
        .positions
        .push(position("CTO", 2023.0, None, TourKind::Transformational));
    let chart = check(timeline(&input));
    assert_eq!(bars(&chart).len(), 1);
    assert!(chart.texts().contains(&"CTO".to_string()));
    assert!(
        chart
            .desc
            .contains("1 position: CTO at Acme, since 2023, transformational tour.")
    );
}

#[test]
fn thirty_positions_each_get_a_bar_and_a_tooltip() {
    let mut input = empty();
    for i in 0..30 {
        let start = 1995.0 + f64::from(i);
        input.positions.push(position(
            &format!("Role {i}"),
            start,
            Some(start + 0.9),
            TourKind::Rotational,
        ));
    }
    let chart = check(timeline(&input));
    let bars = bars(&chart);
    assert_eq!(bars.len(), 30);
    assert!(
        bars.iter().all(|b| b.1 == bars[0].1),
        "sequential jobs share one row"
    );
    assert!(bars.iter().all(|b| b.2 >= 3.0));
    assert!(chart.desc.contains("Role 29 at Acme, 2024"));
}

#[test]
fn overlapping_positions_sit_in_separate_rows() {
    let mut input = empty();
    input.positions.push(position(
        "Day job",
        2015.0,
        Some(2020.0),
        TourKind::Foundational,
    ));
    input.positions.push(position(
        "Side project",
        2017.0,
        Some(2019.0),
        TourKind::Unknown,
    ));
    let chart = check(timeline(&input));
    let bars = bars(&chart);
    assert_ne!(bars[0].1, bars[1].1);
}

#[test]
fn very_long_titles_are_abbreviated_inside_the_picture() {
    let title =
        "Principal Distinguished Senior Staff Engineering Architect for Everything ".repeat(4);
    let mut input = empty();
    input.positions.push(position(
        &title,
        2018.0,
        Some(2020.0),
        TourKind::Foundational,
    ));
    input
        .positions
        .push(position("Next", 2020.0, None, TourKind::Foundational));
    let chart = check(timeline(&input));
    let texts = chart.texts();
    assert!(texts.iter().any(|t| t.ends_with('…')));
    assert!(!texts.iter().any(|t| t.contains(title.trim())));
    assert!(
        chart.desc.contains(title.trim()),
        "the text alternative keeps the whole title"
    );
}

#[test]
fn tours_show_their_status() {
    let mut input = empty();
    let tour = |label: &str, status| TimelineTour {
        label: label.into(),
        kind: TourKind::Rotational,
        status,
        start: 2019.0,
        end: 2023.0,
    };
    input.tours = vec![
        tour("Alpha", TourStatus::Active),
        tour("Beta", TourStatus::Completed),
        tour("Gamma", TourStatus::Abandoned),
        tour("Delta", TourStatus::Proposed),
    ];
    let chart = check(timeline(&input));
    let texts = chart.texts();
    for status in ["Active", "Completed", "Abandoned", "Proposed"] {
        assert!(texts.contains(&status.to_string()), "{status} not shown");
    }
    assert!(
        chart
            .desc
            .contains("Gamma: rotational tour, abandoned, 2019–2023")
    );
}

#[test]
fn broken_numbers_are_skipped_or_clamped() {
    let input = Timeline {
        title: HOSTILE.into(),
        today: 2026.0,
        positions: vec![
            position(HOSTILE, f64::NAN, None, TourKind::Foundational),
            position(
                "Ends before it starts",
                2020.0,
                Some(2010.0),
                TourKind::Foundational,
            ),
            position("Far future", 2020.0, Some(1e300), TourKind::Foundational),
        ],
        tours: vec![TimelineTour {
            label: HOSTILE.into(),
            kind: TourKind::Unknown,
            status: TourStatus::Proposed,
            start: f64::NEG_INFINITY,
            end: 2030.0,
        }],
        forecast: Some(Forecast {
            p10: -4.0,
            p50: f64::INFINITY,
            p90: 3.0,
        }),
    };
    let chart = check(timeline(&input));
    assert_eq!(bars(&chart).len(), 2);
    assert!(chart.desc.contains("No forecast to CTO."));
    assert!(chart.title.contains("<script>"));
    let chart = check(timeline(&Timeline {
        forecast: Some(Forecast {
            p10: 9.0,
            p50: -1.0,
            p90: 1e9,
        }),
        ..empty()
    }));
    assert!(chart.desc.contains("most likely in 2035"), "{}", chart.desc);
}
