//! What the framework knows about careers: paths, stall patterns, signals, the timeline.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MonthRange, Sources, YearRange};

/// A way to reach the top role (founding engineer, corporate ladder, fractional, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CareerPath {
    pub id: String,
    pub name: String,
    /// `main` for the common routes, `alternative` for the less travelled ones.
    pub kind: PathKind,
    pub summary: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    /// Circumstances in which this path suits someone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fits_when: Vec<String>,
    /// What the path demands or what must be added around the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// Words in a career that point to this path (e.g. `fractional`, `machine learning`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// How much each career feature counts toward this path (feature → weight, negative
    /// weights count against it). Features: see the engine's path-fit documentation.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub indicators: IndexMap<String, f64>,
    /// Features of which the career must show at least one for the path to fit fully
    /// (the co-founder path needs founding, or words about founding); without any,
    /// the score is halved. Empty: no such condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_any: Vec<String>,
    /// Features the career must all show for the path to fit fully (the fractional
    /// path needs a record of managing people, not only advising); each one missing
    /// halves the score. Empty: no such condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_all: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PathKind {
    Main,
    Alternative,
}

/// A recurring mistake that stalls careers, how to spot it and what to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StallPattern {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Observable signs in a career history.
    pub signs: Vec<String>,
    pub advice: String,
    /// Competency ids this pattern holds back.
    #[serde(default)]
    pub competencies: Vec<String>,
    /// Numeric thresholds the engine uses to detect the pattern (e.g. years as an IC).
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub parameters: IndexMap<String, f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// A sign that someone is on track for the top role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    pub description: String,
    /// What evidence of this signal looks like in a career history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_hints: Vec<String>,
    /// Words in a career that show the signal (matched on whole words, ignoring case).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// How long the road usually takes and what changes its length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// Years from first engineering job to the top role, usual case.
    pub typical: YearRange,
    /// Joining a high-growth startup early.
    pub startup: YearRange,
    /// Climbing inside a large enterprise.
    pub enterprise: YearRange,
    pub accelerators: Vec<TimelineFactor>,
    pub decelerators: Vec<TimelineFactor>,
    /// Time spent in each stage before moving on; the forecast samples these.
    #[serde(default)]
    pub stage_durations: Vec<StageDuration>,
    /// The year-by-year shape of a career.
    #[serde(default)]
    pub phases: Vec<TimelinePhase>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// Something that speeds up or slows down the road.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineFactor {
    pub id: String,
    pub description: String,
    /// Multiplier on the remaining duration: below 1 speeds up, above 1 slows down.
    pub multiplier: f64,
}

/// Years spent in one stage, as a triangular distribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StageDuration {
    /// Stage id.
    pub stage: String,
    pub min: f64,
    pub mode: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelinePhase {
    pub id: String,
    pub name: String,
    pub years: YearRange,
    /// Roles people typically hold in this phase.
    #[serde(default)]
    pub roles: Vec<String>,
    pub focus: Vec<String>,
    pub targets: Vec<String>,
}

/// How to shape one's surroundings and record for the top role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CareerDesign {
    /// What to look for in an employer.
    pub environment: Vec<String>,
    /// Who to tell about the ambition.
    pub tell: Vec<String>,
    /// The question to ask them.
    pub ask: String,
    /// The horizon that question is about.
    pub ask_horizon_months: MonthRange,
    /// What to keep in a portfolio of outcomes.
    pub portfolio: Vec<String>,
    /// Examples of well-quantified outcomes.
    pub portfolio_examples: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// What a typical holder of the top role brings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TypicalBackground {
    pub years_experience: YearRange,
    pub leadership_years: YearRange,
    /// A team scaled from `from` to `to` engineers, as an example of the scale expected.
    pub scaled_team: TeamGrowth,
    pub experience: Vec<String>,
    pub education: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamGrowth {
    pub from: u32,
    pub to: u32,
}
