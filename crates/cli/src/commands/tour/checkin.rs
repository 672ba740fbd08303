//! `ctopath tour checkin`: where each success criterion stands, and what was learned.

use ctopath_profile::tour_health::{
    checkin_schedule, criteria_in_trouble, criterion_states, health,
};
use ctopath_profile::{CheckIn, CriterionProgress, CriterionStatus, TourOfDuty};

use super::{Stored, after_last_event, day, find, require_active};
use crate::clock;
use crate::commands::framework::load as load_framework;
use crate::commands::profile::Globals;
use crate::commands::prompt;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::tour_args::CheckinArgs;

pub fn checkin(args: CheckinArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let stored = Stored::open(g)?;
    let mut profile = stored.profile.clone();
    let index = find(&profile, args.tour.as_deref())?;
    let tour = &profile.tours[index];
    require_active(tour, "checked in on")?;
    let date = day("date", args.date.as_deref())?;
    after_last_event(tour, "date", date)?;
    let mut criteria = args
        .criteria
        .iter()
        .map(|spec| progress(spec, tour))
        .collect::<CliResult<Vec<_>>>()?;
    let mut learned = args.learned.clone();
    if criteria.is_empty() {
        if !prompt::interactive() {
            return Err(CliError::input(
                Diagnostic::error(format!("the check-in on tour `{}` reports on no criterion", tour.id))
                    .help(format!(
                        "give at least one --criterion N=STATUS[:NOTE] (N from 1 to {}, STATUS one of {})",
                        tour.success_criteria.len(),
                        statuses()
                    )),
            ));
        }
        criteria = ask(tour)?;
        if learned.is_none() {
            learned = Some(prompt::text(
                "What did you learn since the last check-in?",
                "",
                true,
            )?)
            .filter(|l| !l.is_empty());
        }
    }
    if let Some(n) = duplicate(&criteria) {
        return Err(CliError::input(
            Diagnostic::error(format!("criterion {} is given twice", n + 1))
                .help("give each criterion one status per check-in"),
        ));
    }
    let tour = &mut profile.tours[index];
    tour.checkins.push(CheckIn {
        date,
        criteria,
        learned: learned
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
    });
    let summary = summary(tour);
    let revision = stored.save(&profile, &fw)?;
    eprintln!("{summary} (revision {revision} of {})", stored.person);
    Ok(())
}

fn statuses() -> String {
    CriterionStatus::ALL
        .iter()
        .map(|s| s.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses `N=STATUS` or `N=STATUS:NOTE`, N counted from 1.
fn progress(spec: &str, tour: &TourOfDuty) -> CliResult<CriterionProgress> {
    let count = tour.success_criteria.len();
    let bad = |what: String, help: String| {
        CliError::input(Diagnostic::error(format!("--criterion {spec:?}: {what}")).help(help))
    };
    let Some((number, rest)) = spec.split_once('=') else {
        return Err(bad(
            "expected N=STATUS".into(),
            "e.g. --criterion 2=at_risk:'one team has not signed yet'".into(),
        ));
    };
    let (status, note) = match rest.split_once(':') {
        Some((s, n)) => (s, Some(n.trim().to_string()).filter(|n| !n.is_empty())),
        None => (rest, None),
    };
    let n: usize = number.trim().parse().unwrap_or(0);
    if n == 0 || n > count {
        return Err(bad(
            format!(
                "tour `{}` has no criterion {}; it has {count}",
                tour.id,
                number.trim()
            ),
            format!(
                "number criteria from 1 to {count}, as `ctopath tour show {}` lists them",
                tour.id
            ),
        ));
    }
    let status = CriterionStatus::parse(status).ok_or_else(|| {
        bad(
            format!("`{}` is not a status", status.trim()),
            format!("use one of {}", statuses()),
        )
    })?;
    Ok(CriterionProgress {
        index: n - 1,
        status,
        note,
    })
}

fn duplicate(criteria: &[CriterionProgress]) -> Option<usize> {
    criteria
        .iter()
        .enumerate()
        .find(|(i, c)| criteria[..*i].iter().any(|d| d.index == c.index))
        .map(|(_, c)| c.index)
}

/// Asks criterion by criterion, the last status pre-selected.
fn ask(tour: &TourOfDuty) -> CliResult<Vec<CriterionProgress>> {
    let labels: Vec<String> = CriterionStatus::ALL
        .iter()
        .map(|s| s.id().replace('_', " "))
        .collect();
    let mut out = Vec::new();
    for state in criterion_states(tour) {
        eprintln!(
            "\n{}. {}\n   measured by: {}",
            state.number, state.text, state.measure
        );
        let default = state
            .status
            .and_then(|s| CriterionStatus::ALL.iter().position(|x| *x == s))
            .unwrap_or(0);
        let pick = prompt::choose("Where does it stand?", &labels, default)?;
        let note = prompt::text("Progress note (Enter to skip)", "", true)?;
        out.push(CriterionProgress {
            index: state.number - 1,
            status: CriterionStatus::ALL[pick],
            note: Some(note).filter(|n| !n.is_empty()),
        });
    }
    Ok(out)
}

fn summary(tour: &TourOfDuty) -> String {
    let mut text = format!(
        "check-in {} on tour `{}` recorded; health: {}",
        tour.checkins.len(),
        tour.id,
        health(tour).id().replace('_', " ")
    );
    for s in criteria_in_trouble(tour) {
        text += &format!(
            "\n  {}. {} — {}",
            s.number,
            s.text,
            s.status.map_or("", |x| x.id()).replace('_', " ")
        );
    }
    if let Some(s) = checkin_schedule(tour, clock::today()) {
        text += &format!("\nnext check-in due {}", s.next);
    }
    text
}
