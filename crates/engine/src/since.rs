//! When a role inside a position began, where the text says so: "acting manager of 12
//! since 2021" leads from 2021, not from the day the engineer joined in 2017.

use ctopath_evidence::Fact;

use crate::career::{Hit, Pos, Text};

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Words after "since" (or "after") that may come before its year, within the same
/// clause: "since our EM left in 2022" and "after my manager left in 2021" name the
/// year. "From" takes its date at once ("from 2019 to 2021", "from June 2019"), so
/// "from 12 to 40 engineers in 2023" names no start.
const SINCE_REACH: usize = 6;

/// The fractional year after "since", "after" or "from" in `text`: "since 2021" → 2021.0,
/// "since March 2021" → 2021.17, "since our manager left in 2022" → 2022.0. The first
/// such date wins; `None` without one.
pub fn stated_since(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    // A date belongs to the clause of its "since": "since the migration, uptime rose in
    // 2020" dates nothing.
    for clause in lower.split([',', ';', '.', '(', ')', ':', '!', '?']) {
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (at, w) in words.iter().enumerate() {
            let at_once = match *w {
                "since" | "after" => false,
                "from" => true,
                _ => continue,
            };
            let after = &words[at + 1..];
            let reach = if at_once { 2 } else { SINCE_REACH };
            let date = (after.iter().take(reach).enumerate()).find_map(|(k, word)| {
                let year = year_of(word)?;
                // A month may stand just before the year: "since March 2021".
                let month = k.checked_sub(1).and_then(|m| month_of(after[m]));
                (!at_once || k == 0 || month.is_some())
                    .then(|| f64::from(year) + month.unwrap_or(0) as f64 / 12.0)
            });
            if date.is_some() {
                return date;
            }
        }
    }
    None
}

fn year_of(word: &str) -> Option<u16> {
    (word.len() == 4)
        .then(|| word.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1950..=2200).contains(y))
}

fn month_of(word: &str) -> Option<usize> {
    (word.len() >= 3)
        .then(|| MONTHS.iter().position(|p| word.starts_with(p)))
        .flatten()
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
        assert_eq!(
            stated_since("Led 5 engineers from June 2019 to 2021"),
            Some(2019.0 + 5.0 / 12.0)
        );
    }

    #[test]
    fn reads_a_year_a_few_words_after_since_in_the_same_clause() {
        assert_eq!(
            stated_since("Effectively managing the team of 7 since our EM left in 2022"),
            Some(2022.0)
        );
        assert_eq!(
            stated_since("Running the team since the reorg in May 2023"),
            Some(2023.0 + 4.0 / 12.0)
        );
        assert_eq!(
            stated_since("Stepped up to lead the team of 6 after my manager left in 2021"),
            Some(2021.0)
        );
        // Another clause, or too far away, dates nothing.
        assert_eq!(
            stated_since("Since the migration, uptime rose in 2020"),
            None
        );
        assert_eq!(
            stated_since(
                "Led the team since we moved every one of our services to Kubernetes in 2020"
            ),
            None
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
