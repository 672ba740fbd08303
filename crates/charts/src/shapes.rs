//! Small shapes shared by the charts: point markers and legend swatches.

use crate::palette::{BACKGROUND, BarLook, LineLook, Marker};
use crate::svg::Svg;

/// Fill of a marker: solid for a value, hollow for a value that is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fill {
    Solid,
    Hollow,
}

/// Draws `marker` centred on (x, y); `r` is about half its width.
pub(crate) fn marker(
    svg: &mut Svg,
    shape: Marker,
    x: f64,
    y: f64,
    r: f64,
    colour: &str,
    fill: Fill,
) {
    let fill_colour = match fill {
        Fill::Solid => colour,
        Fill::Hollow => BACKGROUND,
    };
    let stroke_width = match fill {
        Fill::Solid => 1.0,
        Fill::Hollow => 1.5,
    };
    let element = match shape {
        Marker::Circle => svg.el("circle").n("cx", x).n("cy", y).n("r", r),
        Marker::Square => {
            let side = r * 1.7;
            svg.el("rect")
                .n("x", x - side / 2.0)
                .n("y", y - side / 2.0)
                .n("width", side)
                .n("height", side)
        }
        Marker::Diamond => {
            let d = r * 1.35;
            svg.el("polygon")
                .points(&[(x, y - d), (x + d, y), (x, y + d), (x - d, y)])
        }
        Marker::Triangle => {
            let d = r * 1.3;
            svg.el("polygon")
                .points(&[(x, y - d), (x + d, y + d * 0.8), (x - d, y + d * 0.8)])
        }
    };
    let stroke = if fill == Fill::Solid && colour == fill_colour {
        BACKGROUND
    } else {
        colour
    };
    element
        .s("fill", fill_colour)
        .s("stroke", stroke)
        .n("stroke-width", stroke_width)
        .close();
}

/// What a legend entry shows in front of its label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Swatch {
    /// A short stroke in the series' colour and dash, with its marker.
    Line(LineLook),
    /// A hollow marker: the sign for "not assessed".
    Missing(Marker, &'static str),
    /// A small bar in a bar look.
    Bar(BarLook),
    /// A translucent block (a shaded range).
    Band(&'static str, f64),
    /// A short vertical rule (a point in time).
    Rule(&'static str, Option<&'static str>),
}

/// Width a swatch takes in a legend.
pub(crate) const SWATCH_WIDTH: f64 = 26.0;

/// Draws `swatch` with its left edge at `x`, vertically centred on `y`.
pub(crate) fn swatch(svg: &mut Svg, swatch: Swatch, x: f64, y: f64) {
    let mid = x + SWATCH_WIDTH / 2.0;
    match swatch {
        Swatch::Line(look) => {
            if look.fill_opacity > 0.0 {
                svg.el("rect")
                    .n("x", x)
                    .n("y", y - 6.0)
                    .n("width", SWATCH_WIDTH)
                    .n("height", 12.0)
                    .s("fill", look.colour)
                    .n("fill-opacity", look.fill_opacity)
                    .close();
            }
            svg.el("line")
                .n("x1", x)
                .n("y1", y)
                .n("x2", x + SWATCH_WIDTH)
                .n("y2", y)
                .s("stroke", look.colour)
                .n("stroke-width", look.width)
                .opt("stroke-dasharray", look.dash)
                .close();
            marker(svg, look.marker, mid, y, 3.5, look.colour, Fill::Solid);
        }
        Swatch::Missing(shape, colour) => marker(svg, shape, mid, y, 3.5, colour, Fill::Hollow),
        Swatch::Bar(look) => {
            svg.el("rect")
                .n("x", x + 1.0)
                .n("y", y - 6.0)
                .n("width", SWATCH_WIDTH - 2.0)
                .n("height", 12.0)
                .n("rx", 2.0)
                .s("fill", look.fill)
                .s("stroke", look.stroke)
                .n("stroke-width", 1.5)
                .opt("stroke-dasharray", look.dash)
                .close();
        }
        Swatch::Band(colour, opacity) => {
            svg.el("rect")
                .n("x", x + 1.0)
                .n("y", y - 6.0)
                .n("width", SWATCH_WIDTH - 2.0)
                .n("height", 12.0)
                .s("fill", colour)
                .n("fill-opacity", opacity * 2.0)
                .close();
        }
        Swatch::Rule(colour, dash) => {
            svg.el("line")
                .n("x1", mid)
                .n("y1", y - 7.0)
                .n("x2", mid)
                .n("y2", y + 7.0)
                .s("stroke", colour)
                .n("stroke-width", 2.0)
                .opt("stroke-dasharray", dash)
                .close();
        }
    }
}
