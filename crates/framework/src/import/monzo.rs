//! Monzo's progression-framework pages: Markdown files whose YAML front matter lists
//! `topics`, each with per-level `criteria` and `exampleCriteria`.
//!
//! Each discipline page (backend, web, …) becomes a route and a competency group with
//! one competency per topic. `generic.md` holds topics that discipline pages inherit:
//! Monzo's site shows a discipline topic under the generic topic's title, with the
//! generic criteria for the level after its own, and the importer does the same. The
//! generic topics are also imported on their own, as the generic page's group.

use std::collections::{BTreeMap, HashMap, HashSet};

use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Draft, ImportError, Imported, check_key, clean_title, competency};
use super::{Ids, sentences, snake, stem};
use super::{competency_group, field_error, level_id, loc, non_empty, parse_yaml, route};
use crate::{Competency, CompetencyGroup, Route};

const EXPECTED: &str =
    "a Monzo framework page (front matter with `topics` of per-level `criteria`)";
/// Far above any real ladder; stops `level: 99999999` from building a huge framework.
const MAX_LEVEL: u32 = 50;

#[derive(Deserialize, Default)]
#[serde(default)]
struct Page {
    path: Option<String>,
    title: Option<String>,
    levels: Option<Spanned<u32>>,
    topics: Option<Vec<Topic>>,
}

#[derive(Deserialize)]
struct Topic {
    name: Spanned<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    content: Option<Vec<Content>>,
}

#[derive(Deserialize)]
struct Content {
    level: Spanned<u32>,
    #[serde(default)]
    criteria: Option<Vec<String>>,
    #[serde(default, rename = "exampleCriteria")]
    example_criteria: Option<Vec<Example>>,
}

#[derive(Deserialize)]
struct Example {
    #[serde(default)]
    criteria: Option<String>,
    #[serde(default)]
    examples: Option<Vec<String>>,
}

/// One checked page.
struct Parsed {
    file: String,
    title: String,
    is_generic: bool,
    levels: u32,
    topics: Vec<ParsedTopic>,
    examples: usize,
    body_lines: usize,
}

struct ParsedTopic {
    name: String,
    title: Option<String>,
    /// Level → criteria in display order (plain criteria, then example criteria).
    by_level: BTreeMap<u32, Vec<String>>,
}

/// What the import builds, shared by the generic and the discipline passes.
#[derive(Default)]
struct Out {
    routes: Vec<Route>,
    groups: Vec<CompetencyGroup>,
    competencies: Vec<Competency>,
    report: Vec<String>,
    route_ids: Ids,
    group_ids: Ids,
    competency_ids: Ids,
}

impl Out {
    fn note(&mut self, line: String) {
        self.report.push(line);
    }
}

/// Imports Monzo pages given as `(file name, text)`; pass `generic.md` with the
/// discipline pages so inherited topics resolve.
pub fn import_monzo(files: &[(String, String)]) -> Result<Imported, ImportError> {
    if files.is_empty() {
        let expected = "Monzo framework pages such as backend.md and generic.md";
        return Err(ImportError::NoFiles { expected });
    }
    let pages: Result<Vec<_>, _> = files.iter().map(|(n, text)| parse_page(n, text)).collect();
    let mut pages = pages?;
    if let Some(second) = pages.iter().filter(|p| p.is_generic).nth(1) {
        let (problem, fix) = ("a second generic page".into(), "pass one generic.md");
        return Err(field_error(&second.file, None, "path".into(), problem, fix));
    }
    // With only the generic page, it is the one discipline and inherits from nothing.
    let generic = pages.iter().position(|p| p.is_generic);
    let generic = generic.filter(|_| pages.len() > 1).map(|i| pages.remove(i));
    let all = || pages.iter().chain(&generic);
    let levels = all().map(|p| p.levels).max().unwrap_or(1);

    let mut out = Out::default();
    let files: Vec<String> = all().map(|p| format!("{} ({})", p.file, p.title)).collect();
    out.note(format!(
        "source: Monzo progression framework: {}",
        files.join(", ")
    ));
    out.note(format!(
        "levels: the source numbers its levels 1–{levels} and gives them no names; level N of \
         every page → `LN` (`mapped_from` lists the pages that define it)"
    ));
    out.note("the source has no job titles: route titles are `<discipline> level N`".into());
    if let Some(g) = &generic {
        import_topics(g, None, None, &mut out);
    }
    for p in &pages {
        import_discipline(p, generic.as_ref(), levels, &mut out);
    }
    let indicator = "indicator text: a level's `criteria`, then its `exampleCriteria` criteria";
    out.note(indicator.to_string());
    let examples: usize = all().map(|p| p.examples).sum();
    if examples > 0 {
        out.note(format!(
            "not imported: {examples} `examples` under `exampleCriteria`"
        ));
    }
    let body: usize = all().map(|p| p.body_lines).sum();
    if body > 0 {
        out.note(format!(
            "not imported: the Markdown body ({body} lines of general guidance)"
        ));
    }

    let defined_in = |n| {
        all()
            .filter(|p| p.levels >= n)
            .map(|p| p.file.as_str())
            .collect::<Vec<_>>()
    };
    let level_row = |n| {
        (
            format!("Monzo level {n}"),
            format!("level {n} in {}", defined_in(n).join(", ")),
        )
    };
    let first = out.routes.first().map(|r| r.id.replace('_', "-"));
    let names: Vec<&str> = out.routes.iter().map(|r| r.name.as_str()).collect();
    let files: Vec<&str> = all().map(|p| p.file.as_str()).collect();
    Ok(Draft {
        id: first.map_or("monzo".to_string(), |r| format!("monzo-{r}")),
        name: format!("Monzo: {}", names.join(", ")),
        description: format!("Imported from the Monzo pages {}", files.join(", ")),
        routes: out.routes,
        levels: (1..=levels).map(level_row).collect(),
        groups: out.groups,
        competencies: out.competencies,
        report: out.report,
    }
    .finish())
}

/// A discipline page becomes a route and a group of `<page>_<topic>` competencies.
fn import_discipline(p: &Parsed, generic: Option<&Parsed>, levels: u32, out: &mut Out) {
    let slug = out.route_ids.unique(&snake(stem(&p.file)), "discipline");
    let name = p.title.trim_end_matches(" Framework").to_string();
    let titles = (1..=levels).map(|n| match n <= p.levels {
        true => format!("{name} level {n}"),
        false => format!("Monzo level {n} (not defined for {name})"),
    });
    out.routes.push(route(slug.clone(), name.clone(), titles));
    out.note(format!("route `{slug}` ({name}) ← {}", p.file));
    if p.levels < levels {
        let (last, first) = (p.levels, p.levels + 1);
        out.note(format!(
            "{} defines levels 1–{last} only: route `{slug}` titles L{first}–L{levels} \
             `Monzo level N (not defined for {name})`",
            p.file
        ));
    }
    import_topics(p, Some((&slug, &name)), generic, out);
}

/// One page's topics → one competency group. A discipline's competencies are named
/// `<page>_<topic>` and inherit from the generic page; generic ones keep the topic id.
fn import_topics(
    p: &Parsed,
    discipline: Option<(&str, &str)>,
    generic: Option<&Parsed>,
    out: &mut Out,
) {
    let group = out
        .group_ids
        .unique(discipline.map_or("generic", |d| d.0), "topics");
    let mut ids = Vec::new();
    let generic_topics: HashMap<&str, &ParsedTopic> = generic
        .iter()
        .flat_map(|g| g.topics.iter().map(|t| (t.name.as_str(), t)))
        .collect();
    for t in &p.topics {
        let inherited = generic.zip(generic_topics.get(t.name.as_str()).copied());
        let title = topic_title(t, inherited.map(|(_, gt)| gt));
        let mut description = format!("{title}: topic `{}` of {}", t.name, p.file);
        let mut parts = vec![&t.by_level];
        if let Some((g, gt)) = inherited {
            description += &format!(", followed at each level by the criteria of {}", g.file);
            let (file, topic) = (&p.file, &t.name);
            out.note(format!(
                "{file} topic `{topic}` inherits its title and criteria from {} (as Monzo's \
                 site shows them): its indicators end with the generic criteria",
                g.file
            ));
            parts.push(&gt.by_level);
        } else if t.title.is_none() {
            let (file, topic) = (&p.file, &t.name);
            out.note(format!(
                "{file} topic `{topic}` has no title; named after its id"
            ));
        }
        let (id, name) = match discipline {
            Some((slug, route)) => (format!("{slug}_{}", t.name), format!("{title} ({route})")),
            None => (t.name.clone(), title),
        };
        let id = out.competency_ids.unique(&snake(&id), "topic");
        ids.push(id.clone());
        // Inherited criteria only show at the levels this page has.
        let indicators = indicators(&parts, p.levels);
        out.competencies
            .push(competency(id, name, &group, description, indicators));
    }
    let (file, ids) = (&p.file, ids.join(", "));
    out.note(format!("{file} topics → group `{group}`: {ids}"));
    let description = format!("Topics of {} ({})", p.title, p.file);
    out.groups
        .push(competency_group(group, p.title.clone(), description));
}

/// The title Monzo's site shows: the generic topic's, else the page's own, else the id.
fn topic_title(topic: &ParsedTopic, generic: Option<&ParsedTopic>) -> String {
    let own = generic
        .and_then(|g| g.title.clone())
        .or_else(|| topic.title.clone());
    let mut chars = topic.name.chars();
    let capitalised = || {
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
    };
    own.or_else(capitalised).unwrap_or_default()
}

/// A display title without its emoji, unless blank.
fn title_of(title: &Option<String>) -> Option<String> {
    non_empty(title).map(clean_title).filter(|s| !s.is_empty())
}

/// Per level up to `max`, the criteria of every part in order; levels with no text are
/// left out.
fn indicators(parts: &[&BTreeMap<u32, Vec<String>>], max: u32) -> IndexMap<String, String> {
    let levels = parts
        .iter()
        .flat_map(|p| p.keys().copied())
        .filter(|n| *n <= max);
    let levels: std::collections::BTreeSet<u32> = levels.collect();
    let criteria = |n| parts.iter().filter_map(move |p| p.get(&n)).flatten();
    let text = |n| {
        (
            level_id(n as usize),
            sentences(criteria(n).map(String::as_str)),
        )
    };
    levels
        .into_iter()
        .map(text)
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// Splits off the front matter (between a first `---` line and the next `---` line).
/// Returns the YAML and the number of non-blank lines after it.
fn front_matter<'a>(file: &str, text: &'a str) -> Result<(&'a str, usize), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = file.to_string();
    let problem = |problem: &str| ImportError::FrontMatter {
        file,
        problem: problem.into(),
    };
    let mut lines = text.split_inclusive('\n');
    let start = match lines.next() {
        Some(first) if first.trim_end() == "---" => first.len(),
        _ => return Err(problem("no YAML front matter: the first line is not `---`")),
    };
    let mut pos = start;
    for line in lines {
        if line.trim_end() == "---" {
            let body = text[pos + line.len()..]
                .lines()
                .filter(|l| !l.trim().is_empty());
            return Ok((&text[start..pos], body.count()));
        }
        pos += line.len();
    }
    Err(problem(
        "the front matter opened on line 1 is never closed by a `---` line",
    ))
}

fn parse_page(file_name: &str, text: &str) -> Result<Parsed, ImportError> {
    let file = file_name.to_string();
    if text.trim().is_empty() {
        return Err(ImportError::empty(&file, EXPECTED));
    }
    let (yaml, body_lines) = front_matter(&file, text)?;
    // The YAML starts on the file's second line.
    let page: Page = parse_yaml(&file, yaml, 1, EXPECTED)?;
    let topics = page.topics.unwrap_or_default();
    if topics.is_empty() {
        let (field, problem) = ("topics".into(), "the front matter has no topics".into());
        let fix = "list `topics:`, each with a `name` and `content` of `{ level, criteria }`";
        return Err(field_error(&file, None, field, problem, fix));
    }
    let levels = page
        .levels
        .as_ref()
        .map(|l| check_level(&file, "levels".into(), l));
    let mut max_level = levels.transpose()?.unwrap_or(0);
    let (mut parsed, mut names, mut examples) = (Vec::new(), HashSet::new(), 0);
    for (i, t) in topics.into_iter().enumerate() {
        let name = check_key(&file, &t.name, (1, format!("topics[{i}].name")), &mut names)?;
        let name = name.to_string();
        let mut by_level: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for (j, c) in t.content.unwrap_or_default().into_iter().enumerate() {
            let level = check_level(&file, format!("topics[{i}].content[{j}].level"), &c.level)?;
            max_level = max_level.max(level);
            let entry = by_level.entry(level).or_default();
            entry.extend(c.criteria.unwrap_or_default());
            for e in c.example_criteria.unwrap_or_default() {
                examples += e.examples.as_ref().map_or(0, Vec::len);
                entry.extend(e.criteria);
            }
        }
        let title = title_of(&t.title);
        parsed.push(ParsedTopic {
            name,
            title,
            by_level,
        });
    }
    if max_level == 0 {
        let (field, problem) = ("levels".into(), "the page defines no levels".into());
        let fix = "add `levels: N` and per-level `content` to the topics";
        return Err(field_error(&file, None, field, problem, fix));
    }
    let title = title_of(&page.title).unwrap_or_else(|| stem(&file).to_string());
    let is_generic =
        non_empty(&page.path) == Some("/generic") || stem(&file).eq_ignore_ascii_case("generic");
    Ok(Parsed {
        file,
        title,
        is_generic,
        levels: max_level,
        topics: parsed,
        examples,
        body_lines,
    })
}

/// A level number must be 1..=[`MAX_LEVEL`] (`levels: 0` on the page itself means none).
fn check_level(file: &str, field: String, value: &Spanned<u32>) -> Result<u32, ImportError> {
    let n = value.value;
    if (n == 0 && field != "levels") || n > MAX_LEVEL {
        let (at, problem) = (
            loc(value.referenced, 1),
            format!("level {n} is out of range"),
        );
        let fix =
            format!("Monzo levels are numbered from 1; this importer accepts up to {MAX_LEVEL}");
        return Err(field_error(file, at, field, problem, &fix));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str, text: &str) -> (String, String) {
        (name.to_string(), text.to_string())
    }

    const GENERIC: &str = "---\npath: \"/generic\"\ntitle: \"📄 Generic Framework\"\nlevels: 3
topics:\n  - name: talk\n    title: \"💬 Talk\"\n    content:
      - {level: 2, criteria: [\"Shares widely\"]}\n      - {level: 3, criteria: [Leads]}\n---\nbody\n";
    const QA: &str = "---\ntitle: \"🕵 QA Framework\"\nlevels: 2\ntopics:\n  - name: talk\n    title:\n    content:
      - level: 1\n        criteria: [\"Speaks up\"]\n        exampleCriteria: [{criteria: \"Writes notes\", examples: [x]}]\n---\n";

    #[test]
    fn inherits_generic_title_and_criteria() {
        let imported = import_monzo(&[page("qa.md", QA), page("generic.md", GENERIC)]).unwrap();
        let fw = imported.framework;
        assert_eq!((fw.id.as_str(), fw.levels.len()), ("monzo-qa", 3));
        let titles: Vec<&str> = fw.routes[0]
            .levels
            .iter()
            .map(|t| t.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "QA level 1",
                "QA level 2",
                "Monzo level 3 (not defined for QA)"
            ]
        );
        let c = fw.competencies.iter().find(|c| c.id == "qa_talk").unwrap();
        assert_eq!(c.name, "Talk (QA)");
        let texts: Vec<&str> = c.indicators.values().map(String::as_str).collect();
        assert_eq!(
            texts,
            ["Speaks up. Writes notes.", "Shares widely."],
            "no generic L3 on QA"
        );
        let generic = fw.competencies.iter().find(|c| c.id == "talk").unwrap();
        assert_eq!(
            (generic.group.as_str(), generic.name.as_str()),
            ("generic", "Talk")
        );
        assert_eq!(generic.indicators.len(), 2);
        let report = imported.report.join("\n");
        assert!(report.contains("1 `examples`"), "{report}");
    }

    #[test]
    fn errors_name_the_file() {
        let err = |files: &[(String, String)]| import_monzo(files).unwrap_err().to_string();
        let cases = [
            ("", "a.md: the file is empty"),
            ("# title\n", "a.md: no YAML front matter"),
            (
                "---\ntopics: []\n",
                "a.md: the front matter opened on line 1",
            ),
            ("---\ntopics: [\n---\n", "a.md:2:"),
            ("---\ntitle: x\n---\n", "a.md: `topics`"),
            (
                "---\ntopics: [{name: t, content: [{level: 0}]}]\n---",
                "a.md:2:38: `topics[0]",
            ),
            (
                "---\nlevels: 51\ntopics: [{name: a}]\n---\n",
                "a.md:2:9: `levels`",
            ),
            (
                "---\ntopics: [{name: a}, {name: a}]\n---\n",
                "a.md:2:28: `topics[1].name`",
            ),
        ];
        for (text, expected) in cases {
            let err = err(&[page("a.md", text)]);
            assert!(
                err.starts_with(expected),
                "{err:?} should start with {expected:?}"
            );
        }
        let two = err(&[page("generic.md", GENERIC), page("g2.md", GENERIC)]);
        assert!(two.starts_with("g2.md: `path`"), "{two}");
        assert!(err(&[]).contains("no files given"));
    }
}
