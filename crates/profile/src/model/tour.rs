//! Tours of duty the person has agreed, is on, or has finished: the charter agreed
//! with a sponsor, the check-ins along the way and the outcome at the end.
//!
//! Every field beyond `id` and `mission` is optional or defaults to empty, so a
//! profile written before charters and check-ins existed still loads unchanged.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::PartialDate;

/// A mission with a horizon and measurable success criteria.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TourOfDuty {
    pub id: String,
    /// A short name for the tour, e.g. "Lead a project across team boundaries".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The framework mission the tour was taken from (`ctopath plan` proposes them);
    /// absent for a tour the person wrote themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mission_id: Option<String>,
    /// The kind of tour, a framework tour id: `rotational`, `transformational` or
    /// `foundational` in the built-in framework.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tour: Option<String>,
    /// What the tour is meant to achieve, in a sentence.
    pub mission: String,
    #[serde(default)]
    pub status: TourStatus,
    /// Who backs the tour, usually the manager it was agreed with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// Planned length in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon_months: Option<u32>,
    /// Weeks between check-ins with the sponsor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkin_every_weeks: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success_criteria: Vec<SuccessCriterion>,
    /// What the person takes away: skills, scope, a story to tell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub person_gains: Vec<String>,
    /// What the company is left with when the tour ends.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub company_gains: Vec<String>,
    /// Framework competency ids the tour builds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<String>,
    /// The career milestone the tour is built to prove, e.g. "ran the org for two weeks".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    /// Progress reviews, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CheckIn>,
    /// When the tour was completed or abandoned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<PartialDate>,
    /// What the tour left behind, or why it was abandoned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

impl TourOfDuty {
    /// The title when there is one, else the mission.
    pub fn name(&self) -> &str {
        self.title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&self.mission)
    }

    /// Completed or abandoned: no more check-ins.
    pub fn is_finished(&self) -> bool {
        matches!(self.status, TourStatus::Completed | TourStatus::Abandoned)
    }

    /// The date of the latest check-in, if any.
    pub fn last_checkin(&self) -> Option<PartialDate> {
        self.checkins.last().map(|c| c.date)
    }
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

impl TourStatus {
    /// The id used in files and JSON output (`active`, `completed` …).
    pub fn id(self) -> &'static str {
        match self {
            TourStatus::Proposed => "proposed",
            TourStatus::Active => "active",
            TourStatus::Completed => "completed",
            TourStatus::Abandoned => "abandoned",
        }
    }
}

/// One way to tell whether the tour succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuccessCriterion {
    pub text: String,
    /// How it is measured, e.g. "deploys per week from the CI dashboard".
    pub measure: String,
}

/// A progress review of a running tour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub date: PartialDate,
    /// Where each criterion stands; criteria left out keep their earlier status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<CriterionProgress>,
    /// What the person learned since the last check-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learned: Option<String>,
}

/// The state of one success criterion at a check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionProgress {
    /// Position of the criterion in `success_criteria`, counted from 0 (the
    /// command line numbers criteria from 1, as `ctopath tour show` lists them).
    pub index: usize,
    pub status: CriterionStatus,
    /// The evidence of progress, e.g. "two of three teams signed the plan".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How a criterion is going. The order is from best to worst, except `Met`, which
/// is done rather than going well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CriterionStatus {
    OnTrack,
    AtRisk,
    OffTrack,
    Met,
}

impl CriterionStatus {
    pub const ALL: [CriterionStatus; 4] = [
        CriterionStatus::OnTrack,
        CriterionStatus::AtRisk,
        CriterionStatus::OffTrack,
        CriterionStatus::Met,
    ];

    /// The id used in files and on the command line (`on_track` …).
    pub fn id(self) -> &'static str {
        match self {
            CriterionStatus::OnTrack => "on_track",
            CriterionStatus::AtRisk => "at_risk",
            CriterionStatus::OffTrack => "off_track",
            CriterionStatus::Met => "met",
        }
    }

    /// Reads an id, also written with hyphens or spaces (`on-track`, `At risk`).
    pub fn parse(text: &str) -> Option<CriterionStatus> {
        let wanted: String = text
            .trim()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        Self::ALL.into_iter().find(|s| s.id() == wanted)
    }

    /// At risk or off track: needs attention at the next check-in.
    pub fn is_in_trouble(self) -> bool {
        matches!(self, CriterionStatus::AtRisk | CriterionStatus::OffTrack)
    }
}
