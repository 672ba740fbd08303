//! A person's career as plain data: ctopath's own profile format.
//!
//! The model is the published format (`ctopath profile schema`): it serialises to the
//! YAML or JSON a user writes by hand. It holds what ctopath reasons about (positions
//! with their scope, ratings, achievements, tours of duty, the goal) and, under
//! `resume`, whatever a JSON Resume carried that ctopath has no use for, so that an
//! imported CV can be exported again without losing a field.

mod evidence;
mod ids;
mod person;
mod position;
mod resume;
mod tour;

pub use evidence::*;
pub use person::*;
pub use position::*;
pub use resume::*;
pub use tour::*;

pub(crate) use ids::{default_position_ids, fill_missing_ids};

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the profile format this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A person's career: who they are, where they have worked, what they achieved and
/// where they want to go.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Optional pointer to the JSON Schema, for editors that autocomplete.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of the profile format (`1`). This key, or `person`, is how a file is
    /// recognised as a ctopath profile rather than a JSON Resume.
    #[serde(default = "format_version")]
    pub ctopath: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    /// The role the person is heading for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    /// Jobs held, in any order (most recent first is usual).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
    /// Competency ratings: the person's own, a manager's or a peer's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
    /// Outcomes the person caused, ideally with a number that moved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<Achievement>,
    /// Tours of duty: planned, running or finished missions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tours: Vec<TourOfDuty>,
    /// The person's own check of the on-track signals, by framework signal id.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub signals: IndexMap<String, bool>,
    /// JSON Resume data ctopath does not use, kept to be written back on export.
    #[serde(default, skip_serializing_if = "ResumeData::is_empty")]
    pub resume: ResumeData,
    /// True when this profile was just read from a JSON Resume, so evidence cites the
    /// file's own paths (`work[0].position`). Not part of the format: a stored
    /// profile is a ctopath profile.
    #[serde(skip)]
    #[schemars(skip)]
    pub read_from_json_resume: bool,
}

fn format_version() -> u32 {
    FORMAT_VERSION
}

/// Two profiles are equal when they hold the same career, whichever file they were
/// read from. The fields are listed out so that a new one cannot be left out here.
impl PartialEq for Profile {
    fn eq(&self, other: &Self) -> bool {
        let Profile {
            schema,
            ctopath,
            person,
            goal,
            positions,
            ratings,
            achievements,
            tours,
            signals,
            resume,
            read_from_json_resume: _,
        } = self;
        *schema == other.schema
            && *ctopath == other.ctopath
            && *person == other.person
            && *goal == other.goal
            && *positions == other.positions
            && *ratings == other.ratings
            && *achievements == other.achievements
            && *tours == other.tours
            && *signals == other.signals
            && *resume == other.resume
    }
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            schema: None,
            ctopath: FORMAT_VERSION,
            person: None,
            goal: None,
            positions: Vec::new(),
            ratings: Vec::new(),
            achievements: Vec::new(),
            tours: Vec::new(),
            signals: IndexMap::new(),
            resume: ResumeData::default(),
            read_from_json_resume: false,
        }
    }
}

impl Profile {
    /// Gives every position and achievement without an id a stable one derived from
    /// its content, never reusing an id already taken.
    pub fn assign_missing_ids(&mut self) {
        fill_missing_ids(&mut self.positions, &mut self.achievements);
    }

    pub fn position(&self, id: &str) -> Option<&Position> {
        self.positions.iter().find(|p| p.id == id)
    }
}

/// Where the person wants to get to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub target_role: TargetRole,
    /// How many years the person gives themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon_years: Option<u32>,
    /// The career path they prefer (a framework path id such as `fractional_cto`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_path: Option<String>,
}

/// The executive roles ctopath compares a person against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetRole {
    Cto,
    VpEngineering,
}

impl TargetRole {
    /// The id used across the product (`cto`, `vp_engineering`).
    pub fn id(self) -> &'static str {
        match self {
            TargetRole::Cto => "cto",
            TargetRole::VpEngineering => "vp_engineering",
        }
    }
}
