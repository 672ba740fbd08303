//! Scoring a query (a requirement or an interview question) against every unit
//! of a portfolio: BM25 with synonyms, plus shared competencies, explained.
//!
//! For a unit `d` and a query of concepts `c` with weights `w_c`:
//! - each concept's match is its BM25 frequency in `d` (1 for one mention in a unit
//!   of average length; capped at 1), or [`SYNONYM_FACTOR`] times a synonym's, or
//!   [`PHRASE_PARTS_FACTOR`] times a phrase's words found apart, whichever is highest;
//! - `lexical = Σ w_c·idf_c·match_c / Σ w_c·idf_c`, capped at 1: the share of the
//!   query's information the unit holds;
//! - `overlap` = the share of the query's competencies the unit shows;
//! - `score = kind weight × min(1, lexical weight × lexical + competency weight × overlap)`.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::bm25::idf;
use crate::portfolio::{Portfolio, UnitKind};
use crate::requirements::Concept;
use crate::vocabulary::Vocabulary;

/// A synonym's match counts this much of the word's own.
pub const SYNONYM_FACTOR: f64 = 0.7;
/// A phrase's words found apart count this much of the phrase.
pub const PHRASE_PARTS_FACTOR: f64 = 0.8;

/// What to look for and how to weigh it.
pub struct Query<'q> {
    pub concepts: &'q [Concept],
    pub competencies: &'q [String],
    pub lexical_weight: f64,
    pub competency_weight: f64,
    /// Only units of these kinds (all when empty).
    pub kinds: &'q [UnitKind],
}

/// One unit's score for a query.
#[derive(Debug, Clone)]
pub struct Scored {
    pub unit: usize,
    pub score: f64,
    pub lexical: f64,
    pub overlap: f64,
    /// Per concept of the query: how well it matched, and the synonym that did.
    pub concepts: Vec<(f64, Option<String>)>,
}

/// The result of scoring a query against a portfolio.
#[derive(Debug, Clone)]
pub struct Ranked {
    /// Every unit with a positive score, by unit index, in no particular order.
    pub scores: Vec<(usize, f64)>,
    /// The best units with their details, best first.
    pub top: Vec<Scored>,
}

/// A synonym that made a match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SynonymUse {
    /// The posting's word.
    pub term: String,
    /// The word in the CV that stood in for it.
    pub via: String,
}

/// Why a unit matched, in terms a person can check.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Explanation {
    /// Posting words found as written (after stemming and aliases) in the unit.
    pub matched_terms: Vec<String>,
    pub synonyms: Vec<SynonymUse>,
    pub shared_competencies: Vec<String>,
}

/// Scores queries against one portfolio, with document frequencies that also count
/// the posting's own lines, so words every requirement uses weigh little.
pub struct Scorer<'a, 'p> {
    pub vocab: &'a Vocabulary<'a>,
    pub portfolio: &'a Portfolio<'p>,
    extra_df: HashMap<String, usize>,
    extra_docs: usize,
}

impl<'a, 'p> Scorer<'a, 'p> {
    /// `posting_lines` are the concept keys of each requirement.
    pub fn new(
        vocab: &'a Vocabulary<'a>,
        portfolio: &'a Portfolio<'p>,
        posting_lines: &[Vec<&str>],
    ) -> Self {
        let mut extra_df: HashMap<String, usize> = HashMap::new();
        for line in posting_lines {
            let unique: HashSet<&&str> = line.iter().collect();
            for k in unique {
                *extra_df.entry((*k).to_string()).or_default() += 1;
            }
        }
        Scorer {
            vocab,
            portfolio,
            extra_df,
            extra_docs: posting_lines.len(),
        }
    }

    fn idf(&self, key: &str) -> f64 {
        let index = &self.portfolio.index;
        let df = index.df(key) + self.extra_df.get(key).copied().unwrap_or(0);
        idf(index.documents() + self.extra_docs, df)
    }

    /// Every unit with a positive score, best first (ties in portfolio order).
    pub fn score(&self, q: &Query) -> Vec<Scored> {
        self.rank(q, usize::MAX).top
    }

    /// Scores every unit: `scores` holds each unit with a positive score (in no
    /// particular order), `top` the best `keep` of them with their details, best
    /// first (ties in portfolio order). Work is linear in the postings touched;
    /// details are built only for the units kept.
    pub fn rank(&self, q: &Query, keep: usize) -> Ranked {
        let units = &self.portfolio.units;
        let n = q.concepts.len();
        // Dense per-unit slots: the portfolio can hold tens of thousands of units.
        const NONE: u32 = u32::MAX;
        let mut slot = vec![NONE; units.len()];
        let mut best: Vec<f64> = Vec::new();
        let mut via: Vec<u32> = Vec::new();
        let mut docs: Vec<usize> = Vec::new();
        let mut synonym_keys: Vec<&str> = Vec::new();
        let mut partial = vec![
            0.0;
            if q.concepts.iter().any(|c| !c.parts.is_empty()) {
                units.len()
            } else {
                0
            }
        ];
        let mut touched: Vec<usize> = Vec::new();
        let mut record = |doc: usize,
                          c: usize,
                          f: f64,
                          how: u32,
                          best: &mut Vec<f64>,
                          via: &mut Vec<u32>,
                          docs: &mut Vec<usize>| {
            if slot[doc] == NONE {
                slot[doc] = docs.len() as u32;
                docs.push(doc);
                best.extend(std::iter::repeat_n(0.0, n));
                via.extend(std::iter::repeat_n(NONE, n));
            }
            let i = slot[doc] as usize * n + c;
            if f > best[i] {
                best[i] = f;
                via[i] = how;
            }
        };
        for (c, concept) in q.concepts.iter().enumerate() {
            for (doc, f) in self.portfolio.index.frequencies(&concept.key) {
                record(doc, c, f, NONE, &mut best, &mut via, &mut docs);
            }
            if !concept.parts.is_empty() {
                let share = 1.0 / concept.parts.len() as f64;
                for part in &concept.parts {
                    for (doc, f) in self.portfolio.index.frequencies(part) {
                        if partial[doc] == 0.0 {
                            touched.push(doc);
                        }
                        partial[doc] += share * f.min(1.0);
                    }
                }
                touched.sort_unstable();
                for &doc in &touched {
                    record(
                        doc,
                        c,
                        PHRASE_PARTS_FACTOR * partial[doc],
                        NONE,
                        &mut best,
                        &mut via,
                        &mut docs,
                    );
                    partial[doc] = 0.0;
                }
                touched.clear();
            }
            for syn in self.vocab.synonyms_of(&concept.key) {
                if q.concepts.iter().any(|o| &o.key == syn) {
                    continue;
                }
                let id = synonym_keys.len() as u32;
                synonym_keys.push(syn);
                for (doc, f) in self.portfolio.index.frequencies(syn) {
                    record(
                        doc,
                        c,
                        f * SYNONYM_FACTOR,
                        id,
                        &mut best,
                        &mut via,
                        &mut docs,
                    );
                }
            }
        }
        let weights: Vec<f64> = q
            .concepts
            .iter()
            .map(|c| c.weight * self.idf(&c.key))
            .collect();
        let total: f64 = weights.iter().sum();
        let wanted: HashSet<&str> = q.competencies.iter().map(String::as_str).collect();
        let lexical_docs = docs.len();
        let mut wanted_mask = vec![false; self.portfolio.competency_position.len()];
        for c in &wanted {
            if let Some(&i) = self.portfolio.competency_position.get(*c) {
                wanted_mask[usize::from(i)] = true;
            }
        }
        let wanted_count = wanted.len();
        for c in &wanted {
            for &doc in self.portfolio.by_competency.get(*c).into_iter().flatten() {
                if slot[doc] == NONE {
                    slot[doc] = NONE - 1;
                    docs.push(doc);
                }
            }
        }
        let mut scores = Vec::with_capacity(docs.len());
        for (k, &doc) in docs.iter().enumerate() {
            let unit = &units[doc];
            if !q.kinds.is_empty() && !q.kinds.contains(&unit.kind) {
                continue;
            }
            let lexical = if k < lexical_docs && total > 0.0 {
                let row = &best[k * n..k * n + n];
                // A concept is matched at most once over: a short entry that names it
                // is not worth more than the concept itself.
                let sum: f64 = row.iter().zip(&weights).map(|(m, w)| m.min(1.0) * w).sum();
                (sum / total).min(1.0)
            } else {
                0.0
            };
            let overlap = if wanted_count == 0 {
                0.0
            } else {
                let shared = self.portfolio.competency_positions[doc]
                    .iter()
                    .filter(|&&i| wanted_mask.get(usize::from(i)).copied().unwrap_or(false))
                    .count();
                shared as f64 / wanted_count as f64
            };
            let raw = q.lexical_weight * lexical + q.competency_weight * overlap;
            let score = unit.kind.weight() * raw.min(1.0);
            if score > 0.0 {
                scores.push((doc, score, lexical, overlap, k));
            }
        }
        let order = |a: &(usize, f64, f64, f64, usize), b: &(usize, f64, f64, f64, usize)| {
            b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
        };
        let mut best_first = scores.clone();
        if keep < best_first.len() {
            best_first.select_nth_unstable_by(keep, order);
            best_first.truncate(keep);
        }
        best_first.sort_by(order);
        let top = best_first
            .into_iter()
            .map(|(doc, score, lexical, overlap, k)| {
                let concepts = if k < lexical_docs {
                    (0..n)
                        .map(|c| {
                            let v = via[k * n + c];
                            let key = (v != NONE).then(|| synonym_keys[v as usize].to_string());
                            (best[k * n + c], key)
                        })
                        .collect()
                } else {
                    vec![(0.0, None); n]
                };
                Scored {
                    unit: doc,
                    score,
                    lexical,
                    overlap,
                    concepts,
                }
            })
            .collect();
        Ranked {
            scores: scores
                .into_iter()
                .map(|(doc, score, ..)| (doc, score))
                .collect(),
            top,
        }
    }

    /// The words behind a unit's score.
    pub fn explain(&self, q: &Query, s: &Scored) -> Explanation {
        let unit = &self.portfolio.units[s.unit];
        let mut e = Explanation::default();
        let mut terms = None;
        for (concept, (m, via)) in q.concepts.iter().zip(&s.concepts) {
            if *m <= 0.0 {
                continue;
            }
            match via {
                None => push_unique(&mut e.matched_terms, &concept.text),
                Some(key) => {
                    let terms = terms.get_or_insert_with(|| self.vocab.analyze(&unit.text));
                    let surface = terms
                        .iter()
                        .find(|t| &t.key == key)
                        .map_or_else(|| key.clone(), |t| unit.text[t.start..t.end].to_string());
                    let use_ = SynonymUse {
                        term: concept.text.clone(),
                        via: surface,
                    };
                    if !e.synonyms.contains(&use_) {
                        e.synonyms.push(use_);
                    }
                }
            }
        }
        e.shared_competencies = unit
            .competencies
            .iter()
            .filter(|c| q.competencies.contains(c))
            .cloned()
            .collect();
        e
    }
}

fn push_unique(list: &mut Vec<String>, text: &str) {
    let lower = text.to_lowercase();
    if !list.iter().any(|t| t.to_lowercase() == lower) {
        list.push(text.to_string());
    }
}
