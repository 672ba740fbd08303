//! The report as Markdown: the same sections as the HTML and PDF, with the charts told
//! as tables and ranges.

use std::fmt::Write as _;

use ctopath_engine::{CompetencyResult, Evidence};

use super::html_parts::{capitalised, level};
use super::html_plan::horizons;
use super::words::{self, median_years, percent, range_years};
use super::{
    CHARTS, FORECAST, HIGHLIGHTS, NEXT_TOURS, PATTERNS, Report, WHERE_YOU_STAND, words::long_date,
};

/// Escapes what would break a table cell or start Markdown markup in user text.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn evidence(out: &mut String, items: &[Evidence]) {
    for e in items {
        let _ = writeln!(out, "- {} (`{}`)", md(&e.text), e.source.replace('`', "'"));
    }
}

/// The report as a Markdown document.
pub fn markdown(r: &Report) -> String {
    let a = &r.assessment;
    let mut out = String::new();
    let _ = writeln!(out, "# Career report: {}\n", md(&words::who(r)));
    let _ = writeln!(out, "_{}_\n", md(&words::subtitle(r)));
    let _ = writeln!(out, "{}\n", md(&words::readiness(r)));

    let _ = writeln!(out, "## {WHERE_YOU_STAND}\n\n{}\n", md(&words::standing(r)));
    let _ = writeln!(out, "### Why this level\n");
    evidence(&mut out, &a.level.evidence);
    evidence(&mut out, &a.route_evidence[..a.route_evidence.len().min(2)]);
    let _ = writeln!(out, "\n### What would raise readiness most\n");
    let next = a
        .readiness
        .next_level_id
        .as_deref()
        .unwrap_or("the next level");
    for l in a.readiness.raise_next_level.iter().take(4) {
        let _ = writeln!(
            out,
            "- +{:.0} pts for {next}: {}",
            l.gain * 100.0,
            md(&l.text)
        );
    }
    for l in a.readiness.raise_cto.iter().take(2) {
        let _ = writeln!(out, "- +{:.0} pts for CTO: {}", l.gain * 100.0, md(&l.text));
    }
    if !a.milestones.is_empty() {
        let _ = writeln!(out, "\n### Milestones on the way\n");
        for m in &a.milestones {
            let _ = writeln!(
                out,
                "- {} — {}",
                md(&capitalised(&m.text)),
                words::status(&m.status)
            );
        }
    }

    let _ = writeln!(out, "\n## {CHARTS}\n\n_{}_\n", words::CHARTS_ELSEWHERE);
    gap_table(&mut out, r);
    let _ = writeln!(
        out,
        "\n**Readiness:** {}",
        match &a.readiness.next_level_id {
            Some(id) => format!(
                "{} for {id}, {} for CTO",
                percent(a.readiness.next_level),
                percent(a.readiness.cto)
            ),
            None => format!("{} for CTO", percent(a.readiness.cto)),
        }
    );
    let _ = writeln!(out, "\n**Career so far**\n");
    for p in &r.positions {
        let tour = match p.tour {
            ctopath_charts::TourKind::Unknown => String::new(),
            k => format!(" — {}", k.name().to_lowercase()),
        };
        let _ = writeln!(
            out,
            "- {}: {}{}{tour}",
            words::period(p.start.as_ref(), p.end.as_ref()),
            md(&p.title),
            if p.organisation.is_empty() {
                String::new()
            } else {
                format!(", {}", md(&p.organisation))
            },
        );
    }
    if r.progress.len() > 1 {
        let _ = writeln!(
            out,
            "\n**Progress**\n\n| Date | Level | Readiness for CTO |\n|---|---|---|"
        );
        for p in &r.progress {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                words::short_date(&p.date),
                p.level.map_or("—".into(), level),
                p.readiness_cto.map_or("—".into(), percent)
            );
        }
    }

    let _ = writeln!(out, "\n## {PATTERNS}\n");
    if a.stall_patterns.is_empty() {
        let _ = writeln!(out, "{}", words::no_patterns(a));
    }
    for p in &a.stall_patterns {
        let _ = writeln!(
            out,
            "### {} ({} severity)\n",
            md(&p.name),
            words::severity(p.severity)
        );
        evidence(&mut out, &p.evidence);
        let _ = writeln!(out, "\n**What to do:** {}\n", md(p.advice.trim()));
    }

    forecast(&mut out, r);
    next_tours(&mut out, r);
    highlights(&mut out, r);
    let _ = writeln!(
        out,
        "\n---\n_Made by ctopath from the {} framework (version {}) as of {}._",
        a.framework.id,
        a.framework.version,
        long_date(&r.as_of)
    );
    out
}

fn gap_table(out: &mut String, r: &Report) {
    let a = &r.assessment;
    let next = a.readiness.next_level_id.as_deref().unwrap_or("Next");
    let mut rows: Vec<&CompetencyResult> = a.competencies.iter().collect();
    rows.sort_by(|x, y| y.gap.cmp(&x.gap).then(x.name.cmp(&y.name)));
    let _ = writeln!(out, "**Competency gaps**, largest first\n");
    let _ = writeln!(
        out,
        "| Competency | Now | Expected | {next} | CTO | Gap | Basis |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for c in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            md(&c.name),
            level(c.current),
            level(c.expected),
            level(c.target),
            level(c.target_cto),
            c.gap,
            c.basis
        );
    }
}

fn forecast(out: &mut String, r: &Report) {
    let f = &r.assessment.forecast;
    let _ = writeln!(out, "\n## {FORECAST}\n\n{}\n", md(&words::forecast(r)));
    if f.unavailable.is_some() {
        return;
    }
    let _ = writeln!(out, "| To | Most likely | Range (P10–P90) |\n|---|---|---|");
    for (role, q) in [
        ("VP Engineering", &f.years_to_vp_engineering),
        ("CTO", &f.years_to_cto),
    ] {
        let _ = writeln!(out, "| {role} | {} | {} |", median_years(q), range_years(q));
    }
    for s in &f.stages {
        let _ = writeln!(
            out,
            "| {} stage | {} | {} |",
            md(&r.names.stage(&s.stage)),
            median_years(&s.years),
            range_years(&s.years)
        );
    }
    for x in f.factors.iter().filter(|x| x.applied) {
        let _ = writeln!(out, "\n- ×{} pace: {}", x.multiplier, md(&x.why));
    }
    let _ = writeln!(out, "\n_{}_", md(&words::forecast_method(r)));
}

fn next_tours(out: &mut String, r: &Report) {
    let _ = writeln!(out, "\n## {NEXT_TOURS}\n");
    for (i, t) in r.plan.tours.iter().enumerate() {
        let _ = writeln!(
            out,
            "### Tour {}: {} ({}, {} months, check-ins every {} weeks)\n\n{}\n",
            i + 1,
            md(&t.title),
            r.names.tour(&t.tour).to_lowercase(),
            t.horizon_months,
            t.checkin_every_weeks,
            md(t.mission.trim())
        );
        for c in &t.success_criteria {
            let _ = writeln!(out, "1. {} — measured by: {}", md(&c.text), md(&c.measure));
        }
        if !t.why.is_empty() {
            let _ = writeln!(out, "\n**Why:** {}\n", md(&t.why.join("; ")));
        }
    }
    let _ = writeln!(out, "### Action plan\n");
    for (name, items) in horizons(r) {
        let _ = writeln!(out, "**{name}**\n");
        for it in items {
            let _ = writeln!(out, "- {} ({})", md(&it.text), md(&it.why));
        }
        out.push('\n');
    }
}

fn highlights(out: &mut String, r: &Report) {
    let _ = writeln!(out, "## {HIGHLIGHTS}\n");
    if r.highlights.is_empty() {
        let _ = writeln!(out, "{}", words::NO_HIGHLIGHTS);
    }
    for h in &r.highlights {
        let metric = h.metric.as_ref().map_or(String::new(), |m| {
            let delta = words::metric_delta(m).map_or(String::new(), |d| format!(", {d}"));
            format!(
                " — {}: {}{delta}",
                md(&m.name),
                md(&words::metric_change(m))
            )
        });
        let mut context: Vec<String> = h.position.iter().map(|p| md(p)).collect();
        context.extend(h.date.as_ref().map(words::short_date));
        let context = if context.is_empty() {
            String::new()
        } else {
            format!(" _({})_", context.join(", "))
        };
        let _ = writeln!(out, "- **{}**{metric}{context}", md(&h.text));
    }
}
