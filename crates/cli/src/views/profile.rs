//! Terminal and Markdown views of a profile.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use ctopath_profile::{Achievement, Position, Profile};

fn table(header: Vec<&str>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header);
    t
}

fn dates(p: &Position) -> String {
    let start = p
        .start
        .as_ref()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "?".into());
    let end = p
        .end
        .as_ref()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "now".into());
    format!("{start} – {end}")
}

/// A one-line summary of the scope a position states.
fn scope(p: &Position) -> String {
    let mut parts = Vec::new();
    if let Some(n) = p.direct_reports {
        parts.push(format!("{n} reports"));
    }
    if let Some(n) = p.managers_reporting {
        parts.push(format!("{n} managers"));
    }
    if let Some(b) = &p.budget {
        parts.push(format!("budget {} {}", money(b.amount), b.currency));
    }
    if let Some(n) = p.org_engineers {
        parts.push(format!("{n} engineers in org"));
    }
    if let Some(stage) = p.org_stage {
        parts.push(format!("{stage:?}").to_lowercase());
    }
    if p.growth.as_ref().is_some_and(|g| g.hypergrowth) {
        parts.push("hypergrowth".into());
    }
    if p.board_exposure == Some(true) {
        parts.push("board".into());
    }
    if p.acting {
        parts.push("acting".into());
    }
    parts.join(", ")
}

fn money(amount: f64) -> String {
    match amount {
        a if a >= 1e9 => format!("{:.1}bn", a / 1e9),
        a if a >= 1e6 => format!("{:.1}M", a / 1e6),
        a if a >= 1e3 => format!("{:.0}k", a / 1e3),
        a => format!("{a:.0}"),
    }
}

fn metric(a: &Achievement) -> String {
    a.metric
        .as_ref()
        .map(|m| {
            format!(
                "{}: {} → {} {}",
                m.name,
                m.before,
                m.after,
                m.unit.as_deref().unwrap_or("")
            )
            .trim_end()
            .to_string()
        })
        .unwrap_or_default()
}

pub fn positions(p: &Profile) -> String {
    let mut t = table(vec!["Id", "Title", "Organisation", "Dates", "Scope"]);
    for pos in &p.positions {
        t.add_row(vec![
            pos.id.clone(),
            pos.title.clone().unwrap_or_default(),
            pos.organisation.clone().unwrap_or_default(),
            dates(pos),
            scope(pos),
        ]);
    }
    format!("{t}\n")
}

pub fn achievements(items: &[&Achievement]) -> String {
    if items.is_empty() {
        return "no achievements match; add one with `ctopath achievement add 'what changed' --before X --after Y`\n".into();
    }
    let mut t = table(vec![
        "Id",
        "What changed",
        "Metric",
        "Date",
        "Competencies",
        "Tags",
    ]);
    for a in items {
        t.add_row(vec![
            a.id.clone(),
            a.what_changed.clone(),
            metric(a),
            a.date.as_ref().map(|d| d.to_string()).unwrap_or_default(),
            a.competencies.join(", "),
            a.tags.join(", "),
        ]);
    }
    format!("{t}\n")
}

pub fn tables(p: &Profile, name: &str) -> String {
    let mut out = String::new();
    let person = p.person.clone().unwrap_or_default();
    let _ = writeln!(out, "{}", person.name.as_deref().unwrap_or(name));
    if let Some(label) = &person.label {
        let _ = writeln!(out, "{label}");
    }
    if let Some(goal) = &p.goal {
        let horizon = goal
            .horizon_years
            .map(|y| format!(" within {y} years"))
            .unwrap_or_default();
        let _ = writeln!(out, "Goal: {}{horizon}", goal.target_role.id());
    }
    let _ = writeln!(out, "\nPositions\n{}", positions(p));
    if !p.ratings.is_empty() {
        let mut t = table(vec!["Competency", "Level", "By", "Date", "Evidence"]);
        for r in &p.ratings {
            t.add_row(vec![
                r.competency.clone(),
                r.level.clone(),
                format!("{:?}", r.by)
                    .to_lowercase()
                    .replace("myself", "self"),
                r.date.to_string(),
                r.evidence.clone().unwrap_or_default(),
            ]);
        }
        let _ = writeln!(out, "Ratings\n{t}\n");
    }
    let all: Vec<&Achievement> = p.achievements.iter().collect();
    let _ = writeln!(out, "Achievements\n{}", achievements(&all));
    let kept = serde_json::to_value(&p.resume).ok();
    if let Some(serde_json::Value::Object(map)) = kept {
        let sections: Vec<String> = map
            .iter()
            .filter_map(|(k, v)| v.as_array().map(|a| format!("{k} ({})", a.len())))
            .collect();
        if !sections.is_empty() {
            let _ = writeln!(out, "Also kept from the resume: {}", sections.join(", "));
        }
    }
    out
}

pub fn markdown(p: &Profile, name: &str) -> String {
    let mut out = String::new();
    let person = p.person.clone().unwrap_or_default();
    let _ = writeln!(out, "# {}\n", person.name.as_deref().unwrap_or(name));
    if let Some(summary) = &person.summary {
        let _ = writeln!(out, "{summary}\n");
    }
    let _ = writeln!(out, "## Positions\n");
    for pos in &p.positions {
        let _ = writeln!(
            out,
            "### {} — {} ({})\n",
            pos.title.as_deref().unwrap_or("?"),
            pos.organisation.as_deref().unwrap_or("?"),
            dates(pos)
        );
        let s = scope(pos);
        if !s.is_empty() {
            let _ = writeln!(out, "*{s}*\n");
        }
        for h in pos.highlights() {
            let _ = writeln!(out, "- {h}");
        }
        out.push('\n');
    }
    if !p.achievements.is_empty() {
        let _ = writeln!(out, "## Achievements\n");
        for a in &p.achievements {
            let m = metric(a);
            let m = if m.is_empty() {
                String::new()
            } else {
                format!(" ({m})")
            };
            let _ = writeln!(out, "- {}{m}", a.what_changed);
        }
    }
    out
}
