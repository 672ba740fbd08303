//! The tailored CV: the person's JSON Resume with highlights chosen and ordered by
//! relevance to the posting and a summary composed from their own facts.
//!
//! Nothing is rewritten or invented. Highlights are kept verbatim or dropped; the
//! summary is built from templates filled with facts of the profile; every line
//! written is listed in the trace with the fields it comes from.

use ctopath_profile::{Profile, to_json_resume};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::facts::{Fact, PersonFacts};
use crate::fit::{Fit, round3};
use crate::portfolio::{Portfolio, UnitKind};
use crate::templates::{self, fill};

/// Highlights kept per position at most.
pub const HIGHLIGHT_CAP: usize = 4;
/// Highlights kept per position even when none is relevant, so no job is left bare.
pub const MIN_KEPT: usize = 2;
/// A highlight below this relevance is irrelevant to the posting.
pub const RELEVANT_AT: f64 = 0.1;
/// Results quoted in the summary.
pub const SUMMARY_RESULTS: usize = 2;

/// One line of the tailored CV and the fields of the profile it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraceLine {
    /// Where the line is in the tailored CV (`work[0].highlights[1]`, `basics.summary`).
    pub path: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A highlight left out, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dropped {
    pub source: String,
    pub text: String,
    pub relevance: f64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TailoredCv {
    /// The tailored CV as a JSON Resume document.
    pub document: Value,
    pub trace: Vec<TraceLine>,
    pub dropped: Vec<Dropped>,
}

pub fn tailor_cv(portfolio: &Portfolio, fit: &Fit, facts: &PersonFacts) -> TailoredCv {
    // Only what a CV shows: the portfolio of achievements, ratings and tours stay
    // out (they would only be exported under meta.ctopath and stripped again).
    let profile = portfolio.profile;
    let shown = Profile {
        person: profile.person.clone(),
        positions: profile.positions.clone(),
        resume: profile.resume.clone(),
        ..Profile::default()
    };
    let mut document = to_json_resume(&shown);
    strip_private(&mut document);
    let mut trace = Vec::new();
    let mut dropped = Vec::new();
    choose_highlights(portfolio, fit, &mut document, &mut trace, &mut dropped);
    if let Some((summary, sources)) = summary(portfolio, fit, facts) {
        let root = document
            .as_object_mut()
            .expect("a JSON Resume is an object");
        let basics = root
            .entry("basics")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(basics) = basics.as_object_mut() {
            basics.insert("summary".into(), Value::String(summary.clone()));
        }
        trace.insert(
            0,
            TraceLine {
                path: "basics.summary".into(),
                text: summary,
                sources,
            },
        );
    }
    order_skills(portfolio, fit, &mut document);
    TailoredCv {
        document,
        trace,
        dropped,
    }
}

/// ctopath's own notes (ratings, goals, tours) are for the person, not employers.
fn strip_private(document: &mut Value) {
    let Some(root) = document.as_object_mut() else {
        return;
    };
    let empty = root
        .get_mut("meta")
        .and_then(Value::as_object_mut)
        .map(|meta| {
            meta.remove("ctopath");
            meta.is_empty()
        })
        .unwrap_or(false);
    if empty {
        root.remove("meta");
    }
}

fn choose_highlights(
    portfolio: &Portfolio,
    fit: &Fit,
    document: &mut Value,
    trace: &mut Vec<TraceLine>,
    dropped: &mut Vec<Dropped>,
) {
    let Some(work) = document.get_mut("work").and_then(Value::as_array_mut) else {
        return;
    };
    for (i, entry) in work.iter_mut().enumerate() {
        let mut units: Vec<usize> = portfolio
            .units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind == UnitKind::Highlight && u.position == Some(i))
            .map(|(k, _)| k)
            .collect();
        if units.is_empty() {
            // Only blank highlights: there is nothing to show.
            if let Some(entry) = entry.as_object_mut() {
                entry.remove("highlights");
            }
            continue;
        }
        // Most relevant first; equal relevance keeps the person's own order.
        units.sort_by(|&a, &b| {
            fit.relevance[b]
                .total_cmp(&fit.relevance[a])
                .then(a.cmp(&b))
        });
        let mut kept = Vec::new();
        for &k in &units {
            let unit = &portfolio.units[k];
            let relevance = fit.relevance[k];
            let reason = if kept.len() >= HIGHLIGHT_CAP {
                Some(format!(
                    "beyond the {HIGHLIGHT_CAP} highlights kept per position"
                ))
            } else if relevance < RELEVANT_AT && kept.len() >= MIN_KEPT {
                Some("not relevant to this posting".to_string())
            } else {
                None
            };
            match reason {
                Some(reason) => dropped.push(Dropped {
                    source: unit.source.clone(),
                    text: unit.text.clone(),
                    relevance: round3(relevance),
                    reason,
                }),
                None => {
                    trace.push(TraceLine {
                        path: format!("work[{i}].highlights[{}]", kept.len()),
                        text: unit.text.clone(),
                        sources: vec![unit.source.clone()],
                    });
                    kept.push(Value::String(unit.text.clone()));
                }
            }
        }
        if let Some(entry) = entry.as_object_mut() {
            entry.insert("highlights".into(), Value::Array(kept));
        }
    }
}

/// A template's values and the fields they come from.
type Filled = (Vec<(&'static str, String)>, Vec<String>);

/// The summary: template sentences filled with the person's facts, then their
/// most relevant results quoted as they wrote them.
fn summary(portfolio: &Portfolio, fit: &Fit, facts: &PersonFacts) -> Option<(String, Vec<String>)> {
    let mut results: Vec<usize> = (0..portfolio.units.len())
        .filter(|&k| {
            let u = &portfolio.units[k];
            matches!(u.kind, UnitKind::Highlight | UnitKind::Achievement)
                && fit.relevance[k] >= RELEVANT_AT
                && u.text.chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    results.sort_by(|&a, &b| fit.coverage[b].total_cmp(&fit.coverage[a]).then(a.cmp(&b)));
    results.truncate(SUMMARY_RESULTS);
    let quoted: Vec<&str> = results
        .iter()
        .map(|&k| portfolio.units[k].text.trim().trim_end_matches('.'))
        .collect();
    let joined = quoted.join("; ");
    let result_sources: Vec<String> = results
        .iter()
        .map(|&k| portfolio.units[k].source.clone())
        .collect();
    let one = |name: &'static str, fact: &Option<Fact>| {
        fact.as_ref()
            .map(|f| (vec![(name, f.value.clone())], f.sources.clone()))
    };
    let mut sentences = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    for t in &templates::builtin().summary {
        let entry: Option<Filled> = match t.id.as_str() {
            "identity" => match (&facts.title, &facts.years) {
                (Some(title), Some(years)) => Some((
                    vec![
                        ("title", title.value.clone()),
                        ("years", years.value.clone()),
                    ],
                    [title.sources.clone(), years.sources.clone()].concat(),
                )),
                _ => None,
            },
            "team" => one("team", &facts.team),
            "managers" => one("managers", &facts.managers),
            "budget" => one("budget", &facts.budget),
            "board" => facts
                .board
                .as_ref()
                .map(|f| (Vec::new(), f.sources.clone())),
            "results" => (!joined.is_empty())
                .then(|| (vec![("results", joined.clone())], result_sources.clone())),
            _ => None,
        };
        let Some((values, used)) = entry else {
            continue;
        };
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if let Some(sentence) = fill(&t.text, &values) {
            sentences.push(sentence);
            for s in used {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
        }
    }
    (!sentences.is_empty()).then(|| (sentences.join(" "), sources))
}

/// Skill groups that matter to the posting first; none is dropped.
fn order_skills(portfolio: &Portfolio, fit: &Fit, document: &mut Value) {
    let Some(skills) = document.get_mut("skills").and_then(Value::as_array_mut) else {
        return;
    };
    let relevance: Vec<f64> = (0..skills.len())
        .map(|i| {
            let source = portfolio.paths.resume("skills", i);
            portfolio
                .units
                .iter()
                .position(|u| u.source == source)
                .map_or(0.0, |k| fit.relevance[k])
        })
        .collect();
    let mut order: Vec<usize> = (0..skills.len()).collect();
    order.sort_by(|&a, &b| relevance[b].total_cmp(&relevance[a]).then(a.cmp(&b)));
    let original = std::mem::take(skills);
    let mut slots: Vec<Option<Value>> = original.into_iter().map(Some).collect();
    for i in order {
        if let Some(v) = slots[i].take() {
            skills.push(v);
        }
    }
}
