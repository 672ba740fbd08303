//! The plan: the next tours of duty from the mission library, ranked by how much each
//! closes this person's biggest gaps; a personal action plan for three months, a year
//! and the years after; and, at or near the top, the CTO playbooks.

use std::collections::HashMap;

use ctopath_framework::Mission;
use ctopath_profile::{Profile, TourStatus};

use crate::Engine;
use crate::model::{ActionItem, ActionPlan, Assessment, Plan, ProposedTour, Severity};
use crate::words::mid_sentence;

const MAX_TOURS: usize = 3;
/// Weight of missions built for the next stage relative to the current one.
const NEXT_STAGE: f64 = 0.7;
/// Extra value of a competency a flagged stall pattern calls for.
const PATTERN_BONUS: f64 = 1.0;
/// Weight of a mission built for the person's own route relative to a general one.
const OWN_ROUTE: f64 = 1.25;
/// Readiness for CTO from which the CTO playbooks join the plan.
const NEAR_CTO: f64 = 0.7;

pub fn plan(engine: &Engine<'_>, profile: &Profile, a: &Assessment) -> Plan {
    let fw = engine.framework;
    let mut value: HashMap<&str, f64> = a
        .competencies
        .iter()
        .map(|c| (c.id.as_str(), f64::from(c.gap)))
        .collect();
    // The flagged patterns, by id, with their names: a mission that works against one
    // says so and counts for more; the competencies a pattern calls for count for more
    // in every mission.
    let mut flagged: HashMap<&str, &str> = HashMap::new();
    for p in &a.stall_patterns {
        if let Some(sp) = fw.stall_patterns.iter().find(|s| s.id == p.id) {
            flagged.insert(sp.id.as_str(), sp.name.as_str());
            for c in &sp.competencies {
                *value.entry(c.as_str()).or_default() += PATTERN_BONUS;
            }
        }
    }
    let next_stage = engine
        .stage_of((a.level.number + 1).min(engine.max_level()))
        .map(|s| s.id.as_str());
    let taken = |m: &Mission| {
        profile.tours.iter().any(|t| {
            (t.id == m.id || t.mission == m.mission)
                && matches!(t.status, TourStatus::Active | TourStatus::Completed)
        })
    };
    let months = months_in_role(profile, a);
    // A mission for the first months in a role is for someone that new in it, and then
    // it comes before everything else.
    let new_in_role = |m: &Mission| match (m.new_in_role_months, months) {
        (None, _) => None,
        (Some(limit), Some(held)) if held <= f64::from(limit) => Some(Some(held)),
        (Some(_), _) => Some(None),
    };
    let mut candidates: Vec<(&Mission, f64)> = fw
        .missions
        .iter()
        .filter(|m| !taken(m))
        .filter(|m| new_in_role(m) != Some(None))
        .filter(|m| m.routes.is_empty() || m.routes.contains(&a.route))
        .filter_map(|m| {
            let w = if m.stages.contains(&a.stage) {
                1.0
            } else if next_stage.is_some_and(|n| m.stages.iter().any(|s| s == n)) {
                NEXT_STAGE
            } else {
                return None;
            };
            let route = if m.routes.is_empty() { 1.0 } else { OWN_ROUTE };
            Some((m, w * route))
        })
        .collect();

    let mut tours = Vec::new();
    while tours.len() < MAX_TOURS && !candidates.is_empty() {
        let score = |m: &Mission, w: f64| {
            let total: f64 = m
                .competencies
                .iter()
                .map(|c| value.get(c.as_str()).copied().unwrap_or(0.0))
                .sum();
            let against = (m.stall_patterns.iter())
                .filter(|p| flagged.contains_key(p.as_str()))
                .count() as f64;
            w * (total + PATTERN_BONUS * against) / (m.competencies.len().max(1) as f64).sqrt()
        };
        let first = candidates
            .iter()
            .position(|(m, _)| m.stages.contains(&a.stage) && new_in_role(m).is_some());
        let (best, s) = match first {
            Some(i) => (i, score(candidates[i].0, candidates[i].1)),
            None => candidates
                .iter()
                .enumerate()
                .map(|(i, (m, w))| (i, score(m, *w)))
                .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
                .expect("candidates is not empty"),
        };
        if s <= 0.0 && !tours.is_empty() && first.is_none() {
            break;
        }
        let (m, _) = candidates.remove(best);
        let at_top = a.level.number >= engine.max_level();
        let mut tour = propose(m, a, &flagged, s, at_top);
        if !m.routes.is_empty() {
            let route = fw.routes.iter().find(|r| r.id == a.route);
            let name = route.map_or(a.route.as_str(), |r| r.name.as_str());
            tour.why.push(format!("built for your route, {name}"));
        }
        if let Some(Some(held)) = new_in_role(m) {
            tour.why.insert(
                0,
                format!(
                    "you took up the role {held:.0} months ago: this is the mission for a new one"
                ),
            );
        }
        tours.push(tour);
        // Gaps this tour works on count for less in the next pick.
        for c in &m.competencies {
            if let Some(v) = value.get_mut(c.as_str()) {
                *v /= 2.0;
            }
        }
    }

    Plan {
        level: a.level.id.clone(),
        stage: a.stage.clone(),
        action_plan: action_plan(engine, a, &tours, months, works_for_self(engine, profile)),
        playbooks: playbooks(engine, a),
        tours,
    }
}

fn propose(
    m: &Mission,
    a: &Assessment,
    flagged: &HashMap<&str, &str>,
    score: f64,
    at_top: bool,
) -> ProposedTour {
    let mut why = Vec::new();
    for c in &m.competencies {
        if let Some(r) = a.competencies.iter().find(|r| &r.id == c)
            && r.gap > 0
        {
            // At the top of the ladder there is no next level: the role itself asks.
            let asks = if at_top { "the role" } else { "the next level" };
            why.push(format!(
                "{}: now L{}, {asks} expects L{}",
                r.name, r.current, r.target
            ));
        }
    }
    for p in &m.stall_patterns {
        if let Some(name) = flagged.get(p.as_str()) {
            why.push(format!("works on the stall pattern \"{name}\""));
        }
    }
    if why.is_empty() {
        why.push(format!(
            "builds the {} the {} stage asks for",
            m.competencies.join(", "),
            a.stage
        ));
    }
    ProposedTour {
        id: m.id.clone(),
        title: m.title.clone(),
        tour: m.tour.clone(),
        mission: m.mission.clone(),
        success_criteria: m.success_criteria.clone(),
        horizon_months: m.horizon_months,
        person_gains: m.person_gains.clone(),
        company_gains: m.company_gains.clone(),
        checkin_every_weeks: m.checkin_every_weeks,
        competencies: m.competencies.clone(),
        milestone: m.milestone.clone(),
        why,
        score: crate::round2(score),
    }
}

fn action_plan(
    engine: &Engine<'_>,
    a: &Assessment,
    tours: &[ProposedTour],
    months_in_role: Option<f64>,
    self_employed: bool,
) -> ActionPlan {
    let top = engine.stage_of(engine.max_level()).map(|s| s.id.as_str());
    let gap = |ids: &[String]| -> u32 {
        ids.iter()
            .filter_map(|id| a.competencies.iter().find(|c| &c.id == id))
            .map(|c| c.gap)
            .sum()
    };
    let mut plan = ActionPlan {
        next_3_months: Vec::new(),
        next_6_to_12_months: Vec::new(),
        next_2_to_3_years: Vec::new(),
    };
    for p in a
        .stall_patterns
        .iter()
        .filter(|p| p.severity >= Severity::Medium)
    {
        plan.next_3_months.push(ActionItem {
            text: first_sentence(&p.advice),
            why: format!("the record shows the stall pattern \"{}\"", p.name),
            source: p.id.clone(),
            competencies: Vec::new(),
        });
    }
    // The person a CTO agrees their next tour with is the CEO; someone who works for
    // themselves has no manager to agree it with.
    let partner = if top == Some(a.stage.as_str()) {
        "the CEO"
    } else if self_employed {
        "a mentor or a client you trust"
    } else {
        "your manager"
    };
    if let Some(t) = tours.first() {
        plan.next_6_to_12_months.push(ActionItem {
            text: format!("Agree and start the tour \"{}\" with {partner}: {} months, check-ins every {} weeks.", t.title, t.horizon_months, t.checkin_every_weeks),
            why: t.why.first().cloned().unwrap_or_default(),
            source: t.id.clone(),
            competencies: t.competencies.clone(),
        });
    }
    let next = (a.level.number + 1).min(engine.max_level());
    if let Some(stage) = engine.stage_of(next).filter(|s| s.id != a.stage) {
        plan.next_2_to_3_years.push(ActionItem {
            text: format!(
                "Reach the {} stage; its milestone: {}",
                stage.name,
                stage.milestone.trim()
            ),
            why: format!("the next step up from {}", a.level.id),
            source: stage.id.clone(),
            competencies: Vec::new(),
        });
    }
    for pb in &engine.framework.playbooks {
        let Some(horizon) = pb.horizon.as_deref() else {
            continue;
        };
        if !pb.applies_to.contains(&a.stage) {
            continue;
        }
        let why = match (pb.new_in_role_months, months_in_role) {
            (Some(limit), Some(m)) if m <= f64::from(limit) => format!(
                "you took up the role {m:.0} months ago; the playbook for a new {}",
                stage_name(engine, &a.stage)
            ),
            (Some(_), _) => continue,
            (None, _) => format!(
                "the playbook for the {} stage",
                stage_name(engine, &a.stage)
            ),
        };
        let Some(slot) = slot_of(engine, &mut plan, horizon) else {
            continue;
        };
        slot.push(ActionItem {
            text: playbook_step(pb),
            why,
            source: pb.id.clone(),
            competencies: Vec::new(),
        });
    }
    for horizon in &engine.framework.action_plan {
        let Some(slot) = slot_of(engine, &mut plan, &horizon.id) else {
            continue;
        };
        let mut steps: Vec<_> = horizon
            .steps
            .iter()
            .filter(|s| s.stages.is_empty() || s.stages.contains(&a.stage))
            .collect();
        steps.sort_by_key(|s| std::cmp::Reverse(gap(&s.competencies)));
        for s in steps {
            let g = gap(&s.competencies);
            let why = if g > 0 {
                let names: Vec<String> = s
                    .competencies
                    .iter()
                    .filter_map(|id| a.competencies.iter().find(|c| &c.id == id && c.gap > 0))
                    .map(|c| mid_sentence(&c.name))
                    .collect();
                format!("closes gaps in {}", names.join(", "))
            } else {
                "keeps strengths growing".to_string()
            };
            let text = match &s.self_employed {
                Some(own) if self_employed => own.clone(),
                _ => s.text.clone(),
            };
            slot.push(ActionItem {
                text,
                why,
                source: s.id.clone(),
                competencies: s.competencies.clone(),
            });
        }
    }
    plan
}

/// The list of the plan that holds the framework's horizon `id`: by its id, else by
/// how many months it reaches.
fn slot_of<'p>(
    engine: &Engine<'_>,
    plan: &'p mut ActionPlan,
    id: &str,
) -> Option<&'p mut Vec<ActionItem>> {
    let horizon = engine.framework.action_plan.iter().find(|h| h.id == id)?;
    Some(match horizon.id.as_str() {
        "next_3_months" => &mut plan.next_3_months,
        "next_6_to_12_months" => &mut plan.next_6_to_12_months,
        "next_2_to_3_years" => &mut plan.next_2_to_3_years,
        _ if horizon.months.max.unwrap_or(u32::MAX) <= 3 => &mut plan.next_3_months,
        _ if horizon.months.max.unwrap_or(u32::MAX) <= 12 => &mut plan.next_6_to_12_months,
        _ => &mut plan.next_2_to_3_years,
    })
}

/// A playbook as one step of a plan: its name, then its steps with their days or
/// shares ("First 90 days: Listen (days 1–30); Diagnose (days 31–60); …").
fn playbook_step(pb: &ctopath_framework::Playbook) -> String {
    let steps: Vec<String> = pb
        .steps_with_days()
        .map(|(s, span)| match (span, s.share_pct) {
            (Some((from, to)), _) => format!("{} (days {from}–{to})", s.name),
            (None, Some(p)) => format!("{} {p}%", s.name),
            (None, None) => s.name.clone(),
        })
        .collect();
    format!("{}: {}.", pb.name, steps.join("; "))
}

fn stage_name(engine: &Engine<'_>, id: &str) -> String {
    let name = engine
        .framework
        .stages
        .iter()
        .find(|s| s.id == id)
        .map_or(id, |s| s.name.as_str());
    crate::words::mid_sentence(name)
}

/// Months since the person started the role they hold now (the latest start among
/// the open positions), at the assessment's date.
fn months_in_role(profile: &Profile, a: &Assessment) -> Option<f64> {
    let now = ctopath_profile::PartialDate::parse(&a.as_of).ok()?;
    let start = profile
        .positions
        .iter()
        .filter(|p| p.end.is_none())
        .filter_map(|p| p.start)
        .map(|d| d.as_fractional_year())
        .max_by(f64::total_cmp)?;
    Some(((now.as_fractional_year() - start) * 12.0).max(0.0))
}

/// Whether every role the person holds now is their own business, by the framework's
/// `self_employed` words in its title or organisation ("Freelance Developer",
/// "Self-employed"), or its `solo` words anywhere in it ("Founder": "bootstrapped,
/// run solo"). A freelance side role beside a job does not count.
fn works_for_self(engine: &Engine<'_>, profile: &Profile) -> bool {
    let Some(list) = engine.vocab("self_employed") else {
        return false;
    };
    let solo = engine.vocab("solo");
    let mut current = profile
        .positions
        .iter()
        .filter(|p| p.end.is_none())
        .peekable();
    current.peek().is_some()
        && current.all(|p| {
            let named = engine.names(p, list);
            let mut prose = [p.summary.as_deref(), p.description.as_deref()]
                .into_iter()
                .flatten()
                .chain(p.highlights().iter().map(String::as_str));
            named || solo.is_some_and(|solo| prose.any(|t| engine.lexicon.mentions(t, solo)))
        })
}

/// The CTO playbooks for someone in the seat, at VP level or close to CTO readiness.
fn playbooks(engine: &Engine<'_>, a: &Assessment) -> Vec<ctopath_framework::Playbook> {
    let top_stage = engine
        .stage_of(engine.max_level())
        .map(|s| s.id.as_str())
        .unwrap_or("cto");
    let near = a.readiness.cto >= NEAR_CTO;
    engine
        .framework
        .playbooks
        .iter()
        .filter(|p| {
            p.applies_to.contains(&a.stage) || near && p.applies_to.iter().any(|s| s == top_stage)
        })
        .cloned()
        .collect()
}

fn first_sentence(text: &str) -> String {
    let t = text.trim();
    match t.find(". ") {
        Some(i) => t[..=i].to_string(),
        None => t.to_string(),
    }
}
