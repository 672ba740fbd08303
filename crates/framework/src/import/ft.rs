//! The Financial Times engineering-progression job-family YAML
//! (`name`, `summary`, `levels`, `themes`, `competencies`).
//!
//! FT writes one competency per (level, theme). ctopath's competencies span the whole
//! ladder, so each FT theme becomes a group and one competency whose per-level
//! indicators are the FT competencies of that theme. FT's parallel individual
//! contributor / people manager levels (`senior-2-ic` / `senior-2-pm`) sit at the same
//! seniority: they become one L-level, and the two tracks become two routes.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_saphyr::Spanned;

use super::Ids;
use super::{Draft, ImportError, Imported, check_key, collapse, competency, competency_group};
use super::{field_error, level_id, loc, non_empty, parse_yaml, route, sentences, snake, stem};
use crate::{CompetencyGroup, Route};

const EXPECTED: &str =
    "an FT engineering-progression job family (`name`, `levels`, `themes`, `competencies`)";

#[derive(Deserialize, Default)]
#[serde(default)]
struct Family {
    name: Option<String>,
    summary: Option<String>,
    #[serde(rename = "isLegacy")]
    is_legacy: Option<bool>,
    levels: Option<Vec<FtLevel>>,
    themes: Option<Vec<FtTheme>>,
    competencies: Option<Vec<FtCompetency>>,
}

#[derive(Deserialize)]
struct FtLevel {
    id: Spanned<String>,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
struct FtTheme {
    id: Spanned<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    summary: Option<String>,
}

#[derive(Deserialize)]
struct FtCompetency {
    level: Spanned<String>,
    theme: Spanned<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    examples: Option<Vec<String>>,
    #[serde(default)]
    proficiency: Option<String>,
    #[serde(default, rename = "supportingUrls")]
    supporting_urls: Option<Vec<IgnoredAny>>,
}

/// FT's parallel tracks at one seniority: level-id suffix, route id, and the route name
/// used when no level name spells the track out.
const TRACKS: [(&str, &str, &str); 2] = [
    ("ic", "individual_contributor", "Individual Contributor"),
    ("pm", "people_manager", "People Manager"),
];

/// Splits `senior-2-ic` into `senior-2` and the index of its track in [`TRACKS`].
fn split_track(id: &str) -> (&str, Option<usize>) {
    for (t, (suffix, ..)) in TRACKS.iter().enumerate() {
        let cut = id.len().saturating_sub(suffix.len() + 1);
        if cut == 0 || !id.is_char_boundary(cut) {
            continue;
        }
        let (stem, tail) = id.split_at(cut);
        if matches!(tail.as_bytes()[0], b'-' | b'_') && tail[1..].eq_ignore_ascii_case(suffix) {
            return (stem, Some(t));
        }
    }
    (id, None)
}

/// One L-level: the source levels that share a seniority, in source order.
struct Slot {
    /// `(track, source id, source name)`.
    members: Vec<(Option<usize>, String, String)>,
}

impl Slot {
    /// The title on track `t`: its own level's name, else the level both tracks share.
    fn name_for(&self, t: usize) -> &str {
        let pick = |want: Option<usize>| self.members.iter().find(|m| m.0 == want);
        pick(Some(t))
            .or_else(|| pick(None))
            .unwrap_or(&self.members[0])
            .2
            .as_str()
    }
}

/// Imports one FT job-family file (`engineering.yml`, `operations.yml`, …).
pub fn import_ft(file: &str, text: &str) -> Result<Imported, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::empty(file, EXPECTED));
    }
    let family: Family = parse_yaml(file, text, 0, EXPECTED)?;
    let levels = family.levels.unwrap_or_default();
    let themes = family.themes.unwrap_or_default();
    let competencies = family.competencies.unwrap_or_default();
    if levels.is_empty() {
        return Err(missing(
            file,
            "levels",
            "`{ id, name }` entries, lowest first",
        ));
    }
    if competencies.is_empty() {
        return Err(missing(
            file,
            "competencies",
            "`{ level, theme, summary }` entries",
        ));
    }
    let name = non_empty(&family.name).unwrap_or(stem(file)).to_string();
    let (l, t, c) = (levels.len(), themes.len(), competencies.len());
    let mut report = vec![format!(
        "source: FT job family `{name}` ({file}): {l} levels, {t} themes, {c} competencies"
    )];
    if non_empty(&family.name).is_none() {
        report.push(format!(
            "the source has no `name`; named after the file: `{name}`"
        ));
    }
    if family.is_legacy == Some(true) {
        report.push("the source marks this job family as legacy (`isLegacy: true`)".to_string());
    }

    let (slots, slot_of) = group_levels(file, &levels)?;
    let routes = build_routes(&name, &slots, &mut report);
    let (groups, theme_of) = build_groups(file, &themes)?;
    report.push(
        "themes → competency groups; each theme is also one competency whose indicators are \
         its FT competencies per level (their UUIDs are not kept)"
            .to_string(),
    );
    report.push("indicator text: the FT summary, its examples, `(Proficiency: …)`".to_string());
    if routes.len() > 1 {
        report.push("at a merged level each track's text starts with its route name".to_string());
    }

    // Indicator texts per theme, per slot, in source order.
    let mut parts: Vec<IndexMap<usize, Vec<String>>> = vec![IndexMap::new(); groups.len()];
    let mut links = 0;
    for (i, c) in competencies.iter().enumerate() {
        let field = |f: &str| format!("competencies[{i}].{f}");
        let level_ids = || levels.iter().map(|l| l.id.value.as_str()).collect();
        let slot = *slot_of
            .get(c.level.value.trim())
            .ok_or_else(|| unknown(file, &c.level, field("level"), "levels", level_ids()))?;
        let theme_ids = || themes.iter().map(|t| t.id.value.as_str()).collect();
        let theme = *theme_of
            .get(c.theme.value.trim())
            .ok_or_else(|| unknown(file, &c.theme, field("theme"), "themes", theme_ids()))?;
        links += c.supporting_urls.as_ref().map_or(0, Vec::len);
        let examples = c.examples.iter().flatten().map(String::as_str);
        let mut text = sentences(c.summary.as_deref().into_iter().chain(examples));
        if let Some(p) = non_empty(&c.proficiency) {
            text = format!("{text} (Proficiency: {p}.)").trim_start().into();
        }
        if text.is_empty() {
            report.push(format!("{} is empty; skipped", field("summary")));
            continue;
        }
        // At a merged level, say which track a text belongs to.
        let track = split_track(c.level.value.trim())
            .1
            .filter(|_| slots[slot].members.len() > 1);
        if let Some(t) = track {
            let route = routes.iter().find(|r| r.id == TRACKS[t].1);
            text = format!("{}: {text}", route.map_or(TRACKS[t].2, |r| &r.name));
        }
        parts[theme].entry(slot).or_default().push(text);
    }
    if links > 0 {
        report.push(format!("not imported: {links} links (`supportingUrls`)"));
    }

    let mut out = Vec::new();
    for (g, mut by_slot) in groups.iter().zip(parts) {
        if by_slot.is_empty() {
            report.push(format!("theme `{}` has no competencies: group only", g.id));
            continue;
        }
        by_slot.sort_keys();
        let indicators = by_slot
            .into_iter()
            .map(|(s, texts)| (level_id(s + 1), texts.join(" ")))
            .collect();
        let (id, name, description) = (g.id.clone(), g.name.clone(), g.description.clone());
        out.push(competency(id, name, &g.id, description, indicators));
    }
    let id = match snake(stem(file)).replace('_', "-") {
        s if s.is_empty() => "ft".to_string(),
        s => format!("ft-{s}"),
    };
    let levels = slots
        .iter()
        .map(|s| {
            let names: Vec<&str> = s.members.iter().map(|m| m.2.as_str()).collect();
            let ids: Vec<&str> = s.members.iter().map(|m| m.1.as_str()).collect();
            (names.join(" / "), ids.join(", "))
        })
        .collect();
    let description = family.summary.as_deref().map(collapse).unwrap_or_default();
    Ok(Draft {
        id,
        name,
        description,
        routes,
        levels,
        groups,
        competencies: out,
        report,
    }
    .finish())
}

fn missing(file: &str, field: &str, what: &str) -> ImportError {
    let problem = format!("the job family defines no {field}");
    field_error(
        file,
        None,
        field.into(),
        problem,
        &format!("add a `{field}:` list of {what}"),
    )
}

fn unknown(
    file: &str,
    value: &Spanned<String>,
    field: String,
    list: &str,
    known: Vec<&str>,
) -> ImportError {
    let problem = format!("`{}` is not defined under `{list}`", value.value);
    let known = if known.is_empty() {
        "(none defined)".into()
    } else {
        known.join(", ")
    };
    let fix = format!("define it under `{list}` or use one of: {known}");
    field_error(file, loc(value.referenced, 0), field, problem, &fix)
}

/// Groups the source levels into L-levels: ids that differ only by an `-ic` / `-pm`
/// suffix share one slot, placed where the first of them appears.
fn group_levels(
    file: &str,
    levels: &[FtLevel],
) -> Result<(Vec<Slot>, HashMap<String, usize>), ImportError> {
    let (mut slots, mut slot_of, mut taken) = (Vec::<Slot>::new(), HashMap::new(), HashSet::new());
    let mut by_stem = HashMap::new();
    for (i, level) in levels.iter().enumerate() {
        let id = check_key(file, &level.id, (0, format!("levels[{i}].id")), &mut taken)?;
        let name = non_empty(&level.name).unwrap_or(id).to_string();
        let (stem, track) = split_track(id);
        let index = *by_stem.entry(stem.to_string()).or_insert_with(|| {
            slots.push(Slot {
                members: Vec::new(),
            });
            slots.len() - 1
        });
        slots[index].members.push((track, id.to_string(), name));
        slot_of.insert(id.to_string(), index);
    }
    Ok((slots, slot_of))
}

fn build_routes(name: &str, slots: &[Slot], report: &mut Vec<String>) -> Vec<Route> {
    for (i, s) in slots.iter().enumerate() {
        let members: Vec<String> = s
            .members
            .iter()
            .map(|m| format!("`{}` ({})", m.1, m.2))
            .collect();
        report.push(format!("{} ← {}", level_id(i + 1), members.join(" + ")));
    }
    let has = |t: usize| {
        slots
            .iter()
            .flat_map(|s| &s.members)
            .any(|m| m.0 == Some(t))
    };
    let tracks: Vec<usize> = (0..TRACKS.len()).filter(|&t| has(t)).collect();
    if tracks.is_empty() {
        let id = Some(snake(name))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "ladder".into());
        report.push(format!(
            "one route `{id}`, titled with the source level names"
        ));
        return vec![route(
            id,
            name.to_string(),
            slots.iter().map(|s| s.members[0].2.clone()),
        )];
    }
    let mut routes = Vec::new();
    for t in tracks {
        // The source spells the track out in its level names: "… (People Manager)".
        let mut members = slots
            .iter()
            .flat_map(|s| &s.members)
            .filter(|m| m.0 == Some(t));
        let route_name = members
            .find_map(|m| parenthetical(&m.2))
            .unwrap_or(TRACKS[t].2);
        report.push(format!(
            "route `{}` ({route_name}): titled with its own source level names; where the source has one level for both tracks, that level's name",
            TRACKS[t].1
        ));
        let titles = slots.iter().map(|s| s.name_for(t).to_string());
        routes.push(route(
            TRACKS[t].1.to_string(),
            route_name.to_string(),
            titles,
        ));
    }
    report.push("levels whose ids differ only by `-ic` / `-pm` are one seniority: merged into one L-level, kept apart as routes".to_string());
    routes
}

/// The text inside a trailing `( … )`, if the name ends with one.
fn parenthetical(name: &str) -> Option<&str> {
    let inner = name.trim().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    Some(inner[open + 1..].trim()).filter(|s| !s.is_empty())
}

/// One group per theme; the map goes from the source theme id to the group's index.
fn build_groups(
    file: &str,
    themes: &[FtTheme],
) -> Result<(Vec<CompetencyGroup>, HashMap<String, usize>), ImportError> {
    let (mut ids, mut taken, mut index, mut groups) =
        (Ids::default(), HashSet::new(), HashMap::new(), Vec::new());
    for (i, t) in themes.iter().enumerate() {
        let source = check_key(file, &t.id, (0, format!("themes[{i}].id")), &mut taken)?;
        index.insert(source.to_string(), groups.len());
        let name = non_empty(&t.name).unwrap_or(source).to_string();
        let description = non_empty(&t.summary).map_or_else(|| name.clone(), collapse);
        let id = ids.unique(&snake(source), "theme");
        groups.push(competency_group(id, name, description));
    }
    Ok((groups, index))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "name: Tiny
levels: [{id: a, name: A}, {id: b-ic, name: B (Maker)}, {id: b-pm, name: B (Boss)}]
themes: [{id: talk-ing, name: Talking}]
competencies:
  - {level: b-pm, theme: talk-ing, summary: Leads}
  - {level: a, theme: talk-ing, summary: Listens, proficiency: Awareness}
";

    #[test]
    fn merges_tracks_and_orders_indicators() {
        let fw = import_ft("tiny.yaml", SMALL).unwrap().framework;
        assert_eq!((fw.id.as_str(), fw.levels.len()), ("ft-tiny", 2));
        assert_eq!(fw.levels[1].mapped_from.as_deref(), Some("b-ic, b-pm"));
        let maker = &fw.routes[0];
        assert_eq!(
            (maker.name.as_str(), maker.levels[1].title.as_str()),
            ("Maker", "B (Maker)")
        );
        assert_eq!(
            fw.routes[1].levels[0].title, "A",
            "shared level: the source's own name"
        );
        let c = &fw.competencies[0];
        assert_eq!(c.id, "talk_ing");
        let indicators: Vec<(&str, &str)> = c
            .indicators
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            indicators,
            [
                ("L1", "Listens. (Proficiency: Awareness.)"),
                ("L2", "Boss: Leads.")
            ]
        );
    }

    #[test]
    fn track_suffixes() {
        assert_eq!(split_track("senior-2-IC"), ("senior-2", Some(0)));
        assert_eq!(split_track("x_pm"), ("x", Some(1)));
        assert_eq!(
            (split_track("-pm"), split_track("topic")),
            (("-pm", None), ("topic", None))
        );
        assert_eq!(split_track("é-pm"), ("é", Some(1)));
    }

    #[test]
    fn errors_name_the_file_and_field() {
        let one = "levels: [{id: a}]\ncompetencies:";
        let cases = [
            (String::new(), "x.yml: the file is empty"),
            ("name: [".into(), "x.yml:1:"),
            ("name: x\n".into(), "x.yml: `levels`"),
            ("levels: [{id: a}]\n".into(), "x.yml: `competencies`"),
            (
                "levels: [{id: a}, {id: a}]\ncompetencies: [{level: a, theme: t}]".into(),
                "x.yml:1:24: `levels[1].id`",
            ),
            (
                format!("{one}\n  - {{level: z, theme: t}}\n"),
                "x.yml:3:13: `competencies[0].level`",
            ),
            (
                format!("{one} [{{level: a, theme: t}}]\n"),
                "x.yml:2:34: `competencies[0].theme`",
            ),
        ];
        for (text, expected) in cases {
            let err = import_ft("x.yml", &text).unwrap_err().to_string();
            assert!(
                err.starts_with(expected),
                "{err:?} should start with {expected:?}"
            );
        }
    }
}
