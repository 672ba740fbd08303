//! `ctopath profile …`: import, export, show, init and switch between people.

use std::path::Path;

use ctopath_framework::Framework;
use ctopath_profile::{Goal, Person, Profile, ProfileSource, TargetRole};
use ctopath_store::{ImportOutcome, Store};

use super::framework::{load as load_framework, resolve_format, to_json};
use crate::cli::{
    ExportArgs, ExportFormat, ImportProfileArgs, InitArgs, ProfileCommand, ShowProfileArgs,
    TargetArg, ViewFormat,
};
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult, from_profile_error};
use crate::io::{print_stdout, read_input, write_atomically};
use crate::session::{Session, check_profile, store_error};
use crate::views;

pub struct Globals<'a> {
    pub db: Option<&'a str>,
    pub person: Option<&'a str>,
}

pub fn run(cmd: ProfileCommand, g: &Globals) -> CliResult {
    match cmd {
        ProfileCommand::Import(args) => import(args, g),
        ProfileCommand::Export(args) => export(args, g),
        ProfileCommand::Show(args) => show(args, g),
        ProfileCommand::Evidence(args) => evidence(args, g),
        ProfileCommand::Schema => print_stdout(&ctopath_profile::json_schema()),
        ProfileCommand::Init(args) => init(args, g),
        ProfileCommand::List => list(g),
        ProfileCommand::Use { name } => {
            let s = Session::open(g.db, None)?;
            s.run(s.store.set_active(&name)).map_err(store_error)?;
            eprintln!("{name} is now the active profile");
            Ok(())
        }
        ProfileCommand::History => history(g),
        ProfileCommand::Delete { name, yes } => {
            if !yes {
                return Err(CliError::input(
                    Diagnostic::error(format!("deleting {name} removes every revision and snapshot"))
                        .help(format!("run again with --yes to confirm, or export first: `ctopath --person {name} profile export -o backup.yaml`")),
                ));
            }
            let s = Session::open(g.db, None)?;
            s.run(s.store.delete_person(&name)).map_err(store_error)?;
            eprintln!("deleted {name}");
            Ok(())
        }
    }
}

/// Reads a profile file (either format) and validates it against the framework.
pub fn load_file(path: &Path, fw: &Framework) -> CliResult<(Profile, ProfileSource, String)> {
    let file = read_input(path)?;
    let loaded = ctopath_profile::load(&file.name, &file.bytes, fw)
        .map_err(|e| from_profile_error(e, file.text()))?;
    Ok((loaded.profile, loaded.format, file.name))
}

/// The profile a read-only command works on: `--profile FILE` (no database), or the
/// stored profile of `--person` / the active person.
pub fn current(file: Option<&Path>, fw: &Framework, g: &Globals) -> CliResult<(Profile, String)> {
    if let Some(path) = file {
        let (profile, _, name) = load_file(path, fw)?;
        return Ok((profile, name));
    }
    let s = Session::open(g.db, g.person)?;
    let person = s.person()?;
    let (profile, _) = s.load(&person)?;
    Ok((profile, person))
}

fn import(args: ImportProfileArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let (profile, format, file) = load_file(&args.file, &fw)?;
    let name = args
        .name
        .clone()
        .or_else(|| {
            profile
                .person
                .as_ref()
                .and_then(|p| p.name.clone())
                .filter(|n| !n.trim().is_empty())
        })
        .or_else(|| {
            args.file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "me".into());
    let s = Session::open(g.db, None)?;
    let value = serde_json::to_value(&profile).expect("a profile always serialises");
    let outcome = s.run(s.store.import_person(&name, &value, args.replace)).map_err(|e| match e {
        ctopath_store::StoreError::PersonExists { .. } => CliError::input(
            Diagnostic::error(format!("a profile named {name:?} already exists"))
                .help("pass --replace to store this import as its new revision (the old one stays in `profile history`), or --name to keep both"),
        ),
        other => store_error(other),
    })?;
    let kind = match format {
        ProfileSource::JsonResume => "JSON Resume",
        ProfileSource::Own => "ctopath profile",
    };
    let from_highlights = profile
        .achievements
        .iter()
        .filter(|a| a.source.is_some())
        .count();
    eprintln!(
        "imported {name} from {file} ({kind}): {} positions, {} achievements ({from_highlights} from highlights), {} ratings",
        profile.positions.len(),
        profile.achievements.len(),
        profile.ratings.len()
    );
    match outcome {
        ImportOutcome::Created { .. } => eprintln!("new profile {name:?} created"),
        ImportOutcome::Updated { revision } => {
            eprintln!("saved as revision {revision} of {name:?}")
        }
        ImportOutcome::Unchanged { revision } => {
            eprintln!("unchanged: identical to revision {revision}")
        }
    }
    let active = s.run(s.store.active()).map_err(store_error)?;
    if active.as_deref() == Some(name.as_str()) {
        eprintln!("{name} is the active profile; next: `ctopath profile show`");
    } else {
        eprintln!(
            "the active profile is still {}; switch with `ctopath profile use {name:?}`",
            active.unwrap_or_default()
        );
    }
    Ok(())
}

fn export(args: ExportArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let (profile, _) = current(args.profile.as_deref(), &fw, g)?;
    let text = match args.format {
        ExportFormat::Yaml => serde_saphyr::to_string(&profile)
            .map_err(|e| CliError::other(Diagnostic::error(format!("cannot write YAML: {e}"))))?,
        ExportFormat::Json => to_json(&profile),
        ExportFormat::Jsonresume => to_json(&ctopath_profile::to_json_resume(&profile)),
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, text.as_bytes())?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => print_stdout(&text),
    }
}

fn show(args: ShowProfileArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let (profile, name) = current(args.profile.as_deref(), &fw, g)?;
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&profile),
        ViewFormat::Md => views::profile::markdown(&profile, &name),
        ViewFormat::Table => views::profile::tables(&profile, &name),
    };
    print_stdout(&text)
}

fn list(g: &Globals) -> CliResult {
    let s = Session::open(g.db, None)?;
    let people = s.run(s.store.people()).map_err(store_error)?;
    if people.is_empty() {
        eprintln!(
            "no profiles yet: `ctopath profile import resume.json` or `ctopath profile init`"
        );
        return Ok(());
    }
    let mut out = String::new();
    for p in people {
        let mark = if p.active { "*" } else { " " };
        out.push_str(&format!(
            "{mark} {}  ({} revisions, updated {})\n",
            p.name, p.revisions, p.updated_at
        ));
    }
    print_stdout(&out)
}

fn history(g: &Globals) -> CliResult {
    let s = Session::open(g.db, g.person)?;
    let person = s.person()?;
    let revisions = s
        .run(s.store.profile_revisions(&person))
        .map_err(store_error)?;
    let mut out = format!("{person}\n");
    for r in revisions {
        out.push_str(&format!("  revision {:>3}  {}\n", r.revision, r.created_at));
    }
    print_stdout(&out)
}

fn init(args: InitArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let interactive = !args.no_input && std::io::IsTerminal::is_terminal(&std::io::stdin());
    let ask = |prompt: &str, default: Option<String>| -> CliResult<String> {
        let mut input = dialoguer::Input::<String>::new().with_prompt(prompt);
        if let Some(d) = default {
            input = input.default(d);
        }
        input
            .interact_text()
            .map_err(|e| CliError::other(Diagnostic::error(format!("prompt failed: {e}"))))
    };
    let name = match (args.name.clone(), interactive) {
        (Some(n), _) => n,
        (None, true) => ask("Your name", None)?,
        (None, false) => {
            return Err(CliError::input(
                Diagnostic::error("--name is required when not on a terminal")
                    .help("e.g. `ctopath profile init --name 'Ada Lovelace' --target cto`"),
            ));
        }
    };
    let target = match (args.target, interactive) {
        (Some(t), _) => t,
        (None, true) => {
            let choice = dialoguer::Select::new()
                .with_prompt("Which role are you heading for?")
                .items(["CTO", "VP Engineering"])
                .default(0)
                .interact()
                .map_err(|e| CliError::other(Diagnostic::error(format!("prompt failed: {e}"))))?;
            if choice == 0 {
                TargetArg::Cto
            } else {
                TargetArg::VpEngineering
            }
        }
        (None, false) => TargetArg::Cto,
    };
    let horizon = match (args.horizon, interactive) {
        (Some(h), _) => Some(h),
        (None, true) => ask("In how many years (blank to skip)?", Some(String::new()))?
            .trim()
            .parse()
            .ok(),
        (None, false) => None,
    };
    let profile = Profile {
        person: Some(Person {
            name: Some(name.clone()),
            email: args.email.clone(),
            ..Default::default()
        }),
        goal: Some(Goal {
            target_role: match target {
                TargetArg::Cto => TargetRole::Cto,
                TargetArg::VpEngineering => TargetRole::VpEngineering,
            },
            horizon_years: horizon,
            preferred_path: args.path.clone(),
        }),
        ..Default::default()
    };
    check_profile(&profile, &fw)?;
    let s = Session::open(g.db, None)?;
    let value = serde_json::to_value(&profile).expect("a profile always serialises");
    s.run(s.store.create_person(&name, &value))
        .map_err(store_error)?;
    eprintln!(
        "created profile {name:?}; add your jobs with `ctopath position add --title … --org … --start YYYY-MM`"
    );
    Ok(())
}

fn evidence(args: ShowProfileArgs, g: &Globals) -> CliResult {
    use ctopath_profile::scope::{PathStyle, positions};
    let fw = load_framework(&args.framework)?;
    let (profile, name) = current(args.profile.as_deref(), &fw, g)?;
    let found = positions(&profile, &fw, PathStyle::of(&profile));
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&serde_json::json!({ "person": name, "positions": found })),
        _ => views::evidence::text(&found),
    };
    print_stdout(&text)
}
