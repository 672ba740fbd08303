//! Stall patterns: the mistakes that keep people from the next level, detected from the
//! career with the evidence that shows each one. A pattern is reported only when the
//! record shows it; where the record is too thin to judge, nothing is said.
//!
//! The thresholds (years as an IC, short tenures, the headcount of the founder's
//! ceiling, …) are the patterns' `parameters` in the framework.

mod people;
mod work;

use ctopath_framework::StallPattern;

use crate::Engine;
use crate::career::{Career, Pos};
use crate::model::{Evidence, PatternResult, Severity};

/// What a detector found: how serious it is and why.
pub(crate) struct Finding {
    pub severity: Severity,
    pub evidence: Vec<Evidence>,
}

type Detector = fn(&Engine<'_>, &Career<'_>, u32, &StallPattern) -> Option<Finding>;

/// The detectors by pattern id. A framework's own patterns without a detector are
/// shown in the framework but never flagged.
const DETECTORS: &[(&str, Detector)] = &[
    ("too_deep_in_implementation", work::too_deep),
    ("perfection_over_business_value", work::perfection),
    ("avoiding_people_decisions", people::avoiding_decisions),
    ("chasing_titles", people::chasing_titles),
    ("ignoring_business", work::ignoring_business),
    ("dead_end_environment", people::dead_end),
    ("ic_too_long", people::ic_too_long),
    ("founder_scaling_ceiling", work::founder_ceiling),
];

pub fn detect(engine: &Engine<'_>, career: &Career<'_>, level: u32) -> Vec<PatternResult> {
    let mut out = Vec::new();
    for pattern in &engine.framework.stall_patterns {
        let Some((_, detector)) = DETECTORS.iter().find(|(id, _)| *id == pattern.id) else {
            continue;
        };
        if let Some(f) = detector(engine, career, level, pattern) {
            out.push(PatternResult {
                id: pattern.id.clone(),
                name: pattern.name.clone(),
                severity: f.severity,
                evidence: f.evidence,
                advice: pattern.advice.clone(),
            });
        }
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.severity));
    out
}

/// A pattern parameter, or the given fallback when the framework leaves it out.
pub(crate) fn param(p: &StallPattern, name: &str, fallback: f64) -> f64 {
    p.parameters.get(name).copied().unwrap_or(fallback)
}

/// Evidence quoting one of the person's texts.
pub(crate) fn quote(career: &Career<'_>, text: usize, kind: &str) -> Evidence {
    let t = &career.texts[text];
    Evidence::new(kind, t.text.to_string(), t.source.clone())
}

/// Evidence about a position as a whole.
pub(crate) fn about(pos: &Pos<'_>, kind: &str, text: String) -> Evidence {
    Evidence::new(kind, text, pos.evidence.path.clone())
}
