//! `framework show --format table`: the framework as a set of terminal tables.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use ctopath_framework::{Framework, YearRange};

use crate::cli::Section;

fn table(header: Vec<&str>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header);
    if let Some((w, _)) = terminal_width() {
        t.set_width(w);
    }
    t
}

fn terminal_width() -> Option<(u16, u16)> {
    std::env::var("COLUMNS").ok()?.parse().ok().map(|w| (w, 0))
}

fn years(r: &YearRange) -> String {
    match r.max {
        Some(max) => format!("{}–{}", r.min, max),
        None => format!("{}+", r.min),
    }
}

fn heading(out: &mut String, title: &str) {
    out.push_str(&format!(
        "\n{title}\n{}\n",
        "═".repeat(title.chars().count())
    ));
}

pub fn tables(fw: &Framework, only: &[Section]) -> String {
    let wants = |s: Section| only.is_empty() || only.contains(&s);
    let mut out = format!("{} ({} {})\n", fw.name, fw.id, fw.version);
    if !fw.description.is_empty() {
        out.push_str(&format!("{}\n", fw.description));
    }
    if wants(Section::Ladder) {
        heading(&mut out, "Levels and titles");
        let mut header = vec!["Level", "Tour"];
        header.extend(fw.routes.iter().map(|r| r.name.as_str()));
        let mut t = table(header);
        for level in &fw.levels {
            let mut row = vec![level.id.clone(), level.tour.clone()];
            for route in &fw.routes {
                let title = route.levels.iter().find(|x| x.level == level.id);
                row.push(title.map(|x| x.title.clone()).unwrap_or_default());
            }
            t.add_row(row);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Tours) {
        heading(&mut out, "Tours of duty");
        let mut t = table(vec!["Tour", "Levels", "Horizon (years)", "Purpose"]);
        for tour in &fw.tours {
            t.add_row(vec![
                tour.name.clone(),
                tour.levels.join(", "),
                years(&tour.horizon_years),
                tour.purpose.clone(),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Stages) && !fw.stages.is_empty() {
        heading(&mut out, "Stages");
        let mut t = table(vec![
            "Stage",
            "Years",
            "Levels",
            "Coding",
            "Optimise for",
            "Milestone",
            "Common mistake",
        ]);
        for s in &fw.stages {
            t.add_row(vec![
                s.name.clone(),
                years(&s.years),
                s.levels.join(", "),
                format!("{}–{} %", s.coding_share.min, s.coding_share.max),
                s.optimize_for
                    .iter()
                    .map(|x| format!("• {x}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                s.milestone.clone(),
                s.mistake.clone(),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Competencies) {
        heading(&mut out, "Competencies");
        let mut t = table(vec![
            "Competency",
            "Group",
            "Skill area",
            "Levels",
            "Description",
        ]);
        for c in &fw.competencies {
            let name = if c.commonly_lacking {
                format!("{} ⚑", c.name)
            } else {
                c.name.clone()
            };
            let levels = match (c.indicators.keys().next(), c.indicators.keys().last()) {
                (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
                (Some(a), _) => a.clone(),
                _ => String::new(),
            };
            t.add_row(vec![
                name,
                c.group.clone(),
                c.skill_area.clone().unwrap_or_default(),
                levels,
                c.description.clone(),
            ]);
        }
        out.push_str(&format!("{t}\n⚑ commonly lacking on the way up\n"));
    }
    if wants(Section::Paths) && !fw.paths.is_empty() {
        heading(&mut out, "Paths");
        let mut t = table(vec!["Path", "Pros", "Cons"]);
        for p in &fw.paths {
            let kind = match p.kind {
                ctopath_framework::PathKind::Main => "main path",
                ctopath_framework::PathKind::Alternative => "alternative",
            };
            t.add_row(vec![
                format!("{}\n({kind})", p.name),
                bullets(&p.pros),
                bullets(&p.cons),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Patterns) && !fw.stall_patterns.is_empty() {
        heading(&mut out, "Stall patterns");
        let mut t = table(vec!["Pattern", "What it looks like", "What to do"]);
        for p in &fw.stall_patterns {
            t.add_row(vec![p.name.clone(), bullets(&p.signs), p.advice.clone()]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Signals) && !fw.signals.is_empty() {
        heading(&mut out, "On-track signals");
        for s in &fw.signals {
            out.push_str(&format!("  • {}\n", s.description));
        }
    }
    if wants(Section::Timeline)
        && let Some(tl) = &fw.timeline
    {
        heading(&mut out, "Timeline to the top role");
        let mut t = table(vec!["Setting", "Years"]);
        t.add_row(vec!["Typical".to_string(), years(&tl.typical)]);
        t.add_row(vec![
            "High-growth startup, joined early".to_string(),
            years(&tl.startup),
        ]);
        t.add_row(vec!["Enterprise".to_string(), years(&tl.enterprise)]);
        out.push_str(&format!("{t}\n"));
        let factors = |label: &str, fs: &[ctopath_framework::TimelineFactor]| {
            fs.iter()
                .map(|f| format!("  {label} {} (×{:.2})\n", f.description, f.multiplier))
                .collect::<String>()
        };
        out.push_str(&factors("▲ faster:", &tl.accelerators));
        out.push_str(&factors("▼ slower:", &tl.decelerators));
    }
    if wants(Section::Missions) && !fw.missions.is_empty() {
        heading(&mut out, "Mission library");
        let mut t = table(vec![
            "Mission",
            "Tour",
            "Stages",
            "Months",
            "Success criteria",
        ]);
        for m in &fw.missions {
            let criteria = m
                .success_criteria
                .iter()
                .map(|c| format!("• {} — {}", c.text, c.measure))
                .collect::<Vec<_>>()
                .join("\n");
            t.add_row(vec![
                m.title.clone(),
                m.tour.clone(),
                m.stages.join(", "),
                m.horizon_months.to_string(),
                criteria,
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Plan) && !fw.action_plan.is_empty() {
        heading(&mut out, "Action plan templates");
        for h in &fw.action_plan {
            out.push_str(&format!("  {}\n", h.name));
            for s in &h.steps {
                out.push_str(&format!("    • {}\n", s.text));
            }
        }
    }
    if wants(Section::Questions) && !fw.questions.is_empty() {
        heading(&mut out, "Interview question bank");
        let mut t = table(vec!["Kind", "Question", "Competencies"]);
        for q in &fw.questions {
            t.add_row(vec![
                format!("{:?}", q.kind).to_lowercase(),
                q.text.clone(),
                q.competencies.join(", "),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if wants(Section::Playbooks) && !fw.playbooks.is_empty() {
        heading(&mut out, "Playbooks for the top role");
        for p in &fw.playbooks {
            out.push_str(&format!("  {} — {}\n", p.name, p.summary));
            for s in &p.steps {
                let share = s
                    .share_pct
                    .map(|x| format!(" [{x} %]"))
                    .or(s.days.map(|d| format!(" [{d} days]")))
                    .unwrap_or_default();
                out.push_str(&format!("    • {}{share}: {}\n", s.name, s.text));
            }
        }
    }
    if wants(Section::Roles) && !fw.roles.is_empty() {
        heading(&mut out, "Roles");
        let mut t = table(vec!["Role", "Focus", "Owns"]);
        for r in &fw.roles {
            t.add_row(vec![r.name.clone(), r.focus.clone(), bullets(&r.owns)]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if !fw.notes.is_empty() {
        heading(&mut out, "Notes");
        for n in &fw.notes {
            out.push_str(&format!("  • {n}\n"));
        }
    }
    out
}

fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|x| format!("• {x}"))
        .collect::<Vec<_>>()
        .join("\n")
}
