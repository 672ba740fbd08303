//! The two lanes of the timeline: bars packed into rows so that overlapping
//! spans (two jobs at once, parallel tours) sit one above the other.

use crate::axis::Scale;
use crate::palette::{AXIS, BACKGROUND, BarLook, INK, MUTED};
use crate::svg::Svg;
use crate::text::{ELLIPSIS, Font};

/// Gap between rows of one lane.
pub(super) const ROW_GAP: f64 = 6.0;
/// Bars are at least this wide so that a very short span stays visible.
const MIN_BAR_WIDTH: f64 = 3.0;
const PADDING: f64 = 6.0;
const HEADING: Font = Font::bold(11.5);
const DETAIL: Font = Font::regular(11.0);

/// One bar, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Bar {
    pub start: f64,
    pub end: f64,
    pub look: BarLook,
    /// Drawn hollow (proposed or abandoned work).
    pub hollow: bool,
    /// Drawn greyed out (abandoned work).
    pub muted: bool,
    pub heading: String,
    pub detail: String,
    /// Tooltip: the whole story of the bar, never abbreviated.
    pub tooltip: String,
}

/// Assigns each bar (by index) a row: the first row whose previous bar has
/// ended, so bars that overlap in time never share a row.
pub(super) fn pack(bars: &[Bar]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..bars.len()).collect();
    order.sort_by(|&a, &b| {
        bars[a]
            .start
            .total_cmp(&bars[b].start)
            .then(bars[a].end.total_cmp(&bars[b].end))
    });
    let mut row_ends: Vec<f64> = Vec::new();
    let mut rows = vec![0; bars.len()];
    for i in order {
        let bar = &bars[i];
        // A month of overlap is how CVs write a handover, not two jobs at once.
        let slack = 1.0 / 12.0;
        match row_ends.iter().position(|&end| end <= bar.start + slack) {
            Some(row) => {
                row_ends[row] = bar.end;
                rows[i] = row;
            }
            None => {
                rows[i] = row_ends.len();
                row_ends.push(bar.end);
            }
        }
    }
    (rows, row_ends.len())
}

/// Draws `bars` in rows of `row_height` starting at `top`, with their text
/// inside each bar where it fits, else just after the bar if the row is free
/// there, else only in the tooltip.
pub(super) fn draw(svg: &mut Svg, bars: &[Bar], scale: &Scale, top: f64, row_height: f64) {
    let (rows, _) = pack(bars);
    for (index, (bar, &row)) in bars.iter().zip(&rows).enumerate() {
        let x = scale.at(bar.start);
        let width = (scale.at(bar.end) - x).max(MIN_BAR_WIDTH);
        let y = top + row as f64 * (row_height + ROW_GAP);
        svg.el("g").open();
        svg.tooltip(&bar.tooltip);
        let (fill, stroke) = match (bar.hollow, bar.muted) {
            (_, true) => (BACKGROUND, AXIS),
            (true, false) => (BACKGROUND, bar.look.stroke),
            (false, false) => (bar.look.fill, bar.look.stroke),
        };
        svg.el("rect")
            .n("x", x)
            .n("y", y)
            .n("width", width)
            .n("height", row_height)
            .n("rx", 3.0)
            .s("fill", fill)
            .s("stroke", stroke)
            .n("stroke-width", 1.5)
            .opt("stroke-dasharray", bar.look.dash)
            .close();
        // The next bar to the right in the same row bounds any text written
        // outside this one.
        let next = bars
            .iter()
            .zip(&rows)
            .enumerate()
            .filter(|&(other, (b, &r))| other != index && r == row && b.start >= bar.end)
            .map(|(_, (b, _))| scale.at(b.start))
            .fold(scale.end, f64::min);
        let inside = text_block(bar, width - 2.0 * PADDING, row_height);
        let outside = text_block(bar, next - (x + width) - 2.0 * PADDING, row_height);
        let outside_shows_more = shown(&outside) > shown(&inside);
        let (block, text_x) = if outside_shows_more {
            (outside, x + width + PADDING)
        } else {
            (inside, x + PADDING)
        };
        let height: f64 = block.iter().map(|(_, f, _)| f.line_height()).sum();
        let mut baseline = y + (row_height - height) / 2.0;
        for (line, font, colour) in block {
            baseline += font.line_height();
            let colour = if bar.muted { MUTED } else { colour };
            let text = svg
                .el("text")
                .n("x", text_x)
                .n("y", baseline - font.line_height() * 0.25)
                .n("font-size", font.size)
                .opt("font-weight", font.bold.then_some("bold"))
                .s("fill", colour);
            // Outside its bar, text may cross grid lines, markers or the
            // forecast band: a white halo keeps it readable.
            let text = if outside_shows_more {
                text.s("stroke", BACKGROUND)
                    .n("stroke-width", 3.0)
                    .s("paint-order", "stroke")
            } else {
                text
            };
            text.text(&line);
        }
        svg.end("g");
    }
}

/// How much of a bar's text a block shows, to choose where to write it
/// (spaces do not count: wrapping turns them into line breaks).
fn shown(block: &[(String, Font, &str)]) -> usize {
    block
        .iter()
        .map(|(line, _, _)| {
            line.chars()
                .filter(|c| !c.is_whitespace() && *c != ELLIPSIS)
                .count()
        })
        .sum()
}

/// The lines of a bar's text that fit `room` wide and `height` tall: the
/// heading over up to two lines, then the detail if there is space for it.
fn text_block(bar: &Bar, room: f64, height: f64) -> Vec<(String, Font, &'static str)> {
    if room <= 0.0 {
        return Vec::new();
    }
    let mut block = Vec::new();
    let mut used = 0.0;
    let fits = |used: f64, font: Font| used + font.line_height() <= height - 2.0;
    let heading_lines = if fits(HEADING.line_height(), HEADING) {
        2
    } else {
        1
    };
    let wrapped = HEADING.wrap(&bar.heading, room, heading_lines);
    if !readable(&bar.heading, &wrapped) {
        return block;
    }
    for line in wrapped {
        used += HEADING.line_height();
        block.push((line, HEADING, INK));
    }
    if fits(used, DETAIL)
        && let Some(detail) = fit(DETAIL, &bar.detail, room)
    {
        block.push((detail, DETAIL, MUTED));
    }
    block
}

/// Whether wrapped text keeps enough of the original to be worth showing.
fn readable(original: &str, lines: &[String]) -> bool {
    let kept: usize = lines
        .iter()
        .map(|l| l.trim_end_matches(ELLIPSIS).trim().chars().count())
        .sum();
    !lines.is_empty() && (kept >= 4 || kept == original.chars().count())
}

/// `text` abbreviated to `room`, or nothing when too little of it would be
/// left to read (a lone letter and an ellipsis helps nobody).
fn fit(font: Font, text: &str, room: f64) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    let fitted = font.ellipsize(text, room)?;
    let kept = fitted.chars().count();
    (fitted == text || kept >= 4).then_some(fitted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::palette::FOUNDATIONAL;

    fn bar(start: f64, end: f64) -> Bar {
        Bar {
            start,
            end,
            look: FOUNDATIONAL,
            hollow: false,
            muted: false,
            heading: String::new(),
            detail: String::new(),
            tooltip: String::new(),
        }
    }

    #[test]
    fn sequential_spans_share_a_row_and_overlapping_ones_do_not() {
        let bars = [
            bar(2010.0, 2014.0),
            bar(2014.0, 2018.0),
            bar(2016.0, 2020.0),
            bar(2019.0, 2022.0),
        ];
        let (rows, count) = pack(&bars);
        assert_eq!(rows, [0, 0, 1, 0]);
        assert_eq!(count, 2);
    }

    #[test]
    fn text_that_cannot_be_read_is_left_out() {
        let font = Font::bold(12.0);
        assert_eq!(fit(font, "Chief Technology Officer", 20.0), None);
        assert_eq!(fit(font, "CTO", 40.0).as_deref(), Some("CTO"));
        assert!(
            fit(font, "Chief Technology Officer", 90.0)
                .unwrap()
                .ends_with('…')
        );
    }
}
