//! Rule `duplicate-id`: ids are how everything else refers to an entry, so each
//! collection's ids must be unique (and non-empty).

use std::collections::HashMap;

use ctopath_source::FieldPath;

use super::{Problem, Rule, root};
use crate::Framework;

pub(super) fn check(fw: &Framework, out: &mut Vec<Problem>) {
    unique(
        out,
        "routes",
        "route",
        fw.routes.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "levels",
        "level",
        fw.levels.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "tours",
        "tour",
        fw.tours.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "stages",
        "stage",
        fw.stages.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "transitions",
        "transition",
        fw.transitions.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "skill_areas",
        "skill area",
        fw.skill_areas.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "competency_groups",
        "competency group",
        fw.competency_groups.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "competencies",
        "competency",
        fw.competencies.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "paths",
        "path",
        fw.paths.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "stall_patterns",
        "stall pattern",
        fw.stall_patterns.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "signals",
        "signal",
        fw.signals.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "missions",
        "mission",
        fw.missions.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "action_plan",
        "plan horizon",
        fw.action_plan.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "questions",
        "question",
        fw.questions.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "playbooks",
        "playbook",
        fw.playbooks.iter().map(|x| x.id.as_str()).collect(),
    );
    unique(
        out,
        "roles",
        "role",
        fw.roles.iter().map(|x| x.id.as_str()).collect(),
    );
    for (i, horizon) in fw.action_plan.iter().enumerate() {
        let path = root("action_plan").index(i).child("steps");
        unique_at(
            out,
            &path,
            "plan step",
            horizon.steps.iter().map(|s| s.id.as_str()).collect(),
        );
    }
    for (i, playbook) in fw.playbooks.iter().enumerate() {
        let path = root("playbooks").index(i).child("steps");
        unique_at(
            out,
            &path,
            "playbook step",
            playbook.steps.iter().map(|s| s.id.as_str()).collect(),
        );
    }
    if let Some(t) = &fw.timeline {
        // Accelerators and decelerators share one namespace: profiles name them by id.
        let mut factors = Vec::new();
        for (i, f) in t.accelerators.iter().enumerate() {
            factors.push((
                root("timeline").child("accelerators").index(i),
                f.id.as_str(),
            ));
        }
        for (i, f) in t.decelerators.iter().enumerate() {
            factors.push((
                root("timeline").child("decelerators").index(i),
                f.id.as_str(),
            ));
        }
        unique_paths(out, "timeline factor", factors);
        unique_at(
            out,
            &root("timeline").child("phases"),
            "timeline phase",
            t.phases.iter().map(|p| p.id.as_str()).collect(),
        );
    }
}

fn unique(out: &mut Vec<Problem>, field: &str, kind: &str, ids: Vec<&str>) {
    unique_at(out, &root(field), kind, ids);
}

fn unique_at(out: &mut Vec<Problem>, base: &FieldPath, kind: &str, ids: Vec<&str>) {
    let entries = ids
        .into_iter()
        .enumerate()
        .map(|(i, id)| (base.index(i), id))
        .collect();
    unique_paths(out, kind, entries);
}

fn unique_paths(out: &mut Vec<Problem>, kind: &str, entries: Vec<(FieldPath, &str)>) {
    let mut seen: HashMap<&str, FieldPath> = HashMap::new();
    for (item, id) in entries {
        let path = item.child("id");
        if id.trim().is_empty() {
            out.push(Problem::new(
                Rule::DuplicateId,
                path,
                format!("{kind} has an empty id"),
                "give every entry a short, stable id such as `system_design`",
            ));
            continue;
        }
        if let Some(first) = seen.get(id) {
            out.push(
                Problem::new(
                    Rule::DuplicateId,
                    path,
                    format!("duplicate {kind} id `{id}`"),
                    format!("each {kind} needs its own id; rename one of them"),
                )
                .related(first.clone()),
            );
        } else {
            seen.insert(id, path);
        }
    }
}
