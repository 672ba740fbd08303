//! Searching a text only with the patterns that could match it.
//!
//! Every match of a pattern begins with one of a known set of literals and ends with
//! one of another: its prefixes and suffixes, taken from the pattern by regex-syntax
//! and kept in `prefixes.rs`. One pass of [`Literals`] over a text finds which of them
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

use crate::literals::Literals;
use crate::matcher::{Captures, Match, Regex};

use super::compile;
use super::prefixes::PREFIXES;

/// One built-in pattern: its source, where its prefixes sit in the gate, and the
/// compiled matcher, made when a text first needs it from the shipped program (see
/// `programs.rs`), or compiled from source when that is stale.
pub(crate) struct Pattern {
    name: &'static str,
    /// The pattern's bit in [`Text`]'s gate; `None` when it must always be searched
    /// because the table does not know this source.
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
        // The literals are lower case; ASCII lower-casing keeps every byte offset.
        g.literals
            .each_overlapping(text.to_ascii_lowercase().as_bytes(), |m| {
                let masks = &g.masks[m.literal];
                starts |= masks.starts;
                if m.start == 0 || !is_word_byte(text.as_bytes()[m.start - 1]) {
                    starts |= masks.starts_word;
                }
                ends |= masks.ends;
            });
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
            name,
            slot,
            source: source.to_string(),
            regex: OnceLock::new(),
        }
    }

    fn may_match(&self, t: Text<'_>) -> bool {
        self.slot.is_none_or(|i| t.gate >> i & 1 == 1)
    }

    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            super::programs::shipped(self.name, &self.source)
                .unwrap_or_else(|| compile(&self.source))
        })
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

/// The patterns one literal lets through, as bits of the prefix table's rows.
#[derive(Default)]
struct Masks {
    /// Patterns it starts wherever it is found.
    starts: u128,
    /// Patterns it starts only at the start of a word.
    starts_word: u128,
    /// Patterns it ends.
    ends: u128,
}

struct Gate {
    literals: Literals,
    /// Per literal of the automaton.
    masks: Vec<Masks>,
    /// Patterns whose prefixes, or suffixes, are unbounded: never held back by them.
    any_start: u128,
    any_end: u128,
}

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    assert!(PREFIXES.len() <= 128, "the gate holds at most 128 patterns");
    let mut literals: Vec<&str> = Vec::new();
    let mut masks: Vec<Masks> = Vec::new();
    let (mut any_start, mut any_end) = (0u128, 0u128);
    for (i, row) in PREFIXES.iter().enumerate() {
        let bit = 1u128 << i;
        match row.prefixes {
            // A boundary before a literal that starts with a word character means the
            // character before it is not one; other literals are not narrowed.
            Some(lits) => {
                for lit in lits {
                    let m = masks_of(&mut literals, &mut masks, lit);
                    if row.at_word_start && lit.bytes().next().is_some_and(is_word_byte) {
                        m.starts_word |= bit;
                    } else {
                        m.starts |= bit;
                    }
                }
            }
            None => any_start |= bit,
        }
        match row.suffixes {
            Some(lits) => {
                for lit in lits {
                    masks_of(&mut literals, &mut masks, lit).ends |= bit;
                }
            }
            None => any_end |= bit,
        }
    }
    // Lower-case literals over lower-cased text: ASCII case folding in the automaton
    // would double it, and every `assess` builds it.
    let literals = Literals::new(&literals);
    Gate {
        literals,
        masks,
        any_start,
        any_end,
    }
});

/// The masks of `lit`, added to the automaton's literals when new.
fn masks_of<'m>(
    literals: &mut Vec<&'static str>,
    masks: &'m mut Vec<Masks>,
    lit: &'static str,
) -> &'m mut Masks {
    let at = literals.iter().position(|l| *l == lit).unwrap_or_else(|| {
        literals.push(lit);
        masks.push(Masks::default());
        literals.len() - 1
    });
    &mut masks[at]
}

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
