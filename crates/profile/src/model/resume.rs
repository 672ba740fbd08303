//! JSON Resume data that ctopath keeps without using.
//!
//! Education, projects, skills and the like matter on a CV but not to the career
//! model. They are stored here in JSON Resume's own spelling (`studyType`,
//! `releaseDate`), so export can put them back exactly where they came from.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::jsonresume::{
    Award, Certificate, Education, Interest, Language, Meta, Project, Publication, Reference,
    Skill, Volunteer,
};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResumeData {
    /// The JSON Resume document's own `$schema`.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteer: Option<Vec<Volunteer>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Vec<Education>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awards: Option<Vec<Award>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates: Option<Vec<Certificate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publications: Option<Vec<Publication>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<Skill>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<Language>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<Vec<Interest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<Vec<Reference>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<Project>>,
    /// The document's `meta`, without ctopath's own `meta.ctopath`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// The document listed `work: []`. With no positions there is nothing else to
    /// say that the list was there, and export should write it back.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub empty_work_list: bool,
    /// Top-level properties JSON Resume does not define.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub extra: IndexMap<String, Value>,
}

impl ResumeData {
    pub fn is_empty(&self) -> bool {
        *self == ResumeData::default()
    }
}
