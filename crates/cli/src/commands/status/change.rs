//! What moved between two assessments: the level, readiness, stall patterns and
//! competency levels.
//!
//! Snapshots in the store hold assessments as JSON written by whichever ctopath took
//! them, so a summary is read field by field from JSON rather than decoded whole: an
//! older snapshot with fewer fields still compares on what it has.

use ctopath_engine::Assessment;
use ctopath_store::Snapshot;
use serde::Serialize;
use serde_json::Value;

/// The parts of an assessment people follow over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// When the assessment was made: its `as_of`, or the snapshot's time.
    pub when: String,
    pub level: String,
    pub title: String,
    pub next_level: Option<String>,
    pub readiness_next: f64,
    pub readiness_cto: f64,
    pub patterns: Vec<Pattern>,
    #[serde(skip)]
    competencies: Vec<(String, String, u64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pattern {
    pub id: String,
    pub name: String,
    pub severity: String,
}

impl Summary {
    pub fn of(a: &Assessment) -> Summary {
        let value = serde_json::to_value(a).expect("an assessment always serialises");
        Summary::read(&value, a.as_of.clone())
    }

    /// `None` when the snapshot holds no level to compare.
    pub fn of_snapshot(s: &Snapshot) -> Option<Summary> {
        // "2026-03-01T10:04:05.123Z" reads as "2026-03-01 10:04".
        let when = s
            .created_at
            .get(..16)
            .unwrap_or(&s.created_at)
            .replace('T', " ");
        let mut summary = Summary::read(&s.assessment, when);
        if summary.level.is_empty() {
            summary.level = s.level.clone()?;
        }
        summary.readiness_cto = s.readiness_cto.unwrap_or(summary.readiness_cto);
        Some(summary)
    }

    fn read(v: &Value, when: String) -> Summary {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let patterns = v["stall_patterns"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| Pattern {
                id: text(&p["id"]),
                name: text(&p["name"]),
                severity: text(&p["severity"]),
            })
            .collect();
        let competencies = v["competencies"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                (
                    text(&c["id"]),
                    text(&c["name"]),
                    c["current"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        Summary {
            when,
            level: text(&v["level"]["id"]),
            title: text(&v["level"]["title"]),
            next_level: v["readiness"]["next_level_id"].as_str().map(str::to_string),
            readiness_next: v["readiness"]["next_level"].as_f64().unwrap_or(0.0),
            readiness_cto: v["readiness"]["cto"].as_f64().unwrap_or(0.0),
            patterns,
            competencies,
        }
    }

    /// The same level, readiness and patterns: nothing a person would call a change.
    pub fn same_as(&self, other: &Summary) -> bool {
        Change::between(self, other).is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moved<T> {
    pub from: T,
    pub to: T,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompetencyMove {
    pub id: String,
    pub name: String,
    pub from: u64,
    pub to: u64,
}

/// The difference between an earlier and a later assessment; fields that did not
/// move are left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// When the earlier assessment was made.
    pub since: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Moved<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_next: Option<Moved<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_cto: Option<Moved<f64>>,
    pub patterns_new: Vec<Pattern>,
    pub patterns_cleared: Vec<Pattern>,
    pub competencies: Vec<CompetencyMove>,
}

/// Readiness moves smaller than half a percentage point are rounding, not change.
const READINESS_STEP: f64 = 0.005;

impl Change {
    pub fn between(before: &Summary, after: &Summary) -> Change {
        let moved = |a: f64, b: f64| (a - b).abs() >= READINESS_STEP;
        let has = |list: &[Pattern], p: &Pattern| list.iter().any(|q| q.id == p.id);
        Change {
            since: before.when.clone(),
            level: (before.level != after.level).then(|| Moved {
                from: before.level.clone(),
                to: after.level.clone(),
            }),
            readiness_next: moved(before.readiness_next, after.readiness_next).then_some(Moved {
                from: before.readiness_next,
                to: after.readiness_next,
            }),
            readiness_cto: moved(before.readiness_cto, after.readiness_cto).then_some(Moved {
                from: before.readiness_cto,
                to: after.readiness_cto,
            }),
            patterns_new: after
                .patterns
                .iter()
                .filter(|p| !has(&before.patterns, p))
                .cloned()
                .collect(),
            patterns_cleared: before
                .patterns
                .iter()
                .filter(|p| !has(&after.patterns, p))
                .cloned()
                .collect(),
            competencies: after
                .competencies
                .iter()
                .filter_map(|(id, name, to)| {
                    let (_, _, from) = before.competencies.iter().find(|(b, _, _)| b == id)?;
                    (from != to).then(|| CompetencyMove {
                        id: id.clone(),
                        name: name.clone(),
                        from: *from,
                        to: *to,
                    })
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.level.is_none()
            && self.readiness_next.is_none()
            && self.readiness_cto.is_none()
            && self.patterns_new.is_empty()
            && self.patterns_cleared.is_empty()
            && self.competencies.is_empty()
    }

    /// One line per move, for terminal views.
    pub fn lines(&self, after: &Summary) -> Vec<String> {
        let pct = |x: f64| format!("{:.0}%", x * 100.0);
        let points = |m: &Moved<f64>| format!("{:+.0}", (m.to - m.from) * 100.0);
        let mut out = Vec::new();
        if let Some(m) = &self.level {
            out.push(format!("level {} → {} ({})", m.from, m.to, after.title));
        }
        if let Some(m) = &self.readiness_next {
            let next = after.next_level.as_deref().unwrap_or("the next level");
            out.push(format!(
                "readiness for {next}: {} → {} ({})",
                pct(m.from),
                pct(m.to),
                points(m)
            ));
        }
        if let Some(m) = &self.readiness_cto {
            out.push(format!(
                "readiness for CTO: {} → {} ({})",
                pct(m.from),
                pct(m.to),
                points(m)
            ));
        }
        for p in &self.patterns_cleared {
            out.push(format!("stall pattern cleared: {}", p.name));
        }
        for p in &self.patterns_new {
            out.push(format!(
                "stall pattern now showing: {} ({})",
                p.name, p.severity
            ));
        }
        for c in &self.competencies {
            out.push(format!("{}: L{} → L{}", c.name, c.from, c.to));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn summary(level: &str, next: f64, patterns: &[&str], system_design: u64) -> Summary {
        let v = json!({
            "level": {"id": level, "title": "Tech Lead"},
            "readiness": {"next_level": next, "cto": 0.2, "next_level_id": "L5"},
            "stall_patterns": patterns.iter().map(|p| json!({"id": p, "name": p, "severity": "medium"})).collect::<Vec<_>>(),
            "competencies": [{"id": "system_design", "name": "System design", "current": system_design}]
        });
        Summary::read(&v, "2026-01-01".into())
    }

    #[test]
    fn reports_only_what_moved() {
        let before = summary("L4", 0.40, &["ic_too_long"], 4);
        let after = summary("L4", 0.452, &["ignoring_business"], 5);
        let change = Change::between(&before, &after);
        assert!(change.level.is_none() && change.readiness_cto.is_none());
        assert_eq!(
            change.readiness_next,
            Some(Moved {
                from: 0.40,
                to: 0.452
            })
        );
        assert_eq!(change.patterns_new[0].id, "ignoring_business");
        assert_eq!(change.patterns_cleared[0].id, "ic_too_long");
        assert_eq!(change.competencies[0].to, 5);
        assert_eq!(change.lines(&after)[0], "readiness for L5: 40% → 45% (+5)");
    }

    #[test]
    fn rounding_is_not_change() {
        let before = summary("L4", 0.400, &[], 4);
        assert!(before.same_as(&summary("L4", 0.403, &[], 4)));
        assert!(!before.same_as(&summary("L5", 0.403, &[], 4)));
    }
}
