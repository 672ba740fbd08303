//! The timeline in words: its text alternative and the tooltips of its bars.

use super::{Prepared, TourKind, TourStatus};
use crate::words;

/// "Engineering Manager at Acme, 2019–2024, foundational tour".
pub(super) fn position(
    title: &str,
    organisation: &str,
    start: f64,
    end: f64,
    ongoing: bool,
    kind: TourKind,
) -> String {
    let mut text = title.to_string();
    if !organisation.is_empty() {
        text.push_str(&format!(" at {organisation}"));
    }
    let span = if ongoing {
        format!("since {}", words::year(start))
    } else {
        words::year_span(start, end)
    };
    let kind = match kind {
        TourKind::Unknown => "tour type unknown".to_string(),
        kind => format!("{} tour", kind.name().to_lowercase()),
    };
    format!("{text}, {span}, {kind}")
}

/// "Platform migration: transformational tour, active, 2025–2027".
pub(super) fn tour(
    label: &str,
    kind: TourKind,
    status: TourStatus,
    start: f64,
    end: f64,
) -> String {
    let kind = match kind {
        TourKind::Unknown => "tour of unknown type".to_string(),
        kind => format!("{} tour", kind.name().to_lowercase()),
    };
    format!(
        "{label}: {kind}, {}, {}",
        status.name(),
        words::year_span(start, end)
    )
}

/// The visible label of the forecast: "CTO: likely 2031 (P10–P90 2029–2035)".
pub(super) fn forecast_label(p10: f64, p50: f64, p90: f64) -> String {
    format!(
        "CTO: likely {} (P10–P90 {})",
        words::year(p50),
        words::year_span(p10, p90)
    )
}

/// The text alternative of the whole chart.
pub(super) fn timeline(data: &Prepared) -> String {
    let mut parts = vec!["Career timeline.".to_string()];
    if let Some(today) = data.today {
        parts.push(format!("Today is {}.", words::month(today)));
    }
    let positions: Vec<&str> = data.positions.iter().map(|b| b.tooltip.as_str()).collect();
    parts.push(list(
        &words::count(positions.len(), "position", "positions"),
        &positions,
    ));
    let tours: Vec<&str> = data.tours.iter().map(|b| b.tooltip.as_str()).collect();
    parts.push(list(
        &words::count(tours.len(), "tour of duty", "tours of duty"),
        &tours,
    ));
    match (data.today, data.forecast) {
        (Some(today), Some((p10, p50, p90))) => parts.push(format!(
            "Forecast to CTO: most likely in {}, {} from now (P50); range {} to {} ({}, P10 to P90).",
            words::year(p50),
            words::years(p50 - today),
            words::value(p10 - today),
            words::years(p90 - today),
            words::year_span(p10, p90),
        )),
        _ => parts.push("No forecast to CTO.".to_string()),
    }
    parts.join(" ")
}

fn list(heading: &str, items: &[&str]) -> String {
    if items.is_empty() {
        format!("{heading}.")
    } else {
        format!("{heading}: {}.", items.join("; "))
    }
}
