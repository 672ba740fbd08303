//! Roles that claim more than they carry: a side project's grand title, a founder who
//! says nothing of the company, and a team the person only belonged to.

mod common;

use common::*;
use serde_json::json;

#[test]
fn a_weekend_cofounder_beside_a_day_job_is_read_by_the_day_job() {
    let a = assess_json(
        "side.json",
        &json!({ "work": [
            { "name": "MegaBank", "position": "Senior Software Engineer",
              "startDate": "2019-05-01",
              "highlights": ["Maintain the trading risk engine in C++"] },
            { "name": "PetPal (side project)", "position": "Co-founder",
              "startDate": "2023-01-01",
              "highlights": ["Built a pet-sitting app with a friend; 300 users"] },
            { "name": "Consultancy", "position": "Software Engineer",
              "startDate": "2015-09-01", "endDate": "2019-04-30" } ] }),
    );
    assert_eq!(a.level.id, "L3", "{:?}", a.level.evidence);
    assert_eq!(a.stage, "individual_contributor");
    assert!(a.leadership_years < 0.1, "{}", a.leadership_years);
    let side = level_evidence(&a, "side_project");
    assert_eq!(side.source, "work[1]");
    assert!(a.forecast.years_to_cto.p50 > 5.0);
}

#[test]
fn the_only_job_is_never_taken_for_a_side_project() {
    let a = assess_json(
        "one.json",
        &json!({ "work": [
            { "name": "Fieldly", "position": "Engineering Manager",
              "startDate": "2018-01-01",
              "highlights": ["Run a team of 7; I also mentor students on a passion project"] } ] }),
    );
    assert_eq!(a.level.id, "L5", "{:?}", a.level.evidence);
}

#[test]
fn a_founder_who_says_nothing_of_the_company_is_read_as_a_startup_founder() {
    let a = assess_json(
        "founder.json",
        &json!({ "work": [
            { "name": "Acme Labs", "position": "Founder & CTO", "startDate": "2017-01-01",
              "highlights": ["Built the product and the engineering team"] },
            { "name": "Oracle", "position": "Senior Software Engineer",
              "startDate": "2010-06-01", "endDate": "2016-12-31" } ] }),
    );
    assert!(a.level.number <= 7, "{}", a.level.id);
    let cap = level_evidence(&a, "org_size");
    assert!(cap.text.contains("state the team's size"), "{}", cap.text);
    assert_eq!(cap.source, "work[0].position");
}

#[test]
fn an_engineer_in_a_team_is_not_its_manager() {
    let engineer = |highlight: &str| {
        assess_json(
            "member.json",
            &json!({ "work": [
                { "name": "BankTech", "position": "Senior Java Developer",
                  "startDate": "2017-07-01", "highlights": [highlight] } ] }),
        )
    };
    for member in [
        "Member of a team of 8 engineers building the ledger",
        "Reviewed code for a team of 6",
        "Worked in a 10-person squad on payments",
    ] {
        let a = engineer(member);
        assert_eq!(a.level.id, "L3", "{member}: {:?}", a.level.evidence);
        assert!(a.leadership_years < 0.1, "{member}");
    }
    let lead = engineer("Led a team of 8 engineers building the ledger");
    assert!(lead.level.number >= 4, "{}", lead.level.id);
    assert!(lead.leadership_years > 5.0);
}

#[test]
fn a_bare_team_figure_is_the_team_an_engineer_works_in_but_a_managers_own() {
    let role = |title: &str| {
        assess_json(
            "team.json",
            &json!({ "work": [
                { "name": "Acme", "position": title, "startDate": "2021-03",
                  "highlights": ["Team of 7 engineers building the payments API"] },
                { "name": "Beta", "position": "Junior Developer",
                  "startDate": "2019-01", "endDate": "2021-02" } ] }),
        )
    };
    let engineer = role("Software Engineer");
    assert_eq!(engineer.level.id, "L2", "{:?}", engineer.level.evidence);
    assert!(engineer.leadership_years < 0.1);
    let manager = role("Engineering Manager");
    assert_eq!(manager.level.id, "L5", "{:?}", manager.level.evidence);
    assert!(manager.leadership_years > 5.0);
}

#[test]
fn leading_a_team_without_managing_it_is_a_tech_leads_scope() {
    let engineer = |highlights: &[&str]| {
        assess_json(
            "tl.json",
            &json!({ "work": [
                { "name": "Acme", "position": "Software Engineer", "startDate": "2019-03",
                  "highlights": highlights },
                { "name": "Beta", "position": "Junior Developer",
                  "startDate": "2017-01", "endDate": "2019-02" } ] }),
        )
    };
    let tech_lead = engineer(&["Tech lead on a team of 6 building the payments API"]);
    assert_eq!(tech_lead.level.id, "L4", "{:?}", tech_lead.level.evidence);
    assert_eq!(tech_lead.stage, "tech_lead");
    assert!(
        tech_lead
            .level
            .evidence
            .iter()
            .any(|e| e.kind == "scope" && e.text.contains("leads without managing")),
        "{:?}",
        tech_lead.level.evidence
    );
    // Words of managing people take the same team to a manager's level.
    let manager = engineer(&[
        "Tech lead on a team of 6 building the payments API",
        "Run performance reviews for the team",
    ]);
    assert_eq!(manager.level.id, "L5", "{:?}", manager.level.evidence);
}

#[test]
fn a_team_lead_who_manages_a_team_of_nine_works_at_a_managers_level() {
    let team_lead = |summary: &str| {
        assess_json(
            "tl.json",
            &json!({ "work": [
                { "name": "PayFlow", "position": "Team Lead", "startDate": "2020-04",
                  "summary": summary },
                { "name": "Bankly", "position": "Backend Developer",
                  "startDate": "2015-09", "endDate": "2020-03" } ] }),
        )
    };
    let manager = team_lead(
        "I manage the payments team of 9 engineers. I hire, run 1:1s and performance reviews.",
    );
    assert_eq!(manager.level.id, "L5", "{:?}", manager.level.evidence);
    assert_eq!(manager.stage, "manager_director");
    let lead = team_lead("Tech lead of the payments team of 9 engineers.");
    assert_eq!(lead.level.id, "L4", "{:?}", lead.level.evidence);
}

#[test]
fn a_student_without_work_is_told_where_to_add_roles() {
    let a = assess_json(
        "student.json",
        &json!({ "basics": { "name": "Lia" },
                 "projects": [{ "name": "Campus Eats", "highlights": ["Built the backend in Go"] }] }),
    );
    assert_eq!(a.level.id, "L1");
    assert_eq!(a.level.evidence[0].source, "work");
    assert!(a.level.evidence[0].text.contains("under `work`"));
}

#[test]
fn a_students_projects_and_volunteering_count_for_competencies_not_the_ladder() {
    let a = assess_json(
        "student.json",
        &json!({
            "education": [{ "institution": "TU Delft", "area": "Computer Science",
                            "startDate": "2023-09", "endDate": "2026-07" }],
            "projects": [{ "name": "Campus Eats", "startDate": "2025-02", "endDate": "2025-06",
                           "highlights": ["Designed the microservices architecture on AWS"] }],
            "volunteer": [{ "organization": "Code Club", "position": "Tutor",
                            "highlights": ["Mentored 12 kids learning Python"] }] }),
    );
    assert_eq!(a.level.id, "L1");
    assert_eq!(a.years_experience, 0.0);
    assert!(
        a.level.evidence[0]
            .text
            .contains("projects and volunteering count"),
        "{:?}",
        a.level.evidence
    );
    let shown = |id: &str| {
        a.competencies
            .iter()
            .find(|c| c.id == id)
            .map(|c| {
                c.evidence
                    .iter()
                    .map(|e| e.source.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    assert_eq!(shown("system_design"), ["projects[0].highlights[0]"]);
    assert_eq!(
        shown("performance_management"),
        ["volunteer[0].highlights[0]"]
    );
}

#[test]
fn an_engineering_manager_with_managers_reporting_reads_one_level_above_the_title() {
    let em = |highlight: &str| {
        assess_json(
            "em.json",
            &json!({ "work": [
                { "name": "Shoply", "position": "Engineering Manager", "startDate": "2019-02",
                  "highlights": [highlight] },
                { "name": "Bankly", "position": "Senior Software Engineer",
                  "startDate": "2013-09", "endDate": "2019-01" } ] }),
        )
    };
    let through_leads = em("Manage 25 engineers through 2 team leads across checkout and search");
    assert_eq!(
        through_leads.level.id, "L6",
        "{:?}",
        through_leads.level.evidence
    );
    // A big team with no managers in it is still a first-line manager's.
    let direct = em("Manage a team of 15 engineers across checkout and search");
    assert_eq!(direct.level.id, "L5", "{:?}", direct.level.evidence);
}

#[test]
fn a_career_break_counts_toward_neither_years_nor_level() {
    let a = assess_json(
        "comeback.json",
        &json!({ "work": [
            { "name": "Fintechy", "position": "Senior Backend Engineer", "startDate": "2025-03",
              "highlights": ["Rebuilt the payouts service in Go"] },
            { "name": "Career break", "position": "Parental leave and caregiving",
              "startDate": "2022-06", "endDate": "2025-02" },
            { "name": "Bankly", "position": "Software Engineer", "startDate": "2015-09",
              "endDate": "2022-05" } ] }),
    );
    // 2015-09 to the assessment date, less the 2.7 years away.
    let calendar = 2026.0 + 10.6 / 12.0 - (2015.0 + 8.0 / 12.0);
    assert!(
        (a.years_experience - (calendar - 2.7)).abs() < 0.3,
        "{} years",
        a.years_experience
    );
    let on_break = level_evidence(&a, "career_break");
    assert_eq!(on_break.source, "work[1]");
    assert_eq!(a.level.id, "L3");
}

#[test]
fn a_founder_who_works_alone_is_capped_as_a_company_of_one_and_leads_nobody() {
    let founder = |summary: &str| {
        assess_json(
            "indie.json",
            &json!({ "work": [
                { "name": "Formly", "position": "Founder", "startDate": "2021-05",
                  "summary": summary,
                  "highlights": ["Grew to $20k MRR with 600 paying customers"] },
                { "name": "Shopify", "position": "Senior Developer", "startDate": "2016-03",
                  "endDate": "2021-04" } ] }),
        )
    };
    let solo = founder("Bootstrapped SaaS for online forms, run solo");
    assert!(solo.level.number <= 4, "{:?}", solo.level.evidence);
    assert!(solo.leadership_years < 0.1, "{}", solo.leadership_years);
    let cap = solo.level.evidence.iter().find(|e| e.kind == "org_size");
    assert_eq!(cap.map(|e| e.source.as_str()), Some("work[0].summary"));
    // Without the word, a founder's company is an assumed startup, and is led.
    let startup = founder("Bootstrapped SaaS for online forms");
    assert!(
        startup.leadership_years > 5.0,
        "{}",
        startup.leadership_years
    );
}

#[test]
fn on_a_break_or_in_another_function_now_the_ladder_reads_the_last_engineering_role() {
    let now = |title: &str, highlight: &str| {
        assess_json(
            "now.json",
            &json!({ "work": [
                { "name": "Acme", "position": title, "startDate": "2025-01",
                  "highlights": [highlight] },
                { "name": "Bankly", "position": "Senior Software Engineer",
                  "startDate": "2016-01", "endDate": "2024-12" } ] }),
        )
    };
    for (title, highlight) in [
        ("Career break", "Travelled and cared for family"),
        // Working beside engineers does not make a sales role engineering.
        (
            "VP of Sales",
            "Closed $4M of deals with the engineering team's help",
        ),
    ] {
        let a = now(title, highlight);
        assert_eq!(a.level.id, "L3", "{title}: {:?}", a.level.evidence);
        assert!(a.years_experience < 9.5, "{title}: {}", a.years_experience);
        let kinds: Vec<&str> = a.level.evidence.iter().map(|e| e.kind.as_str()).collect();
        assert!(
            kinds.contains(&"career_break") || kinds.contains(&"outside_technology"),
            "{title}: {kinds:?}"
        );
    }
}
