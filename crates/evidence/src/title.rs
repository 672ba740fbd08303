//! Job titles onto framework levels, through the framework's title lexicon.
//!
//! Titles and lexicon phrases go through the same normalisation, so "Sr. Eng. Mgr.",
//! "VP, Engineering" and "Co-Founder & CTO" meet the phrases written in the lexicon.
//! The longest phrase found as whole words wins; modifiers ("senior", "junior") in
//! front of it move an individual title up or down the ladder.

use std::collections::HashMap;

use ctopath_framework::{Level, TitleEntry, TitleGrade, TitleKind, TitleLexicon};
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
    /// The corporate grade that set the level ("vice president"), when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
}

/// Words that mark a temporary holder of the title rather than a change of level.
const ACTING: [&str; 2] = ["acting", "interim"];

/// A title lexicon made ready for matching: every phrase normalised once and filed
/// under its first word, so a title looks only at phrases that start with one of its
/// own words instead of at every phrase in the lexicon.
pub struct TitleIndex<'l> {
    levels: &'l [Level],
    /// In lexicon order: entries, then their phrases.
    phrases: Vec<Phrase<'l>>,
    /// Positions in `phrases`, ascending, by the phrase's first word.
    by_first: HashMap<String, Vec<usize>>,
    /// Every modifier phrase in lexicon order.
    modifiers: Vec<Modifier>,
    /// Normalised phrases of the lexicon's `other_functions`, `adjacent_functions` and
    /// `engineering_functions`.
    other_functions: Vec<Vec<String>>,
    adjacent_functions: Vec<Vec<String>>,
    engineering_functions: Vec<Vec<String>>,
    /// Corporate grades, longest phrase first: words, the grade, the phrase.
    grades: Grades<'l>,
    /// Grades of particular employers: their normalised names, and their grades.
    employer_grades: Vec<(Vec<Vec<String>>, Grades<'l>)>,
    /// Normalised names of employers whose titles are grades even alone.
    grade_employers: Vec<Vec<String>>,
    /// Normalised names of employers read as enterprises without a stated size.
    enterprise_employers: Vec<Vec<String>>,
    /// Every word of the lexicon's phrases, modifiers and functions.
    vocabulary: std::collections::HashSet<String>,
}

struct Modifier {
    tokens: Vec<String>,
    shift: i32,
    /// The level number an individual title with it reads at least as.
    at_least: Option<u32>,
    /// The highest level number it raises an individual title to.
    at_most: Option<u32>,
}

/// Speciality words a modifier may stand in front of: "Senior *Java* Developer",
/// "Junior *Frontend* Developer", "Senior *Embedded Systems* Engineer".
const MAX_SPECIALITY_WORDS: usize = 2;

struct Phrase<'l> {
    entry: &'l TitleEntry,
    text: &'l str,
    tokens: Vec<String>,
    /// Letters in the tokens: the tie-break between phrases of as many words.
    chars: usize,
    /// The entry's level number (0 when the ladder does not know it).
    level: u32,
}

/// How good a phrase found at a word is: words, letters, level, then leftmost first.
type Rank = (usize, usize, u32, usize);

struct Found<'i, 'l> {
    phrase: &'i Phrase<'l>,
    start: usize,
}

/// Corporate grades ready for matching: the phrase's words, the grade, the phrase.
type Grades<'l> = Vec<(Vec<String>, &'l TitleGrade, &'l str)>;

/// `grades` with every phrase normalised, longest first, so "assistant vice president"
/// is found before the "vice president" inside it.
fn grades_of(grades: &[TitleGrade]) -> Grades<'_> {
    let mut out: Grades<'_> = (grades.iter())
        .flat_map(|g| (g.phrases.iter()).map(move |p| (normalise(p), g, p.as_str())))
        .filter(|(t, ..)| !t.is_empty())
        .collect();
    out.sort_by_key(|(t, ..)| std::cmp::Reverse(t.len()));
    out
}

fn level_number(levels: &[Level], id: &str) -> Option<u32> {
    levels.iter().find(|l| l.id == id).map(|l| l.number)
}

impl<'l> TitleIndex<'l> {
    pub fn new(lexicon: &'l TitleLexicon, levels: &'l [Level]) -> TitleIndex<'l> {
        let mut phrases = Vec::new();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for entry in &lexicon.entries {
            let level = level_number(levels, &entry.level).unwrap_or(0);
            for text in &entry.phrases {
                let tokens = normalise(text);
                // A phrase of no words (only punctuation) can never be found.
                let Some(first) = tokens.first() else {
                    continue;
                };
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push(phrases.len());
                phrases.push(Phrase {
                    entry,
                    text,
                    chars: tokens.iter().map(String::len).sum(),
                    tokens,
                    level,
                });
            }
        }
        let modifiers: Vec<Modifier> = lexicon
            .modifiers
            .iter()
            .flat_map(|m| {
                let at_least = m.at_least.as_deref().and_then(|l| level_number(levels, l));
                let at_most = m.at_most.as_deref().and_then(|l| level_number(levels, l));
                m.phrases.iter().map(move |p| Modifier {
                    tokens: normalise(p),
                    shift: m.level_shift,
                    at_least,
                    at_most,
                })
            })
            .filter(|m| !m.tokens.is_empty())
            .collect();
        let tokens = |list: &[String]| -> Vec<Vec<String>> {
            (list.iter().map(|p| normalise(p)))
                .filter(|t| !t.is_empty())
                .collect()
        };
        let grades = grades_of(&lexicon.grades);
        let employer_grades = (lexicon.employer_grades.iter())
            .map(|e| (tokens(&e.employers), grades_of(&e.grades)))
            .collect();
        let functions: Vec<String> = (lexicon.engineering_functions.iter())
            .flat_map(|f| normalise(f))
            .collect();
        let vocabulary = (phrases.iter().flat_map(|p: &Phrase<'_>| p.tokens.iter()))
            .chain(modifiers.iter().flat_map(|m| m.tokens.iter()))
            .chain(functions.iter())
            .cloned()
            .collect();
        TitleIndex {
            vocabulary,
            levels,
            phrases,
            by_first,
            modifiers,
            grades,
            employer_grades,
            grade_employers: tokens(&lexicon.grade_employers),
            enterprise_employers: tokens(&lexicon.enterprise_employers),
            other_functions: tokens(&lexicon.other_functions),
            adjacent_functions: tokens(&lexicon.adjacent_functions),
            engineering_functions: tokens(&lexicon.engineering_functions),
        }
    }

    /// "VP of Sales", "Director of Marketing": a function outside engineering named in
    /// the title, and nothing in it about engineering.
    pub fn names_another_function(&self, title: &str) -> bool {
        self.names_only(title, &[&self.other_functions])
    }

    /// Whether the title names one of `lists` and none of the engineering functions.
    fn names_only(&self, title: &str, lists: &[&[Vec<String>]]) -> bool {
        let words = normalise(title);
        let has = |list: &[Vec<String>]| {
            list.iter()
                .any(|p| words.windows(p.len()).any(|w| w == p.as_slice()))
        };
        lists.iter().any(|l| has(l)) && !has(&self.engineering_functions)
    }

    /// The best phrase in one reading of the title: longest (in words, then letters),
    /// then the higher level, then the leftmost; between equals, the first in the
    /// lexicon.
    fn best(&self, words: &[String]) -> Option<Found<'_, 'l>> {
        let mut best: Option<(Rank, usize, Found<'_, 'l>)> = None;
        for (start, word) in words.iter().enumerate() {
            for &id in self.by_first.get(word).into_iter().flatten() {
                let phrase = &self.phrases[id];
                if !words[start..].starts_with(&phrase.tokens) {
                    continue;
                }
                let rank = (
                    phrase.tokens.len(),
                    phrase.chars,
                    phrase.level,
                    usize::MAX - start,
                );
                if best
                    .as_ref()
                    .is_none_or(|(r, order, _)| rank > *r || (rank == *r && id < *order))
                {
                    best = Some((rank, id, Found { phrase, start }));
                }
            }
        }
        best.map(|(_, _, found)| found)
    }

    /// Maps a job title onto a level; `None` when no phrase matches.
    ///
    /// A title in parts ("Senior Software Engineer - Tech Lead", "Software Engineer
    /// (Team Lead)") is read whole and part by part: a part that names a leading role
    /// above what the whole reads as decides, since the longest phrase of the whole is
    /// usually the base title the lead role was added to.
    pub fn match_title(&self, title: &str) -> Option<TitleMatch> {
        self.match_title_at(title, None)
    }

    /// [`TitleIndex::match_title`] for a title held at `organisation`: at one of the
    /// lexicon's `grade_employers`, a corporate grade is read as a grade even alone
    /// ("Vice President" at a large bank is a senior engineer's grade).
    pub fn match_title_at(&self, title: &str, organisation: Option<&str>) -> Option<TitleMatch> {
        if let Some(org) = organisation
            && self.grades_everything(org)
            && let Some(graded) = self.graded_alone(title)
        {
            return Some(graded);
        }
        // "Software Engineer (L6)" at Google: the employer's own numbered level.
        if let Some(grades) = organisation.and_then(|org| self.grades_at(org))
            && let Some(graded) = self.graded_in(grades, title)
        {
            return Some(graded);
        }
        // A founder's title stands whatever function it names: "Co-founder, Head of
        // Product" still founded the company.
        self.match_parts(title).filter(|m| {
            matches!(m.kind, TitleKind::Founder | TitleKind::Fractional)
                || !self.names_only(title, &[&self.other_functions, &self.adjacent_functions])
        })
    }

    pub(crate) fn match_reading(&self, title: &str) -> Option<TitleMatch> {
        let plain = normalise(title);
        let mut found = self.best(&plain);
        let mut words = &plain;
        let alt_words = self.swapped(title).or_else(|| self.function_first(&plain));
        if let Some(alt_words) = &alt_words
            && let Some(alt) = self.best(alt_words)
            && found.as_ref().is_none_or(|f| {
                (alt.phrase.tokens.len(), alt.phrase.chars)
                    > (f.phrase.tokens.len(), f.phrase.chars)
            })
        {
            found = Some(alt);
            words = alt_words;
        }
        let found = found?;
        // "Principal Consultant", "Associate Partner": a lone modifier word read as a job
        // of its own, qualifying a job the lexicon does not know, is that job's seniority.
        if self.lone_modifier(found.phrase) && words.iter().any(|w| !self.knows(w)) {
            return None;
        }
        let (phrase, len) = (found.phrase, found.phrase.tokens.len());
        let acting = words.iter().enumerate().any(|(i, w)| {
            ACTING.contains(&w.as_str()) && (i < found.start || i >= found.start + len)
        });

        // Modifiers in front of the phrase, read right to left ("acting senior"), past
        // a speciality or two ("Senior Java Developer").
        let (mut raw_shift, mut at_least, mut at_most) = (0, None::<u32>, None::<u32>);
        let mut end = found.start;
        let mut skipped = 0;
        loop {
            if let Some(m) = self
                .modifiers
                .iter()
                .find(|m| words[..end].ends_with(&m.tokens))
            {
                raw_shift += m.shift;
                at_least = at_least.max(m.at_least);
                // The loosest cap of the modifiers present: "senior staff" may go as
                // high as either allows.
                at_most = match (at_most, m.at_most) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    (a, b) => a.or(b),
                };
                end -= m.tokens.len();
                skipped = MAX_SPECIALITY_WORDS;
            } else if end > 0
                && skipped < MAX_SPECIALITY_WORDS
                && self.is_speciality(&words[end - 1])
            {
                end -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        // Spanish, French and Portuguese titles put the seniority word last
        // ("Ingeniero de Software Senior", "Développeur Full Stack Senior"): read one
        // that ends the title, past a speciality or two, when none stands in front.
        if end == found.start {
            let tail = &words[found.start + len..];
            // Only a plain seniority word: a trailing "Lead" names a role of its own
            // ("Software Engineer (Team Lead)"), read as one of the title's parts.
            let last = self.modifiers.iter().find(|m| {
                m.at_least.is_none()
                    && tail.len() <= m.tokens.len() + MAX_SPECIALITY_WORDS
                    && tail.ends_with(&m.tokens)
                    && tail[..tail.len() - m.tokens.len()]
                        .iter()
                        .all(|w| self.is_speciality(w))
            });
            if let Some(m) = last {
                (raw_shift, at_least, at_most) = (m.shift, m.at_least, m.at_most);
            }
        }
        // Seniority words move individual titles only: a "Senior Director" or a "Senior
        // VP" is its own lexicon phrase or a different job, not one level up.
        if phrase.entry.kind != TitleKind::Individual {
            raw_shift = 0;
            at_least = None;
            at_most = None;
        }
        let (level, shift) = self.shifted(&phrase.entry.level, raw_shift, at_least, at_most);
        Some(TitleMatch {
            level,
            route: phrase.entry.route.clone(),
            kind: phrase.entry.kind,
            phrase: phrase.text.to_string(),
            acting,
            shift,
            grade: None,
        })
    }

    /// The level `raw_shift` steps from `base`, a raise capped at `at_most` (never below
    /// the base), raised to `at_least`, kept on the ladder; and the shift that took
    /// effect.
    fn shifted(
        &self,
        base: &str,
        raw_shift: i32,
        at_least: Option<u32>,
        at_most: Option<u32>,
    ) -> (String, i32) {
        let levels = self.levels;
        let Some(number) = level_number(levels, base) else {
            return (base.to_string(), 0);
        };
        let lo = levels.iter().map(|l| l.number).min().unwrap_or(number);
        let hi = levels.iter().map(|l| l.number).max().unwrap_or(number);
        let mut shifted = i64::from(number) + i64::from(raw_shift);
        if let Some(cap) = at_most.map(i64::from)
            && raw_shift > 0
        {
            shifted = shifted.min(cap.max(i64::from(number)));
        }
        let target = shifted
            .max(at_least.map_or(i64::MIN, i64::from))
            .clamp(i64::from(lo), i64::from(hi));
        let target = u32::try_from(target).unwrap_or(number);
        match levels.iter().find(|l| l.number == target) {
            Some(l) => (
                l.id.clone(),
                i32::try_from(i64::from(target) - i64::from(number)).unwrap_or(0),
            ),
            None => (base.to_string(), 0),
        }
    }

    fn lone_modifier(&self, phrase: &Phrase<'_>) -> bool {
        phrase.tokens.len() == 1 && self.modifiers.iter().any(|m| m.tokens == phrase.tokens)
    }

    /// Whether a title word is one the lexicon uses: a word of a phrase, a modifier or a
    /// function, a joining word, or a number or grade such as "2" or "iii".
    fn knows(&self, word: &str) -> bool {
        let joins = matches!(word, "of" | "and" | "/" | "in" | "for" | "to" | "the" | "a");
        let numeral = word.chars().all(|c| c.is_ascii_digit())
            || (!word.is_empty() && word.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
        joins || numeral || ACTING.contains(&word) || self.vocabulary.contains(word)
    }

    /// A word that can qualify a job without being one: not a phrase of its own
    /// ("developer", "principal"), not a modifier, not a joining word.
    fn is_speciality(&self, word: &str) -> bool {
        let joins = matches!(word, "of" | "and" | "/" | "in" | "for" | "to");
        let alone_a_phrase = self
            .by_first
            .get(word)
            .is_some_and(|ids| ids.iter().any(|&id| self.phrases[id].tokens.len() == 1));
        let a_modifier = self.modifiers.iter().any(|m| m.tokens[0] == word);
        !joins && !alone_a_phrase && !a_modifier && !ACTING.contains(&word)
    }

    /// "Manager, Engineering" reads as "Engineering Manager" and "Senior Manager,
    /// Engineering" as "Senior Engineering Manager": leading modifiers stay in front.
    /// "Head of Platform Engineering" reads as "Head of Engineering Platform": the
    /// function word (one of the lexicon's one-word `engineering_functions`) moves up
    /// to the "of", past a speciality or two, so the lexicon's "head of engineering"
    /// meets it whatever the speciality.
    fn function_first(&self, words: &[String]) -> Option<Vec<String>> {
        let is_function =
            |w: &String| (self.engineering_functions.iter()).any(|f| f.len() == 1 && &f[0] == w);
        let of = words.iter().position(|w| w == "of")?;
        let k = (of + 2..words.len().min(of + 2 + MAX_SPECIALITY_WORDS))
            .find(|&k| is_function(&words[k]))?;
        if words[of + 1..k].iter().any(is_function) {
            return None;
        }
        let mut out = words[..=of].to_vec();
        out.push(words[k].clone());
        out.extend_from_slice(&words[of + 1..k]);
        out.extend_from_slice(&words[k + 1..]);
        Some(out)
    }

    fn swapped(&self, title: &str) -> Option<Vec<String>> {
        // "Manager - Engineering" and "Manager | Engineering" are written like the comma.
        let sep = [",", " - ", " – ", " — ", " | "]
            .into_iter()
            .find(|sep| title.contains(sep))?;
        let (head, tail) = title.split_once(sep)?;
        if tail.contains(sep) {
            return None;
        }
        let head = normalise(head);
        let mut i = 0;
        while let Some(m) = self
            .modifiers
            .iter()
            .find(|m| head.get(i..i + m.tokens.len()) == Some(m.tokens.as_slice()))
        {
            i += m.tokens.len();
        }
        // A head of modifiers alone is the role itself: "Lead, Platform" is a platform lead.
        if i == head.len() {
            let mut out = normalise(tail);
            out.extend(head);
            return Some(out);
        }
        let mut out = head[..i].to_vec();
        out.extend(normalise(tail));
        out.extend_from_slice(&head[i..]);
        Some(out)
    }
}

/// Maps a job title onto a level with the lexicon; `None` when no phrase matches.
/// Indexes the lexicon for this one title: to match many, build a [`TitleIndex`].
pub fn match_title(title: &str, lexicon: &TitleLexicon, levels: &[Level]) -> Option<TitleMatch> {
    TitleIndex::new(lexicon, levels).match_title(title)
}

#[path = "title_parts.rs"]
mod parts;
#[path = "title_words.rs"]
mod words;
pub(crate) use words::normalise;

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;
