//! `ctopath tour start`: commit to a tour of duty. The charter comes from the plan's
//! proposal (or the framework's mission library, or the person's own words); the
//! person edits it on a terminal, or sets it with flags in a script.

use ctopath_engine::{Engine, Options, ProposedTour};
use ctopath_framework::{Framework, Mission};
use ctopath_profile::tour_health::checkin_schedule;
use ctopath_profile::{PartialDate, Profile, SuccessCriterion, TourOfDuty, TourStatus};
use ctopath_source::edit_distance;

use super::{Stored, parse_date};
use crate::clock;
use crate::commands::framework::load as load_framework;
use crate::commands::profile::Globals;
use crate::commands::prompt;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::tour_args::StartArgs;
use crate::views::tour::charter_text;

pub fn start(args: StartArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let stored = Stored::open(g)?;
    let mut profile = stored.profile.clone();
    if let Some(active) = profile
        .tours
        .iter()
        .find(|t| t.status == TourStatus::Active)
    {
        return Err(CliError::input(
            Diagnostic::error(format!(
                "tour `{}` is already active{}",
                active.id,
                active.start.map(|d| format!(" (since {d})")).unwrap_or_default()
            ))
            .help(format!(
                "one tour at a time: finish it first with `ctopath tour finish {} --completed --outcome …` (or --abandoned)",
                active.id
            )),
        ));
    }
    let today = clock::today();
    let interactive = !args.yes && prompt::interactive();
    let (mut draft, replaces) = draft(&args, &profile, &fw, today, interactive)?;
    apply_flags(&mut draft, &args, today)?;
    if interactive {
        edit_charter(&mut draft, today)?;
    }
    check_charter(&draft)?;
    draft.id = tour_id(&args, &draft, &profile, replaces)?;
    draft.status = TourStatus::Active;
    if interactive {
        eprintln!("\n{}", charter_text(&draft));
        if !prompt::confirm("Start this tour?", true)? {
            eprintln!("nothing saved");
            return Ok(());
        }
    }
    let message = started(&draft, today);
    match replaces {
        Some(i) => profile.tours[i] = draft,
        None => profile.tours.push(draft),
    }
    let revision = stored.save(&profile, &fw)?;
    eprintln!("{message} (revision {revision} of {})", stored.person);
    Ok(())
}

fn started(tour: &TourOfDuty, today: PartialDate) -> String {
    let mut text = format!(
        "started tour `{}` ({}) on {}: {} success criteria",
        tour.id,
        tour.name(),
        tour.start
            .map_or_else(|| "?".to_string(), |d| d.to_string()),
        tour.success_criteria.len()
    );
    if let Some(s) = checkin_schedule(tour, today) {
        text += &format!(
            ", check-ins every {} weeks, the first due {}",
            s.every_weeks, s.next
        );
    }
    if let Some(sponsor) = &tour.sponsor {
        text += &format!(", sponsor {sponsor}");
    }
    text
}

/// The charter to start from, and the index of the proposed tour it replaces.
fn draft(
    args: &StartArgs,
    profile: &Profile,
    fw: &Framework,
    today: PartialDate,
    interactive: bool,
) -> CliResult<(TourOfDuty, Option<usize>)> {
    if args.custom {
        return Ok((TourOfDuty::default(), None));
    }
    let proposals = || {
        let engine = Engine::new(fw);
        let a = engine.assess(profile, &Options::new(today));
        engine.plan(profile, &a).tours
    };
    let Some(wanted) = args.proposal.as_deref() else {
        let tours = proposals();
        if !interactive {
            return Err(CliError::input(
                Diagnostic::error("which tour? name a proposed one or write your own")
                    .help(format!(
                        "pass a mission id or number from `ctopath plan` ({}), or --custom with --mission and --criterion",
                        numbered(&tours)
                    )),
            ));
        }
        let mut items: Vec<String> = tours
            .iter()
            .map(|t| format!("{} ({} months, {})", t.title, t.horizon_months, t.tour))
            .collect();
        items.push("Write my own tour".into());
        let pick = prompt::choose("Which tour of duty?", &items, 0)?;
        return Ok((tours.get(pick).map(from_proposal).unwrap_or_default(), None));
    };
    if let Some(i) = profile
        .tours
        .iter()
        .position(|t| t.id == wanted && t.status == TourStatus::Proposed)
    {
        return Ok((profile.tours[i].clone(), Some(i)));
    }
    let tours = proposals();
    if let Ok(n) = wanted.parse::<usize>() {
        return match n.checked_sub(1).and_then(|i| tours.get(i)) {
            Some(t) => Ok((from_proposal(t), None)),
            None => Err(CliError::input(
                Diagnostic::error(format!("the plan proposes {} tours, not {n}", tours.len()))
                    .help(format!("pick one of {}", numbered(&tours))),
            )),
        };
    }
    if let Some(t) = tours.iter().find(|t| t.id == wanted) {
        return Ok((from_proposal(t), None));
    }
    if let Some(m) = fw.missions.iter().find(|m| m.id == wanted) {
        return Ok((from_mission(m), None));
    }
    let known: Vec<&str> = fw.missions.iter().map(|m| m.id.as_str()).collect();
    let near = known
        .iter()
        .map(|k| (edit_distance(wanted, k), *k))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d);
    let help = match near {
        Some((_, k)) => format!("did you mean `{k}`?"),
        None => format!(
            "use a mission id or number from `ctopath plan` ({}), or --custom for your own tour",
            numbered(&tours)
        ),
    };
    Err(CliError::input(
        Diagnostic::error(format!("there is no proposed tour or mission `{wanted}`")).help(help),
    ))
}

fn numbered(tours: &[ProposedTour]) -> String {
    if tours.is_empty() {
        return "the plan proposes none now".into();
    }
    tours
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} = {}", i + 1, t.id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn criteria(list: &[ctopath_framework::SuccessCriterion]) -> Vec<SuccessCriterion> {
    list.iter()
        .map(|c| SuccessCriterion {
            text: c.text.trim().to_string(),
            measure: c.measure.trim().to_string(),
        })
        .collect()
}

fn from_proposal(p: &ProposedTour) -> TourOfDuty {
    TourOfDuty {
        id: p.id.clone(),
        title: Some(p.title.clone()),
        mission_id: Some(p.id.clone()),
        tour: Some(p.tour.clone()),
        mission: p.mission.trim().to_string(),
        horizon_months: Some(p.horizon_months),
        checkin_every_weeks: Some(p.checkin_every_weeks),
        success_criteria: criteria(&p.success_criteria),
        person_gains: p.person_gains.clone(),
        company_gains: p.company_gains.clone(),
        competencies: p.competencies.clone(),
        milestone: p.milestone.clone(),
        ..Default::default()
    }
}

fn from_mission(m: &Mission) -> TourOfDuty {
    TourOfDuty {
        id: m.id.clone(),
        title: Some(m.title.clone()),
        mission_id: Some(m.id.clone()),
        tour: Some(m.tour.clone()),
        mission: m.mission.trim().to_string(),
        horizon_months: Some(m.horizon_months),
        checkin_every_weeks: Some(m.checkin_every_weeks),
        success_criteria: criteria(&m.success_criteria),
        person_gains: m.person_gains.clone(),
        company_gains: m.company_gains.clone(),
        competencies: m.competencies.clone(),
        milestone: m.milestone.clone(),
        ..Default::default()
    }
}

/// Parses `TEXT::MEASURE`; both halves must say something.
pub fn criterion(spec: &str) -> CliResult<SuccessCriterion> {
    let (text, measure) = spec.split_once("::").unwrap_or((spec, ""));
    let (text, measure) = (text.trim(), measure.trim());
    if text.is_empty() || measure.is_empty() {
        let what = if text.is_empty() {
            "says nothing".to_string()
        } else {
            format!("\"{text}\" has no measure")
        };
        return Err(CliError::input(
            Diagnostic::error(format!("--criterion {spec:?}: the criterion {what}"))
                .help("write it as 'TEXT::MEASURE', e.g. --criterion 'Deploys are daily::deploys per day on the CI dashboard, 4-week median'"),
        ));
    }
    Ok(SuccessCriterion {
        text: text.to_string(),
        measure: measure.to_string(),
    })
}

fn apply_flags(draft: &mut TourOfDuty, args: &StartArgs, today: PartialDate) -> CliResult {
    if let Some(t) = &args.title {
        draft.title = Some(t.trim().to_string());
    }
    if let Some(m) = &args.mission {
        draft.mission = m.trim().to_string();
    }
    if !args.criteria.is_empty() {
        draft.success_criteria = args
            .criteria
            .iter()
            .map(|c| criterion(c))
            .collect::<CliResult<_>>()?;
    }
    draft.start = match &args.start {
        Some(text) => Some(parse_date("start", text)?),
        None => draft.start.or(Some(today)),
    };
    if let Some(h) = args.horizon_months {
        draft.horizon_months = Some(h);
    }
    if let Some(w) = args.checkin_weeks {
        draft.checkin_every_weeks = Some(w);
    }
    if let Some(s) = &args.sponsor {
        draft.sponsor = Some(s.trim().to_string()).filter(|s| !s.is_empty());
    }
    if !args.person_gains.is_empty() {
        draft.person_gains = args.person_gains.clone();
    }
    if !args.company_gains.is_empty() {
        draft.company_gains = args.company_gains.clone();
    }
    if !args.competencies.is_empty() {
        draft.competencies = args.competencies.clone();
    }
    Ok(())
}

/// Walks the charter on a terminal, every answer pre-filled with the draft's.
fn edit_charter(draft: &mut TourOfDuty, today: PartialDate) -> CliResult {
    eprintln!("Edit the charter; Enter keeps what is there.");
    let title = prompt::text("Title", draft.title.as_deref().unwrap_or(""), true)?;
    draft.title = Some(title).filter(|t| !t.is_empty());
    draft.mission = prompt::text("Mission", &draft.mission, false)?;
    let mut kept = Vec::new();
    for (i, c) in draft.success_criteria.iter().enumerate() {
        eprintln!(
            "Success criterion {}: {}\n  measured by: {}",
            i + 1,
            c.text,
            c.measure
        );
        let choice = prompt::choose(
            "Keep it?",
            &["keep".into(), "edit".into(), "drop".into()],
            0,
        )?;
        match choice {
            0 => kept.push(c.clone()),
            1 => kept.push(SuccessCriterion {
                text: prompt::text("  Criterion", &c.text, false)?,
                measure: prompt::text("  Measured by", &c.measure, false)?,
            }),
            _ => {}
        }
    }
    loop {
        let text = prompt::text("Another success criterion (Enter to finish)", "", true)?;
        if text.is_empty() {
            break;
        }
        let measure = prompt::text(
            "  Measured by (the number or artefact that shows it)",
            "",
            false,
        )?;
        kept.push(SuccessCriterion { text, measure });
    }
    draft.success_criteria = kept;
    draft.start = Some(prompt::date("Start date", draft.start.unwrap_or(today))?);
    draft.horizon_months = prompt::number("Horizon in months", draft.horizon_months, false)?;
    draft.checkin_every_weeks =
        prompt::number("Check in every N weeks", draft.checkin_every_weeks, false)?;
    let sponsor = prompt::text(
        "Sponsor (usually your manager)",
        draft.sponsor.as_deref().unwrap_or(""),
        true,
    )?;
    draft.sponsor = Some(sponsor).filter(|s| !s.is_empty());
    draft.person_gains = prompt::list("What you gain", &draft.person_gains)?;
    draft.company_gains = prompt::list("What the company gains", &draft.company_gains)?;
    Ok(())
}

/// A tour needs a mission and at least one measurable criterion before it starts.
fn check_charter(draft: &TourOfDuty) -> CliResult {
    if draft.mission.trim().is_empty() {
        return Err(CliError::input(
            Diagnostic::error("the tour has no mission")
                .help("say in a sentence what the tour should leave behind: --mission '…'"),
        ));
    }
    if draft.success_criteria.is_empty() {
        return Err(CliError::input(
            Diagnostic::error("the tour has no success criteria")
                .help("add at least one with --criterion 'TEXT::MEASURE'"),
        ));
    }
    Ok(())
}

/// `--id`, else the mission id, else one made from the title; a taken id gets `-2`, `-3` …
fn tour_id(
    args: &StartArgs,
    draft: &TourOfDuty,
    profile: &Profile,
    replaces: Option<usize>,
) -> CliResult<String> {
    let taken = |id: &str| {
        profile
            .tours
            .iter()
            .enumerate()
            .any(|(i, t)| t.id == id && Some(i) != replaces)
    };
    if let Some(id) = &args.id {
        if taken(id) {
            return Err(CliError::input(
                Diagnostic::error(format!("there is already a tour `{id}`"))
                    .help("choose another --id, or leave it out to have one made"),
            ));
        }
        return Ok(id.clone());
    }
    let base = if draft.id.is_empty() {
        slug(draft.title.as_deref().unwrap_or(&draft.mission))
    } else {
        draft.id.clone()
    };
    let base = if base.is_empty() {
        "tour".to_string()
    } else {
        base
    };
    Ok((1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .expect("some suffix is free"))
}

/// The first six words, lower case, joined by `-`.
fn slug(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-")
}
