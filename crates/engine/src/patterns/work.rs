//! Patterns about how the work is done: too deep in the code, perfection over value,
//! blind to the business, and the founder who has not yet become the executive.

use std::collections::BTreeSet;

use ctopath_evidence::Fact;
use ctopath_framework::{StallPattern, TitleKind};

use super::{Finding, about, param, quote};
use crate::Engine;
use crate::career::{Career, Pos};
use crate::model::{Evidence, Severity};

/// Share of a position's texts about personal hands-on work that reads as "mostly
/// hands-on".
const MOSTLY: f64 = 0.5;

/// Texts of a position that describe personal hands-on work.
fn hands_on_texts(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> BTreeSet<usize> {
    let mut texts: BTreeSet<usize> = engine
        .vocab("hands_on")
        .map(|l| career.hits_in(l, pos.index).map(|h| h.text).collect())
        .unwrap_or_default();
    for e in &pos.evidence.facts {
        if matches!(e.fact, Fact::HandsOn { .. })
            && let Some(i) = career.texts.iter().position(|t| t.source == e.source)
        {
            texts.insert(i);
        }
    }
    texts.retain(|&i| !career.texts[i].is_title);
    texts
}

/// Texts of a position that make its holder the gate for others' work: "review every
/// pull request", "the escalation for every incident".
fn gate_texts(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> BTreeSet<usize> {
    let mut texts: BTreeSet<usize> = engine
        .vocab("bottleneck")
        .map(|l| career.hits_in(l, pos.index).map(|h| h.text).collect())
        .unwrap_or_default();
    texts.retain(|&i| !career.texts[i].is_title);
    texts
}

fn business_hits_in(engine: &Engine<'_>, career: &Career<'_>, index: usize) -> usize {
    engine
        .vocab("business")
        .map_or(0, |l| career.hits_in(l, index).count())
}

pub fn too_deep(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    p: &StallPattern,
) -> Option<Finding> {
    let main = career.main_current()?;
    let leads_others = level >= 5
        || matches!(
            main.kind,
            Some(TitleKind::Manager | TitleKind::Executive | TitleKind::Founder)
        ) && level >= 4;
    if !leads_others {
        return None;
    }
    let ok_below = param(p, "hands_on_ok_below_engineers", 20.0);
    let org = main.org_engineers().or(main.team.as_ref().map(|t| t.value));
    // In a small organisation, coding is healthy; being the gate every change or incident
    // waits on ("review every pull request") is not.
    let small = org.is_some_and(|n| f64::from(n) < ok_below);
    let gate = gate_texts(engine, career, main);
    let tiny = org.is_some_and(|n| f64::from(n) < param(p, "gatekeeping_from_engineers", 6.0));
    if small && (gate.is_empty() || tiny) {
        return None;
    }
    let stage_max = engine.stage_of(level).map_or(30, |s| s.coding_share.max);
    let mut evidence = Vec::new();
    let mut weight = 0;
    if let Some(share) = main.position.coding_share
        && share > stage_max + 10
    {
        weight += if share >= stage_max + 30 { 3 } else { 2 };
        evidence.push(Evidence::new(
            "coding_share",
            format!(
                "spends about {share}% of the time coding; the stage calls for at most {stage_max}%"
            ),
            format!("{}.coding_share", main.evidence.path),
        ));
    }
    let hands = hands_on_texts(engine, career, main);
    let total = career.descriptions(Some(main.index)).max(1);
    let share = hands.len() as f64 / total as f64;
    if hands.len() >= 2 && share >= MOSTLY {
        weight += 2;
        // The texts that make the person a gate come first: they are why a small team's
        // leader is flagged at all.
        let shown = (gate.iter().filter(|i| hands.contains(i)))
            .chain(hands.iter().filter(|i| !gate.contains(i)));
        evidence.extend(shown.take(3).map(|&i| quote(career, i, "hands_on")));
    }
    if weight < 2 {
        return None;
    }
    match org {
        Some(n) if small => evidence.push(about(
            main,
            "org_size",
            format!(
                "a team of {n}: below {ok_below:.0} engineers staying in the code is healthy, but every change or incident waiting on you is not"
            ),
        )),
        Some(n) => evidence.push(about(
            main,
            "org_size",
            format!("an organisation of {n} engineers, above the {ok_below:.0} where staying in the code is healthy"),
        )),
        None if level < 6 => return None,
        None => {}
    }
    if business_hits_in(engine, career, main.index) == 0 {
        evidence.push(about(
            main,
            "absence",
            format!(
                "nothing written about {} ties the technical work to revenue, cost or customers",
                main.label()
            ),
        ));
    }
    let severity = match (weight, org) {
        (_, Some(_)) if small && gate.len() >= 2 => Severity::Medium,
        (_, Some(_)) if small => Severity::Low,
        (w, Some(n)) if w >= 3 || f64::from(n) >= 2.5 * ok_below => Severity::High,
        (_, Some(_)) => Severity::Medium,
        (_, None) => Severity::Low,
    };
    Some(Finding { severity, evidence })
}

pub fn perfection(
    engine: &Engine<'_>,
    career: &Career<'_>,
    _level: u32,
    _p: &StallPattern,
) -> Option<Finding> {
    let rewrite = engine.vocab("rewrite")?;
    let mut recent: Vec<&Pos<'_>> = career.chronological();
    recent.reverse();
    let mut evidence = Vec::new();
    let mut positions = 0;
    let mut rewrite_texts = BTreeSet::new();
    for pos in recent.into_iter().take(2) {
        let hits: BTreeSet<usize> = career.hits_in(rewrite, pos.index).map(|h| h.text).collect();
        if hits.is_empty() || pos.years < 1.0 {
            continue;
        }
        let measured =
            pos.has_fact(|f| matches!(f, Fact::MetricChange { .. } | Fact::PercentChange { .. }));
        // A business word inside the rewrite names what was rebuilt ("rewrote the billing
        // system"), not a result; one in another bullet of the role may be a result.
        // What the organisation does is never the person's result.
        let business_result = engine.vocab("business").is_some_and(|list| {
            career
                .hits_in(list, pos.index)
                .any(|h| !hits.contains(&h.text) && !career.texts[h.text].about_organisation)
        });
        if measured || business_result {
            continue;
        }
        positions += 1;
        rewrite_texts.extend(hits.iter().copied());
        evidence.extend(hits.iter().take(2).map(|&i| quote(career, i, "rewrite")));
        evidence.push(about(
            pos,
            "absence",
            format!(
                "{:.1} years as {} with no business result or metric stated",
                pos.years,
                pos.label()
            ),
        ));
    }
    if positions == 0 {
        return None;
    }
    let current_hit = career.current.iter().any(|&i| {
        evidence
            .iter()
            .any(|e| e.source == career.positions[i].evidence.path)
    });
    let perfection = engine.vocab("perfection");
    let chased = rewrite_texts.len() >= 2
        || perfection.is_some_and(|list| {
            career
                .hits(list)
                .iter()
                .any(|h| rewrite_texts.contains(&h.text))
        });
    let severity = if positions >= 2 || current_hit && evidence.len() >= 3 {
        Severity::High
    } else if chased {
        Severity::Medium
    } else {
        // One plain rewrite may well have been needed: a question, not a finding.
        Severity::Low
    };
    Some(Finding { severity, evidence })
}

/// Texts needed before an absence of business language means anything.
const ENOUGH_TEXTS: usize = 4;

pub fn ignoring_business(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    _p: &StallPattern,
) -> Option<Finding> {
    let business = engine.vocab("business")?;
    let lead = engine.leadership_from.unwrap_or(4);
    if level < lead && career.years_experience < 5.0 {
        return None;
    }
    let texts = career.descriptions(None);
    if texts < ENOUGH_TEXTS || !career.hits(business).is_empty() {
        return None;
    }
    if career
        .any_fact(|f| {
            matches!(
                f,
                Fact::CrossFunctional | Fact::Budget { .. } | Fact::BoardExposure
            )
        })
        .is_some()
        || career
            .positions
            .iter()
            .any(|p| p.position.cross_functional == Some(true) || p.position.budget.is_some())
    {
        return None;
    }
    let severity = if level >= lead + 2 {
        Severity::High
    } else if level >= lead {
        Severity::Medium
    } else {
        Severity::Low
    };
    Some(Finding {
        severity,
        evidence: vec![Evidence::new(
            "absence",
            format!(
                "none of {texts} descriptions across {} positions mentions revenue, cost, customers or another business measure, nor work with sales, product or finance",
                career.positions.len()
            ),
            career.style_positions(),
        )],
    })
}

pub fn founder_ceiling(
    engine: &Engine<'_>,
    career: &Career<'_>,
    _level: u32,
    p: &StallPattern,
) -> Option<Finding> {
    let headcount = param(p, "headcount", 100.0);
    let main = career.main_current()?;
    let founder =
        main.kind == Some(TitleKind::Founder) || main.has_fact(|f| matches!(f, Fact::Founder));
    let title = main.reading.title_level?;
    if !founder || title < engine.max_level().saturating_sub(2) {
        return None;
    }
    // A founding CTO's team is the engineering organisation; failing both, the share of
    // the company's head count the framework takes to be engineers.
    let share = engine
        .rules()
        .and_then(|r| r.company_engineering_share)
        .unwrap_or(1.0);
    let org = main
        .org_engineers()
        .or(main.team.as_ref().map(|t| t.value))
        .or_else(|| {
            main.company_people()
                .map(|(people, _)| (f64::from(people) * share).round() as u32)
        })?;
    if f64::from(org) < 0.7 * headcount {
        return None;
    }
    let mut evidence = vec![about(
        main,
        "org_size",
        format!(
            "{} with an engineering organisation of {org}, {} the {headcount:.0} at which many founding CTOs are replaced",
            main.label(),
            if f64::from(org) >= headcount {
                "at or past"
            } else {
                "near"
            }
        ),
    )];
    let mut signs = 0;
    if main
        .measure(ctopath_framework::ScopeMeasure::Managers)
        .is_none_or(|(m, _)| m < 1.0)
    {
        signs += 1;
        evidence.push(about(
            main,
            "absence",
            "no managers or directors reporting in the record".into(),
        ));
    }
    let hands = hands_on_texts(engine, career, main);
    if !hands.is_empty() {
        signs += 1;
        evidence.extend(hands.iter().take(2).map(|&i| quote(career, i, "hands_on")));
    }
    let board = main
        .measure(ctopath_framework::ScopeMeasure::BoardExposure)
        .is_some();
    let budget = main
        .measure(ctopath_framework::ScopeMeasure::Budget)
        .is_some();
    if !board && !budget {
        signs += 1;
        evidence.push(about(
            main,
            "absence",
            "no board reporting or budget ownership in the record".into(),
        ));
    }
    // The company has already reached for an executive around the founder ("the board
    // asked us to hire a VP Engineering"): the ceiling is being felt.
    if let Some(list) = engine.vocab("outgrown")
        && let Some(t) = career.hits_in(list, main.index).map(|h| h.text).min()
    {
        signs += 1;
        evidence.push(quote(career, t, "outgrown"));
    }
    if signs == 0 {
        return None;
    }
    let severity = if f64::from(org) >= headcount && signs >= 2 {
        Severity::High
    } else {
        Severity::Medium
    };
    Some(Finding { severity, evidence })
}
