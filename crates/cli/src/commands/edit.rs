//! `ctopath position|achievement|rate`: small edits to the stored profile. Each edit
//! loads the profile, changes it, validates the result against the framework and
//! saves it as a new revision; an invalid edit writes nothing.

use ctopath_framework::Framework;
use ctopath_profile::{
    Achievement, Budget, Metric, OrgStage, PartialDate, Position, Profile, Rater, Rating,
};

use super::framework::{load as load_framework, resolve_format, to_json};
use super::profile::Globals;
use crate::cli::{
    AchievementCommand, AchievementFields, FrameworkArg, OrgStageArg, PositionCommand,
    PositionFields, RateArgs, RaterArg, ViewFormat,
};
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::print_stdout;
use crate::session::Session;
use crate::views;

/// Loads, edits and saves the profile of the person the command is about.
fn edit(
    g: &Globals,
    fw: &Framework,
    change: impl FnOnce(&mut Profile) -> CliResult<String>,
) -> CliResult {
    let s = Session::open(g.db, g.person)?;
    let person = s.person()?;
    let (mut profile, _) = s.load(&person)?;
    let done = change(&mut profile)?;
    let revision = s.save(&person, &profile, fw)?;
    eprintln!("{done} (revision {revision} of {person})");
    Ok(())
}

fn date(flag: &str, text: &str) -> CliResult<PartialDate> {
    PartialDate::parse(text).map_err(|e| {
        CliError::input(
            Diagnostic::error(format!("--{flag} {text:?}: {e}"))
                .help("write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        )
    })
}

fn unknown(kind: &str, id: &str, known: Vec<String>) -> CliError {
    CliError::input(
        Diagnostic::error(format!("there is no {kind} with id {id:?}")).help(if known.is_empty() {
            format!("add one first with `ctopath {kind} add`")
        } else {
            format!("known ids: {}", known.join(", "))
        }),
    )
}

pub fn position(cmd: PositionCommand, g: &Globals) -> CliResult {
    let fw = load_framework(&FrameworkArg::default())?;
    match cmd {
        PositionCommand::List => {
            let s = Session::open(g.db, g.person)?;
            let person = s.person()?;
            let (profile, _) = s.load(&person)?;
            print_stdout(&views::profile::positions(&profile))
        }
        PositionCommand::Add(fields) => edit(g, &fw, |p| {
            if fields.title.is_none() || fields.org.is_none() || fields.start.is_none() {
                return Err(CliError::input(
                    Diagnostic::error("a new position needs --title, --org and --start")
                        .help("e.g. `ctopath position add --title 'Staff Engineer' --org Acme --start 2022-04`"),
                ));
            }
            let mut pos = Position::default();
            apply_position(&mut pos, fields)?;
            pos.id = fresh_id(&pos, p);
            let id = pos.id.clone();
            p.positions.insert(0, pos);
            Ok(format!("added position {id}"))
        }),
        PositionCommand::Edit {
            id,
            fields,
            current,
        } => edit(g, &fw, |p| {
            let known = p.positions.iter().map(|x| x.id.clone()).collect();
            let pos = p
                .positions
                .iter_mut()
                .find(|x| x.id == id)
                .ok_or_else(|| unknown("position", &id, known))?;
            apply_position(pos, fields)?;
            if current {
                pos.end = None;
            }
            Ok(format!("updated position {id}"))
        }),
        PositionCommand::Remove { id } => edit(g, &fw, |p| {
            let before = p.positions.len();
            let known = p.positions.iter().map(|x| x.id.clone()).collect();
            p.positions.retain(|x| x.id != id);
            if p.positions.len() == before {
                return Err(unknown("position", &id, known));
            }
            for a in p
                .achievements
                .iter_mut()
                .filter(|a| a.position.as_deref() == Some(id.as_str()))
            {
                a.position = None;
            }
            Ok(format!("removed position {id}"))
        }),
    }
}

fn apply_position(pos: &mut Position, f: PositionFields) -> CliResult {
    if let Some(v) = f.title {
        pos.title = Some(v)
    }
    if let Some(v) = f.org {
        pos.organisation = Some(v)
    }
    if let Some(v) = f.start {
        pos.start = Some(date("start", &v)?)
    }
    if let Some(v) = f.end {
        pos.end = Some(date("end", &v)?)
    }
    if let Some(v) = f.route {
        pos.route = Some(v)
    }
    if let Some(v) = f.org_stage {
        pos.org_stage = Some(match v {
            OrgStageArg::Startup => OrgStage::Startup,
            OrgStageArg::Scaleup => OrgStage::Scaleup,
            OrgStageArg::Enterprise => OrgStage::Enterprise,
        })
    }
    if let Some(v) = f.org_engineers {
        pos.org_engineers = Some(v)
    }
    if let Some(v) = f.coding_share {
        pos.coding_share = Some(v)
    }
    if let Some(v) = f.direct_reports {
        pos.direct_reports = Some(v)
    }
    if let Some(v) = f.managers {
        pos.managers_reporting = Some(v)
    }
    if let Some(amount) = f.budget {
        if !(amount.is_finite() && amount >= 0.0) {
            return Err(CliError::input(
                Diagnostic::error(format!("--budget {amount} is not an amount"))
                    .help("give a positive number, e.g. 3000000"),
            ));
        }
        pos.budget = Some(Budget {
            amount,
            currency: f.currency.to_uppercase(),
        });
    }
    if let Some(v) = f.board {
        pos.board_exposure = Some(v)
    }
    if let Some(v) = f.on_call {
        pos.on_call = Some(v)
    }
    if let Some(v) = f.cross_functional {
        pos.cross_functional = Some(v)
    }
    if let Some(v) = f.tech_differentiator {
        pos.tech_differentiator = Some(v)
    }
    if let Some(v) = f.acting {
        pos.acting = v
    }
    if !f.highlights.is_empty() {
        pos.highlights = Some(f.highlights)
    }
    Ok(())
}

/// A readable id unique within the profile: `acme-staff-engineer`, `-2` if taken.
fn fresh_id(pos: &Position, p: &Profile) -> String {
    let base: String = format!(
        "{} {}",
        pos.organisation.as_deref().unwrap_or(""),
        pos.title.as_deref().unwrap_or("")
    )
    .to_lowercase()
    .split(|c: char| !c.is_ascii_alphanumeric())
    .filter(|w| !w.is_empty())
    .collect::<Vec<_>>()
    .join("-");
    let base = if base.is_empty() {
        "position".to_string()
    } else {
        base
    };
    let taken = |id: &str| {
        p.positions.iter().any(|x| x.id == id) || p.achievements.iter().any(|x| x.id == id)
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap()
}

pub fn achievement(cmd: AchievementCommand, g: &Globals) -> CliResult {
    let fw = load_framework(&FrameworkArg::default())?;
    match cmd {
        AchievementCommand::List {
            competency,
            tag,
            since,
            format,
        } => {
            let s = Session::open(g.db, g.person)?;
            let person = s.person()?;
            let (profile, _) = s.load(&person)?;
            let since = since.map(|d| date("since", &d)).transpose()?;
            let picked: Vec<&Achievement> = profile
                .achievements
                .iter()
                .filter(|a| {
                    competency
                        .as_ref()
                        .is_none_or(|c| a.competencies.contains(c))
                })
                .filter(|a| tag.as_ref().is_none_or(|t| a.tags.contains(t)))
                .filter(|a| {
                    since
                        .as_ref()
                        .is_none_or(|s| a.date.as_ref().is_some_and(|d| !d.is_before(s)))
                })
                .collect();
            let text = match resolve_format(format) {
                ViewFormat::Json => to_json(&picked),
                _ => views::profile::achievements(&picked),
            };
            print_stdout(&text)
        }
        AchievementCommand::Add { text, fields } => edit(g, &fw, |p| {
            let mut a = Achievement {
                what_changed: text.clone(),
                ..Default::default()
            };
            let suggested = fields.competencies.is_empty();
            apply_achievement(&mut a, fields, &p.positions)?;
            if suggested {
                a.competencies = fw.suggest_competencies(&text);
            }
            a.id = format!("a{}", p.achievements.len() + 1);
            while p.achievements.iter().any(|x| x.id == a.id) {
                a.id.push('x');
            }
            let note = if suggested && !a.competencies.is_empty() {
                format!(
                    "; competencies suggested from the text: {} (change with `ctopath achievement edit {} --competency …`)",
                    a.competencies.join(", "),
                    a.id
                )
            } else {
                String::new()
            };
            let id = a.id.clone();
            p.achievements.push(a);
            Ok(format!("added achievement {id}{note}"))
        }),
        AchievementCommand::Edit { id, text, fields } => edit(g, &fw, |p| {
            let known: Vec<String> = p.achievements.iter().map(|x| x.id.clone()).collect();
            let idx = p
                .achievements
                .iter()
                .position(|x| x.id == id)
                .ok_or_else(|| unknown("achievement", &id, known))?;
            let mut a = p.achievements[idx].clone();
            if let Some(t) = text {
                a.what_changed = t;
            }
            // Competencies and tags given on an edit replace the old lists.
            if !fields.competencies.is_empty() {
                a.competencies.clear();
            }
            if !fields.tags.is_empty() {
                a.tags.clear();
            }
            apply_achievement(&mut a, fields, &p.positions)?;
            p.achievements[idx] = a;
            Ok(format!("updated achievement {id}"))
        }),
        AchievementCommand::Remove { id } => edit(g, &fw, |p| {
            let known = p.achievements.iter().map(|x| x.id.clone()).collect();
            let before = p.achievements.len();
            p.achievements.retain(|x| x.id != id);
            if before == p.achievements.len() {
                return Err(unknown("achievement", &id, known));
            }
            Ok(format!("removed achievement {id}"))
        }),
    }
}

fn apply_achievement(
    a: &mut Achievement,
    f: AchievementFields,
    positions: &[Position],
) -> CliResult {
    match (f.before, f.after) {
        (Some(before), Some(after)) => {
            a.metric = Some(Metric {
                name: f.metric.clone().unwrap_or_else(|| "result".into()),
                before,
                after,
                unit: f.unit.clone(),
            });
        }
        (None, None) if f.metric.is_none() => {}
        _ => {
            return Err(CliError::input(
                Diagnostic::error("a metric needs both --before and --after")
                    .help("e.g. `--metric 'deploy time' --before 45 --after 7 --unit minutes`"),
            ));
        }
    }
    if let Some(d) = f.date {
        a.date = Some(date("date", &d)?)
    }
    a.competencies.extend(f.competencies);
    a.tags.extend(f.tags);
    if let Some(pos) = f.position {
        if !positions.iter().any(|x| x.id == pos) {
            return Err(unknown(
                "position",
                &pos,
                positions.iter().map(|x| x.id.clone()).collect(),
            ));
        }
        a.position = Some(pos);
    }
    Ok(())
}

pub fn rate(args: RateArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let date = match &args.date {
        Some(d) => date("date", d)?,
        None => crate::clock::today(),
    };
    let by = match args.by {
        RaterArg::Myself => Rater::Myself,
        RaterArg::Manager => Rater::Manager,
        RaterArg::Peer => Rater::Peer,
    };
    edit(g, &fw, |p| {
        p.ratings.push(Rating {
            competency: args.competency.clone(),
            level: args.level.to_uppercase(),
            by,
            date,
            evidence: Some(args.evidence.clone()),
        });
        Ok(format!(
            "rated {} at {}",
            args.competency,
            args.level.to_uppercase()
        ))
    })
}
