//! Validation of JSON Resume input: problems and field errors are reported at the
//! JSON Resume fields the user wrote (`work[2].endDate`, `meta.ctopath.…`), not at
//! the profile fields they were imported into.

mod common;

use common::{framework, line_of};
use ctopath_profile::validate::Rule;
use ctopath_profile::{LocatedProblem, ProfileError, check, load};

const RESUME: &str = r#"{
  "basics": {"name": "Sam Doe"},
  "work": [
    {"name": "Acme", "position": "Engineering Manager", "startDate": "2021-03"},
    {"name": "Acme", "position": "Senior Engineer", "startDate": "2018", "endDate": "2021-02"},
    {"name": "Initech", "position": "Engineer", "startDate": "2015-09-01", "endDate": "2017-12-31"}
  ],
  "meta": {
    "ctopath": {
      "version": 1,
      "positions": [{"work": 0, "direct_reports": 6, "coding_share": 20}],
      "ratings": [{"competency": "system_design", "level": "L5", "by": "manager", "date": "2024-06"}]
    }
  }
}
"#;

fn resume_problems(from: &str, to: &str) -> (String, Vec<LocatedProblem>) {
    assert!(RESUME.contains(from), "resume does not contain {from:?}");
    let text = RESUME.replacen(from, to, 1);
    let (_, problems) = check("cv.json", text.as_bytes(), framework()).expect("still decodes");
    (text, problems)
}

#[test]
fn json_resume_problems_use_json_resume_paths() {
    assert!(resume_problems("", "").1.is_empty());
    let (text, problems) =
        resume_problems("\"endDate\": \"2017-12-31\"", "\"endDate\": \"2017-02-30\"");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].problem.path.as_str(), "work[2].endDate");
    assert_eq!(
        problems[0].location.map(|l| l.line),
        Some(line_of("2017-02-30", &text))
    );

    let (_, problems) = resume_problems("\"endDate\": \"2017-12-31\"", "\"endDate\": \"2014\"");
    assert_eq!(problems[0].problem.rule, Rule::InvertedDates);
    assert_eq!(problems[0].problem.path.as_str(), "work[2].endDate");
    assert_eq!(
        problems[0].problem.related.as_ref().unwrap().as_str(),
        "work[2].startDate"
    );

    let (text, problems) = resume_problems("\"coding_share\": 20", "\"coding_share\": 200");
    assert_eq!(
        problems[0].problem.path.as_str(),
        "meta.ctopath.positions[0].coding_share"
    );
    assert_eq!(
        problems[0].location.map(|l| l.line),
        Some(line_of("coding_share", &text))
    );

    let (_, problems) = resume_problems("\"system_design\"", "\"system_desing\"");
    assert_eq!(
        problems[0].problem.path.as_str(),
        "meta.ctopath.ratings[0].competency"
    );
    assert_eq!(problems[0].problem.help, "did you mean `system_design`?");
}

#[test]
fn json_resume_field_errors_name_the_field() {
    for (from, to, path) in [
        (
            "\"startDate\": \"2018\"",
            "\"startDate\": \"2018-1\"",
            "work[1].startDate",
        ),
        (
            "\"direct_reports\": 6",
            "\"direct_reports\": -6",
            "meta.ctopath.positions[0].direct_reports",
        ),
        (
            "\"work\": 0",
            "\"work\": 7",
            "meta.ctopath.positions[0].work",
        ),
        (
            "\"work\": 0,",
            "\"work\": 0, \"title\": \"CTO\",",
            "meta.ctopath.positions[0].title",
        ),
        (
            "\"version\": 1,",
            "\"version\": 1, \"mood\": \"good\",",
            "meta.ctopath.mood",
        ),
        (
            "\"name\": \"Sam Doe\"",
            "\"name\": [\"Sam\"]",
            "basics.name",
        ),
    ] {
        let text = RESUME.replacen(from, to, 1);
        let err = load("cv.json", text.as_bytes(), framework()).unwrap_err();
        let ProfileError::Field(err) = err else {
            panic!("{path}: {err:#?}")
        };
        assert_eq!(err.path.as_str(), path, "{}", err.message);
        assert!(err.location.is_some(), "{path}");
    }
}

#[test]
fn kept_sections_are_checked_too() {
    let text = RESUME.replacen(
        "\"meta\": {",
        "\"education\": [{\"institution\": \"Uni\", \"startDate\": \"2010-09\", \"endDate\": \"2009-02-29\"}],\n  \"meta\": {",
        1,
    );
    let (_, problems) = check("cv.json", text.as_bytes(), framework()).unwrap();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].problem.rule, Rule::ImpossibleDate);
    assert_eq!(problems[0].problem.path.as_str(), "education[0].endDate");
    assert_eq!(
        problems[0].location.map(|l| l.line),
        Some(line_of("2009-02-29", &text))
    );
}

#[test]
fn a_blank_or_present_end_date_is_a_role_still_held_but_other_words_are_errors() {
    for open in ["\"\"", "\"Present\"", "\"current\""] {
        let text = RESUME.replacen(
            "\"startDate\": \"2018\", \"endDate\": \"2021-02\"",
            &format!("\"startDate\": \"2018\", \"endDate\": {open}"),
            1,
        );
        let loaded = load("cv.json", text.as_bytes(), framework())
            .unwrap_or_else(|e| panic!("{open}: {e:?}"));
        assert_eq!(loaded.profile.positions[1].end, None, "{open}");
    }
    // A blank start is an undated role, not an error.
    let text = RESUME.replacen("\"startDate\": \"2018\"", "\"startDate\": \" \"", 1);
    let loaded = load("cv.json", text.as_bytes(), framework()).expect("loads");
    assert_eq!(loaded.profile.positions[1].start, None);
    // "Present" is no start date, and a word that is no date stays an error at its path.
    for (from, to) in [
        ("\"startDate\": \"2018\"", "\"startDate\": \"Present\""),
        ("\"endDate\": \"2021-02\"", "\"endDate\": \"soon\""),
    ] {
        let text = RESUME.replacen(from, to, 1);
        match load("cv.json", text.as_bytes(), framework()) {
            Err(ProfileError::Field(f)) => assert!(
                f.path.to_string().starts_with("work[1]."),
                "{to}: {}",
                f.path
            ),
            other => panic!("{to}: {:?}", other.map(|l| l.profile.positions.len())),
        }
    }
}
