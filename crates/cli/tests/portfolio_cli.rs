//! The portfolio of outcomes through the binary: filters by period, competency, tag
//! and tour; quantifying outcomes in place; the brag document grouped by competency
//! with the evidence and source of each outcome.

use predicates::prelude::*;
use serde_json::Value;

mod common;

use common::Env;

/// Portfolio-only checks on the shared environment.
impl Env {
    fn ids(&self, args: &[&str]) -> Vec<String> {
        let mut all = vec!["portfolio", "list", "--format", "json"];
        all.extend(args);
        self.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    }

    fn refused(&self, args: &[&str], message: &str) {
        let before = self.revisions();
        self.cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert_eq!(self.revisions(), before, "{args:?} wrote a revision");
    }
}

/// The tech lead, plus three outcomes dated across 2025 and 2026.
fn tech_lead() -> Env {
    let env = Env::with_import("profiles/tech-lead.yaml");
    for (text, date, competency, tag) in [
        (
            "Hired four engineers for the payments team",
            "2025-11-12",
            "hiring",
            "team",
        ),
        (
            "Wrote the payments reliability strategy",
            "2026-02",
            "strategic_thinking",
            "strategy",
        ),
        (
            "Ran the 2026 hiring loop redesign",
            "2026-08-03",
            "hiring",
            "team",
        ),
    ] {
        env.ok(&[
            "achievement",
            "add",
            text,
            "--date",
            date,
            "--competency",
            competency,
            "--tag",
            tag,
        ]);
    }
    env
}

#[test]
fn filters_by_period_competency_tag_and_tour() {
    let env = tech_lead();
    assert_eq!(env.ids(&[]).len(), 5);
    assert_eq!(env.ids(&["--period", "2023"]), ["checkout-latency"]);
    assert_eq!(env.ids(&["--period", "2024-Q1"]).len(), 1);
    assert_eq!(env.ids(&["--period", "2026-H1"]), ["a4"]);
    assert_eq!(env.ids(&["--period", "2026-Q3"]), ["a5"]);
    assert_eq!(
        env.ids(&["--period", "2025-11..2026-08"]),
        ["a3", "a4", "a5"]
    );
    assert_eq!(env.ids(&["--period", "2026.."]), ["a4", "a5"]);
    assert_eq!(env.ids(&["--competency", "hiring"]), ["a3", "a5"]);
    assert_eq!(
        env.ids(&["--competency", "hiring", "--period", "2026"]),
        ["a5"]
    );
    assert_eq!(env.ids(&["--tag", "performance"]), ["checkout-latency"]);
    assert_eq!(env.ids(&["--tag", "team", "--period", "2025"]), ["a3"]);
    env.refused(
        &["portfolio", "list", "--period", "2026-H3"],
        "is not a period",
    );
    env.refused(
        &["portfolio", "list", "--competency", "hirng"],
        "did you mean `hiring`",
    );
    env.refused(
        &["portfolio", "list", "--tour", "nope"],
        "unknown tour `nope`",
    );
}

#[test]
fn review_puts_numbers_on_outcomes_in_place() {
    let env = tech_lead();
    let todo: Vec<Value> = env
        .json(&["portfolio", "review", "--format", "json"])
        .as_array()
        .unwrap()
        .clone();
    let ids: Vec<&str> = todo.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["a3", "a4", "a5"],
        "only the outcomes without a number"
    );
    let before = env.revisions();
    env.ok(&[
        "portfolio",
        "review",
        "--id",
        "a3",
        "--metric",
        "time to hire",
        "--before",
        "62",
        "--after",
        "38",
        "--unit",
        "days",
        "--scope",
        "the payments team",
        "--compared-to",
        "the 2024 median",
    ]);
    assert_eq!(env.revisions(), before + 1);
    let a3 = &env.json(&["portfolio", "list", "--format", "json", "--period", "2025"])[0];
    assert_eq!(a3["metric"]["name"], "time to hire (vs. the 2024 median)");
    assert_eq!(a3["metric"]["before"], 62.0);
    assert_eq!(a3["scope"], "the payments team");
    let left = env.json(&["portfolio", "review", "--format", "json"]);
    assert_eq!(left.as_array().unwrap().len(), 2);

    env.refused(
        &[
            "portfolio",
            "review",
            "--id",
            "a9",
            "--metric",
            "x",
            "--before",
            "1",
            "--after",
            "2",
        ],
        "there is no achievement `a9`",
    );
    env.refused(
        &[
            "portfolio",
            "review",
            "--id",
            "a4",
            "--metric",
            "x",
            "--before",
            "1",
        ],
        "needs --metric, --before and --after together",
    );
    env.refused(
        &[
            "portfolio",
            "review",
            "--id",
            "a4",
            "--metric",
            "x",
            "--before",
            "NaN",
            "--after",
            "2",
        ],
        "is not a number",
    );
    env.refused(&["portfolio", "review", "--id", "a4"], "nothing to record");
}

#[test]
fn the_brag_document_groups_by_competency_with_evidence_and_source() {
    let env = tech_lead();
    let out = env.dir.path().join("brag.md");
    env.ok(&[
        "portfolio",
        "export",
        "--period",
        "2023..2026",
        "--format",
        "md",
        "-o",
        out.to_str().unwrap(),
    ]);
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(
        md.starts_with("# What I achieved: Priya Raman, 2023..2026"),
        "{md}"
    );
    let heading = |name: &str| {
        md.find(&format!("\n## {name}\n"))
            .unwrap_or_else(|| panic!("no {name} in {md}"))
    };
    // Groups in the framework's order, each outcome under its first competency.
    let (design, hiring) = (heading("System design"), heading("Hiring and interviewing"));
    let latency = md.find("### Checkout became fast enough").unwrap();
    let hires = md.find("### Hired four engineers").unwrap();
    let redesign = md.find("### Ran the 2026 hiring loop redesign").unwrap();
    assert!(
        design < latency && latency < hiring && hiring < redesign && redesign < hires,
        "{md}"
    );
    assert_eq!(
        md.matches("### Checkout became fast enough").count(),
        1,
        "told once"
    );
    assert!(md.contains("- checkout p95 latency: 1400 → 380 ms (-73%)"));
    assert!(md.contains("- as Tech Lead, Basketful"));
    assert!(md.contains("- also shows: Technical depth"));
    assert!(md.contains("- source: recorded in the profile"));
    assert!(md.contains("_no number yet: `ctopath portfolio review --id a3`_"));

    let doc = env.json(&[
        "portfolio",
        "export",
        "--period",
        "2026",
        "--format",
        "json",
    ]);
    let groups: Vec<&str> = doc["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["competency"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["hiring", "strategic_thinking"]);
    assert_eq!(doc["outcomes"], 2);
    assert_eq!(doc["groups"][0]["outcomes"][0]["id"], "a5");

    env.refused(
        &["portfolio", "export", "--period", "Q3"],
        "is not a period",
    );
}

#[test]
fn outcomes_from_a_cv_cite_their_highlight() {
    let env = Env::with_import("resumes/maya-okafor.json");
    let md = env.ok(&["portfolio", "export", "--format", "md"]);
    assert!(md.contains("## Other outcomes"), "{md}");
    assert!(
        md.contains("- source: CV highlight `work[0].highlights[0]`"),
        "{md}"
    );
    env.ok(&[
        "achievement",
        "edit",
        "ledgerly-director-of-engineering-1",
        "--competency",
        "hiring",
    ]);
    let doc = env.json(&[
        "portfolio",
        "export",
        "--competency",
        "hiring",
        "--format",
        "json",
    ]);
    assert_eq!(doc["groups"][0]["name"], "Hiring and interviewing");
    assert_eq!(
        doc["groups"][0]["outcomes"][0]["from"],
        "CV highlight `work[0].highlights[0]`"
    );
    assert_eq!(
        doc["groups"][0]["outcomes"][0]["evidence"][0],
        "engineering: 18 → 64 engineers (+256%)"
    );
}
