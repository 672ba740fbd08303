//! The career timeline: positions and tours of duty on a time axis in years,
//! with today and the forecast band to CTO.

mod describe;
mod input;
mod lanes;

pub use input::{Forecast, Position, Timeline, TimelineTour, TourKind, TourStatus};

use crate::axis::{Scale, year_ticks};
use crate::legend::{Align, Item, Legend};
use crate::palette::{self, AXIS, GRID, MUTED};
use crate::shapes::Swatch;
use crate::svg::{Frame, Svg, empty_state};
use crate::text::{Font, clean};

use lanes::{Bar, ROW_GAP};

const WIDTH: f64 = 960.0;
const MARGIN: f64 = 16.0;
/// Room at the left for the lane names.
const GUTTER: f64 = 100.0;
const RIGHT_PADDING: f64 = 24.0;
const POSITION_ROW: f64 = 48.0;
const TOUR_ROW: f64 = 48.0;
const LANE_GAP: f64 = 16.0;
const MARKER_ROW: f64 = 18.0;
const MIN_TICK_GAP: f64 = 46.0;
const LEGEND_GAP: f64 = 14.0;
/// Years outside this range are taken as typing errors and clamped.
const EARLIEST_YEAR: f64 = 1900.0;
const LATEST_YEAR: f64 = 2200.0;
/// A forecast further out than this many years is clamped to it.
const LONGEST_FORECAST: f64 = 60.0;
const LANE_FONT: Font = Font::bold(12.0);
const TICK_FONT: Font = Font::regular(11.0);
const MARKER_FONT: Font = Font::bold(11.0);
const MEDIAN_DASH: &str = "5 3";

/// Input made safe to draw: years clamped, ends after starts, forecast in
/// calendar years and ordered.
struct Prepared {
    today: Option<f64>,
    positions: Vec<Bar>,
    tours: Vec<Bar>,
    /// Calendar years (P10, P50, P90) of reaching CTO.
    forecast: Option<(f64, f64, f64)>,
    kinds: Vec<TourKind>,
}

fn year(value: f64) -> Option<f64> {
    value
        .is_finite()
        .then(|| value.clamp(EARLIEST_YEAR, LATEST_YEAR))
}

fn prepare(input: &Timeline) -> Prepared {
    let today = year(input.today);
    let mut kinds = Vec::new();
    let positions = input
        .positions
        .iter()
        .filter_map(|p| {
            let start = year(p.start)?;
            let end = p.end.and_then(year).or(today).unwrap_or(start).max(start);
            let title = match clean(&p.title) {
                t if t.is_empty() => "Untitled position".to_string(),
                t => t,
            };
            let organisation = clean(&p.organisation);
            kinds.push(p.tour);
            Some(Bar {
                start,
                end,
                look: p.tour.look(),
                hollow: false,
                muted: false,
                tooltip: describe::position(
                    &title,
                    &organisation,
                    start,
                    end,
                    p.end.is_none(),
                    p.tour,
                ),
                heading: title,
                detail: organisation,
            })
        })
        .collect();
    let tours = input
        .tours
        .iter()
        .filter_map(|t| {
            let start = year(t.start)?;
            let end = year(t.end).unwrap_or(start).max(start);
            let label = match clean(&t.label) {
                l if l.is_empty() => "Tour of duty".to_string(),
                l => l,
            };
            kinds.push(t.kind);
            Some(Bar {
                start,
                end,
                look: t.kind.look(),
                hollow: matches!(t.status, TourStatus::Proposed | TourStatus::Abandoned),
                muted: t.status == TourStatus::Abandoned,
                tooltip: describe::tour(&label, t.kind, t.status, start, end),
                detail: capitalised(t.status.name()),
                heading: label,
            })
        })
        .collect();
    let forecast = today.zip(input.forecast).and_then(|(today, f)| {
        let mut years = [f.p10, f.p50, f.p90];
        if years.iter().any(|y| !y.is_finite()) {
            return None;
        }
        years = years.map(|y| y.clamp(0.0, LONGEST_FORECAST));
        years.sort_by(f64::total_cmp);
        Some((today + years[0], today + years[1], today + years[2]))
    });
    Prepared {
        today,
        positions,
        tours,
        forecast,
        kinds,
    }
}

/// Draws a career timeline as a standalone SVG document.
pub fn timeline(input: &Timeline) -> String {
    let title = match clean(&input.title) {
        t if t.is_empty() => "Career timeline".to_string(),
        t => t,
    };
    let data = prepare(input);
    let desc = describe::timeline(&data);
    let years: Vec<f64> = data
        .positions
        .iter()
        .chain(&data.tours)
        .flat_map(|b| [b.start, b.end])
        .chain(data.today)
        .chain(data.forecast.map(|f| f.0))
        .chain(data.forecast.map(|f| f.2))
        .collect();
    let Some(first) = years.iter().copied().reduce(f64::min) else {
        return empty(&title, &desc);
    };
    let last = years.iter().copied().fold(first, f64::max);
    let (mut from, mut to) = (first.floor(), last.ceil());
    if to - from < 2.0 {
        from -= 1.0;
        to = from + 3.0;
    }
    let plot = (MARGIN + GUTTER, WIDTH - RIGHT_PADDING);
    let scale = Scale::new(from, to, plot.0, plot.1);

    let mut y = MARGIN;
    let forecast_label_y = data.forecast.map(|_| {
        y += MARKER_ROW;
        y - 5.0
    });
    let today_label_y = data.today.map(|_| {
        y += MARKER_ROW;
        y - 5.0
    });
    let lanes_top = y + 4.0;
    let (_, position_rows) = lanes::pack(&data.positions);
    let (_, tour_rows) = lanes::pack(&data.tours);
    let lane_height = |rows: usize, row: f64| rows.max(1) as f64 * (row + ROW_GAP) - ROW_GAP;
    let tours_top = lanes_top + lane_height(position_rows, POSITION_ROW) + LANE_GAP;
    let lanes_bottom = tours_top + lane_height(tour_rows, TOUR_ROW);
    let axis_y = lanes_bottom + 10.0;

    let mut svg = Svg::new();
    let ticks = year_ticks(&scale, MIN_TICK_GAP);
    svg.el("g").s("aria-hidden", "true").open();
    for &tick in &ticks {
        let x = scale.at(tick as f64);
        svg.el("line")
            .n("x1", x)
            .n("y1", lanes_top - 4.0)
            .n("x2", x)
            .n("y2", axis_y)
            .s("stroke", GRID)
            .n("stroke-width", 1.0)
            .close();
    }
    svg.end("g");
    if let Some((p10, _, p90)) = data.forecast {
        let x = scale.at(p10);
        svg.el("rect")
            .n("x", x)
            .n("y", lanes_top - 4.0)
            .n("width", (scale.at(p90) - x).max(2.0))
            .n("height", axis_y - lanes_top + 4.0)
            .s("fill", palette::FORECAST_BAND)
            .n("fill-opacity", palette::FORECAST_BAND_OPACITY)
            .close();
    }
    lane_name(&mut svg, "Positions", lanes_top, POSITION_ROW);
    lane_name(&mut svg, "Tours of duty", tours_top, TOUR_ROW);
    if data.positions.is_empty() {
        lane_note(
            &mut svg,
            "No positions recorded yet",
            plot.0,
            lanes_top,
            POSITION_ROW,
        );
    }
    if data.tours.is_empty() {
        lane_note(
            &mut svg,
            "No tours of duty yet",
            plot.0,
            tours_top,
            TOUR_ROW,
        );
    }
    lanes::draw(&mut svg, &data.positions, &scale, lanes_top, POSITION_ROW);
    lanes::draw(&mut svg, &data.tours, &scale, tours_top, TOUR_ROW);

    if let (Some((p10, p50, p90)), Some(label_y)) = (data.forecast, forecast_label_y) {
        rule(
            &mut svg,
            scale.at(p50),
            label_y + 5.0,
            axis_y,
            palette::FORECAST_MEDIAN,
            Some(MEDIAN_DASH),
        );
        let text = describe::forecast_label(p10, p50, p90);
        marker_label(
            &mut svg,
            &text,
            scale.at(p50),
            label_y,
            plot,
            palette::FORECAST_MEDIAN,
        );
    }
    if let (Some(today), Some(label_y)) = (data.today, today_label_y) {
        rule(
            &mut svg,
            scale.at(today),
            label_y + 5.0,
            axis_y,
            palette::TODAY,
            None,
        );
        marker_label(
            &mut svg,
            "Today",
            scale.at(today),
            label_y,
            plot,
            palette::TODAY,
        );
    }
    draw_axis(&mut svg, &scale, &ticks, axis_y);

    let legend = Legend::layout(legend_items(&data), WIDTH - 2.0 * MARGIN, Align::Left);
    let legend_y = axis_y + TICK_FONT.size + 8.0 + LEGEND_GAP;
    legend.draw(&mut svg, MARGIN, legend_y);
    Frame {
        kind: "timeline",
        width: WIDTH,
        height: (legend_y + legend.height() + MARGIN).ceil(),
        title: &title,
        desc: &desc,
    }
    .wrap(&svg.finish())
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn lane_name(svg: &mut Svg, name: &str, top: f64, row: f64) {
    let lines = LANE_FONT.wrap(name, GUTTER - 12.0, 2);
    let block = lines.len() as f64 * LANE_FONT.line_height();
    let mut baseline = top + (row - block) / 2.0 + LANE_FONT.size;
    for line in lines {
        svg.el("text")
            .n("x", MARGIN)
            .n("y", baseline)
            .n("font-size", LANE_FONT.size)
            .s("font-weight", "bold")
            .s("fill", MUTED)
            .text(&line);
        baseline += LANE_FONT.line_height();
    }
}

fn lane_note(svg: &mut Svg, note: &str, x: f64, top: f64, row: f64) {
    svg.el("text")
        .n("x", x + 8.0)
        .n("y", top + row / 2.0 + 4.0)
        .n("font-size", 12.0)
        .s("font-style", "italic")
        .s("fill", MUTED)
        .text(note);
}

fn rule(svg: &mut Svg, x: f64, top: f64, bottom: f64, colour: &str, dash: Option<&str>) {
    svg.el("line")
        .n("x1", x)
        .n("y1", top)
        .n("x2", x)
        .n("y2", bottom)
        .s("stroke", colour)
        .n("stroke-width", 1.75)
        .opt("stroke-dasharray", dash)
        .close();
}

/// A label above a vertical marker, centred on it but kept inside the plot.
fn marker_label(svg: &mut Svg, text: &str, x: f64, baseline: f64, plot: (f64, f64), colour: &str) {
    let width = MARKER_FONT.width(text);
    let left = (x - width / 2.0).clamp(plot.0 - GUTTER, (plot.1 + RIGHT_PADDING - MARGIN) - width);
    svg.el("text")
        .n("x", left)
        .n("y", baseline)
        .n("font-size", MARKER_FONT.size)
        .s("font-weight", "bold")
        .s("fill", colour)
        .text(text);
}

fn draw_axis(svg: &mut Svg, scale: &Scale, ticks: &[i64], y: f64) {
    svg.el("g").s("aria-hidden", "true").open();
    svg.el("line")
        .n("x1", scale.start)
        .n("y1", y)
        .n("x2", scale.end)
        .n("y2", y)
        .s("stroke", AXIS)
        .n("stroke-width", 1.0)
        .close();
    for &tick in ticks {
        let x = scale.at(tick as f64);
        svg.el("line")
            .n("x1", x)
            .n("y1", y)
            .n("x2", x)
            .n("y2", y + 4.0)
            .s("stroke", AXIS)
            .n("stroke-width", 1.0)
            .close();
        svg.el("text")
            .n("x", x)
            .n("y", y + 6.0 + TICK_FONT.size)
            .n("font-size", TICK_FONT.size)
            .s("fill", MUTED)
            .s("text-anchor", "middle")
            .text(&tick.to_string());
    }
    svg.end("g");
}

fn legend_items(data: &Prepared) -> Vec<Item> {
    let mut kinds = vec![
        TourKind::Foundational,
        TourKind::Transformational,
        TourKind::Rotational,
    ];
    if data.kinds.contains(&TourKind::Unknown) {
        kinds.push(TourKind::Unknown);
    }
    let mut items: Vec<Item> = kinds
        .into_iter()
        .map(|k| Item::new(Swatch::Bar(k.look()), k.name()))
        .collect();
    if data.today.is_some() {
        items.push(Item::new(Swatch::Rule(palette::TODAY, None), "Today"));
    }
    if data.forecast.is_some() {
        items.push(Item::new(
            Swatch::Band(palette::FORECAST_BAND, palette::FORECAST_BAND_OPACITY),
            "CTO forecast P10–P90",
        ));
        items.push(Item::new(
            Swatch::Rule(palette::FORECAST_MEDIAN, Some(MEDIAN_DASH)),
            "CTO forecast P50",
        ));
    }
    items
}

fn empty(title: &str, desc: &str) -> String {
    empty_state(
        "timeline",
        WIDTH,
        title,
        desc,
        "Nothing on the timeline yet: add positions to see your career here.",
    )
}
