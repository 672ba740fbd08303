//! The ladder itself: routes, levels, tours of duty and stages.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{PercentRange, Sources, YearRange};

/// A job family with its own title at every level (e.g. Quality Engineering).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    pub name: String,
    /// What this route builds in a future executive.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub builds: String,
    /// One title per level.
    pub levels: Vec<RouteTitle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteTitle {
    /// Level id, e.g. `L4`.
    pub level: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// `L1` … `Ln`.
    pub id: String,
    /// 1-based position on the ladder; numbers are contiguous.
    pub number: u32,
    /// Tour id this level belongs to.
    pub tour: String,
    pub summary: String,
    /// Where an importer took this level from (e.g. the source's own level id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapped_from: Option<String>,
}

/// A tour of duty: a mission-shaped stretch of a career.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    /// `rotational`, `transformational`, `foundational` in the built-in framework.
    pub id: String,
    pub name: String,
    /// Level ids in this tour.
    pub levels: Vec<String>,
    pub purpose: String,
    /// Typical length of one tour; `max` null when open-ended.
    pub horizon_years: YearRange,
    /// Whether each tour of this type carries an explicit mission with success criteria.
    #[serde(default)]
    pub explicit_mission: bool,
    /// What a charter for this kind of tour spells out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub charter: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// A stage of the career (IC, Tech Lead, …) with the years it typically spans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    pub name: String,
    /// Years into a career when people are typically in this stage.
    pub years: YearRange,
    /// Level ids covered by this stage.
    pub levels: Vec<String>,
    /// Share of time spent writing code, in percent.
    pub coding_share: PercentRange,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub coding_note: String,
    /// What to seek out while in this stage.
    pub optimize_for: Vec<String>,
    /// The proof that this stage has been mastered.
    pub milestone: String,
    /// The error that most often keeps people here.
    pub mistake: String,
    /// How hands-on to stay as the organisation grows (used at the top stage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hands_on_by_size: Vec<HandsOnGuide>,
    /// Further facts about the stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandsOnGuide {
    /// Engineering headcount this guidance is for (approximate).
    pub engineers: u32,
    pub practice: String,
}

/// A change in what a level demands compared with the one before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    pub id: String,
    pub from_level: String,
    pub to_level: String,
    pub summary: String,
    /// Individual shifts, each phrased "from … to …".
    pub shifts: Vec<String>,
    /// Confidence at which decisions are expected to be made, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_confidence_pct: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// One of the broad areas of the skill stack (technical depth, communication, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillArea {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Ways to practise this area before holding the title that demands it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practice: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompetencyGroup {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// A competency: how a person wields their skills, persisting across employers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    pub id: String,
    pub name: String,
    /// Competency group id.
    pub group: String,
    /// Skill area id, where the framework defines skill areas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_area: Option<String>,
    pub description: String,
    /// True for the competencies engineers most often lack on the way up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub commonly_lacking: bool,
    /// What the competency looks like at each level where it applies, keyed by level id.
    pub indicators: IndexMap<String, String>,
    /// Words that suggest this competency in free text (used for evidence and tailoring).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Kinds of fact read from resume prose (e.g. `hiring`, `budget`) that count as
    /// evidence of this competency.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}
