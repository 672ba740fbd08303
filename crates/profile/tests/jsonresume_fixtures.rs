//! The JSON Resume project's own test fixtures: every valid case imports and comes
//! back out unchanged (and schema-valid); every invalid case is refused with an
//! error naming the offending field and its line.

mod common;

use common::{framework, jsonresume_dir, read_json, without_carried};
use ctopath_profile::{PartialDate, ProfileError, load, to_json_resume};
use ctopath_source::FieldPath;
use serde_json::Value;

/// Every (file, case name, document) of the fixtures except `dates.json`.
fn cases() -> Vec<(String, String, Value)> {
    let Some(dir) = jsonresume_dir() else {
        return Vec::new();
    };
    let mut files: Vec<_> = std::fs::read_dir(dir.join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| !p.ends_with("dates.json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let Value::Object(map) = read_json(&file) else {
            panic!("{name} is not a mapping")
        };
        for (case, doc) in map {
            out.push((name.clone(), case, doc));
        }
    }
    out
}

fn is_valid_case(case: &str) -> bool {
    let lower = case.to_lowercase();
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit());
    assert!(stem.ends_with("valid"), "unexpected case name {case}");
    !stem.ends_with("invalid")
}

/// The path to the value that makes an invalid case invalid: its `null`, or the
/// mapping given where a string belongs.
fn offending_path(value: &Value, at: FieldPath) -> Option<FieldPath> {
    match value {
        Value::Null => Some(at),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| offending_path(v, at.index(i))),
        Value::Object(map) if map.is_empty() && !at.is_root() => Some(at),
        Value::Object(map) => map.iter().find_map(|(k, v)| offending_path(v, at.child(k))),
        _ => None,
    }
}

fn schema_validator(validate_formats: bool) -> Option<jsonschema::Validator> {
    let schema = read_json(&jsonresume_dir()?.join("schema.json"));
    Some(
        jsonschema::draft7::options()
            .should_validate_formats(validate_formats)
            .build(&schema)
            .expect("the JSON Resume schema compiles"),
    )
}

#[test]
fn every_valid_case_imports_round_trips_and_validates() {
    let Some(validator) = schema_validator(false) else {
        return;
    };
    let mut count = 0;
    for (file, case, doc) in cases().into_iter().filter(|(_, c, _)| is_valid_case(c)) {
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let loaded = load(&format!("{file}#{case}"), text.as_bytes(), framework())
            .unwrap_or_else(|e| panic!("{file} {case}: {e:#?}"));
        let exported = to_json_resume(&loaded.profile);
        assert_eq!(
            without_carried(exported.clone(), &doc),
            doc,
            "{file} {case}"
        );
        let errors: Vec<String> = validator
            .iter_errors(&exported)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{file} {case}: {errors:?}");
        count += 1;
    }
    assert!(count == 0 || count > 100, "only {count} valid cases found");
}

#[test]
fn every_invalid_case_is_refused_naming_the_field() {
    let mut count = 0;
    for (file, case, doc) in cases().into_iter().filter(|(_, c, _)| !is_valid_case(c)) {
        let expected = offending_path(&doc, FieldPath::root())
            .unwrap_or_else(|| panic!("{file} {case}: no offending value found"));
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let err = load(&format!("{file}#{case}"), text.as_bytes(), framework())
            .expect_err(&format!("{file} {case} should be refused"));
        let ProfileError::Field(err) = err else {
            panic!("{file} {case}: {err:#?}")
        };
        assert_eq!(err.path, expected, "{file} {case}");
        assert!(
            err.message.starts_with("wrong type:"),
            "{file} {case}: {}",
            err.message
        );
        let line = text
            .lines()
            .position(|l| l.contains(": null") || l.contains(": {}") || l.trim() == "null")
            .map(|i| i + 1);
        assert_eq!(err.location.map(|l| l.line), line, "{file} {case}");
        assert!(err.to_string().contains(expected.as_str()), "{err}");
        count += 1;
    }
    assert!(count == 0 || count > 80, "only {count} invalid cases found");
}

#[test]
fn dates_fixture_matches_the_date_type() {
    let Some(dir) = jsonresume_dir() else { return };
    let dates = read_json(&dir.join("fixtures/dates.json"));
    for (case, value) in dates.as_object().unwrap() {
        let text = value.as_str().unwrap();
        let parsed = PartialDate::parse(text);
        if case == "invalid" {
            assert!(parsed.is_err(), "{text} should be refused");
        } else {
            assert_eq!(parsed.unwrap().to_string(), text, "{case}");
        }
    }
}

#[test]
fn exports_of_real_resumes_validate_with_formats() {
    let Some(validator) = schema_validator(true) else {
        return;
    };
    let dir = jsonresume_dir().unwrap();
    let mut docs = vec![dir.join("sample.resume.json")];
    for entry in std::fs::read_dir(dir.join("examples")).unwrap() {
        docs.push(entry.unwrap().path());
    }
    for path in docs {
        let bytes = std::fs::read(&path).unwrap();
        let loaded = load(&path.display().to_string(), &bytes, framework()).unwrap();
        let exported = to_json_resume(&loaded.profile);
        let errors: Vec<String> = validator
            .iter_errors(&exported)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}
