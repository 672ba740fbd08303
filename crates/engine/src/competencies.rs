//! Each competency: what the person shows now, what their level expects, what the next
//! level and the CTO seat expect, and the gap.
//!
//! Ratings win where they exist (a manager's or peer's over one's own, the latest
//! first). Without them the current level is estimated from the career and marked as an
//! estimate: evidence that counts (achievements linked to the competency, its keywords
//! in the person's own words, facts of the kinds the framework ties to it, success
//! criteria met in tours of duty that work on it) keeps the
//! estimate at the person's level; none lowers it, further for the competencies people
//! commonly lack; a rich, quantified record raises it by one.

use ctopath_framework::Competency;
use ctopath_profile::{Rater, Rating};

use crate::Engine;
use crate::career::Career;
use crate::model::{CompetencyResult, Evidence};
use crate::words::mid_sentence;

/// Evidence weight from which the estimate rises one level above the person's level.
const STRONG_EVIDENCE: u32 = 5;
/// Shown per competency; the rest only adds to the weight.
const SHOWN: usize = 3;

pub fn assess(engine: &Engine<'_>, career: &Career<'_>, level: u32) -> Vec<CompetencyResult> {
    engine
        .framework
        .competencies
        .iter()
        .enumerate()
        .map(|(i, c)| one(engine, career, level, i, c))
        .collect()
}

fn one(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    i: usize,
    c: &Competency,
) -> CompetencyResult {
    let has = |n: u32| c.indicators.contains_key(engine.level_id(n)) && engine.level(n).is_some();
    let expected = if has(level) { level } else { 0 };
    let next = (level + 1).min(engine.max_level());
    let target = if has(next) { next } else { expected };
    let target_cto = (engine.min_level()..=engine.max_level())
        .rev()
        .find(|&n| has(n))
        .unwrap_or(0);

    let (current, basis, evidence) = match rating(&career.profile.ratings, &c.id) {
        Some((idx, r)) => {
            let n = engine.number_of(&r.level).unwrap_or(level);
            let who = match r.by {
                Rater::Myself => "self",
                Rater::Manager => "manager",
                Rater::Peer => "peer",
            };
            let mut text = format!("rated {} by {who} on {}", r.level, r.date);
            if let Some(e) = &r.evidence {
                text.push_str(&format!(": {e}"));
            }
            (
                n,
                "rated",
                vec![Evidence::new("rating", text, format!("ratings[{idx}]"))],
            )
        }
        None => {
            let (weight, quantified, evidence) = evidence_for(engine, career, i, c);
            let n = i64::from(level);
            let estimate = if weight == 0 {
                if c.commonly_lacking && level >= engine.leadership_from.unwrap_or(u32::MAX) {
                    n - 2
                } else {
                    n - 1
                }
            } else if weight >= STRONG_EVIDENCE && quantified {
                n + 1
            } else {
                n
            };
            let floor = if expected == 0 && weight == 0 { 0 } else { 1 };
            let current = estimate.clamp(floor, i64::from(engine.max_level())) as u32;
            let current = if expected == 0 && weight == 0 {
                0
            } else {
                current
            };
            (current, "estimated", evidence)
        }
    };
    CompetencyResult {
        id: c.id.clone(),
        name: c.name.clone(),
        current,
        expected,
        target,
        target_cto,
        gap: target.saturating_sub(current),
        basis: basis.to_string(),
        evidence,
    }
}

/// The latest rating of a competency by someone else, else the latest self-rating.
fn rating<'r>(ratings: &'r [Rating], id: &str) -> Option<(usize, &'r Rating)> {
    let latest = |others: bool| {
        ratings
            .iter()
            .enumerate()
            .filter(|(_, r)| r.competency == id && (r.by != Rater::Myself) == others)
            .reduce(|a, b| if a.1.date.is_before(&b.1.date) { b } else { a })
    };
    latest(true).or_else(|| latest(false))
}

/// The weight of evidence for a competency, whether any of it carries a number, and the
/// strongest items to show.
fn evidence_for(
    engine: &Engine<'_>,
    career: &Career<'_>,
    i: usize,
    c: &Competency,
) -> (u32, bool, Vec<Evidence>) {
    let mut weight = 0;
    let mut quantified = false;
    let mut shown = Vec::new();
    for (k, a) in career.profile.achievements.iter().enumerate() {
        if !a.competencies.iter().any(|x| x == &c.id) {
            continue;
        }
        weight += 2;
        quantified |= a.metric.is_some();
        if shown.len() < SHOWN {
            let source = a
                .source
                .clone()
                .unwrap_or_else(|| format!("achievements[{k}]"));
            shown.push(Evidence::new("achievement", a.what_changed.clone(), source));
        }
    }
    for met in crate::tours::met(career.profile) {
        if !crate::tours::competencies(engine, met.tour).contains(&c.id) {
            continue;
        }
        // A met criterion is measured by construction.
        weight += 2;
        quantified = true;
        if shown.len() < SHOWN {
            let text = format!("met in tour \"{}\": {}", met.tour.name(), met.text);
            shown.push(Evidence::new("tour", text, met.source.clone()));
        }
    }
    let mut seen_texts = Vec::new();
    for hit in career.hits(engine.competency_lists[i]) {
        if seen_texts.contains(&hit.text) {
            continue;
        }
        seen_texts.push(hit.text);
        weight += 1;
        let t = career.text(hit);
        quantified |= t.text.bytes().any(|b| b.is_ascii_digit());
        if shown.len() < SHOWN && !shown.iter().any(|e: &Evidence| e.source == t.source) {
            shown.push(Evidence::new(
                "keyword",
                format!("\"{}\" in: {}", hit.phrase, t.text),
                t.source.clone(),
            ));
        }
    }
    for p in &career.positions {
        for e in &p.evidence.facts {
            if !c.facts.iter().any(|k| k == e.fact.kind()) {
                continue;
            }
            weight += 1;
            quantified |= e.text.bytes().any(|b| b.is_ascii_digit());
            if shown.len() < SHOWN && !shown.iter().any(|x| x.source == e.source) {
                shown.push(Evidence::new("fact", e.text.clone(), e.source.clone()));
            }
        }
    }
    if weight == 0 {
        shown.push(Evidence::new(
            "absence",
            format!("nothing in the record shows {} yet", mid_sentence(&c.name)),
            career.style_positions(),
        ));
    }
    (weight, quantified, shown)
}
