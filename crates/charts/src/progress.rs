//! Progress over time: level and readiness from one assessment to the next.

use serde::{Deserialize, Serialize};

use crate::axis::{Scale, year_ticks};
use crate::legend::{Align, Item, Legend};
use crate::palette::{self, AXIS, GRID, LineLook, MUTED};
use crate::shapes::{Fill, Swatch, marker};
use crate::svg::{Frame, Svg, empty_state};
use crate::text::{Font, clean};
use crate::words;

const WIDTH: f64 = 680.0;
const MARGIN: f64 = 16.0;
const AXIS_ROOM: f64 = 40.0;
const PLOT_HEIGHT: f64 = 220.0;
const MIN_LEVEL: f64 = 1.0;
const MAX_LEVEL: f64 = 10.0;
/// With at least this many years between first and last snapshot the x axis
/// shows years; with less it names each snapshot.
const YEARS_AXIS_FROM: f64 = 3.0;
const TICK_FONT: Font = Font::regular(11.0);
const VALUE_FONT: Font = Font::bold(11.0);
const NOTE_FONT: Font = Font::regular(12.0);
const READINESS_TICKS: [f64; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];

/// Assessment snapshots to chart over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Short name of the chart, for its `<title>`; "Progress over time" when empty.
    #[serde(default)]
    pub title: String,
    /// What the readiness series measures ("Readiness for CTO"); "Readiness" when empty.
    #[serde(default)]
    pub readiness_label: String,
    /// Assessments in any order; they are charted by date.
    pub snapshots: Vec<Snapshot>,
}

/// One assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// How the date is shown ("2025-06").
    pub label: String,
    /// When it was taken, as a fractional year; snapshots without a finite
    /// date are left out.
    pub at: f64,
    /// Level 1–10 (clamped); `None` when not assessed.
    #[serde(default)]
    pub level: Option<f64>,
    /// Readiness 0–1 (clamped); `None` when not assessed.
    #[serde(default)]
    pub readiness: Option<f64>,
}

/// A snapshot made safe to plot.
struct Point {
    label: String,
    at: f64,
    level: Option<f64>,
    readiness: Option<f64>,
}

fn prepare(input: &Progress) -> Vec<Point> {
    let mut points: Vec<Point> = input
        .snapshots
        .iter()
        .filter(|s| s.at.is_finite())
        .map(|s| {
            let label = match clean(&s.label) {
                l if l.is_empty() => words::month(s.at),
                l => l,
            };
            Point {
                label,
                at: s.at.clamp(1900.0, 2200.0),
                level: s
                    .level
                    .filter(|v| v.is_finite())
                    .map(|v| v.clamp(MIN_LEVEL, MAX_LEVEL)),
                readiness: s
                    .readiness
                    .filter(|v| v.is_finite())
                    .map(|v| v.clamp(0.0, 1.0)),
            }
        })
        .collect();
    points.sort_by(|a, b| a.at.total_cmp(&b.at));
    points
}

/// A series on the chart: which value it reads and how it looks.
struct Series {
    name: String,
    look: LineLook,
    value: fn(&Point) -> Option<f64>,
    scale: Scale,
    text: fn(f64) -> String,
}

fn level_text(v: f64) -> String {
    format!("L{}", words::value(v))
}

/// Draws progress over time as a standalone SVG document.
pub fn progress(input: &Progress) -> String {
    let title = match clean(&input.title) {
        t if t.is_empty() => "Progress over time".to_string(),
        t => t,
    };
    let readiness_name = match clean(&input.readiness_label) {
        l if l.is_empty() => "Readiness".to_string(),
        l => l,
    };
    let points = prepare(input);
    let desc = describe(&points, &readiness_name);
    let has_level = points.iter().any(|p| p.level.is_some());
    let has_readiness = points.iter().any(|p| p.readiness.is_some());
    if !has_level && !has_readiness {
        return empty(&title, &desc);
    }
    let plot_top = MARGIN + 8.0;
    let plot_bottom = plot_top + PLOT_HEIGHT;
    let plot = (MARGIN + AXIS_ROOM, WIDTH - MARGIN - AXIS_ROOM);
    let first = points[0].at;
    let last = points[points.len() - 1].at;
    let pad = ((last - first) * 0.05).max(0.25);
    let x = Scale::new(first - pad, last + pad, plot.0, plot.1);
    let level_scale = Scale::new(MIN_LEVEL, MAX_LEVEL, plot_bottom, plot_top);
    let readiness_scale = Scale::new(0.0, 1.0, plot_bottom, plot_top);

    let mut series = Vec::new();
    if has_level {
        series.push(Series {
            name: "Level".to_string(),
            look: palette::LEVEL_LINE,
            value: |p| p.level,
            scale: level_scale,
            text: level_text,
        });
    }
    if has_readiness {
        series.push(Series {
            name: readiness_name.clone(),
            look: palette::READINESS_LINE,
            value: |p| p.readiness,
            scale: readiness_scale,
            text: words::percent,
        });
    }

    let mut svg = Svg::new();
    svg.el("g").s("aria-hidden", "true").open();
    if has_level {
        for level in 1..=MAX_LEVEL as i64 {
            let y = level_scale.at(level as f64);
            grid_line(&mut svg, plot, y);
            let colour = if has_readiness {
                palette::LEVEL_LINE.colour
            } else {
                MUTED
            };
            tick_label(
                &mut svg,
                plot.0 - 8.0,
                y,
                &format!("L{level}"),
                "end",
                colour,
            );
        }
    } else {
        for share in READINESS_TICKS {
            grid_line(&mut svg, plot, readiness_scale.at(share));
        }
    }
    if has_readiness {
        let (tick_x, anchor) = if has_level {
            (plot.1 + 8.0, "start")
        } else {
            (plot.0 - 8.0, "end")
        };
        // With two scales, each is written in its series' colour so the eye
        // knows which one to read.
        let colour = if has_level {
            palette::READINESS_LINE.colour
        } else {
            MUTED
        };
        for share in READINESS_TICKS {
            tick_label(
                &mut svg,
                tick_x,
                readiness_scale.at(share),
                &words::percent(share),
                anchor,
                colour,
            );
        }
    }
    svg.el("line")
        .n("x1", plot.0)
        .n("y1", plot_bottom)
        .n("x2", plot.1)
        .n("y2", plot_bottom)
        .s("stroke", AXIS)
        .n("stroke-width", 1.0)
        .close();
    draw_x_ticks(&mut svg, &x, &points, plot_bottom);
    svg.end("g");

    for (index, s) in series.iter().enumerate() {
        let coords: Vec<(f64, f64)> = points
            .iter()
            .filter_map(|p| (s.value)(p).map(|v| (x.at(p.at), s.scale.at(v))))
            .collect();
        svg.el("g").open();
        svg.tooltip(&s.name);
        if coords.len() > 1 {
            svg.el("polyline")
                .points(&coords)
                .s("fill", "none")
                .s("stroke", s.look.colour)
                .n("stroke-width", s.look.width)
                .opt("stroke-dasharray", s.look.dash)
                .s("stroke-linejoin", "round")
                .close();
        }
        for &(px, py) in &coords {
            marker(
                &mut svg,
                s.look.marker,
                px,
                py,
                4.0,
                s.look.colour,
                Fill::Solid,
            );
        }
        // The latest value, written next to its point: the number people look for.
        if let Some(latest) = points
            .iter()
            .rev()
            .find_map(|p| (s.value)(p).map(|v| (p.at, v)))
        {
            let above = index == 0;
            let (px, py) = (x.at(latest.0), s.scale.at(latest.1));
            let ty = if above {
                py - 9.0
            } else {
                py + 9.0 + VALUE_FONT.size * 0.8
            };
            svg.el("text")
                .n("x", px)
                .n("y", ty.clamp(plot_top - 2.0, plot_bottom + 1.0))
                .n("font-size", VALUE_FONT.size)
                .s("font-weight", "bold")
                .s("fill", s.look.colour)
                .s("text-anchor", "middle")
                .s("stroke", palette::BACKGROUND)
                .n("stroke-width", 3.0)
                .s("paint-order", "stroke")
                .text(&(s.text)(latest.1));
        }
        svg.end("g");
    }

    let mut y = plot_bottom + 6.0 + TICK_FONT.size + 12.0;
    if points.len() == 1 {
        svg.el("text")
            .n("x", (plot.0 + plot.1) / 2.0)
            .n("y", y + NOTE_FONT.size)
            .n("font-size", NOTE_FONT.size)
            .s("font-style", "italic")
            .s("fill", MUTED)
            .s("text-anchor", "middle")
            .text("One assessment so far: the trend shows once there is a second.");
        y += NOTE_FONT.line_height() + 8.0;
    }
    let items = series
        .iter()
        .map(|s| Item::new(Swatch::Line(s.look), s.name.clone()))
        .collect();
    let legend = Legend::layout(items, WIDTH - 2.0 * MARGIN, Align::Left);
    legend.draw(&mut svg, plot.0, y);
    Frame {
        kind: "progress",
        width: WIDTH,
        height: (y + legend.height() + MARGIN).ceil(),
        title: &title,
        desc: &desc,
    }
    .wrap(&svg.finish())
}

fn grid_line(svg: &mut Svg, plot: (f64, f64), y: f64) {
    svg.el("line")
        .n("x1", plot.0)
        .n("y1", y)
        .n("x2", plot.1)
        .n("y2", y)
        .s("stroke", GRID)
        .n("stroke-width", 1.0)
        .close();
}

fn tick_label(svg: &mut Svg, x: f64, y: f64, text: &str, anchor: &str, colour: &str) {
    svg.el("text")
        .n("x", x)
        .n("y", y + TICK_FONT.size * 0.35)
        .n("font-size", TICK_FONT.size)
        .s("fill", colour)
        .s("text-anchor", anchor)
        .text(text);
}

/// Years on a long history; otherwise the snapshots' own labels, skipping
/// any that would collide with the previous one.
fn draw_x_ticks(svg: &mut Svg, x: &Scale, points: &[Point], y: f64) {
    let span = points[points.len() - 1].at - points[0].at;
    let ticks: Vec<(f64, String)> = if span >= YEARS_AXIS_FROM {
        year_ticks(x, 48.0)
            .into_iter()
            .map(|year| (year as f64, year.to_string()))
            .collect()
    } else {
        points.iter().map(|p| (p.at, p.label.clone())).collect()
    };
    let mut free_from = f64::NEG_INFINITY;
    for (at, text) in ticks {
        let px = x.at(at);
        let text = TICK_FONT.ellipsize(&text, 90.0).unwrap_or_default();
        let half = TICK_FONT.width(&text) / 2.0;
        svg.el("line")
            .n("x1", px)
            .n("y1", y)
            .n("x2", px)
            .n("y2", y + 4.0)
            .s("stroke", AXIS)
            .n("stroke-width", 1.0)
            .close();
        if px - half < free_from {
            continue;
        }
        free_from = px + half + 10.0;
        svg.el("text")
            .n("x", px)
            .n("y", y + 6.0 + TICK_FONT.size)
            .n("font-size", TICK_FONT.size)
            .s("fill", MUTED)
            .s("text-anchor", "middle")
            .text(&text);
    }
}

/// "readiness for CTO" inside a sentence; acronyms stay as written.
fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_string(),
    }
}

fn describe(points: &[Point], readiness_name: &str) -> String {
    let readiness_name = in_sentence(readiness_name);
    let state = |p: &Point| {
        let mut parts = Vec::new();
        match p.level {
            Some(level) => parts.push(format!("level {} of 10", words::value(level))),
            None => parts.push("level not assessed".to_string()),
        }
        match p.readiness {
            Some(r) => parts.push(format!("{readiness_name} {}", words::percent(r))),
            None => parts.push(format!("{readiness_name} not assessed")),
        }
        parts.join("; ")
    };
    let Some(last) = points.last() else {
        return "Progress over time: no assessments yet.".to_string();
    };
    let mut desc = format!(
        "Progress over {}, {} to {}.",
        words::count(points.len(), "assessment", "assessments"),
        points[0].label,
        last.label
    );
    for p in points {
        desc.push_str(&format!(" {}: {}.", p.label, state(p)));
    }
    desc.push_str(&format!(" Latest: {}.", state(last)));
    desc
}

fn empty(title: &str, desc: &str) -> String {
    empty_state(
        "progress",
        WIDTH,
        title,
        desc,
        "No assessments yet: run an assessment to start tracking progress.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_names_read_well_inside_sentences() {
        assert_eq!(in_sentence("Readiness for CTO"), "readiness for CTO");
        assert_eq!(in_sentence("CTO readiness"), "CTO readiness");
    }
}
