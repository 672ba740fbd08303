//! Legends: rows of swatch + label, wrapped to the width available.

use crate::palette::INK;
use crate::shapes::{SWATCH_WIDTH, Swatch, swatch};
use crate::svg::Svg;
use crate::text::Font;

const FONT: Font = Font::regular(12.0);
const ROW_HEIGHT: f64 = 22.0;
const GAP_AFTER_SWATCH: f64 = 6.0;
const GAP_BETWEEN_ITEMS: f64 = 20.0;
/// A legend label longer than this is abbreviated.
const MAX_LABEL_WIDTH: f64 = 220.0;

/// One legend entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub swatch: Swatch,
    pub label: String,
}

impl Item {
    pub(crate) fn new(swatch: Swatch, label: impl Into<String>) -> Self {
        Item {
            swatch,
            label: label.into(),
        }
    }
}

/// Where rows start within the space given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Centre,
}

/// A legend laid out into rows that fit `width`.
#[derive(Debug)]
pub(crate) struct Legend {
    rows: Vec<Vec<(Item, String, f64)>>,
    width: f64,
    align: Align,
}

impl Legend {
    pub(crate) fn layout(items: Vec<Item>, width: f64, align: Align) -> Self {
        let mut rows: Vec<Vec<(Item, String, f64)>> = Vec::new();
        let mut row_width = 0.0;
        for item in items {
            let label = FONT
                .ellipsize(&item.label, MAX_LABEL_WIDTH.min(width - SWATCH_WIDTH))
                .unwrap_or_default();
            let item_width = SWATCH_WIDTH + GAP_AFTER_SWATCH + FONT.width(&label);
            let needed = if row_width > 0.0 {
                GAP_BETWEEN_ITEMS + item_width
            } else {
                item_width
            };
            match rows.last_mut() {
                Some(row) if row_width + needed <= width => {
                    row.push((item, label, item_width));
                    row_width += needed;
                }
                _ => {
                    rows.push(vec![(item, label, item_width)]);
                    row_width = item_width;
                }
            }
        }
        Legend { rows, width, align }
    }

    /// Height the legend needs; zero when it has no entries.
    pub(crate) fn height(&self) -> f64 {
        self.rows.len() as f64 * ROW_HEIGHT
    }

    /// Draws the legend with its top-left corner at (x, y).
    pub(crate) fn draw(&self, svg: &mut Svg, x: f64, y: f64) {
        if self.rows.is_empty() {
            return;
        }
        svg.el("g").s("aria-hidden", "true").open();
        for (index, row) in self.rows.iter().enumerate() {
            let row_width: f64 = row.iter().map(|(_, _, w)| w).sum::<f64>()
                + GAP_BETWEEN_ITEMS * (row.len().saturating_sub(1)) as f64;
            let mut cursor = match self.align {
                Align::Left => x,
                Align::Centre => x + (self.width - row_width) / 2.0,
            };
            let mid = y + index as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0;
            for (item, label, item_width) in row {
                swatch(svg, item.swatch, cursor, mid);
                svg.el("text")
                    .n("x", cursor + SWATCH_WIDTH + GAP_AFTER_SWATCH)
                    .n("y", mid + FONT.size * 0.35)
                    .n("font-size", FONT.size)
                    .s("fill", INK)
                    .text(label);
                cursor += item_width + GAP_BETWEEN_ITEMS;
            }
        }
        svg.end("g");
    }
}
