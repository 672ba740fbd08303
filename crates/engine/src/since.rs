//! When a role inside a position began, where the text says so: "acting manager of 12
//! since 2021" leads from 2021, not from the day the engineer joined in 2017.

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The fractional year after "since" (or "from") in `text`: "since 2021" → 2021.0,
/// "since March 2021" → 2021.17. The first such date wins; `None` without one.
pub fn stated_since(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w != "since" && w != "from" {
            continue;
        }
        let mut next = words.clone();
        let (month, year) = match next.next() {
            Some(m) if m.len() >= 3 && MONTHS.iter().any(|p| m.starts_with(p)) => {
                let month = MONTHS.iter().position(|p| m.starts_with(p)).unwrap_or(0);
                (month, next.next())
            }
            y => (0, y),
        };
        if let Some(year) = year
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<u16>().ok())
            && (1950..=2200).contains(&year)
        {
            return Some(f64::from(year) + month as f64 / 12.0);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::stated_since;

    #[test]
    fn reads_the_year_and_month_after_since() {
        assert_eq!(
            stated_since("Acting engineering manager for a team of 12 since 2021"),
            Some(2021.0)
        );
        assert_eq!(
            stated_since("Leading the team since March 2022, after our manager left"),
            Some(2022.0 + 2.0 / 12.0)
        );
        assert_eq!(
            stated_since("Led 5 engineers from 2019 to 2021"),
            Some(2019.0)
        );
    }

    #[test]
    fn ignores_counts_and_dates_without_since() {
        assert_eq!(stated_since("Led a team of 2021 engineers"), None);
        assert_eq!(stated_since("Since the migration, uptime is 99.99%"), None);
        assert_eq!(stated_since("Promoted in 2021"), None);
        assert_eq!(stated_since("from 12 to 40 engineers"), None);
    }
}
