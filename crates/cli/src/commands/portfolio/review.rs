//! `ctopath portfolio review`: outcomes without a number are hard to believe in a
//! review. This walks through each one and asks the questions that draw the number
//! out: what changed, by how much, for whom, compared to what.

use ctopath_profile::{Achievement, Metric, Profile};

use crate::cli::ViewFormat;
use crate::commands::framework::{load as load_framework, resolve_format, to_json};
use crate::commands::profile::Globals;
use crate::commands::prompt;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::print_stdout;
use crate::session::Session;
use crate::tour_args::ReviewArgs;
use crate::views::portfolio as view;

/// The answers for one outcome.
struct Answer {
    what: Option<String>,
    metric: Option<Metric>,
    scope: Option<String>,
}

pub fn review(args: ReviewArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let s = Session::open(g.db, g.person)?;
    let person = s.person()?;
    let (mut profile, _) = s.load(&person)?;
    let changed = match args.id.clone() {
        Some(id) => {
            let i = index(&profile, &id)?;
            let answer = from_flags(&args)?;
            apply(&mut profile.achievements[i], answer);
            vec![i]
        }
        None if prompt::interactive() => ask_all(&mut profile)?,
        None => {
            let todo: Vec<&Achievement> = unquantified(&profile)
                .into_iter()
                .map(|i| &profile.achievements[i])
                .collect();
            eprintln!(
                "{} outcome(s) without a number; record one with `ctopath portfolio review --id ID --metric NAME --before X --after Y [--unit U] [--scope WHO] [--compared-to BASELINE]`",
                todo.len()
            );
            let text = match resolve_format(args.format) {
                ViewFormat::Json => to_json(&todo),
                ViewFormat::Md => view::list_markdown(&todo, &profile),
                ViewFormat::Table => view::list_table(&todo, &profile),
            };
            return print_stdout(&text);
        }
    };
    if changed.is_empty() {
        eprintln!("nothing changed");
        return Ok(());
    }
    let revision = s.save(&person, &profile, &fw)?;
    for i in changed {
        let a = &profile.achievements[i];
        eprintln!("quantified {}: {}", a.id, view::number(a));
    }
    eprintln!("(revision {revision} of {person})");
    Ok(())
}

fn unquantified(profile: &Profile) -> Vec<usize> {
    (0..profile.achievements.len())
        .filter(|&i| profile.achievements[i].metric.is_none())
        .collect()
}

fn index(profile: &Profile, id: &str) -> CliResult<usize> {
    profile
        .achievements
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| {
            let open: Vec<&str> = unquantified(profile)
                .into_iter()
                .map(|i| profile.achievements[i].id.as_str())
                .collect();
            CliError::input(
                Diagnostic::error(format!("there is no achievement `{id}`")).help(
                    if open.is_empty() {
                        "`ctopath achievement list` shows the ids".to_string()
                    } else {
                        format!("outcomes without a number: {}", open.join(", "))
                    },
                ),
            )
        })
}

fn from_flags(args: &ReviewArgs) -> CliResult<Answer> {
    let metric = match (&args.metric, args.before, args.after) {
        (None, None, None) => None,
        (Some(name), Some(before), Some(after)) => {
            for (flag, x) in [("before", before), ("after", after)] {
                if !x.is_finite() {
                    return Err(CliError::input(
                        Diagnostic::error(format!("--{flag} {x} is not a number"))
                            .help("give a plain number, e.g. --before 45 --after 7"),
                    ));
                }
            }
            Some(metric(
                name,
                args.compared_to.as_deref(),
                before,
                after,
                args.unit.as_deref(),
            ))
        }
        _ => {
            return Err(CliError::input(
                Diagnostic::error("a number needs --metric, --before and --after together")
                    .help("e.g. --metric 'deploy time' --before 45 --after 7 --unit minutes"),
            ));
        }
    };
    if metric.is_none() && args.text.is_none() && args.scope.is_none() {
        return Err(CliError::input(
            Diagnostic::error("nothing to record")
                .help("give --metric, --before and --after (and --unit, --scope, --compared-to), or --text"),
        ));
    }
    Ok(Answer {
        what: args.text.clone(),
        metric,
        scope: args.scope.clone(),
    })
}

/// The metric's name carries its baseline: "deploy time (vs. the Q1 median)".
fn metric(
    name: &str,
    compared_to: Option<&str>,
    before: f64,
    after: f64,
    unit: Option<&str>,
) -> Metric {
    let name = name.trim();
    Metric {
        name: match compared_to.map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => format!("{name} (vs. {c})"),
            None => name.to_string(),
        },
        before,
        after,
        unit: unit
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_string),
    }
}

fn apply(a: &mut Achievement, answer: Answer) {
    if let Some(what) = answer.what.filter(|w| !w.trim().is_empty()) {
        a.what_changed = what.trim().to_string();
    }
    if let Some(m) = answer.metric {
        a.metric = Some(m);
    }
    if let Some(scope) = answer.scope {
        a.scope = Some(scope.trim().to_string()).filter(|s| !s.is_empty());
    }
}

/// Walks the outcomes without a number; returns the indexes answered.
fn ask_all(profile: &mut Profile) -> CliResult<Vec<usize>> {
    let todo = unquantified(profile);
    if todo.is_empty() {
        eprintln!("every outcome in the portfolio has a number");
        return Ok(todo);
    }
    eprintln!(
        "{} outcome(s) have no number yet. For each: what changed, by how much, for whom, compared to what.",
        todo.len()
    );
    let mut done = Vec::new();
    for (k, &i) in todo.iter().enumerate() {
        let a = &profile.achievements[i];
        let when = a.date.map(|d| format!(", {d}")).unwrap_or_default();
        eprintln!(
            "\n[{}/{}] {}{when}  [{}]",
            k + 1,
            todo.len(),
            a.what_changed,
            a.id
        );
        let choice = prompt::choose(
            "Put a number on it?",
            &["yes".into(), "skip".into(), "stop reviewing".into()],
            0,
        )?;
        match choice {
            0 => {}
            1 => continue,
            _ => break,
        }
        let what = prompt::text("What changed?", &a.what_changed, false)?;
        let name = prompt::text(
            "Which number shows it? (e.g. deploy time, monthly churn)",
            "",
            false,
        )?;
        let compared = prompt::text(
            "Compared to what? (the baseline, e.g. 'the Q1 median'; Enter if simply before)",
            "",
            true,
        )?;
        let before = prompt::number::<f64>("The value before", None, false)?.unwrap_or_default();
        let after =
            prompt::number::<f64>("By how much: the value after", None, false)?.unwrap_or_default();
        let unit = prompt::text("Unit (ms, %, EUR, engineers; Enter for none)", "", true)?;
        let scope = prompt::text(
            "For whom: who felt the change (a team, a product, all customers)?",
            a.scope.as_deref().unwrap_or(""),
            true,
        )?;
        let answer = Answer {
            what: Some(what),
            metric: Some(metric(&name, Some(&compared), before, after, Some(&unit))),
            scope: Some(scope),
        };
        apply(&mut profile.achievements[i], answer);
        done.push(i);
    }
    Ok(done)
}
