//! From a posting's lines to requirements: what each asks for, how much it
//! matters, and which competencies it calls on.

use std::collections::HashSet;

use ctopath_evidence::match_title;
use serde::Serialize;

use crate::error::PostingError;
use crate::needs::{Need, has_phrase, scope_needs};
use crate::posting::{Posting, PostingLine, Section};
use crate::vocabulary::Vocabulary;

/// Weight of a term that names a technology, a domain or a competency.
pub const SALIENT_WEIGHT: f64 = 1.5;
/// Weight of any other content word.
pub const PLAIN_WEIGHT: f64 = 1.0;
/// Weight of words that say little alone ("experience", "strong").
pub const WEAK_WEIGHT: f64 = 0.25;

/// Skill levels in a JSON job that make the skill optional.
const OPTIONAL_LEVELS: [&str; 4] = ["beginner", "basic", "novice", "familiar"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    Must,
    Nice,
}

impl Importance {
    /// How much a gap in this requirement costs, relative to a must-have.
    pub fn weight(self) -> f64 {
        match self {
            Importance::Must => 1.0,
            Importance::Nice => 0.4,
        }
    }
}

/// What a requirement is mainly about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    Experience,
    Seniority,
    Leadership,
    Technology,
    Domain,
    Responsibility,
    Qualification,
}

/// One term a requirement is matched by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concept {
    pub key: String,
    /// The words in the posting.
    pub text: String,
    pub weight: f64,
    /// For a phrase, the terms of its words: "partner on the product roadmap"
    /// partly matches "product roadmap" through them.
    #[serde(skip)]
    pub parts: Vec<String>,
}

/// One thing the job asks for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requirement {
    /// `r1`, `r2`, … in posting order.
    pub id: String,
    /// Verbatim from the posting.
    pub text: String,
    /// Where in the posting: `qualifications[1]`, `line 14`, `title`.
    pub source: String,
    pub section: Section,
    pub importance: Importance,
    pub kind: RequirementKind,
    pub competencies: Vec<String>,
    pub technologies: Vec<String>,
    pub domains: Vec<String>,
    pub needs: Vec<Need>,
    pub concepts: Vec<Concept>,
}

/// The company stage a posting's wording names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageHint {
    /// `startup`, `scaleup` or `enterprise`.
    pub stage: String,
    /// The words that name it.
    pub words: String,
    pub source: String,
}

/// The requirements of a posting, in posting order. A posting with none is an error:
/// there is nothing to tailor to.
pub fn extract(posting: &Posting, vocab: &Vocabulary) -> Result<Vec<Requirement>, PostingError> {
    let mut out: Vec<Requirement> = Vec::new();
    if let Some(r) = seniority(posting, vocab) {
        out.push(r);
    }
    let scope_keys = scope_keys(vocab);
    let mut seen = HashSet::new();
    for line in &posting.lines {
        if !seen.insert(line.text.to_lowercase()) {
            continue;
        }
        if let Some(r) = requirement(line, vocab, &scope_keys) {
            out.push(r);
        }
    }
    if out
        .iter()
        .all(|r| matches!(r.kind, RequirementKind::Seniority))
    {
        return Err(PostingError::NoRequirements {
            file: posting.file.clone(),
        });
    }
    for (i, r) in out.iter_mut().enumerate() {
        r.id = format!("r{}", i + 1);
    }
    Ok(out)
}

fn requirement(
    line: &PostingLine,
    vocab: &Vocabulary,
    scope_keys: &HashSet<String>,
) -> Option<Requirement> {
    let lex = vocab.lexicon;
    let lower = line.text.to_lowercase();
    let has_technology = vocab
        .analyze(&line.text)
        .iter()
        .any(|t| vocab.is_technology(&t.key));
    let candidate = match line.section {
        Section::Responsibilities
        | Section::Requirements
        | Section::NiceToHave
        | Section::Skills
        | Section::Other => true,
        Section::Opening | Section::Description => {
            has_technology || has_phrase(&lower, &lex.requirement_cues)
        }
        Section::Company | Section::Ignored => false,
    };
    if !candidate {
        return None;
    }
    let needs = scope_needs(&line.text, &lex.scope);
    let concepts = concepts_of(&line.text, vocab, |key| {
        !needs.is_empty() && scope_keys.contains(key)
    });
    if needs.is_empty() && concepts.iter().all(|c| c.weight <= WEAK_WEIGHT) {
        return None;
    }
    let technologies = surfaces(&concepts, |k| vocab.is_technology(k));
    let domains = surfaces(&concepts, |k| vocab.is_domain(k));
    let mut ids: Vec<&str> = Vec::new();
    let from_terms = vocab.competencies_in(concepts.iter().map(|c| c.key.as_str()));
    ids.extend(from_terms.iter().map(String::as_str));
    for need in &needs {
        if let Some(list) = lex.need_competencies.get(need.id()) {
            ids.extend(list.iter().map(String::as_str));
        }
    }
    let nice = line.section == Section::NiceToHave
        || has_phrase(&lower, &lex.importance.nice)
        || line
            .level
            .as_deref()
            .is_some_and(|l| OPTIONAL_LEVELS.contains(&l.to_lowercase().as_str()));
    let kind = kind_of(&needs, &technologies, &domains, line.section);
    Some(Requirement {
        id: String::new(),
        text: line.text.clone(),
        source: line.source.clone(),
        section: line.section,
        importance: if nice {
            Importance::Nice
        } else {
            Importance::Must
        },
        kind,
        competencies: vocab.in_framework_order(ids),
        technologies,
        domains,
        needs,
        concepts,
    })
}

/// The concepts a text is matched by, each term once, weighted by how much it
/// says. Words inside a known phrase are left to the phrase ("cross-functional",
/// not "cross" and "functional"), so a phrase counts once.
pub fn concepts_of(text: &str, vocab: &Vocabulary, skip: impl Fn(&str) -> bool) -> Vec<Concept> {
    let terms = vocab.analyze(text);
    let phrases: Vec<(usize, usize)> = terms
        .iter()
        .filter(|t| t.phrase)
        .map(|t| (t.start, t.end))
        .collect();
    let mut concepts: Vec<Concept> = Vec::new();
    for t in &terms {
        let inside = !t.phrase && phrases.iter().any(|&(s, e)| s <= t.start && t.end <= e);
        let parts = if t.phrase {
            terms
                .iter()
                .filter(|o| {
                    !o.phrase && t.start <= o.start && o.end <= t.end && !vocab.is_weak(&o.key)
                })
                .map(|o| o.key.clone())
                .collect()
        } else {
            Vec::new()
        };
        if inside || concepts.iter().any(|c| c.key == t.key) || skip(&t.key) {
            continue;
        }
        let weight = if vocab.is_salient(&t.key) {
            SALIENT_WEIGHT
        } else if vocab.is_weak(&t.key) {
            WEAK_WEIGHT
        } else {
            PLAIN_WEIGHT
        };
        concepts.push(Concept {
            key: t.key.clone(),
            text: text[t.start..t.end].to_string(),
            weight,
            parts,
        });
    }
    concepts
}

fn surfaces(concepts: &[Concept], keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in concepts.iter().filter(|c| keep(&c.key)) {
        // "machine learning" covers "machine" and "learning" on their own.
        if !out.iter().any(|o| o.contains(&c.text)) {
            out.retain(|o| !c.text.contains(o.as_str()));
            out.push(c.text.clone());
        }
    }
    out
}

fn kind_of(
    needs: &[Need],
    technologies: &[String],
    domains: &[String],
    section: Section,
) -> RequirementKind {
    let leadership = needs.iter().any(|n| {
        matches!(
            n,
            Need::TeamSize { .. } | Need::ManagersOfManagers | Need::Budget { .. } | Need::Board
        )
    });
    if needs.iter().any(|n| matches!(n, Need::Seniority { .. })) {
        RequirementKind::Seniority
    } else if leadership {
        RequirementKind::Leadership
    } else if !needs.is_empty() {
        RequirementKind::Experience
    } else if !technologies.is_empty() {
        RequirementKind::Technology
    } else if !domains.is_empty() {
        RequirementKind::Domain
    } else if section == Section::Responsibilities {
        RequirementKind::Responsibility
    } else {
        RequirementKind::Qualification
    }
}

/// Terms that a scope need takes care of ("years", "engineers", "lead"), so that
/// "8+ years" is not also matched as the word "years".
fn scope_keys(vocab: &Vocabulary) -> HashSet<String> {
    let s = &vocab.lexicon.scope;
    [
        &s.years,
        &s.team_nouns,
        &s.leadership,
        &s.leadership_years,
        &s.budget,
        &s.board,
        &s.managers_of_managers,
    ]
    .into_iter()
    .flatten()
    .flat_map(|w| vocab.analyze(w).into_iter().map(|t| t.key))
    .collect()
}

/// The level the posting's title (and seniority field) asks for.
fn seniority(posting: &Posting, vocab: &Vocabulary) -> Option<Requirement> {
    let fw = vocab.framework;
    let lexicon = fw.title_lexicon.as_ref()?;
    let level_of = |title: &str| {
        let m = match_title(title, lexicon, &fw.levels)?;
        let number = fw.levels.iter().find(|l| l.id == m.level)?.number;
        Some((m.level, number))
    };
    let from_title = posting.title.as_deref().and_then(level_of);
    let from_experience = posting.experience.as_deref().and_then(|e| {
        let word = e.trim().to_lowercase();
        let title = vocab.lexicon.seniority.get(&word)?;
        level_of(title)
    });
    let (text, source, (level, number)) = match (from_title, from_experience) {
        (t, Some(e)) if t.as_ref().is_none_or(|t| t.1 <= e.1) => {
            (posting.experience.clone()?, "experience", e)
        }
        (Some(t), _) => (posting.title.clone()?, "title", t),
        (None, None) => return None,
        (None, Some(_)) => unreachable!("handled by the first arm"),
    };
    let competencies = vocab
        .lexicon
        .need_competencies
        .get("seniority")
        .cloned()
        .unwrap_or_default();
    Some(Requirement {
        id: String::new(),
        text,
        source: source.to_string(),
        section: Section::Requirements,
        importance: Importance::Must,
        kind: RequirementKind::Seniority,
        competencies: vocab.in_framework_order(competencies.iter().map(String::as_str)),
        technologies: Vec::new(),
        domains: Vec::new(),
        needs: vec![Need::Seniority { level, number }],
        concepts: Vec::new(),
    })
}

/// The stage the posting says the company is at, from the first line that names one.
pub fn stage(posting: &Posting, vocab: &Vocabulary) -> Option<StageHint> {
    let title = posting.title.iter().map(|t| (t.as_str(), "title"));
    let lines = posting
        .lines
        .iter()
        .map(|l| (l.text.as_str(), l.source.as_str()));
    for (text, source) in title.chain(lines) {
        for t in vocab.analyze(text) {
            if let Some(stage) = vocab.stage_of(&t.key) {
                return Some(StageHint {
                    stage: stage.to_string(),
                    words: text[t.start..t.end].to_string(),
                    source: source.to_string(),
                });
            }
        }
    }
    None
}
