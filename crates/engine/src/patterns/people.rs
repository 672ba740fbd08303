//! Patterns about people and careers: avoiding people decisions, chasing titles, a
//! dead-end environment, and staying an individual contributor too long.

use ctopath_evidence::Fact;
use ctopath_framework::{ScopeMeasure, StallPattern, TitleKind};

use super::{Finding, about, param, quote};
use crate::Engine;
use crate::career::{Career, Pos, covered_years};
use crate::model::{Evidence, Severity};

/// Texts about management roles needed before silence about people decisions counts.
const ENOUGH_TEXTS: usize = 3;

/// Whether people decisions are this role's to make: a manager's title, managers
/// reporting, or a team of four or more that the role's words say it manages. A tech
/// lead who leads five engineers without managing them has no such decisions to avoid.
fn manages(pos: &Pos<'_>) -> bool {
    let managerial_title = matches!(pos.kind, Some(TitleKind::Manager | TitleKind::Executive));
    let team = pos.team.as_ref().map_or(0, |t| t.value);
    let managers = pos.measure(ScopeMeasure::Managers).map_or(0.0, |m| m.0);
    (managerial_title && team != 1) || (team >= 4 && pos.manages) || managers >= 1.0
}

fn people_evidence(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> bool {
    let vocab = engine
        .vocab("people_decisions")
        .is_some_and(|l| career.hits_in(l, pos.index).next().is_some());
    let facts = pos.has_fact(|f| {
        matches!(
            f,
            Fact::Hiring { .. }
                | Fact::Promotions { .. }
                | Fact::Mentoring { .. }
                | Fact::TeamGrowth { .. }
        )
    });
    vocab || facts
}

/// The role's own words say the title has not followed the work ("de facto", "acting
/// manager", "promotion postponed").
fn promised(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> bool {
    !promise_texts(engine, career, pos).is_empty()
}

/// The texts of a position that say a promotion or title was promised and has not come:
/// a phrase of the `promises` vocabulary, or in one text a word of `promise_words`
/// ("promised", "postponed", "still waiting") with one of `promotion_words` ("title",
/// "promotion"), as in "Promised the QA Manager title in 2023; still waiting".
fn promise_texts(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> Vec<usize> {
    let mut texts: Vec<usize> = engine
        .vocab("promises")
        .map(|l| career.hits_in(l, pos.index).map(|h| h.text).collect())
        .unwrap_or_default();
    for t in together(engine, career, pos, "promise_words", &["promotion_words"]) {
        if !texts.contains(&t) {
            texts.push(t);
        }
    }
    texts
}

/// Whether a position's own words say the person acts in a role above the title: a
/// word of the `acting` vocabulary with a word of managing or leading in one text
/// ("Acting QA manager for 5 testers since 2023").
fn acting_by_text(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> bool {
    !together(engine, career, pos, "acting", &["managing", "leading"]).is_empty()
}

/// Whether an engineer's title below the framework's `tech_lead_cap` hides a line
/// manager's job: a team of four or more, the duties of managing them (stated
/// `direct_reports`, or the `line_management` vocabulary: "line manage five
/// developers") and the people decisions that come with them ("run their appraisals",
/// "hired three"). Returns the team's size when it does.
///
/// Senior engineers often line-manage graduates as part of the job, and a lead's title
/// with reports is the common tech-lead-manager job; deciding on people under a
/// senior engineer's title is manager work without the title.
fn manager_work(engine: &Engine<'_>, career: &Career<'_>, pos: &Pos<'_>) -> Option<u32> {
    let below_manager = pos.kind == Some(TitleKind::Individual)
        && (pos.reading.capped_title)
            .zip(crate::team::lead_cap(engine))
            .is_some_and(|(t, cap)| t < cap);
    let team = pos.team.as_ref().map_or(0, |t| t.value);
    // Reports stated in the profile are line reports by definition.
    let duties = pos.position.direct_reports.is_some_and(|n| n >= 1)
        || engine
            .vocab("line_management")
            .is_some_and(|l| career.hits_in(l, pos.index).next().is_some());
    (below_manager && team >= 4 && duties && people_evidence(engine, career, pos)).then_some(team)
}

/// The texts of a position with a hit of vocabulary `first` and one of any of `others`.
fn together(
    engine: &Engine<'_>,
    career: &Career<'_>,
    pos: &Pos<'_>,
    first: &str,
    others: &[&str],
) -> Vec<usize> {
    let Some(first) = engine.vocab(first) else {
        return Vec::new();
    };
    let others: Vec<_> = others.iter().filter_map(|o| engine.vocab(o)).collect();
    let mut out: Vec<usize> = career
        .hits_in(first, pos.index)
        .map(|h| h.text)
        .filter(|&t| {
            others
                .iter()
                .any(|&o| career.hits_in(o, pos.index).any(|h| h.text == t))
        })
        .collect();
    out.dedup();
    out
}

pub fn avoiding_decisions(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    _p: &StallPattern,
) -> Option<Finding> {
    let managing: Vec<&Pos<'_>> = career.positions.iter().filter(|p| manages(p)).collect();
    if managing.is_empty() {
        return None;
    }
    let spans: Vec<(f64, f64)> = managing
        .iter()
        .filter_map(|p| p.start.map(|s| (s, p.end)))
        .collect();
    let years = covered_years(&spans, career.now);
    let texts: usize = managing
        .iter()
        .map(|p| career.descriptions(Some(p.index)))
        .sum();
    if let Some(finding) = stated_avoidance(engine, career, &managing) {
        return Some(finding);
    }
    if years < 2.0 || texts < ENOUGH_TEXTS {
        return None;
    }
    if managing.iter().any(|p| people_evidence(engine, career, p)) {
        return None;
    }
    let linked = career.profile.achievements.iter().any(|a| {
        a.competencies.iter().any(|c| {
            matches!(
                c.as_str(),
                "hiring" | "performance_management" | "conflict_resolution"
            )
        })
    });
    if linked {
        return None;
    }
    let managers_of_managers = managing.iter().any(|p| {
        p.measure(ScopeMeasure::Managers)
            .is_some_and(|m| m.0 >= 1.0)
    });
    // Silence is all this finding has. Someone who already holds the top of the ladder
    // and runs it through managers did not stall on the way, and an executive's CV
    // speaks of strategy rather than of single hires.
    if level >= engine.max_level() && managers_of_managers {
        return None;
    }
    let mut evidence: Vec<Evidence> = managing
        .iter()
        .map(|p| {
            about(
                p,
                "position",
                format!("{:.1} years as {}", p.years, p.label()),
            )
        })
        .collect();
    evidence.push(Evidence::new(
        "absence",
        format!("{texts} descriptions of these roles mention no hiring, feedback, promotion, performance or conflict"),
        career.style_positions(),
    ));
    // All this finding has is silence: short CV bullets may leave out decisions that
    // were made. Silence over many years, or over managers of managers, and across
    // many descriptions is worth a closer look, but it never outweighs a pattern the
    // record shows outright; a handful of bullets staying quiet is only a question.
    let severity = if texts >= 2 * ENOUGH_TEXTS && (years >= 4.0 || managers_of_managers) {
        Severity::Medium
    } else {
        Severity::Low
    };
    Some(Finding { severity, evidence })
}

/// The record says outright that a people decision was put aside ("kept an
/// underperforming engineer rather than address it", "avoided conflict between two
/// architects"): the framework's `avoided_decisions` words in a role that manages
/// people. Its own words are the evidence, so this needs no run of silent years.
fn stated_avoidance(
    engine: &Engine<'_>,
    career: &Career<'_>,
    managing: &[&Pos<'_>],
) -> Option<Finding> {
    let list = engine.vocab("avoided_decisions")?;
    let mut texts: Vec<usize> = managing
        .iter()
        .flat_map(|p| career.hits_in(list, p.index).map(|h| h.text))
        .filter(|&t| !career.texts[t].is_title)
        .collect();
    // One bullet with two such phrases is one piece of evidence.
    texts.sort_unstable();
    texts.dedup();
    if texts.is_empty() {
        return None;
    }
    let severity = if texts.len() >= 2 {
        Severity::High
    } else {
        Severity::Medium
    };
    let evidence = texts
        .iter()
        .map(|&t| quote(career, t, "avoided_decision"))
        .collect();
    Some(Finding { severity, evidence })
}

pub fn chasing_titles(
    engine: &Engine<'_>,
    career: &Career<'_>,
    _level: u32,
    p: &StallPattern,
) -> Option<Finding> {
    let (short, min_jumps) = crate::title_jumps::limits(p);
    let mut evidence = Vec::new();
    let found = crate::title_jumps::jumps(engine, career, short);
    let jumps = found.len();
    for j in &found {
        evidence.push(about(
            j.to,
            "title_jump",
            format!(
                "{:.1} years as {}, then {} (title L{} → L{}, team {} → {})",
                j.from.years,
                j.from.label(),
                j.to.label(),
                j.title_from,
                j.title_to,
                team_text(j.from),
                team_text(j.to)
            ),
        ));
    }
    // Without a stated organisation, a stated team of five or fewer is all the record
    // shows the executive leads.
    let mut tiny_executive = false;
    if let Some(main) = career.main_current()
        && main.kind == Some(TitleKind::Executive)
        && main.org_engineers().map_or(main.team.is_some(), |n| n <= 5)
        && main.team.as_ref().is_none_or(|t| t.value <= 5)
        && main.measure(ScopeMeasure::Budget).is_none()
        && main.measure(ScopeMeasure::Managers).is_none()
        && jumps > 0
    {
        evidence.push(about(
            main,
            "title",
            format!(
                "{} in an engineering team of at most five, with no budget or managers",
                main.label()
            ),
        ));
        tiny_executive = true;
    }
    if jumps < min_jumps {
        return None;
    }
    // The jumps landing on an executive title over a handful of people is the pattern
    // at its plainest.
    let severity = if jumps > min_jumps || tiny_executive {
        Severity::High
    } else {
        Severity::Medium
    };
    Some(Finding { severity, evidence })
}

fn team_text(p: &Pos<'_>) -> String {
    p.team
        .as_ref()
        .map_or_else(|| "not stated".to_string(), |t| t.value.to_string())
}

pub fn dead_end(
    engine: &Engine<'_>,
    career: &Career<'_>,
    _level: u32,
    p: &StallPattern,
) -> Option<Finding> {
    let needed = param(p, "years_above_title", 2.0);
    let main = career.main_current()?;
    let org = main.position.organisation.as_deref();
    // The stretch at the current employer, where the title has not followed the work.
    let here: Vec<&Pos<'_>> = career
        .positions
        .iter()
        .filter(|p| {
            p.index == main.index || org.is_some() && p.position.organisation.as_deref() == org
        })
        .collect();
    let mut evidence = Vec::new();
    let mut spans = Vec::new();
    let mut only_acting = true;
    for pos in &here {
        // Scope two levels above the title counts when the person also does the people
        // work of that scope; a principal engineer steering many teams is doing their job.
        // Words such as "de facto manager" say the same of the role itself.
        let above_scope = match (pos.reading.capped_title, pos.reading.scope_level) {
            (Some(t), Some(s)) => {
                // A manager's title managing managers two levels up is that work itself.
                let manages_managers = pos.kind == Some(TitleKind::Manager)
                    && pos
                        .measure(ScopeMeasure::Managers)
                        .is_some_and(|m| m.0 >= 1.0);
                s >= t + 2
                    && (people_evidence(engine, career, pos)
                        || promised(engine, career, pos)
                        || manages_managers)
            }
            _ => false,
        };
        let managing_untitled = manager_work(engine, career, pos);
        let above_scope = above_scope || managing_untitled.is_some();
        let acting = pos.position.acting
            || pos.evidence.title_match.as_ref().is_some_and(|m| m.acting)
            || acting_by_text(engine, career, pos);
        only_acting &= !above_scope;
        if above_scope || acting {
            // Acting since a year the text gives counts from then, not from joining.
            let from = pos.lead_start.or(pos.start);
            if let Some(s) = from {
                spans.push((s, pos.end));
            }
            let years = from.map_or(pos.years, |s| (pos.end - s).max(0.0));
            let scope = match managing_untitled {
                Some(team) => format!(", line-managing {team} people without a manager's title"),
                None => pos.reading.scope_level.map_or(String::new(), |s| {
                    format!(" at the scope of {}", engine.level_id(s))
                }),
            };
            evidence.push(about(
                pos,
                "above_title",
                format!("{years:.1} years as {}{scope}", pos.label()),
            ));
        }
    }
    let years = covered_years(&spans, career.now);
    let promises: Vec<usize> = here
        .iter()
        .flat_map(|p| promise_texts(engine, career, p))
        .collect();
    if years < needed && (promises.is_empty() || years < needed / 2.0) {
        return None;
    }
    evidence.extend(
        promises
            .iter()
            .take(2)
            .map(|&i| quote(career, i, "promise")),
    );
    let severity = if !promises.is_empty() || years >= needed + 1.0 && !only_acting {
        Severity::High
    } else {
        Severity::Medium
    };
    Some(Finding { severity, evidence })
}

pub fn ic_too_long(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    p: &StallPattern,
) -> Option<Finding> {
    let enough = param(p, "enough_years", 5.0);
    let hard = param(p, "hard_years", 7.0);
    let lead = engine.leadership_from.unwrap_or(4);
    let main = career.main_current()?;
    if main.leads || career.leadership_years > 0.0 {
        return None;
    }
    // A title the ladder cannot read but that names a leader's rank ("Chief Product
    // Officer", "Head of Customer Data") is no evidence of individual work.
    let unread_leader = main.kind.is_none()
        && engine
            .vocab("leader_ranks")
            .is_some_and(|list| engine.names_title(main.position, list));
    let individual = main.kind.is_none_or(|k| k == TitleKind::Individual);
    if !individual || unread_leader || level > lead + 1 {
        return None;
    }
    let years = career.years_experience;
    if years < enough {
        return None;
    }
    let exposure: Vec<usize> = engine
        .vocab("leadership")
        .map(|l| career.hits(l).iter().map(|h| h.text).collect())
        .unwrap_or_default();
    // Mentoring and interviewing soften a few years past the mark, not decades: twice
    // the hard limit with only exposure to leadership is a stall worth acting on.
    let severity = match (years >= hard, exposure.is_empty()) {
        (true, true) => Severity::High,
        (false, true) => Severity::Medium,
        (true, false) if years >= 2.0 * hard => Severity::Medium,
        (true, false) => Severity::Low,
        (false, false) => return None,
    };
    let mut evidence = vec![Evidence::new(
        "experience",
        format!(
            "{years:.1} years in individual-contributor roles with no team, reports or hiring in the record"
        ),
        career.style_positions(),
    )];
    evidence.extend(
        exposure
            .iter()
            .take(2)
            .map(|&i| quote(career, i, "leadership_exposure")),
    );
    Some(Finding { severity, evidence })
}
