//! Views of tours of duty: the list, one tour in full, and the charter shown before
//! a tour starts.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use ctopath_profile::tour_health::{
    CheckinSchedule, CheckinState, CriterionState, TourHealth, checkin_schedule, criterion_states,
    health, planned_end,
};
use ctopath_profile::{Achievement, PartialDate, Profile, TourOfDuty};
use serde::Serialize;

/// A tour with what its check-ins say: the JSON of `tour list|show` and `status`.
#[derive(Debug, Serialize)]
pub struct TourView<'a> {
    #[serde(flatten)]
    pub tour: &'a TourOfDuty,
    pub health: TourHealth,
    /// Each success criterion with its latest status.
    pub criteria: Vec<CriterionState<'a>>,
    pub next_checkin: Option<CheckinSchedule>,
    pub planned_end: Option<PartialDate>,
    /// The portfolio outcomes linked to the tour.
    pub achievements: Vec<&'a Achievement>,
}

impl<'a> TourView<'a> {
    pub fn of(tour: &'a TourOfDuty, profile: &'a Profile, today: PartialDate) -> Self {
        TourView {
            tour,
            health: health(tour),
            criteria: criterion_states(tour),
            next_checkin: checkin_schedule(tour, today),
            planned_end: planned_end(tour),
            achievements: profile
                .achievements
                .iter()
                .filter(|a| a.tour.as_deref() == Some(tour.id.as_str()))
                .collect(),
        }
    }
}

fn table(header: Vec<&str>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header);
    t
}

fn words(id: &str) -> String {
    id.replace('_', " ")
}

fn date(d: Option<PartialDate>) -> String {
    d.map_or_else(|| "–".to_string(), |d| d.to_string())
}

/// "2026-02-02 (in 5 days)", "2026-01-19 (overdue by 12 days, 1 missed)".
pub fn checkin_line(s: &CheckinSchedule) -> String {
    match s.state {
        CheckinState::Overdue => format!(
            "{} (OVERDUE by {} days, {} missed)",
            s.next, -s.days_left, s.missed
        ),
        CheckinState::Due if s.days_left == 0 => format!("{} (due today)", s.next),
        CheckinState::Due => format!("{} (due in {} days)", s.next, s.days_left),
        CheckinState::Upcoming => format!("{} (in {} days)", s.next, s.days_left),
    }
}

fn status_of(c: &CriterionState) -> String {
    c.status
        .map_or_else(|| "not reported".to_string(), |s| words(s.id()))
}

pub fn list_table(tours: &[TourView]) -> String {
    if tours.is_empty() {
        return "No tours yet. `ctopath plan` proposes some; `ctopath tour start` commits to one.\n"
            .into();
    }
    let mut t = table(vec![
        "Tour",
        "Title",
        "Status",
        "Start",
        "End",
        "Health",
        "Next check-in",
    ]);
    for v in tours {
        let end = v.tour.finished.or(v.planned_end);
        t.add_row(vec![
            v.tour.id.clone(),
            v.tour.name().to_string(),
            v.tour.status.id().to_string(),
            date(v.tour.start),
            date(end),
            words(v.health.id()),
            v.next_checkin
                .as_ref()
                .map_or_else(String::new, checkin_line),
        ]);
    }
    format!("{t}\n")
}

pub fn list_markdown(tours: &[TourView]) -> String {
    let mut out = String::from(
        "# Tours of duty\n\n| Tour | Title | Status | Start | End | Health |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for v in tours {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            v.tour.id,
            v.tour.name(),
            v.tour.status.id(),
            date(v.tour.start),
            date(v.tour.finished.or(v.planned_end)),
            words(v.health.id())
        );
    }
    out
}

/// The charter as agreed: what `tour start` shows before committing.
pub fn charter_text(t: &TourOfDuty) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  [{}]", t.name(), t.id);
    let _ = writeln!(out, "mission: {}", t.mission);
    let mut facts = Vec::new();
    if let Some(kind) = &t.tour {
        facts.push(format!("{kind} tour"));
    }
    if let Some(start) = t.start {
        facts.push(format!("from {start}"));
    }
    if let Some(h) = t.horizon_months {
        facts.push(format!("{h} months"));
    }
    if let Some(w) = t.checkin_every_weeks {
        facts.push(format!("check-ins every {w} weeks"));
    }
    if let Some(s) = &t.sponsor {
        facts.push(format!("sponsor {s}"));
    }
    let _ = writeln!(out, "{}", facts.join(" · "));
    if let Some(m) = &t.milestone {
        let _ = writeln!(out, "milestone: {m}");
    }
    let _ = writeln!(out, "success criteria:");
    for (i, c) in t.success_criteria.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {}. {}\n     measured by: {}",
            i + 1,
            c.text,
            c.measure
        );
    }
    if !t.person_gains.is_empty() {
        let _ = writeln!(out, "you gain: {}", t.person_gains.join("; "));
    }
    if !t.company_gains.is_empty() {
        let _ = writeln!(out, "the company gains: {}", t.company_gains.join("; "));
    }
    if !t.competencies.is_empty() {
        let _ = writeln!(out, "builds: {}", t.competencies.join(", "));
    }
    out
}

pub fn show_table(v: &TourView) -> String {
    let t = v.tour;
    let mut out = charter_text(t);
    let _ = writeln!(
        out,
        "status: {} · health: {}",
        t.status.id(),
        words(v.health.id())
    );
    if let Some(end) = v.planned_end {
        let _ = writeln!(out, "planned end: {end}");
    }
    if let Some(s) = &v.next_checkin {
        let _ = writeln!(out, "next check-in: {}", checkin_line(s));
    }
    let mut c = table(vec!["#", "Criterion", "Status", "Note", "Since"]);
    for s in &v.criteria {
        c.add_row(vec![
            s.number.to_string(),
            s.text.to_string(),
            status_of(s),
            s.note.unwrap_or("").to_string(),
            date(s.since),
        ]);
    }
    let _ = writeln!(out, "\n{c}");
    if !t.checkins.is_empty() {
        let _ = writeln!(out, "\nCheck-ins:");
    }
    for k in &t.checkins {
        let statuses: Vec<String> = k
            .criteria
            .iter()
            .map(|p| {
                let note = p
                    .note
                    .as_deref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default();
                format!("{} {}{note}", p.index + 1, words(p.status.id()))
            })
            .collect();
        let _ = writeln!(out, "  {}: {}", k.date, statuses.join("; "));
        if let Some(l) = &k.learned {
            let _ = writeln!(out, "      learned: {l}");
        }
    }
    if let Some(outcome) = &t.outcome {
        let _ = writeln!(out, "\nOutcome ({}): {outcome}", date(t.finished));
    }
    achievements(&mut out, &v.achievements);
    out
}

fn achievements(out: &mut String, list: &[&Achievement]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nOutcomes in the portfolio:");
    for a in list {
        let number = a.metric.as_ref().map_or_else(String::new, |m| {
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
        });
        let _ = writeln!(out, "  • {}{number}  [{}]", a.what_changed, a.id);
    }
}

pub fn show_markdown(v: &TourView) -> String {
    let t = v.tour;
    let mut out = format!("# {}\n\n{}\n\n", t.name(), t.mission);
    let _ = writeln!(
        out,
        "- **Status:** {} · **health:** {}",
        t.status.id(),
        words(v.health.id())
    );
    if let Some(s) = &t.sponsor {
        let _ = writeln!(out, "- **Sponsor:** {s}");
    }
    let _ = writeln!(
        out,
        "- **Start:** {} · **planned end:** {}",
        date(t.start),
        date(v.planned_end)
    );
    if let Some(w) = t.checkin_every_weeks {
        let _ = writeln!(out, "- **Check-ins:** every {w} weeks");
    }
    if let Some(s) = &v.next_checkin {
        let _ = writeln!(out, "- **Next check-in:** {}", checkin_line(s));
    }
    if let Some(m) = &t.milestone {
        let _ = writeln!(out, "- **Milestone:** {m}");
    }
    out.push_str("\n## Success criteria\n\n| # | Criterion | Measure | Status | Note |\n| --- | --- | --- | --- | --- |\n");
    for s in &v.criteria {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            s.number,
            s.text,
            s.measure,
            status_of(s),
            s.note.unwrap_or("")
        );
    }
    for (title, items) in [
        ("What you gain", &t.person_gains),
        ("What the company gains", &t.company_gains),
    ] {
        if !items.is_empty() {
            let _ = writeln!(out, "\n## {title}\n");
            for i in items.iter() {
                let _ = writeln!(out, "- {i}");
            }
        }
    }
    if !t.checkins.is_empty() {
        out.push_str("\n## Check-ins\n\n");
        for k in &t.checkins {
            let statuses: Vec<String> = k
                .criteria
                .iter()
                .map(|p| format!("{} {}", p.index + 1, words(p.status.id())))
                .collect();
            let learned = k
                .learned
                .as_deref()
                .map(|l| format!(" — learned: {l}"))
                .unwrap_or_default();
            let _ = writeln!(out, "- **{}**: {}{learned}", k.date, statuses.join(", "));
        }
    }
    if let Some(outcome) = &t.outcome {
        let _ = writeln!(out, "\n## Outcome ({})\n\n{outcome}", date(t.finished));
    }
    let mut list = String::new();
    achievements(&mut list, &v.achievements);
    out + &list
}
