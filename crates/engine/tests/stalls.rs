//! Stall patterns a careful reader would flag, and only those: a dead end where the
//! work has outgrown the title and promises keep moving.

mod common;

use common::*;
use ctopath_engine::Severity;
use serde_json::json;

#[test]
fn an_engineer_leading_a_team_for_years_on_promises_is_in_a_dead_end() {
    let a = assess_json(
        "waiting.json",
        &json!({ "work": [
            { "name": "GovSoft", "position": "Software Engineer", "startDate": "2012-03-01",
              "highlights": [
                  "Maintain the tax filing system in Java",
                  "Mentored two interns",
                  "Promised a senior title in 2019 and again in 2022; still waiting",
                  "Acting team lead for 5 developers since 2020 while the lead post stays vacant"] } ] }),
    );
    assert_eq!(a.level.id, "L4", "{:?}", a.level.evidence);
    assert!(
        (5.5..7.5).contains(&a.leadership_years),
        "{}",
        a.leadership_years
    );
    assert!(!flagged(&a).contains(&"ic_too_long"));
    assert_eq!(severity(&a, "dead_end_environment"), Some(Severity::High));
    let dead_end = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "dead_end_environment");
    let quotes: Vec<&str> = dead_end
        .unwrap()
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert!(
        quotes.iter().any(|q| q.contains("Promised a senior title")),
        "{quotes:?}"
    );
}

#[test]
fn an_acting_qa_manager_waiting_for_a_promised_title_is_in_a_dead_end() {
    let a = assess_json(
        "sdet.json",
        &json!({ "work": [
            { "name": "PayCo", "position": "Senior SDET", "startDate": "2021-01",
              "highlights": ["Acting QA manager for 5 testers since 2023",
                             "Own the test automation framework used by 12 teams",
                             "Promised the QA Manager title in 2023; still waiting"] },
            { "name": "PayCo", "position": "SDET", "startDate": "2018-01", "endDate": "2020-12" },
            { "name": "Agency", "position": "QA Tester", "startDate": "2016-01",
              "endDate": "2017-12" } ] }),
    );
    assert_eq!(a.route, "quality_engineering");
    assert_eq!(severity(&a, "dead_end_environment"), Some(Severity::High));
    let evidence = &a
        .stall_patterns
        .iter()
        .find(|p| p.id == "dead_end_environment")
        .unwrap()
        .evidence;
    assert!(
        evidence
            .iter()
            .any(|e| e.text.contains("Promised the QA Manager title")),
        "{evidence:?}"
    );
    // The acting counts from 2023, as the text says, not from joining in 2021.
    let above = evidence.iter().find(|e| e.kind == "above_title").unwrap();
    assert!(above.text.starts_with("3.9 years"), "{}", above.text);
}

#[test]
fn rewriting_the_billing_system_to_make_it_perfect_is_perfection_not_business() {
    let a = assess_json(
        "perfectionist-billing.json",
        &json!({ "work": [
            { "name": "SaaSCo", "position": "Staff Engineer", "startDate": "2019-01",
              "highlights": [
                  "Rewrote the billing system from scratch for the third time to make it perfect",
                  "Spent 18 months building an infinitely scalable event bus before launch"] },
            { "name": "Startup", "position": "Senior Engineer", "startDate": "2014-01",
              "endDate": "2018-12" } ] }),
    );
    // "billing" names what was rebuilt, not a business result.
    assert!(
        flagged(&a).contains(&"perfection_over_business_value"),
        "{:?}",
        flagged(&a)
    );
    // A business result in another bullet of the same role clears it.
    let b = assess_json(
        "rewrite-with-result.json",
        &json!({ "work": [
            { "name": "SaaSCo", "position": "Staff Engineer", "startDate": "2019-01",
              "highlights": [
                  "Rewrote the billing system from scratch",
                  "Launched usage-based pricing with sales, adding new revenue"] } ] }),
    );
    assert!(
        !flagged(&b).contains(&"perfection_over_business_value"),
        "{:?}",
        flagged(&b)
    );
}

#[test]
fn a_manager_who_says_they_let_a_problem_sit_is_avoiding_people_decisions() {
    let a = assess_json(
        "avoider.json",
        &json!({ "work": [
            { "name": "MidCo", "position": "Engineering Manager", "startDate": "2019-01",
              "highlights": [
                  "Manage 9 engineers on the data platform",
                  "Kept an underperforming senior engineer on the team for two years rather than address it",
                  "Avoided conflict between two architects; let them work it out"] },
            { "name": "MidCo", "position": "Senior Engineer", "startDate": "2014-01",
              "endDate": "2018-12" } ] }),
    );
    // "underperforming" and "conflict" are words of people decisions, but here they
    // describe decisions put aside: the pattern shows outright, on the person's words.
    let p = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "avoiding_people_decisions");
    let p = p.unwrap_or_else(|| panic!("{:?}", flagged(&a)));
    assert_eq!(p.severity, Severity::High);
    let sources: Vec<&str> = p.evidence.iter().map(|e| e.source.as_str()).collect();
    assert_eq!(sources, ["work[0].highlights[1]", "work[0].highlights[2]"]);
}

#[test]
fn a_founding_cto_whose_team_is_the_organisation_meets_the_scaling_ceiling() {
    // No engineering head count stated apart from the team this founder built.
    let a = assess_json(
        "founder-ceiling.json",
        &json!({ "work": [
            { "name": "Growthly", "description": "Series C scale-up",
              "position": "Founder and CTO", "startDate": "2016-01",
              "highlights": [
                  "Built the company from zero to 120 engineers",
                  "Investors brought in a VP of Engineering above my team leads",
                  "I personally approve every pull request to main"] } ] }),
    );
    let p = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "founder_scaling_ceiling");
    let p = p.unwrap_or_else(|| panic!("{:?}", flagged(&a)));
    assert_eq!(p.severity, Severity::High);
    let kinds: Vec<&str> = p.evidence.iter().map(|e| e.kind.as_str()).collect();
    assert!(
        kinds.contains(&"outgrown") && kinds.contains(&"hands_on"),
        "{:?}",
        p.evidence
    );
}

#[test]
fn an_engineering_manager_running_managers_for_years_is_in_a_dead_end() {
    let a = assess_json(
        "em-of-managers.json",
        &json!({ "work": [
            { "name": "Scale", "position": "Engineering Manager", "startDate": "2020-01",
              "highlights": [
                  "Manage 4 engineering managers and 35 engineers",
                  "Own the $4M platform budget",
                  "Run quarterly planning for the platform group"] },
            { "name": "Scale", "position": "Senior Engineer", "startDate": "2014-01",
              "endDate": "2019-12" } ] }),
    );
    // A director's work under a manager's title for six years, with no word of hiring:
    // managing managers is the people work of that scope.
    let p = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "dead_end_environment");
    let p = p.unwrap_or_else(|| panic!("{:?}", flagged(&a)));
    assert_eq!(p.severity, Severity::High);
    assert_eq!(p.evidence[0].source, "work[0]");
}

#[test]
fn a_leader_outside_engineering_is_not_told_they_stayed_ic_too_long() {
    let chief = assess_json(
        "cpo.json",
        &json!({ "work": [
            { "name": "AppCo", "position": "Chief Product Officer", "startDate": "2021-01",
              "highlights": ["Lead product and design, 25 people"] },
            { "name": "AppCo", "position": "Head of Product", "startDate": "2017-01",
              "endDate": "2020-12" } ] }),
    );
    assert!(
        !flagged(&chief).contains(&"ic_too_long"),
        "{:?}",
        flagged(&chief)
    );
    // The 25 people are the team the chief leads and, by the rank, manages: their
    // years count as leading and their scope places the role, above a tech lead's cap.
    assert!(chief.leadership_years > 5.0, "{}", chief.leadership_years);
    assert!(chief.level.number >= 6, "{:?}", chief.level.evidence);
    // A product manager's title names no rank: the question still stands.
    let pm = assess_json(
        "pm.json",
        &json!({ "work": [
            { "name": "AppCo", "position": "Senior Product Manager", "startDate": "2016-01",
              "highlights": ["Own the payments roadmap"] } ] }),
    );
    assert!(flagged(&pm).contains(&"ic_too_long"), "{:?}", flagged(&pm));
}

#[test]
fn two_quick_jumps_that_end_as_vp_of_four_are_title_chasing_at_its_plainest() {
    let job = |name: &str, title: &str, start: &str, end: Option<&str>, team: u32| {
        let mut j = json!({ "name": name, "position": title, "startDate": start,
            "highlights": [format!("Led a team of {team} engineers")] });
        if let Some(end) = end {
            j["endDate"] = json!(end);
        }
        j
    };
    let a = assess_json(
        "chaser.json",
        &json!({ "work": [
            job("Brightly", "VP of Engineering", "2025-09-01", None, 4),
            job("Nexa", "Director of Engineering", "2024-06-01", Some("2025-08-31"), 4),
            job("Quark", "Head of Engineering", "2023-05-01", Some("2024-05-31"), 5),
            job("Lumo", "Engineering Manager", "2022-03-01", Some("2023-04-30"), 4),
            { "name": "Zeta", "position": "Senior Software Engineer",
              "startDate": "2019-01-01", "endDate": "2022-02-28" } ] }),
    );
    let chasing = a.stall_patterns.iter().find(|p| p.id == "chasing_titles");
    let chasing = chasing.unwrap_or_else(|| panic!("{:?}", flagged(&a)));
    assert_eq!(chasing.severity, Severity::High, "{:?}", chasing.evidence);
    assert!(
        (chasing.evidence.iter()).any(|e| e.text.contains("at most five")),
        "{:?}",
        chasing.evidence
    );
}

#[test]
fn a_senior_engineer_holding_one_on_ones_and_reviews_for_six_is_in_a_dead_end() {
    let a = assess_json(
        "stuck.json",
        &json!({ "work": [
            { "name": "Medisoft", "position": "Senior Software Engineer",
              "description": "health-tech scale-up", "startDate": "2019-04-01",
              "highlights": [
                "Run weekly 1:1s with the 6 engineers on the claims team and write their performance reviews",
                "Hired 4 engineers and run our interview loop",
                "Was promised the Engineering Manager title in 2022; the promotion has been postponed twice"] },
            { "name": "Medisoft", "position": "Software Engineer",
              "startDate": "2015-09-01", "endDate": "2019-03-31" } ] }),
    );
    assert!(a.level.number >= 5, "{:?}", a.level.evidence);
    assert!(a.leadership_years > 5.0, "{}", a.leadership_years);
    let dead_end = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "dead_end_environment");
    let dead_end = dead_end.unwrap_or_else(|| panic!("{:?}", flagged(&a)));
    assert_eq!(dead_end.severity, Severity::High);
}

#[test]
fn a_manager_every_change_and_incident_waits_on_is_too_deep_even_in_a_small_team() {
    let em = |team: u32, bullets: &[&str]| {
        let mut highlights = vec![format!("Manage {team} engineers on the ledger team")];
        highlights.extend(bullets.iter().map(|b| b.to_string()));
        assess_json(
            "em.json",
            &json!({ "work": [
                { "name": "Orbit Payments", "position": "Engineering Manager",
                  "startDate": "2021-04-01", "highlights": highlights },
                { "name": "Orbit Payments", "position": "Senior Software Engineer",
                  "startDate": "2016-02-01", "endDate": "2021-03-31" } ] }),
        )
    };
    let gate = [
        "Still write about 70% of the team's code myself",
        "Personally review every pull request and take the hardest tickets",
        "Am the on-call escalation for every incident",
    ];
    let a = em(8, &gate);
    assert_eq!(
        severity(&a, "too_deep_in_implementation"),
        Some(Severity::Medium)
    );
    let deep = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "too_deep_in_implementation");
    let quotes: Vec<&str> = deep
        .unwrap()
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert!(quotes[0].contains("every pull request"), "{quotes:?}");
    // Below twenty engineers, coding alone is healthy, and a team of four has one
    // reviewer as a matter of course.
    let coding = em(
        8,
        &[
            "Wrote the reconciliation service",
            "Implemented the audit log",
        ],
    );
    assert!(!flagged(&coding).contains(&"too_deep_in_implementation"));
    assert!(!flagged(&em(4, &gate)).contains(&"too_deep_in_implementation"));
}

#[test]
fn a_principal_title_reached_by_yearly_jumps_reads_one_step_above_where_they_began() {
    let a = assess_json(
        "hopper.json",
        &json!({ "work": [
            { "name": "Finly", "position": "Principal Engineer", "startDate": "2025-04",
              "highlights": ["Work on the payments API"] },
            { "name": "Tradey", "position": "Staff Engineer", "startDate": "2024-03",
              "endDate": "2025-03", "highlights": ["Built REST endpoints for the trading app"] },
            { "name": "Shoply", "position": "Senior Engineer", "startDate": "2023-02",
              "endDate": "2024-02", "highlights": ["Fixed bugs in checkout"] },
            { "name": "Shoply", "position": "Software Engineer", "startDate": "2021-01",
              "endDate": "2023-01" } ] }),
    );
    assert_eq!(a.level.id, "L4", "{:?}", a.level.evidence);
    let why = level_evidence(&a, "title_jumps");
    assert!(
        why.text.contains("Senior Engineer at Shoply"),
        "{}",
        why.text
    );
    assert!(flagged(&a).contains(&"chasing_titles"));
    // The same titles held for years each are a career, not a chase.
    let steady = assess_json(
        "steady.json",
        &json!({ "work": [
            { "name": "Finly", "position": "Principal Engineer", "startDate": "2022-04",
              "highlights": ["Work on the payments API"] },
            { "name": "Tradey", "position": "Staff Engineer", "startDate": "2019-03",
              "endDate": "2022-03" },
            { "name": "Shoply", "position": "Senior Engineer", "startDate": "2016-02",
              "endDate": "2019-02" } ] }),
    );
    assert_eq!(steady.level.id, "L5", "{:?}", steady.level.evidence);
}

#[test]
fn an_acting_title_leads_from_the_date_its_text_gives() {
    let a = assess_json(
        "interim.json",
        &json!({ "work": [
            { "name": "Carta Health", "position": "Staff Engineer (interim engineering manager)",
              "startDate": "2022-01",
              "highlights": ["Interim EM for 9 engineers since June 2023 while we search for a manager"] },
            { "name": "Carta Health", "position": "Senior Engineer", "startDate": "2018-01",
              "endDate": "2021-12" } ] }),
    );
    // From June 2023 to the suite's date (2026-11-21), not from January 2022 when the
    // staff role began (4.9 years).
    assert!(
        (3.3..3.7).contains(&a.leadership_years),
        "{}",
        a.leadership_years
    );
}

#[test]
fn stated_direct_reports_are_managed_so_an_engineer_with_eight_works_as_a_manager() {
    let yaml = |reports: u32| {
        format!(
            "ctopath: 1\nperson: {{ name: Jo Baker }}\npositions:\n  - title: Senior Software Engineer\n    organisation: Acme Insurance\n    start: 2019-01\n    acting: true\n    direct_reports: {reports}\n    highlights:\n      - Running the claims team day to day\n  - title: Software Engineer\n    organisation: Acme Insurance\n    start: 2014-06\n    end: 2018-12\n"
        )
    };
    let a = assess_profile(&parse("acting.yaml", yaml(8).as_bytes()));
    assert_eq!(a.level.id, "L5", "{:?}", a.level.evidence);
    assert!(flagged(&a).contains(&"dead_end_environment"));
    // No one reporting: the title is the job.
    let b = assess_profile(&parse("acting.yaml", yaml(0).as_bytes()));
    assert_eq!(b.level.id, "L3", "{:?}", b.level.evidence);
}

#[test]
fn rebuilding_for_imagined_scale_with_no_result_is_perfection_over_value() {
    let a = assess_json(
        "rebuilder.json",
        &json!({ "work": [
            { "name": "DataCo", "position": "Lead Engineer", "startDate": "2021-01",
              "highlights": [
                  "Spent 14 months rebuilding the ingestion platform from scratch for 100x future scale",
                  "Designed a fully generic event bus before any team needed it",
                  "Delayed launch twice to refactor the codebase to clean architecture"] },
            { "name": "DataCo", "position": "Senior Engineer", "startDate": "2016-01",
              "endDate": "2020-12" } ] }),
    );
    assert_eq!(
        severity(&a, "perfection_over_business_value"),
        Some(Severity::High),
        "{:?}",
        flagged(&a)
    );
}

#[test]
fn line_managing_and_deciding_on_people_under_an_engineer_title_is_a_dead_end() {
    let developer = |bullets: &[&str]| {
        assess_json(
            "stuck.json",
            &json!({ "work": [
                { "name": "Harbour Insurance Tech", "position": "Senior Developer",
                  "startDate": "2019-01", "highlights": bullets },
                { "name": "Harbour Insurance Tech", "position": "Developer",
                  "startDate": "2015-08", "endDate": "2018-12" } ] }),
        )
    };
    // A team of five is a team lead's scope, one level above the title; managing them
    // and deciding on them is a manager's work all the same.
    let a = developer(&[
        "Line manage five developers and run their appraisals",
        "Interviewed and hired three developers in 2024",
    ]);
    assert_eq!(severity(&a, "dead_end_environment"), Some(Severity::High));
    let found = a
        .stall_patterns
        .iter()
        .find(|p| p.id == "dead_end_environment")
        .unwrap();
    assert!(
        found.evidence[0].text.contains("without a manager's title"),
        "{:?}",
        found.evidence
    );
    // A promise that keeps moving is quoted beside it.
    let told = developer(&[
        "Line manage five developers and run their appraisals",
        "Told in 2022 and again in 2024 that the team lead role would be created next year",
    ]);
    assert!(
        told.stall_patterns.iter().any(|p| p
            .evidence
            .iter()
            .any(|e| e.text.starts_with("Told in 2022"))),
        "{:?}",
        told.stall_patterns
    );
    // Senior engineers often line-manage graduates as part of the job.
    let graduates = developer(&["Line managed 4 graduates", "Built the search service"]);
    assert!(!flagged(&graduates).contains(&"dead_end_environment"));
}

#[test]
fn stated_reports_are_line_reports_but_a_lead_with_reports_has_the_usual_job() {
    let yaml = |title: &str| {
        format!(
            "ctopath: 1\npositions:\n  - title: {title}\n    organisation: Fintrail\n    \
             start: 2020-02\n    direct_reports: 5\n    highlights:\n      - Hired three \
             of the engineers on the team\n  - title: Software Engineer\n    organisation: \
             Fintrail\n    start: 2016-09\n    end: 2020-01\n"
        )
    };
    let senior = assess_profile(&parse(
        "senior.yaml",
        yaml("Senior Software Engineer").as_bytes(),
    ));
    assert_eq!(
        severity(&senior, "dead_end_environment"),
        Some(Severity::High)
    );
    // A lead engineer with reports is the common tech-lead-manager job, not above the title.
    let lead = assess_profile(&parse("lead.yaml", yaml("Lead Engineer").as_bytes()));
    assert!(
        !flagged(&lead).contains(&"dead_end_environment"),
        "{:?}",
        flagged(&lead)
    );
}

#[test]
fn a_small_team_after_a_role_that_stated_none_is_no_growth_in_scope() {
    let a = assess_json(
        "vp-of-four.json",
        &json!({ "work": [
            { "name": "Nimbus Apps", "position": "VP of Engineering", "startDate": "2025-06",
              "highlights": ["Looking after a small team of four developers"] },
            { "name": "Quillo", "position": "Head of Engineering", "startDate": "2024-04",
              "endDate": "2025-05", "highlights": ["Team of 4"] },
            { "name": "Brightlane", "position": "Lead Developer", "startDate": "2023-03",
              "endDate": "2024-03", "highlights": ["Worked on the booking flow"] },
            { "name": "Brightlane", "position": "Senior Developer", "startDate": "2022-05",
              "endDate": "2023-02" },
            { "name": "Cobalt Digital", "position": "Developer", "startDate": "2020-09",
              "endDate": "2022-04" } ] }),
    );
    // Lead Developer to Head of Engineering of four is a jump like the others, so the VP
    // title came after three of them and reads as the team of four shows: a tech lead.
    assert_eq!(a.level.id, "L4", "{:?}", a.level.evidence);
    let why = level_evidence(&a, "title_jumps");
    assert!(why.text.contains("after 3 moves"), "{}", why.text);
    assert_eq!(severity(&a, "chasing_titles"), Some(Severity::High));
}

#[test]
fn one_plain_rewrite_is_a_question_and_a_perfect_one_a_finding() {
    let cto = |bullet: &str| {
        assess_json(
            "first-cto.json",
            &json!({ "work": [
                { "name": "Hearthly (seed-stage, 12 people)", "position": "CTO",
                  "startDate": "2025-02",
                  "highlights": [bullet, "Run the engineering team of 4"] },
                { "name": "Monzo", "position": "Senior Backend Engineer",
                  "startDate": "2020-04", "endDate": "2025-01" } ] }),
        )
    };
    // The MVP the founders had built may well have needed rebuilding.
    assert_eq!(
        severity(
            &cto("Rebuilt the MVP and hired 3 engineers"),
            "perfection_over_business_value"
        ),
        Some(Severity::Low)
    );
    assert_eq!(
        severity(
            &cto("Rebuilt the MVP from scratch to make the architecture perfect"),
            "perfection_over_business_value"
        ),
        Some(Severity::Medium)
    );
}
