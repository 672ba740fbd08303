//! The competency radar: one spoke per competency, levels 0–10 outwards.

mod labels;

use serde::{Deserialize, Serialize};

use crate::legend::{Align, Item, Legend};
use crate::palette::{self, AXIS, GRID, INK, LineLook, MUTED};
use crate::shapes::{Fill, Swatch, marker};
use crate::svg::{Element, Frame, Svg, empty_state};
use crate::text::{Font, clean};
use crate::words;

use labels::Anchor;

/// Fewer spokes than this do not make a radar.
pub const MIN_AXES: usize = 3;
/// More spokes than this cannot be labelled legibly; the rest are left out
/// of the picture (the text alternative still lists them).
pub const MAX_AXES: usize = 25;
/// The top of the scale.
pub const MAX_LEVEL: f64 = 10.0;
/// Rings are drawn and labelled at every this many levels.
const RING_STEP: usize = 2;

const WIDTH: f64 = 680.0;
const RADIUS: f64 = 190.0;
const MARGIN: f64 = 16.0;
const LEGEND_GAP: f64 = 22.0;
const RING_FONT: Font = Font::regular(10.0);
const NOTE_FONT: Font = Font::regular(12.0);
/// Hollow "not assessed" markers sit just outside the outer ring.
const MISSING_OFFSET: f64 = 8.0;

/// A competency radar for one person or a comparison of snapshots.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Radar {
    /// Short name of the chart, for its `<title>`; "Competency radar" when empty.
    #[serde(default)]
    pub title: String,
    /// Competency names, one spoke each, clockwise from the top.
    pub axes: Vec<String>,
    /// Values to plot; each lists one value per axis, in the order of `axes`.
    pub series: Vec<RadarSeries>,
}

/// One set of values on a radar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RadarSeries {
    /// Name in the legend and the text alternative ("Current", "2025-06").
    pub label: String,
    /// Level 0–10 per axis; `None` (or a missing entry) means not assessed and
    /// is drawn as a gap, never as zero. Out-of-range values are clamped and
    /// non-finite ones count as not assessed.
    pub values: Vec<Option<f64>>,
    pub style: SeriesStyle,
}

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriesStyle {
    /// The person's ratings now: a filled, translucent area.
    Current,
    /// What their level expects: a dashed outline.
    Expected,
    /// Where they are heading: a dotted outline.
    Target,
    /// One of several snapshots compared: each gets its own colour and dash.
    Snapshot,
}

/// Draws a competency radar as a standalone SVG document.
pub fn radar(input: &Radar) -> String {
    let title = if input.title.trim().is_empty() {
        "Competency radar".to_string()
    } else {
        clean(&input.title)
    };
    let axes: Vec<String> = input.axes.iter().map(|a| clean(a)).collect();
    let series = sanitise(&input.series, axes.len());
    let desc = describe(&axes, &series);
    if axes.len() < MIN_AXES {
        return too_few_axes(&title, &desc, axes.len());
    }
    let shown = &axes[..axes.len().min(MAX_AXES)];
    let labels = labels::place(shown, RADIUS, WIDTH);
    // The picture spans the labels and the outer ring's corners (with room
    // for "not assessed" markers beyond them), whichever reach further.
    let reach = RADIUS + MISSING_OFFSET + 6.0;
    let corners: Vec<f64> = (0..shown.len())
        .map(|i| point((0.0, 0.0), i, shown.len(), reach).1)
        .collect();
    let top = labels
        .iter()
        .map(|l| l.bounds.1)
        .chain(corners.iter().copied())
        .fold(f64::INFINITY, f64::min);
    let bottom = labels
        .iter()
        .map(|l| l.bounds.3)
        .chain(corners.iter().copied())
        .fold(f64::NEG_INFINITY, f64::max);
    let centre = (WIDTH / 2.0, MARGIN - top);
    let mut svg = Svg::new();
    draw_grid(&mut svg, centre, shown.len());
    draw_series(&mut svg, centre, &series, shown.len());
    draw_labels(&mut svg, centre, &labels);
    let mut y = centre.1 + bottom;
    if shown.len() < axes.len() {
        y += 8.0;
        svg.el("text")
            .n("x", WIDTH / 2.0)
            .n("y", y + NOTE_FONT.size)
            .n("font-size", NOTE_FONT.size)
            .s("fill", MUTED)
            .s("text-anchor", "middle")
            .text(&format!(
                "Showing the first {} of {} competencies.",
                shown.len(),
                axes.len()
            ));
        y += NOTE_FONT.line_height();
    }
    let legend = Legend::layout(
        legend_items(&series, shown.len()),
        WIDTH - 2.0 * MARGIN,
        Align::Centre,
    );
    if legend.height() > 0.0 {
        y += LEGEND_GAP;
        legend.draw(&mut svg, MARGIN, y);
        y += legend.height();
    }
    Frame {
        kind: "radar",
        width: WIDTH,
        height: (y + MARGIN).ceil(),
        title: &title,
        desc: &desc,
    }
    .wrap(&svg.finish())
}

/// A series with its look decided and its values made safe to plot.
struct Plotted {
    label: String,
    look: LineLook,
    values: Vec<Option<f64>>,
}

fn sanitise(series: &[RadarSeries], axes: usize) -> Vec<Plotted> {
    let last_snapshot = series
        .iter()
        .rposition(|s| s.style == SeriesStyle::Snapshot);
    let mut snapshots = 0;
    series
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let look = match s.style {
                SeriesStyle::Current => palette::CURRENT,
                SeriesStyle::Expected => palette::EXPECTED,
                SeriesStyle::Target => palette::TARGET,
                SeriesStyle::Snapshot => {
                    snapshots += 1;
                    let look = palette::SNAPSHOTS[(snapshots - 1) % palette::SNAPSHOTS.len()];
                    // Only the latest snapshot is filled: overlapping tints
                    // of several would blur into one muddy area.
                    if Some(index) == last_snapshot {
                        look
                    } else {
                        LineLook {
                            fill_opacity: 0.0,
                            ..look
                        }
                    }
                }
            };
            let values = (0..axes)
                .map(|i| {
                    s.values
                        .get(i)
                        .copied()
                        .flatten()
                        .filter(|v| v.is_finite())
                        .map(|v| v.clamp(0.0, MAX_LEVEL))
                })
                .collect();
            Plotted {
                label: clean(&s.label),
                look,
                values,
            }
        })
        .collect()
}

/// The point of `value` on spoke `axis` of `count`.
fn point(centre: (f64, f64), axis: usize, count: usize, distance: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * axis as f64 / count as f64;
    (
        centre.0 + distance * angle.sin(),
        centre.1 - distance * angle.cos(),
    )
}

fn draw_grid(svg: &mut Svg, centre: (f64, f64), count: usize) {
    svg.el("g").s("aria-hidden", "true").open();
    for level in (RING_STEP..=MAX_LEVEL as usize).step_by(RING_STEP) {
        let r = RADIUS * level as f64 / MAX_LEVEL;
        let ring: Vec<(f64, f64)> = (0..count).map(|i| point(centre, i, count, r)).collect();
        svg.el("polygon")
            .points(&ring)
            .s("fill", "none")
            .s(
                "stroke",
                if level == MAX_LEVEL as usize {
                    AXIS
                } else {
                    GRID
                },
            )
            .n("stroke-width", 1.0)
            .close();
    }
    for i in 0..count {
        let (x, y) = point(centre, i, count, RADIUS);
        svg.el("line")
            .n("x1", centre.0)
            .n("y1", centre.1)
            .n("x2", x)
            .n("y2", y)
            .s("stroke", GRID)
            .n("stroke-width", 1.0)
            .close();
    }
    // Ring labels sit halfway between the first two spokes, where no value
    // marker can be drawn over them.
    let half_step = std::f64::consts::PI / count as f64;
    for level in (RING_STEP..=MAX_LEVEL as usize).step_by(RING_STEP) {
        let r = RADIUS * level as f64 / MAX_LEVEL * half_step.cos();
        svg.el("text")
            .n("x", centre.0 + r * half_step.sin())
            .n("y", centre.1 - r * half_step.cos() + RING_FONT.size * 0.35)
            .n("font-size", RING_FONT.size)
            .s("fill", MUTED)
            .s("text-anchor", "middle")
            .s("stroke", palette::BACKGROUND)
            .n("stroke-width", 3.0)
            .s("paint-order", "stroke")
            .text(&format!("L{level}"));
    }
    svg.end("g");
}

/// Draws the series over the first `count` spokes (the ones shown).
fn draw_series(svg: &mut Svg, centre: (f64, f64), series: &[Plotted], count: usize) {
    let shown = |s: &Plotted| -> Vec<Option<f64>> { s.values[..count].to_vec() };
    let at = |axis: usize, value: f64| point(centre, axis, count, RADIUS * value / MAX_LEVEL);
    // Areas first, so that no fill hides another series' outline.
    for s in series.iter().filter(|s| s.look.fill_opacity > 0.0) {
        if let Some(points) = complete_points(centre, &shown(s)) {
            svg.el("polygon")
                .points(&points)
                .s("fill", s.look.colour)
                .n("fill-opacity", s.look.fill_opacity)
                .s("stroke", "none")
                .close();
        }
    }
    let marker_size = if count > 18 { 3.0 } else { 3.5 };
    for s in series {
        let values = shown(s);
        svg.el("g").open();
        svg.tooltip(&s.label);
        if let Some(points) = complete_points(centre, &values) {
            outline(svg, "polygon", s.look).points(&points).close();
        } else {
            for run in present_runs(&values) {
                let points: Vec<(f64, f64)> = run
                    .iter()
                    .filter_map(|&i| values[i].map(|v| at(i, v)))
                    .collect();
                outline(svg, "polyline", s.look).points(&points).close();
            }
        }
        for (i, value) in values.iter().enumerate() {
            if let Some(v) = value {
                let (x, y) = at(i, *v);
                let colour = s.look.colour;
                marker(svg, s.look.marker, x, y, marker_size, colour, Fill::Solid);
            }
        }
        svg.end("g");
    }
    draw_missing(svg, centre, series, count);
}

fn outline<'a>(svg: &'a mut Svg, tag: &'static str, look: LineLook) -> Element<'a> {
    svg.el(tag)
        .s("fill", "none")
        .s("stroke", look.colour)
        .n("stroke-width", look.width)
        .opt("stroke-dasharray", look.dash)
        .s("stroke-linejoin", "round")
        .s("stroke-linecap", "round")
}

/// The polygon of a series that has a value on every spoke.
fn complete_points(centre: (f64, f64), values: &[Option<f64>]) -> Option<Vec<(f64, f64)>> {
    let count = values.len();
    values
        .iter()
        .enumerate()
        .map(|(i, value)| Some(point(centre, i, count, RADIUS * (*value)? / MAX_LEVEL)))
        .collect()
}

/// Runs of neighbouring spokes that have values, going round the circle,
/// so that a line is drawn only between assessed competencies.
fn present_runs(values: &[Option<f64>]) -> Vec<Vec<usize>> {
    let count = values.len();
    let Some(gap) = values.iter().position(Option::is_none) else {
        return vec![(0..count).collect()];
    };
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for step in 1..=count {
        let i = (gap + step) % count;
        if values[i].is_some() {
            run.push(i);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs.retain(|r| r.len() > 1);
    runs
}

/// Hollow markers just outside the outer ring for every value that was not
/// assessed, side by side when several series miss the same competency.
fn draw_missing(svg: &mut Svg, centre: (f64, f64), series: &[Plotted], count: usize) {
    for axis in 0..count {
        let missing: Vec<&Plotted> = series.iter().filter(|s| s.values[axis].is_none()).collect();
        let angle = std::f64::consts::TAU * axis as f64 / count as f64;
        let (tx, ty) = (angle.cos(), angle.sin());
        for (k, s) in missing.iter().enumerate() {
            let shift = (k as f64 - (missing.len() as f64 - 1.0) / 2.0) * 9.0;
            let (x, y) = point(centre, axis, count, RADIUS + MISSING_OFFSET);
            marker(
                svg,
                s.look.marker,
                x + shift * tx,
                y + shift * ty,
                3.0,
                s.look.colour,
                Fill::Hollow,
            );
        }
    }
}

fn draw_labels(svg: &mut Svg, centre: (f64, f64), labels: &[labels::Label]) {
    for label in labels {
        let x = centre.0 + label.x;
        let mut element = svg
            .el("text")
            .n("x", x)
            .n("y", centre.1 + label.baseline)
            .n("font-size", label.font.size)
            .s("fill", INK);
        if label.anchor != Anchor::Start {
            element = element.s("text-anchor", label.anchor.svg());
        }
        element.open();
        for (i, line) in label.lines.iter().enumerate() {
            let dy = if i == 0 {
                0.0
            } else {
                label.font.line_height()
            };
            svg.el("tspan").n("x", x).n("dy", dy).text(line);
        }
        svg.end("text");
    }
}

fn legend_items(series: &[Plotted], shown: usize) -> Vec<Item> {
    let mut items: Vec<Item> = series
        .iter()
        .map(|s| Item::new(Swatch::Line(s.look), s.label.clone()))
        .collect();
    if series
        .iter()
        .any(|s| s.values[..shown].iter().any(Option::is_none))
    {
        items.push(Item::new(
            Swatch::Missing(palette::Marker::Circle, MUTED),
            "Not assessed",
        ));
    }
    items
}

/// The text alternative: every competency with every series' value.
fn describe(axes: &[String], series: &[Plotted]) -> String {
    let mut desc = format!(
        "Competency radar of {} on a scale of 0 to 10",
        words::count(axes.len(), "competency", "competencies")
    );
    if series.is_empty() {
        desc.push_str(", with no values plotted.");
        return desc;
    }
    let names: Vec<&str> = series.iter().map(|s| s.label.as_str()).collect();
    desc.push_str(&format!(", comparing {}.", names.join(", ")));
    for (i, axis) in axes.iter().enumerate() {
        let values: Vec<String> = series
            .iter()
            .map(|s| match s.values[i] {
                Some(v) => format!("{}: {}", s.label, words::value(v)),
                None => format!("{}: not assessed", s.label),
            })
            .collect();
        desc.push_str(&format!(" {axis} — {}.", values.join("; ")));
    }
    desc
}

fn too_few_axes(title: &str, desc: &str, count: usize) -> String {
    let message = format!("A radar needs at least {MIN_AXES} competencies; this one has {count}.");
    empty_state(
        "radar",
        WIDTH,
        title,
        &format!("{message} {desc}"),
        &message,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_skip_gaps_and_wrap_round() {
        let v = |xs: &[bool]| xs.iter().map(|&p| p.then_some(5.0)).collect::<Vec<_>>();
        assert_eq!(
            present_runs(&v(&[true, true, false, true, true])),
            [vec![3, 4, 0, 1]]
        );
        assert_eq!(
            present_runs(&v(&[true, false, true, false])),
            Vec::<Vec<usize>>::new()
        );
        assert_eq!(present_runs(&v(&[true, true, true])), [vec![0, 1, 2]]);
    }
}
