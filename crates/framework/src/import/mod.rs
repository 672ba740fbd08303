//! Importers that turn career ladders companies already publish into a [`Framework`].
//!
//! The sources only describe levels and competencies, so an import fills exactly those
//! parts and leaves everything else empty. Every mapping decision and every section the
//! source lacks is written to [`Imported::report`] and to [`Framework::notes`], so a
//! reader can tell imported content from the built-in guidance. Like the rest of the
//! crate this does no I/O: callers pass file names and text.

mod align;
mod ft;
mod monzo;

pub use align::{Alignment, TitleReader, TitleReading, align_to, alignment};
pub use ft::import_ft;
pub use monzo::import_monzo;

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use crate::{Competency, CompetencyGroup, Framework, Level, Route, RouteTitle, Tour, YearRange};

/// The result of an import: the framework and what the importer did to build it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub framework: Framework,
    /// One line per mapping decision or gap, in the order they were made.
    pub report: Vec<String>,
}

/// A `(line, column)` position in the imported file, 1-based.
pub type Position = Option<(u64, u64)>;

/// Why a source could not be imported. Every message names the file, the position or
/// field path where known, and what to change.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: the file is empty; pass the full text of {expected}")]
    Empty {
        file: String,
        expected: &'static str,
    },
    #[error("{file}{}: {message}; fix the YAML there so it is {expected}", at(.location))]
    Yaml {
        file: String,
        location: Position,
        message: String,
        expected: &'static str,
    },
    #[error("{file}{}: `{field}`: {problem}; {fix}", at(.location))]
    Field {
        file: String,
        location: Position,
        field: String,
        problem: String,
        fix: String,
    },
    #[error(
        "{file}: {problem}; a Monzo page starts with a `---` line, YAML with `topics`, then `---`"
    )]
    FrontMatter { file: String, problem: String },
    #[error("no files given: pass at least one file name with its text ({expected})")]
    NoFiles { expected: &'static str },
}

impl ImportError {
    pub(crate) fn empty(file: &str, expected: &'static str) -> Self {
        ImportError::Empty {
            file: file.to_string(),
            expected,
        }
    }

    /// The file the error is about, if any.
    pub fn file(&self) -> Option<&str> {
        match self {
            ImportError::Empty { file, .. }
            | ImportError::Yaml { file, .. }
            | ImportError::Field { file, .. }
            | ImportError::FrontMatter { file, .. } => Some(file),
            ImportError::NoFiles { .. } => None,
        }
    }
}

fn at(location: &Position) -> String {
    location
        .map(|(l, c)| format!(":{l}:{c}"))
        .unwrap_or_default()
}

pub(crate) fn field_error(
    file: &str,
    location: Position,
    field: String,
    problem: String,
    fix: &str,
) -> ImportError {
    let (file, fix) = (file.to_string(), fix.to_string());
    ImportError::Field {
        file,
        location,
        field,
        problem,
        fix,
    }
}

/// Returns the trimmed key (level id, theme id, topic name), rejecting it at `field`
/// if it is empty or already `taken`.
pub(crate) fn check_key<'a>(
    file: &str,
    key: &'a serde_saphyr::Spanned<String>,
    (line_offset, field): (u64, String),
    taken: &mut HashSet<String>,
) -> Result<&'a str, ImportError> {
    let (value, at) = (key.value.trim(), loc(key.referenced, line_offset));
    let problem = match value {
        "" => "the value is empty".to_string(),
        v if !taken.insert(v.to_string()) => format!("`{v}` is used twice"),
        v => return Ok(v),
    };
    Err(field_error(
        file,
        at,
        field,
        problem,
        "every entry needs its own, non-empty value",
    ))
}

/// `(line, column)` of a spanned value, shifted by the lines that precede the YAML in
/// its file (Monzo front matter starts on line 2); `None` when the parser did not know.
pub(crate) fn loc(location: serde_saphyr::Location, line_offset: u64) -> Position {
    (location.line() > 0).then(|| (location.line() + line_offset, location.column()))
}

/// Parses YAML into a private source struct, turning parser errors into located ones.
pub(crate) fn parse_yaml<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    line_offset: u64,
    expected: &'static str,
) -> Result<T, ImportError> {
    serde_saphyr::from_str(text).map_err(|err| {
        let mut message = err.without_snippet().to_string();
        // The message repeats the position relative to the YAML, not the file; the
        // error carries the file position, so drop the suffix.
        if let Some(l) = err.location() {
            let suffix = format!(" at line {}, column {}", l.line(), l.column());
            message.truncate(
                message
                    .strip_suffix(&suffix)
                    .map_or(message.len(), str::len),
            );
        }
        let location = err.location().and_then(|l| loc(l, line_offset));
        ImportError::Yaml {
            file: file.to_string(),
            location,
            message,
            expected,
        }
    })
}

/// The last component of a path, so `/x/engineering.yml` and `engineering.yml` agree.
pub(crate) fn base_name(file_name: &str) -> &str {
    file_name.rsplit(['/', '\\']).next().unwrap_or(file_name)
}

/// A file's base name without its extension (`engineering.yml` → `engineering`).
pub(crate) fn stem(file_name: &str) -> &str {
    let base = base_name(file_name);
    base.rfind('.')
        .filter(|&i| i > 0)
        .map_or(base, |i| &base[..i])
}

/// `lower_snake_case` from any text: ASCII letters and digits kept, runs of anything
/// else become one `_`. Ids in the model are ASCII so they are easy to type.
pub(crate) fn snake(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// Ids handed out so far, so each new one is unique (`a`, `a_2`, `a_3`, …).
#[derive(Default)]
pub(crate) struct Ids {
    taken: HashSet<String>,
    /// The next suffix to try per base, so a thousand clashes cost a thousand steps.
    next: HashMap<String, usize>,
}

impl Ids {
    /// `base` (or `fallback` when `base` is empty), suffixed if already taken.
    pub(crate) fn unique(&mut self, base: &str, fallback: &str) -> String {
        let base = if base.is_empty() { fallback } else { base };
        let n = self.next.entry(base.to_string()).or_insert(1);
        let mut id = base.to_string();
        while !self.taken.insert(id.clone()) {
            *n += 1;
            id = format!("{base}_{n}");
        }
        id
    }
}

/// Drops leading emoji and punctuation from a display title (`💬 Communication`).
pub(crate) fn clean_title(title: &str) -> String {
    title
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim()
        .to_string()
}

/// The trimmed text of an optional source field, unless it is blank.
pub(crate) fn non_empty(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Whitespace (including YAML's folded line breaks) collapsed to single spaces.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins source criteria into sentences: whitespace collapsed, list numbering
/// (`1.`, `-`) removed, and a full stop added where an item has no end punctuation.
pub(crate) fn sentences<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut out: Vec<String> = Vec::new();
    for part in items.into_iter().flat_map(split_list) {
        let mut s = collapse(&part);
        if !s.is_empty() && !ends_sentence(&s) {
            s.push('.');
        }
        out.extend(Some(s).filter(|s| !s.is_empty()));
    }
    out.join(" ")
}

/// Splits a block of text that is written as a numbered or bulleted list into items.
fn split_list(text: &str) -> Vec<String> {
    let mut items: Vec<String> = vec![String::new()];
    for line in text.lines().map(str::trim) {
        let rest = strip_marker(line);
        if rest.is_some() || line.is_empty() {
            items.push(String::new());
        }
        let last = items.last_mut().expect("items starts non-empty");
        last.push(' ');
        last.push_str(rest.unwrap_or(line));
    }
    items
}

/// The text after a list marker (`1.`, `12)`, `-`, `*`, `•`), if the line has one.
fn strip_marker(line: &str) -> Option<&str> {
    if let Some(rest) = ["- ", "* ", "• "].iter().find_map(|b| line.strip_prefix(b)) {
        return Some(rest);
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = line.get(digits..).filter(|_| (1..=3).contains(&digits))?;
    rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "))
}

fn ends_sentence(s: &str) -> bool {
    let mut rev = s.chars().rev();
    match rev.next() {
        Some('.' | '!' | '?' | '…') => true,
        Some('"' | '\'' | '”' | '’' | ')') => matches!(rev.next(), Some('.' | '!' | '?')),
        _ => false,
    }
}

pub(crate) fn level_id(number: usize) -> String {
    format!("L{number}")
}

/// A route titling L1, L2, … in order.
pub(crate) fn route(id: String, name: String, titles: impl IntoIterator<Item = String>) -> Route {
    let levels = titles
        .into_iter()
        .enumerate()
        .map(|(i, title)| RouteTitle {
            level: level_id(i + 1),
            title,
        })
        .collect();
    Route {
        id,
        name,
        builds: String::new(),
        levels,
        sources: Vec::new(),
    }
}

pub(crate) fn competency(
    id: String,
    name: String,
    group: &str,
    description: String,
    indicators: IndexMap<String, String>,
) -> Competency {
    let (group, skill_area, commonly_lacking) = (group.to_string(), None, false);
    let (keywords, sources) = (Vec::new(), Vec::new());
    Competency {
        id,
        name,
        group,
        skill_area,
        description,
        commonly_lacking,
        indicators,
        keywords,
        facts: Vec::new(),
        sources,
    }
}

pub(crate) fn competency_group(id: String, name: String, description: String) -> CompetencyGroup {
    CompetencyGroup {
        id,
        name,
        description,
        sources: Vec::new(),
    }
}

/// What an importer has collected; [`Draft::finish`] adds the parts every import
/// shares (the placeholder tour, the ladder numbering, the list of absent sections).
pub(crate) struct Draft {
    pub id: String,
    pub name: String,
    pub description: String,
    pub routes: Vec<Route>,
    /// One `(summary, mapped_from)` per L-level, lowest first.
    pub levels: Vec<(String, String)>,
    pub groups: Vec<CompetencyGroup>,
    pub competencies: Vec<Competency>,
    pub report: Vec<String>,
}

/// Sections of the model that no published ladder we import carries.
const ABSENT: &str = "tours of duty (every level is in the placeholder tour `unassigned`); stages; \
    transitions between levels; skill areas; career paths; stall patterns; signals; timeline; \
    missions; action plan; career design; interview questions; playbooks; executive roles; \
    typical background; title lexicon; competency keywords; assessment rules";

impl Draft {
    pub(crate) fn finish(mut self) -> Imported {
        let tour = "unassigned".to_string();
        let levels: Vec<Level> = (self.levels.into_iter().enumerate())
            .map(|(i, (summary, from))| Level {
                id: level_id(i + 1),
                number: u32::try_from(i + 1).unwrap_or(u32::MAX),
                tour: tour.clone(),
                summary,
                mapped_from: Some(from),
            })
            .collect();
        // The model requires every level to sit in a tour; the source defines none, so
        // one placeholder holds them all rather than an invented grouping.
        let tour = Tour {
            id: tour,
            name: "Unassigned (not in source)".to_string(),
            levels: levels.iter().map(|l| l.id.clone()).collect(),
            purpose: "The source defines no tours of duty; this placeholder holds every level."
                .to_string(),
            horizon_years: YearRange { min: 0, max: None },
            explicit_mission: false,
            charter: Vec::new(),
            sources: Vec::new(),
        };
        self.report.extend(
            ABSENT
                .split("; ")
                .map(|what| format!("not in source: {what}")),
        );
        let framework = Framework {
            schema: None,
            id: self.id,
            version: "imported".to_string(),
            name: self.name,
            description: self.description,
            notes: self.report.clone(),
            routes: self.routes,
            levels,
            tours: vec![tour],
            stages: Vec::new(),
            transitions: Vec::new(),
            skill_areas: Vec::new(),
            competency_groups: self.groups,
            competencies: self.competencies,
            paths: Vec::new(),
            stall_patterns: Vec::new(),
            signals: Vec::new(),
            timeline: None,
            missions: Vec::new(),
            action_plan: Vec::new(),
            career_design: None,
            questions: Vec::new(),
            playbooks: Vec::new(),
            roles: Vec::new(),
            typical_background: None,
            title_lexicon: None,
            assessment: None,
        };
        Imported {
            framework,
            report: self.report,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_and_unique_ids() {
        assert_eq!(
            snake("Problem Solving & Decision-Making"),
            "problem_solving_decision_making"
        );
        assert_eq!(
            (snake("💬 Communication"), snake("¿?")),
            ("communication".into(), "".into())
        );
        let mut taken = Ids::default();
        let ids =
            [("a", "x"), ("a", "x"), ("", "x"), ("a_2", "x")].map(|(b, f)| taken.unique(b, f));
        assert_eq!(ids, ["a", "a_2", "x", "a_2_2"]);
    }

    #[test]
    fn sentences_split_numbered_lists_and_end_with_a_stop() {
        let text = "1. Writes code\n   over two lines.\n\n2. Uses tooling\n";
        assert_eq!(
            sentences([text]),
            "Writes code over two lines. Uses tooling."
        );
        let items = ["Onboards / mentors", "Says 'why.'", "etc.)", "", "2FA"];
        assert_eq!(
            sentences(items),
            "Onboards / mentors. Says 'why.' etc.) 2FA."
        );
    }

    #[test]
    fn file_names_and_titles() {
        assert_eq!(
            (stem("/a/b/engineering.yml"), stem(".hidden")),
            ("engineering", ".hidden")
        );
        assert_eq!(base_name("c:\\x\\web.md"), "web.md");
        assert_eq!(clean_title("👩‍💻 Conduct"), "Conduct");
    }
}
