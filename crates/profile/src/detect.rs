//! Telling ctopath's own profile format from a JSON Resume by content.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The two formats a profile file can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProfileSource {
    /// ctopath's own profile format.
    #[serde(rename = "own")]
    Own,
    /// A JSON Resume document.
    #[serde(rename = "jsonresume")]
    JsonResume,
}

/// Top-level keys only the own format has. JSON Resume allows any extra property,
/// so these decide only when no JSON Resume section is present.
const OWN_ONLY_KEYS: &[&str] = &[
    "goal",
    "positions",
    "ratings",
    "achievements",
    "tours",
    "signals",
    "resume",
];

/// Sections only a JSON Resume has.
const JSON_RESUME_KEYS: &[&str] = &[
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
];

impl ProfileSource {
    /// Decides by the top-level keys: `ctopath` (the format version) or `person`
    /// mark the own format; otherwise a document with no JSON Resume section but
    /// some own-format key (`positions`, `goal`, …) is taken as the own format too,
    /// and anything else as a JSON Resume, whose schema lets every section be
    /// left out. `None` when the document is not a mapping at all.
    pub fn detect(value: &Value) -> Option<ProfileSource> {
        let map = value.as_object()?;
        let has = |keys: &[&str]| keys.iter().any(|k| map.contains_key(*k));
        if map.contains_key("ctopath") || map.contains_key("person") {
            return Some(ProfileSource::Own);
        }
        if !has(JSON_RESUME_KEYS) && has(OWN_ONLY_KEYS) {
            return Some(ProfileSource::Own);
        }
        Some(ProfileSource::JsonResume)
    }

    /// The name used in messages and JSON output (`own`, `jsonresume`).
    pub fn id(self) -> &'static str {
        match self {
            ProfileSource::Own => "own",
            ProfileSource::JsonResume => "jsonresume",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn detects_by_content() {
        let own = ProfileSource::Own;
        let jr = ProfileSource::JsonResume;
        assert_eq!(ProfileSource::detect(&json!({"ctopath": 1})), Some(own));
        assert_eq!(ProfileSource::detect(&json!({"person": {}})), Some(own));
        assert_eq!(ProfileSource::detect(&json!({"positions": []})), Some(own));
        assert_eq!(ProfileSource::detect(&json!({"basics": {}})), Some(jr));
        assert_eq!(
            ProfileSource::detect(&json!({"work": [], "goal": 1})),
            Some(jr)
        );
        assert_eq!(ProfileSource::detect(&json!({"$schema": "x"})), Some(jr));
        assert_eq!(ProfileSource::detect(&json!({})), Some(jr));
        assert_eq!(ProfileSource::detect(&json!([1])), None);
    }
}
