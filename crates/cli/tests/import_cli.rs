//! `framework import` of the real FT and Monzo ladders, then `assess` against the result,
//! as a company bringing its own ladder would. The ladders live in `../shared/realworld`,
//! outside the repository, so each test skips when they are absent.

mod common;

use std::path::PathBuf;

use common::{EXAMPLES, Env};
use serde_json::{Value, json};

const REALWORLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realworld");

fn real(path: &str) -> Option<String> {
    let dir = PathBuf::from(REALWORLD);
    if !dir.is_dir() {
        eprintln!("skipping: {REALWORLD} is absent");
        return None;
    }
    Some(dir.join(path).display().to_string())
}

/// Imports a ladder into `out` (a file in the scratch directory); returns its path and
/// the import report.
fn import(env: &Env, from: &str, files: &[String], extra: &[&str]) -> (String, String) {
    let out = env
        .dir
        .path()
        .join(format!("{from}.yml"))
        .display()
        .to_string();
    let mut args = vec!["framework", "import", "--from", from, "-o", &out];
    args.extend(files.iter().map(String::as_str));
    args.extend(extra);
    let run = env.run(&args);
    let report = String::from_utf8_lossy(&run.stderr).to_string();
    assert!(run.status.success(), "{report}");
    (out, report)
}

/// A one-role JSON Resume.
fn resume(env: &Env, name: &str, position: &str, start: &str, highlights: &[&str]) -> String {
    let doc = json!({
        "basics": { "name": name },
        "work": [{ "name": "Acme", "position": position, "startDate": start,
                   "highlights": highlights }]
    });
    env.write(&format!("{name}.json"), &doc.to_string())
        .display()
        .to_string()
}

fn assess(env: &Env, framework: &str, profile: &str) -> Value {
    let args = ["assess", "--framework", framework, "--profile", profile];
    env.json(&[&args[..], &["--format", "json"]].concat())
}

fn placed(a: &Value) -> (String, String, String) {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    (
        text(&a["level"]["id"]),
        text(&a["route"]),
        text(&a["stage"]),
    )
}

#[test]
fn an_imported_ft_ladder_places_people_by_title_scope_and_years() {
    let Some(file) = real("ft-engineering-progression/engineering.yml") else {
        return;
    };
    let env = Env::new();
    let (fw, report) = import(&env, "ft", &[file], &[]);
    assert!(
        report.contains("level L6 (Technology Director) ≈ cto-path L7")
            && report.contains("level L4 (Senior Engineer 2) ≈ cto-path L4")
            && report.contains("counted from its neighbours"),
        "{report}"
    );
    env.ok(&["framework", "validate", &fw]);

    // A director of engineering is FT's technology director, on its manager route.
    let maya = assess(&env, &fw, &format!("{EXAMPLES}/resumes/maya-okafor.json"));
    assert_eq!(
        placed(&maya),
        (
            "L6".into(),
            "people_manager".into(),
            "manager_director".into()
        )
    );
    assert_eq!(maya["level"]["title"], "Technology Director");
    // The ladder has no timeline: the forecast says so instead of "already there".
    let why = maya["forecast"]["unavailable"].as_str().unwrap_or_default();
    assert!(why.contains("no timeline model"), "{}", maya["forecast"]);
    // Nor any stall patterns: an empty list then means "not looked for", and says so.
    assert_eq!(maya["patterns_checked"], 0);
    let maya_file = format!("{EXAMPLES}/resumes/maya-okafor.json");
    let args = ["assess", "--framework", &fw, "--profile", &maya_file];
    let table = env.ok(&[&args[..], &["--format", "table"]].concat());
    assert!(
        table.contains("Forecast: none;")
            && table.contains("defines no career paths")
            && table.contains("Stall patterns: the framework defines none")
            && !table.contains("already there"),
        "{table}"
    );
    let plan = env.ok(&[
        "plan",
        "--framework",
        &fw,
        "--profile",
        &maya_file,
        "--format",
        "md",
    ]);
    assert!(plan.contains("No tour of duty to propose"), "{plan}");

    // A graduate is FT's junior engineer, in a rotational tour.
    let grad = assess(&env, &fw, &format!("{EXAMPLES}/resumes/new-graduate.json"));
    assert_eq!(
        (placed(&grad).0.as_str(), grad["tour"].as_str()),
        ("L1", Some("rotational"))
    );

    // The title caps carry over: a VP of five engineers is not FT's top level.
    let vp = assess(&env, &fw, &format!("{EXAMPLES}/resumes/title-chaser.json"));
    assert_eq!(placed(&vp).0, "L4");

    // FT's own title reads as its own level, and years alone place an unknown title.
    let own = resume(&env, "own", "Senior Engineer 2", "2017-01", &[]);
    assert_eq!(placed(&assess(&env, &fw, &own)).0, "L4");
    let untitled = resume(&env, "untitled", "Platform Wrangler", "2014-01", &[]);
    let untitled = assess(&env, &fw, &untitled);
    assert_eq!(placed(&untitled).0, "L3", "{}", untitled["level"]);
}

#[test]
fn an_imported_monzo_ladder_sends_quality_titles_to_its_quality_route() {
    let names = ["backend.md", "web.md", "qualityanalyst.md", "generic.md"];
    let Some(files) = names
        .iter()
        .map(|n| real(&format!("monzo-progression-framework/{n}")))
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    let env = Env::new();
    let (fw, _) = import(&env, "monzo", &files, &[]);
    let qa = resume(
        &env,
        "qa",
        "QA Engineer",
        "2021-03",
        &["Automated the regression suite"],
    );
    let qa = assess(&env, &fw, &qa);
    assert_eq!(qa["route"], "qualityanalyst", "{}", qa["level"]);
    let dev = resume(&env, "dev", "Senior Software Engineer", "2016-01", &[]);
    let dev = assess(&env, &fw, &dev);
    assert_eq!(placed(&dev).0, "L3", "{}", dev["level"]);
}

#[test]
fn no_align_imports_the_ladder_alone() {
    let Some(file) = real("ft-engineering-progression/engineering.yml") else {
        return;
    };
    let env = Env::new();
    let (fw, report) = import(&env, "ft", &[file], &["--no-align"]);
    assert!(!report.contains("aligned with"), "{report}");
    let text = std::fs::read_to_string(&fw).unwrap();
    assert!(
        !text.contains("scope_levels") && text.contains("title_lexicon: null"),
        "an unaligned import carries no borrowed rules"
    );
    // With nothing to read titles by, a director lands on the first level and the
    // evidence says why.
    let maya = assess(&env, &fw, &format!("{EXAMPLES}/resumes/maya-okafor.json"));
    assert_eq!(placed(&maya).0, "L1");
    let why = maya["level"]["evidence"].to_string();
    assert!(why.contains("no `title_lexicon`"), "{why}");
}
