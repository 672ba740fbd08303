//! The rules of a tour of duty: a valid tour with a charter and check-ins, broken in
//! one place at a time; each break names its rule, field path and line.

mod common;

use common::{framework, line_of};
use ctopath_profile::tour_health::{TourHealth, health};
use ctopath_profile::validate::Rule;
use ctopath_profile::{LocatedProblem, TourStatus, check, from_json_resume, load, to_json_resume};

const BASE: &str = "\
ctopath: 1
person:
  name: Sam Doe
positions:
  - id: now
    title: Tech Lead
    organisation: Acme
    start: 2021-03
achievements:
  - id: aligned
    what_changed: Three teams shipped the new checkout API together
    tour: cross-team
tours:
  - id: earlier
    mission: Run the on-call rotation for a quarter
    status: completed
    start: 2024-01-08
    finished: 2024-04-02
    outcome: Pages per week halved
  - id: cross-team
    title: Lead a project across team boundaries
    mission_id: m_cross_team_project
    tour: transformational
    mission: Move three teams onto one checkout API
    status: active
    sponsor: Dana Lee
    start: 2025-01-06
    horizon_months: 9
    checkin_every_weeks: 2
    competencies: [system_design, conflict_resolution]
    milestone: led work across teams without authority
    person_gains: [influence without authority]
    company_gains: [one checkout API]
    success_criteria:
      - text: Every team signs one plan
        measure: plan signed by three team leads
      - text: Lands close to the date
        measure: within 20% of the agreed date
    checkins:
      - date: 2025-01-20
        criteria:
          - {index: 0, status: on_track, note: two of three leads signed}
          - {index: 1, status: at_risk}
        learned: Interfaces first, dates second
      - date: 2025-02-03
        criteria:
          - {index: 0, status: met}
  - id: later
    mission: Present the platform strategy to the board
";

fn edited(from: &str, to: &str) -> String {
    assert!(
        BASE.contains(from),
        "base profile does not contain {from:?}"
    );
    BASE.replacen(from, to, 1)
}

fn problems_in(text: &str) -> Vec<LocatedProblem> {
    check("profile.yaml", text.as_bytes(), framework())
        .expect("still decodes")
        .1
}

/// The single problem of `rule`, checked for its path and for the line holding `needle`.
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
    assert_eq!(
        p.location.map(|l| l.line),
        Some(line_of(needle, text)),
        "{p:#?}"
    );
    p
}

#[test]
fn a_full_charter_with_checkins_is_valid() {
    let loaded = load("profile.yaml", BASE.as_bytes(), framework()).unwrap();
    let tour = &loaded.profile.tours[1];
    assert_eq!(tour.status, TourStatus::Active);
    assert_eq!(tour.checkins.len(), 2);
    assert_eq!(tour.sponsor.as_deref(), Some("Dana Lee"));
    assert_eq!(health(tour), TourHealth::AtRisk);
}

#[test]
fn a_tour_written_before_charters_still_loads() {
    let old = "ctopath: 1\ntours:\n  - id: t\n    mission: Grow the team\n    status: active\n    start: 2022-01\n    horizon_months: 12\n    success_criteria:\n      - {text: Five hires, measure: accepted offers}\n";
    let loaded = load("old.yaml", old.as_bytes(), framework()).unwrap();
    assert!(loaded.profile.tours[0].checkins.is_empty());
    assert_eq!(health(&loaded.profile.tours[0]), TourHealth::NotCheckedIn);
}

#[test]
fn a_criterion_needs_a_measure() {
    let text = edited("measure: within 20% of the agreed date", "measure: ' '");
    only(
        &text,
        Rule::Malformed,
        "tours[1].success_criteria[1].measure",
        "measure: ' '",
    );
}

#[test]
fn checkins_run_forwards_from_the_start() {
    let text = edited("date: 2025-02-03", "date: 2025-01-10");
    let p = only(
        &text,
        Rule::InvertedDates,
        "tours[1].checkins[1].date",
        "2025-01-10",
    );
    assert!(p.problem.message.contains("before check-in 1"), "{p:#?}");
    let text = edited("date: 2025-01-20", "date: 2024-12-20");
    let p = only(
        &text,
        Rule::InvertedDates,
        "tours[1].checkins[0].date",
        "2024-12-20",
    );
    assert!(
        p.problem
            .message
            .contains("before tour `cross-team` starts")
    );
}

#[test]
fn a_finish_comes_after_the_start_and_the_checkins() {
    let text = edited("finished: 2024-04-02", "finished: 2023-12-01");
    only(
        &text,
        Rule::InvertedDates,
        "tours[0].finished",
        "2023-12-01",
    );
    let text = edited(
        "    status: active\n    sponsor",
        "    status: completed\n    finished: 2025-01-25\n    sponsor",
    );
    let p = only(
        &text,
        Rule::InvertedDates,
        "tours[1].checkins[1].date",
        "2025-02-03",
    );
    assert!(
        p.problem
            .message
            .contains("after tour `cross-team` finished")
    );
}

#[test]
fn criterion_indexes_must_exist_once() {
    let text = edited("{index: 0, status: met}", "{index: 2, status: met}");
    let p = only(
        &text,
        Rule::OutOfRange,
        "tours[1].checkins[1].criteria[0].index",
        "index: 2",
    );
    assert!(p.problem.message.contains("has 2 success criteria"));
    let text = edited("{index: 1, status: at_risk}", "{index: 0, status: at_risk}");
    only(
        &text,
        Rule::DuplicateId,
        "tours[1].checkins[0].criteria[1].index",
        "{index: 0, status: at_risk}",
    );
}

#[test]
fn an_empty_checkin_is_refused() {
    let text = edited(
        "      - date: 2025-02-03\n        criteria:\n          - {index: 0, status: met}\n",
        "      - date: 2025-02-03\n",
    );
    only(
        &text,
        Rule::Malformed,
        "tours[1].checkins[1]",
        "date: 2025-02-03",
    );
}

#[test]
fn status_agrees_with_dates_and_checkins() {
    let text = edited("status: completed", "status: active");
    let problems = problems_in(&text);
    let rules: Vec<(Rule, &str)> = problems
        .iter()
        .map(|p| (p.problem.rule, p.problem.path.as_str()))
        .collect();
    // A finish date on a running tour, and now two active tours.
    assert!(
        rules.contains(&(Rule::Conflict, "tours[0].finished")),
        "{rules:?}"
    );
    assert!(
        rules.contains(&(Rule::Conflict, "tours[1].status")),
        "{rules:?}"
    );
    let text = edited(
        "    status: active\n    sponsor",
        "    status: proposed\n    sponsor",
    );
    only(&text, Rule::Conflict, "tours[1].checkins", "checkins:");
}

#[test]
fn one_active_tour_at_a_time() {
    let text = edited(
        "mission: Present the platform strategy to the board\n",
        "mission: Present the platform strategy to the board\n    status: active # too\n",
    );
    let p = only(&text, Rule::Conflict, "tours[2].status", "active # too");
    assert!(p.problem.message.contains("so is `cross-team`"));
    assert_eq!(
        p.problem.related.as_ref().map(|r| r.as_str()),
        Some("tours[1].status")
    );
}

#[test]
fn charter_ids_name_the_framework() {
    let text = edited(
        "mission_id: m_cross_team_project",
        "mission_id: m_cross_team_projet",
    );
    let p = only(
        &text,
        Rule::UnknownReference,
        "tours[1].mission_id",
        "m_cross_team_projet",
    );
    assert!(p.problem.help.contains("m_cross_team_project"));
    let text = edited("tour: transformational", "tour: transformative");
    only(
        &text,
        Rule::UnknownReference,
        "tours[1].tour",
        "transformative",
    );
    let text = edited(
        "[system_design, conflict_resolution]",
        "[system_design, conflict]",
    );
    only(
        &text,
        Rule::UnknownReference,
        "tours[1].competencies[1]",
        "conflict]",
    );
    let text = edited("checkin_every_weeks: 2", "checkin_every_weeks: 0");
    only(
        &text,
        Rule::OutOfRange,
        "tours[1].checkin_every_weeks",
        "checkin_every_weeks: 0",
    );
}

#[test]
fn tours_ride_through_json_resume_unchanged() {
    let profile = load("profile.yaml", BASE.as_bytes(), framework())
        .unwrap()
        .profile;
    let exported = to_json_resume(&profile);
    let carried = &exported["meta"]["ctopath"]["tours"][1];
    assert_eq!(carried["sponsor"], "Dana Lee");
    assert_eq!(carried["checkins"][0]["criteria"][1]["status"], "at_risk");
    assert_eq!(from_json_resume(&exported).unwrap(), profile);
    let text = serde_json::to_string(&exported).unwrap();
    let back = load("cv.json", text.as_bytes(), framework())
        .unwrap()
        .profile;
    assert_eq!(back.tours, profile.tours);
    assert_eq!(back.achievements[0].tour.as_deref(), Some("cross-team"));
}
