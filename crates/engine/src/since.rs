//! When a role inside a position began, where the text says so: "acting manager of 12
//! since 2021" leads from 2021, not from the day the engineer joined in 2017.

use ctopath_evidence::Fact;

use crate::career::{Hit, Pos, Text};

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

/// When a position whose title does not lead began leading: the earliest "since
/// 2021" in a text of it that shows the leading (the team it states, managers it
/// manages, or leading words), kept within the position; else its start.
pub fn leading_since(
    pos: &Pos<'_>,
    texts: &[Text<'_>],
    leading: Option<&[Hit<'_>]>,
) -> Option<f64> {
    let start = pos.start?;
    let mut sources: Vec<&str> = pos.team.iter().map(|t| t.source.as_str()).collect();
    for e in &pos.evidence.facts {
        if matches!(e.fact, Fact::ManagersManaged { .. } | Fact::TeamSize { .. }) {
            sources.push(e.source.as_str());
        }
    }
    let shows = |i: usize, t: &Text<'_>| {
        t.position == Some(pos.index)
            && (sources.contains(&t.source.as_str())
                || leading.is_some_and(|hits| hits.iter().any(|h| h.text == i)))
    };
    let since = texts
        .iter()
        .enumerate()
        .filter(|(i, t)| shows(*i, t))
        .filter_map(|(_, t)| stated_since(t.text))
        .filter(|&y| y > start && y < pos.end)
        .fold(None, |a: Option<f64>, y| Some(a.map_or(y, |a| a.min(y))));
    Some(since.unwrap_or(start))
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
