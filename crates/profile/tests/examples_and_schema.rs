//! The example profiles in `examples/profiles` and the published schema.

mod common;

use common::{examples_dir, framework};
use ctopath_profile::{ProfileSource, from_json_resume, json_schema, load, to_json_resume};
use ctopath_source::{Limits, parse};

const SCHEMA_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../schemas/profile.schema.json"
);

fn examples() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(examples_dir())
        .expect("examples/profiles exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn example_profiles_load_cleanly() {
    let examples = examples();
    assert!(examples.len() >= 3, "expected at least three examples");
    for (name, bytes) in examples {
        let loaded = load(&name, &bytes, framework()).unwrap_or_else(|e| panic!("{e:#?}"));
        let p = &loaded.profile;
        assert_eq!(loaded.format, ProfileSource::Own, "{name}");
        assert!(p.positions.iter().all(|p| !p.id.is_empty()), "{name}");
        // The three showcase profiles demonstrate every part of the format; the
        // engine's labelled people are deliberately sparser, like real CVs.
        let showcase = ["tech-lead", "director-hypergrowth", "qe-leader"];
        if !showcase.iter().any(|s| name.contains(s)) {
            continue;
        }
        assert!(p.positions.len() >= 3, "{name}");
        assert!(
            !p.ratings.is_empty() && !p.achievements.is_empty(),
            "{name}"
        );
        assert!(p.positions.iter().all(|p| !p.id.is_empty()), "{name}");
        let numbered = p
            .positions
            .iter()
            .flat_map(|p| p.highlights())
            .filter(|h| h.chars().any(|c| c.is_ascii_digit()))
            .count();
        assert!(numbered >= 3, "{name}: highlights should carry numbers");
    }
}

#[test]
fn example_profiles_survive_json_resume_and_back() {
    for (name, bytes) in examples() {
        let profile = load(&name, &bytes, framework()).unwrap().profile;
        let exported = to_json_resume(&profile);
        assert!(exported["meta"]["ctopath"].is_object(), "{name}");
        assert_eq!(from_json_resume(&exported).unwrap(), profile, "{name}");
        // And through text, as a file on disk would go.
        let text = serde_json::to_string_pretty(&exported).unwrap();
        let reloaded = load("exported.json", text.as_bytes(), framework()).unwrap();
        assert_eq!(reloaded.format, ProfileSource::JsonResume);
        assert_eq!(reloaded.profile, profile, "{name}");
    }
}

#[test]
fn example_profiles_match_the_published_schema() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the profile schema compiles");
    for (name, bytes) in examples() {
        let document = parse(&name, &bytes, Limits::default()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&document.value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn schema_file_is_the_generated_schema() {
    let generated = json_schema();
    if std::env::var_os("CTOPATH_BLESS").is_some() {
        std::fs::write(SCHEMA_FILE, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schemas/profile.schema.json is out of date; regenerate it with \
         `CTOPATH_BLESS=1 cargo test -p ctopath-profile --test examples_and_schema`"
    );
}
