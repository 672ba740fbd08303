//! Linear scales from data to picture coordinates, and where to put ticks.

/// Maps a range of data values onto a range of picture coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scale {
    pub from: f64,
    pub to: f64,
    pub start: f64,
    pub end: f64,
}

impl Scale {
    /// A scale over `from..=to`; an empty or reversed range is widened so
    /// that dividing by its length is always safe.
    pub(crate) fn new(from: f64, to: f64, start: f64, end: f64) -> Self {
        let to = if to > from { to } else { from + 1.0 };
        Scale {
            from,
            to,
            start,
            end,
        }
    }

    /// Picture coordinate of `value`.
    pub(crate) fn at(&self, value: f64) -> f64 {
        self.start + (value - self.from) / (self.to - self.from) * (self.end - self.start)
    }

    /// Picture units per data unit.
    pub(crate) fn unit(&self) -> f64 {
        (self.end - self.start).abs() / (self.to - self.from)
    }
}

/// Year steps tried for ticks, smallest first.
const YEAR_STEPS: [i64; 7] = [1, 2, 5, 10, 20, 50, 100];

/// Whole years within the scale's range, at the smallest step that keeps
/// ticks at least `min_gap` picture units apart.
pub(crate) fn year_ticks(scale: &Scale, min_gap: f64) -> Vec<i64> {
    let unit = scale.unit();
    let step = YEAR_STEPS
        .iter()
        .copied()
        .find(|&step| step as f64 * unit >= min_gap)
        .unwrap_or(YEAR_STEPS[YEAR_STEPS.len() - 1]);
    let first = (scale.from / step as f64).ceil() as i64 * step;
    (0..)
        .map(|k| first + k * step)
        .take_while(|&year| year as f64 <= scale.to)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_maps_ends_and_middle() {
        let scale = Scale::new(2000.0, 2010.0, 100.0, 600.0);
        assert_eq!(scale.at(2000.0), 100.0);
        assert_eq!(scale.at(2005.0), 350.0);
        assert_eq!(scale.at(2010.0), 600.0);
        let flat = Scale::new(5.0, 5.0, 0.0, 10.0);
        assert!(flat.at(5.0).is_finite());
    }

    #[test]
    fn ticks_thin_out_on_long_ranges() {
        let short = Scale::new(2018.0, 2026.0, 0.0, 800.0);
        assert_eq!(year_ticks(&short, 44.0), (2018..=2026).collect::<Vec<_>>());
        let long = Scale::new(1990.0, 2040.0, 0.0, 800.0);
        assert_eq!(
            year_ticks(&long, 44.0),
            (1990..=2040).step_by(5).collect::<Vec<_>>()
        );
    }
}
