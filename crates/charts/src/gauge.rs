//! The readiness gauge: a half ring filled from left to right.

use serde::{Deserialize, Serialize};

use crate::palette::{GAUGE_FILL, INK, MUTED, TRACK};
use crate::svg::{Frame, PathData, Svg};
use crate::text::{Font, clean};
use crate::words;

const WIDTH: f64 = 260.0;
const RADIUS: f64 = 96.0;
const THICKNESS: f64 = 20.0;
const TOP_MARGIN: f64 = 16.0;
const MARGIN: f64 = 14.0;
const VALUE_FONT: Font = Font::bold(34.0);
const LABEL_FONT: Font = Font::regular(14.0);
const SCALE_FONT: Font = Font::regular(10.0);
const LABEL_LINES: usize = 2;

/// A readiness gauge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gauge {
    /// What is measured ("Readiness for CTO"); shown under the gauge and used
    /// as the chart's title.
    pub label: String,
    /// Readiness from 0 to 1; clamped into that range. `None` or a non-finite
    /// value means not assessed and shows a dash.
    pub value: Option<f64>,
}

/// Draws a readiness gauge as a standalone SVG document.
pub fn gauge(input: &Gauge) -> String {
    let label = match clean(&input.label) {
        l if l.is_empty() => "Readiness".to_string(),
        l => l,
    };
    let value = input
        .value
        .filter(|v| v.is_finite())
        .map(|v| v.clamp(0.0, 1.0));
    let centre = (WIDTH / 2.0, TOP_MARGIN + RADIUS + THICKNESS / 2.0);
    let outer = RADIUS + THICKNESS / 2.0;
    let mut svg = Svg::new();

    let track = PathData::new().move_to(centre.0 - RADIUS, centre.1).arc_to(
        RADIUS,
        false,
        centre.0 + RADIUS,
        centre.1,
    );
    svg.el("path")
        .s("d", track.as_str())
        .s("fill", "none")
        .s("stroke", TRACK)
        .n("stroke-width", THICKNESS)
        .close();
    if let Some(v) = value.filter(|v| *v > 0.0) {
        let angle = std::f64::consts::PI * v;
        let end = (
            centre.0 - RADIUS * angle.cos(),
            centre.1 - RADIUS * angle.sin(),
        );
        let filled = PathData::new()
            .move_to(centre.0 - RADIUS, centre.1)
            .arc_to(RADIUS, false, end.0, end.1);
        svg.el("path")
            .s("d", filled.as_str())
            .s("fill", "none")
            .s("stroke", GAUGE_FILL)
            .n("stroke-width", THICKNESS)
            .close();
    }
    let shown = value.map_or_else(|| "—".to_string(), words::percent);
    svg.el("text")
        .n("x", centre.0)
        .n("y", centre.1 - 6.0)
        .n("font-size", VALUE_FONT.size)
        .s("font-weight", "bold")
        .s("fill", INK)
        .s("text-anchor", "middle")
        .text(&shown);
    for (text, x) in [("0%", centre.0 - RADIUS), ("100%", centre.0 + RADIUS)] {
        svg.el("text")
            .n("x", x)
            .n("y", centre.1 + SCALE_FONT.size + 4.0)
            .n("font-size", SCALE_FONT.size)
            .s("fill", MUTED)
            .s("text-anchor", "middle")
            .text(text);
    }
    let lines = LABEL_FONT.wrap(&label, WIDTH - 2.0 * MARGIN, LABEL_LINES);
    let mut baseline = centre.1 + SCALE_FONT.size + 8.0 + LABEL_FONT.line_height();
    for line in &lines {
        svg.el("text")
            .n("x", centre.0)
            .n("y", baseline)
            .n("font-size", LABEL_FONT.size)
            .s("fill", INK)
            .s("text-anchor", "middle")
            .text(line);
        baseline += LABEL_FONT.line_height();
    }
    let height = (baseline - LABEL_FONT.line_height() + MARGIN).max(centre.1 + outer / 4.0);
    let desc = match value {
        Some(v) => format!("{label}: {} (gauge from 0% to 100%).", words::percent(v)),
        None => format!("{label}: not assessed."),
    };
    Frame {
        kind: "gauge",
        width: WIDTH,
        height: height.ceil(),
        title: &label,
        desc: &desc,
    }
    .wrap(&svg.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_clamped_and_written_as_a_percentage() {
        let svg = gauge(&Gauge {
            label: "Readiness for CTO".into(),
            value: Some(1.7),
        });
        assert!(svg.contains(">100%</text>"));
        let svg = gauge(&Gauge {
            label: "Readiness for L6".into(),
            value: Some(-0.2),
        });
        assert!(svg.contains("Readiness for L6: 0%"));
    }

    #[test]
    fn missing_value_shows_a_dash_not_zero() {
        let svg = gauge(&Gauge {
            label: "Readiness for CTO".into(),
            value: Some(f64::NAN),
        });
        assert!(svg.contains(">—</text>"));
        assert!(svg.contains("not assessed"));
        assert!(!svg.contains("NaN"));
    }
}
