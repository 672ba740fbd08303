//! Scope per position: read from prose, but what the profile states wins.

use ctopath_framework::builtin;
use ctopath_profile::scope::{PathStyle, positions};

const PROFILE: &str = r#"
ctopath: 1
person: { name: Sam }
positions:
  - title: Senior Software Engineer
    organisation: Acme
    start: 2019
    highlights:
      - Acting manager of a team of 12 engineers after our lead left
      - Presented the migration plan to the board
  - title: Engineering Manager
    organisation: Beta
    start: 2015
    end: 2019
    direct_reports: 6
    highlights:
      - Led a team of 40 engineers across three squads
"#;

#[test]
fn prose_fills_scope_and_stated_values_win() {
    let fw = builtin::framework();
    let loaded = ctopath_profile::load("sam.yaml", PROFILE.as_bytes(), fw).unwrap();
    let found = positions(&loaded.profile, fw, PathStyle::Own);
    let first = &found[0].scope;
    let team = first.team_size.as_ref().unwrap();
    assert_eq!((team.value, team.stated), (12, false));
    assert_eq!(team.source, "positions[0].highlights[0]");
    assert!(
        first
            .board_exposure
            .as_ref()
            .is_some_and(|b| b.value && b.source == "positions[0].highlights[1]")
    );
    assert_eq!(
        found[0].title_match.as_ref().map(|m| m.level.as_str()),
        Some("L3")
    );
    let second = &found[1].scope;
    let team = second.team_size.as_ref().unwrap();
    assert_eq!(
        (team.value, team.stated),
        (6, true),
        "the stated 6 beats the 40 read from prose"
    );
    assert_eq!(team.source, "positions[1].direct_reports");
}

#[test]
fn json_resume_profiles_cite_work_paths() {
    let fw = builtin::framework();
    let resume = r#"{"basics": {"name": "Kim"}, "work": [{"name": "Acme", "position": "VP Engineering", "highlights": ["Managed a $3M budget"]}]}"#;
    let loaded = ctopath_profile::load("kim.json", resume.as_bytes(), fw).unwrap();
    let found = positions(&loaded.profile, fw, PathStyle::of(&loaded.profile));
    let budget = found[0]
        .scope
        .budget
        .as_ref()
        .expect("budget read from prose");
    assert_eq!(budget.value, 3_000_000.0);
    assert_eq!(budget.source, "work[0].highlights[0]");
    assert_eq!(
        found[0].title_match.as_ref().map(|m| m.level.as_str()),
        Some("L8")
    );
}

#[test]
fn a_bracket_in_the_organisations_name_describes_it_and_the_name_itself_is_not_read() {
    let fw = builtin::framework();
    let resume = r#"{"work": [
        {"name": "Seedling (seed-stage startup, 8 people)", "position": "Software Engineer"},
        {"name": "Enterprise Holdings", "position": "Software Engineer"}]}"#;
    let loaded = ctopath_profile::load("r.json", resume.as_bytes(), fw).unwrap();
    let found = positions(&loaded.profile, fw, PathStyle::of(&loaded.profile));
    let stage = found[0]
        .scope
        .org_stage
        .as_ref()
        .expect("the stage in brackets");
    assert_eq!(stage.value, "startup");
    assert_eq!(stage.source, "work[0].name");
    assert!(
        found[0].facts.iter().any(|e| e.text == "8 people"),
        "{:?}",
        found[0].facts
    );
    assert!(
        found[1].scope.org_stage.is_none(),
        "a name is not a description"
    );
}
