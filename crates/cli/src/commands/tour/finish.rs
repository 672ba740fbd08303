//! `ctopath tour finish`: end a tour as completed or abandoned. Its outcomes become
//! achievements linked to the tour, and the assessment runs again (and is kept as a
//! snapshot) to show what the tour moved.

use ctopath_engine::{Engine, Options};
use ctopath_profile::tour_health::criterion_states;
use ctopath_profile::{
    Achievement, CriterionStatus, Metric, PartialDate, Profile, TourOfDuty, TourStatus,
};
use ctopath_store::Store;
use serde::Serialize;

use super::{Stored, after_last_event, day, find, require_active};
use crate::cli::ViewFormat;
use crate::clock;
use crate::commands::assess::save_snapshot;
use crate::commands::framework::{load as load_framework, resolve_format, to_json};
use crate::commands::profile::Globals;
use crate::commands::prompt::{self, parse_number};
use crate::commands::status::change::{Change, Summary};
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::print_stdout;
use crate::session::store_error;
use crate::tour_args::FinishArgs;

/// An outcome as given: what changed and, ideally, the number behind it.
struct Outcome {
    what: String,
    metric: Option<Metric>,
}

#[derive(Serialize)]
struct Finished<'a> {
    tour: &'a TourOfDuty,
    revision: u32,
    achievements: Vec<&'a Achievement>,
    assessment: Summary,
    change: Change,
}

pub fn finish(args: FinishArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let stored = Stored::open(g)?;
    let mut profile = stored.profile.clone();
    let index = find(&profile, args.tour.as_deref())?;
    let tour = &profile.tours[index];
    require_active(tour, "finished")?;
    let date = day("date", args.date.as_deref())?;
    after_last_event(tour, "date", date)?;
    let interactive = !args.yes && prompt::interactive();
    let status = ending(&args, interactive)?;
    let outcome = match args.outcome.as_deref().map(str::trim) {
        Some(o) if !o.is_empty() => o.to_string(),
        _ if interactive => prompt::text("What did the tour leave behind?", "", false)?,
        _ => {
            return Err(CliError::input(
                Diagnostic::error(format!("finishing tour `{}` needs its outcome", tour.id))
                    .help("say what it left behind, or why it stopped: --outcome '…'"),
            ));
        }
    };
    let mut outcomes = args
        .achievements
        .iter()
        .map(|spec| parse_outcome(spec))
        .collect::<CliResult<Vec<_>>>()?;
    if outcomes.is_empty() && interactive {
        outcomes = ask_outcomes(tour, &outcome)?;
    } else if outcomes.is_empty() && status == TourStatus::Completed {
        outcomes.push(Outcome {
            what: outcome.clone(),
            metric: None,
        });
    }
    let tour = &mut profile.tours[index];
    tour.status = status;
    tour.finished = Some(date);
    tour.outcome = Some(outcome);
    let added = add_achievements(
        &mut profile,
        index,
        outcomes,
        args.scope.as_deref(),
        date,
        &fw,
    );
    let revision = stored.save(&profile, &fw)?;

    // What moved: against the last snapshot, or else the profile before this finish.
    let engine = Engine::new(&fw);
    let options = Options::new(clock::today());
    let snapshots = stored
        .session
        .run(stored.session.store.snapshots(&stored.person))
        .map_err(store_error)?;
    let before = snapshots
        .last()
        .and_then(Summary::of_snapshot)
        .unwrap_or_else(|| {
            let mut before = Summary::of(&engine.assess(&stored.profile, &options));
            before.when = "before this tour ended".into();
            before
        });
    let assessment = engine.assess(&profile, &options);
    save_snapshot(&stored.session, &stored.person, &assessment)?;
    let after = Summary::of(&assessment);
    let report = Finished {
        tour: &profile.tours[index],
        revision,
        achievements: profile
            .achievements
            .iter()
            .filter(|a| added.contains(&a.id))
            .collect(),
        change: Change::between(&before, &after),
        assessment: after,
    };
    let text = match resolve_format(args.format) {
        ViewFormat::Json => to_json(&report),
        ViewFormat::Table | ViewFormat::Md => text(&report),
    };
    eprintln!("saved as revision {revision} of {}", stored.person);
    print_stdout(&text)
}

fn ending(args: &FinishArgs, interactive: bool) -> CliResult<TourStatus> {
    if args.completed {
        return Ok(TourStatus::Completed);
    }
    if args.abandoned {
        return Ok(TourStatus::Abandoned);
    }
    if interactive {
        let pick = prompt::choose(
            "How did the tour end?",
            &[
                "completed: it reached its mission".into(),
                "abandoned: it stopped short".into(),
            ],
            0,
        )?;
        return Ok(if pick == 0 {
            TourStatus::Completed
        } else {
            TourStatus::Abandoned
        });
    }
    Err(CliError::input(
        Diagnostic::error("say how the tour ended").help("pass --completed or --abandoned"),
    ))
}

/// Parses `WHAT`, `WHAT::METRIC::BEFORE::AFTER` or `WHAT::METRIC::BEFORE::AFTER::UNIT`.
fn parse_outcome(spec: &str) -> CliResult<Outcome> {
    let parts: Vec<&str> = spec.split("::").map(str::trim).collect();
    let bad = |what: &str| {
        CliError::input(
            Diagnostic::error(format!("--achievement {spec:?}: {what}"))
                .help("write 'WHAT' or 'WHAT::METRIC::BEFORE::AFTER[::UNIT]', e.g. 'Checkout incidents fell::incidents per month::9::2'"),
        )
    };
    if parts[0].is_empty() {
        return Err(bad("it does not say what changed"));
    }
    let metric = match parts.as_slice() {
        [_] => None,
        [_, name, before, after] | [_, name, before, after, _] => {
            let number = |text: &str| {
                parse_number::<f64>(text)
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| bad(&format!("`{text}` is not a number")))
            };
            if name.is_empty() {
                return Err(bad("the metric has no name"));
            }
            Some(Metric {
                name: name.to_string(),
                before: number(before)?,
                after: number(after)?,
                unit: parts
                    .get(4)
                    .filter(|u| !u.is_empty())
                    .map(|u| u.to_string()),
            })
        }
        _ => {
            return Err(bad(&format!(
                "expected 1, 4 or 5 parts separated by ::, found {}",
                parts.len()
            )));
        }
    };
    Ok(Outcome {
        what: parts[0].to_string(),
        metric,
    })
}

/// Offers the outcome and each met criterion as achievements, asking for the numbers.
fn ask_outcomes(tour: &TourOfDuty, outcome: &str) -> CliResult<Vec<Outcome>> {
    eprintln!("\nOutcomes join your portfolio. A number (before → after) makes each one count.");
    let mut candidates = vec![outcome.to_string()];
    candidates.extend(
        criterion_states(tour)
            .into_iter()
            .filter(|s| s.status == Some(CriterionStatus::Met))
            .map(|s| s.text.to_string()),
    );
    let mut out = Vec::new();
    for what in candidates {
        if prompt::confirm(&format!("Record \"{what}\" as an outcome?"), true)? {
            out.push(ask_numbers(what)?);
        }
    }
    loop {
        let what = prompt::text("Another outcome (Enter to finish)", "", true)?;
        if what.is_empty() {
            return Ok(out);
        }
        out.push(ask_numbers(what)?);
    }
}

fn ask_numbers(what: String) -> CliResult<Outcome> {
    let name = prompt::text("  Which number shows it? (Enter if none)", "", true)?;
    if name.is_empty() {
        return Ok(Outcome { what, metric: None });
    }
    let before = prompt::number::<f64>("  Before: the value it is compared to", None, false)?;
    let after = prompt::number::<f64>("  After", None, false)?;
    let unit = prompt::text("  Unit (Enter for none)", "", true)?;
    Ok(Outcome {
        what,
        metric: Some(Metric {
            name,
            before: before.unwrap_or_default(),
            after: after.unwrap_or_default(),
            unit: Some(unit).filter(|u| !u.is_empty()),
        }),
    })
}

/// Adds the outcomes as achievements linked to the tour; returns their ids.
fn add_achievements(
    profile: &mut Profile,
    index: usize,
    outcomes: Vec<Outcome>,
    scope: Option<&str>,
    date: PartialDate,
    fw: &ctopath_framework::Framework,
) -> Vec<String> {
    let tour = &profile.tours[index];
    let position = current_position(profile);
    let first_new = profile.achievements.len();
    let new: Vec<Achievement> = outcomes
        .into_iter()
        .map(|o| Achievement {
            competencies: if tour.competencies.is_empty() {
                fw.suggest_competencies(&o.what)
            } else {
                tour.competencies.clone()
            },
            source: (Some(o.what.as_str()) == tour.outcome.as_deref())
                .then(|| format!("tours[{index}].outcome")),
            what_changed: o.what,
            metric: o.metric,
            scope: scope.map(str::to_string),
            date: Some(date),
            position: position.clone(),
            tour: Some(tour.id.clone()),
            ..Default::default()
        })
        .collect();
    profile.achievements.extend(new);
    profile.assign_missing_ids();
    profile.achievements[first_new..]
        .iter()
        .map(|a| a.id.clone())
        .collect()
}

/// The position held now: open-ended, the latest started.
fn current_position(profile: &Profile) -> Option<String> {
    profile
        .positions
        .iter()
        .filter(|p| p.end.is_none())
        .max_by_key(|p| p.start.map(|d| d.earliest()))
        .map(|p| p.id.clone())
}

fn text(r: &Finished) -> String {
    let t = r.tour;
    let mut out = format!(
        "Tour `{}` {} on {}: {}\n",
        t.id,
        t.status.id(),
        t.finished.map_or_else(String::new, |d| d.to_string()),
        t.outcome.as_deref().unwrap_or("")
    );
    if !r.achievements.is_empty() {
        out += "\nAdded to your portfolio:\n";
        for a in &r.achievements {
            let number = a.metric.as_ref().map_or_else(
                || " (no number yet: `ctopath portfolio review`)".to_string(),
                |m| {
                    format!(
                        " ({}: {} → {}{})",
                        m.name,
                        m.before,
                        m.after,
                        m.unit
                            .as_deref()
                            .map(|u| format!(" {u}"))
                            .unwrap_or_default()
                    )
                },
            );
            out += &format!("  • {}{number}  [{}]\n", a.what_changed, a.id);
        }
    }
    let lines = r.change.lines(&r.assessment);
    out += &format!("\nWhat moved since {}:\n", r.change.since);
    if lines.is_empty() {
        out += "  nothing yet: level, readiness and patterns are where they were\n";
    }
    for line in lines {
        out += &format!("  {line}\n");
    }
    out
}
