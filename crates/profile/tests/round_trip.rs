//! Nothing is lost between the two formats, in either direction.

mod common;
mod strategies;

use common::framework;
use ctopath_profile::{Profile, ProfileSource, check, from_json_resume, to_json_resume};
use proptest::prelude::*;
use serde_json::json;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    /// Import then export gives the document back, field for field; a document
    /// without ctopath data needs no `meta.ctopath` added.
    #[test]
    fn json_resume_to_profile_and_back(doc in strategies::json_resume()) {
        let profile = from_json_resume(&doc).expect("generated documents follow the schema");
        let exported = to_json_resume(&profile);
        prop_assert_eq!(&exported, &doc);
        prop_assert_eq!(from_json_resume(&exported).unwrap(), profile);
    }

    /// Export then import gives an equal profile, ctopath-only data included.
    #[test]
    fn profile_to_json_resume_and_back(profile in strategies::profile()) {
        let exported = to_json_resume(&profile);
        prop_assert_eq!(from_json_resume(&exported).unwrap(), profile.clone());
        // The same through text, read back with format detection.
        let text = serde_json::to_string_pretty(&exported).unwrap();
        let (loaded, _) = check("cv.json", text.as_bytes(), framework()).unwrap();
        prop_assert_eq!(loaded.format, ProfileSource::JsonResume);
        prop_assert_eq!(loaded.profile, profile);
    }

    /// The own format written as JSON reads back to the same profile.
    #[test]
    fn own_format_text_round_trips(profile in strategies::profile()) {
        let text = serde_json::to_string(&profile).unwrap();
        let (loaded, _) = check("profile.json", text.as_bytes(), framework()).unwrap();
        prop_assert_eq!(loaded.format, ProfileSource::Own);
        prop_assert_eq!(loaded.profile, profile);
    }
}

#[test]
fn ctopath_data_travels_in_meta_ctopath_only() {
    let doc = json!({
        "basics": {"name": "Ana", "location": {"city": "Lisbon"}},
        "work": [{"name": "Acme", "position": "CTO", "startDate": "2022",
                  "highlights": ["Grew revenue 3x", "Ran the architecture guild"]}],
        "meta": {"version": "v1.0.0"}
    });
    let mut profile = from_json_resume(&doc).unwrap();
    assert_eq!(profile.achievements.len(), 1);
    profile.positions[0].direct_reports = Some(5);
    profile.person.as_mut().unwrap().location = Some("Lisbon, Portugal".into());
    let exported = to_json_resume(&profile);
    assert_eq!(
        exported["meta"]["ctopath"],
        json!({
            "version": 1,
            "person": {"location": "Lisbon, Portugal"},
            "positions": [{"work": 0, "direct_reports": 5}]
        })
    );
    assert_eq!(exported["work"], doc["work"]);
    assert_eq!(exported["meta"]["version"], "v1.0.0");
    assert_eq!(from_json_resume(&exported).unwrap(), profile);
}

#[test]
fn removed_achievements_stay_removed() {
    let doc = json!({"work": [{"name": "Acme", "highlights": ["Cut costs 20%"]}]});
    let mut profile = from_json_resume(&doc).unwrap();
    profile.achievements.clear();
    let exported = to_json_resume(&profile);
    assert_eq!(exported["meta"]["ctopath"]["achievements"], json!([]));
    assert_eq!(from_json_resume(&exported).unwrap(), profile);
}

#[test]
fn empty_lists_and_empty_strings_are_kept() {
    let doc = json!({"basics": {}, "work": [], "skills": [{"keywords": []}], "meta": {}, "x": ""});
    let profile: Profile = from_json_resume(&doc).unwrap();
    assert!(profile.resume.empty_work_list);
    assert_eq!(to_json_resume(&profile), doc);
}
