//! Path fit follows what the career shows, not words that many paths share.

mod common;

use common::*;
use serde_json::json;

fn score(a: &ctopath_engine::Assessment, id: &str) -> f64 {
    a.path_fit.iter().find(|p| p.id == id).unwrap().score
}

fn director(extra: &str) -> serde_json::Value {
    json!({ "work": [
        { "name": "RocketPay", "position": "Director of Engineering",
          "description": "Series C fintech in hypergrowth", "startDate": "2023-01-01",
          "highlights": [
              "Grew engineering from 40 to 160 engineers in 18 months",
              "Lead 5 engineering managers across payments, risk and platform",
              "Own a $12M engineering budget and partner with finance on headcount planning",
              "Work with product and sales leadership on the roadmap and revenue targets",
              extra] },
        { "name": "RocketPay", "position": "Engineering Manager",
          "startDate": "2020-04-01", "endDate": "2022-12-31",
          "highlights": ["Managed a team of 9 engineers"] },
        { "name": "BigBank", "position": "Senior Software Engineer",
          "startDate": "2015-09-01", "endDate": "2020-03-31" } ] })
}

#[test]
fn business_sense_alone_does_not_make_a_director_a_cofounder() {
    let a = assess_json("director.json", &director("Cut cloud costs by 30%"));
    assert_ne!(a.path_fit[0].id, "cofounder", "{:?}", a.path_fit);
    let cofounder = a.path_fit.iter().find(|p| p.id == "cofounder").unwrap();
    assert!(cofounder.score < 0.25, "{}", cofounder.score);
    assert!(
        cofounder
            .why
            .iter()
            .any(|w| w.starts_with("against:") && w.contains("founding role")),
        "the halving is explained: {:?}",
        cofounder.why
    );
}

#[test]
fn the_same_director_who_talks_of_founding_keeps_the_cofounder_path_open() {
    let plain = assess_json("director.json", &director("Cut cloud costs by 30%"));
    let founding = assess_json(
        "director-founding.json",
        &director("Advise two portfolio companies of our investors on their seed round"),
    );
    assert!(
        score(&founding, "cofounder") > score(&plain, "cofounder") * 1.5,
        "{} vs {}",
        score(&founding, "cofounder"),
        score(&plain, "cofounder")
    );
}

#[test]
fn a_side_project_beside_a_job_is_not_fractional_work() {
    let a = assess_json(
        "overlap.json",
        &json!({ "work": [
            { "name": "FinCo", "position": "Engineering Manager", "startDate": "2022-02-01",
              "highlights": ["Manage 7 engineers on the payments team"] },
            { "name": "Open Source Foundation", "position": "Maintainer", "startDate": "2018-01-01",
              "highlights": ["Maintain a popular Rust HTTP library"] },
            { "name": "FinCo", "position": "Senior Software Engineer",
              "startDate": "2016-06-01", "endDate": "2022-01-31" } ] }),
    );
    assert!(score(&a, "fractional_cto") < 0.2, "{:?}", a.path_fit);
}

#[test]
fn a_former_cto_now_consulting_on_their_own_fits_the_fractional_path() {
    let person = |now_title: &str, now_highlight: &str, before_title: &str| {
        assess_json(
            "consultant.json",
            &json!({ "work": [
                { "name": "Self-employed", "position": now_title, "startDate": "2025-03-01",
                  "highlights": [now_highlight] },
                { "name": "Shopwise", "position": before_title,
                  "startDate": "2016-01-01", "endDate": "2025-02-28",
                  "description": "E-commerce scale-up, 350 employees",
                  "highlights": ["Led engineering of 110 through 9 managers"] },
                { "name": "Zalando", "position": "Software Engineer",
                  "startDate": "2008-09-01", "endDate": "2015-12-31" } ] }),
        )
    };
    let a = person(
        "Independent Technology Consultant",
        "Advise two Series A startups on architecture and hiring",
        "Chief Technology Officer",
    );
    assert_eq!(best_path(&a), "fractional_cto", "{:?}", a.path_fit);
    let why = &a.path_fit[0].why;
    assert!(
        why.iter().any(|w| w.contains("after an executive role")),
        "{why:?}"
    );
    // The same consulting after a career as an engineer is freelancing, not a
    // fractional executive's work.
    let b = person(
        "Independent Consultant",
        "Build backends for two clients",
        "Senior Software Engineer",
    );
    assert_ne!(best_path(&b), "fractional_cto", "{:?}", b.path_fit);
}

#[test]
fn a_cto_of_two_startups_at_once_is_doing_fractional_work() {
    let a = assess_json(
        "two.json",
        &json!({ "work": [
            { "name": "AlphaHealth", "position": "CTO", "startDate": "2024-03-01",
              "description": "Seed-stage healthtech, 12 people",
              "highlights": ["Two days a week: set the architecture and hired 3 engineers"] },
            { "name": "BetaPay", "position": "CTO", "startDate": "2023-09-01",
              "description": "Pre-seed fintech, 6 people",
              "highlights": ["Three days a week: built the MVP"] },
            { "name": "Monzo", "position": "Engineering Manager",
              "startDate": "2018-01-01", "endDate": "2023-08-31",
              "highlights": ["Managed 9 engineers"] } ] }),
    );
    assert_eq!(best_path(&a), "fractional_cto", "{:?}", a.path_fit);
    assert!(
        a.path_fit[0]
            .why
            .iter()
            .any(|w| w.contains("2 companies at once")),
        "{:?}",
        a.path_fit[0].why
    );
}

#[test]
fn an_engineer_who_advises_a_startup_on_the_side_is_not_on_the_fractional_path() {
    let a = assess_json(
        "advisor-ic.json",
        &json!({ "work": [
            { "name": "Seedy", "position": "Technical Advisor", "startDate": "2024-05",
              "highlights": ["Advise the founders on architecture"] },
            { "name": "BigRetail", "position": "Senior Software Engineer", "startDate": "2019-03",
              "highlights": ["Own the checkout service; cut p99 latency from 900ms to 250ms"] },
            { "name": "Shop", "position": "Software Engineer",
              "startDate": "2015-06", "endDate": "2019-02" } ] }),
    );
    assert_ne!(best_path(&a), "fractional_cto");
    let fractional = a
        .path_fit
        .iter()
        .find(|p| p.id == "fractional_cto")
        .unwrap();
    assert!(
        fractional
            .why
            .iter()
            .any(|w| w.contains("needs management")),
        "{:?}",
        fractional.why
    );
}

#[test]
fn a_cto_hired_after_the_founding_cto_left_is_not_on_a_founders_path() {
    let a = assess_json(
        "new-cto.json",
        &json!({ "work": [
            { "name": "Brightpath", "position": "Chief Technology Officer",
              "startDate": "2026-10", "description": "Series B edtech, 180 employees, 55 engineers",
              "highlights": ["Joined to lead engineering after the founding CTO left"] },
            { "name": "Orbit", "position": "VP Engineering", "startDate": "2021-02",
              "endDate": "2026-09",
              "highlights": ["Grew engineering from 20 to 70", "Managed 6 engineering managers"] },
            { "name": "Kite", "position": "Senior Software Engineer", "startDate": "2012-09",
              "endDate": "2021-01" } ] }),
    );
    let founders = ["founding_engineer", "cofounder"];
    assert!(
        !founders.contains(&a.path_fit[0].id.as_str()),
        "{:?}",
        a.path_fit
    );
    for id in founders {
        assert!(score(&a, id) < 0.2, "{id}: {}", score(&a, id));
    }
    // 55 engineers is not a small company, whatever its funding round.
    let why: Vec<&String> = a.path_fit.iter().flat_map(|p| &p.why).collect();
    assert!(!why.iter().any(|w| w.contains("small or early")), "{why:?}");
}

#[test]
fn one_fractional_entry_for_several_startups_fits_the_fractional_path_first() {
    let a = assess_json(
        "fractional-several.json",
        &json!({ "work": [
            { "name": "Self-employed", "position": "Fractional CTO", "startDate": "2022-01",
              "highlights": [
                  "Fractional CTO for 4 seed-stage startups at the same time, 1-2 days a week each",
                  "Hired the first engineers and set up delivery for each"] },
            { "name": "ScaleCo", "position": "VP Engineering", "startDate": "2017-01",
              "endDate": "2021-12", "highlights": ["Scaled engineering from 10 to 70"] },
            { "name": "ScaleCo", "position": "Engineering Manager", "startDate": "2013-01",
              "endDate": "2016-12" } ] }),
    );
    // An early joiner's past is strong here too, but the work now is fractional.
    assert_eq!(best_path(&a), "fractional_cto", "{:?}", a.path_fit);
    let why = &a.path_fit[0].why;
    assert!(
        why.iter()
            .any(|w| w.contains("several organisations at once")),
        "{why:?}"
    );
}

#[test]
fn a_founder_who_grew_the_company_did_not_join_it_early() {
    let a = assess_json(
        "founder-grew.json",
        &json!({ "work": [
            { "name": "Growthly", "description": "Series C scale-up, 300 people",
              "position": "Co-founder & CTO", "startDate": "2017-01",
              "highlights": ["Engineering grew from 3 to 95 engineers"] } ] }),
    );
    let early = a
        .path_fit
        .iter()
        .find(|p| p.id == "early_employee")
        .unwrap();
    assert!(
        !early.why.iter().any(|w| w.contains("while it was small")),
        "{:?}",
        early.why
    );
    assert!(
        matches!(best_path(&a), "cofounder" | "founding_engineer"),
        "{:?}",
        a.path_fit
    );
}
