//! Profile field paths → the JSON Resume fields they were imported from.
//!
//! Validation runs on the profile and speaks of `positions[2].end`; a user who gave
//! a JSON Resume needs to hear `work[2].endDate`, at that field's line and column.

use ctopath_source::FieldPath;

use crate::Achievement;

/// Where an imported profile's parts came from in the JSON Resume document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Origin {
    /// Per position: the `meta.ctopath.positions` entry holding its facts.
    facts_entry: Vec<Option<usize>>,
    /// Achievements were written out in `meta.ctopath.achievements`.
    achievements_from_meta: bool,
    /// Per achievement: the highlight it was derived from.
    achievement_sources: Vec<Option<String>>,
}

impl Origin {
    pub fn new(
        facts_entry: Vec<Option<usize>>,
        achievements_from_meta: bool,
        achievements: &[Achievement],
    ) -> Self {
        Origin {
            facts_entry,
            achievements_from_meta,
            achievement_sources: achievements.iter().map(|a| a.source.clone()).collect(),
        }
    }

    /// The JSON Resume field a profile field was imported from.
    pub fn json_resume_path(&self, own: &FieldPath) -> FieldPath {
        let (head, index, rest) = split_head(own.as_str());
        let (key, tail) = split_key(rest);
        let text = match (head, index) {
            ("person", None) => person_path(key, tail),
            ("positions", Some(i)) => self.position_path(i, key, tail),
            ("positions", None) => "work".to_string(),
            ("achievements", Some(i)) if !self.achievements_from_meta => self
                .achievement_sources
                .get(i)
                .cloned()
                .flatten()
                .unwrap_or_else(|| "work".to_string()),
            ("achievements" | "ratings" | "tours" | "signals" | "goal" | "$schema", _) => {
                format!("meta.ctopath.{}", own.as_str())
            }
            ("ctopath", None) => "meta.ctopath.version".to_string(),
            ("resume", None) => match key {
                "empty_work_list" => "work".to_string(),
                "extra" => tail.trim_start_matches('.').to_string(),
                _ => rest.trim_start_matches('.').to_string(),
            },
            _ => own.as_str().to_string(),
        };
        FieldPath::parse(&text)
    }

    fn position_path(&self, i: usize, key: &str, tail: &str) -> String {
        let work_key = match key {
            "" => return format!("work[{i}]"),
            "extra" => return format!("work[{i}]{tail}"),
            "title" => "position",
            "organisation" => "name",
            "start" => "startDate",
            "end" => "endDate",
            "highlights" | "summary" | "location" | "url" | "description" => key,
            _ => {
                return match self.facts_entry.get(i).copied().flatten() {
                    Some(k) => format!("meta.ctopath.positions[{k}].{key}{tail}"),
                    None => format!("work[{i}]"),
                };
            }
        };
        format!("work[{i}].{work_key}{tail}")
    }
}

fn person_path(key: &str, tail: &str) -> String {
    match key {
        "" => "basics".to_string(),
        "location" => "meta.ctopath.person.location".to_string(),
        "extra" => format!("basics{tail}"),
        "address" => format!("basics.location{}", address_tail(tail)),
        "profiles" => {
            // `[0].extra.x` → `[0].x`
            format!("basics.profiles{}", tail.replacen(".extra", "", 1))
        }
        _ => format!("basics.{key}{tail}"),
    }
}

fn address_tail(tail: &str) -> String {
    let (key, rest) = split_key(tail);
    match key {
        "postal_code" => format!(".postalCode{rest}"),
        "country_code" => format!(".countryCode{rest}"),
        "extra" => rest.to_string(),
        "" => String::new(),
        other => format!(".{other}{rest}"),
    }
}

/// `positions[2].end` → (`positions`, Some(2), `.end`).
fn split_head(path: &str) -> (&str, Option<usize>, &str) {
    let end = path.find(['.', '[']).unwrap_or(path.len());
    let (head, rest) = path.split_at(end);
    if let Some(after) = rest.strip_prefix('[')
        && let Some(close) = after.find(']')
        && let Ok(i) = after[..close].parse()
    {
        return (head, Some(i), &after[close + 1..]);
    }
    (head, None, rest)
}

/// `.end.x` → (`end`, `.x`); anything not starting with `.` has no key.
fn split_key(rest: &str) -> (&str, &str) {
    let Some(after) = rest.strip_prefix('.') else {
        return ("", rest);
    };
    let end = after.find(['.', '[']).unwrap_or(after.len());
    after.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            facts_entry: vec![None, Some(0)],
            achievements_from_meta: false,
            achievement_sources: vec![Some("work[1].highlights[2]".into())],
        }
    }

    fn jr(own: &str) -> String {
        origin()
            .json_resume_path(&FieldPath::parse(own))
            .as_str()
            .to_string()
    }

    #[test]
    fn maps_positions_to_work() {
        assert_eq!(jr("positions[2].end"), "work[2].endDate");
        assert_eq!(jr("positions[0].organisation"), "work[0].name");
        assert_eq!(jr("positions[0].highlights[3]"), "work[0].highlights[3]");
        assert_eq!(
            jr("positions[1].coding_share"),
            "meta.ctopath.positions[0].coding_share"
        );
        assert_eq!(jr("positions[0].coding_share"), "work[0]");
        assert_eq!(jr("positions[1].extra.team"), "work[1].team");
    }

    #[test]
    fn maps_everything_else() {
        assert_eq!(
            jr("person.address.postal_code"),
            "basics.location.postalCode"
        );
        assert_eq!(jr("person.profiles[1].extra.x"), "basics.profiles[1].x");
        assert_eq!(jr("person.location"), "meta.ctopath.person.location");
        assert_eq!(jr("ratings[0].level"), "meta.ctopath.ratings[0].level");
        assert_eq!(
            jr("achievements[0].competencies[1]"),
            "work[1].highlights[2]"
        );
        assert_eq!(
            jr("resume.education[0].startDate"),
            "education[0].startDate"
        );
        assert_eq!(jr("resume.extra.custom"), "custom");
        assert_eq!(jr("ctopath"), "meta.ctopath.version");
    }
}
