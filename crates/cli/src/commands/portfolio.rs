//! `ctopath portfolio …`: the outcomes a career leaves behind. List them by period,
//! competency, tag or tour; put numbers on the ones without; and write them up as a
//! brag document for a performance review.

mod period;
mod review;

use ctopath_framework::Framework;
use ctopath_profile::{Achievement, Profile};
use ctopath_source::edit_distance;

pub use self::period::{PERIOD_FORMS, Period};
use super::framework::{load as load_framework, resolve_format, to_json};
use super::profile::{Globals, current};
use crate::cli::ViewFormat;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::{print_stdout, write_atomically};
use crate::tour_args::{ExportPortfolioArgs, PortfolioCommand, PortfolioFilter};
use crate::views::portfolio as view;

pub fn run(cmd: PortfolioCommand, g: &Globals) -> CliResult {
    match cmd {
        PortfolioCommand::List(filter) => list(filter, g),
        PortfolioCommand::Review(args) => review::review(args, g),
        PortfolioCommand::Export(args) => export(args, g),
    }
}

/// The filters, checked: a period that parses, ids that exist.
struct Selection {
    period: Option<Period>,
    competency: Option<String>,
    tag: Option<String>,
    tour: Option<String>,
}

impl Selection {
    fn new(f: &PortfolioFilter, profile: &Profile, fw: &Framework) -> CliResult<Selection> {
        let period = f
            .period
            .as_deref()
            .map(|text| {
                Period::parse(text).map_err(|e| {
                    CliError::input(Diagnostic::error(format!("--period: {e}")).help(PERIOD_FORMS))
                })
            })
            .transpose()?;
        if let Some(c) = &f.competency {
            let ids: Vec<&str> = fw.competencies.iter().map(|c| c.id.as_str()).collect();
            known(
                "competency",
                c,
                &ids,
                "`ctopath framework show --section competencies` lists them",
            )?;
        }
        if let Some(t) = &f.tour {
            let ids: Vec<&str> = profile.tours.iter().map(|t| t.id.as_str()).collect();
            known("tour", t, &ids, "`ctopath tour list` shows your tours")?;
        }
        Ok(Selection {
            period,
            competency: f.competency.clone(),
            tag: f.tag.clone(),
            tour: f.tour.clone(),
        })
    }

    fn pick<'a>(&self, profile: &'a Profile) -> Vec<&'a Achievement> {
        profile
            .achievements
            .iter()
            .filter(|a| {
                self.period
                    .as_ref()
                    .is_none_or(|p| a.date.as_ref().is_some_and(|d| p.contains(d)))
            })
            .filter(|a| {
                self.competency
                    .as_ref()
                    .is_none_or(|c| a.competencies.contains(c))
            })
            .filter(|a| self.tag.as_ref().is_none_or(|t| a.tags.contains(t)))
            .filter(|a| {
                self.tour
                    .as_ref()
                    .is_none_or(|t| a.tour.as_ref() == Some(t))
            })
            .collect()
    }

    /// Outcomes without a date cannot be placed in a period; say how many were left out.
    fn note_undated(&self, profile: &Profile) {
        if self.period.is_some() {
            let undated = profile
                .achievements
                .iter()
                .filter(|a| a.date.is_none())
                .count();
            if undated > 0 {
                eprintln!(
                    "note: {undated} outcome(s) without a date are left out of the period; date them with `ctopath achievement edit ID --date YYYY-MM`"
                );
            }
        }
    }

    fn label(&self) -> String {
        self.period
            .as_ref()
            .map_or_else(|| "all time".to_string(), |p| p.label.clone())
    }
}

fn known(kind: &str, id: &str, ids: &[&str], where_listed: &str) -> CliResult {
    if ids.contains(&id) {
        return Ok(());
    }
    let near = ids
        .iter()
        .map(|k| (edit_distance(id, k), *k))
        .filter(|(d, _)| *d <= (id.chars().count() / 3).clamp(1, 3))
        .min_by_key(|(d, _)| *d);
    let help = match near {
        Some((_, k)) => format!("did you mean `{k}`? {where_listed}"),
        None => where_listed.to_string(),
    };
    Err(CliError::input(
        Diagnostic::error(format!("unknown {kind} `{id}`")).help(help),
    ))
}

fn list(f: PortfolioFilter, g: &Globals) -> CliResult {
    let fw = load_framework(&f.framework)?;
    let (profile, _) = current(f.profile.as_deref(), &fw, g)?;
    let selection = Selection::new(&f, &profile, &fw)?;
    let picked = selection.pick(&profile);
    selection.note_undated(&profile);
    let text = match resolve_format(f.format) {
        ViewFormat::Json => to_json(&picked),
        ViewFormat::Md => view::list_markdown(&picked, &profile),
        ViewFormat::Table => view::list_table(&picked, &profile),
    };
    print_stdout(&text)
}

fn export(args: ExportPortfolioArgs, g: &Globals) -> CliResult {
    let f = &args.filter;
    let fw = load_framework(&f.framework)?;
    let (profile, person) = current(f.profile.as_deref(), &fw, g)?;
    let selection = Selection::new(f, &profile, &fw)?;
    let picked = selection.pick(&profile);
    selection.note_undated(&profile);
    let name = profile
        .person
        .as_ref()
        .and_then(|p| p.name.clone())
        .unwrap_or(person);
    let brag = view::Brag::build(
        &name,
        &selection.label(),
        &picked,
        &profile,
        &fw,
        selection.competency.as_deref(),
    );
    // A brag document is prose: Markdown unless JSON is asked for.
    let text = match f.format {
        Some(ViewFormat::Json) => to_json(&brag),
        _ => view::brag_markdown(&brag),
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, text.as_bytes())?;
            eprintln!(
                "wrote {} ({} outcomes, {})",
                path.display(),
                picked.len(),
                selection.label()
            );
            Ok(())
        }
        None => print_stdout(&text),
    }
}
