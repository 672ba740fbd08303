//! Evidence about the person: competency ratings and achievements.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::PartialDate;

/// A competency placed on the ladder by someone, at a point in time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Framework competency id, e.g. `system_design`.
    pub competency: String,
    /// Framework level id, `L1` … `L10`.
    pub level: String,
    pub by: Rater,
    pub date: PartialDate,
    /// What the rating rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// Who gave a rating. Self-ratings count for less than a manager's or a peer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rater {
    #[serde(rename = "self")]
    Myself,
    Manager,
    Peer,
}

/// Something that changed because of the person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Achievement {
    /// Stable id; generated from the text when left out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// What is different now, in a sentence.
    pub what_changed: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// How far the change reached (a team, a product line, the company).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Framework competency ids the achievement demonstrates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Id of the position it happened in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Field path of the text it was taken from, e.g. `work[1].highlights[2]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Id of the tour of duty it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tour: Option<String>,
}

/// A number that moved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// What was measured, e.g. "p99 latency".
    pub name: String,
    pub before: f64,
    pub after: f64,
    /// e.g. `ms`, `%`, `engineers`, `EUR`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl Metric {
    /// The change relative to the starting value (`-0.4` for a 40 % cut); `None`
    /// when it started at zero.
    pub fn relative_change(&self) -> Option<f64> {
        (self.before != 0.0).then(|| (self.after - self.before) / self.before.abs())
    }
}
