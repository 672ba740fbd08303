//! Plans for the labelled people of `examples/`: one to three measurable tours for their
//! stage, and tours they have lived counting toward milestones and competencies.

mod common;

use common::*;
use ctopath_engine::{Engine, Options};
use ctopath_framework::builtin;
use ctopath_profile::PartialDate;

#[test]
fn plans_propose_one_to_three_measurable_tours_for_the_stage() {
    for file in [
        "resumes/new-graduate.json",
        "profiles/tech-lead.yaml",
        "profiles/vp-board.yaml",
        "profiles/long-time-ic.yaml",
    ] {
        let (a, p) = plan(file);
        assert!((1..=3).contains(&p.tours.len()), "{file}");
        for t in &p.tours {
            assert!(
                (3..=5).contains(&t.success_criteria.len()),
                "{file}: {}",
                t.id
            );
            assert!(t.success_criteria.iter().all(|c| !c.measure.is_empty()));
            assert!(t.horizon_months > 0 && t.checkin_every_weeks > 0);
            assert!(!t.why.is_empty());
            let m = builtin::framework()
                .missions
                .iter()
                .find(|m| m.id == t.id)
                .unwrap();
            let next = builtin::framework()
                .levels
                .iter()
                .find(|l| l.number == a.level.number + 1);
            let stage_of = |lvl: &str| {
                builtin::framework()
                    .stages
                    .iter()
                    .find(|s| s.levels.iter().any(|x| x == lvl))
                    .map(|s| s.id.clone())
            };
            let ok = m.stages.contains(&a.stage)
                || next
                    .and_then(|n| stage_of(&n.id))
                    .is_some_and(|s| m.stages.contains(&s));
            assert!(ok, "{file}: {} is not for stage {}", t.id, a.stage);
        }
        assert!(!p.action_plan.next_3_months.is_empty());
        assert!(!p.action_plan.next_6_to_12_months.is_empty());
        assert!(!p.action_plan.next_2_to_3_years.is_empty());
    }
    // The long-time IC's plan starts with the pattern that stalls them.
    let (_, p) = plan("profiles/long-time-ic.yaml");
    assert_eq!(p.action_plan.next_3_months[0].source, "ic_too_long");
    let (_, p) = plan("resumes/new-graduate.json");
    assert!(p.playbooks.is_empty(), "no CTO playbooks for a graduate");
}

#[test]
fn a_lived_tour_counts_toward_its_milestone_and_competencies() {
    let fw = builtin::framework();
    let mission = fw
        .missions
        .iter()
        .find(|m| m.id == "m_run_org_two_weeks")
        .unwrap();
    let mut profile = load("resumes/maya-okafor.json");
    let engine = Engine::new(fw);
    let options = Options::new(PartialDate::parse("2026-11-21").unwrap());
    let before = engine.assess(&profile, &options);
    let criteria: Vec<serde_json::Value> = (0..mission.success_criteria.len())
        .map(|i| serde_json::json!({ "index": i, "status": "met" }))
        .collect();
    let tour = serde_json::json!({
        "id": "run-org", "mission_id": mission.id, "mission": mission.mission, "status": "completed",
        "start": "2026-03", "finished": "2026-09",
        "success_criteria": mission.success_criteria,
        "checkins": [{ "date": "2026-09", "criteria": criteria }]
    });
    profile.tours.push(serde_json::from_value(tour).unwrap());
    let after = engine.assess(&profile, &options);

    let m = after
        .milestones
        .iter()
        .find(|m| m.mission == mission.id)
        .unwrap();
    assert_eq!(m.status, "met");
    assert!(
        m.evidence
            .iter()
            .any(|e| e.source.starts_with("tours[0].success_criteria["))
    );
    let was = before
        .milestones
        .iter()
        .find(|m| m.mission == mission.id)
        .unwrap();
    assert_eq!(was.status, "not_started");
    assert!(after.readiness.next_level > before.readiness.next_level);
    let org = after
        .competencies
        .iter()
        .find(|c| c.id == "org_design")
        .unwrap();
    assert!(
        org.evidence.iter().any(|e| e.kind == "tour"),
        "{:?}",
        org.evidence
    );
}

#[test]
fn a_milestone_the_record_already_shows_is_met_without_a_tour() {
    let vp = |bullet: &str| {
        assess_json(
            "vp.json",
            &serde_json::json!({ "work": [
                { "name": "ScaleUp", "position": "VP Engineering", "startDate": "2021-04",
                  "description": "Series C marketplace, 400 employees",
                  "highlights": ["Lead 120 engineers through 3 directors", bullet] },
                { "name": "Corp", "position": "Engineering Manager",
                  "startDate": "2012-01", "endDate": "2021-03" } ] }),
        )
    };
    let status = |a: &ctopath_engine::Assessment| {
        let m = a
            .milestones
            .iter()
            .find(|m| m.mission == "m_board_initiative")
            .unwrap();
        (
            m.status.clone(),
            m.evidence.first().map(|e| e.source.clone()),
        )
    };
    let shown = vp("Took the re-architecture from proposal to board approval and delivery");
    assert_eq!(
        status(&shown),
        ("met".to_string(), Some("work[0].highlights[1]".to_string()))
    );
    // The board alone, without an approval carried through, is not the milestone.
    let board = vp("Present the engineering plan to the board each quarter");
    assert_eq!(status(&board), ("not_started".to_string(), None));
}

/// A mission says it works on a stall pattern only where the framework says it does: a
/// network of peers shares strategic thinking with "too deep in implementation" but does
/// nothing for a director who still writes the code.
#[test]
fn a_tour_claims_only_the_stall_patterns_it_is_built_against() {
    let resume = serde_json::json!({ "work": [
        { "name": "Lattice (Series C, 500 employees)", "position": "Director of Engineering",
          "startDate": "2021-01", "highlights": [
              "Lead 45 engineers through 4 engineering managers",
              "Still write most of the payments code myself and review every pull request",
              "Personally debug every production incident",
              "Wrote the new ledger service over a weekend"] },
        { "name": "Lattice", "position": "Engineering Manager", "startDate": "2017-01",
          "endDate": "2020-12", "highlights": ["Wrote most of the checkout code"] },
        { "name": "Lattice", "position": "Senior Software Engineer", "startDate": "2012-01",
          "endDate": "2016-12" } ] });
    let profile = parse("deep.json", resume.to_string().as_bytes());
    let fw = builtin::framework();
    let engine = Engine::new(fw);
    let a = engine.assess(
        &profile,
        &Options::new(PartialDate::parse("2026-11-21").unwrap()),
    );
    assert!(
        flagged(&a).contains(&"too_deep_in_implementation"),
        "{:?}",
        flagged(&a)
    );
    let p = engine.plan(&profile, &a);
    let claims = |t: &ctopath_engine::ProposedTour| {
        t.why
            .iter()
            .any(|w| w.contains("Too deep in implementation"))
    };
    for t in &p.tours {
        let m = fw.missions.iter().find(|m| m.id == t.id).unwrap();
        let built = m
            .stall_patterns
            .iter()
            .any(|s| s == "too_deep_in_implementation");
        assert_eq!(claims(t), built, "{}: {:?}", t.id, t.why);
    }
    assert!(p.tours.iter().any(claims), "{:?}", p.tours);
}
