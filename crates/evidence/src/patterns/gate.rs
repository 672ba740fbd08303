//! Searching a text only with the patterns that could match it.
//!
//! Every match of a pattern begins with one of a known set of literals and ends with
//! one of another: its prefixes and suffixes, taken from the pattern by regex-syntax
//! and kept in `prefixes.rs`. One Aho-Corasick pass over a text finds which of them
//! occur, and only the patterns with both a prefix and a suffix in the text are
//! searched: "12" lets a count through, but only "12 direct reports" wakes the
//! pattern for direct reports. A typical resume line wakes a handful of the fifty-odd patterns,
//! so extraction runs several times faster, and a pattern is compiled only when a text
//! first needs it, which keeps compiling out of a short process that needs few.
//!
//! The gate can only skip a pattern that cannot match, so results are the same as
//! searching with every pattern; a test holds that on every example in the repository.
//! One deliberate difference: prefixes are compared ASCII case-insensitively, so the
//! Kelvin sign no longer stands in for a `k`.

use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::{Captures, Match, Regex};

use super::compile;
use super::prefixes::PREFIXES;

/// One built-in pattern: its source, where its prefixes sit in the gate, and the regex,
/// compiled when a text first needs it.
pub(crate) struct Pattern {
    /// The pattern's bit in [`Text`]'s gate; `None` when it must always be searched
    /// (its prefixes are unbounded, or the table does not know this source).
    slot: Option<u32>,
    source: String,
    regex: OnceLock<Regex>,
}

/// A text with the set of patterns that may match it.
#[derive(Clone, Copy)]
pub(crate) struct Text<'t> {
    text: &'t str,
    gate: u128,
}

impl<'t> Text<'t> {
    pub(crate) fn new(text: &'t str) -> Text<'t> {
        let g = &*GATE;
        let (mut starts, mut ends) = (g.any_start, g.any_end);
        for m in g.literals.find_overlapping_iter(text) {
            let i = m.pattern().as_usize();
            starts |= g.starts[i];
            if m.start() == 0 || !is_word_byte(text.as_bytes()[m.start() - 1]) {
                starts |= g.starts_word[i];
            }
            ends |= g.ends[i];
        }
        Text {
            text,
            gate: starts & ends,
        }
    }

    /// The text with every pattern allowed: what the gate must agree with.
    #[cfg(test)]
    pub(crate) fn ungated(text: &'t str) -> Text<'t> {
        Text {
            text,
            gate: u128::MAX,
        }
    }

    pub(crate) fn as_str(self) -> &'t str {
        self.text
    }
}

impl Pattern {
    /// `name` is the pattern's key in the prefix table, e.g. `people.team_of`.
    pub(crate) fn new(name: &'static str, source: &str) -> Pattern {
        #[cfg(test)]
        tests::register(name, source);
        let hash = fnv1a(source);
        let slot = PREFIXES
            .iter()
            .position(|e| e.name == name && e.source_hash == hash)
            .map(|i| i as u32);
        Pattern {
            slot,
            source: source.to_string(),
            regex: OnceLock::new(),
        }
    }

    fn may_match(&self, t: Text<'_>) -> bool {
        self.slot.is_none_or(|i| t.gate >> i & 1 == 1)
    }

    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| compile(&self.source))
    }

    pub(crate) fn captures_iter<'t>(
        &self,
        t: Text<'t>,
    ) -> impl Iterator<Item = Captures<'t>> + use<'_, 't> {
        self.may_match(t)
            .then(|| self.regex().captures_iter(t.text))
            .into_iter()
            .flatten()
    }

    pub(crate) fn find_iter<'t>(
        &self,
        t: Text<'t>,
    ) -> impl Iterator<Item = Match<'t>> + use<'_, 't> {
        self.may_match(t)
            .then(|| self.regex().find_iter(t.text))
            .into_iter()
            .flatten()
    }

    pub(crate) fn captures_at<'t>(&self, t: Text<'t>, at: usize) -> Option<Captures<'t>> {
        if !self.may_match(t) {
            return None;
        }
        self.regex().captures_at(t.text, at)
    }
}

/// One row of the prefix table.
pub(crate) struct Prefixes {
    pub name: &'static str,
    /// FNV-1a of the pattern's source, so a pattern edited without regenerating the
    /// table is searched always (correct, slower) instead of being gated wrongly.
    pub source_hash: u64,
    /// Every match starts at an ASCII word boundary, so a prefix found inside a word
    /// ("a" in "data") does not let the pattern through.
    pub at_word_start: bool,
    /// Lower-case literals one of which every match starts with; `None` when unbounded.
    pub prefixes: Option<&'static [&'static str]>,
    /// Lower-case literals one of which every match ends with; `None` when unbounded.
    pub suffixes: Option<&'static [&'static str]>,
}

struct Gate {
    literals: AhoCorasick,
    /// For each literal, the patterns it starts wherever it is found.
    starts: Vec<u128>,
    /// For each literal, the patterns it starts only at the start of a word.
    starts_word: Vec<u128>,
    /// For each literal, the patterns it ends.
    ends: Vec<u128>,
    /// Patterns whose prefixes, or suffixes, are unbounded: never held back by them.
    any_start: u128,
    any_end: u128,
}

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    assert!(PREFIXES.len() <= 128, "the gate holds at most 128 patterns");
    let mut literals: Vec<&str> = Vec::new();
    let (mut starts, mut starts_word, mut ends) = (Vec::new(), Vec::new(), Vec::new());
    let (mut any_start, mut any_end) = (0u128, 0u128);
    let mut slot_of = |lit: &'static str| match literals.iter().position(|l| *l == lit) {
        Some(at) => at,
        None => {
            literals.push(lit);
            starts.push(0u128);
            starts_word.push(0u128);
            ends.push(0u128);
            literals.len() - 1
        }
    };
    let mut marks = Vec::new();
    for (i, row) in PREFIXES.iter().enumerate() {
        let bit = 1u128 << i;
        match row.prefixes {
            // A boundary before a literal that starts with a word character means the
            // character before it is not one; other literals are not narrowed.
            Some(lits) => {
                for lit in lits {
                    let word = row.at_word_start && lit.bytes().next().is_some_and(is_word_byte);
                    marks.push((slot_of(lit), bit, if word { 1 } else { 0 }));
                }
            }
            None => any_start |= bit,
        }
        match row.suffixes {
            Some(lits) => {
                for lit in lits {
                    marks.push((slot_of(lit), bit, 2));
                }
            }
            None => any_end |= bit,
        }
    }
    for (at, bit, kind) in marks {
        match kind {
            0 => starts[at] |= bit,
            1 => starts_word[at] |= bit,
            _ => ends[at] |= bit,
        }
    }
    let literals = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&literals)
        .expect("the prefix literals build an automaton");
    Gate {
        literals,
        starts,
        starts_word,
        ends,
        any_start,
        any_end,
    }
});

/// A word character for the ASCII `\b` the patterns are compiled with.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike the std hasher.
pub(crate) fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
#[path = "gate_tests.rs"]
pub(crate) mod tests;
