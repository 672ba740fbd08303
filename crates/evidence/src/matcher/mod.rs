//! A pattern matcher that starts in microseconds, for the evidence patterns.
//!
//! The regex crate builds automata that search huge texts fast, and building them for
//! the fifty-odd evidence patterns takes about 60 ms: most of what a one-off
//! `ctopath assess` used to cost. Compiling for a plain backtracker is a walk over the
//! pattern (2 ms for all of them), and resume texts are short enough for it to
//! search. A pattern searched thousands of times in one process, as in a batch, is
//! handed to the regex crate after all, whose automata find matches several times
//! faster; the groups of each match still come from our program, started at it.
//!
//! Matches and groups are the regex crate's, with the pattern read case-insensitively
//! for ASCII letters, `\b` at ASCII word boundaries and `\s` as Unicode white space
//! (the `(?i-u)` and `(?u:\s)` the patterns were written for). A test compares the two
//! on every pattern over real and random texts, so which engine answers never changes
//! the answer. A search that runs out of its step budget, which only a hostile text
//! can cause, is redone by the regex crate too, so no text makes extraction slow.

mod compile;
mod image;
mod parse;
mod program;

use std::ops::Index;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

pub use parse::ParseError;
use program::{Outcome, Program};

/// Steps a search may take per byte of text before it goes to the regex crate, on top
/// of [`BASE_STEPS`]. Real resume texts take a few per byte.
const STEPS_PER_BYTE: u64 = 48;
const BASE_STEPS: u64 = 4_096;

/// After this many searches a pattern is worth the regex crate's compile (about a
/// millisecond), whose automata then search several times faster: a batch or the web
/// server gets there in its first few hundred profiles, a one-off command never.
const HOT_SEARCHES: u32 = 2_000;

pub struct Regex {
    program: Program,
    names: Arc<[Option<String>]>,
    source: String,
    fallback: OnceLock<regex::Regex>,
    searches: AtomicU32,
    hot_after: u32,
}

impl Regex {
    pub fn new(pattern: &str) -> Result<Regex, ParseError> {
        let parsed = parse::parse(pattern)?;
        let program = compile::compile(&parsed)?;
        Ok(Regex {
            program,
            names: parsed.names.into(),
            source: pattern.to_string(),
            fallback: OnceLock::new(),
            searches: AtomicU32::new(0),
            hot_after: HOT_SEARCHES,
        })
    }

    /// The matcher for `pattern` from an image of its compiled program (see
    /// [`Regex::image`]); `None` when the image is malformed.
    pub fn from_image(pattern: &str, image: &[u8]) -> Option<Regex> {
        let (program, names) = image::decode(image)?;
        Some(Regex {
            program,
            names: names.into(),
            source: pattern.to_string(),
            fallback: OnceLock::new(),
            searches: AtomicU32::new(0),
            hot_after: HOT_SEARCHES,
        })
    }

    /// The compiled program of `pattern` as bytes, for [`Regex::from_image`]: what
    /// the test that keeps the shipped programs current writes.
    #[cfg(test)]
    pub(crate) fn image(pattern: &str) -> Result<Vec<u8>, ParseError> {
        let parsed = parse::parse(pattern)?;
        let program = compile::compile(&parsed)?;
        let words = image::encode(&program, &parsed.names);
        words
            .map(|w| image::to_bytes(&w))
            .ok_or_else(|| ParseError {
                offset: 0,
                message: "the compiled pattern is too large for an image".to_string(),
            })
    }

    /// A matcher that never hands a search to the regex crate unless it runs out of
    /// steps: what the tests compare with the regex crate.
    #[cfg(test)]
    pub(crate) fn backtracking_only(pattern: &str) -> Result<Regex, ParseError> {
        Ok(Regex {
            hot_after: u32::MAX,
            ..Regex::new(pattern)?
        })
    }

    /// A matcher that treats every search as hot: the regex crate finds each match,
    /// and our program, started there, reads its groups. What the tests compare too.
    #[cfg(test)]
    pub(crate) fn always_hot(pattern: &str) -> Result<Regex, ParseError> {
        Ok(Regex {
            hot_after: 0,
            ..Regex::new(pattern)?
        })
    }

    /// The same pattern for the regex crate: ASCII case folding and word boundaries,
    /// with `\s` made Unicode-aware again. Inside a class, `[-\s]` becomes
    /// `(?:[-]|(?u:\s))`: a class under `-u` cannot hold non-ASCII white space.
    pub fn regex_crate_equivalent(pattern: &str) -> String {
        const SPACE: &str = r"(?u:\s)";
        let mut out = String::from("(?i-u)");
        let mut chars = pattern.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('s') => out.push_str(SPACE),
                    Some(e) => out.extend(['\\', e]),
                    None => out.push('\\'),
                },
                '[' => {
                    let (body, space) = class_body(&mut chars);
                    out.push_str(&match (space, body.is_empty()) {
                        (false, _) => format!("[{body}]"),
                        (true, true) => SPACE.to_string(),
                        (true, false) => format!("(?:[{body}]|{SPACE})"),
                    });
                }
                c => out.push(c),
            }
        }
        out
    }

    /// Whether two matchers run the same program.
    #[cfg(test)]
    pub(crate) fn same_program(&self, other: &Regex) -> bool {
        self.program == other.program && self.names == other.names
    }

    fn fallback(&self) -> &regex::Regex {
        self.fallback.get_or_init(|| {
            regex::Regex::new(&Self::regex_crate_equivalent(&self.source)).unwrap_or_else(|e| {
                panic!("a pattern the matcher takes, the regex crate refuses: {e}")
            })
        })
    }

    fn budget(text: &str, from: usize) -> u64 {
        BASE_STEPS + STEPS_PER_BYTE * (text.len().saturating_sub(from) as u64)
    }

    /// The first match at or after byte `from`, with its groups.
    pub fn captures_at<'t>(&self, text: &'t str, from: usize) -> Option<Captures<'t>> {
        let mut budget = Self::budget(text, from);
        self.search(text, from, &mut budget, true)
    }

    /// The first match at or after `from`. `groups` says whether the caller reads
    /// the groups; without them a hot pattern never backtracks at all.
    fn search<'t>(
        &self,
        text: &'t str,
        from: usize,
        budget: &mut u64,
        groups: bool,
    ) -> Option<Captures<'t>> {
        let hot = self.searches.load(Ordering::Relaxed) >= self.hot_after
            || self.searches.fetch_add(1, Ordering::Relaxed) >= self.hot_after;
        let mut slots = vec![None; self.program.slots];
        if *budget > 0 && !hot {
            match self.program.search(text, from, &mut slots, budget) {
                Outcome::Found => return Some(self.captures(text, slots)),
                Outcome::NotFound => return None,
                // A pattern that met a text it cannot search in its budget stays with
                // the regex crate: a caller searching again and again from later
                // offsets (`captures_at` in a loop) must not pay the budget each time.
                Outcome::OutOfSteps => {
                    self.searches.fetch_max(self.hot_after, Ordering::Relaxed);
                    slots.fill(None);
                }
            }
        }
        // The regex crate's automata say where the next match is without backtracking.
        // Its groups then come from our program started right there: the regex crate
        // would backtrack over the span with a visited set the size of its automaton,
        // which for these long alternations cost more than the rest of the search.
        let found = self.fallback().find_at(text, from)?;
        let (start, end) = (Some(found.start()), Some(found.end()));
        if !groups {
            (slots[0], slots[1]) = (start, end);
            return Some(self.captures(text, slots));
        }
        if *budget > 0
            && matches!(
                self.program
                    .anchored(text, found.start(), &mut slots, budget),
                Outcome::Found
            )
            && (slots[0], slots[1]) == (start, end)
        {
            return Some(self.captures(text, slots));
        }
        let caps = self.fallback().captures_at(text, found.start())?;
        let slots = (0..self.program.slots)
            .map(|s| {
                caps.get(s / 2)
                    .map(|m| if s % 2 == 0 { m.start() } else { m.end() })
            })
            .collect();
        Some(self.captures(text, slots))
    }

    fn captures<'t>(&self, text: &'t str, slots: Vec<Option<usize>>) -> Captures<'t> {
        Captures {
            text,
            slots,
            names: Arc::clone(&self.names),
        }
    }

    /// Every match, left to right, none overlapping, with its groups.
    pub fn captures_iter<'r, 't>(&'r self, text: &'t str) -> CapturesIter<'r, 't> {
        CapturesIter {
            regex: self,
            text,
            at: 0,
            budget: Self::budget(text, 0),
            groups: true,
        }
    }

    /// Every match, left to right, none overlapping.
    pub fn find_iter<'r, 't>(&'r self, text: &'t str) -> FindIter<'r, 't> {
        FindIter(CapturesIter {
            groups: false,
            ..self.captures_iter(text)
        })
    }
}

/// The whole matches of one text: [`CapturesIter`] without the groups.
pub struct FindIter<'r, 't>(CapturesIter<'r, 't>);

impl<'t> Iterator for FindIter<'_, 't> {
    type Item = Match<'t>;

    fn next(&mut self) -> Option<Match<'t>> {
        self.0.next()?.get(0)
    }
}

/// The rest of a bracket class after its `[`, without any `\s`, and whether it had one.
/// A `-` that would now follow a character and make a range is escaped.
fn class_body(chars: &mut std::str::Chars<'_>) -> (String, bool) {
    let (mut body, mut space, mut first) = (String::new(), false, true);
    let mut after_space = false;
    while let Some(c) = chars.next() {
        match c {
            ']' if !first => break,
            '\\' => match chars.next() {
                Some('s') => {
                    space = true;
                    after_space = true;
                    first = false;
                    continue;
                }
                Some(e) => body.extend(['\\', e]),
                None => body.push('\\'),
            },
            '-' if after_space && !body.is_empty() => body.push_str("\\-"),
            c => body.push(c),
        }
        first = false;
        after_space = false;
    }
    (body, space)
}

/// The matches of one text. The step budget is the whole text's, so however many
/// matches it has, the work stays linear before the regex crate takes over.
pub struct CapturesIter<'r, 't> {
    regex: &'r Regex,
    text: &'t str,
    at: usize,
    budget: u64,
    /// Whether the caller reads groups other than the whole match.
    groups: bool,
}

impl<'t> Iterator for CapturesIter<'_, 't> {
    type Item = Captures<'t>;

    fn next(&mut self) -> Option<Captures<'t>> {
        if self.at >= self.text.len() {
            return None;
        }
        let caps = self
            .regex
            .search(self.text, self.at, &mut self.budget, self.groups)?;
        // Patterns never match empty text, so this always moves forward.
        self.at = caps.get(0).expect("group 0 is the match").end();
        Some(caps)
    }
}

/// One match of a group: a span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match, by index (0 is the whole match) or by name.
#[derive(Debug, Clone)]
pub struct Captures<'t> {
    text: &'t str,
    slots: Vec<Option<usize>>,
    names: Arc<[Option<String>]>,
}

impl<'t> Captures<'t> {
    pub fn get(&self, i: usize) -> Option<Match<'t>> {
        let (start, end) = (*self.slots.get(2 * i)?, *self.slots.get(2 * i + 1)?);
        Some(Match {
            text: self.text,
            start: start?,
            end: end?,
        })
    }

    pub fn name(&self, name: &str) -> Option<Match<'t>> {
        let i = self.names.iter().position(|n| n.as_deref() == Some(name))?;
        self.get(i)
    }
}

impl<'t> Index<&str> for Captures<'t> {
    type Output = str;

    /// The text of a named group; panics when the group did not take part, as the
    /// regex crate does.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .unwrap_or_else(|| panic!("no group named '{name}' in this match"))
            .as_str()
    }
}

#[cfg(test)]
pub(crate) mod tests;
