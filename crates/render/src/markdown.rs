//! Markdown documents.

use std::fmt::Write as _;

use ctopath_framework::{Framework, PathKind, YearRange};

fn years(r: &YearRange) -> String {
    match r.max {
        Some(max) => format!("{}–{}", r.min, max),
        None => format!("{}+", r.min),
    }
}

/// Escapes the characters that would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The framework as a Markdown document. `sections` limits the output to the named
/// sections (`ladder`, `tours`, `stages`, `competencies`, `paths`, `patterns`,
/// `signals`, `timeline`, `missions`, `plan`, `questions`, `playbooks`, `roles`);
/// empty means all.
pub fn framework(fw: &Framework, sections: &[String]) -> String {
    let wants = |s: &str| sections.is_empty() || sections.iter().any(|x| x == s);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n`{}` version {}\n", fw.name, fw.id, fw.version);
    if !fw.description.is_empty() {
        let _ = writeln!(out, "{}\n", fw.description);
    }
    if wants("ladder") {
        let _ = writeln!(out, "## Levels and titles\n");
        let mut header = String::from("| Level | Tour | Summary |");
        let mut rule = String::from("|---|---|---|");
        for r in &fw.routes {
            let _ = write!(header, " {} |", cell(&r.name));
            rule.push_str("---|");
        }
        let _ = writeln!(out, "{header}\n{rule}");
        for l in &fw.levels {
            let _ = write!(out, "| {} | {} | {} |", l.id, l.tour, cell(&l.summary));
            for r in &fw.routes {
                let title = r
                    .levels
                    .iter()
                    .find(|x| x.level == l.id)
                    .map(|x| x.title.as_str())
                    .unwrap_or("");
                let _ = write!(out, " {} |", cell(title));
            }
            out.push('\n');
        }
        for r in fw.routes.iter().filter(|r| !r.builds.is_empty()) {
            let _ = writeln!(
                out,
                "\n- **{}** builds {}",
                r.name,
                r.builds.trim_end_matches('.')
            );
        }
        out.push('\n');
        for t in &fw.transitions {
            let _ = writeln!(
                out,
                "**{} → {}:** {}\n",
                t.from_level, t.to_level, t.summary
            );
            for s in &t.shifts {
                let _ = writeln!(out, "- {s}");
            }
            out.push('\n');
        }
    }
    if wants("tours") {
        let _ = writeln!(out, "## Tours of duty\n");
        for t in &fw.tours {
            let _ = writeln!(
                out,
                "### {} ({})\n\n{}\n\nTypical horizon: {} years.\n",
                t.name,
                t.levels.join(", "),
                t.purpose,
                years(&t.horizon_years)
            );
            if !t.charter.is_empty() {
                let _ = writeln!(out, "A charter states: {}.\n", t.charter.join("; "));
            }
        }
    }
    if wants("stages") && !fw.stages.is_empty() {
        let _ = writeln!(out, "## Stages\n");
        for s in &fw.stages {
            let _ = writeln!(
                out,
                "### {}\n\n- Years: {}\n- Levels: {}\n- Coding: {}–{} %{}\n- Optimise for: {}\n- Milestone: {}\n- Common mistake: {}",
                s.name,
                years(&s.years),
                s.levels.join(", "),
                s.coding_share.min,
                s.coding_share.max,
                if s.coding_note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", s.coding_note)
                },
                s.optimize_for.join("; "),
                s.milestone,
                s.mistake
            );
            for h in &s.hands_on_by_size {
                let _ = writeln!(out, "- At about {} engineers: {}", h.engineers, h.practice);
            }
            for n in &s.notes {
                let _ = writeln!(out, "- {n}");
            }
            out.push('\n');
        }
    }
    if wants("competencies") {
        let _ = writeln!(out, "## Competencies\n");
        for g in &fw.competency_groups {
            let _ = writeln!(out, "### {}\n\n{}\n", g.name, g.description);
            for c in fw.competencies.iter().filter(|c| c.group == g.id) {
                let flag = if c.commonly_lacking {
                    " (commonly lacking)"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "#### {}{flag}\n\n{}\n\n| Level | What it looks like |\n|---|---|",
                    c.name, c.description
                );
                for (level, text) in &c.indicators {
                    let _ = writeln!(out, "| {level} | {} |", cell(text));
                }
                out.push('\n');
            }
        }
    }
    if wants("paths") && !fw.paths.is_empty() {
        let _ = writeln!(out, "## Paths\n");
        for p in &fw.paths {
            let kind = if p.kind == PathKind::Main {
                "main path"
            } else {
                "alternative path"
            };
            let _ = writeln!(out, "### {} ({kind})\n\n{}\n", p.name, p.summary);
            list(&mut out, "Pros", &p.pros);
            list(&mut out, "Cons", &p.cons);
            list(&mut out, "Fits when", &p.fits_when);
            list(&mut out, "Needs", &p.needs);
        }
    }
    if wants("patterns") && !fw.stall_patterns.is_empty() {
        let _ = writeln!(out, "## Stall patterns\n");
        for p in &fw.stall_patterns {
            let _ = writeln!(out, "### {}\n\n{}\n", p.name, p.description);
            list(&mut out, "Signs", &p.signs);
            let _ = writeln!(out, "**What to do:** {}\n", p.advice);
        }
    }
    if wants("signals") && !fw.signals.is_empty() {
        let _ = writeln!(out, "## On-track signals\n");
        for s in &fw.signals {
            let _ = writeln!(out, "- {}", s.description);
        }
        out.push('\n');
    }
    if wants("timeline")
        && let Some(t) = &fw.timeline
    {
        let _ = writeln!(
            out,
            "## Timeline\n\n| Setting | Years |\n|---|---|\n| Typical | {} |\n| High-growth startup, joined early | {} |\n| Enterprise | {} |\n",
            years(&t.typical),
            years(&t.startup),
            years(&t.enterprise)
        );
        for f in &t.accelerators {
            let _ = writeln!(out, "- Faster: {} (×{:.2})", f.description, f.multiplier);
        }
        for f in &t.decelerators {
            let _ = writeln!(out, "- Slower: {} (×{:.2})", f.description, f.multiplier);
        }
        out.push('\n');
        for p in &t.phases {
            let _ = writeln!(out, "### Years {}: {}\n", years(&p.years), p.name);
            list(&mut out, "Focus", &p.focus);
            list(&mut out, "Targets", &p.targets);
        }
    }
    if wants("missions") && !fw.missions.is_empty() {
        let _ = writeln!(out, "## Mission library\n");
        for m in &fw.missions {
            let _ = writeln!(
                out,
                "### {} ({} tour, {} months, check in every {} weeks)\n\n{}\n\n| Success criterion | Measure |\n|---|---|",
                m.title, m.tour, m.horizon_months, m.checkin_every_weeks, m.mission
            );
            for c in &m.success_criteria {
                let _ = writeln!(out, "| {} | {} |", cell(&c.text), cell(&c.measure));
            }
            out.push('\n');
            list(&mut out, "You gain", &m.person_gains);
            list(&mut out, "The company gains", &m.company_gains);
        }
    }
    if wants("plan") && !fw.action_plan.is_empty() {
        let _ = writeln!(out, "## Action plan templates\n");
        for h in &fw.action_plan {
            let steps: Vec<String> = h.steps.iter().map(|s| s.text.clone()).collect();
            list(&mut out, &h.name, &steps);
        }
    }
    if wants("questions") && !fw.questions.is_empty() {
        let _ = writeln!(
            out,
            "## Interview question bank\n\n| Kind | Question | Competencies |\n|---|---|---|"
        );
        for q in &fw.questions {
            let _ = writeln!(
                out,
                "| {:?} | {} | {} |",
                q.kind,
                cell(&q.text),
                q.competencies.join(", ")
            );
        }
        out.push('\n');
    }
    if wants("playbooks") && !fw.playbooks.is_empty() {
        let _ = writeln!(out, "## Playbooks\n");
        for p in &fw.playbooks {
            let _ = writeln!(out, "### {}\n\n{}\n", p.name, p.summary);
            for s in &p.steps {
                let extra = s
                    .share_pct
                    .map(|x| format!(" ({x} %)"))
                    .or(s.days.map(|d| format!(" ({d} days)")))
                    .unwrap_or_default();
                let _ = writeln!(out, "- **{}{extra}:** {}", s.name, s.text);
            }
            out.push('\n');
        }
    }
    if wants("roles") && !fw.roles.is_empty() {
        let _ = writeln!(out, "## Roles\n");
        for r in &fw.roles {
            let _ = writeln!(out, "### {}\n\n{}\n", r.name, r.focus);
            list(&mut out, "Owns", &r.owns);
            for c in &r.contrasts {
                let _ = writeln!(out, "- Versus `{}`: {}", c.with, c.difference);
            }
            out.push('\n');
        }
    }
    if !fw.notes.is_empty() {
        let _ = writeln!(out, "## Notes\n");
        for n in &fw.notes {
            let _ = writeln!(out, "- {n}");
        }
    }
    out
}

fn list(out: &mut String, label: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "**{label}:**\n");
    for i in items {
        let _ = writeln!(out, "- {i}");
    }
    out.push('\n');
}
