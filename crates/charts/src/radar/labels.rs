//! Placing the competency names around a radar so that none overlap and all
//! stay inside the picture.
//!
//! Each name gets a text anchor from its direction (left of the chart ends at
//! the spoke, right starts there, top and bottom are centred) and a width
//! limit from the room to the edge and to its neighbours. Then the roomiest
//! typography that leaves every pair of labels apart is chosen, from large
//! three-line labels down to small single lines.

use crate::text::Font;

/// Distance from the outer ring to where a label starts.
const LABEL_GAP: f64 = 18.0;
/// Space kept between two labels and between a label and the picture's edge.
const SPACING: f64 = 6.0;
/// Labels are never wider than this, however much room there is.
const MAX_WIDTH: f64 = 150.0;
/// Nor narrower than this: below it even short words are cut.
const MIN_WIDTH: f64 = 46.0;
/// Typography tried in order, roomiest first: (font size, lines).
const CHOICES: [(f64, usize); 7] = [
    (13.0, 3),
    (12.0, 3),
    (12.0, 2),
    (11.0, 3),
    (11.0, 2),
    (10.0, 2),
    (10.0, 1),
];
/// |sin| of a direction below which a label is centred on its spoke.
const CENTRED_BELOW: f64 = 0.2;

/// How a label hangs from its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub(super) fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One competency name, placed. Coordinates are relative to the radar's centre.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Label {
    pub lines: Vec<String>,
    pub font: Font,
    pub anchor: Anchor,
    /// The x every line is anchored at.
    pub x: f64,
    /// Baseline of the first line.
    pub baseline: f64,
    /// Bounding box: left, top, right, bottom.
    pub bounds: (f64, f64, f64, f64),
}

/// Places `names` around a radar of `radius`, centred horizontally in a
/// picture `width` wide.
pub(super) fn place(names: &[String], radius: f64, width: f64) -> Vec<Label> {
    let directions: Vec<f64> = (0..names.len())
        .map(|i| std::f64::consts::TAU * i as f64 / names.len() as f64)
        .collect();
    let mut fallback = Vec::new();
    for (size, lines) in CHOICES {
        let font = Font::regular(size);
        let labels: Vec<Label> = names
            .iter()
            .zip(&directions)
            .enumerate()
            .map(|(i, (name, &angle))| {
                let max_width = width_limit(i, &directions, radius, width);
                layout(name, angle, radius, font, max_width, lines)
            })
            .collect();
        if !any_overlap(&labels) {
            return labels;
        }
        fallback = labels;
    }
    fallback
}

fn anchor_for(angle: f64) -> Anchor {
    let sin = angle.sin();
    if sin.abs() < CENTRED_BELOW {
        Anchor::Middle
    } else if sin > 0.0 {
        Anchor::Start
    } else {
        Anchor::End
    }
}

fn anchor_point(angle: f64, radius: f64) -> (f64, f64) {
    let r = radius + LABEL_GAP;
    (r * angle.sin(), -r * angle.cos())
}

/// How wide the label on spoke `i` may be: the room to the picture's edge,
/// and for centred labels also the room to the neighbouring spokes.
fn width_limit(i: usize, directions: &[f64], radius: f64, width: f64) -> f64 {
    let angle = directions[i];
    let (x, _) = anchor_point(angle, radius);
    let half = width / 2.0 - SPACING;
    let to_edge = match anchor_for(angle) {
        Anchor::Start => half - x,
        Anchor::End => half + x,
        Anchor::Middle => 2.0 * (half - x.abs()),
    };
    let mut limit = to_edge.min(MAX_WIDTH);
    if anchor_for(angle) == Anchor::Middle {
        let n = directions.len();
        for neighbour in [(i + 1) % n, (i + n - 1) % n] {
            let other = directions[neighbour];
            let dx = (anchor_point(other, radius).0 - x).abs();
            // A centred neighbour takes half of the space between the two
            // spokes; one that hangs away from this label leaves all of it.
            let room = if anchor_for(other) == Anchor::Middle {
                dx - SPACING
            } else {
                2.0 * (dx - SPACING)
            };
            limit = limit.min(room);
        }
    }
    limit.max(MIN_WIDTH)
}

fn layout(
    name: &str,
    angle: f64,
    radius: f64,
    font: Font,
    max_width: f64,
    max_lines: usize,
) -> Label {
    let mut lines = font.wrap(name, max_width, max_lines);
    if lines.is_empty() {
        lines = vec![font.ellipsize(name, max_width).unwrap_or_default()];
    }
    let anchor = anchor_for(angle);
    let (x, y) = anchor_point(angle, radius);
    let line_height = font.line_height();
    let height = line_height * lines.len() as f64;
    let cos = angle.cos();
    let top = if cos > CENTRED_BELOW {
        y - height
    } else if cos < -CENTRED_BELOW {
        y
    } else {
        y - height / 2.0
    };
    let text_width = lines.iter().map(|l| font.width(l)).fold(0.0, f64::max);
    let left = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - text_width / 2.0,
        Anchor::End => x - text_width,
    };
    Label {
        // The baseline sits about four fifths of the font size below the top
        // of a line, with the rest of the line height shared above and below.
        baseline: top + (line_height - font.size) / 2.0 + font.size * 0.8,
        lines,
        font,
        anchor,
        x,
        bounds: (left, top, left + text_width, top + height),
    }
}

fn any_overlap(labels: &[Label]) -> bool {
    labels.iter().enumerate().any(|(i, a)| {
        labels[i + 1..].iter().any(|b| {
            let (al, at, ar, ab) = a.bounds;
            let (bl, bt, br, bb) = b.bounds;
            al < br + SPACING / 2.0
                && bl < ar + SPACING / 2.0
                && at < bb + SPACING / 4.0
                && bt < ab + SPACING / 4.0
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 25] = [
        "Technical depth",
        "System design",
        "Infrastructure and cloud",
        "Security and compliance",
        "Engineering process",
        "AI literacy",
        "Technology breadth",
        "Systems thinking",
        "Product thinking",
        "Hiring and interviewing",
        "Performance management",
        "Organisation design",
        "Culture building",
        "Executive communication",
        "Conflict resolution",
        "Roadmap partnership",
        "Business acumen",
        "Strategic thinking",
        "Financial literacy",
        "Board relations",
        "Vendor management",
        "Mentoring and coaching",
        "Incident leadership",
        "Data governance",
        "Public speaking",
    ];

    #[test]
    fn labels_never_overlap_and_stay_inside_for_3_to_25_axes() {
        for n in 3..=25 {
            let names: Vec<String> = NAMES[..n].iter().map(|s| s.to_string()).collect();
            let width = 680.0;
            let labels = place(&names, 190.0, width);
            assert!(!any_overlap(&labels), "{n} axes: labels overlap");
            for label in &labels {
                let (left, _, right, _) = label.bounds;
                assert!(
                    left >= -width / 2.0 && right <= width / 2.0,
                    "{n} axes: {:?} leaves the picture",
                    label.lines
                );
                assert!(!label.lines.is_empty() && !label.lines[0].is_empty());
            }
        }
    }

    #[test]
    fn few_axes_get_large_unabbreviated_labels() {
        let names: Vec<String> = NAMES[..6].iter().map(|s| s.to_string()).collect();
        let labels = place(&names, 190.0, 680.0);
        assert_eq!(labels[0].font.size, 13.0);
        let joined: Vec<String> = labels.iter().map(|l| l.lines.join(" ")).collect();
        assert_eq!(joined, NAMES[..6]);
    }
}
