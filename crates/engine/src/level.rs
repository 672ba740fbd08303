//! The person's level across the whole career: the level of the role held now, lifted
//! by a recent higher role, bounded by years of experience, and checked against the
//! ratings of managers and peers. The confidence says how well the witnesses agree.

use ctopath_profile::Rater;

use crate::Engine;
use crate::career::Career;
use crate::model::Evidence;

/// How far back a higher role still counts toward the level, in years.
const RECENT_YEARS: f64 = 6.0;
/// Ratings move the level only when this many competencies are rated by others.
const MIN_RATED: usize = 3;

pub struct CareerLevel {
    pub number: u32,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
    pub title_level: Option<u32>,
    pub scope_level: Option<u32>,
}

pub fn career_level(engine: &Engine<'_>, career: &Career<'_>) -> CareerLevel {
    let Some(main) = career.main_current() else {
        let n = engine.min_level();
        let resume = &career.profile.resume;
        let other_work = if resume.projects.iter().flatten().next().is_some()
            || resume.volunteer.iter().flatten().next().is_some()
        {
            " (projects and volunteering count toward the competencies, not the ladder)"
        } else {
            ""
        };
        return CareerLevel {
            number: n,
            confidence: 0.15,
            evidence: vec![Evidence::new(
                "experience",
                format!(
                    "no positions in the profile{other_work}; add your roles, internships \
                     included, under `{}` to be placed on the ladder",
                    career.style_positions()
                ),
                career.style_positions(),
            )],
            title_level: None,
            scope_level: None,
        };
    };
    // On a break now, or in a role outside technology: the ladder reads the last role
    // on it, and the evidence below says what the current one is.
    let main = if main.outside_tech {
        (career.positions.iter())
            .filter(|p| !p.outside_tech && !p.side && p.start.is_some())
            .max_by(|a, b| a.end.total_cmp(&b.end))
            .unwrap_or(main)
    } else {
        main
    };
    let reading = &main.reading;
    let mut evidence = reading.evidence.clone();
    // Say which earlier roles the ladder left out, so a career changer sees why.
    for p in career.positions.iter() {
        if (p.outside_tech || p.side) && p.index != main.index {
            evidence.extend(p.reading.evidence.iter().cloned());
        }
    }
    let mut level = reading.level;
    let mut confidence: f64 = 0.45;
    match (reading.capped_title, reading.scope_level) {
        (Some(_), Some(_)) if reading.agrees => confidence += 0.2,
        (Some(_), Some(_)) => confidence -= 0.1,
        (None, None) => confidence -= 0.2,
        (Some(_), None) if reading.org_backs_title => confidence += 0.1,
        _ => {}
    }
    if reading.capped_title != reading.title_level || reading.experience_capped {
        confidence -= 0.05;
    }
    if main.org_engineers().is_some() {
        confidence += 0.05;
    }
    if main.years >= 1.0 {
        confidence += 0.1;
    }

    // A recent higher role: capability does not vanish with a smaller title.
    let earlier = career
        .positions
        .iter()
        .filter(|p| !career.current.contains(&p.index) && p.end >= career.now - RECENT_YEARS)
        .filter(|p| p.level() > level + 1)
        .max_by_key(|p| p.level());
    if let Some(p) = earlier {
        let lifted = p.level() - 1;
        evidence.push(Evidence::new(
            "history",
            format!(
                "until {:.0} worked at {} as {}; counted one level lower because the current role is smaller",
                p.end.floor(),
                engine.level_id(p.level()),
                p.label()
            ),
            p.evidence.path.clone(),
        ));
        level = lifted;
    } else if career
        .positions
        .iter()
        .filter(|p| !career.current.contains(&p.index))
        .any(|p| p.level().abs_diff(level) <= 1 && p.years >= 1.0)
    {
        confidence += 0.05;
    }
    // A bigger title held recently that the organisation's size discounted: say so, or
    // a former "CTO" wonders why the ladder forgot it.
    for p in career.positions.iter().filter(|p| {
        !career.current.contains(&p.index)
            && p.end >= career.now - RECENT_YEARS
            && p.reading.capped_title < p.reading.title_level
            && p.reading.title_level > Some(level)
    }) {
        if let Some(cap) = p.reading.evidence.iter().find(|e| e.kind == "org_size") {
            evidence.push(Evidence::new(
                "history",
                format!("until {:.0} {}: {}", p.end.floor(), p.label(), cap.text),
                cap.source.clone(),
            ));
        }
    }

    // A title reached through a run of quick jumps, each to a higher title with no bigger
    // team, says more than the work: read it at most one step above where the run began,
    // unless the scope shows more.
    if let Some(p) = (engine.framework.stall_patterns.iter()).find(|p| p.id == "chasing_titles") {
        let (short, min_jumps) = crate::title_jumps::limits(p);
        let found = crate::title_jumps::jumps(engine, career, short);
        let run = crate::title_jumps::run_to(&found, main);
        if let Some(first) = run.first().filter(|_| run.len() >= min_jumps) {
            let cap = (first.title_from + 1).max(reading.scope_level.unwrap_or(0));
            if level > cap {
                evidence.push(Evidence::new(
                    "title_jumps",
                    format!(
                        "{} came after {} moves to a higher title within {short} years each, with no bigger team, starting from {} ({}); read at most one level above it: {}",
                        main.label(),
                        run.len(),
                        first.from.label(),
                        engine.level_id(first.title_from),
                        engine.level_id(cap)
                    ),
                    main.evidence.path.clone(),
                ));
                level = cap;
                confidence -= 0.05;
            }
        }
    }

    let plausible = engine.max_level_for_years(career.years_experience);
    if !career.dated {
        confidence -= 0.15;
        evidence.push(Evidence::new(
            "experience",
            "no position has a start date, so years of experience are unknown and bound \
             nothing; add startDate (and endDate) to each role for a surer reading",
            career.style_positions(),
        ));
    } else if level > plausible {
        level = plausible;
        confidence -= 0.05;
    }

    if let Some((rated, n, sources)) = others_ratings(engine, career) {
        let diff = i64::from(rated) - i64::from(level);
        evidence.push(Evidence::new(
            "ratings",
            format!(
                "managers and peers rate {n} competencies at a median of {}",
                engine.level_id(rated)
            ),
            sources,
        ));
        if diff.abs() <= 1 {
            confidence += 0.1;
        } else {
            level = (i64::from(level) + diff.signum()) as u32;
            confidence -= 0.05;
        }
    }

    if career.dated {
        evidence.push(Evidence::new(
            "experience",
            format!(
                "{:.1} years of experience, {:.1} of them leading people",
                career.years_experience, career.leadership_years
            ),
            career.style_positions(),
        ));
    }
    CareerLevel {
        number: level.clamp(engine.min_level(), engine.max_level()),
        confidence: confidence.clamp(0.15, 0.95),
        evidence,
        title_level: reading.title_level,
        scope_level: reading.scope_level,
    }
}

/// The median level of the latest manager and peer rating per competency, with the
/// number of competencies rated and where the ratings are.
fn others_ratings(engine: &Engine<'_>, career: &Career<'_>) -> Option<(u32, usize, String)> {
    let ratings = &career.profile.ratings;
    let mut latest: Vec<(usize, &str, u32)> = Vec::new();
    for (i, r) in ratings.iter().enumerate() {
        if r.by == Rater::Myself {
            continue;
        }
        let Some(n) = engine.number_of(&r.level) else {
            continue;
        };
        match latest.iter_mut().find(|(_, c, _)| *c == r.competency) {
            Some(slot) if ratings[slot.0].date.is_before(&r.date) => *slot = (i, &r.competency, n),
            Some(_) => {}
            None => latest.push((i, &r.competency, n)),
        }
    }
    if latest.len() < MIN_RATED {
        return None;
    }
    let mut levels: Vec<u32> = latest.iter().map(|x| x.2).collect();
    levels.sort_unstable();
    let median = levels[levels.len() / 2];
    Some((median, latest.len(), "ratings".to_string()))
}
