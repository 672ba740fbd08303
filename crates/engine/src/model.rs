//! What the engine concludes, as data: the assessment and the plan. Both serialise to
//! the JSON of the command-line contract (`assess --format json`, `plan --format json`)
//! with extra fields that explain each conclusion.

use ctopath_framework::{Playbook, SuccessCriterion};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One piece of evidence behind a conclusion: what it is, what it says, and where in the
/// input it came from (e.g. `work[1].highlights[0]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    pub kind: String,
    pub text: String,
    pub source: String,
}

impl Evidence {
    pub fn new(kind: &str, text: impl Into<String>, source: impl Into<String>) -> Self {
        Evidence {
            kind: kind.to_string(),
            text: text.into(),
            source: source.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    pub framework: FrameworkRef,
    /// The date the assessment is as of (`YYYY-MM-DD`).
    pub as_of: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    pub route: String,
    pub route_evidence: Vec<Evidence>,
    pub level: LevelResult,
    pub tour: String,
    pub stage: String,
    pub years_experience: f64,
    pub leadership_years: f64,
    pub readiness: Readiness,
    pub competencies: Vec<CompetencyResult>,
    /// How many stall patterns the framework defines, all of which were looked for.
    /// Zero means none could be flagged, which is not the same as a clean record.
    #[serde(default)]
    pub patterns_checked: usize,
    /// Only the patterns the evidence shows.
    pub stall_patterns: Vec<PatternResult>,
    pub signals: Vec<SignalResult>,
    /// The milestones the framework's missions are built for, and how far the person's
    /// tours of duty have taken each.
    pub milestones: Vec<MilestoneResult>,
    pub forecast: Forecast,
    /// Best first.
    pub path_fit: Vec<PathFit>,
    pub role_fit: RoleFit,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LevelResult {
    pub id: String,
    pub number: u32,
    /// The title of this level on the person's route.
    pub title: String,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
    /// The level the current title alone reads as, if it could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_level: Option<String>,
    /// The level the current scope alone shows, if any rule held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_level: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Readiness {
    pub next_level: f64,
    pub cto: f64,
    /// The level after the current one (absent at the top of the ladder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_level_id: Option<String>,
    /// What would raise readiness for the next level most, biggest gain first.
    pub raise_next_level: Vec<Lever>,
    /// What would raise readiness for CTO most, biggest gain first.
    pub raise_cto: Vec<Lever>,
}

/// One change that would raise readiness, with the gain it is worth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Lever {
    /// `competency`, `scope`, `pattern` or `experience`.
    pub kind: String,
    pub id: String,
    pub text: String,
    pub gain: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompetencyResult {
    pub id: String,
    pub name: String,
    /// Level number the person shows now (0 = no sign yet).
    pub current: u32,
    /// Level number expected at the person's level (0 = not expected yet).
    pub expected: u32,
    /// Level number expected at the next level.
    pub target: u32,
    /// Level number expected of a CTO.
    pub target_cto: u32,
    /// Levels between current and target.
    pub gap: u32,
    /// `rated` (from ratings) or `estimated` (from the career's evidence).
    pub basis: String,
    pub evidence: Vec<Evidence>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PatternResult {
    pub id: String,
    pub name: String,
    pub severity: Severity,
    pub evidence: Vec<Evidence>,
    pub advice: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignalStatus {
    Present,
    Absent,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SignalResult {
    pub id: String,
    pub description: String,
    pub status: SignalStatus,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MilestoneResult {
    /// The mission built for the milestone.
    pub mission: String,
    pub text: String,
    pub stages: Vec<String>,
    /// `met`, `in_progress` or `not_started`.
    pub status: String,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quantiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Forecast {
    pub years_to_cto: Quantiles,
    pub years_to_vp_engineering: Quantiles,
    pub runs: u32,
    pub seed: u64,
    /// `typical`, `startup` or `enterprise`: which calibration range applies.
    pub environment: String,
    /// The accelerators and decelerators considered, and whether the profile shows them.
    pub factors: Vec<FactorUse>,
    /// The stages still ahead, each with its share of the years.
    pub stages: Vec<StageForecast>,
    /// Why no forecast could be made (a framework without a timeline model, such as an
    /// imported company ladder); the years are then zero and mean nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FactorUse {
    pub id: String,
    pub multiplier: f64,
    pub applied: bool,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StageForecast {
    pub stage: String,
    pub years: Quantiles,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PathFit {
    pub id: String,
    pub name: String,
    pub score: f64,
    pub why: Vec<String>,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RoleFit {
    pub cto: f64,
    pub vp_engineering: f64,
    /// `cto` or `vp_engineering`: the better fit today.
    pub leaning: String,
    pub why_cto: Vec<String>,
    pub why_vp_engineering: Vec<String>,
}

/// The plan: next tours of duty, the personal action plan and, at or near the top, the
/// CTO playbooks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Plan {
    pub level: String,
    pub stage: String,
    /// One to three tours, best first.
    pub tours: Vec<ProposedTour>,
    pub action_plan: ActionPlan,
    pub playbooks: Vec<Playbook>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProposedTour {
    /// The mission id in the framework's library.
    pub id: String,
    pub title: String,
    /// The tour type: `rotational`, `transformational` or `foundational`.
    pub tour: String,
    pub mission: String,
    pub success_criteria: Vec<SuccessCriterion>,
    pub horizon_months: u32,
    pub person_gains: Vec<String>,
    pub company_gains: Vec<String>,
    pub checkin_every_weeks: u32,
    pub competencies: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    /// Why this tour: the gaps and patterns it works on.
    pub why: Vec<String>,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActionPlan {
    pub next_3_months: Vec<ActionItem>,
    pub next_6_to_12_months: Vec<ActionItem>,
    pub next_2_to_3_years: Vec<ActionItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActionItem {
    pub text: String,
    pub why: String,
    /// Where the step comes from: a plan step, stall pattern, mission or stage id.
    pub source: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<String>,
}
