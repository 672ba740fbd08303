//! Lining an imported ladder up with a reference ladder (the built-in one), so careers
//! can be read against it.
//!
//! A published ladder names its levels and competencies but says nothing about how a
//! "Director of Engineering" elsewhere, a team of twelve or nine years without a title
//! map onto it. Without that, every person lands on the first level. Alignment reads
//! each imported level's own title with the reference ladder's title reader, fills the
//! levels it cannot read by counting from their neighbours, and then carries the
//! reference's title lexicon, assessment rules, tours and stages over, with every level
//! translated. Each decision goes into the report, and the result is plain data a
//! company can edit.

use std::collections::{HashMap, HashSet};

use crate::{
    AssessmentRules, EmployerGrades, Framework, Level, RouteTitle, Stage, TitleEntry, TitleGrade,
    TitleKind, TitleLexicon, Tour,
};

use super::{Imported, level_id};

/// What the reference ladder reads in a job title.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleReading {
    /// The reference level number.
    pub number: u32,
    pub kind: TitleKind,
    /// The reference route the title names, if any.
    pub route: Option<String>,
}

/// Reads a job title against the reference ladder.
pub type TitleReader<'a> = &'a dyn Fn(&str) -> Option<TitleReading>;

/// How the imported levels sit on the reference ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The reference level number of each imported level, lowest first; never falls.
    pub reference: Vec<u32>,
    /// Whether each level's number was read from its own title (else counted).
    pub from_title: Vec<bool>,
}

impl Alignment {
    /// The imported level (1-based) a reference level number stands for: the lowest
    /// imported level at the highest reference level not above `number`.
    pub fn imported(&self, number: u32) -> usize {
        let best = self
            .reference
            .iter()
            .copied()
            .filter(|&r| r <= number)
            .max();
        best.and_then(|b| self.reference.iter().position(|&r| r == b))
            .map_or(1, |i| i + 1)
    }

    fn imported_id(&self, reference: &Framework, id: &str) -> Option<String> {
        let number = reference.levels.iter().find(|l| l.id == id)?.number;
        Some(level_id(self.imported(number)))
    }
}

/// Finds where each imported level sits on the reference ladder. A level's title
/// anchors it when the reader knows it and it lies above the anchors below it (the
/// second "Senior Engineer" of a ladder is not a new anchor); the other levels count up
/// from the anchor below, never past the one above. With no anchor at all, level N
/// stands for reference level N.
pub fn alignment(fw: &Framework, top: u32, read: TitleReader<'_>) -> Alignment {
    let n = fw.levels.len();
    let mut anchors: Vec<Option<u32>> = vec![None; n];
    let mut last = 0;
    for (i, level) in fw.levels.iter().enumerate() {
        let read = titles_of(fw, level)
            .filter_map(|t| read(&without_brackets(t)).map(|r| r.number))
            .min();
        if let Some(number) = read.filter(|&r| r > last) {
            anchors[i] = Some(number.min(top));
            last = number;
        }
    }
    let mut reference = vec![0; n];
    for i in 0..n {
        let below = (0..i).rev().find_map(|j| anchors[j].map(|r| (j, r)));
        let above = (i..n).find_map(|j| anchors[j].map(|r| (j, r)));
        reference[i] = match (anchors[i], below, above) {
            (Some(r), _, _) => r,
            (None, Some((j, r)), above) => {
                let counted = r + u32::try_from(i - j).unwrap_or(u32::MAX);
                counted.min(above.map_or(top, |(_, a)| a)).min(top)
            }
            (None, None, Some((j, r))) => {
                let back = u32::try_from(j - i).unwrap_or(u32::MAX);
                r.saturating_sub(back).max(1)
            }
            (None, None, None) => u32::try_from(i + 1).unwrap_or(u32::MAX).min(top),
        };
    }
    Alignment {
        reference,
        from_title: anchors.iter().map(Option::is_some).collect(),
    }
}

/// Fills what the engine needs to place people (title lexicon, assessment rules, tours
/// and stages) from `reference`, translated through the alignment, and reports how.
pub fn align_to(imported: &mut Imported, reference: &Framework, read: TitleReader<'_>) {
    let top = reference.levels.iter().map(|l| l.number).max().unwrap_or(1);
    let fw = &mut imported.framework;
    let al = alignment(fw, top, read);
    let mut report = vec![format!(
        "aligned with the `{}` ladder, so the engine can read any career against this one; \
         the title lexicon, assessment rules, tours and stages below come from it",
        reference.id
    )];
    for (i, level) in fw.levels.iter().enumerate() {
        let r = al.reference[i];
        let name = reference_title(reference, r);
        let how = if al.from_title[i] {
            "by its title"
        } else {
            "counted from its neighbours"
        };
        let title = titles_of(fw, level)
            .next()
            .map_or_else(|| level.id.clone(), |t| without_brackets(t));
        report.push(format!(
            "level {} ({title}) ≈ {} L{r} ({name}), {how}",
            level.id, reference.id
        ));
    }
    fw.title_lexicon = Some(lexicon(fw, reference, &al, read));
    fw.assessment = reference
        .assessment
        .as_ref()
        .map(|a| rules(a, reference, &al));
    let (tours, stages) = (tours(fw, reference, &al), stages(reference, &al));
    if !tours.is_empty() {
        for (i, level) in fw.levels.iter_mut().enumerate() {
            let tour = tours.iter().find(|t| t.levels.contains(&level_id(i + 1)));
            level.tour = tour.map_or_else(|| level.tour.clone(), |t| t.id.clone());
        }
        fw.tours = tours;
    }
    fw.stages = stages;
    report.push(
        "routes of borrowed titles: a reference title takes the one route of this ladder \
         whose name reads as the same route, and a manager's title the one route whose name \
         says it manages; otherwise it names none"
            .to_string(),
    );
    fw.notes.extend(report.iter().cloned());
    imported.report.extend(report);
}

/// The titles the routes give a level, in route order.
fn titles_of<'f>(fw: &'f Framework, level: &'f Level) -> impl Iterator<Item = &'f String> {
    fw.routes.iter().flat_map(move |route| {
        (route.levels.iter())
            .filter(move |t| t.level == level.id)
            .map(|t: &RouteTitle| &t.title)
    })
}

/// A title without its bracketed notes: "Senior Engineer 2 (People Manager)" is read
/// as "Senior Engineer 2".
fn without_brackets(title: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in title.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn reference_title(reference: &Framework, number: u32) -> String {
    let level = reference.levels.iter().find(|l| l.number == number);
    let id = level.map_or("", |l| l.id.as_str());
    (reference.routes.first())
        .and_then(|r| r.levels.iter().find(|t| t.level == id))
        .map_or_else(|| id.to_string(), |t| t.title.clone())
}

/// This ladder's own titles first (so "Senior Engineer 2" reads as the level that
/// bears it), then every reference phrase at its translated level.
fn lexicon(
    fw: &Framework,
    reference: &Framework,
    al: &Alignment,
    read: TitleReader<'_>,
) -> TitleLexicon {
    let mut taken: HashSet<String> = HashSet::new();
    let mut entries = Vec::new();
    for level in &fw.levels {
        for route in &fw.routes {
            let Some(t) = route.levels.iter().find(|t| t.level == level.id) else {
                continue;
            };
            let phrase = without_brackets(&t.title).to_lowercase();
            if phrase.is_empty() || !taken.insert(phrase.clone()) {
                continue;
            }
            // A title every route shares names no route.
            let shared = fw.routes.iter().filter(|r| {
                (r.levels.iter()).any(|o| without_brackets(&o.title).to_lowercase() == phrase)
            });
            let route_id = (shared.count() == 1).then(|| route.id.clone());
            let kind = read(&phrase).map_or(TitleKind::Individual, |r| r.kind);
            entries.push(TitleEntry {
                phrases: vec![phrase],
                level: level.id.clone(),
                route: route_id,
                kind,
            });
        }
    }
    let Some(source) = &reference.title_lexicon else {
        return TitleLexicon {
            entries,
            ..TitleLexicon::default()
        };
    };
    let route_for = borrowed_routes(fw, reference, read);
    for entry in &source.entries {
        let phrases: Vec<String> = (entry.phrases.iter())
            .filter(|p| !taken.contains(p.as_str()))
            .cloned()
            .collect();
        let Some(level) = al.imported_id(reference, &entry.level) else {
            continue;
        };
        if !phrases.is_empty() {
            taken.extend(phrases.iter().cloned());
            let kind = entry.kind;
            let route = route_for(entry);
            entries.push(TitleEntry {
                phrases,
                level,
                route,
                kind,
            });
        }
    }
    let modifiers = (source.modifiers.iter())
        .map(|m| {
            let mut m = m.clone();
            let at = |l: &Option<String>| l.as_ref().and_then(|l| al.imported_id(reference, l));
            (m.at_least, m.at_most) = (at(&m.at_least), at(&m.at_most));
            m
        })
        .collect();
    let grades_of = |grades: &[TitleGrade]| -> Vec<TitleGrade> {
        (grades.iter())
            .filter_map(|g| {
                let level = al.imported_id(reference, &g.level)?;
                Some(TitleGrade { level, ..g.clone() })
            })
            .collect()
    };
    let grades = grades_of(&source.grades);
    let employer_grades = (source.employer_grades.iter())
        .map(|e| EmployerGrades {
            employers: e.employers.clone(),
            grades: grades_of(&e.grades),
        })
        .collect();
    TitleLexicon {
        entries,
        modifiers,
        other_functions: source.other_functions.clone(),
        adjacent_functions: source.adjacent_functions.clone(),
        engineering_functions: source.engineering_functions.clone(),
        grades,
        grade_employers: source.grade_employers.clone(),
        enterprise_employers: source.enterprise_employers.clone(),
        employer_grades,
    }
}

/// Which of this ladder's routes a reference title belongs to. A route's name is read
/// like a title: the one route whose name reads as reference route R takes R's titles
/// ("Quality Analyst" takes the quality engineering titles). The one route whose name
/// has a word of the reference's `managing` vocabulary ("People Manager") takes the
/// titles of managers and executives.
fn borrowed_routes<'a>(
    fw: &'a Framework,
    reference: &Framework,
    read: TitleReader<'_>,
) -> impl Fn(&TitleEntry) -> Option<String> + 'a {
    let managing = reference
        .assessment
        .as_ref()
        .map_or(&[][..], |a| a.words("managing"));
    // Each of this ladder's routes, with the reference route its name reads as and
    // whether its name says it manages.
    let names: Vec<(&str, Option<String>, bool)> = (fw.routes.iter())
        .map(|r| {
            let route = read(&r.name).and_then(|reading| reading.route);
            (r.id.as_str(), route, has_phrase(&r.name, managing))
        })
        .collect();
    let only = |ids: Vec<&str>| match ids.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    };
    let manager_route = only(names.iter().filter(|n| n.2).map(|n| n.0).collect());
    let by_reference: HashMap<String, Option<String>> = (names.iter())
        .filter_map(|n| n.1.clone())
        .map(|want| {
            let ids = names.iter().filter(|n| n.1.as_ref() == Some(&want));
            let id = only(ids.map(|n| n.0).collect());
            (want, id)
        })
        .collect();
    move |entry: &TitleEntry| {
        let by_route =
            (entry.route.as_ref()).and_then(|want| by_reference.get(want).cloned().flatten());
        let manages = matches!(entry.kind, TitleKind::Manager | TitleKind::Executive);
        by_route.or_else(|| manager_route.clone().filter(|_| manages))
    }
}

/// Whether `text` has one of `phrases` as whole words, ignoring case.
fn has_phrase(text: &str, phrases: &[String]) -> bool {
    let words = |t: &str| -> Vec<String> {
        (t.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let text = words(text);
    phrases.iter().any(|p| {
        let p = words(p);
        !p.is_empty() && text.windows(p.len()).any(|w| w == p.as_slice())
    })
}

fn rules(source: &AssessmentRules, reference: &Framework, al: &Alignment) -> AssessmentRules {
    let at = |id: &str| {
        al.imported_id(reference, id)
            .unwrap_or_else(|| id.to_string())
    };
    let mut rules = source.clone();
    for rule in &mut rules.scope_levels {
        rule.level = at(&rule.level);
    }
    for cap in &mut rules.title_caps {
        cap.level = at(&cap.level);
    }
    rules.tech_lead_cap = source.tech_lead_cap.as_deref().map(at);
    rules.leadership_from = source.leadership_from.as_deref().map(at);
    // A level takes the experience of the reference level it stands for.
    rules.min_years = (al.reference.iter().enumerate())
        .filter_map(|(i, &r)| {
            let id = &reference.levels.iter().find(|l| l.number == r)?.id;
            Some((level_id(i + 1), *source.min_years.get(id)?))
        })
        .collect();
    rules.untitled_levels.clear();
    for step in &source.untitled_levels {
        let level = at(&step.level);
        if rules
            .untitled_levels
            .last()
            .is_none_or(|l| l.level != level)
        {
            let mut step = step.clone();
            step.level = level;
            rules.untitled_levels.push(step);
        }
    }
    rules
}

/// The imported levels whose reference level is in `levels`.
fn members(reference: &Framework, al: &Alignment, levels: &[String]) -> Vec<String> {
    let numbers: HashSet<u32> = (reference.levels.iter())
        .filter(|l| levels.contains(&l.id))
        .map(|l| l.number)
        .collect();
    (al.reference.iter().enumerate())
        .filter(|(_, r)| numbers.contains(r))
        .map(|(i, _)| level_id(i + 1))
        .collect()
}

fn tours(fw: &Framework, reference: &Framework, al: &Alignment) -> Vec<Tour> {
    let tours: Vec<Tour> = (reference.tours.iter())
        .map(|t| Tour {
            levels: members(reference, al, &t.levels),
            ..t.clone()
        })
        .filter(|t| !t.levels.is_empty())
        .collect();
    // Every level must sit in a tour; if the reference leaves one out, keep the
    // importer's placeholder rather than break the ladder.
    let covered = fw.levels.iter().all(|l| {
        let id = &l.id;
        tours.iter().any(|t| t.levels.contains(id))
    });
    if covered { tours } else { Vec::new() }
}

fn stages(reference: &Framework, al: &Alignment) -> Vec<Stage> {
    (reference.stages.iter())
        .map(|s| Stage {
            levels: members(reference, al, &s.levels),
            ..s.clone()
        })
        .filter(|s| !s.levels.is_empty())
        .collect()
}
