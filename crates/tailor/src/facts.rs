//! The person's own facts that documents may state, each with its sources: the
//! current title, years in software, the largest team, managers, budget, board
//! work and the stages of the companies they worked at.

use serde::Serialize;

use crate::career::{self, Cited};
use crate::portfolio::Portfolio;

/// A value a document may state, and the fields it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub value: String,
    pub sources: Vec<String>,
}

impl Fact {
    fn new(value: impl Into<String>, sources: Vec<String>) -> Self {
        Fact {
            value: value.into(),
            sources,
        }
    }
}

/// A company stage the person worked at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageAt {
    pub position: usize,
    pub stage: String,
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PersonFacts {
    /// Index of the current (or latest) position.
    pub latest: Option<usize>,
    pub title: Option<Fact>,
    pub organisation: Option<Fact>,
    pub years: Option<Fact>,
    pub team: Option<Fact>,
    pub managers: Option<Fact>,
    pub budget: Option<Fact>,
    pub board: Option<Fact>,
    pub stages: Vec<StageAt>,
}

pub fn gather(portfolio: &Portfolio, today: f64) -> PersonFacts {
    let profile = portfolio.profile;
    let paths = portfolio.paths;
    let mut facts = PersonFacts::default();
    // The current position with the latest start, else the one that ended last.
    let latest = profile
        .positions
        .iter()
        .enumerate()
        .max_by(|(_, a), (_, b)| {
            let key = |p: &ctopath_profile::Position| {
                (
                    p.is_current(),
                    p.end.map_or(f64::MAX, |e| e.as_fractional_year()),
                    p.start.map_or(f64::MIN, |s| s.as_fractional_year()),
                )
            };
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0)
                .then(ka.1.total_cmp(&kb.1))
                .then(ka.2.total_cmp(&kb.2))
        })
        .map(|(i, _)| i);
    facts.latest = latest;
    if let Some(i) = latest {
        let p = &profile.positions[i];
        facts.title = p
            .title
            .as_ref()
            .map(|t| Fact::new(t.clone(), vec![paths.position_field(i, "title")]));
        facts.organisation = p
            .organisation
            .as_ref()
            .map(|o| Fact::new(o.clone(), vec![paths.position_field(i, "organisation")]));
    }
    let (years, cited) = career::career_years(portfolio, today);
    if !cited.is_empty() && years >= 1.0 {
        facts.years = Some(Fact::new(format!("{}", years.floor()), sources(&cited)));
    }
    if let Some((n, cited)) = career::largest_team(portfolio).filter(|(n, _)| *n >= 2) {
        facts.team = Some(Fact::new(n.to_string(), vec![cited.source]));
    }
    if let Some((n, cited)) = career::max_sourced(portfolio, |p| {
        let s = p.scope.managers.as_ref()?;
        Some((f64::from(s.value), career::cite(s, "managers_reporting")))
    }) {
        facts.managers = Some(Fact::new(format!("{n}"), vec![cited.source]));
    }
    let budget = portfolio
        .positions
        .iter()
        .filter_map(|p| {
            Some((
                p.scope.budget.as_ref()?,
                p.scope.budget_currency.as_deref()?,
            ))
        })
        .max_by(|a, b| a.0.value.total_cmp(&b.0.value));
    if let Some((b, currency)) = budget {
        facts.budget = Some(Fact::new(
            format!("{} {currency}", money(b.value)),
            vec![b.source.clone()],
        ));
    }
    if let Some((_, cited)) = career::max_sourced(portfolio, |p| {
        let s = p.scope.board_exposure.as_ref().filter(|s| s.value)?;
        Some((1.0, career::cite(s, "board_exposure")))
    }) {
        facts.board = Some(Fact::new("yes", vec![cited.source]));
    }
    for (i, p) in portfolio.positions.iter().enumerate() {
        if let Some(s) = &p.scope.org_stage {
            facts.stages.push(StageAt {
                position: i,
                stage: s.value.clone(),
                source: s.source.clone(),
            });
        }
    }
    facts
}

fn sources(cited: &[Cited]) -> Vec<String> {
    cited.iter().map(|c| c.source.clone()).collect()
}

/// 4500000 → "4.5M", 750000 → "750k", 1200 → "1200".
pub fn money(amount: f64) -> String {
    let (value, suffix) = if amount >= 1e9 {
        (amount / 1e9, "bn")
    } else if amount >= 1e6 {
        (amount / 1e6, "M")
    } else if amount >= 1e4 {
        (amount / 1e3, "k")
    } else {
        (amount, "")
    };
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text}{suffix}")
}

/// A stage id as words: `scaleup` → "scale-up".
pub fn stage_words(stage: &str) -> &str {
    match stage {
        "scaleup" => "scale-up",
        "startup" => "start-up",
        "enterprise" => "large enterprise",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::money;

    #[test]
    fn money_is_short() {
        assert_eq!(money(4_500_000.0), "4.5M");
        assert_eq!(money(9_500_000.0), "9.5M");
        assert_eq!(money(750_000.0), "750k");
        assert_eq!(money(2e9), "2bn");
        assert_eq!(money(1200.0), "1200");
    }
}
