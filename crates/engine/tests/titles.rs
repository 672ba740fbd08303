//! People whose title and record disagree, written as JSON Resumes the way other
//! people write them: the title alone must not decide what the engine concludes.

mod common;

use common::*;
use ctopath_engine::Severity;
use serde_json::json;

fn staff_engineer(last_highlights: &[&str]) -> serde_json::Value {
    json!({
        "basics": { "name": "Kim S", "label": "Staff Engineer" },
        "work": [
            { "name": "Initech", "position": "Software Engineer",
              "startDate": "2010-03-01", "endDate": "2014-12-31",
              "highlights": ["Implemented the caching layer in C++"] },
            { "name": "Initech", "position": "Senior Software Engineer",
              "startDate": "2015-01-01", "endDate": "2019-12-31",
              "highlights": ["Rewrote the storage engine for 3x throughput", "Optimised the query planner"] },
            { "name": "Hooli", "position": "Staff Engineer",
              "startDate": "2020-01-01", "highlights": last_highlights }
        ]
    })
}

#[test]
fn a_staff_engineer_who_never_led_anyone_has_stayed_ic_too_long() {
    let a = assess_json(
        "staff.json",
        &staff_engineer(&[
            "Designed the distributed cache",
            "Deep-dived into kernel performance bugs",
            "Refactored the compaction code",
        ]),
    );
    assert_eq!(a.level.id, "L4", "the Staff title still places the work");
    assert_eq!(a.leadership_years, 0.0, "a Staff title alone leads nobody");
    assert_eq!(
        severity(&a, "ic_too_long"),
        Some(Severity::High),
        "{:?}",
        flagged(&a)
    );
    let finding = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "ic_too_long")
        .unwrap();
    assert!(
        finding.evidence[0].text.contains("16.7 years"),
        "{:?}",
        finding.evidence
    );
}

#[test]
fn a_staff_engineer_who_leads_a_team_is_not_flagged_for_it() {
    let a = assess_json(
        "staff-lead.json",
        &staff_engineer(&[
            "Tech lead for the storage team of 5 engineers",
            "Designed the distributed cache",
        ]),
    );
    assert!(a.leadership_years > 6.0, "{}", a.leadership_years);
    assert!(!flagged(&a).contains(&"ic_too_long"), "{:?}", flagged(&a));
}

#[test]
fn a_pre_sales_technical_lead_leads_a_sale_not_a_team() {
    let a = assess_json(
        "staff-presales.json",
        &staff_engineer(&[
            "Pre-sales technical lead on $20M enterprise deals",
            "Ran 40 proofs of concept with customer engineering teams",
        ]),
    );
    assert_eq!(
        a.leadership_years, 0.0,
        "nobody reports to a pre-sales lead"
    );
    assert!(flagged(&a).contains(&"ic_too_long"), "{:?}", flagged(&a));
}

#[test]
fn a_senior_solutions_architect_is_not_read_as_a_principal() {
    let a = assess_json(
        "solutions-architect.json",
        &json!({
            "basics": { "name": "Sam A", "label": "Solutions Architect" },
            "work": [
                { "name": "Datadog", "position": "Senior Solutions Architect",
                  "startDate": "2021-04-01",
                  "highlights": ["Designed reference architectures for enterprise customers"] },
                { "name": "Oracle", "position": "Sales Engineer",
                  "startDate": "2016-09-01", "endDate": "2021-03-31" }
            ]
        }),
    );
    assert_eq!(
        a.level.title_level.as_deref(),
        Some("L4"),
        "{:?}",
        a.level.evidence
    );
    assert_eq!(a.leadership_years, 0.0);
}

#[test]
fn a_new_cto_of_a_large_scale_up_is_there_and_the_head_count_backs_the_title() {
    let a = assess_json(
        "new-cto.json",
        &json!({
            "basics": { "name": "Dana C", "label": "CTO" },
            "work": [
                { "name": "Umbrella Corp", "position": "Engineering Manager",
                  "startDate": "2012-01-01", "endDate": "2016-12-31",
                  "highlights": ["Led a team of 10 engineers"] },
                { "name": "Umbrella Corp", "position": "Director of Engineering",
                  "startDate": "2017-01-01", "endDate": "2021-06-30",
                  "highlights": ["Led 4 teams, 45 engineers, through 3 managers"] },
                { "name": "Wayne Fintech", "position": "VP Engineering",
                  "startDate": "2021-07-01", "endDate": "2026-08-31",
                  "summary": "Series C fintech, 400 employees",
                  "highlights": ["Grew engineering from 60 to 140 engineers",
                                 "Presented the technology roadmap to the board each quarter"] },
                { "name": "Stark Health", "position": "Chief Technology Officer",
                  "startDate": "2026-09-01",
                  "summary": "Healthtech scale-up, 220 engineers",
                  "highlights": ["Started a listening tour with all 22 teams"] }
            ]
        }),
    );
    assert_eq!((a.level.id.as_str(), a.stage.as_str()), ("L10", "cto"));
    assert_eq!(a.forecast.years_to_cto.p50, 0.0);
    let org = a.level.evidence.iter().find(|e| e.kind == "org_size");
    let org = org.expect("the organisation's size is cited");
    assert!(org.text.contains("220"), "{}", org.text);
    assert_eq!(org.source, "work[3].summary");
    assert!(a.level.confidence >= 0.6, "{}", a.level.confidence);
}

#[test]
fn a_vp_at_a_six_person_company_is_not_a_scale_up_vp_and_fits_the_founding_path() {
    let a = assess_json(
        "vp6.json",
        &json!({
            "basics": { "name": "Sam V", "label": "VP Engineering" },
            "work": [
                { "name": "BigCo", "position": "Software Engineer",
                  "startDate": "2017-09-01", "endDate": "2020-08-31",
                  "highlights": ["Built payment APIs in Go"] },
                { "name": "TinyStart", "position": "VP of Engineering",
                  "startDate": "2020-09-01",
                  "summary": "Six-person company building a scheduling app.",
                  "highlights": ["Wrote most of the backend", "Set up AWS infrastructure"] }
            ]
        }),
    );
    assert!(a.level.number <= 5, "{} {:?}", a.level.id, a.level.evidence);
    assert!(
        a.level
            .evidence
            .iter()
            .any(|e| e.kind == "org_size" && e.text.contains("6 people")),
        "{:?}",
        a.level.evidence
    );
    let rank = |id: &str| a.path_fit.iter().position(|p| p.id == id).unwrap();
    assert!(
        rank("founding_engineer") < rank("corporate_ladder"),
        "{:?}",
        a.path_fit
    );
}

#[test]
fn a_head_of_machine_learning_in_an_ai_company_is_a_director_on_the_domain_path() {
    let a = assess_json(
        "ml-head.json",
        &json!({
            "basics": { "name": "Mei L", "label": "Head of Machine Learning" },
            "work": [
                { "name": "VisionAI", "position": "Head of Machine Learning",
                  "startDate": "2021-03-01",
                  "summary": "AI company building computer vision models for radiology",
                  "highlights": [
                      "Lead the ML research and platform groups, 25 scientists and engineers through 3 managers",
                      "Published 4 papers at NeurIPS and CVPR"] },
                { "name": "BigTech", "position": "Senior Research Scientist",
                  "startDate": "2016-01-01", "endDate": "2021-02-28",
                  "highlights": ["Trained deep learning models for image segmentation",
                                 "Led a team of 4 researchers"] }
            ]
        }),
    );
    assert_eq!(a.level.id, "L7");
    assert!(
        a.level
            .evidence
            .iter()
            .any(|e| e.kind == "title" && e.text.contains("L7")),
        "the title is read: {:?}",
        a.level.evidence
    );
    assert_eq!(a.path_fit[0].id, "domain_expert", "{:?}", a.path_fit);
}

#[test]
fn an_enterprise_cto_is_not_told_they_avoid_people_decisions_from_silence_alone() {
    let a = assess_json(
        "group-cto.json",
        &json!({
            "basics": { "name": "Eve E", "label": "Group CTO" },
            "work": [
                { "name": "MegaBank", "position": "Group CTO", "startDate": "2019-01-01",
                  "summary": "Global bank, 60,000 employees, 4,000 engineers",
                  "highlights": ["Present technology strategy to the board",
                                 "Accountable for a $400M technology budget",
                                 "Led cloud migration of 1,200 applications"] },
                { "name": "MegaBank", "position": "SVP Engineering",
                  "startDate": "2013-01-01", "endDate": "2018-12-31",
                  "highlights": ["Led 900 engineers through 12 directors"] },
                { "name": "InsureCo", "position": "Director of Engineering",
                  "startDate": "2006-01-01", "endDate": "2012-12-31",
                  "highlights": ["Led 60 engineers"] }
            ]
        }),
    );
    assert_eq!(a.level.id, "L10");
    assert!(
        !flagged(&a).contains(&"avoiding_people_decisions"),
        "{:?}",
        a.stall_patterns
    );
}

fn acting_manager(first_highlight: &str) -> serde_json::Value {
    json!({
        "basics": { "name": "Ravi A", "label": "Senior Software Engineer" },
        "work": [
            { "name": "Shopline", "position": "Senior Software Engineer",
              "description": "E-commerce scale-up, 300 people", "startDate": "2017-03-01",
              "highlights": [first_highlight,
                  "Run weekly 1:1s, hiring loops and performance reviews for the team",
                  "Promised promotion to Engineering Manager in 2022, postponed twice"] },
            { "name": "Webco", "position": "Software Engineer",
              "startDate": "2013-06-01", "endDate": "2017-02-28",
              "highlights": ["Built the payments integration"] }
        ]
    })
}

#[test]
fn an_acting_manager_leads_from_when_the_text_says_not_from_joining() {
    let since = assess_json(
        "acting.json",
        &acting_manager("Acting engineering manager for a team of 12 since 2021"),
    );
    assert!(since.level.number >= 5, "{}", since.level.id);
    // 2021-01 to the assessment date, 2026-11-21: about 5.9 years, not 9.7.
    assert!(
        (5.7..=6.0).contains(&since.leadership_years),
        "{}",
        since.leadership_years
    );
    assert!(flagged(&since).contains(&"dead_end_environment"));
    let always = assess_json(
        "acting-always.json",
        &acting_manager("Acting engineering manager for a team of 12"),
    );
    assert!(always.leadership_years > 9.5, "{}", always.leadership_years);
}

#[test]
fn an_engineering_manager_at_l5_still_has_two_levels_of_the_stage_to_climb() {
    // The same years managing, at the first level of the stage and at its last: the
    // one with L6 and L7 still to climb has further to go before VP.
    let em = assess_json(
        "em.json",
        &json!({ "work": [
            { "name": "Acme", "position": "Engineering Manager", "description": "SaaS scale-up",
              "startDate": "2021-01-01", "highlights": ["Managed a team of 8 engineers"] },
            { "name": "Acme", "position": "Senior Software Engineer",
              "startDate": "2015-01-01", "endDate": "2020-12-31" } ] }),
    );
    let director = assess_json(
        "director.json",
        &json!({ "work": [
            { "name": "Acme", "position": "Director of Engineering", "description": "SaaS scale-up",
              "startDate": "2021-01-01", "highlights": ["Lead 5 engineering managers and 60 engineers"] },
            { "name": "Acme", "position": "Senior Software Engineer",
              "startDate": "2015-01-01", "endDate": "2020-12-31" } ] }),
    );
    assert_eq!(
        (em.level.id.as_str(), director.level.id.as_str()),
        ("L5", "L7")
    );
    let (e, d) = (
        &em.forecast.years_to_vp_engineering,
        &director.forecast.years_to_vp_engineering,
    );
    assert!(e.p50 > d.p50 * 1.5, "EM {e:?} vs director {d:?}");
    assert!(
        e.p10 >= 1.0,
        "two levels cannot be climbed in months: {e:?}"
    );
}

#[test]
fn a_resume_without_dates_is_read_by_title_and_scope_not_as_a_beginner() {
    let a = assess_json(
        "undated.json",
        &json!({ "work": [
            { "name": "Something", "position": "VP Engineering", "highlights": ["Lead 120 engineers"] },
            { "name": "Other", "position": "Engineering Manager" } ] }),
    );
    assert_eq!(a.level.id, "L8");
    assert!(a.level.confidence <= 0.5, "{}", a.level.confidence);
    assert!(
        a.level
            .evidence
            .iter()
            .any(|e| e.text.contains("years of experience are unknown")),
        "{:?}",
        a.level.evidence
    );
}

#[test]
fn a_former_cofounder_cto_of_a_six_person_startup_back_as_an_engineer_is_not_an_executive() {
    let a = assess_json(
        "back-to-ic.json",
        &json!({ "work": [
            { "name": "PayCo", "position": "Senior Software Engineer",
              "description": "Payments company, 4000 employees", "startDate": "2023-02-01",
              "highlights": ["Building the fraud detection service in Go"] },
            { "name": "TinyApp", "position": "CTO & Co-founder",
              "description": "Consumer app startup, 6 people",
              "startDate": "2019-01-01", "endDate": "2023-01-31",
              "highlights": ["Built the MVP and hired 3 engineers"] },
            { "name": "Agency", "position": "Software Engineer",
              "startDate": "2015-06-01", "endDate": "2018-12-31" } ] }),
    );
    assert!((3..=5).contains(&a.level.number), "{}", a.level.id);
    assert!(
        a.level
            .evidence
            .iter()
            .any(|e| e.kind == "history" && e.text.contains("too small for the title")),
        "{:?}",
        a.level.evidence
    );
}

#[test]
fn a_founder_of_a_45_person_company_does_not_run_45_engineers() {
    // Only the company's head count is given; half of it is taken as engineering, so
    // the founder's title is capped as for an organisation of about 23 engineers.
    let a = assess_json(
        "ceo.json",
        &json!({ "work": [
            { "name": "Shipfast", "position": "Co-founder & CEO", "startDate": "2021-01",
              "description": "B2B logistics SaaS, Series A, 45 employees",
              "highlights": ["Raised $12M across seed and Series A", "Hired the first 15 engineers"] },
            { "name": "Flexport", "position": "Engineering Manager",
              "startDate": "2014-02", "endDate": "2020-12", "highlights": ["Managed 8 engineers"] } ] }),
    );
    assert_eq!(a.level.id, "L7", "{:?}", a.level.evidence);
    assert!(
        a.level
            .evidence
            .iter()
            .any(|e| e.text.contains("45 people (taken as about 23 engineers)")),
        "{:?}",
        a.level.evidence
    );
}

#[test]
fn numbered_grades_and_other_common_titles_read_at_their_level() {
    for (title, level) in [
        ("SDE I", "L1"),
        ("Software Engineer II", "L2"),
        ("Software Engineer III", "L3"),
        ("SDE III", "L3"),
        ("SWE III", "L3"),
        ("Dev Lead", "L4"),
        ("Lead, Platform", "L4"),
        ("Founding Engineer & Tech Lead", "L4"),
        ("Senior Engineer & Team Lead", "L4"),
        ("Engineering Lead", "L4"),
        ("IT Manager", "L5"),
        ("Head of IT", "L7"),
        ("Chief Information Officer", "L10"),
        // A seniority word raises an individual title to the principal level at most.
        ("Principal Software Architect", "L5"),
        ("Staff Architect", "L5"),
        ("Senior Staff Engineer", "L5"),
        ("Staff Data Engineer", "L4"),
        ("Senior Principal Engineer", "L6"),
        // Abbreviations of a director's title.
        ("Dir. of Engineering", "L7"),
        ("Sr Dir Engineering", "L7"),
        ("Head of Software Development", "L7"),
        ("Automation Test Engineer", "L2"),
        // A speciality between "of" and the function.
        ("Head of Platform Engineering", "L7"),
        ("Head of Payments Engineering", "L7"),
        // The grades of large IT services firms.
        ("Technology Lead", "L4"),
        ("Module Lead", "L4"),
        ("Technology Analyst", "L3"),
        // The same titles as resumes in other languages write them.
        ("Senior Softwareentwickler", "L3"),
        ("Werkstudent Softwareentwicklung", "L1"),
        ("Teamleiter Backend", "L4"),
        ("Leiter Softwareentwicklung", "L7"),
        ("Développeuse Full Stack", "L2"),
        ("Directeur Technique", "L10"),
        ("Ingeniero de Software Senior", "L3"),
        ("Engenheira de Software", "L2"),
        ("Testingenieur", "L1"),
    ] {
        let a = assess_json(
            "grade.json",
            &json!({ "work": [{ "name": "Acme", "position": title, "startDate": "2010-01-01",
                "description": "Retailer, 5,000 employees and 300 engineers" }] }),
        );
        assert_eq!(a.level.title_level.as_deref(), Some(level), "{title}");
    }
}

#[test]
fn senior_titles_in_other_functions_are_not_read_as_engineering_levels() {
    for title in ["VP of Sales", "Director of Marketing", "VP Product"] {
        let a = assess_json(
            "other.json",
            &json!({ "work": [{ "name": "Acme", "position": title, "startDate": "2015-01-01",
                "description": "SaaS company, 300 employees" }] }),
        );
        assert_eq!(a.level.title_level, None, "{title}");
        assert!(a.level.number < 7, "{title}: {}", a.level.id);
    }
}

#[test]
fn a_cofounder_cto_of_a_startup_with_no_head_count_is_capped_and_told_why() {
    let a = assess_json(
        "founder.json",
        &json!({ "work": [
            { "name": "TinyApp", "position": "CTO & Co-founder", "startDate": "2019-01-01",
              "highlights": ["Built the MVP and hired 3 engineers",
                             "Raised a $2M seed round with my co-founder"] },
            { "name": "Agency", "position": "Software Engineer",
              "startDate": "2015-06-01", "endDate": "2018-12-31" } ] }),
    );
    assert_eq!(a.level.title_level.as_deref(), Some("L10"));
    assert!(a.level.number <= 7, "{}", a.level.id);
    let cap = level_evidence(&a, "org_size");
    assert!(cap.text.contains("no head count given"), "{}", cap.text);
    assert!(cap.source.starts_with("work[0]"), "{}", cap.source);
}

#[test]
fn mentoring_softens_staying_ic_for_a_few_years_past_the_mark_not_for_decades() {
    let principal = |start: &str| {
        json!({ "work": [
            { "name": "MegaBank", "position": "Principal Engineer", "startDate": "2020-01-01",
              "highlights": ["Set the architecture direction for the payments platform",
                             "Mentor staff engineers"] },
            { "name": "Telco", "position": "Software Engineer", "startDate": start,
              "endDate": "2019-12-31" } ] })
    };
    let decades = assess_json("principal-22.json", &principal("2004-06-01"));
    assert_eq!(severity(&decades, "ic_too_long"), Some(Severity::Medium));
    let few = assess_json("principal-8.json", &principal("2018-06-01"));
    assert_eq!(severity(&few, "ic_too_long"), Some(Severity::Low));
}

#[test]
fn a_de_facto_manager_for_years_is_in_a_dead_end_without_naming_people_decisions() {
    let a = assess_json(
        "de-facto.json",
        &json!({ "work": [
            { "name": "Co", "position": "Senior Software Engineer", "startDate": "2017-01-01",
              "highlights": ["De facto engineering manager for 6 engineers since 2021",
                             "Built the search service"] },
            { "name": "Old", "position": "Software Engineer",
              "startDate": "2013-01-01", "endDate": "2016-12-31" } ] }),
    );
    assert_eq!(a.level.id, "L5", "{:?}", a.level.evidence);
    assert!(
        flagged(&a).contains(&"dead_end_environment"),
        "{:?}",
        flagged(&a)
    );
}

#[test]
fn a_large_company_backs_an_executive_title_without_guessing_its_engineers() {
    let a = assess_json(
        "group-cto.json",
        &json!({ "work": [
            { "name": "GlobalBank", "position": "Group Chief Technology Officer",
              "startDate": "2019-01", "description": "Global bank, 80,000 employees",
              "highlights": ["Lead a technology organisation of 4,500 engineers through 9 VPs"] },
            { "name": "GlobalBank", "position": "VP Engineering, Payments",
              "startDate": "2008-01", "endDate": "2018-12" } ] }),
    );
    assert_eq!(a.level.id, "L10");
    let size = a
        .level
        .evidence
        .iter()
        .find(|e| e.kind == "org_size")
        .unwrap();
    assert_eq!(
        size.text,
        "a company of 80000 people is large enough for the title"
    );
}

/// A CTO who states the team and not the company's size, at a company described by its
/// funding round and its stage.
fn cto_leading(engineers: u32, description: &str) -> serde_json::Value {
    json!({ "work": [
        { "name": "Co", "position": "CTO", "description": description, "startDate": "2021-01",
          "highlights": [format!("Lead an engineering team of {engineers} engineers"),
                         "Report to the CEO and present to the board"] },
        { "name": "Old", "position": "Engineering Manager", "startDate": "2015-01",
          "endDate": "2020-12" },
        { "name": "Old", "position": "Senior Software Engineer", "startDate": "2010-01",
          "endDate": "2014-12" } ] })
}

#[test]
fn a_cto_who_leads_more_engineers_than_a_startup_is_assumed_to_have_is_a_cto() {
    for description in [
        "Series B SaaS scale-up",
        "Series B SaaS startup",
        "SaaS company",
    ] {
        let a = assess_json("cto-120.json", &cto_leading(120, description));
        assert_eq!(a.level.id, "L10", "{description}: {:?}", a.level.evidence);
        let org = a.level.evidence.iter().find(|e| e.kind == "org_size");
        let org = org.unwrap_or_else(|| panic!("{description}: {:?}", a.level.evidence));
        assert!(org.text.contains("at least 120"), "{}", org.text);
    }
    // The team led is a lower bound on the organisation: it can back the title but never
    // cap it, so a CTO of eight reads the same whatever words describe the company.
    let levels: Vec<u32> = ["Series B SaaS scale-up", "SaaS scale-up", "SaaS company"]
        .iter()
        .map(|d| assess_json("cto-8.json", &cto_leading(8, d)).level.number)
        .collect();
    assert!(levels.iter().all(|&l| l == levels[0]), "{levels:?}");
    assert!(levels[0] <= 7, "{levels:?}");
}

#[test]
fn a_founder_ceo_whose_startup_is_a_team_of_three_is_read_at_that_size() {
    let a = assess_json(
        "founder-team-of-3.json",
        &json!({ "work": [
            { "name": "Stealth", "position": "Co-founder & CEO", "startDate": "2025-01",
              "highlights": ["Technical founder; built the MVP in Python",
                             "Raised a $1.2M seed round", "Team of 3"] },
            { "name": "BigCo", "position": "Staff Engineer", "startDate": "2016-01",
              "endDate": "2024-12" } ] }),
    );
    // The seed round makes it a startup, which is taken to have up to forty engineers;
    // the team it states is smaller, and that is the company's engineering.
    assert_eq!(a.level.id, "L4", "{:?}", a.level.evidence);
    let org = level_evidence(&a, "org_size");
    assert!(org.text.contains("team of 3"), "{}", org.text);
}

#[test]
fn a_vp_who_is_the_only_engineer_besides_the_cto_is_not_a_vp_of_an_organisation() {
    let a = assess_json(
        "vp-only-engineer.json",
        &json!({ "work": [
            { "name": "Microapp", "position": "VP Engineering", "startDate": "2023-01",
              "highlights": ["Only engineer besides the CTO", "Built the iOS app"] },
            { "name": "Agency", "position": "iOS Developer", "startDate": "2019-01",
              "endDate": "2022-12" } ] }),
    );
    assert!(a.level.number <= 4, "{} {:?}", a.level.id, a.level.evidence);
    let org = level_evidence(&a, "org_size");
    assert_eq!(org.source, "work[0].highlights[0]");
}

#[test]
fn a_freelancers_title_names_the_trade_and_the_years_give_the_grade() {
    let freelancer = |start: &str| {
        assess_json(
            "freelancer.json",
            &json!({ "work": [
                { "name": "Self-employed", "position": "Freelance iOS Developer",
                  "startDate": start,
                  "highlights": ["Built 14 iOS apps for startups and agencies"] } ] }),
        )
    };
    let long = freelancer("2013-01-01");
    assert_eq!(long.level.id, "L3", "{:?}", long.level.evidence);
    assert!(
        (long.level.evidence.iter()).any(|e| e.text.contains("names the trade")),
        "{:?}",
        long.level.evidence
    );
    // Early on, the plain title is what the years support too.
    let new = freelancer("2025-06-01");
    assert_eq!(new.level.id, "L2", "{:?}", new.level.evidence);
}

#[test]
fn a_title_far_above_its_scope_reads_one_level_above_the_scope_and_says_so() {
    let a = assess_json(
        "vp-of-four.json",
        &json!({ "work": [
            { "name": "NovaTech", "position": "VP of Engineering", "startDate": "2021-06",
              "highlights": ["Lead 4 engineers"] },
            { "name": "Qwik", "position": "Senior Developer", "startDate": "2014-07",
              "endDate": "2021-05" } ] }),
    );
    assert_eq!(a.level.id, "L5", "{:?}", a.level.evidence);
    let scope = level_evidence(&a, "scope");
    assert!(
        scope.text.contains("one level above the scope"),
        "{}",
        scope.text
    );
}

#[test]
fn a_cofounder_cto_building_the_mvp_with_one_other_engineer_is_no_executive() {
    let a = assess_json(
        "pebble.json",
        &json!({ "work": [
            { "name": "Pebble Labs", "position": "Co-founder & CTO", "startDate": "2024-03",
              "highlights": ["Building our MVP with one other engineer",
                             "Raised a $1.2M pre-seed", "I write most of the code"] },
            { "name": "Deliveroo", "position": "Software Engineer", "startDate": "2019-09",
              "endDate": "2024-02" } ] }),
    );
    assert!(a.level.number <= 4, "{} {:?}", a.level.id, a.level.evidence);
    let org = level_evidence(&a, "org_size");
    assert_eq!(org.source, "work[0].highlights[0]");
    // Raising the round is business work: the founder is not told they ignore it.
    assert!(
        !flagged(&a).contains(&"ignoring_business"),
        "{:?}",
        flagged(&a)
    );
}

#[test]
fn a_banks_managing_director_in_engineering_leads_an_organisation() {
    let a = assess_json(
        "bank-cto.json",
        &json!({ "work": [
            { "name": "Barclays", "position": "Group Chief Technology Officer",
              "startDate": "2020-01", "highlights": ["Report to the board"] },
            { "name": "Barclays", "position": "Managing Director, Engineering",
              "startDate": "2014-01", "endDate": "2019-12",
              "highlights": ["Ran payments engineering"] },
            { "name": "Deutsche Bank", "position": "Vice President, Software Engineer",
              "startDate": "2008-01", "endDate": "2013-12" } ] }),
    );
    // Six years as managing director count as leading; the VP grade beside an
    // engineer's job does not.
    assert!(
        (12.0..13.5).contains(&a.leadership_years),
        "{}",
        a.leadership_years
    );
}

#[test]
fn a_managers_budget_about_the_cost_of_their_team_says_no_more_than_the_team() {
    let sdm = |budget: &str, team: u32| {
        assess_json(
            "sdm.json",
            &json!({ "work": [
                { "name": "Kingfisher Retail", "position": "Software Development Manager",
                  "startDate": "2019-04",
                  "highlights": [format!("Responsible for a team of {team} developers and testers"),
                                 "Responsible for recruitment, appraisals and training",
                                 format!("Responsible for the IT budget of {budget}")] },
                { "name": "Kingfisher Retail", "position": "Senior Developer",
                  "startDate": "2012-06", "endDate": "2019-03" } ] }),
        )
    };
    // Eleven people cost about this much: the manager of a team.
    let a = sdm("£1.2M", 11);
    assert_eq!(a.level.id, "L5", "{:?}", a.level.evidence);
    // Recruitment and appraisals are people decisions.
    assert!(
        !flagged(&a).contains(&"avoiding_people_decisions"),
        "{:?}",
        flagged(&a)
    );
    // A department's budget over a bigger group is a director's scope.
    let b = sdm("£4M", 25);
    assert_eq!(b.level.id, "L7", "{:?}", b.level.evidence);
}
