//! A cover letter drafted from the person's facts and the posting: why this
//! company stage, the one project to be judged on, the team-building record and
//! what they bring. Every sentence lists its sources; posting fields are cited as
//! `posting:<source>`. Sentences whose facts are missing are left out and noted.

use ctopath_evidence::Fact as Found;
use ctopath_profile::Metric;
use ctopath_profile::jsonresume::metric_in;
use serde::Serialize;

use crate::Tailoring;
use crate::facts::{PersonFacts, stage_words};
use crate::portfolio::{Portfolio, UnitKind};
use crate::requirements::Importance;
use crate::templates::{self, fill, fill_optional};
use crate::verdict::Verdict;

/// Team-building facts quoted at most.
pub const TEAM_ITEMS: usize = 3;
/// Covered requirements quoted at most in "what I bring".
pub const BRING_ITEMS: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    pub text: String,
    /// Profile fields (`work[0].highlights[1]`) and posting fields (`posting:title`).
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    /// `opening`, `stage`, `project`, `team`, `bring` or `closing`.
    pub id: String,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverLetter {
    pub greeting: String,
    pub paragraphs: Vec<Paragraph>,
    pub sign_off: String,
    pub name: Option<String>,
    /// What the letter leaves out because the profile or posting does not say it.
    pub notes: Vec<String>,
}

fn sentence(text: String, sources: Vec<String>) -> Sentence {
    Sentence { text, sources }
}

fn posting(source: &str) -> String {
    format!("posting:{source}")
}

pub fn draft(portfolio: &Portfolio, facts: &PersonFacts, t: &Tailoring) -> CoverLetter {
    let tpl = &templates::builtin().letter;
    let mut notes = Vec::new();
    let mut paragraphs = Vec::new();
    let mut add = |id: &str, sentences: Vec<Sentence>| {
        if !sentences.is_empty() {
            paragraphs.push(Paragraph {
                id: id.to_string(),
                sentences,
            });
        }
    };

    let mut opening = Vec::new();
    match (&t.posting.title, &t.posting.company) {
        (Some(role), Some(company)) => opening.push(sentence(
            fill(
                &tpl.opening.with_company,
                &[("role", role), ("company", company)],
            )
            .unwrap_or_default(),
            vec![posting("title"), posting("company")],
        )),
        (Some(role), None) => opening.push(sentence(
            fill(&tpl.opening.without_company, &[("role", role)]).unwrap_or_default(),
            vec![posting("title")],
        )),
        _ => {
            notes.push("the posting has no job title, so the letter does not name the role".into())
        }
    }
    if let (Some(title), Some(org), Some(years)) = (&facts.title, &facts.organisation, &facts.years)
    {
        let values = [
            ("title", title.value.as_str()),
            ("organisation", org.value.as_str()),
            ("years", years.value.as_str()),
        ];
        if let Some(text) = fill(&tpl.current, &values) {
            opening.push(sentence(
                text,
                [
                    title.sources.clone(),
                    org.sources.clone(),
                    years.sources.clone(),
                ]
                .concat(),
            ));
        }
    }
    add("opening", opening);
    add("stage", stage(portfolio, facts, t, &mut notes));
    add("project", project(portfolio, t, &mut notes));
    add("team", team(portfolio, &mut notes));
    add("bring", bring(t));
    add("closing", vec![sentence(tpl.closing.clone(), Vec::new())]);
    CoverLetter {
        greeting: tpl.greeting.clone(),
        paragraphs,
        sign_off: tpl.sign_off.clone(),
        name: portfolio
            .profile
            .person
            .as_ref()
            .and_then(|p| p.name.clone()),
        notes,
    }
}

/// Why this company stage: the posting's stage against the stages the person has
/// worked at.
fn stage(
    portfolio: &Portfolio,
    facts: &PersonFacts,
    t: &Tailoring,
    notes: &mut Vec<String>,
) -> Vec<Sentence> {
    let tpl = &templates::builtin().letter.stage;
    let Some(hint) = &t.posting.stage else {
        notes.push("the posting does not name the company's stage (start-up, scale-up, enterprise), so the letter does not argue for it".into());
        return Vec::new();
    };
    let profile = portfolio.profile;
    let company = t.posting.company.as_deref().unwrap_or("the company");
    if let Some(at) = facts.stages.iter().rev().find(|s| s.stage == hint.stage) {
        let p = &profile.positions[at.position];
        if let (Some(title), Some(org)) = (&p.title, &p.organisation) {
            let values = [
                ("company", company),
                ("stage_words", hint.words.as_str()),
                ("title", title.as_str()),
                ("organisation", org.as_str()),
                ("stage", stage_words(&at.stage)),
            ];
            if let Some(text) = fill(&tpl.same, &values) {
                let paths = portfolio.paths;
                let sources = vec![
                    posting(&hint.source),
                    paths.position_field(at.position, "title"),
                    paths.position_field(at.position, "organisation"),
                    at.source.clone(),
                ];
                return vec![sentence(text, sources)];
            }
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for s in &facts.stages {
        if !seen.contains(&stage_words(&s.stage)) {
            seen.push(stage_words(&s.stage));
        }
    }
    if seen.is_empty() {
        notes.push("no position states its company's stage (org_stage), so the letter cannot compare stages".into());
        return Vec::new();
    }
    let stages = seen.join(" and ");
    let sources = std::iter::once(posting(&hint.source))
        .chain(facts.stages.iter().map(|s| s.source.clone()))
        .collect();
    fill(
        &tpl.other,
        &[
            ("company", company),
            ("stage_words", &hint.words),
            ("stages", &stages),
        ],
    )
    .map(|text| vec![sentence(text, sources)])
    .unwrap_or_default()
}

/// The one project to be judged on: the most relevant outcome, preferring one
/// with a number.
fn project(portfolio: &Portfolio, t: &Tailoring, notes: &mut Vec<String>) -> Vec<Sentence> {
    let tpl = &templates::builtin().letter.project;
    let best = (0..portfolio.units.len())
        .filter(|&k| {
            matches!(
                portfolio.units[k].kind,
                UnitKind::Highlight | UnitKind::Achievement
            )
        })
        .filter(|&k| t.fit.relevance[k] > 0.0)
        .max_by(|&a, &b| {
            outcome_rank(portfolio, t, a)
                .total_cmp(&outcome_rank(portfolio, t, b))
                .then(b.cmp(&a))
        });
    let Some(k) = best else {
        notes.push(
            "no highlight or achievement matches the posting, so the letter names no project"
                .into(),
        );
        return Vec::new();
    };
    let unit = &portfolio.units[k];
    let mut out = Vec::new();
    if let Some(text) = fill(
        &tpl.intro,
        &[("text", unit.text.trim().trim_end_matches('.'))],
    ) {
        out.push(sentence(text, vec![unit.source.clone()]));
    }
    let stated = unit.achievement.and_then(|a| {
        portfolio.profile.achievements[a]
            .metric
            .clone()
            .map(|m| (m, a))
    });
    let metric = match stated {
        Some((m, a)) if unit.kind == UnitKind::Achievement => {
            Some((m, format!("{}.metric", portfolio.paths.achievement(a))))
        }
        Some((m, _)) => Some((m, unit.source.clone())),
        None => metric_in(&unit.text).map(|m| (m, unit.source.clone())),
    };
    if let Some((m, source)) = metric
        && let Some(text) = metric_sentence(&tpl.metric, &m)
    {
        out.push(sentence(text, vec![source]));
    }
    out
}

/// How strongly a unit argues for the posting: its relevance summed over all
/// requirements, doubled when it states a measured result.
pub(crate) fn outcome_rank(portfolio: &Portfolio, t: &Tailoring, k: usize) -> f64 {
    let unit = &portfolio.units[k];
    let stated = unit
        .achievement
        .is_some_and(|a| portfolio.profile.achievements[a].metric.is_some());
    let measured = stated || metric_in(&unit.text).is_some();
    t.fit.coverage[k] * if measured { 2.0 } else { 1.0 }
}

fn metric_sentence(template: &str, m: &Metric) -> Option<String> {
    let unit = match m.unit.as_deref() {
        Some("%") => "%".to_string(),
        Some(u) => format!(" {u}"),
        None => String::new(),
    };
    let (before, after) = (number(m.before), number(m.after));
    let values = [
        ("metric", m.name.as_str()),
        ("before", &before),
        ("after", &after),
        ("unit", &unit),
    ];
    fill_optional(template, &values, &["unit"])
}

/// 25.0 → "25", 2.5 → "2.5".
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Team building in the person's own words: growth, hiring, mentoring, promotions.
fn team(portfolio: &Portfolio, notes: &mut Vec<String>) -> Vec<Sentence> {
    let tpl = &templates::builtin().letter.team;
    let mut items: Vec<Sentence> = Vec::new();
    let mut used: Vec<String> = Vec::new();
    for (i, p) in portfolio.positions.iter().enumerate() {
        let org = portfolio.profile.positions[i].organisation.as_deref();
        for e in &p.facts {
            let team_fact = matches!(
                e.fact,
                Found::TeamGrowth { .. }
                    | Found::Hiring { .. }
                    | Found::Mentoring { .. }
                    | Found::Promotions { .. }
            );
            if !team_fact || used.contains(&e.source) || items.len() >= TEAM_ITEMS {
                continue;
            }
            let text = portfolio
                .units
                .iter()
                .find(|u| u.source == e.source)
                .map_or(e.text.as_str(), |u| u.text.as_str());
            let Some(org) = org else { continue };
            if let Some(line) = fill(
                &tpl.item,
                &[
                    ("organisation", org),
                    ("text", text.trim().trim_end_matches('.')),
                ],
            ) {
                let org_path = portfolio.paths.position_field(i, "organisation");
                items.push(sentence(
                    format!("{line}."),
                    vec![e.source.clone(), org_path],
                ));
                used.push(e.source.clone());
            }
        }
    }
    if items.is_empty() {
        notes.push("no highlight states hiring, team growth, mentoring or promotions, so the letter has no team-building paragraph".into());
        return items;
    }
    let mut out = vec![sentence(tpl.intro.clone(), Vec::new())];
    out.extend(items);
    out
}

/// The best-covered must-haves, each with the evidence that covers it.
fn bring(t: &Tailoring) -> Vec<Sentence> {
    let tpl = &templates::builtin().letter.bring;
    let mut covered: Vec<_> = t
        .fit
        .requirements
        .iter()
        .filter(|r| r.verdict == Verdict::Covered && r.requirement.importance == Importance::Must)
        .filter_map(|r| {
            let told = |e: &&crate::fit::EvidenceMatch| {
                matches!(
                    e.kind,
                    UnitKind::Highlight | UnitKind::Achievement | UnitKind::Project
                )
            };
            r.evidence.iter().find(told).map(|e| (r, e))
        })
        .collect();
    covered.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
    let mut items = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for (r, e) in covered {
        if items.len() >= BRING_ITEMS || used.contains(&e.source.as_str()) {
            continue;
        }
        let evidence = e.text.trim().trim_end_matches('.');
        if let Some(text) = fill(
            &tpl.item,
            &[
                ("requirement", r.requirement.text.trim_end_matches('.')),
                ("evidence", evidence),
            ],
        ) {
            items.push(sentence(
                format!("{text}."),
                vec![posting(&r.requirement.source), e.source.clone()],
            ));
            used.push(&e.source);
        }
    }
    if items.is_empty() {
        return items;
    }
    let mut out = vec![sentence(tpl.intro.clone(), Vec::new())];
    out.extend(items);
    out
}
