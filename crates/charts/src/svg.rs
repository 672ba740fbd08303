//! Writing SVG markup: escaping, numbers, elements and the document frame.
//!
//! Every chart writes through this module so that three promises hold in one
//! place: text is always escaped, numbers are always finite and rounded to one
//! decimal (deterministic bytes, no `NaN`), and every document carries the
//! same accessible frame (`role="img"`, `<title>`, `<desc>`).

use std::fmt::{self, Display, Write};

/// A coordinate or length as written into the SVG: rounded to one decimal,
/// never `NaN`, never `-0`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num(pub f64);

impl Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Non-finite numbers cannot reach here through the charts (inputs are
        // sanitised first); mapping them to 0 is the last line of defence so
        // that no document ever contains "NaN" or "inf".
        let value = if self.0.is_finite() {
            self.0.clamp(-1e9, 1e9)
        } else {
            0.0
        };
        let tenths = (value * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let tenths = tenths.unsigned_abs();
        if tenths.is_multiple_of(10) {
            write!(f, "{sign}{}", tenths / 10)
        } else {
            write!(f, "{sign}{}.{}", tenths / 10, tenths % 10)
        }
    }
}

/// Escapes text for element content and attribute values alike, and drops
/// characters XML 1.0 does not allow at all (control characters, U+FFFE/F).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An SVG body being written, element by element.
#[derive(Debug, Default)]
pub(crate) struct Svg {
    out: String,
}

impl Svg {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Starts an element; finish it with [`Element::close`] (empty element),
    /// [`Element::open`] (children follow) or [`Element::text`].
    pub(crate) fn el(&mut self, tag: &'static str) -> Element<'_> {
        self.out.push('<');
        self.out.push_str(tag);
        Element {
            out: &mut self.out,
            tag,
        }
    }

    /// Closes an element opened with [`Element::open`].
    pub(crate) fn end(&mut self, tag: &'static str) {
        let _ = writeln!(self.out, "</{tag}>");
    }

    /// A `<title>` child: browsers show it as a tooltip for the enclosing group.
    pub(crate) fn tooltip(&mut self, text: &str) {
        let _ = write!(self.out, "<title>{}</title>", escape(text));
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }
}

/// One element's start tag being written.
pub(crate) struct Element<'a> {
    out: &'a mut String,
    tag: &'static str,
}

impl Element<'_> {
    /// A numeric attribute.
    pub(crate) fn n(self, name: &str, value: f64) -> Self {
        let _ = write!(self.out, " {name}=\"{}\"", Num(value));
        self
    }

    /// A text attribute (escaped).
    pub(crate) fn s(self, name: &str, value: &str) -> Self {
        let _ = write!(self.out, " {name}=\"{}\"", escape(value));
        self
    }

    /// A text attribute only when there is a value.
    pub(crate) fn opt(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.s(name, value),
            None => self,
        }
    }

    /// A `points` attribute for `<polygon>` / `<polyline>`.
    pub(crate) fn points(self, points: &[(f64, f64)]) -> Self {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in points.iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(self.out, "{sep}{},{}", Num(*x), Num(*y));
        }
        self.out.push('"');
        self
    }

    /// Ends an element without children.
    pub(crate) fn close(self) {
        self.out.push_str("/>\n");
    }

    /// Ends the start tag; children follow, then [`Svg::end`].
    pub(crate) fn open(self) {
        self.out.push_str(">\n");
    }

    /// Ends the element with escaped text content.
    pub(crate) fn text(self, content: &str) {
        let _ = writeln!(self.out, ">{}</{}>", escape(content), self.tag);
    }
}

/// Path data (`d=`) built from numbers that are rounded like every other one.
#[derive(Debug, Default)]
pub(crate) struct PathData(String);

impl PathData {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn move_to(mut self, x: f64, y: f64) -> Self {
        let _ = write!(self.0, "M{} {}", Num(x), Num(y));
        self
    }

    /// A circular arc of radius `r` to (x, y), drawn clockwise on screen.
    pub(crate) fn arc_to(mut self, r: f64, large: bool, x: f64, y: f64) -> Self {
        let large = u8::from(large);
        let _ = write!(
            self.0,
            " A{} {} 0 {large} 1 {} {}",
            Num(r),
            Num(r),
            Num(x),
            Num(y)
        );
        self
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// The accessible outer frame every chart shares.
pub(crate) struct Frame<'a> {
    /// Short name of the chart kind, used in element ids (`radar`, `gauge`, ...).
    pub kind: &'static str,
    pub width: f64,
    pub height: f64,
    pub title: &'a str,
    pub desc: &'a str,
}

impl Frame<'_> {
    /// Wraps a chart body into a standalone SVG document.
    ///
    /// The ids of `<title>` and `<desc>` derive from a hash of the content, so
    /// several charts inlined into one HTML page do not collide, while the same
    /// chart always produces the same bytes.
    pub(crate) fn wrap(&self, body: &str) -> String {
        let id = format!(
            "ctopath-{}-{:016x}",
            self.kind,
            fnv1a(&[self.title, self.desc, body])
        );
        let mut out = String::with_capacity(body.len() + 512);
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
             viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
             font-family=\"sans-serif\">",
            w = Num(self.width),
            h = Num(self.height),
        );
        let _ = writeln!(
            out,
            "<title id=\"{id}-title\">{}</title>",
            escape(self.title)
        );
        let _ = writeln!(out, "<desc id=\"{id}-desc\">{}</desc>", escape(self.desc));
        let _ = writeln!(
            out,
            "<rect width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            Num(self.width),
            Num(self.height),
            crate::palette::BACKGROUND
        );
        out.push_str(body);
        out.push_str("</svg>\n");
        out
    }
}

/// A chart with nothing to draw: a quiet panel with one sentence saying why
/// and what to do, so the page still shows where the chart will appear.
pub(crate) fn empty_state(
    kind: &'static str,
    width: f64,
    title: &str,
    desc: &str,
    message: &str,
) -> String {
    let font = crate::text::Font::regular(13.0);
    let lines = font.wrap(message, width - 64.0, 3);
    let height = 48.0 + lines.len() as f64 * font.line_height();
    let mut svg = Svg::new();
    svg.el("rect")
        .n("x", 8.0)
        .n("y", 8.0)
        .n("width", width - 16.0)
        .n("height", height - 16.0)
        .n("rx", 6.0)
        .s("fill", "#f7f8fa")
        .s("stroke", crate::palette::GRID)
        .n("stroke-width", 1.0)
        .close();
    let mut baseline = 24.0 + font.size;
    for line in &lines {
        svg.el("text")
            .n("x", width / 2.0)
            .n("y", baseline)
            .n("font-size", font.size)
            .s("fill", crate::palette::MUTED)
            .s("text-anchor", "middle")
            .text(line);
        baseline += font.line_height();
    }
    Frame {
        kind,
        width,
        height,
        title,
        desc,
    }
    .wrap(&svg.finish())
}

/// FNV-1a: a tiny, stable hash (unlike `std`'s, its output never changes
/// between Rust releases, which keeps the bytes of a chart stable).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_to_one_decimal_and_never_nan() {
        assert_eq!(Num(1.25).to_string(), "1.3");
        assert_eq!(Num(2.0).to_string(), "2");
        assert_eq!(Num(-0.04).to_string(), "0");
        assert_eq!(Num(-3.46).to_string(), "-3.5");
        assert_eq!(Num(f64::NAN).to_string(), "0");
        assert_eq!(Num(f64::INFINITY).to_string(), "0");
        assert_eq!(Num(0.05).to_string(), "0.1");
    }

    #[test]
    fn escape_covers_markup_quotes_and_control_characters() {
        assert_eq!(
            escape("<a href=\"x\">R&D's</a>\u{0}\u{7}\n"),
            "&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt; "
        );
    }

    #[test]
    fn frame_ids_differ_between_charts_and_repeat_for_the_same_chart() {
        let frame = |desc| Frame {
            kind: "gauge",
            width: 10.0,
            height: 10.0,
            title: "T",
            desc,
        };
        assert_eq!(frame("a").wrap(""), frame("a").wrap(""));
        assert_ne!(frame("a").wrap(""), frame("b").wrap(""));
    }
}
