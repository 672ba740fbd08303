//! `ctopath report` through the binary: the three formats, the store's history in the
//! progress chart, and bad input refused with exit 2 and nothing written.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};

use assert_cmd::Command;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");

fn example(file: &str) -> String {
    format!("{EXAMPLES}/{file}")
}

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::cargo_bin("ctopath")
            .unwrap()
            .env("CTOPATH_DB", self.path("store.db"))
            .env_remove("CTOPATH_PERSON")
            .env_remove("CTOPATH_FRAMEWORK")
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Runs a command that must be refused as bad input, and returns its stderr.
    fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?} should exit 2");
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn html_report_of_a_profile_file_is_written_and_self_contained() {
    let env = Env::new();
    let out = env.path("report.html");
    let run = env.ok(&[
        "report",
        "--profile",
        &example("profiles/director-hypergrowth.yaml"),
        "--as-of",
        "2026-03-01",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&run.stderr).contains("wrote"));
    let html = read(&out);
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "the format follows the extension"
    );
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert_eq!(html.matches("<svg").count(), 5);
    for section in [
        "Where you stand",
        "Your career in charts",
        "Patterns to watch",
        "Forecast",
        "Next tours and action plan",
        "Portfolio highlights",
    ] {
        assert!(html.contains(section), "missing {section}");
    }
    assert!(html.contains("Tomasz Wieczorek") && html.contains("Dead-end environment"));
    assert!(
        !env.path("store.db").exists(),
        "a profile file needs no store"
    );
}

#[test]
fn markdown_goes_to_standard_output_with_dash() {
    let env = Env::new();
    let out = env.ok(&[
        "report",
        "--profile",
        &example("resumes/title-chaser.json"),
        "--format",
        "md",
        "--as-of",
        "2026-03-01",
        "-o",
        "-",
    ]);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Career report: "));
    assert!(md.contains("## Patterns to watch"));
    assert!(
        md.contains("Chasing titles"),
        "a flagged pattern of this résumé"
    );
    assert!(md.contains("| Competency | Now | Expected |"));
}

#[test]
fn pdf_report_starts_with_the_pdf_header_and_reads_as_text() {
    let env = Env::new();
    let out = env.path("report.pdf");
    env.ok(&[
        "report",
        "--profile",
        &example("profiles/long-time-ic.yaml"),
        "--format",
        "pdf",
        "--as-of",
        "2026-03-01",
        "-o",
        out.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let Ok(text) = Process::new("pdftotext").arg(&out).arg("-").output() else {
        eprintln!("pdftotext is not installed; skipping the text check");
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout);
    for wanted in [
        "Ravi Menon",
        "L3 Senior Software Engineer",
        "Individual contributor for too long",
    ] {
        assert!(
            text.contains(wanted),
            "{wanted:?} is not in the PDF:\n{text}"
        );
    }
}

#[test]
fn the_stored_history_draws_the_progress_and_the_report_records_nothing() {
    let env = Env::new();
    env.ok(&["profile", "import", &example("profiles/tech-lead.yaml")]);
    env.ok(&["assess", "--as-of", "2025-03-01", "--format", "json"]);
    env.ok(&["assess", "--as-of", "2026-03-01", "--format", "json"]);
    let md = |env: &Env| {
        String::from_utf8(
            env.ok(&[
                "report",
                "--as-of",
                "2026-03-01",
                "--format",
                "md",
                "-o",
                "-",
            ])
            .stdout,
        )
        .unwrap()
    };
    let first = md(&env);
    let progress = &first[first.find("**Progress**").expect("a progress table")..];
    let rows: Vec<&str> = progress
        .lines()
        .skip_while(|l| !l.starts_with("| Date"))
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .collect();
    assert_eq!(
        rows.len(),
        2,
        "one row per assessment, today's not doubled: {rows:?}"
    );
    assert!(rows[0].starts_with("| Mar 2025") && rows[1].starts_with("| Mar 2026"));
    assert_eq!(md(&env), first, "running the report adds no snapshot");
}

#[test]
fn a_bad_profile_exits_2_and_writes_nothing() {
    let env = Env::new();
    let bad = env.path("bad.yaml");
    std::fs::write(
        &bad,
        "ctopath: 1\npositions:\n  - title: CTO\n    start: 2020-13\n",
    )
    .unwrap();
    let out = env.path("report.html");
    let stderr = env.refused(&[
        "report",
        "--profile",
        bad.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(stderr.contains("bad.yaml"), "{stderr}");
    assert!(!out.exists(), "nothing written");

    // An existing report is left as it was.
    std::fs::write(&out, "old").unwrap();
    env.refused(&[
        "report",
        "--profile",
        bad.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(read(&out), "old");
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 2, "no temporary file left behind");
}

#[test]
fn unclear_output_requests_are_refused_before_any_work() {
    let env = Env::new();
    let profile = example("profiles/tech-lead.yaml");
    let unknown = env.path("report.txt");
    let stderr = env.refused(&[
        "report",
        "--profile",
        &profile,
        "-o",
        unknown.to_str().unwrap(),
    ]);
    assert!(stderr.contains("--format"), "{stderr}");
    assert!(!unknown.exists());

    let stderr = env.refused(&[
        "report",
        "--profile",
        &profile,
        "--format",
        "pdf",
        "-o",
        "-",
    ]);
    assert!(stderr.contains("report.pdf"), "{stderr}");

    let nowhere = env.path("missing-dir/report.html");
    let stderr = env.refused(&[
        "report",
        "--profile",
        &profile,
        "-o",
        nowhere.to_str().unwrap(),
    ]);
    assert!(stderr.contains("does not exist"), "{stderr}");

    let html = env.path("report.html");
    env.refused(&[
        "report",
        "--profile",
        &profile,
        "--as-of",
        "2026-14",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert!(!html.exists());

    let stderr = env.refused(&["report", "-o", html.to_str().unwrap()]);
    assert!(
        stderr.contains("profile import"),
        "no stored profile yet: {stderr}"
    );
    assert!(!html.exists());
}
