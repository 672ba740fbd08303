//! Word lists from the framework (vocabularies, competency, signal and path keywords),
//! compiled once into one automaton so each text of a career is read in a single pass.

use std::collections::HashMap;

use ctopath_evidence::Literals;

/// Index of a word list in a [`Lexicon`].
pub type ListId = usize;

pub struct Lexicon {
    automaton: Literals,
    /// For each pattern of the automaton, the lists that hold it, and whether each
    /// takes the pattern's plural too.
    owners: Vec<Vec<(ListId, bool)>>,
}

#[derive(Default)]
pub struct LexiconBuilder {
    phrases: Vec<String>,
    owners: Vec<Vec<(ListId, bool)>>,
    by_phrase: HashMap<String, usize>,
    lists: usize,
}

impl LexiconBuilder {
    /// Adds a named list matched exactly and returns its id: the framework's
    /// vocabularies, whose role nouns mean someone else in the plural ("tech lead"
    /// says the writer leads, "mentored tech leads" does not).
    pub fn list<'a>(
        &mut self,
        name: String,
        words: impl IntoIterator<Item = &'a String>,
    ) -> ListId {
        self.add(name, words, false)
    }

    /// Adds a named list of topics, which also match their plurals ("incident" in
    /// "incidents"), and returns its id: competency, signal and path keywords.
    pub fn topics<'a>(
        &mut self,
        name: String,
        words: impl IntoIterator<Item = &'a String>,
    ) -> ListId {
        self.add(name, words, true)
    }

    fn add<'a>(
        &mut self,
        name: String,
        words: impl IntoIterator<Item = &'a String>,
        plurals: bool,
    ) -> ListId {
        // The name documents the list at the call site; ids are what the scan reports.
        let _ = name;
        let id = self.lists;
        self.lists += 1;
        for w in words {
            let phrase = w.trim().to_ascii_lowercase();
            if phrase.is_empty() {
                continue;
            }
            let at = *self.by_phrase.entry(phrase.clone()).or_insert_with(|| {
                self.phrases.push(phrase);
                self.owners.push(Vec::new());
                self.phrases.len() - 1
            });
            if !self.owners[at].iter().any(|(l, _)| *l == id) {
                self.owners[at].push((id, plurals));
            }
        }
        id
    }

    pub fn build(self) -> Lexicon {
        // Phrases are lower case and `scan` lower-cases the text, so the automaton
        // need not fold case: `Engine::new` is part of every one-off command.
        let automaton = Literals::new(&self.phrases);
        Lexicon {
            automaton,
            owners: self.owners,
        }
    }
}

impl Lexicon {
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Calls `hit(list, matched)` for every whole-word occurrence of a listed phrase in
    /// `text`, once per list and starting position. In a list of topics a phrase also
    /// matches its plural ("performance review" in "performance reviews"): such lists
    /// are written in the singular, resumes in both.
    pub fn scan<'t>(&self, text: &'t str, mut hit: impl FnMut(ListId, &'t str)) {
        let bytes = text.as_bytes();
        // ASCII lower-casing keeps every byte offset, so matches index `text` itself.
        let lower = text.to_ascii_lowercase();
        let lower = lower.as_bytes();
        // "manager" and "managers" may both be listed: one hit per list and start.
        let mut reported: Vec<(usize, ListId)> = Vec::new();
        self.automaton.each_overlapping(lower, |m| {
            let (s, e) = (m.start, m.end);
            let before_ok = s == 0 || !is_word_byte(bytes[s - 1]);
            let exact = e == lower.len() || !is_word_byte(lower[e]);
            if before_ok && (exact || plural_follows(lower, e)) {
                for &(list, plurals) in &self.owners[m.literal] {
                    if (exact || plurals) && !reported.contains(&(s, list)) {
                        reported.push((s, list));
                        hit(list, &text[s..e]);
                    }
                }
            }
        });
    }
}

impl Lexicon {
    /// Whether `text` holds a phrase of `list`, by the same rules as [`Lexicon::scan`].
    pub fn mentions(&self, text: &str, list: ListId) -> bool {
        let mut found = false;
        self.scan(text, |l, _| found |= l == list);
        found
    }
}

/// Whether a plural ending ("s" or "es") that ends a word follows a match ending at
/// `e`, after a letter.
fn plural_follows(lower: &[u8], e: usize) -> bool {
    let boundary = |at: usize| at >= lower.len() || !is_word_byte(lower[at]);
    let after_letter = e > 0 && lower[e - 1].is_ascii_lowercase();
    after_letter
        && match lower[e] {
            b's' => boundary(e + 1),
            b'e' => lower.get(e + 1) == Some(&b's') && boundary(e + 2),
            _ => false,
        }
}

/// Letters and digits join words; a phrase must not start or end inside one. Non-ASCII
/// bytes count as letters so that "café" does not end a word at "caf".
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> (Lexicon, ListId, ListId) {
        let mut b = Lexicon::builder();
        let business = b.topics(
            "business".into(),
            &["revenue".to_string(), "cost".to_string(), "p&l".to_string()],
        );
        let people = b.list("people".into(), &["hired".to_string(), "1:1".to_string()]);
        (b.build(), business, people)
    }

    #[test]
    fn matches_whole_words_ignoring_case() {
        let (lex, business, people) = lexicon();
        let mut hits = Vec::new();
        lex.scan("Grew Revenue, hired 5; costly P&L; ran 1:1s", |l, m| {
            hits.push((l, m))
        });
        assert_eq!(
            hits,
            vec![(business, "Revenue"), (people, "hired"), (business, "P&L")]
        );
    }

    #[test]
    fn a_phrase_matches_its_plural_but_not_a_longer_word() {
        let (lex, business, _) = lexicon();
        let mut hits = Vec::new();
        lex.scan(
            "Cut costs; revenues grew; costly; costed; costses",
            |l, m| hits.push((l, m)),
        );
        assert_eq!(hits, vec![(business, "cost"), (business, "revenue")]);
        // Listed in both forms, a plural is still one hit.
        let mut b = Lexicon::builder();
        let list = b.topics("m".into(), &["manager".to_string(), "managers".to_string()]);
        let exact = b.list("e".into(), &["tech lead".to_string()]);
        let lex = b.build();
        let mut hits = Vec::new();
        lex.scan("two managers; mentored tech leads", |l, m| {
            hits.push((l, m))
        });
        assert_eq!(
            hits,
            vec![(list, "manager")],
            "a vocabulary takes no plural"
        );
        let _ = exact;
    }

    #[test]
    fn a_phrase_in_two_lists_reports_both() {
        let mut b = Lexicon::builder();
        let a = b.list("a".into(), &["strategy".to_string()]);
        let c = b.list("c".into(), &["Strategy".to_string()]);
        let lex = b.build();
        let mut hits = Vec::new();
        lex.scan("set the strategy", |l, _| hits.push(l));
        assert_eq!(hits, vec![a, c]);
    }
}
