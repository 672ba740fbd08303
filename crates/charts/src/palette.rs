//! The colours and line patterns of every chart, in one place.
//!
//! The hues come from the Okabe–Ito set, which people with the common forms of
//! colour blindness can tell apart, darkened where needed to read on white.
//! Every colour used for a series is paired with its own dash pattern and
//! marker shape, so a chart printed in greyscale still separates its series.

/// Page background behind every chart.
pub const BACKGROUND: &str = "#ffffff";
/// Main text: labels, values, headings.
pub const INK: &str = "#1f2933";
/// Secondary text: axis ticks, notes, organisations.
pub const MUTED: &str = "#52606d";
/// Axis lines and tick marks.
pub const AXIS: &str = "#9aa5b1";
/// Grid lines and rings.
pub const GRID: &str = "#e1e5ea";
/// Light fill of empty areas (gauge track, plot backgrounds).
pub const TRACK: &str = "#edf0f3";

/// The shape drawn at each data point of a line series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Diamond,
    Triangle,
}

/// How one line series is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineLook {
    /// Stroke (and fill) colour.
    pub colour: &'static str,
    /// `stroke-dasharray`; `None` draws a solid line.
    pub dash: Option<&'static str>,
    /// Stroke width in user units.
    pub width: f64,
    /// Opacity of the area fill; 0 leaves the area unfilled.
    pub fill_opacity: f64,
    pub marker: Marker,
}

/// A person's current ratings: a filled, translucent area with a solid edge.
pub const CURRENT: LineLook = LineLook {
    colour: "#0072b2",
    dash: None,
    width: 2.25,
    fill_opacity: 0.2,
    marker: Marker::Circle,
};

/// What the person's level expects: a dashed outline.
pub const EXPECTED: LineLook = LineLook {
    colour: "#3e4c59",
    dash: Some("6 4"),
    width: 1.75,
    fill_opacity: 0.0,
    marker: Marker::Square,
};

/// The target to grow towards: a dotted outline.
pub const TARGET: LineLook = LineLook {
    colour: "#c04e00",
    dash: Some("1.5 3"),
    width: 2.25,
    fill_opacity: 0.0,
    marker: Marker::Diamond,
};

/// Snapshots compared with each other, in order; a seventh snapshot starts
/// the cycle again. The radar fills only the latest snapshot's area.
pub const SNAPSHOTS: [LineLook; 6] = [
    LineLook {
        colour: "#0072b2",
        dash: None,
        width: 2.25,
        fill_opacity: 0.16,
        marker: Marker::Circle,
    },
    LineLook {
        colour: "#c04e00",
        dash: Some("7 4"),
        width: 2.25,
        fill_opacity: 0.16,
        marker: Marker::Square,
    },
    LineLook {
        colour: "#00845f",
        dash: Some("1.5 3"),
        width: 2.25,
        fill_opacity: 0.16,
        marker: Marker::Diamond,
    },
    LineLook {
        colour: "#b3508c",
        dash: Some("9 3 2 3"),
        width: 2.25,
        fill_opacity: 0.16,
        marker: Marker::Triangle,
    },
    LineLook {
        colour: "#b07800",
        dash: Some("12 5"),
        width: 2.25,
        fill_opacity: 0.16,
        marker: Marker::Circle,
    },
    LineLook {
        colour: "#3a8fc7",
        dash: Some("3 2"),
        width: 2.25,
        fill_opacity: 0.16,
        marker: Marker::Square,
    },
];

/// Level over time in the progress chart.
pub const LEVEL_LINE: LineLook = LineLook {
    fill_opacity: 0.0,
    ..CURRENT
};

/// Readiness over time in the progress chart.
pub const READINESS_LINE: LineLook = LineLook {
    colour: "#c04e00",
    dash: Some("6 4"),
    width: 2.25,
    fill_opacity: 0.0,
    marker: Marker::Square,
};

/// How a bar (a position or a tour) is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarLook {
    /// Light tint behind the label: dark text stays readable on it.
    pub fill: &'static str,
    /// Edge and accent stripe.
    pub stroke: &'static str,
    /// `stroke-dasharray` of the edge; `None` is solid.
    pub dash: Option<&'static str>,
}

/// Positions in a foundational tour (keeping the lights on, deepening).
pub const FOUNDATIONAL: BarLook = BarLook {
    fill: "#dcebf6",
    stroke: "#0072b2",
    dash: None,
};

/// Positions in a transformational tour (changing how things work).
pub const TRANSFORMATIONAL: BarLook = BarLook {
    fill: "#f9e3d3",
    stroke: "#c04e00",
    dash: Some("5 3"),
};

/// Positions in a rotational tour (learning a new area).
pub const ROTATIONAL: BarLook = BarLook {
    fill: "#d6efe6",
    stroke: "#00845f",
    dash: Some("1.5 2.5"),
};

/// Positions whose tour type is not known.
pub const UNKNOWN_TOUR: BarLook = BarLook {
    fill: "#eceff2",
    stroke: "#7b8794",
    dash: Some("6 2 1.5 2"),
};

/// The shaded P10–P90 range of the forecast to CTO.
pub const FORECAST_BAND: &str = "#8f5fb8";
/// Opacity of the forecast band's fill.
pub const FORECAST_BAND_OPACITY: f64 = 0.14;
/// The P50 tick and the forecast's labels.
pub const FORECAST_MEDIAN: &str = "#6a3d9a";
/// The "today" marker.
pub const TODAY: &str = "#1f2933";

/// The filled part of a readiness gauge.
pub const GAUGE_FILL: &str = "#0072b2";
