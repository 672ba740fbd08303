//! Readiness for the next level and for the CTO seat, between 0 and 1, and the changes
//! that would raise each most.
//!
//! Next level: competencies against what that level expects (55 %), the scope that
//! shows it (30 %) and time at the current level (15 %). CTO: competencies against what
//! a CTO shows (35 %), progress up the ladder (45 %), years of experience and of
//! leadership against the typical CTO's background (10 % each); competency and ladder
//! progress are squared, because the last steps are the hardest. Flagged stall patterns
//! take some off, more for the serious ones; a milestone of the current or next stage
//! reached through a tour of duty adds a little.

use ctopath_framework::ScopeMeasure;

use crate::career::Career;
use crate::model::{CompetencyResult, Lever, MilestoneResult, PatternResult, Readiness, Severity};
use crate::words::mid_sentence;
use crate::{Engine, round2};

const W_COMP: f64 = 0.55;
const W_SCOPE: f64 = 0.30;
const W_TIME: f64 = 0.15;
const CTO_COMP: f64 = 0.35;
const CTO_LADDER: f64 = 0.45;
const CTO_YEARS: f64 = 0.10;
const CTO_LEAD: f64 = 0.10;
/// Levels of shortfall that count fully against readiness.
const SHORTFALL_CAP: u32 = 2;
const LEVERS: usize = 5;
/// Readiness a milestone of the current or next stage adds when met.
const MILESTONE: f64 = 0.05;

fn penalty(s: Severity) -> f64 {
    match s {
        Severity::High => 0.10,
        Severity::Medium => 0.05,
        Severity::Low => 0.02,
    }
}

pub fn compute(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    comps: &[CompetencyResult],
    patterns: &[PatternResult],
    milestones: &[MilestoneResult],
) -> Readiness {
    let top = engine.max_level();
    if level >= top {
        return Readiness {
            next_level: 1.0,
            cto: 1.0,
            next_level_id: None,
            raise_next_level: Vec::new(),
            raise_cto: Vec::new(),
        };
    }
    let pattern_cost: f64 = patterns.iter().map(|p| penalty(p.severity)).sum();
    let pattern_levers = patterns.iter().map(|p| Lever {
        kind: "pattern".into(),
        id: p.id.clone(),
        text: format!("resolve the stall pattern: {}", mid_sentence(&p.name)),
        gain: round2(penalty(p.severity)),
    });

    // Next level.
    let next = level + 1;
    let rated: Vec<&CompetencyResult> = comps.iter().filter(|c| c.target > 0).collect();
    let n = rated.len().max(1) as f64;
    let shortfall = |c: &CompetencyResult| c.target.saturating_sub(c.current).min(SHORTFALL_CAP);
    let comp = 1.0
        - rated.iter().map(|c| f64::from(shortfall(c))).sum::<f64>()
            / (n * f64::from(SHORTFALL_CAP));
    let scope = best_scope(engine, career, next);
    let time = time_at_level(engine, career, level);
    let (w_comp, w_scope, w_time) = match scope {
        Some(_) => (W_COMP, W_SCOPE, W_TIME),
        None => (W_COMP + W_SCOPE * 0.75, 0.0, W_TIME + W_SCOPE * 0.25),
    };
    let scope_value = scope.as_ref().map_or(0.0, |s| s.0);
    let stages: Vec<&str> = [engine.stage_of(level), engine.stage_of(level + 1)]
        .into_iter()
        .flatten()
        .map(|s| s.id.as_str())
        .collect();
    let relevant: Vec<&MilestoneResult> = milestones
        .iter()
        .filter(|m| m.stages.iter().any(|s| stages.contains(&s.as_str())))
        .collect();
    let milestone_bonus = MILESTONE * relevant.iter().filter(|m| m.status == "met").count() as f64;
    let next_level =
        w_comp * comp + w_scope * scope_value + w_time * time - pattern_cost + milestone_bonus;

    let next_gain = |c: &CompetencyResult| {
        round2(w_comp * f64::from(shortfall(c)) / (n * f64::from(SHORTFALL_CAP)))
    };
    let mut raise_next: Vec<Lever> =
        strongest(rated.iter().filter(|c| shortfall(c) > 0), next_gain)
            .map(|(c, gain)| Lever {
                kind: "competency".into(),
                id: c.id.clone(),
                text: format!(
                    "grow {} from {} to {}",
                    mid_sentence(&c.name),
                    level_name(engine, c.current),
                    engine.level_id(c.target)
                ),
                gain,
            })
            .collect();
    if let Some((value, text)) = scope
        && value < 1.0
    {
        raise_next.push(Lever {
            kind: "scope".into(),
            id: engine.level_id(next).to_string(),
            text,
            gain: round2(w_scope * (1.0 - value)),
        });
    }
    if time < 1.0 {
        raise_next.push(Lever {
            kind: "experience".into(),
            id: "time_at_level".into(),
            text: format!("more time delivering at {}", engine.level_id(level)),
            gain: round2(w_time * (1.0 - time)),
        });
    }
    for m in relevant.iter().filter(|m| m.status != "met") {
        raise_next.push(Lever {
            kind: "milestone".into(),
            id: m.mission.clone(),
            text: format!(
                "reach the milestone: {}",
                lower_first(m.text.trim_end_matches('.'))
            ),
            gain: MILESTONE,
        });
    }
    raise_next.extend(pattern_levers.clone());
    sort_levers(&mut raise_next);

    // CTO.
    let with_cto: Vec<&CompetencyResult> = comps.iter().filter(|c| c.target_cto > 0).collect();
    let m = with_cto.len().max(1) as f64;
    let comp_cto = with_cto
        .iter()
        .map(|c| (f64::from(c.current.min(c.target_cto)) / f64::from(c.target_cto)).powi(2))
        .sum::<f64>()
        / m;
    // Squared: the last steps to the top are the hardest, so progress counts for more
    // the higher it is.
    let ladder = (f64::from(level - engine.min_level())
        / f64::from((top - engine.min_level()).max(1)))
    .powi(2);
    let background = engine.framework.typical_background.as_ref();
    let need_years = background.map_or(12.0, |b| f64::from(b.years_experience.min));
    let need_lead = background.map_or(4.0, |b| f64::from(b.leadership_years.min));
    let years = (career.years_experience / need_years).min(1.0);
    let lead = (career.leadership_years / need_lead).min(1.0);
    let cto = CTO_COMP * comp_cto + CTO_LADDER * ladder + CTO_YEARS * years + CTO_LEAD * lead
        - pattern_cost;

    let cto_gain = |c: &CompetencyResult| {
        round2(CTO_COMP * f64::from(c.target_cto - c.current) / f64::from(c.target_cto) / m)
    };
    let mut raise_cto: Vec<Lever> = strongest(
        with_cto.iter().filter(|c| c.current < c.target_cto),
        cto_gain,
    )
    .map(|(c, gain)| Lever {
        kind: "competency".into(),
        id: c.id.clone(),
        text: format!(
            "grow {} toward what a CTO shows ({})",
            mid_sentence(&c.name),
            engine.level_id(c.target_cto)
        ),
        gain,
    })
    .collect();
    raise_cto.push(Lever {
        kind: "scope".into(),
        id: engine.level_id(next).to_string(),
        text: format!(
            "reach {} ({})",
            engine.level_id(next),
            engine.level_title(next, None)
        ),
        gain: round2(CTO_LADDER / f64::from((top - engine.min_level()).max(1))),
    });
    if lead < 1.0 {
        raise_cto.push(Lever {
            kind: "experience".into(),
            id: "leadership_years".into(),
            text: format!(
                "lead people for longer: {:.1} of the {need_lead:.0} years a typical CTO has",
                career.leadership_years
            ),
            gain: round2(CTO_LEAD * (1.0 - lead)),
        });
    }
    raise_cto.extend(pattern_levers);
    sort_levers(&mut raise_cto);

    Readiness {
        next_level: round2(next_level.clamp(0.0, 1.0)),
        cto: round2(cto.clamp(0.0, 1.0)),
        next_level_id: Some(engine.level_id(next).to_string()),
        raise_next_level: raise_next,
        raise_cto,
    }
}

/// "Runs the org" → "runs the org", leaving names such as "CTO" inside alone.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn level_name(engine: &Engine<'_>, n: u32) -> String {
    if n == 0 {
        "no sign yet".to_string()
    } else {
        engine.level_id(n).to_string()
    }
}

/// The competencies whose levers can survive [`sort_levers`]: the `LEVERS` with the
/// largest gain, ties in their order. Only these are worded; a batch would otherwise
/// write a sentence for every competency and keep five.
fn strongest<'c>(
    comps: impl Iterator<Item = &'c &'c CompetencyResult>,
    gain: impl Fn(&CompetencyResult) -> f64,
) -> impl Iterator<Item = (&'c CompetencyResult, f64)> {
    let mut scored: Vec<(&CompetencyResult, f64)> = comps.map(|&c| (c, gain(c))).collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    scored.truncate(LEVERS);
    scored.into_iter()
}

fn sort_levers(levers: &mut Vec<Lever>) {
    levers.sort_by(|a, b| b.gain.total_cmp(&a.gain));
    levers.truncate(LEVERS);
}

/// How close the current role comes to the scope the next level shows (0..1), with the
/// closest rule described. `None` when the framework has no scope rule for that level.
fn best_scope(engine: &Engine<'_>, career: &Career<'_>, next: u32) -> Option<(f64, String)> {
    let rules = engine.rules()?;
    let main = career.main_current();
    let mut best: Option<(f64, String)> = None;
    for rule in rules
        .scope_levels
        .iter()
        .filter(|r| engine.number_of(&r.level) == Some(next))
    {
        let mut parts = Vec::new();
        let mut sum = 0.0;
        for c in &rule.all {
            let have = main.and_then(|p| p.measure(c.measure)).map_or(0.0, |m| m.0);
            sum += (have / c.at_least).min(1.0);
            if have < c.at_least {
                parts.push(format!(
                    "{} {} of {}",
                    measure_name(c.measure),
                    fmt_amount(have),
                    fmt_amount(c.at_least)
                ));
            }
        }
        let value = sum / rule.all.len().max(1) as f64;
        if best.as_ref().is_none_or(|b| value > b.0) {
            let gap = if parts.is_empty() {
                String::new()
            } else {
                format!(" (now: {})", parts.join(", "))
            };
            best = Some((
                value,
                format!(
                    "take on the scope of {}: {}{gap}",
                    engine.level_id(next),
                    rule.note
                ),
            ));
        }
    }
    best
}

fn measure_name(m: ScopeMeasure) -> &'static str {
    match m {
        ScopeMeasure::TeamSize => "people led",
        ScopeMeasure::Managers => "managers",
        ScopeMeasure::Budget => "budget",
        ScopeMeasure::BoardExposure => "board exposure",
    }
}

fn fmt_amount(x: f64) -> String {
    if x >= 1_000_000.0 {
        format!("{:.1}M", x / 1_000_000.0)
    } else {
        format!("{x:.0}")
    }
}

/// Time at the current level against the typical time per level of its stage (0..1).
fn time_at_level(engine: &Engine<'_>, career: &Career<'_>, level: u32) -> f64 {
    let years: f64 = career
        .positions
        .iter()
        .filter(|p| p.level() >= level)
        .map(|p| p.years)
        .sum();
    let stage = engine.stage_of(level);
    let per_level = stage
        .and_then(|s| {
            let d = engine
                .framework
                .timeline
                .as_ref()?
                .stage_durations
                .iter()
                .find(|d| d.stage == s.id)?;
            Some(d.mode / s.levels.len().max(1) as f64)
        })
        .unwrap_or(2.0);
    (years / per_level.max(0.5)).min(1.0)
}
