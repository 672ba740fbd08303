//! Living a tour of duty from the command line, on a real SQLite file: plan, start,
//! three check-ins, finish; every step persisted and shown by `status`. And every
//! kind of bad input refused with exit 2 and nothing written.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/profiles");

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    /// A store holding the tech lead of `examples/profiles/tech-lead.yaml`.
    fn with_tech_lead() -> Self {
        let env = Env {
            dir: tempfile::tempdir().unwrap(),
        };
        env.ok(&["profile", "import", &format!("{EXAMPLES}/tech-lead.yaml")]);
        env
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("ctopath").unwrap();
        cmd.arg("--db")
            .arg(self.dir.path().join("store.db"))
            .env_remove("CTOPATH_DB")
            .env_remove("CTOPATH_PERSON")
            .env_remove("CTOPATH_FRAMEWORK")
            .env("NO_COLOR", "1");
        cmd
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// Runs a command that must be refused as bad input without writing anything.
    fn refused(&self, args: &[&str], message: &str) {
        let before = self.revisions();
        self.cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert_eq!(self.revisions(), before, "{args:?} wrote a revision");
    }

    fn revisions(&self) -> usize {
        self.ok(&["profile", "history"]).matches("revision").count()
    }

    fn status(&self, as_of: &str) -> Value {
        self.json(&["status", "--format", "json", "--as-of", as_of])
    }
}

#[test]
fn a_whole_tour_from_plan_to_finish() {
    let env = Env::with_tech_lead();
    assert_eq!(env.revisions(), 1);
    let plan = env.json(&["plan", "--format", "json"]);
    let proposed = &plan["tours"][0];
    let id = proposed["id"].as_str().unwrap().to_string();
    let criteria = proposed["success_criteria"].as_array().unwrap().len();
    assert!((3..=5).contains(&criteria), "{proposed}");

    // Start: the first proposal, by its number, with the charter edited by flags.
    env.ok(&[
        "tour",
        "start",
        "1",
        "--start",
        "2025-01-06",
        "--sponsor",
        "Dana Lee",
        "--checkin-weeks",
        "2",
        "--yes",
    ]);
    assert_eq!(env.revisions(), 2);
    let s = env.status("2025-01-15");
    let tour = &s["active_tour"];
    assert_eq!(tour["id"], id.as_str());
    assert_eq!(tour["mission_id"], id.as_str());
    assert_eq!(tour["sponsor"], "Dana Lee");
    assert_eq!(tour["health"], "not_checked_in");
    assert_eq!(tour["success_criteria"].as_array().unwrap().len(), criteria);
    assert_eq!(tour["competencies"], proposed["competencies"]);
    assert_eq!(s["checkin"]["next"], "2025-01-20");
    assert_eq!(s["checkin"]["state"], "due");
    let late = env.status("2025-02-01");
    assert_eq!(late["checkin"]["state"], "overdue");
    assert_eq!(late["checkin"]["missed"], 1);

    // Three check-ins, each a new revision, each changing the health.
    env.ok(&[
        "tour",
        "checkin",
        "--criterion",
        "1=on_track:two of three leads signed",
        "--criterion",
        "2=at_risk",
        "--learned",
        "Interfaces before dates",
        "--date",
        "2025-01-20",
    ]);
    assert_eq!(env.revisions(), 3);
    let s = env.status("2025-01-21");
    assert_eq!(s["active_tour"]["health"], "at_risk");
    assert_eq!(s["criteria_at_risk"][0]["number"], 2);
    assert_eq!(s["checkin"]["next"], "2025-02-03");

    env.ok(&[
        "tour",
        "checkin",
        &id,
        "--criterion",
        "1=met",
        "--criterion",
        "2=off_track:vendor slipped",
        "--date",
        "2025-02-03",
    ]);
    assert_eq!(env.revisions(), 4);
    let s = env.status("2025-02-04");
    assert_eq!(s["active_tour"]["health"], "off_track");
    assert_eq!(s["criteria_at_risk"][0]["note"], "vendor slipped");

    let all_met: Vec<String> = (1..=criteria).map(|n| format!("{n}=met")).collect();
    let mut args = vec!["tour", "checkin", id.as_str(), "--date", "2025-02-17"];
    for c in &all_met {
        args.extend(["--criterion", c.as_str()]);
    }
    env.ok(&args);
    assert_eq!(env.revisions(), 5);
    let s = env.status("2025-02-18");
    assert_eq!(s["active_tour"]["health"], "met");
    assert!(s["criteria_at_risk"].as_array().unwrap().is_empty());
    let shown = env.json(&["tour", "show", &id, "--format", "json"]);
    assert_eq!(shown["checkins"].as_array().unwrap().len(), 3);
    assert_eq!(shown["checkins"][0]["learned"], "Interfaces before dates");
    assert_eq!(shown["criteria"][1]["status"], "met");

    // A snapshot to compare with, then finish: outcomes join the portfolio.
    env.ok(&["assess", "--format", "json"]);
    let done = env.json(&[
        "tour",
        "finish",
        "--completed",
        "--outcome",
        "Three teams ship on one API",
        "--achievement",
        "Checkout incidents fell::incidents per month::9::2::incidents",
        "--achievement",
        "Release train shared by three teams",
        "--date",
        "2025-03-01",
        "--format",
        "json",
    ]);
    assert_eq!(env.revisions(), 6);
    assert_eq!(done["tour"]["status"], "completed");
    assert_eq!(done["tour"]["finished"], "2025-03-01");
    let added = done["achievements"].as_array().unwrap();
    assert_eq!(added.len(), 2);
    for a in added {
        assert_eq!(a["tour"], id.as_str());
        assert_eq!(a["competencies"], proposed["competencies"]);
        assert_eq!(a["date"], "2025-03-01");
        assert_eq!(a["position"], "basketful-tech-lead");
    }
    assert_eq!(added[0]["metric"]["after"], 2.0);
    assert!(done["change"]["since"].is_string(), "{done}");
    assert!(done["assessment"]["level"].is_string());

    // Status after: no active tour, the tour counted, the snapshot taken.
    let s = env.status("2025-03-02");
    assert!(s["active_tour"].is_null());
    assert_eq!(s["portfolio"]["tours_completed"], 1);
    assert_eq!(s["assessment"]["snapshots"], 2);
    assert!(s["assessment"]["change"].is_object());
    assert!(s["next_step"]["text"].is_string());
    let listed = env.json(&["tour", "list", "--format", "json"]);
    assert_eq!(listed[0]["status"], "completed");
    assert_eq!(listed[0]["achievements"].as_array().unwrap().len(), 2);

    // The outcomes lead the brag document, with the tour behind them.
    let brag = env.ok(&[
        "portfolio",
        "export",
        "--period",
        "2025-Q1",
        "--format",
        "md",
    ]);
    assert!(
        brag.contains("### Checkout incidents fell (2025-03-01)"),
        "{brag}"
    );
    assert!(
        brag.contains("- incidents per month: 9 → 2 incidents (-78%)"),
        "{brag}"
    );
    assert!(
        brag.contains("## Tours of duty behind these outcomes"),
        "{brag}"
    );
    assert!(
        brag.contains(&format!("{criteria} of {criteria} success criteria met")),
        "{brag}"
    );

    // The whole tour survives export as a JSON Resume.
    let cv = env.json(&["profile", "export", "--format", "jsonresume"]);
    let carried = &cv["meta"]["ctopath"]["tours"][0];
    assert_eq!(carried["checkins"].as_array().unwrap().len(), 3);
    assert_eq!(carried["outcome"], "Three teams ship on one API");

    // The next tour can start now that the first is finished.
    env.ok(&[
        "tour",
        "start",
        "--custom",
        "--title",
        "Own the incident process",
        "--mission",
        "Halve the time to recover from incidents",
        "--criterion",
        "MTTR halves::median time to recover, incident tracker",
        "--start",
        "2025-03-10",
        "--checkin-weeks",
        "3",
        "--horizon-months",
        "6",
    ]);
    let s = env.status("2025-03-11");
    assert_eq!(s["active_tour"]["id"], "own-the-incident-process");
    assert_eq!(s["active_tour"]["planned_end"], "2025-09-10");
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let env = Env::with_tech_lead();
    env.refused(
        &[
            "tour",
            "start",
            "--custom",
            "--mission",
            "Own incidents",
            "--criterion",
            "MTTR halves",
        ],
        "has no measure",
    );
    env.refused(&["tour", "start", "9", "--yes"], "the plan proposes");
    env.refused(
        &["tour", "start", "m_no_such_mission"],
        "there is no proposed tour or mission",
    );
    env.refused(
        &["tour", "checkin", "--criterion", "1=met"],
        "no tour is active",
    );
    env.ok(&[
        "tour",
        "start",
        "--custom",
        "--id",
        "grow",
        "--mission",
        "Grow the team to eight",
        "--criterion",
        "Five hires::accepted offers",
        "--criterion",
        "Onboarded::first PR in week one",
        "--start",
        "2025-01-06",
        "--checkin-weeks",
        "2",
    ]);
    let written = env.revisions();
    env.refused(
        &["tour", "checkin", "nope", "--criterion", "1=met"],
        "there is no tour `nope`",
    );
    env.refused(
        &["tour", "checkin", "grwo", "--criterion", "1=met"],
        "did you mean `grow`",
    );
    env.refused(
        &["tour", "checkin", "--criterion", "3=met"],
        "has no criterion 3",
    );
    env.refused(
        &["tour", "checkin", "--criterion", "1=done"],
        "`done` is not a status",
    );
    env.refused(
        &["tour", "checkin", "--criterion", "1:met"],
        "expected N=STATUS",
    );
    env.refused(
        &[
            "tour",
            "checkin",
            "--criterion",
            "1=met",
            "--criterion",
            "1=at_risk",
        ],
        "given twice",
    );
    env.refused(&["tour", "checkin"], "reports on no criterion");
    env.refused(
        &[
            "tour",
            "checkin",
            "--criterion",
            "1=met",
            "--date",
            "2024-12-31",
        ],
        "before tour `grow` started",
    );
    env.refused(
        &[
            "tour",
            "checkin",
            "--criterion",
            "1=met",
            "--date",
            "2999-01-01",
        ],
        "is in the future",
    );
    env.ok(&[
        "tour",
        "checkin",
        "--criterion",
        "1=on_track",
        "--date",
        "2025-02-01",
    ]);
    env.refused(
        &[
            "tour",
            "checkin",
            "--criterion",
            "1=met",
            "--date",
            "2025-01-20",
        ],
        "before the latest check-in",
    );
    env.refused(&["tour", "start", "1", "--yes"], "is already active");
    env.refused(
        &["tour", "finish", "--outcome", "Done"],
        "--completed or --abandoned",
    );
    env.refused(&["tour", "finish", "--completed"], "needs its outcome");
    env.refused(
        &[
            "tour",
            "finish",
            "--completed",
            "--outcome",
            "Done",
            "--date",
            "2025-01-15",
        ],
        "before the latest check-in",
    );
    env.refused(
        &[
            "tour",
            "finish",
            "--completed",
            "--outcome",
            "Done",
            "--achievement",
            "Hired::offers::two::5",
        ],
        "`two` is not a number",
    );
    assert_eq!(env.revisions(), written + 1);

    env.ok(&[
        "tour",
        "finish",
        "--abandoned",
        "--outcome",
        "Hiring froze",
        "--date",
        "2025-03-01",
    ]);
    env.refused(
        &["tour", "checkin", "grow", "--criterion", "1=met"],
        "was abandoned on 2025-03-01",
    );
    env.refused(
        &["tour", "finish", "grow", "--completed", "--outcome", "x"],
        "was abandoned",
    );
    // An abandoned tour with no --achievement adds nothing to the portfolio.
    let listed = env.json(&["portfolio", "list", "--tour", "grow", "--format", "json"]);
    assert!(listed.as_array().unwrap().is_empty());
}

#[test]
fn a_hand_edited_profile_with_two_active_tours_is_refused_on_import() {
    let env = Env::with_tech_lead();
    let text = std::fs::read_to_string(format!("{EXAMPLES}/tech-lead.yaml")).unwrap()
        + "tours:\n  - id: a\n    mission: One\n    status: active\n  - id: b\n    mission: Two\n    status: active\n";
    let path = env.dir.path().join("two.yaml");
    std::fs::write(&path, text).unwrap();
    env.refused(
        &["profile", "import", path.to_str().unwrap(), "--replace"],
        "tour `b` is active, but so is `a`",
    );
}

#[test]
fn tours_read_from_a_file_touch_no_store() {
    let env = Env::with_tech_lead();
    let file = format!("{EXAMPLES}/director-hypergrowth.yaml");
    let shown = env.ok(&["tour", "show", "--profile", &file, "--format", "md"]);
    assert!(shown.starts_with("# "), "{shown}");
    assert!(shown.contains("## Success criteria"));
    let s = env.json(&[
        "status",
        "--profile",
        &file,
        "--format",
        "json",
        "--as-of",
        "2026-01-01",
    ]);
    assert_eq!(s["active_tour"]["id"], "scale-the-org");
    assert!(s["assessment"]["change"].is_null());
    assert_eq!(env.revisions(), 1);
}
