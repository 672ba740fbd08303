//! Requirements that are numbers or facts rather than words: years of experience,
//! seniority, and leadership scope (team size, managers of managers, budget, board).
//!
//! These are checked against the career's dates, titles and scope, not against
//! its prose, so "10+ years" is met by ten years of positions whatever the CV says.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::lexicon::ScopeWords;

/// Something a requirement asks for that the career's structure can prove.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Need {
    /// Years of professional experience.
    YearsExperience { years: f64 },
    /// Years in positions that lead people.
    LeadershipYears { years: f64 },
    /// An organisation of at least this many people, led.
    TeamSize { people: u32 },
    /// Managers (or leaders) reporting to the person.
    ManagersOfManagers,
    /// A budget owned; the amount when the posting states one.
    Budget { amount: Option<f64> },
    /// Work with a board or investors.
    Board,
    /// A title at least this high on the framework's ladder.
    Seniority { level: String, number: u32 },
}

impl Need {
    /// The key of this need in the lexicon's `need_competencies`.
    pub fn id(&self) -> &'static str {
        match self {
            Need::YearsExperience { .. } => "years_experience",
            Need::LeadershipYears { .. } => "leadership_years",
            Need::TeamSize { .. } => "team_size",
            Need::ManagersOfManagers => "managers_of_managers",
            Need::Budget { .. } => "budget",
            Need::Board => "board",
            Need::Seniority { .. } => "seniority",
        }
    }
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("invalid built-in pattern: {e}"))
}

/// "10+ years", "12–20 years", "5 yrs": the smallest number of the range.
static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs)\b")
});

/// "40+ engineers", "50 to 80 engineers", "a team of 25", "organisation of 120 people".
static TEAM_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(\d{1,4})(?:\s*\+\s*|\s+)(?:(?:-|–|to)\s*\d{1,4}(?:\s*\+\s*|\s+))?(?:[a-z-]+\s+){0,2}?(?:engineers|developers|people|staff|reports|engineering\b)",
    )
});
static TEAM_OF: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:team|teams|organi[sz]ation|org|department)\s+of\s+(\d{1,4})"));

/// "€2M", "$500k", "£1.5 million".
static MONEY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)([$€£])\s?(\d+(?:[.,]\d+)?)\s*(k|m|mm|million|bn|billion)?\b"));

/// Leaders of leaders by verb: "manage engineering managers", "lead directors".
static LEADS_MANAGERS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:lead|leading|manage|managing|coach|coaching|grow|growing)\s+(?:[a-z-]+\s+){0,5}?(?:managers|directors|leaders|heads)\b",
    )
});

/// Words within the clause after a match: up to the next comma, semicolon,
/// parenthesis or digit, at most `limit` words.
fn clause_after(text: &str, from: usize, limit: usize) -> Vec<String> {
    let rest = &text[from..];
    let end = rest.find([',', ';', '(', '.']).unwrap_or(rest.len());
    let end = rest[..end]
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(end);
    rest[..end]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(limit)
        .map(str::to_lowercase)
        .collect()
}

/// Whether any of `phrases` occurs in the lower-case `text` as whole words.
pub(crate) fn has_phrase(lower: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        lower.match_indices(p.as_str()).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + p.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The scope needs a requirement's text states.
pub fn scope_needs(text: &str, words: &ScopeWords) -> Vec<Need> {
    let lower = text.to_lowercase();
    let mut needs = Vec::new();
    // Numbers that are years or money are not head counts.
    let mut taken: Vec<std::ops::Range<usize>> = MONEY.find_iter(text).map(|m| m.range()).collect();
    for m in YEARS.captures_iter(text) {
        let whole = m.get(0).expect("a match has a group 0");
        taken.push(whole.range());
        let Ok(years) = m[1].parse::<f64>() else {
            continue;
        };
        let clause = clause_after(text, whole.end(), 6);
        let leading = clause.iter().any(|w| words.leadership_years.contains(w));
        needs.push(if leading {
            Need::LeadershipYears { years }
        } else {
            Need::YearsExperience { years }
        });
    }
    let leads = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| words.leadership.iter().any(|l| l == w));
    if leads {
        let counts = TEAM_COUNT
            .captures_iter(text)
            .chain(TEAM_OF.captures_iter(text))
            .filter(|c| {
                let r = c.get(0).expect("group 0").range();
                !taken.iter().any(|y| y.start < r.end && r.start < y.end)
            })
            .filter_map(|c| c[1].parse::<u32>().ok())
            .filter(|&n| n >= 2);
        if let Some(people) = counts.max() {
            needs.push(Need::TeamSize { people });
        }
    }
    if has_phrase(&lower, &words.managers_of_managers) || LEADS_MANAGERS.is_match(text) {
        needs.push(Need::ManagersOfManagers);
    }
    if has_phrase(&lower, &words.budget) {
        let amount = MONEY.captures(text).and_then(|c| {
            let value: f64 = c[2].replace(',', ".").parse().ok()?;
            let scale = match c.get(3).map(|m| m.as_str().to_lowercase()).as_deref() {
                Some("k") => 1e3,
                Some("m" | "mm" | "million") => 1e6,
                Some("bn" | "billion") => 1e9,
                _ => 1.0,
            };
            Some(value * scale)
        });
        needs.push(Need::Budget { amount });
    }
    if has_phrase(&lower, &words.board) {
        needs.push(Need::Board);
    }
    needs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;

    fn needs(text: &str) -> Vec<Need> {
        scope_needs(text, &lexicon::builtin().scope)
    }

    #[test]
    fn years_and_leadership_years() {
        assert_eq!(
            needs("10+ years of software experience"),
            [Need::YearsExperience { years: 10.0 }]
        );
        assert_eq!(
            needs("12–20 years in software, including 4-8 years in engineering leadership"),
            [
                Need::YearsExperience { years: 12.0 },
                Need::LeadershipYears { years: 4.0 }
            ]
        );
    }

    #[test]
    fn team_size_needs_a_leadership_word() {
        assert_eq!(
            needs("You have led organisations of 80+ engineers"),
            [Need::TeamSize { people: 80 }]
        );
        assert_eq!(needs("Lead a team of 25"), [Need::TeamSize { people: 25 }]);
        assert_eq!(needs("We are 200 people in Berlin"), []);
    }

    #[test]
    fn managers_budget_and_board() {
        assert_eq!(
            needs("Experience managing managers"),
            [Need::ManagersOfManagers]
        );
        assert_eq!(
            needs("Coach your engineering managers"),
            [Need::ManagersOfManagers]
        );
        assert_eq!(
            needs("Own a €12M engineering budget"),
            [Need::Budget { amount: Some(12e6) }]
        );
        assert_eq!(needs("Present to the board each quarter"), [Need::Board]);
        assert_eq!(needs("Build dashboards and onboarding"), []);
    }
}
