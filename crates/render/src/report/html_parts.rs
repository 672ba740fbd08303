//! The HTML of the first three sections: where the person stands, the charts and the
//! flagged patterns.

use std::fmt::Write as _;

use ctopath_engine::{CompetencyResult, Evidence};

use super::html::{esc, inline_svg};
use super::words;
use super::{Chart, Charts, Report};

/// How many levers per target the report lists: enough to act on, few enough to read.
const LEVERS: usize = 4;

pub fn where_you_stand(r: &Report) -> String {
    let a = &r.assessment;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<p class=\"intro\">{} {}</p>",
        esc(&words::standing(r)),
        esc(&words::readiness(r))
    );
    out.push_str("<div class=\"facts\">\n");
    for (label, value) in [
        ("Route", r.names.route(&a.route)),
        ("Tour", r.names.tour(&a.tour)),
        ("Stage", r.names.stage(&a.stage)),
        ("Experience", format!("{:.1} years", a.years_experience)),
        ("Leading people", format!("{:.1} years", a.leadership_years)),
    ] {
        let _ = writeln!(
            out,
            "<div class=\"fact\"><b>{}</b><span>{}</span></div>",
            esc(label),
            esc(&value)
        );
    }
    out.push_str("</div>\n<div class=\"grid-2\">\n<div class=\"card\">\n<h3>Why this level</h3>\n");
    evidence_list(
        &mut out,
        a.level
            .evidence
            .iter()
            .chain(a.route_evidence.iter().take(2)),
    );
    out.push_str("</div>\n<div class=\"card\">\n<h3>What would raise readiness most</h3>\n");
    let next = a
        .readiness
        .next_level_id
        .as_deref()
        .unwrap_or("the next level");
    let levers: Vec<(String, f64)> = a
        .readiness
        .raise_next_level
        .iter()
        .take(LEVERS)
        .map(|l| (format!("{} (for {next})", l.text), l.gain))
        .chain(
            a.readiness
                .raise_cto
                .iter()
                .filter(|l| !a.readiness.raise_next_level.iter().any(|n| n.id == l.id))
                .take(LEVERS / 2)
                .map(|l| (format!("{} (for CTO)", l.text), l.gain)),
        )
        .collect();
    if levers.is_empty() {
        out.push_str("<p class=\"muted\">Nothing stands out: readiness is as high as the record can show.</p>\n");
    } else {
        out.push_str("<ul class=\"clean levers\">\n");
        for (text, gain) in levers {
            let _ = writeln!(
                out,
                "<li><span class=\"gain\">+{:.0} pts</span><span>{}</span></li>",
                gain * 100.0,
                esc(&capitalised(&text))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</div>\n</div>\n");
    signals_and_milestones(&mut out, r);
    out
}

fn signals_and_milestones(out: &mut String, r: &Report) {
    let a = &r.assessment;
    if !a.signals.is_empty() {
        out.push_str("<h3>Signs that you are on track</h3>\n<table>\n<thead><tr><th>Signal</th><th>Status</th><th>What shows it</th></tr></thead>\n<tbody>\n");
        for s in &a.signals {
            let status = words::signal(s.status);
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td><span class=\"pill {}\">{}</span></td><td class=\"small\">{}</td></tr>",
                esc(&s.description),
                status_class(&format!("{:?}", s.status)),
                esc(status),
                esc(&s.evidence.first().map_or(String::new(), |e| e.text.clone()))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !a.milestones.is_empty() {
        out.push_str("<h3>Milestones on the way</h3>\n<table>\n<thead><tr><th>Milestone</th><th>Status</th></tr></thead>\n<tbody>\n");
        for m in &a.milestones {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td><span class=\"pill {}\">{}</span></td></tr>",
                esc(&capitalised(&m.text)),
                status_class(&m.status),
                esc(&words::status(&m.status))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
}

pub fn charts(r: &Report, charts: &Charts) -> String {
    let mut out = String::new();
    out.push_str("<p class=\"intro\">The same numbers as the rest of the report, drawn. Each chart carries its own text description for screen readers.</p>\n");
    chart_card(
        &mut out,
        "Competencies",
        &charts.radar,
        "Filled: where you are now. Dashed: what your level expects. Dotted: what the next level asks for.",
    );
    gap_table(&mut out, r);
    chart_card(
        &mut out,
        "Career timeline",
        &charts.timeline,
        "Positions coloured by the tour their title reads as, your tours of duty, and the P10–P90 band of the forecast to CTO.",
    );
    out.push_str("<div class=\"chart-card\">\n<h3>Readiness</h3>\n<div class=\"gauges\">\n");
    for chart in charts.readiness_next.iter().chain([&charts.readiness_cto]) {
        let _ = writeln!(out, "<figure>{}</figure>", inline_svg(&chart.svg));
    }
    out.push_str("</div>\n</div>\n");
    let note = if r.progress.len() < 2 {
        "Each run of `ctopath assess` on your stored profile adds a point here."
    } else {
        "Each point is an assessment kept in your store."
    };
    chart_card(&mut out, "Progress", &charts.progress, note);
    out
}

fn chart_card(out: &mut String, heading: &str, chart: &Chart, caption: &str) {
    let _ = writeln!(
        out,
        "<div class=\"chart-card\">\n<h3>{}</h3>\n<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n</div>",
        esc(heading),
        inline_svg(&chart.svg),
        esc(caption)
    );
}

/// The radar's numbers, largest gap first, so the chart can be read exactly.
fn gap_table(out: &mut String, r: &Report) {
    let a = &r.assessment;
    let mut rows: Vec<&CompetencyResult> = a.competencies.iter().collect();
    rows.sort_by(|x, y| y.gap.cmp(&x.gap).then(x.name.cmp(&y.name)));
    let next = a.readiness.next_level_id.as_deref().unwrap_or("Next");
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>Competency</th><th class=\"num\">Now</th><th class=\"num\">Expected</th><th class=\"num\">{}</th><th class=\"num\">CTO</th><th>Gap to {}</th><th>Basis</th></tr></thead>\n<tbody>",
        esc(next),
        esc(next)
    );
    for c in rows {
        let gap = if c.gap == 0 {
            "<span class=\"ok\">✓ there</span>".to_string()
        } else {
            format!(
                "<span class=\"gapbar\" style=\"width:{}px\"></span> {}",
                c.gap.min(5) * 14,
                if c.gap == 1 {
                    "1 level".to_string()
                } else {
                    format!("{} levels", c.gap)
                }
            )
        };
        let _ = writeln!(
            out,
            "<tr class=\"gap-{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{gap}</td><td class=\"small muted\">{}</td></tr>",
            c.gap.min(3),
            esc(&c.name),
            level(c.current),
            level(c.expected),
            level(c.target),
            level(c.target_cto),
            esc(&c.basis)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

pub fn patterns(r: &Report) -> String {
    let a = &r.assessment;
    let mut out = String::new();
    if a.stall_patterns.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"callout\">{}</p>",
            esc(words::no_patterns(a))
        );
        return out;
    }
    let _ = writeln!(
        out,
        "<p class=\"intro\">{} in your record. Each is flagged only on the evidence listed under it.</p>",
        match a.stall_patterns.len() {
            1 => "One of the framework's stall patterns shows".to_string(),
            n => format!("{n} of the framework's stall patterns show"),
        }
    );
    for p in &a.stall_patterns {
        let sev = words::severity(p.severity);
        let _ = writeln!(
            out,
            "<div class=\"card pattern {}\">\n<h3>{} <span class=\"pill {}\">{} severity</span></h3>",
            sev.to_lowercase(),
            esc(&p.name),
            sev.to_lowercase(),
            sev
        );
        evidence_list(&mut out, p.evidence.iter());
        let _ = writeln!(
            out,
            "<div class=\"advice\"><b>What to do</b> — {}</div>\n</div>",
            esc(p.advice.trim())
        );
    }
    out
}

pub fn evidence_list<'a>(out: &mut String, evidence: impl Iterator<Item = &'a Evidence>) {
    out.push_str("<ul class=\"clean evidence\">\n");
    for e in evidence {
        let _ = writeln!(
            out,
            "<li>{}<span class=\"src\">{}</span></li>",
            esc(&e.text),
            esc(&e.source)
        );
    }
    out.push_str("</ul>\n");
}

/// `L5` for a level number, `—` for none shown yet.
pub fn level(n: u32) -> String {
    if n == 0 {
        "—".into()
    } else {
        format!("L{n}")
    }
}

/// A CSS class from a status id: lower case letters and underscores only.
fn status_class(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_lowercase() || c == '_' {
            out.push(c);
        }
    }
    out
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
