//! Tours of duty the person has agreed, is on, or has finished.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::PartialDate;

/// A mission with a horizon and measurable success criteria.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TourOfDuty {
    pub id: String,
    /// What the tour is meant to achieve, in a sentence.
    pub mission: String,
    #[serde(default)]
    pub status: TourStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// Planned length in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon_months: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success_criteria: Vec<SuccessCriterion>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TourStatus {
    #[default]
    Proposed,
    Active,
    Completed,
    Abandoned,
}

/// One way to tell whether the tour succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuccessCriterion {
    pub text: String,
    /// How it is measured, e.g. "deploys per week from the CI dashboard".
    pub measure: String,
}
