//! `ctopath assess`, `plan` and `forecast`: the engine on one person.

use ctopath_engine::{Assessment, Engine, Options};
use ctopath_framework::Framework;
use ctopath_profile::{PartialDate, Profile};
use ctopath_store::{NewSnapshot, Store};

use super::framework::{load as load_framework, resolve_format, to_json};
use super::profile::{Globals, load_file};
use crate::cli::ViewFormat;
use crate::diagnostic::Diagnostic;
use crate::engine_args::{AssessArgs, EngineInput, PlanArgs};
use crate::error::{CliError, CliResult};
use crate::io::print_stdout;
use crate::session::{Session, store_error};
use crate::{clock, views};

/// The options of an engine run, with `--as-of` checked.
pub fn options(as_of: Option<&str>, runs: u32, seed: u64) -> CliResult<Options> {
    let today = match as_of {
        None => clock::today(),
        Some(text) => PartialDate::parse(text).map_err(|e| {
            CliError::input(
                Diagnostic::error(format!("invalid --as-of date {text:?}: {e}"))
                    .help("write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. --as-of 2026-06-30"),
            )
        })?,
    };
    Ok(Options { today, runs, seed })
}

/// The profile to work on, and the open store when it came from one.
fn profile(
    input: &EngineInput,
    fw: &Framework,
    g: &Globals,
) -> CliResult<(Profile, Option<(Session, String)>)> {
    if let Some(path) = &input.profile {
        let (profile, _, _) = load_file(path, fw)?;
        return Ok((profile, None));
    }
    let s = Session::open(g.db, g.person)?;
    let person = s.person()?;
    let (profile, _) = s.load(&person)?;
    Ok((profile, Some((s, person))))
}

pub fn assess(args: AssessArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.input.framework)?;
    let options = options(
        args.input.as_of.as_deref(),
        args.input.runs,
        args.input.seed,
    )?;
    let (profile, stored) = profile(&args.input, &fw, g)?;
    let engine = Engine::new(&fw);
    let a = engine.assess(&profile, &options);
    if let Some((session, person)) = &stored
        && !args.no_save
    {
        save_snapshot(session, person, &a)?;
    }
    // People reading the assessment see their next tours under it; the JSON stays the
    // assessment the contract describes, and `plan` has the plan's own JSON.
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&a),
        ViewFormat::Md => {
            let plan = engine.plan(&profile, &a);
            ctopath_render::assessment::assessment(&a)
                + &ctopath_render::assessment::plan_in_brief(&plan)
        }
        ViewFormat::Table => {
            let plan = engine.plan(&profile, &a);
            views::assessment::assessment(&a) + &views::assessment::plan_in_brief(&plan)
        }
    };
    print_stdout(&text)
}

/// Records the assessment so that `status` and the progress chart can show change.
pub fn save_snapshot(session: &Session, person: &str, a: &Assessment) -> CliResult {
    let snapshot = NewSnapshot {
        framework_id: a.framework.id.clone(),
        framework_version: a.framework.version.clone(),
        level: Some(a.level.id.clone()),
        readiness_next: a
            .readiness
            .next_level_id
            .as_ref()
            .map(|_| a.readiness.next_level),
        readiness_cto: Some(a.readiness.cto),
        assessment: serde_json::to_value(a).expect("an assessment always serialises"),
    };
    session
        .run(session.store.add_snapshot(person, &snapshot))
        .map_err(store_error)?;
    Ok(())
}

pub fn plan(args: PlanArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.input.framework)?;
    let options = options(
        args.input.as_of.as_deref(),
        args.input.runs,
        args.input.seed,
    )?;
    let (profile, _) = profile(&args.input, &fw, g)?;
    let engine = Engine::new(&fw);
    let a = engine.assess(&profile, &options);
    let plan = engine.plan(&profile, &a);
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&plan),
        ViewFormat::Md => ctopath_render::assessment::plan(&plan),
        ViewFormat::Table => views::assessment::plan(&plan),
    };
    print_stdout(&text)
}

pub fn forecast(args: PlanArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.input.framework)?;
    let options = options(
        args.input.as_of.as_deref(),
        args.input.runs,
        args.input.seed,
    )?;
    let (profile, _) = profile(&args.input, &fw, g)?;
    let a = Engine::new(&fw).assess(&profile, &options);
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&a.forecast),
        ViewFormat::Md | ViewFormat::Table => {
            let head = format!(
                "{} ({}), stage {}\n",
                a.level.id,
                a.level.title,
                a.stage.replace('_', " ")
            );
            head + &views::assessment::forecast(&a.forecast)
        }
    };
    print_stdout(&text)
}
