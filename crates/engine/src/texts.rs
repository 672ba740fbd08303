//! The person's own words, each with the input path it came from: titles, summaries,
//! descriptions and highlights of each position, achievements, the summary, and the
//! projects and volunteering a JSON Resume lists. Word lists and detectors read these.

use ctopath_profile::Profile;
use ctopath_profile::scope::PathStyle;

use crate::career::Pos;

/// A piece of the person's own text and where it sits in the input.
pub struct Text<'p> {
    pub source: String,
    pub text: &'p str,
    /// The position the text belongs to, if any.
    pub position: Option<usize>,
    /// A job title: it names the role but says little about the work done in it.
    pub is_title: bool,
    /// What the organisation does (a position's `description`, a bracket in its name,
    /// or a summary that only names the company), not what the person did: it says
    /// which company this was, never what this person can do.
    pub about_organisation: bool,
}

pub(crate) fn collect_texts<'p>(
    profile: &'p Profile,
    positions: &[Pos<'p>],
    style: PathStyle,
) -> Vec<Text<'p>> {
    let mut texts = Vec::new();
    for p in positions {
        let base = &p.evidence.path;
        if let Some(t) = &p.position.title {
            let field = if style == PathStyle::JsonResume {
                "position"
            } else {
                "title"
            };
            texts.push(Text {
                source: format!("{base}.{field}"),
                text: t,
                position: Some(p.index),
                is_title: true,
                about_organisation: false,
            });
        }
        // A bracket in the organisation's name describes the organisation, as a
        // description does.
        if let Some(note) = p.position.organisation_note() {
            texts.push(Text {
                source: format!("{base}.{}", style.organisation_field()),
                text: note,
                position: Some(p.index),
                is_title: false,
                about_organisation: true,
            });
        }
        for (field, value) in [
            ("summary", &p.position.summary),
            ("description", &p.position.description),
        ] {
            if let Some(v) = value {
                let source = format!("{base}.{field}");
                let about_organisation =
                    field == "description" || names_only_the_company(v, p, &source);
                texts.push(Text {
                    source,
                    text: v,
                    position: Some(p.index),
                    is_title: false,
                    about_organisation,
                });
            }
        }
        for (j, h) in p.position.highlights().iter().enumerate() {
            texts.push(Text {
                source: format!("{base}.highlights[{j}]"),
                text: h,
                position: Some(p.index),
                is_title: false,
                about_organisation: false,
            });
        }
    }
    for (i, a) in profile.achievements.iter().enumerate() {
        // Achievements drawn from a highlight repeat its text; read it once.
        if a.source
            .as_deref()
            .is_some_and(|s| s.contains(".highlights["))
        {
            continue;
        }
        let position = a
            .position
            .as_ref()
            .and_then(|id| positions.iter().find(|p| &p.position.id == id))
            .map(|p| p.index);
        texts.push(Text {
            source: format!("achievements[{i}].what_changed"),
            text: &a.what_changed,
            position,
            is_title: false,
            about_organisation: false,
        });
    }
    // Projects and volunteering are not jobs, so the ladder reads no years or titles in
    // them, but what a person built or led there is still their own work: a student's
    // project team is leadership practised before the title.
    let prefix = if style == PathStyle::JsonResume {
        ""
    } else {
        "resume."
    };
    let mut own = |base: String, prose: Option<(&str, &'p String)>, highlights: &'p [String]| {
        let prose = prose.map(|(field, text)| (format!("{base}.{field}"), text));
        let bullets =
            (highlights.iter().enumerate()).map(|(j, h)| (format!("{base}.highlights[{j}]"), h));
        for (source, text) in prose.into_iter().chain(bullets) {
            texts.push(Text {
                source,
                text,
                position: None,
                is_title: false,
                about_organisation: false,
            });
        }
    };
    for (i, p) in profile.resume.projects.iter().flatten().enumerate() {
        let prose = p.description.as_ref().map(|d| ("description", d));
        own(
            format!("{prefix}projects[{i}]"),
            prose,
            p.highlights.as_deref().unwrap_or_default(),
        );
    }
    for (i, v) in profile.resume.volunteer.iter().flatten().enumerate() {
        let prose = v.summary.as_ref().map(|d| ("summary", d));
        own(
            format!("{prefix}volunteer[{i}]"),
            prose,
            v.highlights.as_deref().unwrap_or_default(),
        );
    }
    if let Some(summary) = profile.person.as_ref().and_then(|p| p.summary.as_ref()) {
        let source = if style == PathStyle::JsonResume {
            "basics.summary"
        } else {
            "person.summary"
        };
        texts.push(Text {
            source: source.to_string(),
            text: summary,
            position: None,
            is_title: false,
            about_organisation: false,
        });
    }
    texts
}

/// Words a summary of the person's own work may open with; a summary opening with
/// none of them, or with a past tense, may still be about the person.
const OWN_WORK_OPENERS: [&str; 16] = [
    "i",
    "my",
    "as",
    "lead",
    "leads",
    "leading",
    "run",
    "runs",
    "own",
    "owns",
    "manage",
    "manages",
    "build",
    "builds",
    "responsible",
    "joined",
];

/// A position's summary that only places the company: "Series D digital health
/// company, 600 employees". It is short, states the company's stage or size and
/// nothing of the person's own scope, and does not open with a verb of their work,
/// so silence about people decisions is not counted in it and its words are not the
/// person naming, say, revenue.
fn names_only_the_company(text: &str, pos: &Pos<'_>, source: &str) -> bool {
    use ctopath_evidence::Fact;
    let words: Vec<String> = (text.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let opens_with_own_work = words.first().is_some_and(|w| {
        OWN_WORK_OPENERS.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed"))
    });
    if words.len() > 15 || opens_with_own_work {
        return false;
    }
    let facts: Vec<&Fact> = (pos.evidence.facts.iter())
        .filter(|e| e.source == source)
        .map(|e| &e.fact)
        .collect();
    let about_company = |f: &Fact| {
        matches!(
            f,
            Fact::CompanyStage { .. }
                | Fact::CompanySize {
                    engineers: false,
                    ..
                }
        )
    };
    facts.iter().any(|f| about_company(f))
        && facts
            .iter()
            .all(|f| about_company(f) || matches!(f, Fact::Hypergrowth | Fact::TeamGrowth { .. }))
}
