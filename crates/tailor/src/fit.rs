//! The fit of a career to a posting: a verdict and cited evidence per
//! requirement, the overall fit, the gaps that matter and the missing keywords.

use std::collections::HashSet;

use serde::Serialize;

use crate::career::{self, NeedCheck};
use crate::matching::{Explanation, Query, Scorer};
use crate::portfolio::{Portfolio, UnitKind};
use crate::requirements::{Importance, Requirement, RequirementKind, WEAK_WEIGHT};
use crate::verdict::{COVERED_AT, Verdict};
use crate::vocabulary::Vocabulary;

/// Weight of the lexical match in a requirement's score.
pub const LEXICAL_WEIGHT: f64 = 0.8;
/// Weight of shared competencies: they rank and strengthen lexical evidence, but
/// alone stay below the weak threshold, since a competency is broader than a skill.
pub const COMPETENCY_WEIGHT: f64 = 0.2;
/// Evidence below this score is not shown.
pub const MIN_EVIDENCE_SCORE: f64 = 0.1;
/// Units cited per requirement.
pub const EVIDENCE_SHOWN: usize = 3;
/// Concepts pooled over the cited units count this much of a single unit's match.
pub const POOLED_FACTOR: f64 = 0.9;
/// With scope needs met but none of the words found, the words still count this much.
pub const TEXT_FLOOR: f64 = 0.1;
/// How much the scope needs weigh against the words in a requirement that has both.
pub const NEEDS_EXPONENT: f64 = 0.6;
/// Gaps listed in the summary.
pub const GAPS_SHOWN: usize = 5;

/// A unit cited for a requirement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceMatch {
    pub text: String,
    pub source: String,
    pub kind: UnitKind,
    pub score: f64,
    #[serde(flatten)]
    pub why: Explanation,
}

/// One requirement, judged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementFit {
    #[serde(flatten)]
    pub requirement: Requirement,
    pub verdict: Verdict,
    pub score: f64,
    pub evidence: Vec<EvidenceMatch>,
    /// Scope needs (years, team size, …) and how the career meets them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<NeedCheck>,
}

/// A requirement the career does not (fully) show, ranked by what it costs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub requirement: String,
    pub text: String,
    pub verdict: Verdict,
    pub importance: Importance,
    pub competencies: Vec<String>,
    /// How much the gap costs the fit (importance × shortfall).
    pub weight: f64,
}

/// The whole assessment of a career against a posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fit {
    /// Importance-weighted share of requirements met, 0..1.
    pub fit: f64,
    pub requirements: Vec<RequirementFit>,
    pub gaps: Vec<Gap>,
    /// Posting terms (technologies, domains, competency words) the CV never uses.
    pub missing_keywords: Vec<String>,
    /// Relevance of every portfolio unit to the posting, by unit index: its best
    /// importance-weighted score for any one requirement.
    #[serde(skip)]
    pub relevance: Vec<f64>,
    /// The same scores summed over all requirements: how much of the posting a unit speaks to.
    #[serde(skip)]
    pub coverage: Vec<f64>,
}

/// Judges every requirement against the portfolio; `today` is a fractional year.
pub fn assess(
    requirements: &[Requirement],
    portfolio: &Portfolio,
    vocab: &Vocabulary,
    today: f64,
) -> Fit {
    let lines: Vec<Vec<&str>> = requirements
        .iter()
        .map(|r| r.concepts.iter().map(|c| c.key.as_str()).collect())
        .collect();
    let scorer = Scorer::new(vocab, portfolio, &lines);
    let mut relevance = vec![0.0; portfolio.units.len()];
    let mut coverage = vec![0.0; portfolio.units.len()];
    let mut results = Vec::with_capacity(requirements.len());
    for r in requirements {
        let q = Query {
            concepts: &r.concepts,
            competencies: &r.competencies,
            lexical_weight: LEXICAL_WEIGHT,
            competency_weight: COMPETENCY_WEIGHT,
            kinds: &[],
        };
        let ranked = scorer.rank(&q, EVIDENCE_SHOWN);
        for &(unit, score) in &ranked.scores {
            let weighted = score * r.importance.weight();
            coverage[unit] += weighted;
            if weighted > relevance[unit] {
                relevance[unit] = weighted;
            }
        }
        let top: Vec<_> = ranked
            .top
            .iter()
            .filter(|s| s.score >= MIN_EVIDENCE_SCORE)
            .collect();
        let text_score = text_score(r, &q, &top, vocab);
        let checks: Vec<NeedCheck> = r
            .needs
            .iter()
            .map(|n| career::check(n, portfolio, today))
            .collect();
        let score = combine(r, text_score, &checks);
        let mut evidence: Vec<EvidenceMatch> = top
            .iter()
            .map(|s| {
                let unit = &portfolio.units[s.unit];
                EvidenceMatch {
                    text: unit.text.clone(),
                    source: unit.source.clone(),
                    kind: unit.kind,
                    score: round3(s.score),
                    why: scorer.explain(&q, s),
                }
            })
            .collect();
        // Cited scope facts come first: they decide requirements about scope.
        let mut cited: Vec<EvidenceMatch> = Vec::new();
        for check in &checks {
            for c in &check.evidence {
                if !cited.iter().chain(&evidence).any(|e| e.source == c.source) {
                    let kind = portfolio
                        .units
                        .iter()
                        .find(|u| u.source == c.source)
                        .map_or(UnitKind::Position, |u| u.kind);
                    cited.push(EvidenceMatch {
                        text: c.text.clone(),
                        source: c.source.clone(),
                        kind,
                        score: round3(check.score),
                        why: Explanation::default(),
                    });
                }
            }
        }
        cited.append(&mut evidence);
        results.push(RequirementFit {
            requirement: r.clone(),
            verdict: Verdict::of(score),
            score: round3(score),
            evidence: cited,
            checks,
        });
    }
    Fit {
        fit: round3(overall(&results)),
        gaps: gaps(&results),
        missing_keywords: missing_keywords(requirements, portfolio, vocab),
        requirements: results,
        relevance,
        coverage,
    }
}

/// The best unit's score, or the named technologies and domains pooled over the
/// cited units when no single unit holds them all ("JavaScript, HTML and CSS"
/// across two entries). Other words are not pooled: "cross" in one entry and
/// "collaborate" in another do not make "cross-functional collaboration".
fn text_score(
    r: &Requirement,
    q: &Query,
    top: &[&crate::matching::Scored],
    vocab: &Vocabulary,
) -> f64 {
    let Some(first) = top.first() else { return 0.0 };
    let total: f64 = r.concepts.iter().map(|c| c.weight).sum();
    if total <= 0.0 {
        return first.score;
    }
    let pooled: f64 = r
        .concepts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let best = if vocab.is_technology(&c.key) || vocab.is_domain(&c.key) {
                top.iter().map(|s| s.concepts[i].0).fold(0.0, f64::max)
            } else {
                first.concepts[i].0
            };
            c.weight * best.min(1.0)
        })
        .sum::<f64>()
        / total;
    let overlap = top.iter().map(|s| s.overlap).fold(0.0, f64::max);
    let pooled =
        (q.lexical_weight * pooled + q.competency_weight * overlap).min(1.0) * POOLED_FACTOR;
    first.score.max(pooled)
}

/// A requirement's score from its words and its scope needs.
///
/// The needs score is the lowest of them: every need must be met. A requirement whose words say nothing beyond its needs is scored by its needs;
/// otherwise by `needs^0.6 · words^0.4`: a need met does not make up for missing
/// words ("3+ years in web development" with no web work is weak), and never
/// better than an unmet need.
fn combine(r: &Requirement, text: f64, checks: &[NeedCheck]) -> f64 {
    if checks.is_empty() {
        return text;
    }
    let needs = checks.iter().map(|c| c.score).fold(1.0, f64::min);
    let content: f64 = r
        .concepts
        .iter()
        .filter(|c| c.weight > WEAK_WEIGHT)
        .map(|c| c.weight)
        .sum();
    if content < 1.0 || r.kind == RequirementKind::Seniority {
        return needs;
    }
    let blended = needs.powf(NEEDS_EXPONENT) * text.max(TEXT_FLOOR).powf(1.0 - NEEDS_EXPONENT);
    if needs < COVERED_AT {
        blended.min(needs)
    } else {
        blended
    }
}

/// Importance-weighted share of requirements met; a requirement at the covered
/// threshold counts as fully met.
fn overall(results: &[RequirementFit]) -> f64 {
    let total: f64 = results
        .iter()
        .map(|r| r.requirement.importance.weight())
        .sum();
    if total <= 0.0 {
        return 0.0;
    }
    results
        .iter()
        .map(|r| r.requirement.importance.weight() * (r.score / COVERED_AT).min(1.0))
        .sum::<f64>()
        / total
}

fn gaps(results: &[RequirementFit]) -> Vec<Gap> {
    let mut out: Vec<Gap> = results
        .iter()
        .filter(|r| r.verdict != Verdict::Covered)
        .map(|r| Gap {
            requirement: r.requirement.id.clone(),
            text: r.requirement.text.clone(),
            verdict: r.verdict,
            importance: r.requirement.importance,
            competencies: r.requirement.competencies.clone(),
            weight: round3(
                r.requirement.importance.weight() * (1.0 - (r.score / COVERED_AT).min(1.0)),
            ),
        })
        .collect();
    out.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then(a.verdict.cmp(&b.verdict).reverse())
    });
    out.truncate(GAPS_SHOWN);
    out
}

/// Technologies, domains and competency words of the posting that no unit uses,
/// must-haves first, each once, as the posting writes them.
fn missing_keywords(
    requirements: &[Requirement],
    portfolio: &Portfolio,
    vocab: &Vocabulary,
) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out: Vec<(Importance, String)> = Vec::new();
    for r in requirements {
        for c in &r.concepts {
            let present = portfolio.index.contains(&c.key)
                || (!c.parts.is_empty() && c.parts.iter().all(|p| portfolio.index.contains(p)));
            if !vocab.is_salient(&c.key) || present || !seen.insert(c.key.clone()) {
                continue;
            }
            // "machine learning" is reported once, not also as "learning".
            let text = c.text.to_lowercase();
            if out.iter().any(|(_, t)| t.to_lowercase().contains(&text)) {
                continue;
            }
            out.retain(|(_, t)| !text.contains(&t.to_lowercase()));
            out.push((r.importance, c.text.clone()));
        }
    }
    out.sort_by_key(|(i, _)| *i == Importance::Nice);
    out.into_iter().map(|(_, t)| t).collect()
}

pub(crate) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
