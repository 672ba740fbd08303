//! Terminal views of an assessment, a forecast and a plan.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use ctopath_engine::{Assessment, Forecast, Plan};
use ctopath_render::assessment::{
    NO_STEPS, NO_TOURS, level_label, plan_in_brief_ending, years_range,
};

fn table(header: Vec<&str>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header);
    t
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

pub fn assessment(a: &Assessment) -> String {
    let mut out = String::new();
    let who = a.person.as_deref().unwrap_or("You");
    let _ = writeln!(
        out,
        "{who}: {} {} · {} route · confidence {}",
        a.level.id,
        a.level.title,
        a.route.replace('_', " "),
        pct(a.level.confidence)
    );
    let _ = writeln!(
        out,
        "tour {} · stage {} · {:.1} years of experience, {:.1} leading people",
        a.tour,
        a.stage.replace('_', " "),
        a.years_experience,
        a.leadership_years
    );
    match a.readiness.next_level_id.as_deref() {
        Some(next) => {
            let _ = writeln!(
                out,
                "readiness: {next} {} · CTO {}   (as of {})\n",
                pct(a.readiness.next_level),
                pct(a.readiness.cto),
                a.as_of
            );
        }
        // At the top of the ladder there is no next level to be ready for.
        None => {
            let _ = writeln!(
                out,
                "at the top of the ladder: readiness does not apply   (as of {})\n",
                a.as_of
            );
        }
    }
    let _ = writeln!(out, "Why this level:");
    for e in a.level.evidence.iter().chain(&a.route_evidence) {
        let _ = writeln!(out, "  • {}  [{}]", e.text, e.source);
    }
    if let Some(next) = a.readiness.next_level_id.as_deref() {
        let _ = writeln!(out, "\nWhat would raise readiness for {next} most:");
        for l in &a.readiness.raise_next_level {
            let _ = writeln!(out, "  • {} (+{:.0})", l.text, l.gain * 100.0);
        }
    }

    let mut t = table(vec![
        "Competency",
        "Current",
        "Expected",
        "Next",
        "CTO",
        "Gap",
        "Basis",
    ]);
    for c in &a.competencies {
        t.add_row(vec![
            c.name.clone(),
            level_label(c.current),
            level_label(c.expected),
            level_label(c.target),
            level_label(c.target_cto),
            c.gap.to_string(),
            c.basis.clone(),
        ]);
    }
    let _ = writeln!(out, "\n{t}");

    if a.patterns_checked == 0 {
        let _ = writeln!(
            out,
            "\nStall patterns: the framework defines none, so none was looked for."
        );
    } else if a.stall_patterns.is_empty() {
        let _ = writeln!(out, "\nStall patterns: none shows in the record.");
    } else {
        let _ = writeln!(out, "\nStall patterns:");
        for p in &a.stall_patterns {
            let _ = writeln!(out, "  ▲ {} ({:?})", p.name, p.severity);
            for e in &p.evidence {
                let _ = writeln!(out, "      – {}  [{}]", e.text, e.source);
            }
            let _ = writeln!(out, "      advice: {}", p.advice.trim());
        }
    }

    if a.signals.is_empty() {
        let _ = writeln!(out, "\nSignals: the framework defines no on-track signals.");
    }
    let mut t = table(vec!["Signal", "Status", "Evidence"]);
    for s in a.signals.iter() {
        let ev = s.evidence.first().map_or(String::new(), |e| e.text.clone());
        t.add_row(vec![
            s.id.replace('_', " "),
            format!("{:?}", s.status).to_lowercase(),
            ev,
        ]);
    }
    if !a.signals.is_empty() {
        let _ = writeln!(out, "\n{t}");
    }
    out.push_str(&forecast(&a.forecast));

    let mut t = table(vec!["Path", "Fit", "Why"]);
    for p in &a.path_fit {
        t.add_row(vec![p.name.clone(), pct(p.score), p.why.join("\n")]);
    }
    if a.path_fit.is_empty() {
        let _ = writeln!(out, "\nPath fit: the framework defines no career paths.");
    } else {
        let _ = writeln!(out, "\n{t}");
    }
    let r = &a.role_fit;
    let _ = writeln!(
        out,
        "\nRole fit: CTO {} · VP Engineering {} → leaning {}",
        pct(r.cto),
        pct(r.vp_engineering),
        r.leaning.replace('_', " ")
    );
    out
}

/// "1. Mentor an engineer — transformational tour, 18 months, check-in every 4 weeks".
fn tour_heading(i: usize, t: &ctopath_engine::ProposedTour) -> String {
    format!(
        "{}. {} — {} tour, {} months, check-in every {} weeks",
        i + 1,
        t.title,
        t.tour,
        t.horizon_months,
        t.checkin_every_weeks
    )
}

/// The plan in brief, for the end of an assessment.
pub fn plan_in_brief(p: &Plan) -> String {
    let mut out = String::from("\nYour next tours of duty:\n");
    if p.tours.is_empty() {
        let _ = writeln!(out, "  {NO_TOURS}");
    }
    for (i, t) in p.tours.iter().enumerate() {
        let _ = writeln!(out, "  {}", tour_heading(i, t));
        let _ = writeln!(out, "     mission: {}", t.mission.trim());
        if let Some(c) = t.success_criteria.first() {
            let _ = writeln!(out, "     first success criterion: {}", c.measure);
        }
    }
    out.push_str(&plan_in_brief_ending(p));
    out
}

pub fn forecast(f: &Forecast) -> String {
    let mut out = String::new();
    if let Some(why) = &f.unavailable {
        let _ = writeln!(out, "\nForecast: none; {why}.");
        return out;
    }
    let _ = writeln!(
        out,
        "\nForecast ({} runs, seed {}, {} calibration):",
        f.runs, f.seed, f.environment
    );
    let _ = writeln!(
        out,
        "  to VP Engineering: {}",
        years_range(&f.years_to_vp_engineering)
    );
    let _ = writeln!(out, "  to CTO:            {}", years_range(&f.years_to_cto));
    for s in &f.stages {
        let _ = writeln!(
            out,
            "    {:<24} {}",
            s.stage.replace('_', " "),
            years_range(&s.years)
        );
    }
    for x in &f.factors {
        let mark = if x.applied { "applied" } else { "not applied" };
        let _ = writeln!(
            out,
            "  ×{:<5} {:<24} {mark}: {}",
            x.multiplier,
            x.id.replace('_', " "),
            x.why
        );
    }
    out
}

pub fn plan(p: &Plan) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Plan from {} ({})\n",
        p.level,
        p.stage.replace('_', " ")
    );
    if p.tours.is_empty() {
        let _ = writeln!(out, "{NO_TOURS}\n");
    }
    for (i, t) in p.tours.iter().enumerate() {
        let _ = writeln!(out, "{}", tour_heading(i, t));
        let _ = writeln!(out, "   mission: {}", t.mission.trim());
        let _ = writeln!(out, "   why: {}", t.why.join("; "));
        for c in &t.success_criteria {
            let _ = writeln!(out, "   ✓ {}\n       measure: {}", c.text, c.measure);
        }
        let _ = writeln!(out, "   you gain: {}", t.person_gains.join("; "));
        let _ = writeln!(
            out,
            "   the company gains: {}\n",
            t.company_gains.join("; ")
        );
    }
    for (name, items) in [
        ("Next 3 months", &p.action_plan.next_3_months),
        ("Next 6 to 12 months", &p.action_plan.next_6_to_12_months),
        ("Next 2 to 3 years", &p.action_plan.next_2_to_3_years),
    ] {
        let _ = writeln!(out, "{name}:");
        if items.is_empty() {
            let _ = writeln!(out, "  {NO_STEPS}");
        }
        for it in items {
            let _ = writeln!(out, "  • {}  ({})", it.text, it.why);
        }
    }
    for pb in &p.playbooks {
        let _ = writeln!(out, "\nPlaybook: {} — {}", pb.name, pb.summary.trim());
        for s in &pb.steps {
            let _ = writeln!(out, "  • {}: {}", s.name, s.text.trim());
        }
    }
    out
}
