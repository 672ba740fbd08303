//! The assessment and the plan as Markdown: where the person stands and why, the gaps,
//! the stall patterns with advice, the forecast, the fit, and the next tours.

use std::fmt::Write as _;

use ctopath_engine::{Assessment, Evidence, Plan, Quantiles};

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// `L5` for a level number, `—` for 0 (no sign yet).
pub fn level_label(n: u32) -> String {
    if n == 0 {
        "—".to_string()
    } else {
        format!("L{n}")
    }
}

/// What a plan says when the framework's mission library proposes no tour.
pub const NO_TOURS: &str = "No tour of duty to propose: the framework's mission library (`missions`) has none for this level.";
/// What a plan says for a horizon the framework's `action_plan` leaves empty.
pub const NO_STEPS: &str = "Nothing for this horizon in the framework's `action_plan`.";

/// `8.5 years (6.9–11.2)`: the median and the P10–P90 range.
pub fn years_range(q: &Quantiles) -> String {
    if q.p90 == 0.0 {
        "already there".to_string()
    } else {
        format!("{:.1} years ({:.1}–{:.1})", q.p50, q.p10, q.p90)
    }
}

fn evidence_list(out: &mut String, evidence: &[Evidence]) {
    for e in evidence {
        let _ = writeln!(out, "- {} _(`{}`)_", e.text, e.source);
    }
}

/// The whole assessment as a Markdown document.
pub fn assessment(a: &Assessment) -> String {
    let mut out = String::new();
    let who = a.person.as_deref().unwrap_or("Your assessment");
    let _ = writeln!(out, "# {who}: {} {}\n", a.level.id, a.level.title);
    let _ = writeln!(
        out,
        "**Route** {} · **Tour** {} · **Stage** {} · **Experience** {:.1} years ({:.1} leading) · **Confidence** {}\n",
        a.route.replace('_', " "),
        a.tour,
        a.stage.replace('_', " "),
        a.years_experience,
        a.leadership_years,
        pct(a.level.confidence)
    );
    let next = a.readiness.next_level_id.as_deref().unwrap_or("the top");
    if a.readiness.next_level_id.is_some() {
        let _ = writeln!(
            out,
            "**Readiness** for {next}: {} · for CTO: {}\n",
            pct(a.readiness.next_level),
            pct(a.readiness.cto)
        );
    } else {
        let _ = writeln!(
            out,
            "**Readiness:** at the top of the ladder, there is no next level to be ready for.\n"
        );
    }
    let _ = writeln!(out, "## Why this level\n");
    evidence_list(&mut out, &a.level.evidence);
    evidence_list(&mut out, &a.route_evidence);

    if a.readiness.next_level_id.is_some() {
        let _ = writeln!(out, "\n## What would raise readiness most\n");
    }
    for l in &a.readiness.raise_next_level {
        let _ = writeln!(
            out,
            "- {} (+{:.0} points for {next})",
            l.text,
            l.gain * 100.0
        );
    }
    for l in a.readiness.raise_cto.iter().take(3) {
        let _ = writeln!(out, "- {} (+{:.0} points for CTO)", l.text, l.gain * 100.0);
    }

    let _ = writeln!(out, "\n## Competencies\n");
    let _ = writeln!(
        out,
        "| Competency | Current | Expected | Next level | CTO | Gap | Basis |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for c in &a.competencies {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&c.name),
            level_label(c.current),
            level_label(c.expected),
            level_label(c.target),
            level_label(c.target_cto),
            c.gap,
            c.basis
        );
    }

    let _ = writeln!(out, "\n## Stall patterns\n");
    if a.stall_patterns.is_empty() {
        let _ = if a.patterns_checked == 0 {
            writeln!(
                out,
                "The framework defines no stall patterns, so none was looked for."
            )
        } else {
            writeln!(out, "None of the stall patterns shows in the record.")
        };
    }
    for p in &a.stall_patterns {
        let _ = writeln!(out, "### {} ({:?})\n", p.name, p.severity);
        evidence_list(&mut out, &p.evidence);
        let _ = writeln!(out, "\n**Advice:** {}\n", p.advice.trim());
    }

    let _ = writeln!(out, "\n## Signals of being on track\n");
    if a.signals.is_empty() {
        let _ = writeln!(out, "The framework defines no on-track signals.");
    } else {
        let _ = writeln!(out, "| Signal | Status | Evidence |");
        let _ = writeln!(out, "|---|---|---|");
    }
    for s in &a.signals {
        let ev = s.evidence.first().map_or(String::new(), |e| e.text.clone());
        let _ = writeln!(
            out,
            "| {} | {:?} | {} |",
            cell(&s.description),
            s.status,
            cell(&ev)
        );
    }

    let f = &a.forecast;
    let _ = writeln!(out, "\n## Forecast\n");
    if let Some(why) = &f.unavailable {
        let _ = writeln!(out, "No forecast: {why}.");
    } else {
        forecast_lines(&mut out, f);
    }

    let _ = writeln!(out, "\n## Path fit\n");
    if a.path_fit.is_empty() {
        let _ = writeln!(out, "The framework defines no career paths.");
    }
    for p in &a.path_fit {
        let _ = writeln!(
            out,
            "- **{}** {}: {}",
            p.name,
            pct(p.score),
            p.why.join("; ")
        );
    }
    let r = &a.role_fit;
    let _ = writeln!(
        out,
        "\n## CTO or VP Engineering\n\nCTO {} · VP Engineering {} · leaning {}\n",
        pct(r.cto),
        pct(r.vp_engineering),
        r.leaning.replace('_', " ")
    );
    for w in r.why_cto.iter().chain(&r.why_vp_engineering) {
        let _ = writeln!(out, "- {w}");
    }
    out
}

fn forecast_lines(out: &mut String, f: &ctopath_engine::Forecast) {
    let _ = writeln!(
        out,
        "- To VP Engineering: {}\n- To CTO: {}\n- {} runs, seed {}, {} calibration",
        years_range(&f.years_to_vp_engineering),
        years_range(&f.years_to_cto),
        f.runs,
        f.seed,
        f.environment
    );
    for s in &f.stages {
        let _ = writeln!(
            out,
            "- {}: {}",
            s.stage.replace('_', " "),
            years_range(&s.years)
        );
    }
    for x in f.factors.iter().filter(|x| x.applied) {
        let _ = writeln!(
            out,
            "- factor {} ×{}: {}",
            x.id.replace('_', " "),
            x.multiplier,
            x.why
        );
    }
}

/// The plan in brief, for the end of an assessment: each next tour with its mission
/// and its first success criterion, and where the whole plan is.
pub fn plan_in_brief(p: &Plan) -> String {
    let mut out = String::from("\n## Your next tours of duty\n\n");
    if p.tours.is_empty() {
        let _ = writeln!(out, "{NO_TOURS}");
    }
    for (i, t) in p.tours.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** ({}, {} months, check in every {} weeks): {}",
            i + 1,
            t.title,
            t.tour,
            t.horizon_months,
            t.checkin_every_weeks,
            t.mission.trim()
        );
        if let Some(c) = t.success_criteria.first() {
            let _ = writeln!(out, "   - first success criterion: {}", c.measure);
        }
    }
    out.push_str(&plan_in_brief_ending(p));
    out
}

/// How a plan in brief ends, in Markdown and on a terminal alike: the first step of the
/// next three months, and where the whole plan is.
pub fn plan_in_brief_ending(p: &Plan) -> String {
    let mut out = String::new();
    if let Some(step) = p.action_plan.next_3_months.first() {
        let _ = writeln!(out, "\nIn the next three months: {}", step.text);
    }
    let _ = writeln!(
        out,
        "\nThe whole plan, with every success criterion and the 1-year and 2-3-year steps: `ctopath plan`."
    );
    out
}

/// The plan as a Markdown document.
pub fn plan(p: &Plan) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Plan from {} ({})\n",
        p.level,
        p.stage.replace('_', " ")
    );
    let _ = writeln!(out, "## Next tours of duty\n");
    if p.tours.is_empty() {
        let _ = writeln!(out, "{NO_TOURS}\n");
    }
    for (i, t) in p.tours.iter().enumerate() {
        let _ = writeln!(
            out,
            "### {}. {} ({}, {} months)\n",
            i + 1,
            t.title,
            t.tour,
            t.horizon_months
        );
        let _ = writeln!(out, "{}\n", t.mission.trim());
        let _ = writeln!(out, "**Why:** {}\n", t.why.join("; "));
        let _ = writeln!(out, "**Success criteria**\n");
        for c in &t.success_criteria {
            let _ = writeln!(out, "- {} — _measure:_ {}", c.text, c.measure);
        }
        let _ = writeln!(out, "\n**You gain:** {}  ", t.person_gains.join("; "));
        let _ = writeln!(
            out,
            "**The company gains:** {}  ",
            t.company_gains.join("; ")
        );
        let _ = writeln!(
            out,
            "**Check-ins:** every {} weeks\n",
            t.checkin_every_weeks
        );
    }
    let _ = writeln!(out, "## Action plan\n");
    for (name, items) in [
        ("Next 3 months", &p.action_plan.next_3_months),
        ("Next 6 to 12 months", &p.action_plan.next_6_to_12_months),
        ("Next 2 to 3 years", &p.action_plan.next_2_to_3_years),
    ] {
        let _ = writeln!(out, "### {name}\n");
        if items.is_empty() {
            let _ = writeln!(out, "{NO_STEPS}");
        }
        for it in items {
            let _ = writeln!(out, "- {} _({})_", it.text, it.why);
        }
        out.push('\n');
    }
    if !p.playbooks.is_empty() {
        let _ = writeln!(out, "## Playbooks\n");
        for pb in &p.playbooks {
            let _ = writeln!(out, "### {}\n\n{}\n", pb.name, pb.summary.trim());
            for (s, span) in pb.steps_with_days() {
                let when = span
                    .map(|(from, to)| format!(" (days {from}–{to})"))
                    .unwrap_or_default();
                let share = s.share_pct.map(|d| format!(" ({d}%)")).unwrap_or_default();
                let _ = writeln!(out, "- **{}**{when}{share}: {}", s.name, s.text.trim());
            }
            out.push('\n');
        }
    }
    out
}
