//! The career framework as plain data.
//!
//! Every type here serialises to the JSON shape fixed by the CLI contract
//! (`framework show --format json`), so the model *is* the published format:
//! what `show` prints can be fed back to `validate` unchanged.

mod assessment;
mod guidance;
mod plans;
mod structure;

pub use assessment::*;
pub use guidance::*;
pub use plans::*;
pub use structure::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A complete career framework: the ladder, the competencies, and the knowledge the
/// engine uses to assess, forecast and plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Optional pointer to the JSON Schema, for editors that autocomplete.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable identifier, lower_snake_case or kebab-case (e.g. `cto-path`).
    pub id: String,
    /// Version of this framework's content (free text, e.g. `2026.1`). A bare number
    /// such as `2` is accepted and read as text.
    #[serde(deserialize_with = "text_or_number")]
    #[schemars(with = "String")]
    pub version: String,
    /// Human-readable name.
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Where the content came from and what an importer could not find in its source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Job families, each with its own title for every level.
    pub routes: Vec<Route>,
    /// The levels, numbered 1..n without gaps.
    pub levels: Vec<Level>,
    /// Tours of duty; every level belongs to exactly one.
    pub tours: Vec<Tour>,
    /// Career stages with typical year ranges.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Shifts in what is expected between two levels (e.g. L7 to L8).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transitions: Vec<Transition>,
    /// Broad skill areas (the skill stack).
    #[serde(default)]
    pub skill_areas: Vec<SkillArea>,
    /// Groups that competencies belong to.
    #[serde(default)]
    pub competency_groups: Vec<CompetencyGroup>,
    pub competencies: Vec<Competency>,
    #[serde(default)]
    pub paths: Vec<CareerPath>,
    #[serde(default)]
    pub stall_patterns: Vec<StallPattern>,
    #[serde(default)]
    pub signals: Vec<Signal>,
    #[serde(default)]
    pub timeline: Option<Timeline>,
    #[serde(default)]
    pub missions: Vec<Mission>,
    #[serde(default)]
    pub action_plan: Vec<ActionPlanHorizon>,
    #[serde(default)]
    pub career_design: Option<CareerDesign>,
    #[serde(default)]
    pub questions: Vec<InterviewQuestion>,
    #[serde(default)]
    pub playbooks: Vec<Playbook>,
    /// Executive roles and how they differ (CTO, VP Engineering, CIO, CPO).
    #[serde(default)]
    pub roles: Vec<Role>,
    /// What a typical person in the top role brings with them.
    #[serde(default)]
    pub typical_background: Option<TypicalBackground>,
    /// Maps job titles to a route and a level.
    #[serde(default)]
    pub title_lexicon: Option<TitleLexicon>,
    /// How the engine reads a career against this ladder (see [`AssessmentRules`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<AssessmentRules>,
}

/// An inclusive range of years. `max` is `null` where the range is open-ended.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearRange {
    pub min: u32,
    pub max: Option<u32>,
}

/// An inclusive percentage range, 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PercentRange {
    pub min: u32,
    pub max: u32,
}

/// Fact ids from the source specification (`f01`…`f36`) that an entry carries.
pub type Sources = Vec<String>;

/// An inclusive range of months.
pub type MonthRange = YearRange;

/// Accepts `version: 2` as well as `version: "2"`: YAML authors rarely quote numbers.
fn text_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum TextOrNumber {
        Text(String),
        Number(serde_json::Number),
    }
    Ok(match TextOrNumber::deserialize(d)? {
        TextOrNumber::Text(s) => s,
        TextOrNumber::Number(n) => n.to_string(),
    })
}
