//! Checking scope needs against the career's structure: dates, titles and the
//! scope each position shows.

use ctopath_framework::TitleKind;
use ctopath_profile::scope::{PositionEvidence, Sourced};
use serde::Serialize;

use crate::needs::Need;
use crate::portfolio::Portfolio;
use crate::verdict::Verdict;

/// Share of the asked years that still counts as a weak match.
pub const YEARS_WEAK_SHARE: f64 = 0.7;
/// Share of the asked head count that still counts as a weak match.
pub const TEAM_WEAK_SHARE: f64 = 0.5;
/// Share of the asked budget that counts as a match: budgets are rounded and vary
/// year to year, so one close to the asked size is as good as it.
pub const BUDGET_COVERED_SHARE: f64 = 0.75;
/// Share of the asked budget that still counts as a weak match.
pub const BUDGET_WEAK_SHARE: f64 = 0.3;

/// A fact of the career cited for a need.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cited {
    pub text: String,
    pub source: String,
}

/// How one need was checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedCheck {
    pub need: Need,
    pub verdict: Verdict,
    pub score: f64,
    /// What the career shows, in the need's unit (years, people, level number, amount).
    pub have: Option<f64>,
    pub evidence: Vec<Cited>,
}

/// Checks `need` against the career; `today` is a fractional year.
pub fn check(need: &Need, portfolio: &Portfolio, today: f64) -> NeedCheck {
    let (have, evidence, verdict) = match need {
        Need::YearsExperience { years } => {
            let (have, evidence) = career_years(portfolio, today);
            (
                Some(have),
                evidence,
                by_share(have, *years, YEARS_WEAK_SHARE),
            )
        }
        Need::LeadershipYears { years } => {
            let (have, evidence) = leadership_years(portfolio, today);
            (
                Some(have),
                evidence,
                by_share(have, *years, YEARS_WEAK_SHARE),
            )
        }
        Need::TeamSize { people } => {
            let best = largest_team(portfolio);
            let have = best.as_ref().map_or(0.0, |(n, _)| f64::from(*n));
            let evidence = best.map(|(_, c)| vec![c]).unwrap_or_default();
            (
                Some(have),
                evidence,
                by_share(have, f64::from(*people), TEAM_WEAK_SHARE),
            )
        }
        Need::ManagersOfManagers => {
            let best = max_sourced(portfolio, |p| {
                let s = p.scope.managers.as_ref()?;
                Some((f64::from(s.value), cite(s, "managers_reporting")))
            });
            presence(best, "managers reporting")
        }
        Need::Budget { amount } => {
            let best = max_sourced(portfolio, |p| {
                let s = p.scope.budget.as_ref()?;
                let mut cited = cite(s, "budget");
                if s.stated
                    && let Some(currency) = &p.scope.budget_currency
                {
                    cited.text = format!("budget: {} {currency}", s.value);
                }
                Some((s.value, cited))
            });
            match (best, amount) {
                (Some((have, cited)), Some(asked)) => {
                    let share = BUDGET_WEAK_SHARE / BUDGET_COVERED_SHARE;
                    (
                        Some(have),
                        vec![cited],
                        by_share(have, asked * BUDGET_COVERED_SHARE, share),
                    )
                }
                (best, None) => presence(best, "budget"),
                (None, Some(_)) => (None, Vec::new(), Verdict::Missing),
            }
        }
        Need::Board => {
            let best = max_sourced(portfolio, |p| {
                let s = p.scope.board_exposure.as_ref().filter(|s| s.value)?;
                Some((1.0, cite(s, "board_exposure")))
            });
            presence(best, "board exposure")
        }
        Need::Seniority { number, .. } => {
            let best = highest_title(portfolio);
            let have = best.as_ref().map_or(0, |(n, _)| *n);
            let verdict = if have >= *number {
                Verdict::Covered
            } else if have + 1 == *number {
                Verdict::Weak
            } else {
                Verdict::Missing
            };
            (
                Some(f64::from(have)),
                best.map(|(_, c)| vec![c]).unwrap_or_default(),
                verdict,
            )
        }
    };
    NeedCheck {
        need: need.clone(),
        score: verdict.need_score(),
        verdict,
        have,
        evidence,
    }
}

fn by_share(have: f64, asked: f64, weak_share: f64) -> Verdict {
    if have >= asked {
        Verdict::Covered
    } else if have >= asked * weak_share {
        Verdict::Weak
    } else {
        Verdict::Missing
    }
}

fn presence(best: Option<(f64, Cited)>, _what: &str) -> (Option<f64>, Vec<Cited>, Verdict) {
    match best {
        Some((have, cited)) => (Some(have), vec![cited], Verdict::Covered),
        None => (None, Vec::new(), Verdict::Missing),
    }
}

/// The text a sourced scope value was read from, or the stated field and value.
pub(crate) fn cite<T: std::fmt::Display>(s: &Sourced<T>, field: &str) -> Cited {
    Cited {
        text: s
            .text
            .clone()
            .unwrap_or_else(|| format!("{field}: {}", s.value)),
        source: s.source.clone(),
    }
}

pub(crate) fn max_sourced<'a>(
    portfolio: &'a Portfolio,
    pick: impl Fn(&'a PositionEvidence) -> Option<(f64, Cited)>,
) -> Option<(f64, Cited)> {
    portfolio
        .positions
        .iter()
        .filter_map(pick)
        .fold(None, |best: Option<(f64, Cited)>, (v, c)| match best {
            Some((b, _)) if b >= v => best,
            _ => Some((v, c)),
        })
}

/// Years from the first position's start to today.
pub(crate) fn career_years(portfolio: &Portfolio, today: f64) -> (f64, Vec<Cited>) {
    let profile = portfolio.profile;
    let first = profile
        .positions
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.start.map(|s| (i, s)))
        .min_by(|a, b| {
            a.1.as_fractional_year()
                .total_cmp(&b.1.as_fractional_year())
        });
    let Some((i, start)) = first else {
        return (0.0, Vec::new());
    };
    let years = (today - start.as_fractional_year()).max(0.0);
    let p = &profile.positions[i];
    let what = [p.title.as_deref(), p.organisation.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let cited = Cited {
        text: format!("{start}: {what}")
            .trim_end_matches(": ")
            .to_string(),
        source: portfolio.paths.position_field(i, "start"),
    };
    (round1(years), vec![cited])
}

/// Years in positions whose title leads people or that state reports.
fn leadership_years(portfolio: &Portfolio, today: f64) -> (f64, Vec<Cited>) {
    let mut years = 0.0;
    let mut evidence = Vec::new();
    for (i, (p, e)) in portfolio
        .profile
        .positions
        .iter()
        .zip(&portfolio.positions)
        .enumerate()
    {
        let leads_by_title = e
            .title_match
            .as_ref()
            .is_some_and(|m| m.kind != TitleKind::Individual);
        if !(leads_by_title || e.scope.team_size.is_some() || e.scope.managers.is_some()) {
            continue;
        }
        let Some(span) = p.years(today) else { continue };
        years += span;
        if let Some(title) = &p.title {
            evidence.push(Cited {
                text: title.clone(),
                source: portfolio.paths.position_field(i, "title"),
            });
        }
    }
    (round1(years), evidence)
}

/// The largest organisation led: team sizes from the prose or the stated reports,
/// and the whole engineering org where the person led its managers or held an
/// executive title.
pub(crate) fn largest_team(portfolio: &Portfolio) -> Option<(u32, Cited)> {
    let mut best: Option<(u32, Cited)> = None;
    for e in &portfolio.positions {
        let executive = e.title_match.as_ref().is_some_and(|m| {
            matches!(
                m.kind,
                TitleKind::Executive | TitleKind::Founder | TitleKind::Fractional
            )
        });
        let mut candidates: Vec<(u32, Cited)> = Vec::new();
        if let Some(s) = &e.scope.team_size {
            candidates.push((s.value, cite(s, "direct_reports")));
        }
        if let Some(s) = &e.scope.org_engineers
            && (executive || e.scope.managers.is_some())
        {
            candidates.push((s.value, cite(s, "org_engineers")));
        }
        for (n, c) in candidates {
            if best.as_ref().is_none_or(|(b, _)| n > *b) {
                best = Some((n, c));
            }
        }
    }
    best
}

/// The highest level any title reaches on the framework's ladder.
fn highest_title(portfolio: &Portfolio) -> Option<(u32, Cited)> {
    let mut best: Option<(u32, Cited)> = None;
    for (i, e) in portfolio.positions.iter().enumerate() {
        let (Some(m), Some(title)) = (&e.title_match, &e.title) else {
            continue;
        };
        let Some(&number) = portfolio.level_numbers.get(&m.level) else {
            continue;
        };
        if best.as_ref().is_none_or(|(b, _)| number > *b) {
            let cited = Cited {
                text: title.clone(),
                source: portfolio.paths.position_field(i, "title"),
            };
            best = Some((number, cited));
        }
    }
    best
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
