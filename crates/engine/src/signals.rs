//! The signs of being on track, each present, absent or unknown, with its evidence.
//!
//! The person's own answer (the profile's `signals` self-check) wins. Otherwise the
//! signal's keywords in their record show it present. Silence shows nothing: a signal
//! is called absent only when the person says so, or, for business metrics, when a
//! record long enough to judge never names one.

use ctopath_evidence::Fact;
use ctopath_framework::Signal;

use crate::Engine;
use crate::career::Career;
use crate::model::{Evidence, SignalResult, SignalStatus};

/// Descriptions needed before the absence of any business metric counts.
const ENOUGH_TEXTS: usize = 4;

pub fn detect(engine: &Engine<'_>, career: &Career<'_>) -> Vec<SignalResult> {
    engine
        .framework
        .signals
        .iter()
        .enumerate()
        .map(|(i, s)| one(engine, career, i, s))
        .collect()
}

fn one(engine: &Engine<'_>, career: &Career<'_>, i: usize, s: &Signal) -> SignalResult {
    let result = |status, evidence| SignalResult {
        id: s.id.clone(),
        description: s.description.clone(),
        status,
        evidence,
    };
    if let Some(&answer) = career.profile.signals.get(&s.id) {
        let status = if answer {
            SignalStatus::Present
        } else {
            SignalStatus::Absent
        };
        let text = if answer {
            "you say this is true for you"
        } else {
            "you say this is not true yet"
        };
        return result(
            status,
            vec![Evidence::new(
                "self_check",
                text,
                format!("signals.{}", s.id),
            )],
        );
    }
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut push = |e: Evidence| {
        if evidence.len() < 3 && !evidence.iter().any(|x| x.source == e.source) {
            evidence.push(e);
        }
    };
    // A business word names a metric the work moves only beside a figure or a word of
    // moving it ("lifted conversion by 3%", "grew ARR"): "no budget for a manager
    // title" names none. A framework without `metric_moves` takes every mention.
    let moves = (s.id == "names_business_metrics")
        .then(|| engine.vocab("metric_moves"))
        .flatten();
    let moved: Vec<usize> = moves
        .map(|l| career.hits(l).iter().map(|h| h.text).collect())
        .unwrap_or_default();
    for hit in career.hits(engine.signal_lists[i]) {
        let t = career.text(hit);
        if moves.is_some()
            && !moved.contains(&hit.text)
            && !t.text.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        push(Evidence::new(
            "keyword",
            format!("\"{}\" in: {}", hit.phrase, t.text),
            t.source.clone(),
        ));
    }
    if s.id == "people_would_follow"
        && let Some((_, text, source)) = career.any_fact(|f| matches!(f, Fact::Promotions { .. }))
    {
        push(Evidence::new("fact", text, source));
    }
    if s.id == "names_business_metrics" {
        // A budget owned or an amount of money moved is a business figure whatever the
        // words around it.
        let money = |f: &Fact| match f {
            Fact::Budget { .. } => true,
            Fact::MetricChange { unit, .. } => {
                unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
            }
            _ => false,
        };
        if let Some((_, text, source)) = career.any_fact(money) {
            push(Evidence::new("fact", text, source));
        }
        for a in &career.profile.achievements {
            if let Some(m) = &a.metric
                && career_names_business(engine, &m.name)
            {
                push(Evidence::new(
                    "metric",
                    format!("{}: {} → {}", m.name, m.before, m.after),
                    a.source
                        .clone()
                        .unwrap_or_else(|| format!("achievements.{}", a.id)),
                ));
            }
        }
        if evidence.is_empty() {
            let texts = career.descriptions(None);
            if texts >= ENOUGH_TEXTS {
                return result(
                    SignalStatus::Absent,
                    vec![Evidence::new(
                        "absence",
                        format!(
                            "none of {texts} descriptions names a business metric such as revenue, retention or cost"
                        ),
                        career.style_positions(),
                    )],
                );
            }
        }
    }
    if evidence.is_empty() {
        return result(
            SignalStatus::Unknown,
            vec![Evidence::new(
                "absence",
                format!(
                    "nothing in the record says either way; answer it under `signals.{}` in your profile",
                    s.id
                ),
                "signals",
            )],
        );
    }
    result(SignalStatus::Present, evidence)
}

fn career_names_business(engine: &Engine<'_>, text: &str) -> bool {
    let Some(list) = engine.vocab("business") else {
        return false;
    };
    engine.lexicon.mentions(text, list)
}
