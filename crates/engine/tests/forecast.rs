//! The forecast is calibrated to the source texts' ranges and reproducible by seed.

use ctopath_engine::{Engine, Options, Quantiles};
use ctopath_framework::builtin;
use ctopath_profile::PartialDate;
use serde_json::json;

fn forecast_for(profile: serde_json::Value, seed: u64, runs: u32) -> ctopath_engine::Forecast {
    let bytes = serde_json::to_vec(&profile).unwrap();
    let p = ctopath_profile::load("test.json", &bytes, builtin::framework())
        .unwrap()
        .profile;
    let engine = Engine::new(builtin::framework());
    let options = Options {
        today: PartialDate::parse("2026-11-21").unwrap(),
        runs,
        seed,
    };
    engine.assess(&p, &options).forecast
}

/// Someone starting out today: the whole road is ahead.
fn starter(org_stage: &str, extra: serde_json::Value) -> serde_json::Value {
    let mut position = json!({
        "title": "Junior Software Engineer",
        "organisation": "Example",
        "org_stage": org_stage,
        "start": "2026-11-01",
    });
    if let (Some(p), Some(e)) = (position.as_object_mut(), extra.as_object()) {
        p.extend(e.clone());
    }
    json!({ "ctopath": 1, "positions": [position] })
}

fn within(q: &Quantiles, lo: (f64, f64), hi: (f64, f64)) -> bool {
    (lo.0..=lo.1).contains(&q.p10) && (hi.0..=hi.1).contains(&q.p90)
}

#[test]
fn a_whole_typical_career_takes_8_to_15_years() {
    let f = forecast_for(starter("scaleup", json!({})), 1, 20_000);
    assert_eq!(f.environment, "typical");
    assert!(
        within(&f.years_to_cto, (7.0, 9.0), (14.0, 16.0)),
        "{:?}",
        f.years_to_cto
    );
}

#[test]
fn enterprise_takes_12_to_18_and_an_early_hypergrowth_startup_5_to_8() {
    let f = forecast_for(starter("enterprise", json!({})), 1, 20_000);
    assert_eq!(f.environment, "enterprise");
    assert!(
        within(&f.years_to_cto, (11.0, 13.0), (17.0, 19.0)),
        "{:?}",
        f.years_to_cto
    );

    let growth =
        json!({ "growth": { "engineers_start": 4, "engineers_end": 40, "hypergrowth": true } });
    let f = forecast_for(starter("startup", growth), 1, 20_000);
    assert_eq!(f.environment, "startup");
    assert!(
        within(&f.years_to_cto, (4.3, 5.7), (7.3, 8.7)),
        "{:?}",
        f.years_to_cto
    );
}

#[test]
fn vp_comes_before_cto_and_stages_add_up() {
    let f = forecast_for(starter("scaleup", json!({})), 3, 10_000);
    assert!(f.years_to_vp_engineering.p50 < f.years_to_cto.p50);
    let ids: Vec<&str> = f.stages.iter().map(|s| s.stage.as_str()).collect();
    assert_eq!(
        ids,
        [
            "individual_contributor",
            "tech_lead",
            "manager_director",
            "vp_engineering"
        ]
    );
    let medians: f64 = f.stages.iter().map(|s| s.years.p50).sum();
    assert!(
        (medians - f.years_to_cto.p50).abs() < 2.0,
        "{medians} vs {:?}",
        f.years_to_cto
    );
}

#[test]
fn the_same_seed_gives_the_same_forecast_and_another_seed_differs() {
    let p = starter("scaleup", json!({}));
    let a = forecast_for(p.clone(), 42, 10_000);
    let b = forecast_for(p.clone(), 42, 10_000);
    let c = forecast_for(p, 43, 997);
    assert_eq!(a, b);
    assert_eq!(a.runs, 10_000);
    assert_eq!(c.runs, 997);
    assert_ne!(a.years_to_cto, c.years_to_cto);
}

#[test]
fn decelerators_lengthen_and_accelerators_shorten_the_road() {
    let base = forecast_for(starter("scaleup", json!({})), 5, 10_000);
    let faster = forecast_for(
        starter(
            "scaleup",
            json!({ "cross_functional": true, "growth": { "hypergrowth": true } }),
        ),
        5,
        10_000,
    );
    assert!(
        faster.factors.iter().filter(|f| f.applied).count() >= 2,
        "{:?}",
        faster.factors
    );
    assert!(faster.years_to_cto.p50 < base.years_to_cto.p50 * 0.8);
}

fn factor<'f>(f: &'f ctopath_engine::Forecast, id: &str) -> &'f ctopath_engine::FactorUse {
    f.factors
        .iter()
        .find(|x| x.id == id)
        .expect("factor listed")
}

#[test]
fn technology_as_a_support_function_slows_the_road() {
    let base = forecast_for(starter("enterprise", json!({})), 5, 10_000);
    assert!(!factor(&base, "tech_not_differentiator").applied);

    // Said in the organisation's description, in the framework's words.
    let described = forecast_for(
        starter(
            "enterprise",
            json!({ "description": "Regional grocery chain; engineering is the in-house IT department." }),
        ),
        5,
        10_000,
    );
    let f = factor(&described, "tech_not_differentiator");
    assert!(f.applied, "{f:?}");
    assert!(
        f.why.to_lowercase().contains("in-house it") && f.why.contains("positions[0].description"),
        "{}",
        f.why
    );
    let ratio = described.years_to_cto.p50 / base.years_to_cto.p50;
    assert!((1.1..1.2).contains(&ratio), "{ratio}");

    // A highlight about building a back office says what was built, not what the
    // company is; and the person's own answer wins over the words.
    let highlight = forecast_for(
        starter(
            "enterprise",
            json!({ "highlights": ["Moved the internal IT tickets of a customer to our product."] }),
        ),
        5,
        1_000,
    );
    assert!(!factor(&highlight, "tech_not_differentiator").applied);
    let said_no = forecast_for(
        starter(
            "enterprise",
            json!({ "description": "The in-house IT department.", "tech_differentiator": true }),
        ),
        5,
        1_000,
    );
    assert!(!factor(&said_no, "tech_not_differentiator").applied);
    let said_yes = forecast_for(
        starter("enterprise", json!({ "tech_differentiator": false })),
        5,
        1_000,
    );
    assert!(factor(&said_yes, "tech_not_differentiator").applied);
}

#[test]
fn a_cto_has_zero_years_to_go() {
    let p = json!({ "ctopath": 1, "positions": [{
        "title": "CTO", "organisation": "Big", "org_engineers": 300, "start": "2015-01",
        "managers_reporting": 6, "board_exposure": true
    }, {
        "title": "VP of Engineering", "organisation": "Other", "start": "2008-01", "end": "2014-12"
    }]});
    let f = forecast_for(p, 1, 10_000);
    assert_eq!(
        f.years_to_cto,
        Quantiles {
            p10: 0.0,
            p50: 0.0,
            p90: 0.0
        }
    );
    assert!(f.stages.is_empty());
}

/// A batch shares one engine and its forecast cache; whoever came before, each person
/// gets the forecast a fresh engine would give them.
#[test]
fn a_shared_engine_forecasts_as_a_fresh_one_does() {
    let people: Vec<serde_json::Value> = [
        ("2026-11-01", "enterprise"),
        ("2025-06-01", "enterprise"),
        ("2019-01-01", "enterprise"),
        ("2012-03-01", "scaleup"),
        ("2024-02-01", "startup"),
    ]
    .into_iter()
    .map(|(start, stage)| {
        json!({ "ctopath": 1, "positions": [{
            "title": "Software Engineer", "organisation": "Example",
            "org_stage": stage, "start": start }] })
    })
    .collect();
    let options = Options {
        today: PartialDate::parse("2026-11-21").unwrap(),
        runs: 2_000,
        seed: 7,
    };
    let fw = builtin::framework();
    let shared = Engine::new(fw);
    for round in 0..2 {
        for person in &people {
            let bytes = serde_json::to_vec(person).unwrap();
            let p = ctopath_profile::load("p.json", &bytes, fw).unwrap().profile;
            let fresh = Engine::new(fw).assess(&p, &options).forecast;
            assert_eq!(shared.assess(&p, &options).forecast, fresh, "round {round}");
        }
    }
}

/// One JSON Resume position that started at the beginning of 2025 and says only
/// what the company is.
fn one_job(description: &str, highlight: &str) -> serde_json::Value {
    json!({ "work": [
        { "name": "Co", "position": "Software Engineer", "startDate": "2025-01-01",
          "description": description, "highlights": [highlight] } ] })
}

#[test]
fn the_company_as_people_describe_it_picks_the_calibration() {
    // A head count this large is an enterprise, whatever word the record uses.
    let big = forecast_for(
        one_job(
            "Global industrial group, 300,000 employees",
            "Built tools in C#",
        ),
        7,
        4000,
    );
    assert_eq!(big.environment, "enterprise");
    // "Fast-growing" and a company of eight: a high-growth startup joined early.
    let early = forecast_for(
        one_job(
            "Fast-growing seed-stage startup, 8 people",
            "Built the first version of the API",
        ),
        7,
        4000,
    );
    assert_eq!(early.environment, "startup");
    assert!(early.years_to_cto.p50 + 2.0 < big.years_to_cto.p50);
    // A plain startup of the same size that says nothing of growth stays typical.
    let quiet = forecast_for(
        one_job(
            "Seed-stage startup, 8 people",
            "Built the first version of the API",
        ),
        7,
        4000,
    );
    assert_eq!(quiet.environment, "typical");
}

#[test]
fn a_summary_that_names_the_current_role_describes_its_company() {
    let lena = |summary: &str| {
        forecast_for(
            json!({
                "basics": { "name": "Lena", "summary": summary },
                "work": [
                    { "name": "Greenly", "position": "Head of Engineering",
                      "startDate": "2022-05-01",
                      "highlights": ["Grew engineering from 12 to 35 engineers across 5 teams"] },
                    { "name": "Delivery Hero", "position": "Senior Software Engineer",
                      "startDate": "2014-01-01", "endDate": "2022-04-30" } ] }),
            7,
            4000,
        )
    };
    let named = lena("Head of Engineering at a Series B scale-up (110 employees).");
    assert_eq!(named.environment, "startup");
    // A summary about something else says nothing of Greenly.
    let other = lena("I spent my twenties at a Fortune 500 bank.");
    assert_eq!(other.environment, "typical");
}

#[test]
fn a_bank_that_grades_every_employee_or_one_described_by_its_reach_is_an_enterprise() {
    let at = |name: &str, description: &str| {
        forecast_for(
            json!({ "work": [
                { "name": name, "position": "Engineering Manager", "startDate": "2023-06-01",
                  "description": description, "highlights": ["Manage 8 engineers"] },
                { "name": name, "position": "Senior Developer",
                  "startDate": "2015-02-01", "endDate": "2023-05-31" } ] }),
            7,
            4000,
        )
    };
    // The lexicon's grade employers are large banks: nothing more needs saying.
    let hsbc = at("HSBC", "");
    assert_eq!(hsbc.environment, "enterprise");
    assert_eq!(at("Acme Bank", "global bank").environment, "enterprise");
    let unknown = at("Acme Bank", "");
    assert_eq!(unknown.environment, "typical");
    assert!(hsbc.years_to_cto.p50 > unknown.years_to_cto.p50);
}

#[test]
fn a_known_big_employer_is_an_enterprise_without_a_stated_size() {
    let at = |name: &str| {
        forecast_for(
            json!({ "work": [
                { "name": name, "position": "Staff Software Engineer", "startDate": "2019-06-01",
                  "highlights": ["Tech lead for a team of 7 engineers"] },
                { "name": name, "position": "Software Engineer",
                  "startDate": "2013-02-01", "endDate": "2019-05-31" } ] }),
            7,
            4000,
        )
    };
    // Most records at Google or Microsoft say nothing of the company's size; the
    // lexicon's enterprise_employers know it.
    let google = at("Google");
    assert_eq!(google.environment, "enterprise");
    assert_eq!(at("Microsoft Corporation").environment, "enterprise");
    // Whole words only: a startup whose name contains a big firm's is not one.
    assert_eq!(at("Googlers Anonymous Ltd").environment, "typical");
    let unknown = at("Acme Software");
    assert_eq!(unknown.environment, "typical");
    assert!(google.years_to_cto.p50 > unknown.years_to_cto.p50);
}

#[test]
fn a_government_department_is_an_enterprise() {
    let at = |name: &str| {
        forecast_for(
            json!({ "work": [
                { "name": name, "position": "Engineering Manager", "startDate": "2019-06-01",
                  "highlights": ["Managed two scrum teams (14 people)"] },
                { "name": name, "position": "Software Engineer",
                  "startDate": "2013-02-01", "endDate": "2019-05-31" } ] }),
            7,
            4000,
        )
    };
    // Central government and national health services employ tens of thousands, with
    // grades between an engineer and the top, even when the record names no size.
    for name in [
        "Department for Education",
        "HM Revenue & Customs",
        "NHS Digital",
    ] {
        assert_eq!(at(name).environment, "enterprise", "{name}");
    }
    assert_eq!(at("Education Tech Ltd").environment, "typical");
}
