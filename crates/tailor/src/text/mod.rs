//! From text to matching terms: tokens, aliases, phrases, stop words and stems.
//!
//! Postings, CVs and the lexicon itself all pass through the same [`Analyzer`], so a
//! term means the same thing wherever it comes from: "k8s" and "Kubernetes" become
//! one term, "data structures" and "data structure" another, and "C++" stays "c++".

mod stem;
pub mod tokenize;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::lexicon::Lexicon;
pub use stem::stem_word;
pub use tokenize::{Token, tokenize};

/// One term found in a text, with the byte span it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The normalised form terms are compared by (stemmed; phrases joined by spaces).
    pub key: String,
    pub start: usize,
    pub end: usize,
    /// True for a multi-word phrase from the lexicon or the framework's keywords.
    pub phrase: bool,
}

/// A word before phrase merging.
#[derive(Debug, Clone)]
struct Base {
    key: String,
    start: usize,
    end: usize,
    /// Stop words and bare numbers take part in phrases but are not terms themselves.
    silent: bool,
}

/// One analysed word of a raw token: key, start and end within the token, silent.
type TokenPart = (String, usize, usize, bool);

/// A phrase in the table: the keys it is made of and the term it stands for.
#[derive(Debug, Clone)]
struct Phrase {
    keys: Vec<String>,
    output: String,
    /// Aliases replace their words; other phrases are added next to them.
    replaces: bool,
}

/// Turns text into terms. Build one per framework (its keywords become phrases)
/// and reuse it: stems are cached.
pub struct Analyzer {
    stopwords: HashSet<String>,
    weak: HashSet<String>,
    compounds: HashSet<String>,
    /// A whole raw token (lower case) that is another spelling of a term.
    token_alias: HashMap<String, String>,
    /// Exact spelling → term, for technologies that are also everyday words.
    case_sensitive: HashMap<String, String>,
    case_words: HashSet<String>,
    /// Technology names and the lexicon's `no_stem` words, kept as written:
    /// stemming "aws" or "redis" helps nobody, and "production" is not "product".
    verbatim: HashSet<String>,
    phrases: FxHashMap<String, Vec<Phrase>>,
    cache: RefCell<HashMap<String, String>>,
    /// Raw token → its analysed words (key, start, end within the token, silent):
    /// CVs repeat their words, so most tokens are analysed once.
    tokens: RefCell<FxHashMap<String, Vec<TokenPart>>>,
}

impl Analyzer {
    /// An analyser for `lexicon`, with `extra_phrases` (such as a framework's
    /// competency keywords) recognised as phrases too.
    pub fn new<'a>(lexicon: &'a Lexicon, extra_phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let mut a = Analyzer {
            stopwords: lexicon.stopwords.iter().map(|s| s.to_lowercase()).collect(),
            weak: HashSet::new(),
            compounds: lexicon.compounds.iter().cloned().collect(),
            token_alias: HashMap::new(),
            case_sensitive: HashMap::new(),
            case_words: HashSet::new(),
            verbatim: lexicon
                .technology_terms()
                .map(|(t, _)| t.to_string())
                .filter(|t| !t.contains(char::is_whitespace))
                .chain(lexicon.no_stem.iter().cloned())
                .collect(),
            phrases: FxHashMap::default(),
            cache: RefCell::new(HashMap::new()),
            tokens: RefCell::new(FxHashMap::default()),
        };
        for word in &lexicon.case_sensitive {
            let lower = word.to_lowercase();
            a.case_sensitive.insert(word.clone(), lower.clone());
            a.case_words.insert(lower);
        }
        // Canonical terms first, so aliases can point at their analysed form.
        for (canonical, spellings) in &lexicon.aliases {
            let output = a.key_of(canonical);
            for spelling in std::iter::once(canonical).chain(spellings) {
                if !spelling.contains(char::is_whitespace) && !a.case_words.contains(spelling) {
                    a.token_alias.insert(spelling.clone(), output.clone());
                }
                let keys = a.base_keys(spelling);
                if keys.len() > 1 {
                    a.add_phrase(keys, output.clone(), true);
                }
            }
        }
        let mut descriptive: Vec<&str> = Vec::new();
        descriptive.extend(lexicon.technology_terms().map(|(t, _)| t));
        descriptive.extend(lexicon.domains.iter().map(String::as_str));
        descriptive.extend(lexicon.synonyms.iter().flatten().map(String::as_str));
        descriptive.extend(
            lexicon
                .competency_terms
                .values()
                .flatten()
                .map(String::as_str),
        );
        descriptive.extend(lexicon.stages.values().flatten().map(String::as_str));
        descriptive.extend(extra_phrases);
        for phrase in descriptive {
            let keys = a.base_keys(phrase);
            if keys.len() > 1 {
                let output = keys.join(" ");
                a.add_phrase(keys, output, false);
            }
        }
        a.weak = lexicon.weak_words.iter().map(|w| a.key_of(w)).collect();
        // Tokens seen while the tables were being filled were read with part of
        // them; read them afresh.
        a.tokens.borrow_mut().clear();
        a
    }

    fn add_phrase(&mut self, keys: Vec<String>, output: String, replaces: bool) {
        let list = self.phrases.entry(keys[0].clone()).or_default();
        if !list.iter().any(|p| p.keys == keys) {
            list.push(Phrase {
                keys,
                output,
                replaces,
            });
            // Longest first, so the greedy match prefers "machine learning engineer"
            // over "machine learning".
            list.sort_by_key(|p| std::cmp::Reverse(p.keys.len()));
        }
    }

    /// The single term a short text of the lexicon stands for ("Data Structures" →
    /// "data structur", "k8s" → "kubernet"); its analysed words joined otherwise.
    pub fn key_of(&self, text: &str) -> String {
        let keys = self.base_keys(text);
        if let [only] = keys.as_slice() {
            return only.clone();
        }
        let Some(first) = keys.first() else {
            return String::new();
        };
        self.phrases
            .get(first)
            .and_then(|list| list.iter().find(|p| p.keys == keys))
            .map_or_else(|| keys.join(" "), |p| p.output.clone())
    }

    /// The analysed words of `text`, without phrase merging (used to build phrases).
    fn base_keys(&self, text: &str) -> Vec<String> {
        self.bases(text).into_iter().map(|b| b.key).collect()
    }

    fn bases(&self, text: &str) -> Vec<Base> {
        let mut out = Vec::new();
        for token in tokenize(text) {
            if let Some(parts) = self.tokens.borrow().get(token.text) {
                for (key, s, e, silent) in parts {
                    out.push(base(key.clone(), token.start + s, token.start + e, *silent));
                }
                continue;
            }
            let from = out.len();
            self.push_token(token, &mut out);
            let parts = out[from..]
                .iter()
                .map(|b| {
                    (
                        b.key.clone(),
                        b.start - token.start,
                        b.end - token.start,
                        b.silent,
                    )
                })
                .collect();
            self.tokens
                .borrow_mut()
                .insert(token.text.to_string(), parts);
        }
        out
    }

    fn push_token(&self, token: Token<'_>, out: &mut Vec<Base>) {
        let raw = token.text;
        if let Some(key) = self.case_sensitive.get(raw) {
            out.push(base(key.clone(), token.start, token.end, false));
            return;
        }
        let mut lower = raw.to_lowercase();
        if lower.contains('’') {
            lower = lower.replace('’', "'");
        }
        if self.case_words.contains(&lower) {
            // "go to market" is not the Go language.
            out.push(base(lower, token.start, token.end, true));
            return;
        }
        if let Some(key) = self.token_alias.get(&lower) {
            out.push(base(key.clone(), token.start, token.end, false));
            return;
        }
        if self.compounds.contains(&lower) || is_technical_shape(&lower) {
            out.push(base(lower, token.start, token.end, false));
            return;
        }
        // Split on joiners that are not part of a known compound ("AWS/GCP/Azure").
        let mut offset = token.start;
        for part in raw.split(['/', '-', '&', '_']) {
            let start = offset;
            offset += part.len() + 1;
            if part.is_empty() {
                continue;
            }
            let end = start + part.len();
            let lower = part.to_lowercase();
            let lower = lower.trim_end_matches('+').to_string();
            if let Some(key) = self.token_alias.get(&lower) {
                out.push(base(key.clone(), start, end, false));
                continue;
            }
            let silent = self.stopwords.contains(&lower)
                || (self.case_words.contains(&lower) && !self.case_sensitive.contains_key(part))
                || lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                || (lower.chars().count() == 1 && !lower.chars().all(|c| c.is_ascii_digit()));
            let key = if lower.chars().all(char::is_alphabetic) && !self.verbatim.contains(&lower) {
                self.stem(&lower)
            } else {
                lower
            };
            out.push(base(key, start, end, silent));
        }
    }

    fn stem(&self, word: &str) -> String {
        if let Some(s) = self.cache.borrow().get(word) {
            return s.clone();
        }
        let s = stem_word(word);
        self.cache.borrow_mut().insert(word.to_string(), s.clone());
        s
    }

    /// The terms of `text`: words (stemmed, stop words dropped) and, next to them,
    /// the phrases they form; aliases are replaced by their canonical term.
    pub fn analyze(&self, text: &str) -> Vec<Term> {
        let mut bases = self.bases(text);
        let mut out = Vec::with_capacity(bases.len() + 2);
        let mut i = 0;
        while i < bases.len() {
            let found = self.phrases.get(&bases[i].key).and_then(|list| {
                list.iter().find(|p| {
                    p.keys.len() <= bases.len() - i
                        && p.keys.iter().zip(&bases[i..]).all(|(k, b)| *k == b.key)
                })
            });
            if let Some(p) = found {
                let last = &bases[i + p.keys.len() - 1];
                out.push(Term {
                    key: p.output.clone(),
                    start: bases[i].start,
                    end: last.end,
                    phrase: true,
                });
                if p.replaces {
                    i += p.keys.len();
                    continue;
                }
            }
            // Phrases only look forward, so this word's key is no longer needed here.
            let b = &mut bases[i];
            if !b.silent {
                out.push(Term {
                    key: std::mem::take(&mut b.key),
                    start: b.start,
                    end: b.end,
                    phrase: false,
                });
            }
            i += 1;
        }
        out
    }

    /// True for words that say little on their own ("experience", "strong").
    pub fn is_weak(&self, key: &str) -> bool {
        self.weak.contains(key)
    }
}

fn base(key: String, start: usize, end: usize, silent: bool) -> Base {
    Base {
        key,
        start,
        end,
        silent,
    }
}

/// Tokens whose punctuation is part of the name: "c++", "c#", "node.js", ".net".
fn is_technical_shape(lower: &str) -> bool {
    let letters = lower.chars().any(char::is_alphabetic);
    letters
        && (lower.ends_with('+')
            || lower.ends_with('#')
            || lower.starts_with('.')
            || (lower.contains('.') && !lower.ends_with('.')))
}

#[cfg(test)]
mod tests;
