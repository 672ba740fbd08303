//! Okapi BM25 over the units of a career: the lexical half of the matching.
//!
//! Terms are interned and stored in postings lists, so scoring a query touches only
//! the documents that contain one of its terms.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

/// Term-frequency saturation: a second mention counts for less than the first.
pub const K1: f64 = 1.2;
/// Length normalisation: a term in a short highlight says more than in a long summary.
pub const B: f64 = 0.75;

/// An inverted index over documents given as lists of terms.
#[derive(Debug, Default)]
pub struct Index {
    ids: FxHashMap<String, u32>,
    /// Per term id: (document, term frequency).
    postings: Vec<Vec<(u32, u32)>>,
    lengths: Vec<u32>,
    average: f64,
}

impl Index {
    /// Indexes `docs`; document `i` is the `i`th list of terms.
    pub fn build<I, D, S>(docs: I) -> Index
    where
        I: IntoIterator<Item = D>,
        D: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut index = Index::default();
        let mut counts: FxHashMap<u32, u32> = FxHashMap::default();
        for (doc, terms) in docs.into_iter().enumerate() {
            counts.clear();
            let mut length = 0;
            for term in terms {
                let term = term.as_ref();
                let id = match index.ids.get(term) {
                    Some(&id) => id,
                    None => {
                        let id = u32::try_from(index.ids.len()).unwrap_or(u32::MAX);
                        index.ids.insert(term.to_string(), id);
                        index.postings.push(Vec::new());
                        id
                    }
                };
                *counts.entry(id).or_default() += 1;
                length += 1;
            }
            let doc = u32::try_from(doc).unwrap_or(u32::MAX);
            let mut sorted: Vec<(u32, u32)> = counts.iter().map(|(&t, &n)| (t, n)).collect();
            sorted.sort_unstable();
            for (term, tf) in sorted {
                index.postings[term as usize].push((doc, tf));
            }
            index.lengths.push(length);
        }
        let total: u64 = index.lengths.iter().map(|&l| u64::from(l)).sum();
        index.average = if index.lengths.is_empty() {
            1.0
        } else {
            (total as f64 / index.lengths.len() as f64).max(1.0)
        };
        index
    }

    pub fn documents(&self) -> usize {
        self.lengths.len()
    }

    /// Number of documents containing `term`.
    pub fn df(&self, term: &str) -> usize {
        self.ids
            .get(term)
            .map_or(0, |&id| self.postings[id as usize].len())
    }

    pub fn contains(&self, term: &str) -> bool {
        self.df(term) > 0
    }

    /// The saturated, length-normalised frequency of `term` in each document that
    /// holds it: `tf·(k1+1) / (tf + k1·(1 − b + b·len/avg))`, which is 1 for one
    /// mention in a document of average length.
    pub fn frequencies(&self, term: &str) -> impl Iterator<Item = (usize, f64)> + '_ {
        let list = self
            .ids
            .get(term)
            .map_or(&[][..], |&id| self.postings[id as usize].as_slice());
        list.iter().map(move |&(doc, tf)| {
            let tf = f64::from(tf);
            let len = f64::from(self.lengths[doc as usize]);
            let norm = K1 * (1.0 - B + B * len / self.average);
            (doc as usize, tf * (K1 + 1.0) / (tf + norm))
        })
    }
}

/// BM25's inverse document frequency (the "plus one" form, never negative).
pub fn idf(documents: usize, df: usize) -> f64 {
    let n = documents as f64;
    let df = df as f64;
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Plain BM25 of a bag of query terms against every document, best first (ties by
/// document order). Used where no synonyms or weights are wanted, and in tests.
pub fn rank(index: &Index, query: &[&str]) -> Vec<(usize, f64)> {
    let mut scores: HashMap<usize, f64> = HashMap::new();
    for term in query {
        let w = idf(index.documents(), index.df(term));
        for (doc, f) in index.frequencies(term) {
            *scores.entry(doc).or_default() += w * f;
        }
    }
    let mut out: Vec<(usize, f64)> = scores.into_iter().collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Index {
        Index::build([
            vec!["kafka", "stream", "platform"],
            vec!["hire", "engin", "team", "team"],
            vec![
                "kafka", "kafka", "kafka", "migrat", "monolith", "servic", "event", "driven",
            ],
            vec!["budget", "cloud", "cost"],
        ])
    }

    #[test]
    fn rare_terms_outweigh_common_ones() {
        let index = Index::build([vec!["team", "kafka"], vec!["team"], vec!["team"]]);
        assert!(idf(3, index.df("kafka")) > idf(3, index.df("team")));
        assert_eq!(rank(&index, &["team", "kafka"])[0].0, 0);
    }

    #[test]
    fn frequency_saturates_and_length_normalises() {
        let index = docs();
        let ranked = rank(&index, &["kafka"]);
        assert_eq!(ranked.len(), 2);
        // Three mentions in a long document beat one in a short one, but not threefold.
        assert_eq!(ranked[0].0, 2);
        assert!(ranked[0].1 < 2.0 * ranked[1].1, "{ranked:?}");
    }

    #[test]
    fn only_documents_with_a_query_term_are_scored() {
        let index = docs();
        assert_eq!(rank(&index, &["budget", "hire"]).len(), 2);
        assert!(rank(&index, &["nothing"]).is_empty());
        assert_eq!(index.df("team"), 1);
    }

    #[test]
    fn one_mention_in_an_average_document_scores_one() {
        let index = Index::build([vec!["a", "b"], vec!["c", "d"]]);
        let (_, f) = index.frequencies("a").next().unwrap();
        assert!((f - 1.0).abs() < 1e-9);
    }
}
