//! The `framework` commands driven as a user (or script) would: through the binary.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn ctopath() -> Command {
    let mut cmd = Command::cargo_bin("ctopath").unwrap();
    cmd.env_remove("CTOPATH_FRAMEWORK").env("NO_COLOR", "1");
    cmd
}

fn minimal() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../framework/tests/fixtures/minimal.yaml"
    ))
    .unwrap()
}

fn show_json(args: &[&str]) -> Value {
    let out = ctopath()
        .args(["framework", "show", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

#[test]
fn show_json_follows_the_contract() {
    let fw = show_json(&[]);
    for key in [
        "id",
        "version",
        "name",
        "routes",
        "levels",
        "tours",
        "stages",
        "competencies",
        "stall_patterns",
        "signals",
        "paths",
        "timeline",
    ] {
        assert!(fw.get(key).is_some(), "missing `{key}`");
    }
    assert_eq!(fw["id"], "cto-path");
    let level = &fw["levels"][0];
    assert_eq!(
        (
            level["id"].as_str(),
            level["number"].as_u64(),
            level["tour"].as_str()
        ),
        (Some("L1"), Some(1), Some("rotational"))
    );
    assert!(level["summary"].is_string());
    let route = &fw["routes"][0];
    assert_eq!(route["levels"][0]["level"], "L1");
    assert!(route["levels"][0]["title"].is_string());
    let tour = &fw["tours"][0];
    assert_eq!(tour["levels"], serde_json::json!(["L1", "L2", "L3"]));
    assert!(tour["horizon_years"]["min"].is_u64());
    let cto = fw["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "cto")
        .unwrap();
    assert!(cto["years"]["max"].is_null(), "the CTO stage is open-ended");
    for key in [
        "name",
        "levels",
        "coding_share",
        "optimize_for",
        "milestone",
        "mistake",
    ] {
        assert!(cto.get(key).is_some(), "stage lacks `{key}`");
    }
    let comp = &fw["competencies"][0];
    assert!(comp["group"].is_string() && comp["indicators"].is_object());
    for key in ["id", "name", "description", "advice"] {
        assert!(
            fw["stall_patterns"][0].get(key).is_some(),
            "pattern lacks `{key}`"
        );
    }
    assert!(fw["paths"][0]["pros"].is_array() && fw["paths"][0]["cons"].is_array());
    assert_eq!(
        fw["timeline"]["typical"],
        serde_json::json!({"min": 8, "max": 15})
    );
    assert!(fw["timeline"]["accelerators"].is_array());
}

#[test]
fn show_then_validate_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shown.json");
    let out = ctopath()
        .args(["framework", "show", "--format", "json"])
        .output()
        .unwrap();
    std::fs::write(&path, &out.stdout).unwrap();
    ctopath()
        .args(["framework", "validate"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains("is a valid framework"));
    // And the copy is the same framework when shown again.
    let again = show_json(&["--framework", path.to_str().unwrap()]);
    assert_eq!(again, show_json(&[]));
}

#[test]
fn table_and_markdown_views_read_well() {
    let table = ctopath()
        .args(["framework", "show", "--format", "table"])
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    for needle in [
        "Levels and titles",
        "Chief Technology Officer",
        "Stages",
        "Competencies",
        "Stall patterns",
        "70",
    ] {
        assert!(text.contains(needle), "table view lacks {needle:?}");
    }
    let md = ctopath()
        .args([
            "framework",
            "show",
            "--format",
            "md",
            "--section",
            "stages,paths",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# "));
    assert!(md.contains("## Stages") && md.contains("## Paths"));
    assert!(
        !md.contains("## Competencies"),
        "--section limits the output"
    );
}

#[test]
fn validate_reports_every_problem_with_location_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.yaml");
    let text = minimal()
        .replacen(
            "tour: craft, summary: Leads",
            "tour: mastery, summary: Leads",
            1,
        )
        .replacen("group: engineer", "group: leader", 1);
    std::fs::write(&path, &text).unwrap();
    let out = ctopath()
        .args(["framework", "validate"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("level `L2` belongs to tour `mastery`, which is not defined"),
        "{err}"
    );
    assert!(err.contains("broken.yaml:13:26"), "{err}");
    assert!(err.contains("field: levels[1].tour"), "{err}");
    assert!(err.contains("competency group `leader`"), "{err}");
    assert!(err.contains("help:"), "{err}");
}

#[test]
fn validate_json_report_is_machine_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.yaml");
    std::fs::write(
        &path,
        minimal().replacen("years: { min: 0, max: 5 }", "years: { min: 9, max: 5 }", 1),
    )
    .unwrap();
    let out = ctopath()
        .args(["framework", "validate", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(report["problems"][0]["rule"], "inverted-range");
    assert_eq!(report["problems"][0]["path"], "stages[0].years");
    assert!(report["problems"][0]["line"].is_u64());
}

#[test]
fn unreadable_input_exits_2_with_a_clear_message() {
    ctopath()
        .args(["framework", "validate", "/no/such/framework.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read `/no/such/framework.yaml`: no such file",
        ));
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("binary.yaml");
    std::fs::write(&bin, [0u8, 159, 146, 150, 0, 1]).unwrap();
    ctopath()
        .args(["framework", "validate"])
        .arg(&bin)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary"));
    let deep = dir.path().join("deep.json");
    std::fs::write(&deep, "[".repeat(1_000_000)).unwrap();
    ctopath()
        .args(["framework", "validate"])
        .arg(&deep)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nests deeper"));
    ctopath()
        .args(["framework", "show", "--framework"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a directory"));
    ctopath()
        .args(["framework", "show", "--format", "xml"])
        .assert()
        .code(2);
}

#[test]
fn schema_is_published_and_in_sync() {
    let out = ctopath().args(["framework", "schema"]).output().unwrap();
    assert!(out.status.success());
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["title"], "Framework");
    let checked_in = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schemas/framework.schema.json"
    ))
    .expect("schemas/framework.schema.json is checked in");
    assert_eq!(
        checked_in,
        String::from_utf8(out.stdout).unwrap(),
        "schemas/framework.schema.json is stale: run `cargo run -p ctopath -- framework schema > schemas/framework.schema.json`"
    );
}
