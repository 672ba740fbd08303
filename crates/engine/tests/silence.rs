//! What a record leaves unsaid is at most a question: silence about people decisions
//! in a few bullets is a low finding, and a description of the company is not silence.

mod common;

use common::*;
use ctopath_engine::{Severity, SignalStatus};
use serde_json::json;

fn manager(description: &str, bullets: &[&str]) -> serde_json::Value {
    json!({ "work": [
        { "name": "CloudCo", "position": "Engineering Manager", "description": description,
          "startDate": "2020-08-01", "highlights": bullets },
        { "name": "CloudCo", "position": "Senior Software Engineer",
          "startDate": "2016-01-01", "endDate": "2020-07-31",
          "highlights": ["Tech lead for a team of 6 on the bidding service"] } ] })
}

#[test]
fn a_few_quiet_bullets_are_a_low_finding_that_does_not_slow_the_forecast() {
    let a = assess_json(
        "em.json",
        &manager(
            "",
            &[
                "Manage 3 teams (25 engineers) in Ads infrastructure",
                "Moved the serving stack to a new storage layer, p99 from 300ms to 90ms",
                "Plan capacity worth $20M a year with product and finance",
            ],
        ),
    );
    assert_eq!(
        severity(&a, "avoiding_people_decisions"),
        Some(Severity::Low)
    );
    let brake = a
        .forecast
        .factors
        .iter()
        .find(|f| f.id == "avoids_management")
        .unwrap();
    assert!(!brake.applied, "{}", brake.why);
}

#[test]
fn a_description_of_the_company_does_not_count_as_a_quiet_bullet() {
    let a = assess_json(
        "sre.json",
        &manager(
            "SaaS, 600 employees",
            &["Cut incident count by 45% and AWS spend by $1.2M a year"],
        ),
    );
    assert_eq!(
        severity(&a, "avoiding_people_decisions"),
        None,
        "{:?}",
        flagged(&a)
    );
}

#[test]
fn a_manager_who_says_they_interview_and_hire_is_not_silent_about_people() {
    let a = assess_json(
        "hires.json",
        &manager(
            "",
            &[
                "Lead a team of 6 developers (iOS, Android, backend)",
                "Interview and hire developers for the mobile team",
            ],
        ),
    );
    assert_eq!(
        severity(&a, "avoiding_people_decisions"),
        None,
        "{:?}",
        flagged(&a)
    );
}

#[test]
fn a_budget_owned_or_money_saved_names_a_business_metric() {
    let director = |bullets: &[&str]| {
        assess_json(
            "director.json",
            &json!({ "work": [
                { "name": "RocketPay", "position": "Director of Engineering",
                  "startDate": "2022-01", "highlights": bullets },
                { "name": "RocketPay", "position": "Engineering Manager",
                  "startDate": "2019-03", "endDate": "2021-12",
                  "highlights": ["Managed 2 teams (14 engineers)"] } ] }),
        )
    };
    let status = |a: &ctopath_engine::Assessment| {
        a.signals
            .iter()
            .find(|s| s.id == "names_business_metrics")
            .map(|s| (s.status, s.evidence[0].source.clone()))
            .unwrap()
    };
    let quiet = director(&[
        "Grew engineering from 40 to 140 engineers",
        "Manage 7 engineering managers",
        "Set up quarterly planning with product",
    ]);
    assert_eq!(status(&quiet).0, SignalStatus::Absent);
    for bullet in [
        "Own the $18M engineering budget with the CFO",
        "Moved workloads to the cloud, saving $4M a year",
        "Rebuilt onboarding, lifting activation from 31% to 44%",
    ] {
        let a = director(&[
            "Grew engineering from 40 to 140 engineers",
            "Manage 7 engineering managers",
            bullet,
        ]);
        assert_eq!(
            status(&a),
            (SignalStatus::Present, "work[0].highlights[2]".to_string()),
            "{bullet}"
        );
    }
    // A business word used in passing names no metric the work moved.
    let passing = director(&[
        "Grew engineering from 40 to 140 engineers",
        "Manage 7 engineering managers",
        "No budget for a staff engineer title here, so I kept the role open",
    ]);
    assert_eq!(status(&passing).0, SignalStatus::Absent);
    let named = director(&[
        "Grew engineering from 40 to 140 engineers",
        "Manage 7 engineering managers",
        "Grew ARR with the product team",
    ]);
    assert_eq!(status(&named).0, SignalStatus::Present);
    // A metric the work is held to is named as much as one it moved.
    let held = director(&[
        "Grew engineering from 40 to 140 engineers",
        "Manage 7 engineering managers",
        "Introduced quarterly planning tied to GMV and take-rate targets",
    ]);
    assert_eq!(status(&held).0, SignalStatus::Present);
}

#[test]
fn a_summary_that_only_names_the_company_is_not_a_quiet_bullet() {
    let vp = |summary: &str| {
        assess_json(
            "vp.json",
            &json!({ "work": [
                { "name": "Acme Health", "position": "VP Engineering", "startDate": "2021-01",
                  "summary": summary,
                  "highlights": ["Lead 180 engineers across 6 directors and 20 managers",
                                 "Own the $30M engineering budget",
                                 "Quarterly board presentations on delivery and security",
                                 "Cut cloud spend 22% while revenue grew 70%"] },
                { "name": "Carely", "position": "Director of Engineering",
                  "startDate": "2016-05", "endDate": "2020-12",
                  "highlights": ["Ran 5 teams (45 engineers) through 4 managers"] } ] }),
        )
    };
    // Five bullets of their own say nothing of people: a question, not a pattern.
    let company = vp("Series D digital health company, 600 employees");
    assert_eq!(
        severity(&company, "avoiding_people_decisions"),
        Some(Severity::Low)
    );
    // A summary of their own work is one more quiet description.
    let own = vp("Lead engineering for the clinical platform and the patient app");
    assert_eq!(
        severity(&own, "avoiding_people_decisions"),
        Some(Severity::Medium)
    );
}

/// Four years of quiet bullets about a team of five, under `title`.
fn quiet_lead(title: &str) -> ctopath_engine::Assessment {
    assess_json(
        "quiet-lead.json",
        &json!({ "work": [
            { "name": "Basketful", "position": title, "startDate": "2021-01",
              "highlights": [
                  "Lead the five-engineer checkout team and set technical direction",
                  "Cut checkout latency from 1400 to 380 ms",
                  "Ran the card tokenisation migration",
                  "Introduced a weekly architecture clinic"] },
            { "name": "Basketful", "position": "Senior Software Engineer",
              "startDate": "2018-01", "endDate": "2020-12",
              "highlights": ["Built the payments retry service", "Added idempotency keys"] } ] }),
    )
}

#[test]
fn a_tech_lead_who_leads_without_managing_has_no_people_decisions_to_avoid() {
    let ids = |a: &ctopath_engine::Assessment| -> Vec<String> {
        a.stall_patterns.iter().map(|p| p.id.clone()).collect()
    };
    let lead = ids(&quiet_lead("Tech Lead"));
    assert!(
        !lead.iter().any(|id| id == "avoiding_people_decisions"),
        "{lead:?}"
    );
    // The same bullets under a manager's title are a question worth asking.
    let manager = ids(&quiet_lead("Engineering Manager"));
    assert!(
        manager.iter().any(|id| id == "avoiding_people_decisions"),
        "{manager:?}"
    );
}

#[test]
fn words_of_routine_work_do_not_make_strategy_or_early_involvement_signals() {
    let a = assess_json(
        "routine.json",
        &json!({ "work": [
            { "name": "Co", "position": "Senior Software Engineer", "startDate": "2018-01",
              "highlights": [
                  "Integrated with strategic accounts' SSO",
                  "Ran sprint kickoffs for the team",
                  "Scoping stories with the product owner",
                  "Set team OKRs each quarter"] } ] }),
    );
    let present: Vec<&str> = a
        .signals
        .iter()
        .filter(|s| s.status == SignalStatus::Present)
        .map(|s| s.id.as_str())
        .collect();
    assert!(present.is_empty(), "{present:?}");
    let b = assess_json(
        "strategy.json",
        &json!({ "work": [
            { "name": "Co", "position": "Director of Engineering", "startDate": "2018-01",
              "highlights": ["Brought into the scoping phase of every acquisition",
                             "Shape the technology strategy with the CEO"] } ] }),
    );
    let status = |id: &str| b.signals.iter().find(|s| s.id == id).unwrap().status;
    assert_eq!(status("brought_in_early"), SignalStatus::Present);
    assert_eq!(status("consulted_on_strategy"), SignalStatus::Present);
}

#[test]
fn the_public_sector_speaks_of_citizens_and_value_for_money_not_revenue() {
    let head = |bullet: &str| {
        assess_json(
            "gov.json",
            &json!({ "work": [
                { "name": "Department for Education", "position": "Head of Software Engineering",
                  "startDate": "2021-04",
                  "highlights": ["Lead 6 delivery teams and 4 engineering managers", bullet] },
                { "name": "HM Revenue & Customs", "position": "Engineering Manager",
                  "startDate": "2016-09", "endDate": "2021-03",
                  "highlights": ["Managed two scrum teams (14 people)", "Hired 9 engineers"] } ] }),
        )
    };
    let quiet = head("Moved 14 legacy services from on-premise hosting to AWS");
    assert!(flagged(&quiet).contains(&"ignoring_business"));
    for bullet in [
        "Moved 14 citizen-facing services to AWS, cutting hosting by a third",
        "Rebuilt the teacher vacancy service, now used by 2 million citizens",
        "Made the case for the platform to the Treasury on value for money",
    ] {
        let a = head(bullet);
        assert!(!flagged(&a).contains(&"ignoring_business"), "{bullet}");
    }
}
