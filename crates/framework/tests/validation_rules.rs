//! One test per validation rule: each breaks the minimal framework in one place
//! and asserts the message, the field path and the line:column reported.

use ctopath_framework::validate::Rule;
use ctopath_framework::{LoadError, LocatedProblem, check};

const MINIMAL: &str = include_str!("fixtures/minimal.yaml");

/// Applies a textual edit to the minimal framework and returns its problems.
fn problems_after(from: &str, to: &str) -> Vec<LocatedProblem> {
    assert!(MINIMAL.contains(from), "fixture does not contain {from:?}");
    let text = MINIMAL.replacen(from, to, 1);
    let (_, problems) = check("test.yaml", text.as_bytes()).expect("still parses");
    problems
}

fn line_of(needle: &str, text: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle present")
        + 1
}

fn only(problems: Vec<LocatedProblem>, rule: Rule) -> LocatedProblem {
    let matching: Vec<_> = problems
        .iter()
        .filter(|p| p.problem.rule == rule)
        .cloned()
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one {rule:?} problem, got {problems:#?}"
    );
    matching.into_iter().next().unwrap()
}

#[test]
fn the_minimal_fixture_is_valid() {
    let (fw, problems) = check("minimal.yaml", MINIMAL.as_bytes()).unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(fw.levels.len(), 2);
}

#[test]
fn duplicate_ids_are_reported_with_the_first_definition() {
    let p = only(
        problems_after("id: L2, number: 2", "id: L1, number: 2"),
        Rule::DuplicateId,
    );
    assert_eq!(p.problem.message, "duplicate level id `L1`");
    assert_eq!(p.problem.path.as_str(), "levels[1].id");
    let line = line_of(
        "id: L1, number: 2",
        &MINIMAL.replacen("id: L2, number: 2", "id: L1, number: 2", 1),
    );
    assert_eq!(p.location.map(|l| (l.line, l.column)), Some((line, 7)));
    assert_eq!(
        p.problem.related.as_ref().map(|r| r.as_str()),
        Some("levels[0].id")
    );
    assert_eq!(p.related_location.map(|l| l.line), Some(line - 1));
}

#[test]
fn level_numbers_must_be_contiguous() {
    let p = only(
        problems_after("number: 2", "number: 4"),
        Rule::LevelNumbering,
    );
    assert!(
        p.problem
            .message
            .contains("skips to 4 where 2 was expected"),
        "{}",
        p.problem.message
    );
    assert_eq!(p.problem.path.as_str(), "levels[1].number");
    assert_eq!(
        p.location.map(|l| l.line),
        Some(line_of("id: L2, number", MINIMAL))
    );
}

#[test]
fn every_level_belongs_to_exactly_one_tour() {
    let p = only(
        problems_after("levels: [L1, L2]\n    purpose", "levels: [L1]\n    purpose"),
        Rule::LevelTour,
    );
    assert_eq!(
        p.problem.message,
        "level `L2` says it is in tour `craft`, but no tour lists it"
    );
    assert_eq!(p.problem.path.as_str(), "levels[1].tour");
    assert_eq!(
        p.location.map(|l| (l.line, l.column)),
        Some((line_of("id: L2, number", MINIMAL), 26))
    );

    let p = only(
        problems_after(
            "tour: craft, summary: Leads",
            "tour: mastery, summary: Leads",
        ),
        Rule::LevelTour,
    );
    assert!(
        p.problem
            .message
            .contains("tour `mastery`, which is not defined")
    );
    assert!(p.problem.help.contains("`craft`"));
}

#[test]
fn every_route_titles_every_level() {
    let p = only(
        problems_after("      - { level: L2, title: Lead }\n", ""),
        Rule::RouteTitles,
    );
    assert_eq!(p.problem.message, "route `eng` has no title for `L2`");
    assert_eq!(p.problem.path.as_str(), "routes[0].levels");
    assert_eq!(
        p.location.map(|l| l.line),
        Some(line_of("    levels:", MINIMAL))
    );
}

#[test]
fn references_must_resolve() {
    let cases = [
        // (edit from, edit to, expected path, expected words)
        (
            "    levels: [L1, L2]\n    coding",
            "    levels: [L1, L7]\n    coding",
            "stages[0].levels[1]",
            "stage `ic` refers to level `L7`",
        ),
        (
            "competencies: [design]\n    mission",
            "competencies: [desing]\n    mission",
            "missions[0].competencies[0]",
            "mission `own_a_system` refers to competency `desing`",
        ),
        (
            "shortener\n    competencies: [design]",
            "shortener\n    competencies: [hiring]",
            "questions[0].competencies[0]",
            "question `q1` refers to competency `hiring`",
        ),
        (
            "group: engineer",
            "group: leader",
            "competencies[0].group",
            "refers to competency group `leader`",
        ),
        (
            "stages: [ic]",
            "stages: [cto]",
            "missions[0].stages[0]",
            "refers to stage `cto`",
        ),
        (
            "competencies: [design]\n    mission:",
            "competencies: [design]\n    stall_patterns: [too_deep]\n    mission:",
            "missions[0].stall_patterns[0]",
            "mission `own_a_system` refers to stall pattern `too_deep`",
        ),
        (
            "horizon: soon",
            "horizon: later",
            "playbooks[0].horizon",
            "playbook `first_weeks` refers to action-plan horizon `later`",
        ),
        (
            "competencies: [design]\n        stages: [ic]",
            "competencies: [design]\n        stages: [lead]",
            "action_plan[0].steps[0].stages[0]",
            "plan step `ship_one` refers to stage `lead`",
        ),
    ];
    for (from, to, path, words) in cases {
        let p = only(problems_after(from, to), Rule::UnknownReference);
        assert_eq!(p.problem.path.as_str(), path);
        assert!(p.problem.message.contains(words), "{}", p.problem.message);
        assert!(p.location.is_some(), "no location for {path}");
    }
    let p = only(
        problems_after(
            "competencies: [design]\n    mission",
            "competencies: [desing]\n    mission",
        ),
        Rule::UnknownReference,
    );
    assert!(
        p.problem.help.starts_with("did you mean `design`?"),
        "{}",
        p.problem.help
    );
}

#[test]
fn ranges_run_low_to_high() {
    let p = only(
        problems_after("years: { min: 0, max: 5 }", "years: { min: 6, max: 5 }"),
        Rule::InvertedRange,
    );
    assert_eq!(p.problem.message, "stage `ic` has min 6 greater than max 5");
    assert_eq!(p.problem.path.as_str(), "stages[0].years");
    assert_eq!(
        p.location.map(|l| (l.line, l.column)),
        Some((line_of("years: { min: 0", MINIMAL), 5))
    );
    // An open-ended range is fine.
    let problems = problems_after(
        "horizon_years: { min: 1, max: 3 }",
        "horizon_years: { min: 1, max: null }",
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_criterion_is_measurable() {
    let p = only(
        problems_after("measure: SLO met 4 weeks running", "measure: \"\""),
        Rule::Unmeasurable,
    );
    assert!(p.problem.message.contains("has no measure"));
    assert_eq!(
        p.problem.path.as_str(),
        "missions[0].success_criteria[0].measure"
    );
}

#[test]
fn shape_errors_name_the_field_and_line() {
    let text = MINIMAL.replacen("number: 2", "number: two", 1);
    let Err(LoadError::Field(e)) = check("test.yaml", text.as_bytes()) else {
        panic!("expected a field error")
    };
    assert_eq!(e.path.as_str(), "levels[1].number");
    assert_eq!(
        e.location.map(|l| l.line),
        Some(line_of("number: two", &text))
    );
}

#[test]
fn json_frameworks_get_locations_too() {
    let fw: serde_json::Value = serde_saphyr::from_str(MINIMAL).unwrap();
    let mut text = serde_json::to_string_pretty(&fw).unwrap();
    text = text.replacen("\"tour\": \"craft\"", "\"tour\": \"nope\"", 1);
    let (_, problems) = check("test.json", text.as_bytes()).unwrap();
    let p = only(problems, Rule::LevelTour);
    assert_eq!(p.problem.path.as_str(), "levels[0].tour");
    assert_eq!(
        p.location.map(|l| l.line),
        Some(line_of("\"tour\": \"nope\"", &text))
    );
}

#[test]
fn a_title_modifier_lifts_only_to_a_level_on_the_ladder() {
    let builtin = include_str!("../data/cto-path.yaml");
    assert!(builtin.contains("at_least: L4"));
    let text = builtin.replacen("at_least: L4", "at_least: L14", 1);
    let (_, problems) = check("cto-path.yaml", text.as_bytes()).expect("still parses");
    let p = only(problems, Rule::UnknownReference);
    assert_eq!(
        p.problem.path.as_str(),
        "title_lexicon.modifiers[5].at_least"
    );
    assert!(
        p.problem
            .message
            .contains("title modifier `lead` refers to level `L14`"),
        "{}",
        p.problem.message
    );
    assert_eq!(
        p.location.map(|l| l.line),
        Some(line_of("at_least: L4", builtin))
    );
}

#[test]
fn the_company_engineering_share_is_a_share() {
    let builtin = include_str!("../data/cto-path.yaml");
    assert!(builtin.contains("company_engineering_share: 0.5"));
    let text = builtin.replacen(
        "company_engineering_share: 0.5",
        "company_engineering_share: 50",
        1,
    );
    let (_, problems) = check("cto-path.yaml", text.as_bytes()).expect("still parses");
    let p = only(problems, Rule::InvertedRange);
    assert_eq!(
        p.problem.path.as_str(),
        "assessment.company_engineering_share"
    );
    assert!(p.problem.message.contains("50"), "{}", p.problem.message);
    assert_eq!(
        p.location.map(|l| l.line),
        Some(line_of("company_engineering_share: 0.5", builtin))
    );
}

#[test]
fn a_title_modifier_caps_only_at_a_level_on_the_ladder() {
    let builtin = include_str!("../data/cto-path.yaml");
    let text = builtin.replacen("at_most: L5", "at_most: L15", 1);
    let (_, problems) = check("cto-path.yaml", text.as_bytes()).expect("still parses");
    let p = only(problems, Rule::UnknownReference);
    assert_eq!(
        p.problem.path.as_str(),
        "title_lexicon.modifiers[0].at_most"
    );
    assert!(p.problem.message.contains("`L15`"), "{}", p.problem.message);
}

#[test]
fn a_corporate_grade_names_a_level_on_the_ladder() {
    let builtin = include_str!("../data/cto-path.yaml");
    let grade = "- phrases: [managing director]\n      level: L6";
    assert!(builtin.contains(grade));
    let text = builtin.replacen(grade, "- phrases: [managing director]\n      level: L16", 1);
    let (_, problems) = check("cto-path.yaml", text.as_bytes()).expect("still parses");
    let p = only(problems, Rule::UnknownReference);
    assert_eq!(p.problem.path.as_str(), "title_lexicon.grades[4].level");
    assert!(
        p.problem
            .message
            .contains("title grade `managing director` refers to level `L16`"),
        "{}",
        p.problem.message
    );
}
