//! Periods people review their work by: a year, a half, a quarter, a month, or a
//! range of dates with either end open.

use ctopath_profile::PartialDate;

/// A span of days, inclusive; `None` ends are open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// As the user wrote it, normalised (`2026-H1`).
    pub label: String,
    from: Option<(u16, u8, u8)>,
    to: Option<(u16, u8, u8)>,
}

pub const PERIOD_FORMS: &str = "write 2026, 2026-H1, 2026-Q3, 2026-05, or a range such as 2026-01..2026-06 (either end may be left open: 2025-07..)";

impl Period {
    pub fn parse(text: &str) -> Result<Period, String> {
        let label = text.trim().to_uppercase();
        let not_a_period = || format!("`{}` is not a period", text.trim());
        if let Some((a, b)) = label.split_once("..") {
            let end = |s: &str| -> Result<Option<PartialDate>, String> {
                let s = s.trim();
                if s.is_empty() {
                    return Ok(None);
                }
                PartialDate::parse(s).map(Some).map_err(|e| e.to_string())
            };
            let (a, b) = (end(a)?, end(b)?);
            if a.is_none() && b.is_none() {
                return Err(not_a_period());
            }
            if let (Some(a), Some(b)) = (a, b)
                && b.is_before(&a)
            {
                return Err(format!("the range `{label}` ends before it starts"));
            }
            return Ok(Period {
                label,
                from: a.map(|d| d.earliest()),
                to: b.map(|d| d.latest()),
            });
        }
        if let Some((year, part)) = label.split_once('-')
            && let Some(kind @ ('H' | 'Q')) = part.chars().next()
        {
            let year = PartialDate::parse(year).map_err(|_| not_a_period())?.year();
            let n: u8 = part[1..].parse().map_err(|_| not_a_period())?;
            let months = match (kind, n) {
                ('H', 1..=2) => 6,
                ('Q', 1..=4) => 3,
                _ => return Err(not_a_period()),
            };
            let first = (n - 1) * months + 1;
            let last = first + months - 1;
            return Ok(Period {
                label,
                from: Some((year, first, 1)),
                to: Some((year, last, ctopath_profile::days_in_month(year, last))),
            });
        }
        let date = PartialDate::parse(&label).map_err(|_| not_a_period())?;
        Ok(Period {
            label,
            from: Some(date.earliest()),
            to: Some(date.latest()),
        })
    }

    /// True when any day `date` can mean falls within the period, so "2026" counts
    /// for 2026-H1 and 2026-H2 alike rather than for neither.
    pub fn contains(&self, date: &PartialDate) -> bool {
        self.from.is_none_or(|f| date.latest() >= f) && self.to.is_none_or(|t| date.earliest() <= t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn halves_quarters_years_and_months() {
        let h1 = Period::parse("2026-h1").unwrap();
        assert_eq!(h1.label, "2026-H1");
        assert!(h1.contains(&d("2026-06-30")) && !h1.contains(&d("2026-07-01")));
        let q3 = Period::parse("2026-Q3").unwrap();
        assert!(q3.contains(&d("2026-09")) && !q3.contains(&d("2026-06-30")));
        assert!(
            q3.contains(&d("2026")),
            "a year-only date overlaps every part of it"
        );
        let year = Period::parse("2025").unwrap();
        assert!(year.contains(&d("2025-12-31")) && !year.contains(&d("2026-01")));
        let month = Period::parse("2024-02").unwrap();
        assert!(month.contains(&d("2024-02-29")));
    }

    #[test]
    fn ranges_may_be_open() {
        let r = Period::parse("2026-01..2026-06").unwrap();
        assert!(r.contains(&d("2026-06-30")) && !r.contains(&d("2025-12-31")));
        let since = Period::parse("2025-07..").unwrap();
        assert!(since.contains(&d("2030")) && !since.contains(&d("2025-06")));
        let until = Period::parse("..2020").unwrap();
        assert!(until.contains(&d("1999")) && !until.contains(&d("2021")));
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in [
            "2026-H3",
            "2026-Q0",
            "H1",
            "2026-13",
            "..",
            "last year",
            "2026-06..2026-01",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
    }
}
