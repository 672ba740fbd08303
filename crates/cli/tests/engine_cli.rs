//! `assess`, `plan` and `forecast` through the binary: the contract's JSON,
//! the human views, reproducibility and bad input.

mod common;

use common::{EXAMPLES, Env};

fn example(file: &str) -> String {
    format!("{EXAMPLES}/{file}")
}

#[test]
fn assess_json_follows_the_contract() {
    let env = Env::new();
    let file = example("resumes/maya-okafor.json");
    let a = env.json(&[
        "assess",
        "--profile",
        &file,
        "--format",
        "json",
        "--as-of",
        "2026-11-21",
    ]);
    for key in [
        "framework",
        "route",
        "level",
        "tour",
        "stage",
        "years_experience",
        "readiness",
        "competencies",
        "stall_patterns",
        "signals",
        "forecast",
        "path_fit",
        "role_fit",
    ] {
        assert!(a.get(key).is_some(), "missing {key}");
    }
    assert_eq!(a["framework"]["id"], "cto-path");
    // The built-in framework's seven patterns and the founder's ceiling were all looked for.
    assert_eq!(a["patterns_checked"], 8);
    assert_eq!(a["level"]["id"], "L7");
    assert_eq!(a["level"]["number"], 7);
    let confidence = a["level"]["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&confidence));
    let evidence = a["level"]["evidence"].as_array().unwrap();
    assert!(
        evidence
            .iter()
            .all(|e| e["kind"].is_string() && e["text"].is_string() && e["source"].is_string())
    );
    assert!(
        evidence
            .iter()
            .any(|e| e["source"].as_str().unwrap().starts_with("work[0]"))
    );
    for c in a["competencies"].as_array().unwrap() {
        for k in ["id", "current", "expected", "target", "gap"] {
            assert!(c.get(k).is_some(), "competency without {k}");
        }
    }
    let f = &a["forecast"];
    assert_eq!(f["runs"], 10_000);
    assert!(
        f["years_to_cto"]["p10"].as_f64().unwrap() <= f["years_to_cto"]["p90"].as_f64().unwrap()
    );
    let fits = a["path_fit"].as_array().unwrap();
    assert_eq!(fits.len(), 6);
    let scores: Vec<f64> = fits.iter().map(|p| p["score"].as_f64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
    assert!(a["role_fit"]["cto"].is_number() && a["role_fit"]["vp_engineering"].is_number());
}

#[test]
fn assess_of_the_stored_profile_records_a_snapshot() {
    let env = Env::new();
    let imported = env.run(&["profile", "import", &example("profiles/tech-lead.yaml")]);
    assert!(imported.status.success());
    let a = env.json(&["assess", "--format", "json"]);
    assert_eq!(a["level"]["id"], "L4");
    // A second run keeps history: the store now has two snapshots to compare.
    env.json(&["assess", "--format", "json"]);
    let db = env.dir.path().join("store.db");
    let conn = std::process::Command::new("sqlite3")
        .arg(&db)
        .arg("select count(*) from snapshots")
        .output();
    if let Ok(out) = conn
        && out.status.success()
    {
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "2");
    }
    let md = env.run(&["assess", "--format", "md", "--no-save"]);
    let text = String::from_utf8(md.stdout).unwrap();
    assert!(
        text.contains("## Competencies") && text.contains("## Forecast"),
        "{text}"
    );
}

#[test]
fn a_cto_is_told_they_are_at_the_top_not_that_they_are_ready_for_it() {
    let env = Env::new();
    let file = example("profiles/enterprise-cto.yaml");
    for format in ["table", "md"] {
        let out = env.run(&["assess", "--profile", &file, "--format", format]);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("at the top of the ladder"),
            "{format}: {text}"
        );
        assert!(!text.contains("the top 100%"), "{format}: {text}");
        assert!(!text.contains("raise readiness"), "{format}: {text}");
    }
}

#[test]
fn the_assessment_for_people_ends_with_the_next_tours_of_the_plan() {
    let env = Env::new();
    let file = example("profiles/tech-lead.yaml");
    let plan = env.json(&["plan", "--profile", &file, "--format", "json"]);
    let first = plan["tours"][0]["title"].as_str().expect("a first tour");
    for format in ["table", "md"] {
        let out = env.run(&["assess", "--profile", &file, "--format", format]);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let tours = text.find("next tours of duty").expect("a tours section");
        assert!(text[tours..].contains(first), "{format}: {text}");
        assert!(text.contains("`ctopath plan`"), "{format}: {text}");
    }
    // The JSON stays the assessment of the contract.
    let a = env.json(&["assess", "--profile", &file, "--format", "json"]);
    assert!(a.get("tours").is_none());
}

#[test]
fn plan_json_follows_the_contract() {
    let env = Env::new();
    let p = env.json(&[
        "plan",
        "--profile",
        &example("profiles/tech-lead.yaml"),
        "--format",
        "json",
    ]);
    let tours = p["tours"].as_array().unwrap();
    assert!((1..=3).contains(&tours.len()));
    for t in tours {
        for k in [
            "id",
            "tour",
            "mission",
            "success_criteria",
            "horizon_months",
            "person_gains",
            "company_gains",
            "checkin_every_weeks",
            "competencies",
        ] {
            assert!(t.get(k).is_some(), "tour without {k}");
        }
        let criteria = t["success_criteria"].as_array().unwrap();
        assert!((3..=5).contains(&criteria.len()));
        assert!(
            criteria
                .iter()
                .all(|c| c["text"].is_string() && c["measure"].is_string())
        );
        assert!(
            ["rotational", "transformational", "foundational"]
                .contains(&t["tour"].as_str().unwrap())
        );
    }
    for k in ["next_3_months", "next_6_to_12_months", "next_2_to_3_years"] {
        assert!(!p["action_plan"][k].as_array().unwrap().is_empty(), "{k}");
    }
    assert!(p["playbooks"].is_array());
    let cto = env.json(&[
        "plan",
        "--profile",
        &example("profiles/enterprise-cto.yaml"),
        "--format",
        "json",
    ]);
    assert!(
        cto["playbooks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == "first_90_days")
    );
}

#[test]
fn forecast_is_reproducible_by_seed() {
    let env = Env::new();
    let file = example("resumes/new-graduate.json");
    let args = [
        "forecast",
        "--profile",
        &file,
        "--seed",
        "7",
        "--runs",
        "2000",
        "--format",
        "json",
        "--as-of",
        "2026-11-21",
    ];
    let a = env.json(&args);
    let b = env.json(&args);
    assert_eq!(a, b);
    assert_eq!(a["runs"], 2000);
    assert_eq!(a["seed"], 7);
    let other = env.json(&[
        "forecast",
        "--profile",
        &file,
        "--seed",
        "8",
        "--runs",
        "2000",
        "--format",
        "json",
        "--as-of",
        "2026-11-21",
    ]);
    assert_ne!(a["years_to_cto"], other["years_to_cto"]);
    let cto = env.json(&[
        "forecast",
        "--profile",
        &example("profiles/enterprise-cto.yaml"),
        "--format",
        "json",
    ]);
    assert_eq!(cto["years_to_cto"]["p90"], 0.0);
}

#[test]
fn bad_input_exits_2_and_says_how_to_fix_it() {
    let env = Env::new();
    let file = example("resumes/new-graduate.json");
    let out = env.run(&["assess", "--profile", &file, "--as-of", "2026-13-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    let out = env.run(&["assess", "--profile", "/nonexistent/profile.json"]);
    assert_eq!(out.status.code(), Some(2));
    let out = env.run(&["assess"]);
    assert_eq!(out.status.code(), Some(2), "no profile in an empty store");
    assert!(String::from_utf8_lossy(&out.stderr).contains("profile import"));
    let bin = env.dir.path().join("photo.json");
    std::fs::write(&bin, [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    let out = env.run(&["plan", "--profile", bin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = env.run(&["forecast", "--profile", &file, "--runs", "0"]);
    assert_eq!(out.status.code(), Some(2));
}
