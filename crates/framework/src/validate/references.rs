//! Rule `unknown-reference`: every id used to point at another entry must exist.

use std::collections::HashSet;

use ctopath_source::{FieldPath, edit_distance};

use super::ladder::list;
use super::{Problem, Rule, root};
use crate::Framework;

/// The ids of one collection, with its name for messages.
struct Known<'a> {
    kind: &'static str,
    ids: Vec<&'a str>,
    set: HashSet<&'a str>,
}

impl<'a> Known<'a> {
    fn new(kind: &'static str, ids: impl Iterator<Item = &'a str>) -> Self {
        let mut set = HashSet::new();
        // Duplicates are reported by the uniqueness rule; list each id once here.
        let ids: Vec<&str> = ids.filter(|id| set.insert(*id)).collect();
        Known { kind, ids, set }
    }

    /// Reports `id` at `path` unless it names an entry of this collection.
    fn check(&self, out: &mut Vec<Problem>, path: FieldPath, id: &str, from: &str) {
        if self.set.contains(id) {
            return;
        }
        let suggestion = closest(id, &self.ids)
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        out.push(Problem::new(
            Rule::UnknownReference,
            path,
            format!(
                "{from} refers to {} `{id}`, which is not defined",
                self.kind
            ),
            format!(
                "{suggestion}known {} ids: {}",
                self.kind,
                list(self.ids.iter().copied())
            ),
        ));
    }

    fn check_all(&self, out: &mut Vec<Problem>, base: FieldPath, ids: &[String], from: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.check(out, base.index(i), id, from);
        }
    }
}

pub(super) fn check(fw: &Framework, out: &mut Vec<Problem>) {
    let levels = Known::new("level", fw.levels.iter().map(|x| x.id.as_str()));
    let tours = Known::new("tour", fw.tours.iter().map(|x| x.id.as_str()));
    let stages = Known::new("stage", fw.stages.iter().map(|x| x.id.as_str()));
    let comps = Known::new("competency", fw.competencies.iter().map(|x| x.id.as_str()));
    let horizons = Known::new(
        "action-plan horizon",
        fw.action_plan.iter().map(|x| x.id.as_str()),
    );
    let groups = Known::new(
        "competency group",
        fw.competency_groups.iter().map(|x| x.id.as_str()),
    );
    let areas = Known::new("skill area", fw.skill_areas.iter().map(|x| x.id.as_str()));
    let roles = Known::new("role", fw.roles.iter().map(|x| x.id.as_str()));
    let routes = Known::new("route", fw.routes.iter().map(|x| x.id.as_str()));
    let patterns = Known::new(
        "stall pattern",
        fw.stall_patterns.iter().map(|x| x.id.as_str()),
    );

    for (i, s) in fw.stages.iter().enumerate() {
        let from = format!("stage `{}`", s.id);
        levels.check_all(
            out,
            root("stages").index(i).child("levels"),
            &s.levels,
            &from,
        );
    }
    for (i, t) in fw.transitions.iter().enumerate() {
        let p = root("transitions").index(i);
        let from = format!("transition `{}`", t.id);
        levels.check(out, p.child("from_level"), &t.from_level, &from);
        levels.check(out, p.child("to_level"), &t.to_level, &from);
    }
    for (i, c) in fw.competencies.iter().enumerate() {
        let p = root("competencies").index(i);
        let from = format!("competency `{}`", c.id);
        groups.check(out, p.child("group"), &c.group, &from);
        if let Some(area) = &c.skill_area {
            areas.check(out, p.child("skill_area"), area, &from);
        }
        for level in c.indicators.keys() {
            levels.check(out, p.child("indicators").child(level), level, &from);
        }
    }
    for (i, sp) in fw.stall_patterns.iter().enumerate() {
        let from = format!("stall pattern `{}`", sp.id);
        comps.check_all(
            out,
            root("stall_patterns").index(i).child("competencies"),
            &sp.competencies,
            &from,
        );
    }
    for (i, m) in fw.missions.iter().enumerate() {
        let p = root("missions").index(i);
        let from = format!("mission `{}`", m.id);
        tours.check(out, p.child("tour"), &m.tour, &from);
        stages.check_all(out, p.child("stages"), &m.stages, &from);
        routes.check_all(out, p.child("routes"), &m.routes, &from);
        comps.check_all(out, p.child("competencies"), &m.competencies, &from);
        patterns.check_all(out, p.child("stall_patterns"), &m.stall_patterns, &from);
    }
    for (i, h) in fw.action_plan.iter().enumerate() {
        for (j, step) in h.steps.iter().enumerate() {
            let from = format!("plan step `{}`", step.id);
            let p = root("action_plan").index(i).child("steps").index(j);
            comps.check_all(out, p.child("competencies"), &step.competencies, &from);
            stages.check_all(out, p.child("stages"), &step.stages, &from);
        }
    }
    for (i, q) in fw.questions.iter().enumerate() {
        let from = format!("question `{}`", q.id);
        comps.check_all(
            out,
            root("questions").index(i).child("competencies"),
            &q.competencies,
            &from,
        );
    }
    for (i, pb) in fw.playbooks.iter().enumerate() {
        let from = format!("playbook `{}`", pb.id);
        stages.check_all(
            out,
            root("playbooks").index(i).child("applies_to"),
            &pb.applies_to,
            &from,
        );
        if let Some(h) = &pb.horizon {
            horizons.check(out, root("playbooks").index(i).child("horizon"), h, &from);
        }
    }
    for (i, r) in fw.roles.iter().enumerate() {
        let p = root("roles").index(i);
        let from = format!("role `{}`", r.id);
        comps.check_all(out, p.child("fit_competencies"), &r.fit_competencies, &from);
        for (j, c) in r.contrasts.iter().enumerate() {
            roles.check(
                out,
                p.child("contrasts").index(j).child("with"),
                &c.with,
                &from,
            );
        }
    }
    if let Some(t) = &fw.timeline {
        for (i, d) in t.stage_durations.iter().enumerate() {
            let p = root("timeline")
                .child("stage_durations")
                .index(i)
                .child("stage");
            stages.check(out, p, &d.stage, "timeline stage duration");
        }
    }
    if let Some(lex) = &fw.title_lexicon {
        for (i, e) in lex.entries.iter().enumerate() {
            let p = root("title_lexicon").child("entries").index(i);
            let from = format!(
                "title entry `{}`",
                e.phrases.first().map(String::as_str).unwrap_or("?")
            );
            levels.check(out, p.child("level"), &e.level, &from);
            if let Some(route) = &e.route {
                routes.check(out, p.child("route"), route, &from);
            }
        }
        for (i, m) in lex.modifiers.iter().enumerate() {
            let p = root("title_lexicon").child("modifiers").index(i);
            let from = format!(
                "title modifier `{}`",
                m.phrases.first().map(String::as_str).unwrap_or("?")
            );
            for (field, level) in [("at_least", &m.at_least), ("at_most", &m.at_most)] {
                if let Some(level) = level {
                    levels.check(out, p.child(field), level, &from);
                }
            }
        }
        for (i, g) in lex.grades.iter().enumerate() {
            let p = root("title_lexicon").child("grades").index(i);
            let from = format!(
                "title grade `{}`",
                g.phrases.first().map(String::as_str).unwrap_or("?")
            );
            levels.check(out, p.child("level"), &g.level, &from);
        }
    }
    check_assessment(fw, &levels, out);
}

/// Every level the assessment rules name must be on the ladder.
fn check_assessment(fw: &Framework, levels: &Known, out: &mut Vec<Problem>) {
    let Some(rules) = &fw.assessment else { return };
    let base = root("assessment");
    let from = "assessment rules";
    for (i, r) in rules.scope_levels.iter().enumerate() {
        let p = base.child("scope_levels").index(i).child("level");
        levels.check(out, p, &r.level, from);
    }
    for (i, c) in rules.title_caps.iter().enumerate() {
        let p = base.child("title_caps").index(i).child("level");
        levels.check(out, p, &c.level, from);
    }
    for (i, y) in rules.untitled_levels.iter().enumerate() {
        let p = base.child("untitled_levels").index(i).child("level");
        levels.check(out, p, &y.level, from);
    }
    for level in rules.min_years.keys() {
        levels.check(out, base.child("min_years").child(level), level, from);
    }
    if let Some(level) = &rules.leadership_from {
        levels.check(out, base.child("leadership_from"), level, from);
    }
    if let Some(level) = &rules.tech_lead_cap {
        levels.check(out, base.child("tech_lead_cap"), level, from);
    }
}

/// The known id nearest to a misspelt one, if it is close enough to be a typo.
fn closest<'a>(id: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(id, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}
