//! Job titles onto framework levels, through the framework's title lexicon.
//!
//! Titles and lexicon phrases go through the same normalisation, so "Sr. Eng. Mgr.",
//! "VP, Engineering" and "Co-Founder & CTO" meet the phrases written in the lexicon.
//! The longest phrase found as whole words wins; modifiers ("senior", "junior") in
//! front of it move an individual title up or down the ladder.

use ctopath_framework::{Level, TitleEntry, TitleKind, TitleLexicon};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The lexicon entry a title matched, and what the words around it add.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TitleMatch {
    /// Level id after the modifier shift, e.g. `L5`.
    pub level: String,
    pub route: Option<String>,
    pub kind: TitleKind,
    /// The lexicon phrase that matched, as the lexicon writes it.
    pub phrase: String,
    /// "Acting" or "interim" outside the matched phrase.
    pub acting: bool,
    /// Levels added by modifiers after clamping to the ladder (0 when none applied).
    pub shift: i32,
}

/// Words that mark a temporary holder of the title rather than a change of level.
const ACTING: [&str; 2] = ["acting", "interim"];

/// Lower-case words of a title or phrase, with abbreviations expanded.
fn normalise(s: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(s.len() + 8);
    for c in s.to_lowercase().chars() {
        match c {
            '&' => spaced.push_str(" and "),
            '/' => spaced.push_str(" / "),
            // "director's" keeps its letters together.
            '\'' | '’' => {}
            c if c.is_alphanumeric() => spaced.push(c),
            _ => spaced.push(' '),
        }
    }
    let mut words: Vec<String> = Vec::new();
    let mut letters = String::new();
    for w in spaced.split_whitespace() {
        // "C.T.O." becomes "c t o" above; join runs of single letters back into a word.
        if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
            letters.push_str(w);
            continue;
        }
        flush_letters(&mut letters, &mut words);
        words.push(expand(w).to_string());
    }
    flush_letters(&mut letters, &mut words);
    words
}

fn flush_letters(letters: &mut String, words: &mut Vec<String>) {
    if !letters.is_empty() {
        words.push(expand(letters).to_string());
        letters.clear();
    }
}

fn expand(w: &str) -> &str {
    match w {
        "sr" | "snr" => "senior",
        "jr" => "junior",
        "mgr" => "manager",
        "eng" => "engineering",
        other => other,
    }
}

thread_local! {
    /// Lexicon phrases already normalised. Keyed by the phrase text itself, so any
    /// lexicon can share it; titles are matched against the same few hundred phrases
    /// over and over (a batch of resumes, every position of one).
    static PHRASES: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<[String]>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// [`normalise`] for a lexicon phrase, computed once per thread.
fn phrase_tokens(phrase: &str) -> std::rc::Rc<[String]> {
    PHRASES.with(|cache| {
        if let Some(t) = cache.borrow().get(phrase) {
            return t.clone();
        }
        let tokens: std::rc::Rc<[String]> = normalise(phrase).into();
        cache
            .borrow_mut()
            .insert(phrase.to_string(), tokens.clone());
        tokens
    })
}

/// Start of every occurrence of `phrase` in `words`.
fn occurrences(words: &[String], phrase: &[String]) -> impl Iterator<Item = usize> {
    let n = phrase.len();
    (0..words.len().saturating_sub(n.max(1) - 1))
        .filter(move |&i| n > 0 && words[i..i + n] == *phrase)
}

struct Found<'a> {
    entry: &'a TitleEntry,
    phrase: &'a str,
    start: usize,
    len: usize,
    chars: usize,
}

fn level_number(levels: &[Level], id: &str) -> Option<u32> {
    levels.iter().find(|l| l.id == id).map(|l| l.number)
}

/// The best phrase in one reading of the title: longest (in words, then letters),
/// then the higher level, then the leftmost.
fn best<'a>(words: &[String], lexicon: &'a TitleLexicon, levels: &[Level]) -> Option<Found<'a>> {
    let mut best: Option<Found<'a>> = None;
    for entry in &lexicon.entries {
        for phrase in &entry.phrases {
            let tokens = phrase_tokens(phrase);
            for start in occurrences(words, &tokens) {
                let cand = Found {
                    entry,
                    phrase,
                    start,
                    len: tokens.len(),
                    chars: tokens.iter().map(String::len).sum(),
                };
                let rank = |f: &Found<'_>| {
                    (
                        f.len,
                        f.chars,
                        level_number(levels, &f.entry.level).unwrap_or(0),
                        usize::MAX - f.start,
                    )
                };
                if best.as_ref().is_none_or(|b| rank(&cand) > rank(b)) {
                    best = Some(cand);
                }
            }
        }
    }
    best
}

/// "Manager, Engineering" reads as "Engineering Manager" and "Senior Manager,
/// Engineering" as "Senior Engineering Manager": leading modifiers stay in front.
fn swapped(title: &str, lexicon: &TitleLexicon) -> Option<Vec<String>> {
    let (head, tail) = title.split_once(',')?;
    if tail.contains(',') {
        return None;
    }
    let head = normalise(head);
    let mods: Vec<Vec<String>> = lexicon
        .modifiers
        .iter()
        .flat_map(|m| m.phrases.iter().map(|p| phrase_tokens(p).to_vec()))
        .collect();
    let mut i = 0;
    while let Some(m) = mods
        .iter()
        .find(|m| !m.is_empty() && head.get(i..i + m.len()) == Some(m.as_slice()))
    {
        i += m.len();
    }
    let mut out = head[..i].to_vec();
    out.extend(normalise(tail));
    out.extend_from_slice(&head[i..]);
    Some(out)
}

/// Maps a job title onto a level with the lexicon; `None` when no phrase matches.
pub fn match_title(title: &str, lexicon: &TitleLexicon, levels: &[Level]) -> Option<TitleMatch> {
    let plain = normalise(title);
    let mut words = plain.clone();
    let mut found = best(&plain, lexicon, levels);
    if let Some(alt_words) = swapped(title, lexicon)
        && let Some(alt) = best(&alt_words, lexicon, levels)
        && found
            .as_ref()
            .is_none_or(|f| (alt.len, alt.chars) > (f.len, f.chars))
    {
        found = Some(alt);
        words = alt_words;
    }
    let found = found?;
    let acting = words.iter().enumerate().any(|(i, w)| {
        ACTING.contains(&w.as_str()) && (i < found.start || i >= found.start + found.len)
    });

    // Modifiers directly in front of the phrase, read right to left ("acting senior").
    let mut raw_shift = 0;
    let mut end = found.start;
    'walk: while end > 0 {
        for modifier in &lexicon.modifiers {
            for phrase in &modifier.phrases {
                let tokens = phrase_tokens(phrase);
                let n = tokens.len();
                if n > 0 && n <= end && words[end - n..end] == *tokens {
                    raw_shift += modifier.level_shift;
                    end -= n;
                    continue 'walk;
                }
            }
        }
        break;
    }
    // Seniority words move individual titles only: a "Senior Director" or a "Senior
    // VP" is its own lexicon phrase or a different job, not one level up.
    if found.entry.kind != TitleKind::Individual {
        raw_shift = 0;
    }

    let (level, shift) = match level_number(levels, &found.entry.level) {
        Some(base) if raw_shift != 0 => {
            let lo = levels.iter().map(|l| l.number).min().unwrap_or(base);
            let hi = levels.iter().map(|l| l.number).max().unwrap_or(base);
            let target =
                (i64::from(base) + i64::from(raw_shift)).clamp(i64::from(lo), i64::from(hi));
            let target = u32::try_from(target).unwrap_or(base);
            match levels.iter().find(|l| l.number == target) {
                Some(l) => (
                    l.id.clone(),
                    i32::try_from(i64::from(target) - i64::from(base)).unwrap_or(0),
                ),
                None => (found.entry.level.clone(), 0),
            }
        }
        _ => (found.entry.level.clone(), 0),
    };
    Some(TitleMatch {
        level,
        route: found.entry.route.clone(),
        kind: found.entry.kind,
        phrase: found.phrase.to_string(),
        acting,
        shift,
    })
}
