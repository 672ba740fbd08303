//! Interview preparation: the framework's question bank (core, typical and
//! per-competency questions) plus one question per important requirement of the
//! posting, each with the best story from the portfolio laid out as situation,
//! task, action and result, every part citing its source. Questions without a
//! story are flagged with a tour or mission that would give one.

use ctopath_framework::QuestionKind;
use ctopath_profile::TourStatus;
use ctopath_profile::jsonresume::metric_in;
use serde::Serialize;

use crate::Tailoring;
use crate::facts::stage_words;
use crate::letter::number;
use crate::matching::{Explanation, Query, Scorer};
use crate::portfolio::{Portfolio, UnitKind};
use crate::requirements::{Concept, Importance, RequirementKind, concepts_of};
use crate::templates::{self, fill};
use crate::vocabulary::Vocabulary;

/// Words matter less for a question than for a requirement: questions are phrased
/// generally, and the competencies they test say more.
pub const STORY_LEXICAL_WEIGHT: f64 = 0.5;
pub const STORY_COMPETENCY_WEIGHT: f64 = 0.6;
/// A story must score at least this to be offered.
pub const STORY_MIN: f64 = 0.3;
/// Questions drawn from the posting at most.
pub const POSTING_QUESTIONS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Core,
    Typical,
    Competency,
    Posting,
}

/// One part of a story; `hint` says what to add when the profile lacks it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub text: Option<String>,
    pub sources: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub text: String,
    pub source: String,
    pub score: f64,
    pub situation: Part,
    pub task: Part,
    pub action: Part,
    pub result: Part,
    #[serde(flatten)]
    pub why: Explanation,
}

/// Where a missing story could come from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// `tour` (one of the person's own) or `mission` (from the framework).
    pub kind: String,
    pub id: String,
    pub title: String,
    pub competencies: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreparedQuestion {
    pub id: String,
    pub origin: Origin,
    pub text: String,
    pub competencies: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub look_for: Vec<String>,
    /// The requirement a posting question comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    pub story: Option<Story>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Suggestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InterviewPrep {
    pub questions: Vec<PreparedQuestion>,
    pub with_story: usize,
    pub without_story: usize,
}

pub fn prepare(
    vocab: &Vocabulary,
    portfolio: &Portfolio,
    tailoring: Option<&Tailoring>,
) -> InterviewPrep {
    let lines: Vec<Vec<&str>> = tailoring
        .map(|t| {
            t.fit
                .requirements
                .iter()
                .map(|r| {
                    r.requirement
                        .concepts
                        .iter()
                        .map(|c| c.key.as_str())
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    let scorer = Scorer::new(vocab, portfolio, &lines);
    let mut questions = Vec::new();
    for q in &vocab.framework.questions {
        let origin = match q.kind {
            QuestionKind::Core => Origin::Core,
            QuestionKind::Typical => Origin::Typical,
            QuestionKind::Competency => Origin::Competency,
        };
        let concepts = concepts_of(&q.text, vocab, |_| false);
        let competencies = vocab.in_framework_order(q.competencies.iter().map(String::as_str));
        questions.push(prepared(
            &scorer,
            q.id.clone(),
            origin,
            q.text.clone(),
            concepts,
            competencies,
            q.look_for.clone(),
            None,
        ));
    }
    if let Some(t) = tailoring {
        for (id, text, r) in posting_questions(t) {
            questions.push(prepared(
                &scorer,
                id,
                Origin::Posting,
                text,
                r.concepts.clone(),
                r.competencies.clone(),
                Vec::new(),
                Some(r.id.clone()),
            ));
        }
    }
    let with_story = questions.iter().filter(|q| q.story.is_some()).count();
    InterviewPrep {
        without_story: questions.len() - with_story,
        with_story,
        questions,
    }
}

/// The posting's must-haves (then nice-to-haves), one question each.
fn posting_questions(t: &Tailoring) -> Vec<(String, String, &crate::requirements::Requirement)> {
    let templates = &templates::builtin().questions;
    let mut ranked: Vec<_> = t.fit.requirements.iter().map(|r| &r.requirement).collect();
    ranked.sort_by_key(|r| {
        (
            r.importance == Importance::Nice,
            r.kind == RequirementKind::Seniority,
        )
    });
    let mut out = Vec::new();
    for r in ranked.into_iter().take(POSTING_QUESTIONS) {
        let kind = serde_json::to_value(r.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string));
        let Some(template) = kind.and_then(|k| templates.get(&k)) else {
            continue;
        };
        let subject = match r.kind {
            RequirementKind::Technology => r.technologies.join(", "),
            RequirementKind::Domain => r.domains.join(", "),
            _ => r.text.trim_end_matches('.').to_string(),
        };
        if let Some(text) = fill(template, &[("subject", &subject)]) {
            out.push((format!("posting_{}", r.id), text, r));
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn prepared(
    scorer: &Scorer,
    id: String,
    origin: Origin,
    text: String,
    concepts: Vec<Concept>,
    competencies: Vec<String>,
    look_for: Vec<String>,
    requirement: Option<String>,
) -> PreparedQuestion {
    let q = Query {
        concepts: &concepts,
        competencies: &competencies,
        lexical_weight: STORY_LEXICAL_WEIGHT,
        competency_weight: STORY_COMPETENCY_WEIGHT,
        kinds: &[
            UnitKind::Highlight,
            UnitKind::Achievement,
            UnitKind::Project,
        ],
    };
    let best = scorer
        .rank(&q, 1)
        .top
        .into_iter()
        .next()
        .filter(|s| s.score >= STORY_MIN);
    let story = best.map(|s| story(scorer, &q, &s));
    let suggestion = if story.is_none() {
        suggest(scorer.vocab, scorer.portfolio, &competencies)
    } else {
        None
    };
    PreparedQuestion {
        id,
        origin,
        text,
        competencies,
        look_for,
        requirement,
        story,
        suggestion,
    }
}

fn part(text: Option<String>, sources: Vec<String>, hint: &str) -> Part {
    match text {
        Some(t) => Part {
            text: Some(t),
            sources,
            hint: None,
        },
        None => Part {
            text: None,
            sources: Vec::new(),
            hint: Some(hint.to_string()),
        },
    }
}

fn story(scorer: &Scorer, q: &Query, s: &crate::matching::Scored) -> Story {
    let portfolio = scorer.portfolio;
    let hints = &templates::builtin().story_hints;
    let unit = &portfolio.units[s.unit];
    let profile = portfolio.profile;
    let paths = portfolio.paths;
    let achievement = unit.achievement.map(|k| (k, &profile.achievements[k]));

    let situation = unit.position.map(|i| {
        let p = &profile.positions[i];
        let mut sources = Vec::new();
        let mut head = Vec::new();
        if let Some(t) = &p.title {
            head.push(t.clone());
            sources.push(paths.position_field(i, "title"));
        }
        if let Some(o) = &p.organisation {
            head.push(o.clone());
            sources.push(paths.position_field(i, "organisation"));
        }
        let mut text = head.join(" at ");
        let scope = &portfolio.positions[i].scope;
        let mut details = Vec::new();
        if let Some(st) = &scope.org_stage {
            details.push(stage_words(&st.value).to_string());
            sources.push(st.source.clone());
        }
        if let Some(n) = &scope.org_engineers {
            details.push(format!("{} engineers", n.value));
            sources.push(n.source.clone());
        }
        if !details.is_empty() {
            text = format!("{text} ({})", details.join(", "));
        }
        (text, sources)
    });
    let situation = match situation {
        Some((t, s)) if !t.is_empty() => part(Some(t), s, &hints.situation),
        _ => part(None, Vec::new(), &hints.situation),
    };

    let task = unit
        .position
        .and_then(|i| {
            let summary = profile.positions[i].summary.clone()?;
            Some((summary, paths.position_field(i, "summary")))
        })
        .or_else(|| {
            let (k, a) = achievement?;
            Some((a.scope.clone()?, format!("{}.scope", paths.achievement(k))))
        });
    let task = match task {
        Some((t, source)) => part(Some(t), vec![source], &hints.task),
        None => part(None, Vec::new(), &hints.task),
    };

    let action = part(Some(unit.text.clone()), vec![unit.source.clone()], "");

    let metric = achievement
        .and_then(|(k, a)| {
            let source = if unit.kind == UnitKind::Achievement {
                format!("{}.metric", paths.achievement(k))
            } else {
                unit.source.clone()
            };
            a.metric.clone().map(|m| (m, source))
        })
        .or_else(|| metric_in(&unit.text).map(|m| (m, unit.source.clone())));
    let result = match metric {
        Some((m, source)) => {
            let unit_text = match m.unit.as_deref() {
                Some("%") => "%".to_string(),
                Some(u) => format!(" {u}"),
                None => String::new(),
            };
            let text = format!(
                "{}: {} → {}{unit_text}",
                m.name,
                number(m.before),
                number(m.after)
            );
            part(Some(text), vec![source], &hints.result)
        }
        None => part(None, Vec::new(), &hints.result),
    };

    Story {
        text: unit.text.clone(),
        source: unit.source.clone(),
        score: crate::fit::round3(s.score),
        situation,
        task,
        action,
        result,
        why: scorer.explain(q, s),
    }
}

/// A tour of the person's own (planned or running) or a framework mission that
/// builds the question's competencies.
fn suggest(
    vocab: &Vocabulary,
    portfolio: &Portfolio,
    competencies: &[String],
) -> Option<Suggestion> {
    let shared = |ids: &[String]| -> Vec<String> {
        competencies
            .iter()
            .filter(|c| ids.contains(c))
            .cloned()
            .collect()
    };
    for tour in &portfolio.profile.tours {
        if !matches!(tour.status, TourStatus::Active | TourStatus::Proposed) {
            continue;
        }
        let keys: Vec<String> = vocab
            .analyze(&tour.mission)
            .into_iter()
            .map(|t| t.key)
            .collect();
        let named = vocab.competencies_in(keys.iter().map(String::as_str));
        let common = shared(&named);
        if !common.is_empty() {
            return Some(Suggestion {
                kind: "tour".into(),
                id: tour.id.clone(),
                title: tour.mission.clone(),
                competencies: common,
            });
        }
    }
    vocab
        .framework
        .missions
        .iter()
        .enumerate()
        .map(|(i, m)| (i, m, shared(&m.competencies)))
        .filter(|(_, _, common)| !common.is_empty())
        // Most competencies in common; the framework's order breaks ties.
        .max_by_key(|(i, _, common)| (common.len(), std::cmp::Reverse(*i)))
        .map(|(_, m, common)| Suggestion {
            kind: "mission".into(),
            id: m.id.clone(),
            title: m.title.clone(),
            competencies: common,
        })
}
