//! The framework's names for the ids an assessment speaks in, taken once so the
//! renderers need no framework of their own.

use std::collections::HashMap;

use ctopath_framework::Framework;

/// Names of levels (on the person's route), stages, routes, tours and competencies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    level_titles: HashMap<String, String>,
    stages: HashMap<String, String>,
    routes: HashMap<String, String>,
    tours: HashMap<String, String>,
    competencies: HashMap<String, String>,
    patterns: HashMap<String, String>,
}

impl Names {
    /// The names `framework` gives, with level titles from `route` (or the first route
    /// when that one is unknown).
    pub fn new(framework: &Framework, route: &str) -> Names {
        let chosen = framework
            .routes
            .iter()
            .find(|r| r.id == route)
            .or(framework.routes.first());
        let pairs = |items: Vec<(&String, &String)>| -> HashMap<String, String> {
            items
                .into_iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        };
        Names {
            level_titles: chosen.map_or_else(HashMap::new, |r| {
                pairs(r.levels.iter().map(|l| (&l.level, &l.title)).collect())
            }),
            stages: pairs(framework.stages.iter().map(|s| (&s.id, &s.name)).collect()),
            routes: pairs(framework.routes.iter().map(|r| (&r.id, &r.name)).collect()),
            tours: pairs(framework.tours.iter().map(|t| (&t.id, &t.name)).collect()),
            competencies: pairs(
                framework
                    .competencies
                    .iter()
                    .map(|c| (&c.id, &c.name))
                    .collect(),
            ),
            patterns: pairs(
                framework
                    .stall_patterns
                    .iter()
                    .map(|p| (&p.id, &p.name))
                    .collect(),
            ),
        }
    }

    /// "VP of Engineering" for `L8`, or the id when the route has no title for it.
    pub fn level_title(&self, id: &str) -> String {
        lookup(&self.level_titles, id)
    }

    /// "L8 VP of Engineering", or "L8" alone when there is no title.
    pub fn level(&self, id: &str) -> String {
        match self.level_titles.get(id) {
            Some(title) if title != id => format!("{id} {title}"),
            _ => id.to_string(),
        }
    }

    pub fn stage(&self, id: &str) -> String {
        lookup(&self.stages, id)
    }

    pub fn route(&self, id: &str) -> String {
        lookup(&self.routes, id)
    }

    pub fn tour(&self, id: &str) -> String {
        lookup(&self.tours, id)
    }

    pub fn competency(&self, id: &str) -> String {
        lookup(&self.competencies, id)
    }

    pub fn pattern(&self, id: &str) -> String {
        lookup(&self.patterns, id)
    }
}

/// The name for `id`, or the id made readable (`manager_director` → `manager director`)
/// when the framework does not name it.
fn lookup(map: &HashMap<String, String>, id: &str) -> String {
    map.get(id).cloned().unwrap_or_else(|| id.replace('_', " "))
}
