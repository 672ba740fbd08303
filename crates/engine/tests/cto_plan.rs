//! In the CTO seat the action plan is the playbooks: the first 90 days while the seat
//! is new, the standing ones after, and none of the steps for someone still climbing.

mod common;

use common::*;
use ctopath_engine::{ActionPlan, Engine, Options};
use ctopath_framework::builtin;
use ctopath_profile::PartialDate;
use serde_json::json;

fn plan_json(resume: &serde_json::Value) -> ctopath_engine::Plan {
    let profile = parse("cto.json", resume.to_string().as_bytes());
    let engine = Engine::new(builtin::framework());
    let options = Options::new(PartialDate::parse("2026-12-01").unwrap());
    let a = engine.assess(&profile, &options);
    engine.plan(&profile, &a)
}

fn sources(items: &[ctopath_engine::ActionItem]) -> Vec<&str> {
    items.iter().map(|i| i.source.as_str()).collect()
}

fn all(p: &ActionPlan) -> Vec<&str> {
    [
        &p.next_3_months,
        &p.next_6_to_12_months,
        &p.next_2_to_3_years,
    ]
    .into_iter()
    .flat_map(|items| sources(items))
    .collect()
}

fn cto(start: &str) -> serde_json::Value {
    json!({ "work": [
        { "name": "GrowthCo", "position": "Chief Technology Officer",
          "description": "Series C logistics scale-up, 200 engineers", "startDate": start },
        { "name": "OtherCo", "position": "VP Engineering", "startDate": "2014-03-01",
          "endDate": start, "highlights": ["Led 90 engineers through 3 directors"] },
        { "name": "Start", "position": "Software Engineer", "startDate": "2008-01-01",
          "endDate": "2014-02-28" } ] })
}

#[test]
fn a_cto_two_months_in_starts_with_the_first_90_days() {
    let p = plan_json(&cto("2026-10-01"));
    assert_eq!(p.level, "L10");
    let first = sources(&p.action_plan.next_3_months);
    assert!(first.contains(&"first_90_days"), "{first:?}");
    let item =
        &p.action_plan.next_3_months[first.iter().position(|s| *s == "first_90_days").unwrap()];
    assert!(item.text.contains("days 31–60"), "{}", item.text);
    assert!(sources(&p.action_plan.next_6_to_12_months).contains(&"year_one_mandate"));
    let steps = all(&p.action_plan);
    for climbing in ["mentor_engineer", "own_team_or_area", "decide_stay_or_move"] {
        assert!(!steps.contains(&climbing), "{climbing} in {steps:?}");
    }
}

#[test]
fn a_cto_years_in_the_seat_keeps_the_standing_playbooks_only() {
    let p = plan_json(&cto("2019-01-01"));
    let steps = all(&p.action_plan);
    assert!(!steps.contains(&"first_90_days"), "{steps:?}");
    assert!(!steps.contains(&"year_one_mandate"), "{steps:?}");
    assert!(steps.contains(&"allocation_70_20_10"), "{steps:?}");
    assert!(steps.contains(&"calendar_40_30_30"), "{steps:?}");
}

#[test]
fn an_engineer_still_climbing_keeps_the_climbing_steps_and_no_cto_playbook() {
    let (_, p) = plan("resumes/new-graduate.json");
    let steps = all(&p.action_plan);
    assert!(steps.contains(&"mentor_engineer"), "{steps:?}");
    assert!(!steps.contains(&"first_90_days"), "{steps:?}");
    assert!(!steps.contains(&"allocation_70_20_10"), "{steps:?}");
}

#[test]
fn a_freelancers_plan_has_no_manager_to_ask_and_no_employer_to_leave() {
    let freelancer = |org: &str, title: &str| {
        plan_json(&json!({ "work": [
            { "name": org, "position": title, "startDate": "2016-01",
              "highlights": ["Delivered 30+ web projects for clients in retail and media"] },
            { "name": "Media Corp", "position": "Web Developer",
              "startDate": "2012-01", "endDate": "2015-12" } ] }))
    };
    let texts = |p: &ctopath_engine::Plan| -> Vec<String> {
        [
            &p.action_plan.next_3_months,
            &p.action_plan.next_6_to_12_months,
            &p.action_plan.next_2_to_3_years,
        ]
        .into_iter()
        .flatten()
        .map(|i| i.text.clone())
        .collect()
    };
    // A founder who says they work alone has no manager either.
    let solo_founder = plan_json(&json!({ "work": [
        { "name": "Formly", "position": "Founder", "startDate": "2021-05",
          "summary": "Bootstrapped SaaS for online forms, run solo" },
        { "name": "Shopify", "position": "Senior Developer",
          "startDate": "2016-03", "endDate": "2021-04" } ] }));
    for own in [
        freelancer("Self-employed", "Full-Stack Developer"),
        freelancer("Lance Web", "Freelance Full-Stack Developer"),
        solo_founder,
    ] {
        let all = texts(&own);
        assert!(
            all.iter()
                .all(|t| !t.contains("your manager") && !t.contains("your company")),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|t| t.contains("with a mentor or a client you trust")),
            "{all:#?}"
        );
    }
    // The same work for an employer keeps the manager in the plan.
    let employed = texts(&freelancer("Lance Web", "Full-Stack Developer"));
    assert!(
        employed.iter().any(|t| t.contains("your manager")),
        "{employed:#?}"
    );
}

#[test]
fn a_new_cto_starts_with_the_first_90_days_and_a_settled_one_never_gets_it() {
    let cto = |start: &str| {
        plan_json(&json!({ "work": [
            { "name": "Brightpath", "position": "Chief Technology Officer", "startDate": start,
              "description": "Series B edtech, 180 employees, 55 engineers" },
            { "name": "Orbit", "position": "VP Engineering", "startDate": "2016-02",
              "endDate": "2026-09", "highlights": ["Managed 6 engineering managers"] } ] }))
    };
    let new = cto("2026-10");
    assert_eq!(new.tours[0].id, "m_first_90_days");
    assert!(
        new.tours[0].why[0].contains("took up the role 2 months ago"),
        "{:?}",
        new.tours[0].why
    );
    let settled = cto("2024-01");
    assert!(
        settled.tours.iter().all(|t| t.id != "m_first_90_days"),
        "{:?}",
        settled.tours.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
}

#[test]
fn a_quality_engineer_gets_the_missions_of_their_route_and_a_developer_does_not() {
    let tours = |titles: [&str; 2]| {
        plan_json(&json!({ "work": [
            { "name": "ShopCo", "position": titles[0], "startDate": "2022-05",
              "highlights": ["Cut release regression time from 3 days to 4 hours"] },
            { "name": "ShopCo", "position": titles[1],
              "startDate": "2020-09", "endDate": "2022-04" } ] }))
        .tours
    };
    let qa = tours(["QA Automation Engineer", "QA Engineer"]);
    let quality = qa.iter().find(|t| t.id == "m_quality_gates");
    let quality =
        quality.unwrap_or_else(|| panic!("{:?}", qa.iter().map(|t| &t.id).collect::<Vec<_>>()));
    assert!(
        quality
            .why
            .iter()
            .any(|w| w.contains("Quality Engineering")),
        "{:?}",
        quality.why
    );
    let dev = tours(["Software Engineer", "Junior Developer"]);
    assert!(
        dev.iter().all(|t| !t.id.starts_with("m_quality")),
        "{:?}",
        dev.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
}
