//! One test per validation rule on the own format: each breaks a valid profile in
//! one place and checks the rule, the field path and the line reported.

mod common;

use common::{framework, line_of};
use ctopath_profile::validate::Rule;
use ctopath_profile::{LocatedProblem, ProfileError, check, load};
use ctopath_source::RuleCode;

const BASE: &str = "\
ctopath: 1
person:
  name: Sam Doe
  email: sam@example.com
goal:
  target_role: cto
  preferred_path: fractional_cto
positions:
  - id: now
    title: Engineering Manager
    organisation: Acme
    start: 2021-03
    route: software_engineering
    coding_share: 20
    direct_reports: 6
    managers_reporting: 1
    budget: {amount: 250000, currency: EUR}
  - id: before
    title: Senior Engineer
    organisation: Acme
    start: 2018
    end: 2021-02
  - id: first
    title: Engineer
    organisation: Initech
    start: 2015-09-01
    end: 2017-12-31
ratings:
  - competency: system_design
    level: L5
    by: manager
    date: 2024-06
achievements:
  - id: faster
    what_changed: Deploys went from weekly to daily
    competencies: [engineering_process]
    position: now
    tour: grow
tours:
  - id: grow
    mission: Grow the platform team to eight
    success_criteria:
      - text: Five hires
        measure: accepted offers
signals:
  people_would_follow: true
";

fn edited(from: &str, to: &str) -> String {
    assert!(
        BASE.contains(from),
        "base profile does not contain {from:?}"
    );
    BASE.replacen(from, to, 1)
}

fn problems_in(text: &str) -> Vec<LocatedProblem> {
    let (_, problems) = check("profile.yaml", text.as_bytes(), framework()).expect("still decodes");
    problems
}

/// The single problem of `rule` in `text`, checked to sit on the line holding
/// `needle` (or, for an `id`, on the line before it: the id opens the item).
fn only(text: &str, rule: Rule, path: &str, needle: &str) -> LocatedProblem {
    let problems = problems_in(text);
    let matching: Vec<_> = problems
        .iter()
        .filter(|p| p.problem.rule == rule)
        .cloned()
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one {rule:?}, got {problems:#?}"
    );
    let p = matching.into_iter().next().unwrap();
    assert_eq!(p.problem.path.as_str(), path);
    let line = line_of(needle, text) - usize::from(path.ends_with(".id"));
    assert_eq!(p.location.map(|l| l.line), Some(line), "{p:#?}");
    p
}

#[test]
fn the_base_profile_is_valid() {
    let loaded = load("profile.yaml", BASE.as_bytes(), framework()).unwrap();
    assert_eq!(loaded.profile.positions.len(), 3);
    assert_eq!(
        loaded.profile.positions[1].start.unwrap().to_string(),
        "2018"
    );
}

#[test]
fn impossible_dates_name_the_field() {
    let text = edited("end: 2017-12-31", "end: 2023-02-30");
    let p = only(
        &text,
        Rule::ImpossibleDate,
        "positions[2].end",
        "2023-02-30",
    );
    assert_eq!(
        p.problem.message,
        "`2023-02-30` is not a real date: February 2023 has 28 days"
    );
    let text = edited("date: 2024-06", "date: 2024-13");
    let p = only(&text, Rule::ImpossibleDate, "ratings[0].date", "2024-13");
    assert!(p.problem.message.contains("no month 13"));
    assert_eq!(p.problem.rule.code(), "impossible-date");
}

#[test]
fn dates_that_are_not_dates_are_field_errors() {
    let text = edited("start: 2018", "start: 2018-1");
    let err = load("profile.yaml", text.as_bytes(), framework()).unwrap_err();
    let ProfileError::Field(err) = err else {
        panic!("{err:#?}")
    };
    assert_eq!(err.path.as_str(), "positions[1].start");
    assert_eq!(err.location.map(|l| l.line), Some(line_of("2018-1", &text)));
}

#[test]
fn inverted_dates_point_at_the_end() {
    let text = edited("end: 2017-12-31", "end: 2014");
    let p = only(&text, Rule::InvertedDates, "positions[2].end", "end: 2014");
    assert_eq!(
        p.problem.related.as_ref().unwrap().as_str(),
        "positions[2].start"
    );
    assert!(
        p.problem
            .message
            .contains("ends (2014) before it starts (2015-09-01)")
    );
}

#[test]
fn same_year_end_is_not_inverted() {
    assert!(problems_in(&edited("end: 2021-02", "end: 2018")).is_empty());
}

#[test]
fn negative_counts_are_refused_naming_the_field() {
    let text = edited("direct_reports: 6", "direct_reports: -3");
    let err = load("profile.yaml", text.as_bytes(), framework()).unwrap_err();
    let ProfileError::Field(err) = err else {
        panic!("{err:#?}")
    };
    assert_eq!(err.path.as_str(), "positions[0].direct_reports");
    assert!(
        err.message.contains("-3") && err.message.contains("whole number"),
        "{}",
        err.message
    );
    assert!(
        err.to_string().contains("positions[0].direct_reports"),
        "{err}"
    );
}

#[test]
fn coding_share_cannot_pass_100() {
    let text = edited("coding_share: 20", "coding_share: 120");
    only(
        &text,
        Rule::OutOfRange,
        "positions[0].coding_share",
        "coding_share: 120",
    );
}

#[test]
fn absurd_counts_are_reported() {
    let text = edited(
        "direct_reports: 6",
        "direct_reports: 6\n    org_engineers: 4000000",
    );
    only(
        &text,
        Rule::OutOfRange,
        "positions[0].org_engineers",
        "4000000",
    );
    let text = edited("managers_reporting: 1", "managers_reporting: 9");
    let p = only(
        &text,
        Rule::OutOfRange,
        "positions[0].managers_reporting",
        "managers_reporting: 9",
    );
    assert_eq!(
        p.problem.related.as_ref().unwrap().as_str(),
        "positions[0].direct_reports"
    );
}

#[test]
fn unknown_framework_ids_get_suggestions() {
    let text = edited("competency: system_design", "competency: sytem_design");
    let p = only(
        &text,
        Rule::UnknownReference,
        "ratings[0].competency",
        "sytem_design",
    );
    assert_eq!(p.problem.message, "unknown competency `sytem_design`");
    assert_eq!(p.problem.help, "did you mean `system_design`?");
    let text = edited("level: L5", "level: l5");
    let p = only(
        &text,
        Rule::UnknownReference,
        "ratings[0].level",
        "level: l5",
    );
    assert_eq!(p.problem.help, "did you mean `L5`?");
    let text = edited("route: software_engineering", "route: software_engineer");
    only(
        &text,
        Rule::UnknownReference,
        "positions[0].route",
        "software_engineer",
    );
    let text = edited(
        "preferred_path: fractional_cto",
        "preferred_path: fractionalcto",
    );
    let p = only(
        &text,
        Rule::UnknownReference,
        "goal.preferred_path",
        "fractionalcto",
    );
    assert_eq!(p.problem.help, "did you mean `fractional_cto`?");
    let text = edited("[engineering_process]", "[engineering_process, budgeting]");
    let p = only(
        &text,
        Rule::UnknownReference,
        "achievements[0].competencies[1]",
        "budgeting",
    );
    assert!(
        p.problem.help.starts_with("known competency ids:"),
        "{}",
        p.problem.help
    );
    let text = edited("people_would_follow: true", "people_would_folow: true");
    only(
        &text,
        Rule::UnknownReference,
        "signals.people_would_folow",
        "people_would_folow",
    );
}

#[test]
fn references_inside_the_profile_must_resolve() {
    let text = edited("    position: now", "    position: nwo");
    let p = only(
        &text,
        Rule::UnknownReference,
        "achievements[0].position",
        "position: nwo",
    );
    assert_eq!(p.problem.help, "did you mean `now`?");
    let text = edited("tour: grow", "tour: scale");
    only(
        &text,
        Rule::UnknownReference,
        "achievements[0].tour",
        "tour: scale",
    );
}

#[test]
fn duplicate_ids_point_at_the_first() {
    let text = edited("id: before", "id: now");
    let p = only(
        &text,
        Rule::DuplicateId,
        "positions[1].id",
        "title: Senior Engineer",
    );
    assert_eq!(
        p.problem.related.as_ref().unwrap().as_str(),
        "positions[0].id"
    );
    assert_eq!(
        p.related_location.map(|l| l.line),
        Some(line_of("id: now", &text))
    );
}

#[test]
fn other_versions_are_refused() {
    let text = edited("ctopath: 1", "ctopath: 2");
    only(&text, Rule::UnsupportedVersion, "ctopath", "ctopath: 2");
}

#[test]
fn malformed_values_are_reported() {
    let text = edited("currency: EUR", "currency: euros");
    only(
        &text,
        Rule::Malformed,
        "positions[0].budget.currency",
        "euros",
    );
    let text = edited("email: sam@example.com", "email: sam at example");
    only(&text, Rule::Malformed, "person.email", "sam at example");
    let text = edited("measure: accepted offers", "measure: ''");
    only(
        &text,
        Rule::Malformed,
        "tours[0].success_criteria[0].measure",
        "measure: ''",
    );
}

#[test]
fn unknown_fields_are_refused_at_the_key() {
    let text = edited("    coding_share: 20", "    coding_shre: 20");
    let ProfileError::Field(err) = load("p.yaml", text.as_bytes(), framework()).unwrap_err() else {
        panic!()
    };
    assert_eq!(err.path.as_str(), "positions[0].coding_shre");
    assert_eq!(
        err.location.map(|l| l.line),
        Some(line_of("coding_shre", &text))
    );
}

#[test]
fn invalid_profiles_fail_load_with_every_problem() {
    let text = edited("end: 2017-12-31", "end: 2023-02-30").replacen(
        "coding_share: 20",
        "coding_share: 101",
        1,
    );
    let ProfileError::Invalid { file, problems } =
        load("p.yaml", text.as_bytes(), framework()).unwrap_err()
    else {
        panic!()
    };
    assert_eq!(file, "p.yaml");
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn a_document_that_is_not_a_mapping_is_refused() {
    let ProfileError::Field(err) = load("p.yaml", b"- just\n- a list\n", framework()).unwrap_err()
    else {
        panic!()
    };
    assert!(err.path.is_root());
    assert!(err.message.contains("found a list"), "{}", err.message);
}

#[test]
fn kept_json_resume_sections_follow_json_resume_rules() {
    let kept = "resume:\n  education:\n    - institution: Open University\n      x-note: part time\n      startDate: 2012\n";
    let err = load("p.yaml", format!("{BASE}{kept}").as_bytes(), framework()).unwrap_err();
    let ProfileError::Field(err) = err else {
        panic!("{err:#?}")
    };
    // JSON Resume dates are strings, even in YAML.
    assert_eq!(err.path.as_str(), "resume.education[0].startDate");
    assert!(err.message.contains("expected a string"), "{}", err.message);

    let kept = kept.replace("startDate: 2012", "startDate: '2012'");
    let loaded = load("p.yaml", format!("{BASE}{kept}").as_bytes(), framework()).unwrap();
    let education = &loaded.profile.resume.education.as_ref().unwrap()[0];
    assert_eq!(education.extra["x-note"], "part time");
    let exported = ctopath_profile::to_json_resume(&loaded.profile);
    assert_eq!(exported["education"][0]["startDate"], "2012");
}
