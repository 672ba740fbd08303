//! Importing, editing and exporting a career through the binary, on a real SQLite file.

mod common;

use assert_cmd::Command;
use common::Env;
use predicates::prelude::*;
use serde_json::Value;

const REALWORLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realworld");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/profiles");

#[test]
fn a_json_resume_round_trips_through_the_store() {
    let sample = format!("{REALWORLD}/jsonresume/sample.resume.json");
    let Ok(original) = std::fs::read_to_string(&sample) else {
        eprintln!("skipped: {sample} not present");
        return;
    };
    let env = Env::new();
    env.cmd()
        .args(["profile", "import", &sample])
        .assert()
        .success()
        .stderr(predicate::str::contains("JSON Resume"));
    let exported = env.json(&["profile", "export", "--format", "jsonresume"]);
    let original: Value = serde_json::from_str(&original).unwrap();
    assert_eq!(exported, original, "import then export keeps every field");
}

#[test]
fn own_format_profiles_import_and_show() {
    let env = Env::new();
    let file = format!("{EXAMPLES}/director-hypergrowth.yaml");
    env.cmd()
        .args(["profile", "import", &file, "--name", "dana"])
        .assert()
        .success();
    let shown = env.json(&["profile", "show", "--format", "json"]);
    assert!(!shown["positions"].as_array().unwrap().is_empty());
    // --profile reads the file alone and needs no store.
    let mut cmd = Command::cargo_bin("ctopath").unwrap();
    cmd.env("CTOPATH_DB", "/nonexistent/dir/never.db").args([
        "profile",
        "show",
        "--format",
        "json",
        "--profile",
        &file,
    ]);
    let direct: Value = serde_json::from_slice(&cmd.output().unwrap().stdout).unwrap();
    assert_eq!(direct, shown);
}

#[test]
fn editing_commands_change_the_profile_and_keep_history() {
    let env = Env::new();
    env.cmd()
        .args([
            "profile",
            "init",
            "--name",
            "ada",
            "--target",
            "cto",
            "--no-input",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "position",
            "add",
            "--title",
            "Engineering Manager",
            "--org",
            "Acme",
            "--start",
            "2021-03",
            "--direct-reports",
            "8",
            "--org-stage",
            "scaleup",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "position",
            "edit",
            "acme-engineering-manager",
            "--managers",
            "2",
            "--tech-differentiator",
            "false",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "achievement",
            "add",
            "Cut deploy time for 40 engineers",
            "--metric",
            "deploy time",
            "--before",
            "45",
            "--after",
            "7",
            "--unit",
            "minutes",
            "--tag",
            "platform",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "rate",
            "org_design",
            "L5",
            "--by",
            "manager",
            "--evidence",
            "split the team in two",
        ])
        .assert()
        .success();
    let p = env.json(&["profile", "show", "--format", "json"]);
    assert_eq!(p["positions"][0]["managers_reporting"], 2);
    assert_eq!(p["positions"][0]["direct_reports"], 8);
    assert_eq!(p["positions"][0]["tech_differentiator"], false);
    assert_eq!(p["achievements"][0]["metric"]["after"], 7.0);
    assert_eq!(p["ratings"][0]["by"], "manager");
    let listed = env.json(&[
        "achievement",
        "list",
        "--tag",
        "platform",
        "--format",
        "json",
    ]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(env.revisions(), 5);
    env.cmd()
        .args(["achievement", "remove", "a1"])
        .assert()
        .success();
    env.cmd()
        .args(["position", "remove", "acme-engineering-manager"])
        .assert()
        .success();
    let p = env.json(&["profile", "show", "--format", "json"]);
    assert!(p.get("positions").is_none() && p.get("achievements").is_none());
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let env = Env::new();
    env.cmd()
        .args(["profile", "init", "--name", "ada", "--no-input"])
        .assert()
        .success();
    env.cmd()
        .args([
            "position", "add", "--title", "Lead", "--org", "Acme", "--start", "2022-05",
        ])
        .assert()
        .success();
    let before = env.revisions();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "position",
                "add",
                "--title",
                "X",
                "--org",
                "Y",
                "--start",
                "2023-02-30",
            ],
            "not a real date",
        ),
        (
            vec!["position", "edit", "acme-lead", "--end", "2020-01"],
            "before it starts",
        ),
        (vec!["position", "edit", "nope"], "no position with id"),
        (
            vec![
                "position",
                "add",
                "--title",
                "X",
                "--org",
                "Y",
                "--start",
                "2020",
                "--coding-share",
                "140",
            ],
            "coding_share",
        ),
        (
            vec!["rate", "hirng", "L5", "--by", "self", "--evidence", "x"],
            "did you mean `hiring`",
        ),
        (
            vec!["rate", "hiring", "L12", "--by", "self", "--evidence", "x"],
            "L12",
        ),
        (
            vec!["achievement", "add", "x", "--before", "3"],
            "both --before and --after",
        ),
        (vec!["profile", "use", "bob"], "bob"),
    ];
    for (args, words) in cases {
        env.cmd()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(words));
    }
    assert_eq!(
        env.revisions(),
        before,
        "no failed command wrote a revision"
    );
}

#[test]
fn bad_files_are_refused_with_location_and_nothing_imported() {
    let env = Env::new();
    let bad_date = env.write("bad.json", "{\n  \"basics\": {\"name\": \"Al\"},\n  \"work\": [\n    {\"name\": \"Acme\", \"startDate\": \"2020-01\", \"endDate\": \"2019-01\"}\n  ]\n}\n");
    env.cmd()
        .args(["profile", "import"])
        .arg(&bad_date)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("work[0].endDate"))
        .stderr(predicate::str::contains("bad.json:4:"));
    let broken = env.write("broken.yaml", "person:\n  name: [unclosed\n");
    env.cmd()
        .args(["profile", "import"])
        .arg(&broken)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.yaml:2:"));
    let typo = env.write(
        "typo.yaml",
        "ctopath: 1\nperson:\n  name: Al\npositions:\n  - titel: Engineer\n    start: 2020-01\n",
    );
    env.cmd()
        .args(["profile", "import"])
        .arg(&typo)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("typo.yaml:5:"))
        .stderr(predicate::str::contains("positions[0].titel"))
        .stderr(predicate::str::contains("did you mean `title`?"));
    // A value of the wrong type: the help says what the field holds.
    let rating = env.write(
        "rating.yaml",
        "ctopath: 1\npositions:\n  - title: Engineer\n    start: 2020-01\nratings:\n  - { competency: system_design, level: 4, by: manager, date: 2025-01 }\n",
    );
    env.cmd()
        .args(["profile", "import"])
        .arg(&rating)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("rating.yaml:6:"))
        .stderr(predicate::str::contains(
            "`ratings[0].level` holds: Framework level id",
        ));
    let binary = env.write("photo.json", "\u{0}\u{1}PNG");
    env.cmd()
        .args(["profile", "import"])
        .arg(&binary)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary"));
    env.cmd()
        .args(["profile", "import", "/no/such/resume.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/no/such/resume.json"));
    let deep = env.write("deep.json", &format!("{{\"work\": {}", "[".repeat(200_000)));
    env.cmd()
        .args(["profile", "import"])
        .arg(&deep)
        .assert()
        .code(2);
    env.cmd()
        .args(["profile", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains("no profiles yet"));
}

#[test]
fn the_json_resume_fixtures_are_accepted_or_refused() {
    let dir = format!("{REALWORLD}/jsonresume/fixtures");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {dir} not present");
        return;
    };
    let env = Env::new();
    let mut checked = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        let cases: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(cases) = cases.as_object() else {
            continue;
        };
        // Run a sample through the binary (the library tests cover every case).
        for (name, doc) in cases.iter().filter(|(_, d)| d.is_object()).take(3) {
            let file = env.write("case.json", &doc.to_string());
            let out = env
                .cmd()
                .args(["profile", "import", "--name", name, "--replace"])
                .arg(&file)
                .output()
                .unwrap();
            if name.ends_with("Invalid") {
                assert_eq!(out.status.code(), Some(2), "{name} should be refused");
            } else if name.ends_with("Valid") {
                assert!(
                    out.status.success(),
                    "{name}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 10);
}

#[test]
fn evidence_cites_where_each_fact_came_from() {
    let env = Env::new();
    let resume = format!(
        "{}/../../examples/resumes/maya-okafor.json",
        env!("CARGO_MANIFEST_DIR")
    );
    env.cmd()
        .args(["profile", "import", &resume])
        .assert()
        .success();
    let found = env.json(&["profile", "evidence", "--format", "json"]);
    let director = &found["positions"][0];
    assert_eq!(director["title_match"]["level"], "L7");
    assert_eq!(director["scope"]["budget"]["value"], 4_500_000.0);
    assert_eq!(
        director["scope"]["budget"]["source"],
        "work[0].highlights[1]"
    );
    assert_eq!(director["scope"]["board_exposure"]["value"], true);
    assert_eq!(found["positions"][1]["scope"]["team_size"]["value"], 9);
}
