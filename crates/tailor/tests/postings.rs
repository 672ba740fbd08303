//! The repository's CTO and VP Engineering postings against its example careers.

mod common;

use common::*;
use ctopath_tailor::needs::Need;
use ctopath_tailor::requirements::{Importance, RequirementKind};

fn cto() -> ctopath_tailor::Posting {
    posting(&repo("examples/jobs/cto-scaleup.txt"))
}

fn vp() -> ctopath_tailor::Posting {
    posting(&repo("examples/jobs/vp-engineering.json"))
}

fn with(profile_path: &str, p: &ctopath_tailor::Posting) -> ctopath_tailor::Tailoring {
    tailor(&profile(&repo(profile_path)), p)
}

#[test]
fn the_cto_posting_reads_as_a_reader_would() {
    let t = with("examples/profiles/director-hypergrowth.yaml", &cto());
    assert_eq!(t.posting.title.as_deref(), Some("Chief Technology Officer"));
    assert_eq!(t.posting.company.as_deref(), Some("Tallyway"));
    assert_eq!(
        t.posting.stage.as_ref().map(|s| s.stage.as_str()),
        Some("scaleup")
    );
    let reqs: Vec<_> = t.fit.requirements.iter().map(|r| &r.requirement).collect();
    assert!(matches!(
        reqs[0].needs[..],
        [Need::Seniority { number: 10, .. }]
    ));
    // The company paragraph and the benefits are not requirements.
    assert!(
        reqs.iter()
            .all(|r| !r.text.contains("Series B") && !r.text.contains("Equity"))
    );
    let years = reqs
        .iter()
        .find(|r| r.text.starts_with("12+ years"))
        .unwrap();
    assert_eq!(
        years.needs,
        [
            Need::YearsExperience { years: 12.0 },
            Need::LeadershipYears { years: 5.0 }
        ]
    );
    let budget = reqs
        .iter()
        .find(|r| r.text.starts_with("Run the engineering budget"))
        .unwrap();
    assert!(budget.needs.contains(&Need::Budget { amount: Some(12e6) }));
    assert!(
        budget
            .competencies
            .contains(&"financial_literacy".to_string())
    );
    let kafka = reqs.iter().find(|r| r.text.starts_with("Kafka")).unwrap();
    assert_eq!(
        (kafka.importance, kafka.kind),
        (Importance::Nice, RequirementKind::Technology)
    );
    let soc2 = reqs.iter().find(|r| r.text.contains("SOC 2")).unwrap();
    assert!(
        soc2.technologies.iter().any(|t| t == "SOC 2"),
        "{:?}",
        soc2.technologies
    );
}

#[test]
fn a_hypergrowth_director_against_the_cto_posting() {
    let t = with("examples/profiles/director-hypergrowth.yaml", &cto());
    assert_eq!(
        verdict(&t, "Chief Technology Officer"),
        "missing",
        "a director is not yet a CTO"
    );
    assert_eq!(
        verdict(&t, "You have led an organisation of 50+ engineers"),
        "covered"
    );
    assert_eq!(
        verdict(&t, "Coach and grow the engineering managers"),
        "covered"
    );
    assert_eq!(verdict(&t, "Payments or fintech experience"), "covered");
    assert_eq!(
        verdict(&t, "A track record of scaling teams through hypergrowth"),
        "covered"
    );
    assert_eq!(verdict(&t, "Comfortable presenting to a board"), "covered");
    assert_eq!(verdict(&t, "Take us from SOC 2"), "missing");
    assert_eq!(
        verdict(&t, "Deep experience with distributed systems"),
        "missing"
    );
    assert!(t.fit.gaps.iter().any(|g| g.text.contains("SOC 2")));
    assert!(
        t.fit.missing_keywords.iter().any(|k| k.contains("SOC 2")),
        "{:?}",
        t.fit.missing_keywords
    );
}

#[test]
fn the_cto_posting_ranks_a_scaled_leader_above_a_tiny_cofounder() {
    let director = with("examples/profiles/director-hypergrowth.yaml", &cto());
    let cofounder = with("examples/profiles/cofounder-tiny.yaml", &cto());
    assert_eq!(
        verdict(&cofounder, "Chief Technology Officer"),
        "covered",
        "the title is there"
    );
    assert_eq!(
        verdict(&cofounder, "You have led an organisation of 50+ engineers"),
        "missing"
    );
    assert!(
        director.fit.fit > cofounder.fit.fit + 0.2,
        "{} vs {}",
        director.fit.fit,
        cofounder.fit.fit
    );
}

#[test]
fn maya_against_the_vp_posting() {
    let t = with("examples/resumes/maya-okafor.json", &vp());
    assert_eq!(t.posting.company.as_deref(), Some("Brightfold Health"));
    assert_eq!(
        verdict(&t, "Executive"),
        "weak",
        "a director is one level below VP"
    );
    assert_eq!(
        verdict(&t, "Led an engineering organisation of 40+ people"),
        "covered"
    );
    assert_eq!(
        verdict(&t, "10+ years of software engineering experience"),
        "covered"
    );
    assert_eq!(verdict(&t, "Keep our HIPAA and GDPR controls"), "missing");
    assert_eq!(
        verdict(&t, "Platform:"),
        "covered",
        "Kubernetes is on the CV"
    );
    let healthcare = t
        .fit
        .requirements
        .iter()
        .find(|r| r.requirement.text.starts_with("Healthcare"))
        .unwrap();
    assert_eq!(healthcare.requirement.importance, Importance::Nice);
    // The description's second-person sentence is a requirement; the first is not.
    assert!(
        t.fit
            .requirements
            .iter()
            .any(|r| r.requirement.text.starts_with("You will report to the CTO"))
    );
    assert!(
        t.fit
            .requirements
            .iter()
            .all(|r| !r.requirement.text.starts_with("Brightfold Health is"))
    );
}

#[test]
fn every_example_profile_tailors_to_both_postings() {
    for path in example_profiles() {
        let p = profile(&path);
        for posting in [cto(), vp()] {
            let t = tailor(&p, &posting);
            assert!((0.0..=1.0).contains(&t.fit.fit), "{}", path.display());
            assert!(t.fit.requirements.len() >= 10);
            for r in &t.fit.requirements {
                assert!((0.0..=1.0).contains(&r.score));
                assert!(
                    r.requirement
                        .competencies
                        .iter()
                        .all(|c| framework().competencies.iter().any(|f| &f.id == c))
                );
            }
        }
    }
}
