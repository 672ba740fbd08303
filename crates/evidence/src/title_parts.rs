//! A title in parts: "Senior Software Engineer - Tech Lead", "Software Engineer (Team
//! Lead)", "VP Engineering & Co-founder". Each part is read on its own as well as the
//! whole, and the parts decide when they say more than the whole does.

use ctopath_framework::{TitleGrade, TitleKind};

use super::{Grades, TitleIndex, TitleMatch, level_number, normalise};

/// The parts of a title between brackets, bars, slashes and dashes, and also at the
/// `more` characters and the `joined` word, trimmed, empty parts left out.
fn split_parts<'t>(
    title: &'t str,
    more: &'t [char],
    joined: &'t str,
) -> impl Iterator<Item = &'t str> {
    title
        .split(move |c: char| "()|/–—".contains(c) || more.contains(&c))
        .flat_map(|part| part.split(" - "))
        .flat_map(move |part| part.split(joined))
        .map(str::trim)
        .filter(|part| !part.is_empty())
}

impl TitleIndex<'_> {
    pub(super) fn match_parts(&self, title: &str) -> Option<TitleMatch> {
        if let Some(graded) = self.graded(title) {
            return Some(graded);
        }
        let read = self.match_parts_unfounded(title)?;
        // "VP Engineering & Co-founder": the longer phrase names the job, but the
        // company is the person's own, and a founder's title is measured as one.
        if matches!(read.kind, TitleKind::Executive | TitleKind::Manager) && self.founded(title) {
            return Some(TitleMatch {
                kind: TitleKind::Founder,
                ..read
            });
        }
        Some(read)
    }

    /// Whether a part of the title, split at commas too, names a founder's role on its own.
    fn founded(&self, title: &str) -> bool {
        split_parts(title, &[',', '&'], " and ").any(|part| {
            self.match_reading(part)
                .is_some_and(|m| m.kind == TitleKind::Founder)
        })
    }

    fn match_parts_unfounded(&self, title: &str) -> Option<TitleMatch> {
        let whole = self.match_reading(title);
        // "Founding Engineer & Tech Lead": two roles joined, as with a slash.
        let parts: Vec<&str> = split_parts(title, &[], " & ").collect();
        if parts.len() < 2 {
            return whole;
        }
        let number = |m: &TitleMatch| level_number(self.levels, &m.level).unwrap_or(0);
        let readings: Vec<TitleMatch> = parts
            .iter()
            .filter_map(|part| self.match_reading(part))
            .collect();
        let lead_floor = self
            .modifiers
            .iter()
            .filter_map(|m| m.at_least)
            .min()
            .unwrap_or(u32::MAX);
        let leading = readings
            .iter()
            .filter(|m| match m.kind {
                // "Chief Architect & CTO": the executive part is the job's top.
                TitleKind::Manager | TitleKind::Executive => true,
                TitleKind::Individual => number(m) >= lead_floor,
                _ => false,
            })
            .max_by_key(|m| number(m));
        // "Software Engineer (Intern)": an entry-level part marks an entry-level job.
        let lowest = self.levels.iter().map(|l| l.number).min().unwrap_or(1);
        let entry = readings
            .iter()
            .find(|m| m.kind == TitleKind::Individual && number(m) == lowest);
        match (whole, leading, entry) {
            (Some(w), Some(l), _) if number(l) > number(&w) => Some(TitleMatch {
                acting: l.acting || w.acting,
                ..l.clone()
            }),
            (Some(w), _, Some(e))
                if w.kind == TitleKind::Individual && number(&w) <= lowest + 1 =>
            {
                Some(e.clone())
            }
            (None, l, e) => l.or(e).cloned(),
            (w, _, _) => w,
        }
    }

    /// "Vice President, Software Engineer": a corporate grade beside a job that reads as
    /// an individual contributor's. The job is the role, read at least at the grade's
    /// level; `None` when the title has no grade or the rest is not such a job.
    fn graded(&self, title: &str) -> Option<TitleMatch> {
        self.graded_in(&self.grades, title)
    }

    /// [`TitleIndex::graded`] with the grades given: the lexicon's own, or one
    /// employer's.
    pub(super) fn graded_in(&self, grades: &Grades<'_>, title: &str) -> Option<TitleMatch> {
        let (grade, phrase, rest) = grade_of(grades, title)?;
        let grade = grade.level.as_str();
        let job = self.match_parts_unfounded(&rest)?;
        // "Associate VP": a modifier read as a job of its own is no job beside a grade.
        let bare_modifier = (self.modifiers.iter()).any(|m| m.tokens == normalise(&job.phrase));
        if job.kind != TitleKind::Individual || bare_modifier {
            return None;
        }
        let floor = level_number(self.levels, grade)?;
        if level_number(self.levels, &job.level).is_some_and(|n| n >= floor) {
            return Some(job);
        }
        Some(TitleMatch {
            level: grade.to_string(),
            grade: Some(phrase.to_string()),
            ..job
        })
    }

    /// The grades of the employer `organisation` names, when the lexicon has them.
    pub(super) fn grades_at(&self, organisation: &str) -> Option<&Grades<'_>> {
        let words = normalise(organisation);
        (self.employer_grades.iter())
            .find(|(names, _)| names_one_of(&words, names))
            .map(|(_, grades)| grades)
    }

    /// At an employer that grades everyone: the title's grade, unless the rest of the
    /// title reads as a manager's or an executive's job, which then decides as usual
    /// ("Managing Director, Head of Engineering"). An individual job beside the grade
    /// is read as [`TitleIndex::graded`] reads it.
    pub(super) fn graded_alone(&self, title: &str) -> Option<TitleMatch> {
        if let Some(job) = self.graded(title) {
            return Some(job);
        }
        let (grade, phrase, rest) = grade_of(&self.grades, title)?;
        if self
            .match_parts_unfounded(&rest)
            .is_some_and(|m| m.kind != TitleKind::Individual)
        {
            return None;
        }
        Some(TitleMatch {
            level: grade.level.clone(),
            route: None,
            kind: grade.kind.unwrap_or(TitleKind::Individual),
            phrase: title.trim().to_lowercase(),
            acting: false,
            shift: 0,
            grade: Some(phrase.to_string()),
        })
    }

    /// Whether the organisation's name has one of the lexicon's `grade_employers`.
    pub fn grades_everything(&self, organisation: &str) -> bool {
        names_one_of(&normalise(organisation), &self.grade_employers)
    }

    /// Whether the organisation's name has one of the lexicon's `enterprise_employers`
    /// or `grade_employers`: a firm known to be an enterprise whatever the record says
    /// of its size.
    pub fn known_enterprise(&self, organisation: &str) -> bool {
        let words = normalise(organisation);
        names_one_of(&words, &self.enterprise_employers)
            || names_one_of(&words, &self.grade_employers)
    }
}

/// Whether `words` hold one of `names` as consecutive whole words.
fn names_one_of(words: &[String], names: &[Vec<String>]) -> bool {
    (names.iter()).any(|e| !e.is_empty() && words.windows(e.len()).any(|w| w == e.as_slice()))
}

/// The grade a title names among `grades` (the grade and its phrase, the first of the
/// longest phrases) and the title's other words.
fn grade_of<'g>(grades: &'g Grades<'_>, title: &str) -> Option<(&'g TitleGrade, &'g str, String)> {
    let words = normalise(title);
    let (at, len, grade, phrase) = grades.iter().find_map(|(tokens, grade, phrase)| {
        let at = (words.windows(tokens.len())).position(|w| w == tokens.as_slice())?;
        Some((at, tokens.len(), *grade, *phrase))
    })?;
    let rest: Vec<&str> = (words[..at].iter())
        .chain(&words[at + len..])
        .map(String::as_str)
        .filter(|w| *w != "and" && *w != "/")
        .collect();
    Some((grade, phrase, rest.join(" ")))
}
