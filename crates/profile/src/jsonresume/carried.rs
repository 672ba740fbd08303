//! `meta.ctopath`: the profile data a JSON Resume has no place for.
//!
//! JSON Resume lets tools keep their configuration under `meta`, and other tools
//! ignore what they do not know. ctopath stores there exactly what its own format
//! has beyond JSON Resume: the goal, ratings, tours, signals, and per-position facts
//! such as headcount or budget. Data that has a JSON Resume home never goes here.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Work;
use crate::{Achievement, FORMAT_VERSION, Goal, Position, Rating, TourOfDuty};

/// The content of `meta.ctopath`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Carried {
    /// The profile format version (`ctopath` in the own format).
    #[serde(default = "format_version")]
    pub version: u32,
    /// The own-format `$schema`, when the profile had one.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonFacts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    /// Per-position facts; each entry names its `work` index. Kept as raw values
    /// because the index has to be taken out before the rest decodes as a position.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
    /// Absent: derive achievements from the highlights. Present (even empty): use
    /// exactly these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievements: Option<Vec<Achievement>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tours: Vec<TourOfDuty>,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub signals: IndexMap<String, bool>,
}

fn format_version() -> u32 {
    FORMAT_VERSION
}

impl Default for Carried {
    fn default() -> Self {
        Carried {
            version: FORMAT_VERSION,
            schema: None,
            person: None,
            goal: None,
            positions: Vec::new(),
            ratings: Vec::new(),
            achievements: None,
            tours: Vec::new(),
            signals: IndexMap::new(),
        }
    }
}

impl Carried {
    /// Nothing to carry: export can leave `meta.ctopath` out altogether.
    pub fn is_empty(&self) -> bool {
        *self == Carried::default()
    }
}

/// Person data without a JSON Resume home.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonFacts {
    /// The free-text location (JSON Resume's `basics.location` is an address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// The key of a `meta.ctopath.positions` entry that names its `work` item.
pub(crate) const WORK_INDEX_KEY: &str = "work";

/// A position with everything JSON Resume's `work` holds removed: what is left is
/// what ctopath carries in `meta.ctopath.positions`.
pub(crate) fn career_facts(position: &Position) -> Position {
    Position {
        title: None,
        organisation: None,
        start: None,
        end: None,
        highlights: None,
        summary: None,
        location: None,
        url: None,
        description: None,
        extra: IndexMap::new(),
        ..position.clone()
    }
}

/// The first field of `facts` that belongs in `work` instead, as (own-format
/// name, JSON Resume name).
pub(crate) fn misplaced_work_field(facts: &Position) -> Option<(&'static str, &'static str)> {
    let set = [
        (facts.title.is_some(), ("title", "position")),
        (facts.organisation.is_some(), ("organisation", "name")),
        (facts.start.is_some(), ("start", "startDate")),
        (facts.end.is_some(), ("end", "endDate")),
        (facts.highlights.is_some(), ("highlights", "highlights")),
        (facts.summary.is_some(), ("summary", "summary")),
        (facts.location.is_some(), ("location", "location")),
        (facts.url.is_some(), ("url", "url")),
        (facts.description.is_some(), ("description", "description")),
        (!facts.extra.is_empty(), ("extra", "…")),
    ];
    set.into_iter()
        .find(|(is_set, _)| *is_set)
        .map(|(_, names)| names)
}

/// Joins a `work` item with the facts carried for it.
pub(crate) fn position_from_work(work: Work, facts: Position) -> Position {
    // Resumes written for JSON Resume's early schema, and the tools that still export
    // it, name the employer `company`.
    let organisation = work.name.or_else(|| {
        (work.extra.get("company"))
            .and_then(|c| c.as_str())
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
    });
    Position {
        title: work.position,
        organisation,
        start: work.start_date,
        end: work.end_date,
        highlights: work.highlights,
        summary: work.summary,
        location: work.location,
        url: work.url,
        description: work.description,
        extra: work.extra,
        ..facts
    }
}

/// The `work` item for a position.
pub(crate) fn work_from_position(position: &Position) -> Work {
    Work {
        name: position.organisation.clone(),
        location: position.location.clone(),
        description: position.description.clone(),
        position: position.title.clone(),
        url: position.url.clone(),
        start_date: position.start,
        end_date: position.end,
        summary: position.summary.clone(),
        highlights: position.highlights.clone(),
        extra: position.extra.clone(),
    }
}
