//! The regression suite: labelled people from `examples/`, each with what a careful
//! reader of the source texts would conclude about them.

mod common;

use common::*;
use ctopath_engine::{Assessment, Severity, SignalStatus};

#[test]
fn new_graduate_starts_at_the_bottom_with_a_long_road() {
    let a = assess("resumes/new-graduate.json");
    assert_eq!(a.level.id, "L1");
    assert_eq!(
        (a.tour.as_str(), a.stage.as_str()),
        ("rotational", "individual_contributor")
    );
    assert!(flagged(&a).is_empty(), "{:?}", flagged(&a));
    let f = &a.forecast.years_to_cto;
    // The typical road is 8-15 years; a year and a bit of it is behind her.
    assert!(f.p10 >= 5.5 && f.p90 <= 15.0 && f.p50 > 8.0, "{f:?}");
    assert!(a.readiness.cto < 0.1);
}

#[test]
fn long_time_ic_is_told_the_ic_years_are_stalling_them() {
    let a = assess("profiles/long-time-ic.yaml");
    assert_eq!(a.level.id, "L3");
    assert_eq!(severity(&a, "ic_too_long"), Some(Severity::High));
    assert_eq!(a.leadership_years, 0.0);
    let decel = a
        .forecast
        .factors
        .iter()
        .find(|f| f.id == "long_pure_technical")
        .unwrap();
    assert!(
        decel.applied,
        "the forecast slows for long pure-technical careers"
    );
    assert_eq!(a.forecast.environment, "enterprise");
    assert!(a.forecast.years_to_cto.p50 > 10.0);
    assert_eq!(best_path(&a), "corporate_ladder");
}

#[test]
fn tech_lead_is_l4_in_the_tech_lead_stage() {
    let a = assess("profiles/tech-lead.yaml");
    assert_eq!(a.level.id, "L4");
    assert_eq!(
        (a.tour.as_str(), a.stage.as_str()),
        ("transformational", "tech_lead")
    );
    assert!(!flagged(&a).contains(&"ic_too_long"));
    // Manager ratings are used where given, and marked as such.
    let sd = a
        .competencies
        .iter()
        .find(|c| c.id == "system_design")
        .unwrap();
    assert_eq!((sd.current, sd.basis.as_str()), (4, "rated"));
    let hiring = a.competencies.iter().find(|c| c.id == "hiring").unwrap();
    assert_eq!(hiring.current, 3, "the peer rating of L3 counts");
}

#[test]
fn director_in_hypergrowth_is_l7_and_one_step_from_vp() {
    let a = assess("profiles/director-hypergrowth.yaml");
    assert_eq!(a.level.id, "L7");
    assert_eq!(a.stage, "manager_director");
    assert!(a.level.confidence >= 0.8, "title and scope agree");
    assert!(a.forecast.years_to_vp_engineering.p50 < a.forecast.years_to_cto.p50);
    let hyper = a
        .forecast
        .factors
        .iter()
        .find(|f| f.id == "hypergrowth")
        .unwrap();
    assert!(hyper.applied);
    assert!(!flagged(&a).contains(&"ignoring_business"));
    assert!(!flagged(&a).contains(&"avoiding_people_decisions"));
}

#[test]
fn vp_who_presents_to_the_board_is_foundational_and_close_to_cto() {
    let a = assess("profiles/vp-board.yaml");
    assert_eq!(a.level.id, "L8");
    assert_eq!(
        (a.tour.as_str(), a.stage.as_str()),
        ("foundational", "vp_engineering")
    );
    assert_eq!(a.forecast.years_to_vp_engineering.p90, 0.0);
    assert!(a.forecast.years_to_cto.p50 > 0.0 && a.forecast.years_to_cto.p90 <= 3.5);
    assert!(a.readiness.cto > 0.6);
    assert!(flagged(&a).is_empty(), "{:?}", flagged(&a));
    let metrics = a
        .signals
        .iter()
        .find(|s| s.id == "names_business_metrics")
        .unwrap();
    assert_eq!(metrics.status, SignalStatus::Present);
}

#[test]
fn cofounder_cto_of_a_tiny_startup_is_not_l10() {
    let a = assess("profiles/cofounder-tiny.yaml");
    assert!(a.level.number <= 5, "{}", a.level.id);
    assert_eq!(a.level.title_level.as_deref(), Some("L10"));
    assert!(
        a.level.evidence.iter().any(|e| e.kind == "org_size"),
        "the cap is explained"
    );
    assert!(a.forecast.years_to_cto.p50 > 2.0);
    let top: Vec<&str> = a.path_fit.iter().take(2).map(|p| p.id.as_str()).collect();
    assert!(
        top.contains(&"founding_engineer") && top.contains(&"cofounder"),
        "{top:?}"
    );
    assert!(!flagged(&a).contains(&"chasing_titles"));
    assert!(!flagged(&a).contains(&"founder_scaling_ceiling"));
}

#[test]
fn enterprise_cto_is_there() {
    let a = assess("profiles/enterprise-cto.yaml");
    assert_eq!(a.level.id, "L10");
    assert_eq!(a.stage, "cto");
    let f = &a.forecast.years_to_cto;
    assert_eq!((f.p10, f.p50, f.p90), (0.0, 0.0, 0.0));
    assert_eq!(a.readiness.cto, 1.0);
    assert!(a.role_fit.cto > 0.6);
    let (_, plan) = plan("profiles/enterprise-cto.yaml");
    let ids: Vec<&str> = plan.playbooks.iter().map(|p| p.id.as_str()).collect();
    for id in [
        "first_90_days",
        "year_one_mandate",
        "allocation_70_20_10",
        "sustainability_kpis",
        "calendar_40_30_30",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}

#[test]
fn quality_engineering_history_gives_the_qe_route() {
    let a = assess("profiles/qe-leader.yaml");
    assert_eq!(a.route, "quality_engineering");
    assert_eq!(a.level.id, "L5");
    assert_eq!(a.level.title, "QE Manager");
}

#[test]
fn title_chaser_is_flagged_and_read_by_scope() {
    let a = assess("resumes/title-chaser.json");
    assert!(
        a.level.number <= 5,
        "a VP of four engineers is not L8: {}",
        a.level.id
    );
    let chasing = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "chasing_titles")
        .expect("chasing titles");
    assert!(chasing.evidence.len() >= 2);
    assert!(
        chasing
            .evidence
            .iter()
            .all(|e| e.source.starts_with("work["))
    );
}

#[test]
fn career_changer_starts_again_on_the_ladder_but_keeps_the_people_evidence() {
    let a = assess("resumes/career-changer.json");
    // Eight years running a warehouse floor of 45 are not eight years of engineering,
    // and that team is not an engineering organisation.
    assert_eq!(a.level.id, "L1", "{:?}", a.level.evidence);
    assert_eq!(a.stage, "individual_contributor");
    assert!(a.years_experience < 2.0, "{}", a.years_experience);
    assert_eq!(a.leadership_years, 0.0);
    let left_out = a
        .level
        .evidence
        .iter()
        .find(|e| e.kind == "outside_technology")
        .expect("the level says which role it left out");
    assert_eq!(left_out.source, "work[1]");
    assert!(left_out.text.contains("Operations Manager"));
    // What the old role shows about people still counts for those competencies.
    let hiring = a.competencies.iter().find(|c| c.id == "hiring").unwrap();
    assert!(
        hiring
            .evidence
            .iter()
            .any(|e| e.source.starts_with("work[1]")),
        "{:?}",
        hiring.evidence
    );
    assert!(!flagged(&a).contains(&"ic_too_long"));
}

/// No role of the record was left off the ladder as outside technology.
fn assert_every_role_counts(a: &ctopath_engine::Assessment) {
    assert!(
        a.level
            .evidence
            .iter()
            .all(|e| e.kind != "outside_technology"),
        "{:?}",
        a.level.evidence
    );
}

#[test]
fn product_and_it_roles_still_count_as_technology() {
    let resume = br#"{"work": [
        {"name": "Brightcart", "position": "Product Owner", "startDate": "2022-01",
         "highlights": ["Ran the roadmap and sprint planning for the checkout"]},
        {"name": "Hallam Council", "position": "Support Specialist", "startDate": "2018-01",
         "endDate": "2021-12", "summary": "Kept the helpdesk and 300 staff laptops running"}
    ]}"#;
    let a = assess_profile(&parse("r.json", resume));
    assert_every_role_counts(&a);
    assert!(a.years_experience > 8.0, "{}", a.years_experience);
}

#[test]
fn a_doctorate_in_machine_learning_is_technology() {
    let resume = br#"{"work": [
        {"name": "DeepFrame AI", "position": "Senior Research Scientist", "startDate": "2022-09",
         "highlights": ["Lead research on retrieval-augmented language models"]},
        {"name": "University of Edinburgh", "position": "PhD Researcher", "startDate": "2018-09",
         "endDate": "2022-08", "highlights": ["Thesis on efficient transformers"]}
    ]}"#;
    let a = assess_profile(&parse("r.json", resume));
    assert_every_role_counts(&a);
    // The four years of research count as experience.
    assert!(a.years_experience > 7.5, "{}", a.years_experience);
}

/// The JSON Resume project's own career changer, when `../shared` is there: a
/// restaurant general manager who became a data analyst is not an engineering manager.
#[test]
fn the_json_resume_career_changer_is_not_read_as_a_manager() {
    let Some(a) = assess_shared("examples/career-changer.resume.json") else {
        return;
    };
    assert!(a.level.number <= 2, "{} {:?}", a.level.id, a.level.evidence);
    assert_eq!(a.stage, "individual_contributor");
    let left_out = a
        .level
        .evidence
        .iter()
        .filter(|e| e.kind == "outside_technology");
    assert_eq!(left_out.count(), 2, "the restaurant and the café");
}

/// The issue's own example, as a JSON Resume writes it: the co-founder "CTO" of a
/// four-person start-up is capped by the size of the company, not read as L10.
#[test]
fn a_cofounder_cto_of_a_four_person_startup_is_not_l10() {
    let json = serde_json::json!({
        "basics": { "name": "Kai" },
        "work": [{
            "name": "Zapply",
            "position": "Co-founder & CTO",
            "description": "four-person seed-stage startup",
            "startDate": "2023-03",
            "highlights": ["Wrote most of the backend", "Hired our first engineer"]
        }, {
            "name": "Acme",
            "position": "Software Engineer",
            "startDate": "2021-06",
            "endDate": "2023-02"
        }]
    });
    let a = assess_json("kai.json", &json);
    assert_eq!(a.level.title_level.as_deref(), Some("L10"));
    assert!(a.level.number <= 5, "{} {:?}", a.level.id, a.level.evidence);
    assert_ne!(a.stage, "cto");
    assert!(a.forecast.years_to_cto.p50 > 0.0);
    let cap = level_evidence(&a, "org_size");
    assert!(cap.text.contains("a company of 4 people"), "{}", cap.text);
    assert_eq!(cap.source, "work[0].description");
}

/// A leader whose short CV bullets never mention hiring or feedback is worth asking
/// about, but silence is all the record shows: the finding stays below high.
#[test]
fn people_decisions_missing_from_a_cv_are_not_a_high_severity_finding() {
    let job = |name: &str, position: &str, start: &str, end: Option<&str>, bullet: &str| {
        let mut w = serde_json::json!({
            "name": name, "position": position, "startDate": start,
            "highlights": [bullet, "Set the quarterly engineering roadmap"]
        });
        if let Some(end) = end {
            w["endDate"] = serde_json::json!(end);
        }
        w
    };
    let json = serde_json::json!({
        "basics": { "name": "Lee" },
        "work": [
            job("Hooli", "VP of Engineering", "2020-01", None, "Led 6 engineering managers and 150 engineers"),
            job("Initech", "Director of Engineering", "2015-01", Some("2019-12"), "Led 4 managers and 40 engineers"),
            job("Globex", "Engineering Manager", "2011-01", Some("2014-12"), "Managed a team of 9 engineers"),
        ]
    });
    let a = assess_json("lee.json", &json);
    let finding = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "avoiding_people_decisions")
        .unwrap_or_else(|| panic!("{:?}", flagged(&a)));
    assert_eq!(finding.severity, Severity::Medium);
    assert!(finding.evidence.iter().any(|e| e.kind == "absence"));
}

/// Evidence points back into the file the person gave: a JSON Resume whose highlights
/// state no outcome (so nothing else marks it as one) still cites `work[…]`.
#[test]
fn a_json_resume_is_cited_by_its_own_paths() {
    let json = serde_json::json!({
        "basics": { "name": "Ana" },
        "work": [{
            "name": "Zapply",
            "position": "Senior Software Engineer",
            "startDate": "2019-01",
            "highlights": ["Wrote the billing service"]
        }]
    });
    let a = assess_json("ana.json", &json);
    let sources: Vec<&str> = a.level.evidence.iter().map(|e| e.source.as_str()).collect();
    assert!(sources.contains(&"work[0].position"), "{sources:?}");
    assert!(
        sources.iter().all(|s| !s.starts_with("positions")),
        "{sources:?}"
    );
}

/// What a company does is not what the person did: "a sales engagement platform" or
/// "a non-profit institute" in `work[].description` names no business measure of
/// theirs, while the same words in a highlight do.
#[test]
fn an_organisations_description_is_not_the_persons_business_vocabulary() {
    let resume = |description: &str, highlight: &str| {
        let json = serde_json::json!({
            "basics": { "name": "Sam" },
            "work": [{
                "name": "Outreach",
                "position": "Software Engineer",
                "description": description,
                "startDate": "2022-01",
                "highlights": [highlight]
            }]
        });
        assess_json("sam.json", &json)
    };
    let business_acumen = |a: &Assessment| {
        a.forecast
            .factors
            .iter()
            .any(|f| f.id == "business_acumen" && f.applied)
    };
    let names_business = |a: &Assessment| {
        a.path_fit
            .iter()
            .flat_map(|p| &p.why)
            .any(|w| w.contains("business measures"))
    };
    let company = resume(
        "Non-profit sales engagement platform",
        "Built the dashboards for the platform team",
    );
    assert!(!business_acumen(&company), "{:?}", company.forecast.factors);
    assert!(!names_business(&company), "{:?}", company.path_fit);
    let own = resume(
        "A software company",
        "Raised sales conversion and cut cloud cost by 30%",
    );
    assert!(business_acumen(&own), "{:?}", own.forecast.factors);
    assert!(names_business(&own), "{:?}", own.path_fit);
}

/// The JSON Resume project's sample, when `../shared` is there: a programmer who was
/// "CEO/President" of a compression start-up for a year. The title is a founding role,
/// so the founding paths lead, but one year of experience keeps the level low.
#[test]
fn the_json_resume_sample_ceo_is_a_young_founder_not_an_executive() {
    let Some(a) = assess_shared("sample.resume.json") else {
        return;
    };
    assert!(a.level.number <= 3, "{} {:?}", a.level.id, a.level.evidence);
    assert_eq!(a.level.title_level.as_deref(), Some("L10"));
    assert_eq!(a.stage, "individual_contributor");
    let founding = ["cofounder", "founding_engineer"];
    assert!(founding.contains(&best_path(&a)), "{:?}", a.path_fit);
    assert!(a.path_fit[0].score > 0.0);
    assert!(
        a.path_fit[0]
            .why
            .iter()
            .any(|w| w.contains("CEO/President")),
        "{:?}",
        a.path_fit[0].why
    );
}

#[test]
fn manager_without_the_title_is_read_above_the_title_in_a_dead_end() {
    let a = assess("profiles/manager-without-title.yaml");
    assert_eq!(a.level.title_level.as_deref(), Some("L3"));
    assert!(a.level.number >= 5, "acting manager of 12: {}", a.level.id);
    assert_eq!(severity(&a, "dead_end_environment"), Some(Severity::High));
    assert!(!flagged(&a).contains(&"ic_too_long"));
}

#[test]
fn fractional_cto_fits_the_fractional_path() {
    let a = assess("profiles/fractional-cto.yaml");
    assert_eq!(best_path(&a), "fractional_cto");
    assert!(
        a.level.number >= 7,
        "a former VP keeps most of that level: {}",
        a.level.id
    );
    assert!(a.level.number < 10);
}

#[test]
fn ml_domain_expert_fits_the_domain_path_without_a_dead_end() {
    let a = assess("resumes/ml-domain-expert.json");
    assert_eq!(best_path(&a), "domain_expert");
    assert!((5..=6).contains(&a.level.number), "{}", a.level.id);
    assert!(
        !flagged(&a).contains(&"dead_end_environment"),
        "a principal steering teams is doing the job"
    );
    assert!(!flagged(&a).contains(&"ic_too_long"));
}

#[test]
fn founder_near_one_hundred_engineers_meets_the_scaling_ceiling() {
    let a = assess("profiles/founder-at-ceiling.yaml");
    assert!(flagged(&a).contains(&"founder_scaling_ceiling"));
    assert!(flagged(&a).contains(&"too_deep_in_implementation"));
    let ceiling = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "founder_scaling_ceiling")
        .unwrap();
    assert!(ceiling.evidence.iter().any(|e| e.text.contains("95")));
}

#[test]
fn every_flagged_pattern_and_the_level_carry_evidence_pointing_into_the_input() {
    for file in [
        "resumes/new-graduate.json",
        "resumes/title-chaser.json",
        "resumes/ml-domain-expert.json",
        "resumes/maya-okafor.json",
        "profiles/long-time-ic.yaml",
        "profiles/manager-without-title.yaml",
        "profiles/founder-at-ceiling.yaml",
    ] {
        let a = assess(file);
        assert!(!a.level.evidence.is_empty(), "{file}");
        for p in &a.stall_patterns {
            assert!(!p.evidence.is_empty(), "{file}: {}", p.id);
            for e in &p.evidence {
                assert!(
                    ["work", "positions", "basics", "achievements", "ratings"]
                        .iter()
                        .any(|r| e.source.starts_with(r)),
                    "{file}: {} cites {:?}",
                    p.id,
                    e.source
                );
            }
        }
        for s in &a.signals {
            assert!(!s.evidence.is_empty(), "{file}: {}", s.id);
        }
    }
}
