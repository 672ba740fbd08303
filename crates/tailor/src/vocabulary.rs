//! The lexicon and a framework's keywords, analysed once into lookups by term.

use std::collections::{BTreeSet, HashMap, HashSet};

use rustc_hash::FxHashMap;

use ctopath_framework::Framework;

use crate::lexicon::{self, Lexicon};
use crate::text::{Analyzer, Term};

/// Everything the matcher knows about terms, for one framework.
pub struct Vocabulary<'f> {
    pub framework: &'f Framework,
    pub lexicon: &'static Lexicon,
    pub analyzer: Analyzer,
    /// Term → competency ids it points at (framework keywords, lexicon terms, technologies).
    competencies: HashMap<String, BTreeSet<String>>,
    /// Term → positions in the framework's competency list of the competencies it points at.
    positions: FxHashMap<String, Vec<u16>>,
    /// Term → its synonyms' terms.
    synonyms: HashMap<String, Vec<String>>,
    technologies: HashSet<String>,
    domains: HashSet<String>,
    /// Term → stage id.
    stages: HashMap<String, String>,
}

impl<'f> Vocabulary<'f> {
    pub fn new(framework: &'f Framework) -> Self {
        let lexicon = lexicon::builtin();
        let keywords = framework
            .competencies
            .iter()
            .flat_map(|c| c.keywords.iter().map(String::as_str));
        let analyzer = Analyzer::new(lexicon, keywords);
        let known: HashSet<&str> = framework
            .competencies
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let mut competencies: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut add = |term: &str, id: &str| {
            if known.contains(id) {
                let key = analyzer.key_of(term);
                if !key.is_empty() {
                    competencies.entry(key).or_default().insert(id.to_string());
                }
            }
        };
        for c in &framework.competencies {
            for k in &c.keywords {
                add(k, &c.id);
            }
        }
        for (id, terms) in &lexicon.competency_terms {
            for t in terms {
                add(t, id);
            }
        }
        for (term, ids) in lexicon.technology_terms() {
            for id in ids {
                add(term, id);
            }
        }
        let index_of: HashMap<&str, u16> = framework
            .competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), u16::try_from(i).unwrap_or(u16::MAX)))
            .collect();
        let positions = competencies
            .iter()
            .map(|(k, ids)| {
                let mut p: Vec<u16> = ids
                    .iter()
                    .filter_map(|id| index_of.get(id.as_str()).copied())
                    .collect();
                p.sort_unstable();
                (k.clone(), p)
            })
            .collect();
        let mut synonyms: HashMap<String, Vec<String>> = HashMap::new();
        for group in &lexicon.synonyms {
            let keys: Vec<String> = group.iter().map(|t| analyzer.key_of(t)).collect();
            for k in &keys {
                let entry = synonyms.entry(k.clone()).or_default();
                for other in &keys {
                    if other != k && !entry.contains(other) {
                        entry.push(other.clone());
                    }
                }
            }
        }
        let technologies = lexicon
            .technology_terms()
            .map(|(t, _)| analyzer.key_of(t))
            .collect();
        let domains = lexicon.domains.iter().map(|d| analyzer.key_of(d)).collect();
        let stages = lexicon
            .stages
            .iter()
            .flat_map(|(id, words)| words.iter().map(move |w| (w, id)))
            .map(|(w, id)| (analyzer.key_of(w), id.clone()))
            .collect();
        Vocabulary {
            framework,
            lexicon,
            analyzer,
            competencies,
            positions,
            synonyms,
            technologies,
            domains,
            stages,
        }
    }

    pub fn analyze(&self, text: &str) -> Vec<Term> {
        self.analyzer.analyze(text)
    }

    /// Competency ids `key` points at.
    pub fn competencies_of(&self, key: &str) -> impl Iterator<Item = &String> {
        self.competencies.get(key).into_iter().flatten()
    }

    /// Competency ids the terms point at, in framework order.
    pub fn competencies_in<'t>(&self, keys: impl IntoIterator<Item = &'t str>) -> Vec<String> {
        let found: HashSet<&String> = keys
            .into_iter()
            .flat_map(|k| self.competencies_of(k))
            .collect();
        self.in_framework_order(found.into_iter().map(String::as_str))
    }

    /// Sorts competency ids as the framework lists them, dropping unknown ones.
    pub fn in_framework_order<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let wanted: HashSet<&str> = ids.into_iter().collect();
        self.framework
            .competencies
            .iter()
            .filter(|c| wanted.contains(c.id.as_str()))
            .map(|c| c.id.clone())
            .collect()
    }

    /// Positions (in the framework's list) of the competencies the terms point at,
    /// plus `stated` ids, sorted and without repeats.
    pub fn competency_positions<'t>(
        &self,
        keys: impl IntoIterator<Item = &'t str>,
        stated: &[String],
    ) -> Vec<u16> {
        let mut out: Vec<u16> = keys
            .into_iter()
            .filter_map(|k| self.positions.get(k))
            .flatten()
            .copied()
            .collect();
        for id in stated {
            if let Some(i) = self.framework.competencies.iter().position(|c| &c.id == id) {
                out.push(u16::try_from(i).unwrap_or(u16::MAX));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn synonyms_of(&self, key: &str) -> &[String] {
        self.synonyms.get(key).map_or(&[], Vec::as_slice)
    }

    pub fn is_technology(&self, key: &str) -> bool {
        self.technologies.contains(key)
    }

    pub fn is_domain(&self, key: &str) -> bool {
        self.domains.contains(key)
    }

    /// The stage (`startup`, `scaleup`, `enterprise`) a term names.
    pub fn stage_of(&self, key: &str) -> Option<&str> {
        self.stages.get(key).map(String::as_str)
    }

    /// Whether a term is one the posting world cares about: a technology, a domain
    /// or a competency keyword.
    pub fn is_salient(&self, key: &str) -> bool {
        self.is_technology(key) || self.is_domain(key) || self.competencies.contains_key(key)
    }

    pub fn is_weak(&self, key: &str) -> bool {
        self.analyzer.is_weak(key)
    }
}
