//! Careers that mix kinds of work: a job before technology, a company founded and
//! sold, a senior title held by someone who leads on the side. Each is read the way a
//! careful reader of the whole record would read it, not by its most visible part.

mod common;

use common::*;
use serde_json::json;

#[test]
fn a_career_changer_has_no_engineering_years_from_the_job_before() {
    let a = assess_json(
        "bootcamp.json",
        &json!({ "work": [
            { "name": "Shop Ltd", "position": "Junior Full-Stack Developer", "startDate": "2025-09",
              "highlights": ["Built React components for the checkout"] },
            { "name": "Cafe", "position": "Barista", "startDate": "2021-01", "endDate": "2025-03" } ] }),
    );
    assert_eq!(a.level.id, "L1");
    assert!(a.years_experience < 2.0, "{}", a.years_experience);
    let outside = a
        .level
        .evidence
        .iter()
        .find(|e| e.kind == "outside_technology");
    let outside = outside.unwrap_or_else(|| panic!("{:?}", a.level.evidence));
    assert_eq!(outside.source, "work[1]");
    let ids: Vec<&str> = a.stall_patterns.iter().map(|p| p.id.as_str()).collect();
    assert!(!ids.contains(&"ic_too_long"), "{ids:?}");
}

#[test]
fn a_vp_who_cofounded_the_company_is_measured_as_a_founder_not_a_scale_up_vp() {
    for title in ["VP Engineering & Co-founder", "Co-founder, VP Engineering"] {
        let a = assess_json(
            "vp-founder.json",
            &json!({ "work": [
                { "name": "Tiny Co", "position": title, "startDate": "2022-01",
                  "highlights": ["Built the product with a team of 5 engineers"] },
                { "name": "Big Co", "position": "Senior Software Engineer",
                  "startDate": "2016-01", "endDate": "2021-12" } ] }),
        );
        assert_eq!(a.level.title_level.as_deref(), Some("L8"), "{title}");
        assert!(a.level.number <= 7, "{title}: {}", a.level.id);
        let cap = a.level.evidence.iter().find(|e| e.kind == "org_size");
        let cap = cap.unwrap_or_else(|| panic!("{title}: {:?}", a.level.evidence));
        assert!(cap.text.contains("the person founded"), "{}", cap.text);
        assert_eq!(a.path_fit[0].id, "founding_engineer", "{title}");
    }
}

#[test]
fn a_founder_who_raised_money_and_sold_the_company_is_not_told_they_ignore_the_business() {
    let a = assess_json(
        "acquired.json",
        &json!({ "work": [
            { "name": "BigTech", "position": "Director of Engineering", "startDate": "2023-05",
              "highlights": ["Lead 3 engineering managers and 28 engineers after the acquisition of Widgetly"] },
            { "name": "Widgetly", "position": "Co-founder & CTO", "startDate": "2018-02",
              "endDate": "2023-04",
              "highlights": ["Grew engineering from 2 to 22 engineers",
                             "Raised a $12M Series A", "Sold the company to BigTech"] },
            { "name": "Startup X", "position": "Senior Software Engineer",
              "startDate": "2013-06", "endDate": "2018-01" } ] }),
    );
    assert_eq!(a.level.id, "L7");
    let ids: Vec<&str> = a.stall_patterns.iter().map(|p| p.id.as_str()).collect();
    assert!(!ids.contains(&"ignoring_business"), "{ids:?}");
    assert_eq!(a.path_fit[0].id, "cofounder");
}

#[test]
fn a_chief_architect_who_leads_a_small_team_keeps_the_title_and_is_told_why() {
    let a = assess_json(
        "architect.json",
        &json!({ "work": [
            { "name": "Insurer plc", "position": "Chief Architect", "startDate": "2020-03",
              "highlights": ["Chair the architecture review board across 14 product lines",
                             "Lead a team of 6 enterprise architects"] },
            { "name": "Insurer plc", "position": "Enterprise Architect", "startDate": "2015-01",
              "endDate": "2020-02" },
            { "name": "Consultancy", "position": "Java Developer", "startDate": "2006-09",
              "endDate": "2014-12" } ] }),
    );
    assert_eq!(a.level.title_level.as_deref(), Some("L8"));
    assert_eq!(a.level.id, "L8", "{:?}", a.level.evidence);
    // The team is read, and the reason it does not lower the title is given.
    assert!(a.leadership_years > 5.0, "{}", a.leadership_years);
    let scope = level_evidence(&a, "scope");
    assert!(scope.text.contains("title claims reach"), "{}", scope.text);
}

#[test]
fn a_title_within_a_level_of_the_scope_stands_and_the_evidence_says_so() {
    let a = assess_json(
        "lead.json",
        &json!({ "work": [
            { "name": "Tiny Fintech", "position": "Engineering Lead", "startDate": "2023-01",
              "highlights": ["Lead the 8-person engineering team"] },
            { "name": "Scaleup", "position": "Senior Backend Engineer", "startDate": "2015-03",
              "endDate": "2022-12" } ] }),
    );
    assert_eq!(a.level.id, "L4");
    assert_eq!(a.level.scope_level.as_deref(), Some("L5"));
    let scope = level_evidence(&a, "scope");
    assert!(scope.text.contains("so the title stands"), "{}", scope.text);
}

#[test]
fn a_cto_two_years_out_of_university_is_read_by_experience_and_fits_the_founding_paths() {
    let a = assess_json(
        "young-cto.json",
        &json!({ "work": [
            { "name": "AppCo", "position": "CTO", "startDate": "2025-01",
              "highlights": ["Built the MVP with my co-founder", "Team of 3"] },
            { "name": "University", "position": "Student", "startDate": "2021-09",
              "endDate": "2024-12" } ] }),
    );
    // Years at university are not years of engineering, so the title is far ahead of them.
    assert!(a.years_experience < 2.5, "{}", a.years_experience);
    assert!(a.level.number <= 3, "{} {:?}", a.level.id, a.level.evidence);
    let top: Vec<&str> = a.path_fit.iter().take(2).map(|p| p.id.as_str()).collect();
    assert!(
        top.contains(&"founding_engineer") && top.contains(&"cofounder"),
        "{top:?}"
    );
}

#[test]
fn presenting_the_roadmap_to_the_board_is_being_consulted_on_strategy() {
    let status = |highlight: &str| {
        let a = assess_json(
            "head.json",
            &json!({ "work": [
                { "name": "Scaleup", "position": "Head of Engineering", "startDate": "2022-03",
                  "highlights": [highlight] } ] }),
        );
        let s = a.signals.iter().find(|s| s.id == "consulted_on_strategy");
        s.map(|s| (s.status, s.evidence.clone()))
            .expect("the signal")
    };
    let (present, evidence) = status("Present the technology roadmap to the board each quarter");
    assert_eq!(
        present,
        ctopath_engine::SignalStatus::Present,
        "{evidence:?}"
    );
    assert!(evidence[0].source.starts_with("work[0]"), "{evidence:?}");
    let (unknown, _) = status("Moved the sprint tickets on the Jira board");
    assert_eq!(unknown, ctopath_engine::SignalStatus::Unknown);
}

#[test]
fn a_banks_vice_president_is_a_senior_engineer_not_a_vp_of_engineering() {
    let a = assess_json(
        "bank.json",
        &json!({ "work": [
            { "name": "JPMorgan Chase & Co.", "position": "Vice President", "startDate": "2021-02",
              "highlights": ["Built low-latency pricing services in Java"] },
            { "name": "JPMorgan Chase & Co.", "position": "Associate, Software Engineer",
              "startDate": "2016-07", "endDate": "2021-01" } ] }),
    );
    assert_eq!(a.level.id, "L3", "{:?}", a.level.evidence);
    assert_eq!(a.stage, "individual_contributor");
    let title = &a.level.evidence[0].text;
    assert!(title.contains("\"Vice President\" reads as L3"), "{title}");
    assert!(title.contains("a grade here, not a role"), "{title}");
}

#[test]
fn a_bracket_in_the_company_name_places_a_research_lead_in_an_ai_company() {
    let a = assess_json(
        "research.json",
        &json!({ "work": [
            { "name": "Vision AI (computer vision company)", "position": "Principal Research Scientist",
              "startDate": "2019-01",
              "highlights": ["Lead the perception research group of 9 scientists",
                             "Published 14 papers at CVPR and NeurIPS"] },
            { "name": "University of Oxford", "position": "Postdoctoral Researcher",
              "startDate": "2016-01", "endDate": "2018-12" } ] }),
    );
    assert_eq!(a.path_fit[0].id, "domain_expert", "{:?}", a.path_fit[0]);
    let cited = a.path_fit[0]
        .why
        .iter()
        .any(|r| r.contains("computer vision"));
    assert!(cited, "{:?}", a.path_fit[0].why);
}

#[test]
fn a_contractor_moving_between_clients_is_not_chasing_titles() {
    let contract = |org: &str, title: &str, year: u32| {
        json!({ "name": org, "position": title, "startDate": format!("{year}-01"),
                "endDate": format!("{year}-12"),
                "highlights": ["Delivered the payments integration in Java"] })
    };
    let a = assess_json(
        "contractor.json",
        &json!({ "work": [
            contract("Bank F", "Contract Tech Lead", 2025),
            contract("Gov D", "Contract Senior Developer", 2024),
            contract("Insurer C", "Contract Lead Developer", 2023),
            contract("Retailer B", "Contract Senior Developer", 2022),
            contract("Startup H", "Contract Developer", 2021) ] }),
    );
    let ids: Vec<&str> = a.stall_patterns.iter().map(|p| p.id.as_str()).collect();
    assert!(!ids.contains(&"chasing_titles"), "{ids:?}");
}

#[test]
fn a_test_strategy_is_not_being_consulted_on_the_companys_strategy() {
    let a = assess_json(
        "qa.json",
        &json!({ "work": [
            { "name": "Telco", "position": "Senior QA Engineer", "startDate": "2017-01",
              "highlights": ["Own the release sign-off and the test strategy"] } ] }),
    );
    let s = a
        .signals
        .iter()
        .find(|s| s.id == "consulted_on_strategy")
        .expect("the signal");
    assert_eq!(
        s.status,
        ctopath_engine::SignalStatus::Unknown,
        "{:?}",
        s.evidence
    );
}

#[test]
fn living_through_a_reorganisation_is_not_being_asked_about_the_org() {
    let status = |highlight: &str| {
        let a = assess_json(
            "org.json",
            &json!({ "work": [
                { "name": "Insurance Co", "position": "Senior Software Engineer",
                  "startDate": "2018-01", "highlights": [highlight] } ] }),
        );
        let s = a.signals.iter().find(|s| s.id == "asked_about_org");
        s.map(|s| s.status).expect("the signal")
    };
    use ctopath_engine::SignalStatus::{Present, Unknown};
    assert_eq!(
        status("Was told a lead role would open after the reorganisation"),
        Unknown
    );
    assert_eq!(
        status("Designed the reorganisation into four platform teams"),
        Present
    );
}

#[test]
fn an_invitation_to_speak_is_not_being_brought_in_early() {
    let status = |highlight: &str| {
        let a = assess_json(
            "early.json",
            &json!({ "work": [
                { "name": "Shopline", "position": "Staff Engineer", "startDate": "2019-01",
                  "highlights": [highlight] } ] }),
        );
        let s = a.signals.iter().find(|s| s.id == "brought_in_early");
        s.map(|s| s.status).expect("the signal")
    };
    use ctopath_engine::SignalStatus::{Present, Unknown};
    assert_eq!(
        status("Invited to speak at KubeCon about our platform"),
        Unknown
    );
    assert_eq!(status("Brought in early on every new product bet"), Present);
}

#[test]
fn a_company_that_grew_around_the_person_is_not_a_team_they_led() {
    let description = "Series C fintech, grew from 60 to 400 people in two years";
    let engineer = assess_json(
        "grown-around.json",
        &json!({ "work": [
            { "name": "RocketPay", "description": description,
              "position": "Senior Software Engineer", "startDate": "2020-01",
              "highlights": ["Built the card issuing API"] },
            { "name": "Agency", "position": "Software Engineer",
              "startDate": "2016-01", "endDate": "2019-12" } ] }),
    );
    assert_eq!(engineer.level.id, "L3", "{:?}", engineer.level.evidence);
    assert_eq!(engineer.leadership_years, 0.0);

    let director = assess_json(
        "hypergrowth-director.json",
        &json!({ "work": [
            { "name": "RocketPay", "description": description,
              "position": "Director of Engineering", "startDate": "2022-02",
              "highlights": ["Grew engineering from 35 to 140 engineers across 14 teams",
                             "Manage 6 engineering managers"] },
            { "name": "RocketPay", "position": "Engineering Manager",
              "startDate": "2020-01", "endDate": "2022-01" },
            { "name": "BankCo", "position": "Senior Software Engineer",
              "startDate": "2014-01", "endDate": "2019-12" } ] }),
    );
    // The 140 engineers are led; the company's 400 people are not.
    assert_eq!(director.level.id, "L7", "{:?}", director.level.evidence);
    let ids: Vec<&str> = director
        .stall_patterns
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert!(!ids.contains(&"dead_end_environment"), "{ids:?}");
}

#[test]
fn a_cofounder_cto_who_says_we_are_four_people_is_read_at_the_startups_size() {
    let a = assess_json(
        "we-are-four.json",
        &json!({ "work": [
            { "name": "Leafly Labs", "position": "Co-founder & CTO", "startDate": "2024-09",
              "highlights": ["Built the whole product myself in TypeScript",
                             "We are 4 people"] },
            { "name": "Consultancy", "position": "Full Stack Developer",
              "startDate": "2020-01", "endDate": "2024-08" } ] }),
    );
    assert!(a.level.number <= 5, "{} {:?}", a.level.id, a.level.evidence);
    let cap = level_evidence(&a, "org_size");
    assert!(cap.text.contains("4 people"), "{}", cap.text);
    assert_eq!(cap.source, "work[0].highlights[1]");
}

#[test]
fn an_engineer_who_has_run_quality_engineering_for_years_is_on_its_route() {
    let career = |qe_start: &str| {
        assess_json(
            "se-to-qe.json",
            &json!({ "work": [
                { "name": "Corp", "position": "Quality Engineering Manager",
                  "startDate": qe_start, "highlights": ["Manage 6 SDETs"] },
                { "name": "Corp", "position": "Senior Software Engineer",
                  "startDate": "2016-01", "endDate": "2021-12" },
                { "name": "Corp", "position": "Software Engineer",
                  "startDate": "2012-01", "endDate": "2015-12" } ] }),
        )
    };
    // Nearly five years leading quality engineering outweigh ten earlier years of code.
    let settled = career("2022-01");
    assert_eq!(
        settled.route, "quality_engineering",
        "{:?}",
        settled.route_evidence
    );
    // A move made months ago has not yet changed the road.
    let new = career("2026-06");
    assert_eq!(
        new.route, "software_engineering",
        "{:?}",
        new.route_evidence
    );
}
