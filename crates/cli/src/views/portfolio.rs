//! Views of the portfolio of outcomes: the list, and the brag document for a
//! performance review.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use ctopath_framework::Framework;
use ctopath_profile::tour_health::criterion_states;
use ctopath_profile::{Achievement, CriterionStatus, Profile};
use serde::Serialize;

/// "checkout p95 latency: 1400 → 380 ms (-73%)", or "" without a metric.
pub fn number(a: &Achievement) -> String {
    let Some(m) = &a.metric else {
        return String::new();
    };
    let unit = m
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let change = m
        .relative_change()
        .map(|r| format!(" ({:+.0}%)", r * 100.0))
        .unwrap_or_default();
    format!("{}: {} → {}{unit}{change}", m.name, m.before, m.after)
}

/// Where an outcome came from, in words a reviewer can check.
pub fn source(a: &Achievement, profile: &Profile) -> String {
    let tour = a
        .tour
        .as_deref()
        .and_then(|id| profile.tours.iter().find(|t| t.id == id));
    let mut parts = Vec::new();
    if let Some(t) = tour {
        let ended = t
            .finished
            .map(|d| format!(", {} {d}", t.status.id()))
            .unwrap_or_default();
        parts.push(format!("tour of duty \"{}\"{ended}", t.name()));
    }
    match a.source.as_deref() {
        Some(path) if path.starts_with("work[") || path.starts_with("positions[") => {
            parts.push(format!("CV highlight `{path}`"))
        }
        Some(path) => parts.push(format!("`{path}`")),
        None if tour.is_none() => parts.push("recorded in the profile".into()),
        None => {}
    }
    parts.join("; ")
}

fn where_(a: &Achievement, profile: &Profile) -> Option<String> {
    let p = profile.position(a.position.as_deref()?)?;
    let parts: Vec<&str> = [p.title.as_deref(), p.organisation.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

pub fn list_table(list: &[&Achievement], profile: &Profile) -> String {
    if list.is_empty() {
        return "No outcomes match.\n".into();
    }
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(vec![
            "Id",
            "Date",
            "What changed",
            "Number",
            "Competencies",
            "Source",
        ]);
    for a in list {
        t.add_row(vec![
            a.id.clone(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.what_changed.clone(),
            number(a),
            a.competencies.join(", "),
            source(a, profile),
        ]);
    }
    format!("{t}\n")
}

pub fn list_markdown(list: &[&Achievement], profile: &Profile) -> String {
    let mut out = String::new();
    for a in list {
        let date = a.date.map(|d| format!(" ({d})")).unwrap_or_default();
        let num = number(a);
        let num = if num.is_empty() {
            String::new()
        } else {
            format!(" — {num}")
        };
        let _ = writeln!(
            out,
            "- **{}**{date}{num} — _{}_ `{}`",
            a.what_changed,
            source(a, profile),
            a.id
        );
    }
    out
}

/// A brag document: outcomes grouped by competency, each with its evidence.
#[derive(Debug, Serialize)]
pub struct Brag<'a> {
    pub person: String,
    pub period: String,
    pub outcomes: usize,
    pub with_number: usize,
    pub groups: Vec<Group<'a>>,
    /// The tours of duty the outcomes came from, with the criteria they met.
    pub tours: Vec<TourRecord<'a>>,
}

#[derive(Debug, Serialize)]
pub struct TourRecord<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub status: &'a str,
    pub start: Option<String>,
    pub finished: Option<String>,
    pub outcome: Option<&'a str>,
    pub criteria: usize,
    /// The criteria met, each with how it was measured.
    pub met: Vec<Met<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Met<'a> {
    pub text: &'a str,
    pub measure: &'a str,
}

#[derive(Debug, Serialize)]
pub struct Group<'a> {
    /// Competency id; `None` for outcomes not linked to any competency.
    pub competency: Option<String>,
    pub name: String,
    pub outcomes: Vec<Entry<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    #[serde(flatten)]
    pub achievement: &'a Achievement,
    /// The facts that back the outcome: the number, who felt it, where, the criteria met.
    pub evidence: Vec<String>,
    /// Where the outcome came from.
    pub from: String,
    /// The other competencies it shows.
    pub also_shows: Vec<String>,
}

impl<'a> Brag<'a> {
    /// Groups outcomes under their first competency (or `focus`, when filtering by
    /// one), in the framework's order, so each outcome is told once.
    pub fn build(
        person: &str,
        period: &str,
        picked: &[&'a Achievement],
        profile: &'a Profile,
        fw: &Framework,
        focus: Option<&str>,
    ) -> Brag<'a> {
        let name_of = |id: &str| {
            fw.competencies
                .iter()
                .find(|c| c.id == id)
                .map_or_else(|| id.replace('_', " "), |c| c.name.clone())
        };
        let rank = |id: &Option<String>| {
            id.as_deref()
                .and_then(|id| fw.competencies.iter().position(|c| c.id == id))
                .unwrap_or(usize::MAX)
        };
        let mut groups: Vec<Group> = Vec::new();
        for a in picked {
            let primary = focus
                .map(str::to_string)
                .or_else(|| a.competencies.first().cloned());
            let entry = Entry {
                achievement: a,
                evidence: evidence(a, profile),
                from: source(a, profile),
                also_shows: a
                    .competencies
                    .iter()
                    .filter(|c| Some(*c) != primary.as_ref())
                    .map(|c| name_of(c))
                    .collect(),
            };
            match groups.iter_mut().find(|g| g.competency == primary) {
                Some(g) => g.outcomes.push(entry),
                None => groups.push(Group {
                    name: primary
                        .as_deref()
                        .map_or_else(|| "Other outcomes".to_string(), name_of),
                    competency: primary,
                    outcomes: vec![entry],
                }),
            }
        }
        groups.sort_by_key(|g| rank(&g.competency));
        for g in &mut groups {
            g.outcomes
                .sort_by_key(|e| std::cmp::Reverse(e.achievement.date.map(|d| d.earliest())));
        }
        let mut tours: Vec<TourRecord> = Vec::new();
        for t in &profile.tours {
            if !picked
                .iter()
                .any(|a| a.tour.as_deref() == Some(t.id.as_str()))
            {
                continue;
            }
            tours.push(TourRecord {
                id: &t.id,
                title: t.name(),
                status: t.status.id(),
                start: t.start.map(|d| d.to_string()),
                finished: t.finished.map(|d| d.to_string()),
                outcome: t.outcome.as_deref(),
                criteria: t.success_criteria.len(),
                met: criterion_states(t)
                    .into_iter()
                    .filter(|s| s.status == Some(CriterionStatus::Met))
                    .map(|s| Met {
                        text: s.text,
                        measure: s.measure,
                    })
                    .collect(),
            });
        }
        Brag {
            tours,
            person: person.to_string(),
            period: period.to_string(),
            outcomes: picked.len(),
            with_number: picked.iter().filter(|a| a.metric.is_some()).count(),
            groups,
        }
    }
}

fn evidence(a: &Achievement, profile: &Profile) -> Vec<String> {
    let mut out = Vec::new();
    let num = number(a);
    if !num.is_empty() {
        out.push(num);
    }
    if let Some(scope) = &a.scope {
        out.push(format!("for {scope}"));
    }
    if let Some(at) = where_(a, profile) {
        out.push(format!("as {at}"));
    }
    if let Some(t) = a
        .tour
        .as_deref()
        .and_then(|id| profile.tours.iter().find(|t| t.id == id))
    {
        let met = criterion_states(t)
            .iter()
            .filter(|s| s.status == Some(CriterionStatus::Met))
            .count();
        out.push(format!(
            "{met} of {} success criteria of its tour met",
            t.success_criteria.len()
        ));
    }
    out
}

pub fn brag_markdown(b: &Brag) -> String {
    let mut out = format!("# What I achieved: {}, {}\n\n", b.person, b.period);
    if b.outcomes == 0 {
        out.push_str("No outcomes recorded for this period yet. Add them with `ctopath achievement add` or finish a tour of duty.\n");
        return out;
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let _ = writeln!(
        out,
        "{} across {}; {} backed by a number.\n",
        plural(b.outcomes, "outcome", "outcomes"),
        plural(b.groups.len(), "area", "areas"),
        b.with_number
    );
    for g in &b.groups {
        let _ = writeln!(out, "## {}\n", g.name);
        for e in &g.outcomes {
            let a = e.achievement;
            let date = a.date.map(|d| format!(" ({d})")).unwrap_or_default();
            let _ = writeln!(out, "### {}{date}\n", a.what_changed);
            for line in &e.evidence {
                let _ = writeln!(out, "- {line}");
            }
            if a.metric.is_none() {
                let _ = writeln!(
                    out,
                    "- _no number yet: `ctopath portfolio review --id {}`_",
                    a.id
                );
            }
            if !e.also_shows.is_empty() {
                let _ = writeln!(out, "- also shows: {}", e.also_shows.join(", "));
            }
            let _ = writeln!(out, "- source: {}\n", e.from);
        }
    }
    if !b.tours.is_empty() {
        out.push_str("## Tours of duty behind these outcomes\n\n");
    }
    for t in &b.tours {
        let span = [t.start.as_deref(), t.finished.as_deref()]
            .map(|d| d.unwrap_or("…"))
            .join(" to ");
        let _ = writeln!(out, "### {} ({span}, {})\n", t.title, t.status);
        if let Some(o) = t.outcome {
            let _ = writeln!(out, "{o}\n");
        }
        let _ = writeln!(
            out,
            "{} of {} success criteria met:\n",
            t.met.len(),
            t.criteria
        );
        for m in &t.met {
            let _ = writeln!(out, "- {} _Measured by: {}_", m.text, m.measure);
        }
        out.push('\n');
    }
    out
}
