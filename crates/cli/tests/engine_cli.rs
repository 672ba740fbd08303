//! `assess`, `plan`, `forecast` and `batch` through the binary: the contract's JSON,
//! the human views, reproducibility and bad input.

mod common;

use common::{EXAMPLES, Env};
use serde_json::Value;

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

#[test]
fn batch_assesses_every_line_and_reports_bad_lines_by_number() {
    let env = Env::new();
    let dir = env.dir.path();
    let good = std::fs::read_to_string(example("resumes/new-graduate.json")).unwrap();
    let good: Value = serde_json::from_str(&good).unwrap();
    let own = r#"{"ctopath": 1, "positions": [{"title": "CTO", "organisation": "X", "org_engineers": 200, "start": "2010"}]}"#;
    let input = format!(
        "{}\n{{\"basics\": {{\"name\": \"Broken\"}}, \"work\": [{{\"startDate\": \"2020-99\"}}]}}\nnot json at all\n\n{own}\n",
        serde_json::to_string(&good).unwrap()
    );
    let path = dir.join("in.jsonl");
    std::fs::write(&path, input).unwrap();
    let out_path = dir.join("out.jsonl");
    let out = env.run(&[
        "batch",
        "assess",
        "--input",
        path.to_str().unwrap(),
        "--output",
        out_path.to_str().unwrap(),
        "--runs",
        "500",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = std::fs::read_to_string(&out_path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one record per non-blank input line");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["level"]["id"], "L1");
    assert_eq!(lines[1]["line"], 2);
    assert!(
        lines[1]["error"]["path"]
            .as_str()
            .unwrap()
            .contains("work[0].startDate"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"]["message"].is_string());
    // Every error record says how to fix it, a line that is not an object included.
    for bad in [&lines[1], &lines[2]] {
        assert!(
            bad["error"]["help"].as_str().is_some_and(|h| !h.is_empty()),
            "{bad}"
        );
    }
    assert!(
        lines[2]["error"]["help"]
            .as_str()
            .unwrap()
            .contains("one JSON object"),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["line"], 5);
    assert_eq!(lines[3]["stage"], "cto");
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 lines had errors"));
}

#[test]
fn batch_generate_and_assess_round_trip_in_parallel() {
    let env = Env::new();
    let dir = env.dir.path();
    let input = dir.join("gen.jsonl");
    let out = env.run(&[
        "batch",
        "generate",
        "--count",
        "300",
        "--seed",
        "9",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let again = env.run(&["batch", "generate", "--count", "300", "--seed", "9"]);
    assert_eq!(
        std::fs::read(&input).unwrap(),
        again.stdout,
        "the same seed writes the same file"
    );
    let out = env.run(&[
        "batch",
        "assess",
        "--input",
        input.to_str().unwrap(),
        "--threads",
        "2",
        "--runs",
        "200",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["line"], i + 1, "output keeps input order");
        assert!(l.get("error").is_none(), "{l}");
    }
}

#[test]
fn batch_output_does_not_depend_on_the_number_of_threads() {
    let env = Env::new();
    let input = env.dir.path().join("gen.jsonl");
    let gen_out = env.run(&["batch", "generate", "--count", "333", "--seed", "4"]);
    std::fs::write(&input, gen_out.stdout).unwrap();
    let run = |threads: &str| {
        let out = env.run(&[
            "batch",
            "assess",
            "--input",
            input.to_str().unwrap(),
            "--threads",
            threads,
            "--runs",
            "300",
        ]);
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), 333);
    assert!(
        one == run("4"),
        "four workers write what one writes, in order"
    );
}

/// `--output` may be a pipe (process substitution, a FIFO feeding a compressor): it is
/// written into, not replaced by a renamed file.
#[cfg(unix)]
#[test]
fn batch_writes_into_a_pipe_instead_of_replacing_it() {
    use std::os::unix::fs::FileTypeExt;
    let env = Env::new();
    let dir = env.dir.path();
    let input = dir.join("gen.jsonl");
    std::fs::write(
        &input,
        env.run(&["batch", "generate", "--count", "20"]).stdout,
    )
    .unwrap();
    let fifo = dir.join("out.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Read on another thread; were the FIFO replaced, this read would never end, so
    // the test waits for it with a time limit instead of hanging.
    let (sent, read) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || sent.send(std::fs::read_to_string(fifo).unwrap()));
    }
    let out = env.run(&[
        "batch",
        "assess",
        "--input",
        input.to_str().unwrap(),
        "--output",
        fifo.to_str().unwrap(),
        "--runs",
        "100",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = read
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the pipe was written into");
    assert_eq!(text.lines().count(), 20);
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}
