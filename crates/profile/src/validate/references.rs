//! Rules `unknown-reference` and `duplicate-id`: ids must name something, once.

use std::collections::HashMap;

use ctopath_framework::Framework;
use ctopath_source::{FieldPath, edit_distance};

use super::{Problem, Rule, root};
use crate::Profile;

/// The ids one collection defines, with what they are called in messages.
struct Ids<'a> {
    kind: &'static str,
    /// Where the ids are defined, so the help can say where to add one.
    defined_in: &'static str,
    /// A framework defines tens of ids and a profile refers to a few: looking along
    /// the list is cheaper than hashing the ids into a set for every profile.
    ids: Vec<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(
        kind: &'static str,
        defined_in: &'static str,
        ids: impl Iterator<Item = &'a str>,
    ) -> Self {
        Ids {
            kind,
            defined_in,
            ids: ids.collect(),
        }
    }

    fn check(&self, out: &mut Vec<Problem>, at: FieldPath, id: &str) {
        if self.ids.contains(&id) {
            return;
        }
        let help = match nearest(id, &self.ids) {
            Some(near) => format!("did you mean `{near}`?"),
            None if self.ids.is_empty() => {
                format!("{} defines no {} ids", self.defined_in, self.kind)
            }
            None => format!("known {} ids: {}", self.kind, quoted(&self.ids)),
        };
        out.push(Problem::new(
            Rule::UnknownReference,
            at,
            format!("unknown {} `{id}`", self.kind),
            help,
        ));
    }
}

pub(super) fn check(profile: &Profile, fw: &Framework, out: &mut Vec<Problem>) {
    let competencies = Ids::new(
        "competency",
        "the framework",
        fw.competencies.iter().map(|c| c.id.as_str()),
    );
    let levels = Ids::new(
        "level",
        "the framework",
        fw.levels.iter().map(|l| l.id.as_str()),
    );
    let routes = Ids::new(
        "route",
        "the framework",
        fw.routes.iter().map(|r| r.id.as_str()),
    );
    let paths = Ids::new(
        "career path",
        "the framework",
        fw.paths.iter().map(|p| p.id.as_str()),
    );
    let signals = Ids::new(
        "signal",
        "the framework",
        fw.signals.iter().map(|s| s.id.as_str()),
    );
    let positions = Ids::new(
        "position",
        "the profile",
        profile.positions.iter().map(|p| p.id.as_str()),
    );
    let tours = Ids::new(
        "tour",
        "the profile",
        profile.tours.iter().map(|t| t.id.as_str()),
    );

    unique(
        out,
        "positions",
        profile.positions.iter().map(|p| p.id.as_str()),
    );
    unique(
        out,
        "achievements",
        profile.achievements.iter().map(|a| a.id.as_str()),
    );
    unique(out, "tours", profile.tours.iter().map(|t| t.id.as_str()));

    if let Some(path) = profile
        .goal
        .as_ref()
        .and_then(|g| g.preferred_path.as_deref())
    {
        paths.check(out, root("goal").child("preferred_path"), path);
    }
    for (i, p) in profile.positions.iter().enumerate() {
        if let Some(route) = &p.route {
            routes.check(out, root("positions").index(i).child("route"), route);
        }
    }
    for (i, r) in profile.ratings.iter().enumerate() {
        let at = root("ratings").index(i);
        competencies.check(out, at.child("competency"), &r.competency);
        levels.check(out, at.child("level"), &r.level);
    }
    for (i, a) in profile.achievements.iter().enumerate() {
        let at = root("achievements").index(i);
        for (j, c) in a.competencies.iter().enumerate() {
            competencies.check(out, at.child("competencies").index(j), c);
        }
        if let Some(p) = &a.position {
            positions.check(out, at.child("position"), p);
        }
        if let Some(t) = &a.tour {
            tours.check(out, at.child("tour"), t);
        }
    }
    let missions = Ids::new(
        "mission",
        "the framework",
        fw.missions.iter().map(|m| m.id.as_str()),
    );
    let tour_kinds = Ids::new(
        "tour kind",
        "the framework",
        fw.tours.iter().map(|t| t.id.as_str()),
    );
    for (i, t) in profile.tours.iter().enumerate() {
        let at = root("tours").index(i);
        if let Some(m) = &t.mission_id {
            missions.check(out, at.child("mission_id"), m);
        }
        if let Some(k) = &t.tour {
            tour_kinds.check(out, at.child("tour"), k);
        }
        for (j, c) in t.competencies.iter().enumerate() {
            competencies.check(out, at.child("competencies").index(j), c);
        }
    }
    for id in profile.signals.keys() {
        signals.check(out, root("signals").child(id), id);
    }
}

/// Reports every id that an earlier entry of the same list already uses.
fn unique<'a>(out: &mut Vec<Problem>, list: &str, ids: impl Iterator<Item = &'a str>) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            continue;
        }
        if let Some(&j) = first.get(id) {
            out.push(
                Problem::new(
                    Rule::DuplicateId,
                    root(list).index(i).child("id"),
                    format!("`{id}` is already the id of {list}[{j}]"),
                    "give each entry its own id (or leave `id` out to have one generated)",
                )
                .related(root(list).index(j).child("id")),
            );
        } else {
            first.insert(id, i);
        }
    }
}

/// The known id a mistyped one most likely meant: same letters ignoring case and
/// separators, or within a couple of edits.
fn nearest<'a>(id: &str, known: &[&'a str]) -> Option<&'a str> {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squash(id);
    if let Some(same) = known.iter().find(|k| squash(k) == wanted) {
        return Some(same);
    }
    let allowed = (id.chars().count() / 3).clamp(1, 3);
    known
        .iter()
        .map(|k| (edit_distance(&wanted, &squash(k)), *k))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn quoted(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_ids_only() {
        let known = ["system_design", "hiring", "L10", "L1"];
        assert_eq!(nearest("sytem_design", &known), Some("system_design"));
        assert_eq!(nearest("System-Design", &known), Some("system_design"));
        assert_eq!(nearest("l10", &known), Some("L10"));
        assert_eq!(nearest("budgeting", &known), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("nwo", "now"), 1);
    }
}
