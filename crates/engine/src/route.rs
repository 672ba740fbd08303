//! The route (software or quality engineering) from the titles held and the routes the
//! person stated, weighted by time in each role and by how recent it is.

use crate::Engine;
use crate::career::Career;
use crate::model::Evidence;

/// Earlier roles count this much relative to the current ones.
const PAST_WEIGHT: f64 = 0.4;

pub struct Route {
    pub id: String,
    pub evidence: Vec<Evidence>,
}

pub fn infer(engine: &Engine<'_>, career: &Career<'_>) -> Route {
    let routes = &engine.framework.routes;
    let mut weight = vec![0.0_f64; routes.len()];
    let mut evidence = Vec::new();
    for p in &career.positions {
        let (route, source, how) = if let Some(r) = &p.position.route {
            (r.as_str(), format!("{}.route", p.evidence.path), "stated")
        } else if let Some(r) = p
            .evidence
            .title_match
            .as_ref()
            .and_then(|m| m.route.as_deref())
        {
            let field = if career.style_positions() == "work" {
                "position"
            } else {
                "title"
            };
            (r, format!("{}.{field}", p.evidence.path), "title")
        } else {
            continue;
        };
        let Some(i) = routes.iter().position(|r| r.id == route) else {
            continue;
        };
        let recency = if career.current.contains(&p.index) {
            1.0
        } else {
            PAST_WEIGHT
        };
        weight[i] += p.years.max(0.5) * recency;
        let text = match how {
            "stated" => format!("{} is stated as {}", p.label(), routes[i].name),
            _ => format!(
                "\"{}\" is a {} title",
                p.position.title.as_deref().unwrap_or_default(),
                routes[i].name
            ),
        };
        evidence.push(Evidence::new("route", text, source));
    }
    let best = weight
        .iter()
        .enumerate()
        .filter(|(_, w)| **w > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
        .unwrap_or(0);
    let id = routes.get(best).map(|r| r.id.clone()).unwrap_or_default();
    evidence.retain(|e| routes.get(best).is_some_and(|r| e.text.contains(&r.name)));
    if evidence.is_empty() {
        evidence.push(Evidence::new(
            "route",
            "no title or stated route points elsewhere, so the first route of the framework applies",
            career.style_positions(),
        ));
    }
    Route { id, evidence }
}
