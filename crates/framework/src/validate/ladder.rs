//! Rules `level-numbering`, `level-tour` and `route-titles`: the ladder must be
//! gap-free, every level must sit in exactly one tour, and every route must give
//! every level a title.

use std::collections::{HashMap, HashSet};

use super::{Problem, Rule, root};
use crate::Framework;

pub(super) fn check(fw: &Framework, out: &mut Vec<Problem>) {
    if fw.levels.is_empty() {
        out.push(Problem::new(
            Rule::Empty,
            root("levels"),
            "the framework has no levels",
            "add at least one level, e.g. `{ id: L1, number: 1, tour: ..., summary: ... }`",
        ));
        return;
    }
    numbering(fw, out);
    tours(fw, out);
    routes(fw, out);
}

fn numbering(fw: &Framework, out: &mut Vec<Problem>) {
    let mut by_number: Vec<(u32, usize)> = fw
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.number, i))
        .collect();
    by_number.sort();
    for (expected, (number, i)) in (1u32..).zip(by_number.iter().copied()) {
        if number != expected {
            let what = if number < expected {
                "repeats"
            } else {
                "skips"
            };
            out.push(Problem::new(
                Rule::LevelNumbering,
                root("levels").index(i).child("number"),
                format!("level numbers must run 1, 2, 3, … without gaps, but this level {what} to {number} where {expected} was expected"),
                "number the levels consecutively from 1",
            ));
            return; // one numbering error explains the rest
        }
    }
}

fn tours(fw: &Framework, out: &mut Vec<Problem>) {
    let tour_ids: HashSet<&str> = fw.tours.iter().map(|t| t.id.as_str()).collect();
    let level_ids: HashSet<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    // Which tours list each level.
    let mut listed_in: HashMap<&str, Vec<&str>> = HashMap::new();
    for (t, tour) in fw.tours.iter().enumerate() {
        for (j, level) in tour.levels.iter().enumerate() {
            if !level_ids.contains(level.as_str()) {
                out.push(Problem::new(
                    Rule::UnknownReference,
                    root("tours").index(t).child("levels").index(j),
                    format!(
                        "tour `{}` lists level `{level}`, which is not defined",
                        tour.id
                    ),
                    format!(
                        "use one of the level ids: {}",
                        list(fw.levels.iter().map(|l| l.id.as_str()))
                    ),
                ));
            }
            listed_in
                .entry(level.as_str())
                .or_default()
                .push(tour.id.as_str());
        }
    }
    for (i, level) in fw.levels.iter().enumerate() {
        let path = root("levels").index(i).child("tour");
        if !tour_ids.contains(level.tour.as_str()) {
            out.push(Problem::new(
                Rule::LevelTour,
                path,
                format!(
                    "level `{}` belongs to tour `{}`, which is not defined",
                    level.id, level.tour
                ),
                format!(
                    "use one of the tour ids: {}",
                    list(fw.tours.iter().map(|t| t.id.as_str()))
                ),
            ));
            continue;
        }
        let listing = listed_in
            .get(level.id.as_str())
            .cloned()
            .unwrap_or_default();
        match listing.as_slice() {
            [only] if *only == level.tour => {}
            [] => out.push(Problem::new(
                Rule::LevelTour,
                path,
                format!(
                    "level `{}` says it is in tour `{}`, but no tour lists it",
                    level.id, level.tour
                ),
                format!(
                    "add `{}` to the `levels` of tour `{}`",
                    level.id, level.tour
                ),
            )),
            [only] => out.push(Problem::new(
                Rule::LevelTour,
                path,
                format!(
                    "level `{}` says it is in tour `{}`, but tour `{only}` lists it",
                    level.id, level.tour
                ),
                "make the level's `tour` and the tour's `levels` agree",
            )),
            many => out.push(Problem::new(
                Rule::LevelTour,
                path,
                format!(
                    "level `{}` is listed in {} tours ({}); a level belongs to exactly one",
                    level.id,
                    many.len(),
                    many.join(", ")
                ),
                "remove the level from all tours but one",
            )),
        }
    }
}

fn routes(fw: &Framework, out: &mut Vec<Problem>) {
    if fw.routes.is_empty() {
        out.push(Problem::new(
            Rule::Empty,
            root("routes"),
            "the framework has no routes",
            "add at least one route with a title for every level",
        ));
    }
    for (r, route) in fw.routes.iter().enumerate() {
        let base = root("routes").index(r).child("levels");
        let mut titled: HashMap<&str, usize> = HashMap::new();
        for (j, entry) in route.levels.iter().enumerate() {
            let path = base.index(j);
            if !fw.levels.iter().any(|l| l.id == entry.level) {
                out.push(Problem::new(
                    Rule::UnknownReference,
                    path.child("level"),
                    format!(
                        "route `{}` titles level `{}`, which is not defined",
                        route.id, entry.level
                    ),
                    format!(
                        "use one of the level ids: {}",
                        list(fw.levels.iter().map(|l| l.id.as_str()))
                    ),
                ));
            } else if let Some(first) = titled.insert(entry.level.as_str(), j) {
                out.push(
                    Problem::new(
                        Rule::RouteTitles,
                        path.child("level"),
                        format!("route `{}` titles level `{}` twice", route.id, entry.level),
                        "keep one title per level",
                    )
                    .related(base.index(first).child("level")),
                );
            }
            if entry.title.trim().is_empty() {
                out.push(Problem::new(
                    Rule::RouteTitles,
                    path.child("title"),
                    format!(
                        "route `{}` gives level `{}` an empty title",
                        route.id, entry.level
                    ),
                    "write the job title people hold at this level on this route",
                ));
            }
        }
        let missing: Vec<&str> = fw
            .levels
            .iter()
            .map(|l| l.id.as_str())
            .filter(|id| !titled.contains_key(id))
            .collect();
        if !missing.is_empty() {
            out.push(Problem::new(
                Rule::RouteTitles,
                base,
                format!(
                    "route `{}` has no title for {}",
                    route.id,
                    list(missing.iter().copied())
                ),
                "every route needs a title for every level; add `{ level: …, title: … }` entries",
            ));
        }
    }
}

pub(super) fn list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<String> = ids.map(|id| format!("`{id}`")).collect();
    if ids.is_empty() {
        "(none defined)".to_string()
    } else {
        ids.join(", ")
    }
}
