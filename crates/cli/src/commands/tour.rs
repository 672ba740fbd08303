//! `ctopath tour …`: start a tour of duty, check in on it, finish it, and look back
//! at current and past tours. Every change is validated as a whole profile and saved
//! as a new revision; a refused change writes nothing.

mod checkin;
mod finish;
mod start;

use ctopath_framework::Framework;
use ctopath_profile::{PartialDate, Profile, TourOfDuty, TourStatus};
use ctopath_source::edit_distance;

use super::framework::{load as load_framework, resolve_format, to_json};
use super::profile::{Globals, current};
use crate::cli::ViewFormat;
use crate::clock;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::print_stdout;
use crate::session::Session;
use crate::tour_args::{TourCommand, TourViewArgs};
use crate::views::tour::{self as view, TourView};

pub fn run(cmd: TourCommand, g: &Globals) -> CliResult {
    match cmd {
        TourCommand::Start(args) => start::start(args, g),
        TourCommand::Checkin(args) => checkin::checkin(args, g),
        TourCommand::Finish(args) => finish::finish(args, g),
        TourCommand::List(args) => list(args, g),
        TourCommand::Show { tour, view } => show(tour.as_deref(), view, g),
    }
}

/// The stored profile of the person a command changes.
struct Stored {
    session: Session,
    person: String,
    profile: Profile,
}

impl Stored {
    fn open(g: &Globals) -> CliResult<Stored> {
        let session = Session::open(g.db, g.person)?;
        let person = session.person()?;
        let (profile, _) = session.load(&person)?;
        Ok(Stored {
            session,
            person,
            profile,
        })
    }

    /// Validates `profile` and saves it as the next revision.
    fn save(&self, profile: &Profile, fw: &Framework) -> CliResult<u32> {
        self.session.save(&self.person, profile, fw)
    }
}

/// The tour a command is about: the one named, or else the active one.
fn find(profile: &Profile, id: Option<&str>) -> CliResult<usize> {
    match id {
        Some(id) => profile
            .tours
            .iter()
            .position(|t| t.id == id)
            .ok_or_else(|| unknown_tour(profile, id)),
        None => profile
            .tours
            .iter()
            .position(|t| t.status == TourStatus::Active)
            .ok_or_else(|| {
                CliError::input(
                    Diagnostic::error("no tour is active")
                        .help("name the tour (`ctopath tour list` shows them) or start one with `ctopath tour start`"),
                )
            }),
    }
}

fn unknown_tour(profile: &Profile, id: &str) -> CliError {
    let ids: Vec<&str> = profile.tours.iter().map(|t| t.id.as_str()).collect();
    let near = ids
        .iter()
        .map(|k| (edit_distance(id, k), *k))
        .filter(|(d, _)| *d <= (id.chars().count() / 3).clamp(1, 3))
        .min_by_key(|(d, _)| *d);
    let help = match (near, ids.is_empty()) {
        (Some((_, k)), _) => format!("did you mean `{k}`? (`ctopath tour list` shows every tour)"),
        (None, true) => "there are no tours yet; start one with `ctopath tour start`".to_string(),
        (None, false) => format!("known tours: {}", ids.join(", ")),
    };
    CliError::input(Diagnostic::error(format!("there is no tour `{id}`")).help(help))
}

/// Refuses changes to a tour that is not running, saying what can be done instead.
fn require_active(tour: &TourOfDuty, doing: &str) -> CliResult {
    let problem = match tour.status {
        TourStatus::Active => return Ok(()),
        TourStatus::Proposed => (
            format!(
                "tour `{}` has not started, so it cannot be {doing}",
                tour.id
            ),
            format!("start it first: `ctopath tour start {}`", tour.id),
        ),
        TourStatus::Completed | TourStatus::Abandoned => (
            format!(
                "tour `{}` was {} on {}, so it cannot be {doing}",
                tour.id,
                tour.status.id(),
                tour.finished
                    .map_or_else(|| "an earlier date".to_string(), |d| d.to_string())
            ),
            "a finished tour stays as it ended; start the next one with `ctopath tour start`"
                .to_string(),
        ),
    };
    Err(CliError::input(
        Diagnostic::error(problem.0).help(problem.1),
    ))
}

/// A date given with `--flag`, or today; never later than today.
fn day(flag: &str, text: Option<&str>) -> CliResult<PartialDate> {
    let today = clock::today();
    let Some(text) = text else {
        return Ok(today);
    };
    let date = parse_date(flag, text)?;
    if today.is_before(&date) {
        return Err(CliError::input(
            Diagnostic::error(format!(
                "--{flag} {date} is in the future (today is {today})"
            ))
            .help("record what has happened; leave the flag out to use today's date"),
        ));
    }
    Ok(date)
}

fn parse_date(flag: &str, text: &str) -> CliResult<PartialDate> {
    PartialDate::parse(text).map_err(|e| {
        CliError::input(
            Diagnostic::error(format!("--{flag} {text:?}: {e}"))
                .help("write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        )
    })
}

/// Refuses `date` when it comes before the tour's start or its latest check-in.
fn after_last_event(tour: &TourOfDuty, flag: &str, date: PartialDate) -> CliResult {
    if let Some(start) = tour.start
        && date.is_before(&start)
    {
        return Err(CliError::input(
            Diagnostic::error(format!(
                "--{flag} {date} is before tour `{}` started ({start})",
                tour.id
            ))
            .help("dates of a tour run forwards from its start; check the date"),
        ));
    }
    if let Some(last) = tour.last_checkin()
        && date.is_before(&last)
    {
        return Err(CliError::input(
            Diagnostic::error(format!(
                "--{flag} {date} is before the latest check-in of tour `{}` ({last})",
                tour.id
            ))
            .help("dates of a tour run forwards; use a date on or after the latest check-in"),
        ));
    }
    Ok(())
}

fn as_of(text: Option<&str>) -> CliResult<PartialDate> {
    text.map_or_else(|| Ok(clock::today()), |t| parse_date("as-of", t))
}

fn list(args: TourViewArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let today = as_of(args.as_of.as_deref())?;
    let (profile, _) = current(args.profile.as_deref(), &fw, g)?;
    let views: Vec<TourView> = profile
        .tours
        .iter()
        .map(|t| TourView::of(t, &profile, today))
        .collect();
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&views),
        ViewFormat::Md => view::list_markdown(&views),
        ViewFormat::Table => view::list_table(&views),
    };
    print_stdout(&text)
}

fn show(id: Option<&str>, args: TourViewArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let today = as_of(args.as_of.as_deref())?;
    let (profile, _) = current(args.profile.as_deref(), &fw, g)?;
    // Without an id: the active tour, else the most recent one.
    let index = match id {
        Some(_) => find(&profile, id)?,
        None => find(&profile, None).or_else(|e| {
            profile
                .tours
                .iter()
                .enumerate()
                .max_by_key(|(i, t)| (t.start.map(|d| d.earliest()), *i))
                .map(|(i, _)| i)
                .ok_or(e)
        })?,
    };
    let tour = TourView::of(&profile.tours[index], &profile, today);
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&tour),
        ViewFormat::Md => view::show_markdown(&tour),
        ViewFormat::Table => view::show_table(&tour),
    };
    print_stdout(&text)
}
