//! How the engine reads a career against this framework: which scope shows which level,
//! how far a title can be trusted in a small organisation, the least experience a level
//! takes, and the vocabularies that tell business talk from technology talk.
//!
//! These are judgements, so they live in the framework file beside the ladder they
//! belong to; a company bringing its own ladder brings its own thresholds.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The assessment rules of a framework.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRules {
    /// Scope that shows a level whatever the title says. A rule holds when all its
    /// conditions hold; the highest level with a rule that holds is the scope level.
    #[serde(default)]
    pub scope_levels: Vec<ScopeRule>,
    /// The highest level a title can stand for in an engineering organisation of at
    /// most `max_engineers` people: a VP of six engineers is not a VP of 150.
    #[serde(default)]
    pub title_caps: Vec<TitleCap>,
    /// The engineering organisation a company of a stage (`startup`, `scaleup`,
    /// `enterprise`) is taken to have at most when the record gives no head count:
    /// a co-founder CTO of a startup is capped as if of that many, and says so.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub stage_engineers: IndexMap<String, u32>,
    /// The company head count from which a company whose stage the record does not name
    /// is taken to be in a stage (`enterprise: 5000`): "300,000 employees" is an
    /// enterprise, and the forecast calibrates for one.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub stage_from_people: IndexMap<String, u32>,
    /// The share of a company's head count taken to be engineers when the record
    /// gives only the company's size (between 0 and 1): a founder of a 45-person
    /// company does not run 45 engineers. Without it the whole head count counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_engineering_share: Option<f64>,
    /// The highest level the scope of an individual contributor's role can show when
    /// nothing in it says the person manages (the `managing` vocabulary, or managers
    /// reporting): a tech lead of six is a tech lead, not an engineering manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tech_lead_cap: Option<String>,
    /// The least experience, in years, at which a level is plausible (level id → years).
    #[serde(default)]
    pub min_years: IndexMap<String, f64>,
    /// The level that years of experience alone suggest when no title can be read,
    /// as ascending steps.
    #[serde(default)]
    pub untitled_levels: Vec<YearsLevel>,
    /// The first level that counts as leading people (management or tech lead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leadership_from: Option<String>,
    /// Named word lists the detectors use (e.g. `business`, `people_decisions`,
    /// `rewrite`, `hands_on`, `leadership`, `strategy`). Matching ignores case and
    /// works on whole words.
    #[serde(default)]
    pub vocabulary: IndexMap<String, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScopeRule {
    pub level: String,
    pub all: Vec<ScopeCondition>,
    /// Says in a few words what the rule recognises, for the evidence shown to users.
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScopeCondition {
    pub measure: ScopeMeasure,
    pub at_least: f64,
}

/// A measurable part of a position's scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScopeMeasure {
    /// People led: direct reports or the team or organisation the person runs.
    TeamSize,
    /// Managers reporting to the person.
    Managers,
    /// Budget owned, in the stated currency (read at par; the thresholds are coarse).
    Budget,
    /// 1 when the person reports to a board or investors.
    BoardExposure,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitleCap {
    pub max_engineers: u32,
    pub level: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearsLevel {
    pub years: f64,
    pub level: String,
}

impl AssessmentRules {
    /// A named vocabulary, empty when the framework does not define it.
    pub fn words(&self, name: &str) -> &[String] {
        self.vocabulary.get(name).map_or(&[], Vec::as_slice)
    }
}
