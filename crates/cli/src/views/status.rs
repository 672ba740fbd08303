//! `ctopath status` on a terminal: everything on one screen, most urgent first.

use std::fmt::Write as _;

use crate::commands::status::Status;
use crate::views::tour::checkin_line;

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

pub fn screen(s: &Status) -> String {
    let mut out = String::new();
    let a = &s.assessment.now;
    let readiness = match a.next_level.as_deref() {
        Some(next) => format!(
            "readiness {next} {} · CTO {}",
            pct(a.readiness_next),
            pct(a.readiness_cto)
        ),
        None => "at the top of the ladder".to_string(),
    };
    let _ = writeln!(
        out,
        "{} · {} {} · {readiness} · as of {}",
        s.person, a.level, a.title, s.as_of
    );
    match &s.active_tour {
        None => {
            let _ = writeln!(
                out,
                "\nNo tour of duty under way. `ctopath plan` proposes one; `ctopath tour start` commits to it."
            );
        }
        Some(v) => {
            let t = v.tour;
            let _ = writeln!(out, "\nTour: {}  [{}]", t.name(), t.id);
            let mut facts = vec![format!(
                "health {}",
                v.health.id().replace('_', " ").to_uppercase()
            )];
            if let Some(start) = t.start {
                facts.push(format!("since {start}"));
            }
            if let Some(end) = v.planned_end {
                facts.push(format!("planned end {end}"));
            }
            if let Some(sponsor) = &t.sponsor {
                facts.push(format!("sponsor {sponsor}"));
            }
            facts.push(format!("{} check-ins", t.checkins.len()));
            let _ = writeln!(out, "  {}", facts.join(" · "));
            match &s.checkin {
                Some(c) => {
                    let _ = writeln!(out, "  next check-in: {}", checkin_line(c));
                }
                None => {
                    let _ = writeln!(out, "  no check-in cadence set");
                }
            }
        }
    }
    if !s.criteria_at_risk.is_empty() {
        let _ = writeln!(out, "\nCriteria at risk:");
        for c in &s.criteria_at_risk {
            let status = c.status.map_or("", |x| x.id()).replace('_', " ");
            let note = c.note.map(|n| format!(": {n}")).unwrap_or_default();
            let _ = writeln!(out, "  {}. {} — {status}{note}", c.number, c.text);
        }
    }
    if let Some(step) = &s.next_step {
        let _ = writeln!(
            out,
            "\nNext step: {}\n  why: {}",
            step.text.trim(),
            step.why
        );
    }
    match &s.assessment.change {
        None => {
            let _ = writeln!(
                out,
                "\nNo snapshot yet to compare with: `ctopath assess` takes one."
            );
        }
        Some(change) => {
            let lines = change.lines(a);
            if lines.is_empty() {
                let _ = writeln!(out, "\nSince {}: nothing moved.", change.since);
            } else {
                let _ = writeln!(out, "\nSince {}:", change.since);
                for l in lines {
                    let _ = writeln!(out, "  {l}");
                }
            }
        }
    }
    let p = &s.portfolio;
    let _ = write!(
        out,
        "\nPortfolio: {} outcomes, {} tours completed, {} abandoned",
        p.outcomes, p.tours_completed, p.tours_abandoned
    );
    if p.without_number > 0 {
        let _ = write!(
            out,
            "; {} without a number → `ctopath portfolio review`",
            p.without_number
        );
    }
    out.push('\n');
    out
}
