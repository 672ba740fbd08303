//! A career cut into units of evidence: each highlight, position summary,
//! achievement, skill group, project, education and certificate entry, with the
//! field path it came from and the competencies it shows.

use std::collections::HashMap;

use ctopath_profile::scope::{PathStyle, PositionEvidence, positions};
use ctopath_profile::{Achievement, Profile};
use serde::Serialize;

use crate::bm25::Index;
use crate::vocabulary::Vocabulary;

/// What kind of entry a unit is; it decides how much a match in it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Highlight,
    Achievement,
    PositionSummary,
    /// What the organisation does ("Series C payments scale-up").
    Organisation,
    Project,
    Skill,
    Summary,
    Education,
    Certificate,
    Publication,
    Award,
    /// A position's dates, title or stated scope, cited for scope requirements.
    Position,
}

impl UnitKind {
    /// How much a match in this kind of unit is worth: a told outcome more than a
    /// listed skill, a listed skill more than a line about the employer.
    pub fn weight(self) -> f64 {
        match self {
            UnitKind::Highlight | UnitKind::Achievement => 1.0,
            UnitKind::Project | UnitKind::PositionSummary | UnitKind::Position => 0.9,
            UnitKind::Skill | UnitKind::Certificate | UnitKind::Education => 0.85,
            UnitKind::Summary | UnitKind::Publication | UnitKind::Award => 0.8,
            UnitKind::Organisation => 0.7,
        }
    }

    /// Units that can carry an interview story.
    pub fn tells_a_story(self) -> bool {
        matches!(
            self,
            UnitKind::Highlight | UnitKind::Achievement | UnitKind::Project
        )
    }
}

/// One piece of evidence, verbatim from the profile.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    pub kind: UnitKind,
    /// The words the person wrote.
    pub text: String,
    /// Field path: `work[1].highlights[0]`, `achievements[3]`, `skills[0]`.
    pub source: String,
    /// Index of the position it belongs to.
    pub position: Option<usize>,
    /// Index of the achievement it is (or that was derived from it).
    pub achievement: Option<usize>,
    /// Competency ids: stated on the achievement, or named by the text's words.
    pub competencies: Vec<String>,
}

/// Field paths spelt the way the person's file spells them.
#[derive(Debug, Clone, Copy)]
pub struct Paths(pub PathStyle);

impl Paths {
    fn own(self) -> bool {
        matches!(self.0, PathStyle::Own)
    }
    pub fn position(self, i: usize) -> String {
        if self.own() {
            format!("positions[{i}]")
        } else {
            format!("work[{i}]")
        }
    }
    pub fn position_field(self, i: usize, field: &str) -> String {
        let name = match (self.own(), field) {
            (false, "title") => "position",
            (false, "organisation") => "name",
            (false, "start") => "startDate",
            (false, "end") => "endDate",
            (_, other) => other,
        };
        format!("{}.{name}", self.position(i))
    }
    pub fn resume(self, section: &str, i: usize) -> String {
        if self.own() {
            format!("resume.{section}[{i}]")
        } else {
            format!("{section}[{i}]")
        }
    }
    pub fn person(self, field: &str) -> String {
        if self.own() {
            format!("person.{field}")
        } else {
            format!("basics.{field}")
        }
    }
    pub fn achievement(self, k: usize) -> String {
        if self.own() {
            format!("achievements[{k}]")
        } else {
            format!("meta.ctopath.achievements[{k}]")
        }
    }
}

/// A profile's evidence, indexed for matching.
pub struct Portfolio<'p> {
    pub profile: &'p Profile,
    pub paths: Paths,
    pub units: Vec<Unit>,
    /// What each position shows about scope, from the profile crate.
    pub positions: Vec<PositionEvidence>,
    pub index: Index,
    /// Competency id → units that show it.
    pub by_competency: HashMap<String, Vec<usize>>,
    /// Framework level id → its number on the ladder.
    pub level_numbers: HashMap<String, u32>,
    /// Per unit, its competencies as positions in the framework's list, so scoring
    /// compares small integers instead of hashing names.
    pub competency_positions: Vec<Vec<u16>>,
    /// Competency id → its position in the framework's list.
    pub competency_position: HashMap<String, u16>,
}

impl<'p> Portfolio<'p> {
    pub fn build(profile: &'p Profile, vocab: &Vocabulary) -> Self {
        let style = PathStyle::of(profile);
        let paths = Paths(style);
        let mut units: Vec<(Unit, String)> = Vec::new();
        collect_positions(profile, paths, &mut units);
        collect_achievements(profile, paths, &mut units);
        collect_resume(profile, paths, &mut units);
        // Facts the evidence crate read from the positions' prose ("grew … from 18 to
        // 64") name competencies that single words may not.
        let scope = positions(profile, vocab.framework, style);
        let mut from_facts: HashMap<&str, Vec<String>> = HashMap::new();
        for fact in scope.iter().flat_map(|p| &p.facts) {
            if let Some(ids) = vocab.lexicon.fact_competencies.get(fact.fact.kind()) {
                from_facts
                    .entry(fact.source.as_str())
                    .or_default()
                    .extend(ids.iter().cloned());
            }
        }
        let mut keys_per_unit = Vec::with_capacity(units.len());
        let mut by_competency: HashMap<String, Vec<usize>> = HashMap::new();
        let mut competency_positions = Vec::with_capacity(units.len());
        let mut out = Vec::with_capacity(units.len());
        let all = &vocab.framework.competencies;
        for (i, (mut unit, index_text)) in units.into_iter().enumerate() {
            let keys: Vec<String> = vocab
                .analyze(&index_text)
                .into_iter()
                .map(|t| t.key)
                .collect();
            if let Some(ids) = from_facts.get(unit.source.as_str()) {
                unit.competencies.extend(ids.iter().cloned());
            }
            let positions =
                vocab.competency_positions(keys.iter().map(String::as_str), &unit.competencies);
            unit.competencies = positions
                .iter()
                .map(|&p| all[usize::from(p)].id.clone())
                .collect();
            for c in &unit.competencies {
                match by_competency.get_mut(c) {
                    Some(list) => list.push(i),
                    None => {
                        by_competency.insert(c.clone(), vec![i]);
                    }
                }
            }
            competency_positions.push(positions);
            keys_per_unit.push(keys);
            out.push(unit);
        }
        let competency_position: HashMap<String, u16> = all
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), u16::try_from(i).unwrap_or(u16::MAX)))
            .collect();
        Portfolio {
            profile,
            paths,
            competency_positions,
            competency_position,
            units: out,
            positions: scope,
            index: Index::build(keys_per_unit),
            by_competency,
            level_numbers: vocab
                .framework
                .levels
                .iter()
                .map(|l| (l.id.clone(), l.number))
                .collect(),
        }
    }
}

fn unit(kind: UnitKind, text: &str, source: String, position: Option<usize>) -> Unit {
    Unit {
        kind,
        text: text.to_string(),
        source,
        position,
        achievement: None,
        competencies: Vec::new(),
    }
}

fn collect_positions(profile: &Profile, paths: Paths, out: &mut Vec<(Unit, String)>) {
    for (i, p) in profile.positions.iter().enumerate() {
        for (j, h) in p.highlights().iter().enumerate() {
            if !h.trim().is_empty() {
                let source = format!("{}.highlights[{j}]", paths.position(i));
                out.push((unit(UnitKind::Highlight, h, source, Some(i)), h.clone()));
            }
        }
        if let Some(s) = p.summary.as_deref().filter(|s| !s.trim().is_empty()) {
            let u = unit(
                UnitKind::PositionSummary,
                s,
                paths.position_field(i, "summary"),
                Some(i),
            );
            out.push((u, s.to_string()));
        }
        if let Some(d) = p.description.as_deref().filter(|s| !s.trim().is_empty()) {
            let u = unit(
                UnitKind::Organisation,
                d,
                paths.position_field(i, "description"),
                Some(i),
            );
            out.push((u, d.to_string()));
        }
    }
}

/// Achievements derived from a highlight enrich that highlight's unit; the others
/// become units of their own.
fn collect_achievements(profile: &Profile, paths: Paths, out: &mut Vec<(Unit, String)>) {
    let by_source: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .filter(|(_, (u, _))| u.kind == UnitKind::Highlight)
        .map(|(i, (u, _))| (u.source.clone(), i))
        .collect();
    for (k, a) in profile.achievements.iter().enumerate() {
        let linked = a.source.as_deref().and_then(|s| {
            by_source
                .get(s)
                .or_else(|| by_source.get(&s.replacen("positions[", "work[", 1)))
                .or_else(|| by_source.get(&s.replacen("work[", "positions[", 1)))
        });
        if let Some(&i) = linked {
            let (u, index_text) = &mut out[i];
            u.achievement = Some(k);
            u.competencies.extend(a.competencies.iter().cloned());
            index_text.push(' ');
            index_text.push_str(&achievement_words(a, false));
            continue;
        }
        if a.what_changed.trim().is_empty() {
            continue;
        }
        let position = a
            .position
            .as_deref()
            .and_then(|id| profile.positions.iter().position(|p| p.id == id));
        let mut u = unit(
            UnitKind::Achievement,
            &a.what_changed,
            paths.achievement(k),
            position,
        );
        u.achievement = Some(k);
        u.competencies = a.competencies.clone();
        out.push((u, achievement_words(a, true)));
    }
}

/// The words an achievement is matched by: its sentence, metric, scope and tags.
fn achievement_words(a: &Achievement, with_sentence: bool) -> String {
    let mut words = if with_sentence {
        a.what_changed.clone()
    } else {
        String::new()
    };
    if let Some(m) = &a.metric {
        words.push(' ');
        words.push_str(&m.name);
    }
    for extra in a.scope.iter().chain(&a.tags) {
        words.push(' ');
        words.push_str(extra);
    }
    words
}

fn collect_resume(profile: &Profile, paths: Paths, out: &mut Vec<(Unit, String)>) {
    let r = &profile.resume;
    let mut push = |kind, text: String, source: String| {
        if !text.trim().is_empty() {
            out.push((unit(kind, &text, source, None), text));
        }
    };
    if let Some(summary) = profile.person.as_ref().and_then(|p| p.summary.clone()) {
        push(UnitKind::Summary, summary, paths.person("summary"));
    }
    for (i, s) in r.skills.iter().flatten().enumerate() {
        let mut parts: Vec<&str> = s.name.as_deref().into_iter().collect();
        parts.extend(s.keywords.iter().flatten().map(String::as_str));
        push(UnitKind::Skill, parts.join(", "), paths.resume("skills", i));
    }
    for (i, p) in r.projects.iter().flatten().enumerate() {
        let base = paths.resume("projects", i);
        let head: Vec<&str> = p
            .name
            .iter()
            .chain(&p.description)
            .map(String::as_str)
            .collect();
        let keywords: Vec<&str> = p.keywords.iter().flatten().map(String::as_str).collect();
        let mut text = head.join(": ");
        if !keywords.is_empty() {
            text = format!("{text} ({})", keywords.join(", "));
        }
        push(UnitKind::Project, text, base.clone());
        for (j, h) in p.highlights.iter().flatten().enumerate() {
            push(
                UnitKind::Project,
                h.clone(),
                format!("{base}.highlights[{j}]"),
            );
        }
    }
    for (i, e) in r.education.iter().flatten().enumerate() {
        let parts: Vec<&str> = [&e.study_type, &e.area, &e.institution]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .collect();
        push(
            UnitKind::Education,
            parts.join(", "),
            paths.resume("education", i),
        );
    }
    for (i, c) in r.certificates.iter().flatten().enumerate() {
        let parts: Vec<&str> = [&c.name, &c.issuer]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .collect();
        push(
            UnitKind::Certificate,
            parts.join(", "),
            paths.resume("certificates", i),
        );
    }
    for (i, p) in r.publications.iter().flatten().enumerate() {
        let parts: Vec<&str> = [&p.name, &p.summary]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .collect();
        push(
            UnitKind::Publication,
            parts.join(": "),
            paths.resume("publications", i),
        );
    }
    for (i, a) in r.awards.iter().flatten().enumerate() {
        let parts: Vec<&str> = [&a.title, &a.summary]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .collect();
        push(UnitKind::Award, parts.join(": "), paths.resume("awards", i));
    }
}
