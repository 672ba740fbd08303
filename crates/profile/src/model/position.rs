//! Jobs held, with the scope that tells a tech lead from a CTO: headcount, reports,
//! budget, exposure to the board.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::PartialDate;

/// One job: a title at an organisation over a span of time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Stable id other entries refer to (achievements' `position`). Generated from
    /// the organisation and title when left out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Job title as the organisation wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_stage: Option<OrgStage>,
    /// Engineering headcount of the organisation (or of the part the person led).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_engineers: Option<u32>,
    /// How the engineering organisation grew while the person was there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth: Option<Growth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// Left out while the position is current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Framework route id, e.g. `software_engineering` or `quality_engineering`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    /// Share of working time spent writing code, in percent (0–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding_share: Option<u32>,
    /// People who report to you as their line manager (0 for a lead who manages no one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_reports: Option<u32>,
    /// How many of the direct reports are managers themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managers_reporting: Option<u32>,
    /// Budget the person owned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// Presented to or worked with the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_exposure: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_call: Option<bool>,
    /// Worked across functions (product, sales, finance) rather than within engineering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_functional: Option<bool>,
    /// Technology is what sets the organisation apart from its competitors. `false`
    /// for, say, the in-house IT of a retailer: a slower road to CTO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tech_differentiator: Option<bool>,
    /// Acting or interim in a role above the title.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acting: bool,
    /// Accomplishments, one sentence each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlights: Option<Vec<String>>,
    /// Overview of the responsibilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the organisation does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Properties of a JSON Resume `work` entry that ctopath has no field for.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub extra: IndexMap<String, Value>,
}

impl Position {
    pub fn highlights(&self) -> &[String] {
        self.highlights.as_deref().unwrap_or_default()
    }

    /// What a bracket in the organisation's name says of it: "seed-stage startup, 8
    /// people" in "Seedling (seed-stage startup, 8 people)". The name itself is not a
    /// description ("Enterprise Holdings"), so only a bracket counts.
    pub fn organisation_note(&self) -> Option<&str> {
        let name = self.organisation.as_deref()?;
        let open = name.find('(')?;
        let close = open + name[open..].find(')')?;
        Some(name[open + 1..close].trim()).filter(|t| !t.is_empty())
    }

    /// A position without an end date is the current one.
    pub fn is_current(&self) -> bool {
        self.end.is_none()
    }

    /// Years between start and end (or `now`, a fractional year, when current);
    /// `None` without a start date. The caller supplies `now` because this crate
    /// reads no clock.
    pub fn years(&self, now: f64) -> Option<f64> {
        let start = self.start?.as_fractional_year();
        let end = self.end.map_or(now, |e| e.as_fractional_year());
        Some((end - start).max(0.0))
    }
}

/// How far along the organisation was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgStage {
    Startup,
    Scaleup,
    Enterprise,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    /// Engineering headcount when the person started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engineers_start: Option<u32>,
    /// Engineering headcount when the person left (or now).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engineers_end: Option<u32>,
    /// Headcount or revenue at least doubled year on year.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hypergrowth: bool,
}

/// Money the person was accountable for, per year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub amount: f64,
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
}
