//! Fitting text into space: estimated widths, wrapping and abbreviation.
//!
//! SVG cannot measure text, so widths are estimated from the advance widths of
//! DejaVu Sans, the widest common sans-serif and the fallback on most Linux
//! systems. Estimating with the widest font means a label that fits here also
//! fits in Helvetica, Arial or whatever the viewer substitutes.

/// Advance widths of ASCII 32..=126 in DejaVu Sans, per 1000 units of em.
const REGULAR: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/// Advance widths of ASCII 32..=126 in DejaVu Sans Bold, per 1000 units of em.
const BOLD: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
    683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
    724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
    343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/// Characters outside ASCII: accented Latin, Greek, Cyrillic are about as wide
/// as a lower-case letter; CJK and other wide scripts take a full em.
const OTHER_NARROW: u16 = 660;
const OTHER_WIDE: u16 = 1000;
const WIDE_SCRIPTS_START: char = '\u{2E80}';

/// The ellipsis that marks abbreviated text.
pub(crate) const ELLIPSIS: char = '…';

/// Size and weight of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub(crate) const fn regular(size: f64) -> Self {
        Font { size, bold: false }
    }

    pub(crate) const fn bold(size: f64) -> Self {
        Font { size, bold: true }
    }

    /// Estimated width of `text` in user units.
    pub(crate) fn width(&self, text: &str) -> f64 {
        text.chars().map(|c| self.char_width(c)).sum()
    }

    /// Distance between baselines of consecutive lines.
    pub(crate) fn line_height(&self) -> f64 {
        self.size * 1.25
    }

    fn char_width(&self, c: char) -> f64 {
        let table = if self.bold { &BOLD } else { &REGULAR };
        let units = match c {
            ' '..='~' => table[c as usize - 32],
            ELLIPSIS => 1000,
            c if c < WIDE_SCRIPTS_START => OTHER_NARROW,
            _ => OTHER_WIDE,
        };
        f64::from(units) * self.size / 1000.0
    }

    /// `text` whole if it fits in `max_width`, else cut at a character boundary
    /// and ended with an ellipsis; `None` when not even one character and the
    /// ellipsis fit.
    pub(crate) fn ellipsize(&self, text: &str, max_width: f64) -> Option<String> {
        if self.width(text) <= max_width {
            return Some(text.to_string());
        }
        let budget = max_width - self.char_width(ELLIPSIS);
        let mut used = 0.0;
        let mut kept = String::new();
        for c in text.chars() {
            used += self.char_width(c);
            if used > budget {
                break;
            }
            kept.push(c);
        }
        let kept = kept.trim_end();
        if kept.is_empty() {
            return None;
        }
        Some(format!("{kept}{ELLIPSIS}"))
    }

    /// Breaks `text` at spaces into at most `max_lines` lines of at most
    /// `max_width`; a word longer than a line is cut, and text left over after
    /// the last line is marked with an ellipsis. Empty when nothing fits.
    pub(crate) fn wrap(&self, text: &str, max_width: f64, max_lines: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut words = text.split_whitespace().peekable();
        let mut truncated = false;
        while let Some(word) = words.next() {
            let candidate = if current.is_empty() {
                word.to_string()
            } else {
                format!("{current} {word}")
            };
            if self.width(&candidate) <= max_width {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if lines.len() == max_lines {
                truncated = true;
                break;
            }
            if self.width(word) <= max_width {
                current = word.to_string();
            } else {
                // A single word wider than the line: cut it here rather than
                // letting it run outside the space it was given.
                match self.ellipsize(word, max_width) {
                    Some(cut) => lines.push(cut),
                    None => return Vec::new(),
                }
                if lines.len() == max_lines && words.peek().is_some() {
                    truncated = true;
                    break;
                }
            }
        }
        if !current.is_empty() {
            if lines.len() < max_lines {
                lines.push(current);
            } else {
                truncated = true;
            }
        }
        if truncated && let Some(last) = lines.last_mut() {
            let marked = format!("{} {ELLIPSIS}", last.trim_end_matches(ELLIPSIS));
            *last = self
                .ellipsize(&marked, max_width)
                .unwrap_or_else(|| last.clone());
        }
        lines
    }
}

/// Collapses runs of whitespace (including newlines a label may carry) to one
/// space and trims the ends, so that measuring and wrapping see what is drawn.
pub(crate) fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FONT: Font = Font::regular(10.0);

    #[test]
    fn width_grows_with_text_and_bold_is_wider() {
        assert!(FONT.width("Technical depth") > FONT.width("Technical"));
        assert!(Font::bold(10.0).width("Hiring") > FONT.width("Hiring"));
        assert_eq!(FONT.width(""), 0.0);
    }

    #[test]
    fn ellipsize_keeps_fitting_text_and_cuts_the_rest() {
        assert_eq!(FONT.ellipsize("CTO", 100.0).as_deref(), Some("CTO"));
        let cut = FONT.ellipsize("Organisation design", 50.0).unwrap();
        assert!(cut.ends_with(ELLIPSIS));
        assert!(FONT.width(&cut) <= 50.0);
        assert_eq!(FONT.ellipsize("Organisation", 5.0), None);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_marks_leftovers() {
        assert_eq!(
            FONT.wrap("Security and compliance", 70.0, 3),
            ["Security and", "compliance"]
        );
        let lines = FONT.wrap("one two three four five six seven", 40.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(ELLIPSIS));
        assert!(lines.iter().all(|l| FONT.width(l) <= 40.0));
    }

    #[test]
    fn wrap_cuts_a_word_longer_than_the_line() {
        let lines = FONT.wrap("Supercalifragilisticexpialidocious", 60.0, 2);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with(ELLIPSIS));
        assert!(FONT.width(&lines[0]) <= 60.0);
    }

    #[test]
    fn clean_collapses_whitespace() {
        assert_eq!(clean("  a\n\tb  c "), "a b c");
    }
}
