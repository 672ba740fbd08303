//! `ctopath framework show|validate|schema|import`.

use std::borrow::Cow;

use ctopath_framework::{Framework, LoadError, builtin, schema};
use ctopath_source::RuleCode;
use serde_json::json;

use crate::cli::{
    FrameworkArg, FrameworkCommand, ImportArgs, ImportSource, ReportFormat, ShowArgs, ValidateArgs,
    ViewFormat,
};
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult, problem_diagnostic};
use crate::io::{format_or_default, print_stdout, read_input, write_atomically};
use crate::views;

pub fn run(cmd: FrameworkCommand) -> CliResult {
    match cmd {
        FrameworkCommand::Show(args) => show(args),
        FrameworkCommand::Validate(args) => validate(args),
        FrameworkCommand::Schema => print_stdout(&schema::json_schema()),
        FrameworkCommand::Import(args) => import(args),
    }
}

/// Loads the framework named by `--framework`, or the built-in one.
pub fn load(arg: &FrameworkArg) -> CliResult<Cow<'static, Framework>> {
    let Some(path) = &arg.framework else {
        return Ok(Cow::Borrowed(builtin::framework()));
    };
    let file = read_input(path)?;
    ctopath_framework::load(&file.name, &file.bytes)
        .map(Cow::Owned)
        .map_err(|e| CliError::from_load(e, file.text()))
}

/// `table` on a terminal, JSON for pipes and scripts.
pub fn resolve_format(format: Option<ViewFormat>) -> ViewFormat {
    format_or_default(format, ViewFormat::Table, ViewFormat::Json)
}

fn show(args: ShowArgs) -> CliResult {
    let fw = load(&args.framework)?;
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&*fw),
        ViewFormat::Md => {
            ctopath_render::markdown::framework(&fw, &views::section_names(&args.section))
        }
        ViewFormat::Table => views::framework::tables(&fw, &args.section),
    };
    print_stdout(&text)
}

fn validate(args: ValidateArgs) -> CliResult {
    let file = read_input(&args.file)?;
    let result = ctopath_framework::check(&file.name, &file.bytes);
    if args.format == ReportFormat::Json {
        return validate_json(&file.name, result);
    }
    match result {
        Err(e) => Err(CliError::from_load(e, file.text())),
        Ok((_, problems)) if !problems.is_empty() => Err(CliError::Input(
            problems
                .iter()
                .map(|p| problem_diagnostic(&file.name, p, file.text()))
                .collect(),
        )),
        Ok((fw, _)) => {
            let summary = format!(
                "{} is a valid framework: `{}` {} — {} routes, {} levels, {} tours, {} stages, {} competencies, {} missions\n",
                file.name,
                fw.id,
                fw.version,
                fw.routes.len(),
                fw.levels.len(),
                fw.tours.len(),
                fw.stages.len(),
                fw.competencies.len(),
                fw.missions.len()
            );
            eprint!("{summary}");
            Ok(())
        }
    }
}

/// The machine-readable report: always one JSON document on stdout; exit 2 when invalid.
fn validate_json(
    name: &str,
    result: Result<(Framework, Vec<ctopath_framework::LocatedProblem>), LoadError>,
) -> CliResult {
    let entry = |rule: &str,
                 message: String,
                 path: String,
                 loc: Option<ctopath_source::Location>,
                 help: &str| {
        json!({ "rule": rule, "message": message, "path": path, "line": loc.map(|l| l.line),
                "column": loc.map(|l| l.column), "help": help })
    };
    let problems: Vec<serde_json::Value> = match &result {
        Ok((_, problems)) => problems
            .iter()
            .map(|p| {
                entry(
                    p.problem.rule.code(),
                    p.problem.message.clone(),
                    p.problem.path.as_str().into(),
                    p.location,
                    &p.problem.help,
                )
            })
            .collect(),
        Err(LoadError::Input(e)) => vec![entry(
            "syntax",
            e.to_string(),
            String::new(),
            e.location(),
            e.help(),
        )],
        Err(LoadError::Field(e)) => vec![entry(
            "shape",
            e.message.clone(),
            e.path.as_str().into(),
            e.location,
            "compare the field with `ctopath framework schema`",
        )],
        Err(LoadError::Invalid { problems, .. }) => problems
            .iter()
            .map(|p| {
                entry(
                    p.problem.rule.code(),
                    p.problem.message.clone(),
                    p.problem.path.as_str().into(),
                    p.location,
                    &p.problem.help,
                )
            })
            .collect(),
    };
    let valid = problems.is_empty();
    print_stdout(&to_json(
        &json!({ "file": name, "valid": valid, "problems": problems }),
    ))?;
    if valid {
        Ok(())
    } else {
        // The report is the output; the exit code alone signals the failure.
        Err(CliError::Input(vec![Diagnostic::error(format!(
            "{name} has {} problem(s)",
            problems.len()
        ))]))
    }
}

/// Lines the imported ladder up with the built-in one, reading titles as `assess` does.
fn align_with_builtin(imported: &mut ctopath_framework::import::Imported) {
    let reference = ctopath_framework::builtin::framework();
    let Some(lexicon) = &reference.title_lexicon else {
        return;
    };
    let index = ctopath_evidence::TitleIndex::new(lexicon, &reference.levels);
    let read = |title: &str| {
        let m = index.match_title(title)?;
        let level = reference.levels.iter().find(|l| l.id == m.level)?;
        let (number, kind, route) = (level.number, m.kind, m.route);
        Some(ctopath_framework::import::TitleReading {
            number,
            kind,
            route,
        })
    };
    ctopath_framework::import::align_to(imported, reference, &read);
}

pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("framework values always serialise");
    text.push('\n');
    text
}

fn import(args: ImportArgs) -> CliResult {
    use ctopath_framework::import;
    let mut files = Vec::new();
    for path in &args.files {
        let file = read_input(path)?;
        let text = String::from_utf8(file.bytes).map_err(|_| {
            CliError::input(
                Diagnostic::error(format!("`{}` is not UTF-8 text", file.name))
                    .help("pass the YAML or Markdown file as published"),
            )
        })?;
        files.push((file.name, text));
    }
    let mut imported = match args.from {
        ImportSource::Ft => match files.as_slice() {
            [(name, text)] => import::import_ft(name, text),
            _ => {
                return Err(CliError::input(
                    Diagnostic::error(format!("--from ft takes exactly one file, got {}", files.len()))
                        .help("import each FT job family (engineering.yml, operations.yml) separately"),
                ));
            }
        },
        ImportSource::Monzo => import::import_monzo(&files),
    }
    .map_err(|e| {
        let text = e.file().and_then(|f| files.iter().find(|(n, _)| n == f)).map(|(_, t)| t.as_str());
        CliError::input(Diagnostic::error(e.to_string()).source(text).help("check that the file is the published format named by --from"))
    })?;
    if !args.no_align {
        align_with_builtin(&mut imported);
    }
    let problems = ctopath_framework::validate::validate(&imported.framework);
    if !problems.is_empty() {
        // An importer must always produce a valid framework; anything else is our bug.
        let first = &problems[0];
        return Err(CliError::other(
            Diagnostic::error(format!(
                "the imported framework is inconsistent: {} at {}",
                first.message, first.path
            ))
            .help("please report this with the source files attached"),
        ));
    }
    let yaml = serde_saphyr::to_string(&imported.framework).map_err(|e| {
        CliError::other(Diagnostic::error(format!(
            "cannot write the framework as YAML: {e}"
        )))
    })?;
    let mut report = String::from("import report:\n");
    for line in &imported.report {
        report.push_str(&format!("  - {line}\n"));
    }
    eprint!("{report}");
    match &args.output {
        Some(path) => {
            write_atomically(path, yaml.as_bytes())?;
            eprintln!(
                "wrote {} ({} levels, {} routes, {} competencies); check it with `ctopath framework validate {}`",
                path.display(),
                imported.framework.levels.len(),
                imported.framework.routes.len(),
                imported.framework.competencies.len(),
                path.display()
            );
            Ok(())
        }
        None => print_stdout(&yaml),
    }
}
