//! The matcher end to end: stemming, aliases, synonyms and competencies decide
//! which piece of a career answers a requirement, and every match is explained.

mod common;

use common::*;
use ctopath_profile::{Achievement, Position, Profile};
use ctopath_tailor::{Posting, Tailor};

fn career(highlights: &[&str]) -> Profile {
    Profile {
        positions: vec![Position {
            id: "p".into(),
            title: Some("Engineering Manager".into()),
            organisation: Some("Acme".into()),
            highlights: Some(highlights.iter().map(|h| h.to_string()).collect()),
            ..Position::default()
        }],
        ..Profile::default()
    }
}

fn first_evidence(
    profile: &Profile,
    requirement: &str,
) -> (String, ctopath_tailor::fit::RequirementFit) {
    let text = format!("Requirements:\n- {requirement}\n");
    let posting = Posting::parse("job.txt", text.as_bytes()).unwrap();
    let t = Tailor::new(profile, framework(), TODAY)
        .fit(&posting)
        .unwrap();
    let r = t
        .fit
        .requirements
        .into_iter()
        .find(|r| r.requirement.text == requirement)
        .unwrap();
    (
        r.evidence
            .first()
            .map(|e| e.source.clone())
            .unwrap_or_default(),
        r,
    )
}

#[test]
fn the_entry_naming_the_technology_wins_even_through_an_alias() {
    let p = career(&[
        "Hired six engineers for the payments team",
        "Moved every service to k8s and cut deploy time from 40 to 8 minutes",
        "Ran the quarterly planning with product",
    ]);
    let (source, r) = first_evidence(&p, "Production experience with Kubernetes");
    assert_eq!(source, "positions[0].highlights[1]");
    assert!(
        r.evidence[0]
            .why
            .matched_terms
            .iter()
            .any(|t| t == "Kubernetes"),
        "{:?}",
        r.evidence[0].why
    );
    assert_eq!(r.verdict.as_str(), "covered");
}

#[test]
fn stemming_meets_inflections_and_synonyms_are_reported() {
    let p = career(&[
        "Recruited and onboarded 25 engineers in a year",
        "Migrated billing to PostgreSQL",
    ]);
    let (source, r) = first_evidence(&p, "You will own hiring for the platform team");
    assert_eq!(source, "positions[0].highlights[0]");
    let why = &r.evidence[0].why;
    assert!(
        why.synonyms
            .iter()
            .any(|s| s.term == "hiring" && s.via == "Recruited"),
        "{why:?}"
    );
    assert!(why.shared_competencies.iter().any(|c| c == "hiring"));
}

#[test]
fn a_rarer_word_outweighs_a_common_one() {
    let p = career(&[
        "Led the platform team through a platform rewrite",
        "Built the platform team's Terraform modules",
        "Kept the platform team on call",
    ]);
    let (source, _) = first_evidence(&p, "Experience with Terraform on a platform team");
    assert_eq!(source, "positions[0].highlights[1]");
}

#[test]
fn an_achievement_with_a_metric_is_evidence_with_its_source() {
    let mut p = career(&["Wrote the on-call runbook"]);
    p.achievements.push(Achievement {
        id: "a".into(),
        what_changed: "Cloud spend fell by a third".into(),
        competencies: vec!["financial_literacy".into()],
        ..Achievement::default()
    });
    let (source, r) = first_evidence(&p, "You have reduced cloud costs");
    assert_eq!(source, "achievements[0]");
    assert_ne!(r.verdict.as_str(), "missing");
}

#[test]
fn unrelated_careers_get_missing_not_weak() {
    let p = career(&["Ran a restaurant kitchen of twelve cooks"]);
    let (_, r) = first_evidence(&p, "Deep knowledge of Rust and WebAssembly");
    assert_eq!(r.verdict.as_str(), "missing");
}

#[test]
fn a_team_grown_answers_whether_the_person_can_build_a_team() {
    let story_for = |highlights: &[&str]| {
        let prep = Tailor::new(&career(highlights), framework(), TODAY).interview(None);
        let q = prep.questions.iter().find(|q| q.id == "q_core_build_team");
        q.expect("the core question").story.clone().map(|s| s.text)
    };
    assert_eq!(
        story_for(&[
            "Grew the team from 25 to 70",
            "Migrated the billing service to Go"
        ]),
        Some("Grew the team from 25 to 70".to_string())
    );
    assert_eq!(story_for(&["Migrated the billing service to Go"]), None);
}
