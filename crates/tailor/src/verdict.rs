//! Covered, weak or missing: the thresholds that turn a score into a verdict.

use serde::Serialize;

/// A score at or above this covers a requirement.
pub const COVERED_AT: f64 = 0.5;
/// A score at or above this (and below [`COVERED_AT`]) is weak evidence.
pub const WEAK_AT: f64 = 0.25;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Covered,
    Weak,
    Missing,
}

impl Verdict {
    pub fn of(score: f64) -> Verdict {
        if score >= COVERED_AT {
            Verdict::Covered
        } else if score >= WEAK_AT {
            Verdict::Weak
        } else {
            Verdict::Missing
        }
    }

    /// The score a scope need gets from its verdict: needs are met or not, so
    /// their score is the verdict's, placed inside its band.
    pub fn need_score(self) -> f64 {
        match self {
            Verdict::Covered => 1.0,
            Verdict::Weak => (COVERED_AT + WEAK_AT) / 2.0,
            Verdict::Missing => 0.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Covered => "covered",
            Verdict::Weak => "weak",
            Verdict::Missing => "missing",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_split_the_range() {
        assert_eq!(Verdict::of(0.9), Verdict::Covered);
        assert_eq!(Verdict::of(COVERED_AT), Verdict::Covered);
        assert_eq!(Verdict::of(0.3), Verdict::Weak);
        assert_eq!(Verdict::of(0.1), Verdict::Missing);
        for v in [Verdict::Covered, Verdict::Weak, Verdict::Missing] {
            assert_eq!(Verdict::of(v.need_score()), v);
        }
    }
}
