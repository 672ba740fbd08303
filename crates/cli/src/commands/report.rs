//! `ctopath report`: the career report as HTML, PDF or Markdown. Reads only: the
//! snapshots in the store draw the progress chart, and nothing new is recorded.

use std::path::Path;

use ctopath_engine::Engine;
use ctopath_framework::Framework;
use ctopath_profile::{PartialDate, Profile};
use ctopath_render::report::{self, ProgressPoint, Report};
use ctopath_store::{Snapshot, Store};

use super::assess::options;
use super::framework::load as load_framework;
use super::profile::{Globals, load_file};
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::{print_stdout, write_atomically};
use crate::report_args::{ReportArgs, ReportFormat};
use crate::session::{Session, store_error};

pub fn report(args: ReportArgs, g: &Globals) -> CliResult {
    // Everything that can be refused is checked before any work is done.
    let format = format(&args)?;
    let to_stdout = args.output.as_os_str() == "-";
    if to_stdout && format == ReportFormat::Pdf {
        return Err(CliError::input(
            Diagnostic::error("a PDF cannot be printed to standard output")
                .help("write it to a file, e.g. `ctopath report --format pdf -o report.pdf`"),
        ));
    }
    if !to_stdout {
        check_directory(&args.output)?;
    }
    let input = &args.input;
    let options = options(input.as_of.as_deref(), input.runs, input.seed)?;
    let fw = load_framework(&input.framework)?;
    let (profile, history) = profile(input.profile.as_deref(), &fw, g)?;

    let engine = Engine::new(&fw);
    let assessment = engine.assess(&profile, &options);
    let plan = engine.plan(&profile, &assessment);
    let r = Report::new(&fw, &profile, assessment, plan, options.today, history);
    let bytes = match format {
        ReportFormat::Html => report::html(&r).into_bytes(),
        ReportFormat::Md => report::markdown(&r).into_bytes(),
        ReportFormat::Pdf => {
            let (document, images) = report::pdf_document(&r);
            ctopath_pdf::PdfEngine::new()
                .document(&document, &images)
                .map_err(|e| {
                    CliError::other(Diagnostic::error(format!("cannot render the PDF: {e}")))
                })?
        }
    };
    if to_stdout {
        return print_stdout(&String::from_utf8_lossy(&bytes));
    }
    write_atomically(&args.output, &bytes)?;
    let a = &r.assessment;
    eprintln!(
        "wrote {} ({} {}, {} flagged pattern{}, {} tour{} proposed)",
        args.output.display(),
        a.level.id,
        a.level.title,
        a.stall_patterns.len(),
        if a.stall_patterns.len() == 1 { "" } else { "s" },
        r.plan.tours.len(),
        if r.plan.tours.len() == 1 { "" } else { "s" },
    );
    Ok(())
}

fn format(args: &ReportArgs) -> CliResult<ReportFormat> {
    if let Some(f) = args.format {
        return Ok(f);
    }
    ReportFormat::from_extension(&args.output).ok_or_else(|| {
        CliError::input(
            Diagnostic::error(format!(
                "cannot tell the report format from `{}`",
                args.output.display()
            ))
            .help("pass --format html, pdf or md, or name the output report.html, report.pdf or report.md"),
        )
    })
}

/// Refuses an output path whose directory does not exist, before the work is done.
fn check_directory(path: &Path) -> CliResult {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => return Ok(()),
    };
    if dir.is_dir() {
        return Ok(());
    }
    Err(CliError::input(
        Diagnostic::error(format!(
            "cannot write `{}`: the directory `{}` does not exist",
            path.display(),
            dir.display()
        ))
        .help("create the directory first or pick another output path"),
    ))
}

/// The profile and, from the store, its earlier assessments.
fn profile(
    file: Option<&Path>,
    fw: &Framework,
    g: &Globals,
) -> CliResult<(Profile, Vec<ProgressPoint>)> {
    if let Some(path) = file {
        let (profile, _, _) = load_file(path, fw)?;
        return Ok((profile, Vec::new()));
    }
    let s = Session::open(g.db, g.person)?;
    let person = s.person()?;
    let (profile, _) = s.load(&person)?;
    let snapshots = s.run(s.store.snapshots(&person)).map_err(store_error)?;
    let history = snapshots
        .iter()
        .filter(|snap| snap.framework_id == fw.id)
        .filter_map(|snap| progress_point(snap, fw))
        .collect();
    Ok((profile, history))
}

/// A snapshot as a point of the progress chart: dated by the day its assessment
/// was made for, or else the day it was stored.
fn progress_point(s: &Snapshot, fw: &Framework) -> Option<ProgressPoint> {
    let as_of = s.assessment.get("as_of").and_then(|v| v.as_str());
    let date = as_of
        .and_then(|d| PartialDate::parse(d).ok())
        .or_else(|| PartialDate::parse(s.created_at.get(..10)?).ok())?;
    let level = s
        .level
        .as_deref()
        .and_then(|id| fw.levels.iter().find(|l| l.id == id))
        .map(|l| l.number);
    Some(ProgressPoint {
        date,
        level,
        readiness_next: s.readiness_next,
        readiness_cto: s.readiness_cto,
    })
}
