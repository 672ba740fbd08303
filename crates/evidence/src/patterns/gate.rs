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

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use crate::matcher::{Captures, Match, Regex};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::compile;
use super::prefixes::PREFIXES;

/// One built-in pattern: its source, where its prefixes sit in the gate, and the regex,
/// compiled when a text first needs it.
pub(crate) struct Pattern {
    /// The pattern's bit in [`Text`]'s gate; `None` when it must always be searched
    /// because the table does not know this source.
    slot: Option<u32>,
    source: String,
    /// Only for a pattern without a slot; the others keep theirs in [`SLOTS`].
    regex: OnceLock<Regex>,
}

/// The source and compiled regex of each row of the prefix table, kept by row so that
/// [`warm_up`] can compile the rows a profile needs without knowing the families.
struct Slot {
    source: OnceLock<Box<str>>,
    regex: OnceLock<Regex>,
}

static SLOTS: [Slot; 128] = [const {
    Slot {
        source: OnceLock::new(),
        regex: OnceLock::new(),
    }
}; 128];

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
        for m in g.literals.find_overlapping_iter(&text.to_ascii_lowercase()) {
            let masks = &g.masks[m.pattern().as_usize()];
            starts |= masks.starts;
            if m.start() == 0 || !is_word_byte(text.as_bytes()[m.start() - 1]) {
                starts |= masks.starts_word;
            }
            ends |= masks.ends;
        }
        Text {
            text,
            gate: starts & ends,
        }
    }

    /// The text with no pattern allowed (patterns without a slot still run).
    fn nothing() -> Text<'static> {
        Text { text: "", gate: 0 }
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
        if let Some(i) = slot {
            SLOTS[i as usize].source.get_or_init(|| source.into());
        }
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
        let cell = match self.slot {
            Some(i) => &SLOTS[i as usize].regex,
            None => &self.regex,
        };
        cell.get_or_init(|| compile(&self.source))
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

/// Compiles the patterns `texts` will wake, spread over the machine's cores, the first
/// time it is called in a process; later calls return at once.
///
/// All fifty-odd patterns compile in about 2 ms on one core (the regex crate took
/// about 60 ms, see [`crate::matcher`]); read ahead over the whole profile, the part
/// one `assess` needs splits across cores. After the first profile, texts compile what
/// they still need as they meet it: a long batch runs on every core already and would
/// only pay for the extra pass.
pub(crate) fn warm_up<'a>(texts: impl IntoIterator<Item = &'a str>) {
    static DONE: AtomicBool = AtomicBool::new(false);
    if DONE.swap(true, Ordering::Relaxed) {
        return;
    }
    compile_for(texts.into_iter().fold(0u128, |g, t| g | Text::new(t).gate));
}

/// Compiles, on every core, the patterns of the slots set in `need`.
fn compile_for(need: u128) {
    // Build every family once, which files each pattern's source under its slot.
    super::scan(Text::nothing(), &mut Vec::new());
    let todo: Vec<&Slot> = SLOTS
        .iter()
        .enumerate()
        .filter(|&(i, s)| need >> i & 1 == 1 && s.source.get().is_some() && s.regex.get().is_none())
        .map(|(_, s)| s)
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(todo.len());
    if threads < 2 {
        return;
    }
    let next = AtomicUsize::new(0);
    let work = || {
        while let Some(slot) = todo.get(next.fetch_add(1, Ordering::Relaxed)) {
            if let Some(source) = slot.source.get() {
                slot.regex.get_or_init(|| compile(source));
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            s.spawn(work);
        }
        work();
    });
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
    literals: AhoCorasick,
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
    // Case-sensitive over lower-cased text: it builds in less than half the time of an
    // ASCII-case-insensitive automaton, and every `assess` builds it.
    let literals = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&literals)
        .expect("the prefix literals build an automaton");
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
