//! What the timeline is drawn from.

use serde::{Deserialize, Serialize};

use crate::palette::{self, BarLook};

/// A career timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Short name of the chart, for its `<title>`; "Career timeline" when empty.
    #[serde(default)]
    pub title: String,
    /// The present, as a fractional year (2026.4); marks "today", ends open
    /// positions, and anchors the forecast.
    pub today: f64,
    #[serde(default)]
    pub positions: Vec<Position>,
    #[serde(default)]
    pub tours: Vec<TimelineTour>,
    /// Years from today to reaching CTO, when forecast.
    #[serde(default)]
    pub forecast: Option<Forecast>,
}

/// A job held, drawn as a bar in the first lane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    /// Fractional year the position began.
    pub start: f64,
    /// Fractional year it ended; `None` while it goes on (ends today).
    #[serde(default)]
    pub end: Option<f64>,
    /// The kind of tour the position was, which colours the bar.
    #[serde(default)]
    pub tour: TourKind,
}

/// A tour of duty, drawn as a bar in the second lane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineTour {
    /// Its mission, in a few words.
    pub label: String,
    pub kind: TourKind,
    pub status: TourStatus,
    /// Fractional years it began (or would begin) and ends (or is planned to end).
    pub start: f64,
    pub end: f64,
}

/// The three kinds of tour of duty, or not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TourKind {
    Rotational,
    Transformational,
    Foundational,
    #[default]
    Unknown,
}

impl TourKind {
    /// Name for people ("Transformational").
    pub fn name(self) -> &'static str {
        match self {
            TourKind::Rotational => "Rotational",
            TourKind::Transformational => "Transformational",
            TourKind::Foundational => "Foundational",
            TourKind::Unknown => "Type unknown",
        }
    }

    pub(super) fn look(self) -> BarLook {
        match self {
            TourKind::Rotational => palette::ROTATIONAL,
            TourKind::Transformational => palette::TRANSFORMATIONAL,
            TourKind::Foundational => palette::FOUNDATIONAL,
            TourKind::Unknown => palette::UNKNOWN_TOUR,
        }
    }
}

/// Where a tour of duty stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TourStatus {
    Active,
    Completed,
    Abandoned,
    Proposed,
}

impl TourStatus {
    /// Name for people, in lower case ("proposed").
    pub fn name(self) -> &'static str {
        match self {
            TourStatus::Active => "active",
            TourStatus::Completed => "completed",
            TourStatus::Abandoned => "abandoned",
            TourStatus::Proposed => "proposed",
        }
    }
}

/// Years from today until reaching CTO: the 10th, 50th and 90th percentiles.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}
