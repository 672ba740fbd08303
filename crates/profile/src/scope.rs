//! What a career shows about scope, with the source of every value.
//!
//! Scope comes from two places: what the profile states (`direct_reports: 8`) and
//! what its prose says ("led a team of 12"). Stated data wins: a person who wrote
//! the number down knows it better than a pattern reading their highlights.

use ctopath_evidence::{Evidence, Fact, TitleIndex, TitleMatch, extract_all};
use ctopath_framework::Framework;
use schemars::JsonSchema;
use serde::Serialize;

use crate::{OrgStage, Position, Profile};

/// How source paths are spelt: after the file the person knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathStyle {
    /// `positions[1].highlights[0]`, for ctopath profiles.
    Own,
    /// `work[1].highlights[0]`, for JSON Resumes (positions map to work one to one).
    JsonResume,
}

impl PathStyle {
    /// The style a profile was written in: a JSON Resume just read is one, and so,
    /// for a stored profile, is one that carries JSON Resume sections or achievements
    /// cited from `work[…]`.
    pub fn of(profile: &Profile) -> PathStyle {
        let from_resume = profile
            .achievements
            .iter()
            .any(|a| a.source.as_deref().is_some_and(|s| s.starts_with("work[")));
        if profile.read_from_json_resume || from_resume || !profile.resume.is_empty() {
            PathStyle::JsonResume
        } else {
            PathStyle::Own
        }
    }

    fn position(self, i: usize) -> String {
        match self {
            PathStyle::Own => format!("positions[{i}]"),
            PathStyle::JsonResume => format!("work[{i}]"),
        }
    }

    fn title_field(self) -> &'static str {
        match self {
            PathStyle::Own => "title",
            PathStyle::JsonResume => "position",
        }
    }

    /// The field that names a position's organisation.
    pub fn organisation_field(self) -> &'static str {
        match self {
            PathStyle::Own => "organisation",
            PathStyle::JsonResume => "name",
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Sourced<T> {
    pub value: T,
    /// Field path of the statement or of the prose it was read from.
    pub source: String,
    /// True when the profile states the value directly.
    pub stated: bool,
    /// The words it was read from, for extracted values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The scope one position shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Scope {
    pub team_size: Option<Sourced<u32>>,
    pub managers: Option<Sourced<u32>>,
    pub budget: Option<Sourced<f64>>,
    pub budget_currency: Option<String>,
    pub board_exposure: Option<Sourced<bool>>,
    pub org_engineers: Option<Sourced<u32>>,
    pub org_stage: Option<Sourced<String>>,
    pub hypergrowth: Option<Sourced<bool>>,
    pub on_call: Option<Sourced<bool>>,
    pub cross_functional: Option<Sourced<bool>>,
}

/// Everything ctopath reads from one position.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PositionEvidence {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    /// The level and route the title suggests, from the framework's title lexicon.
    pub title_match: Option<TitleMatch>,
    /// The title names a function outside engineering and not engineering ("VP of
    /// Sales", "Head of Marketing"), by the lexicon's `other_functions`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub other_function: bool,
    pub scope: Scope,
    /// Every fact found in the position's prose.
    pub facts: Vec<Evidence>,
}

/// Reads every position of `profile`: title against the lexicon, prose for facts,
/// and stated fields, merged into one scope per position. To read many profiles
/// against one framework, make a [`Reader`] once.
pub fn positions(
    profile: &Profile,
    framework: &Framework,
    style: PathStyle,
) -> Vec<PositionEvidence> {
    Reader::new(framework).positions(profile, style)
}

/// A framework made ready to read positions: its title lexicon indexed once.
pub struct Reader<'f> {
    titles: Option<TitleIndex<'f>>,
}

impl<'f> Reader<'f> {
    pub fn new(framework: &'f Framework) -> Reader<'f> {
        Reader {
            titles: framework
                .title_lexicon
                .as_ref()
                .map(|lexicon| TitleIndex::new(lexicon, &framework.levels)),
        }
    }

    /// What [`positions`] reads, with this reader's index.
    pub fn positions(&self, profile: &Profile, style: PathStyle) -> Vec<PositionEvidence> {
        profile
            .positions
            .iter()
            .enumerate()
            .map(|(i, p)| self.position(i, p, style))
            .collect()
    }

    fn position(&self, i: usize, p: &Position, style: PathStyle) -> PositionEvidence {
        let base = style.position(i);
        let mut texts: Vec<(String, &str)> = Vec::new();
        if let Some(t) = &p.title {
            texts.push((format!("{base}.{}", style.title_field()), t));
        }
        if let Some(note) = p.organisation_note() {
            texts.push((format!("{base}.{}", style.organisation_field()), note));
        }
        for (field, value) in [("summary", &p.summary), ("description", &p.description)] {
            if let Some(v) = value {
                texts.push((format!("{base}.{field}"), v));
            }
        }
        for (j, h) in p.highlights().iter().enumerate() {
            texts.push((format!("{base}.highlights[{j}]"), h));
        }
        let facts = extract_all(texts.iter().map(|(s, t)| (*t, s.as_str())));
        let title_match = p.title.as_deref().and_then(|t| {
            (self.titles.as_ref())
                .and_then(|index| index.match_title_at(t, p.organisation.as_deref()))
        });
        let other_function = title_match.is_none()
            && (p.title.as_deref()).is_some_and(|t| {
                (self.titles.as_ref()).is_some_and(|index| index.names_another_function(t))
            });
        let mut read = read_scope(i, p, base, title_match, facts);
        read.other_function = other_function;
        // A firm the lexicon knows to be large (`enterprise_employers`, and the banks of
        // `grade_employers` that grade every employee) is an enterprise, whether or not a
        // role there says so.
        if read.scope.org_stage.is_none()
            && let (Some(org), Some(index)) = (p.organisation.as_deref(), self.titles.as_ref())
            && index.known_enterprise(org)
        {
            read.scope.org_stage = Some(Sourced {
                value: "enterprise".to_string(),
                source: format!("{}.{}", style.position(i), style.organisation_field()),
                stated: false,
                text: Some(org.to_string()),
            });
        }
        read
    }
}

/// One position's scope: extracted values first, then what the profile states.
fn read_scope(
    i: usize,
    p: &Position,
    base: String,
    title_match: Option<TitleMatch>,
    facts: Vec<Evidence>,
) -> PositionEvidence {
    let mut scope = Scope::default();
    // Extracted values first (largest wins), then stated values overwrite them.
    for e in &facts {
        match &e.fact {
            Fact::TeamSize { people } => keep_max(&mut scope.team_size, read(*people, e)),
            Fact::TeamGrowth { from, to } => {
                // "Series C fintech, grew from 60 to 400 people" describes the company;
                // only a team named as such ("grew the team from 5 to 20") is led.
                if organisation_growth(&base, e) {
                    if names_engineers(&e.text) {
                        keep_max(&mut scope.org_engineers, read(*to, e));
                    }
                } else {
                    keep_max(&mut scope.team_size, read(*to, e));
                }
                if f64::from(*to) >= 2.5 * f64::from((*from).max(1)) {
                    scope.hypergrowth.get_or_insert(read(true, e));
                }
            }
            Fact::ManagersManaged { managers } => keep_max(&mut scope.managers, read(*managers, e)),
            Fact::Budget { amount, currency }
                if scope.budget.as_ref().is_none_or(|b| b.value < *amount) =>
            {
                scope.budget = Some(read(*amount, e));
                scope.budget_currency = Some(currency.clone());
            }
            Fact::BoardExposure => {
                scope.board_exposure.get_or_insert(read(true, e));
            }
            Fact::CompanySize {
                people,
                engineers: true,
            } => keep_max(&mut scope.org_engineers, read(*people, e)),
            // A stage named outright ("Series B SaaS scale-up") outranks the one a
            // funding round implies, wherever each stands.
            Fact::CompanyStage { stage } => {
                let replaces = scope
                    .org_stage
                    .as_ref()
                    .is_none_or(|seen| from_round(seen) && !from_round_text(&e.text));
                if replaces {
                    scope.org_stage = Some(read(stage.clone(), e));
                }
            }
            Fact::Hypergrowth => {
                scope.hypergrowth.get_or_insert(read(true, e));
            }
            Fact::OnCall => {
                scope.on_call.get_or_insert(read(true, e));
            }
            Fact::CrossFunctional => {
                scope.cross_functional.get_or_insert(read(true, e));
            }
            _ => {}
        }
    }
    if let Some(n) = p.direct_reports {
        scope.team_size = Some(stated(n, i, "direct_reports"));
    }
    if let Some(n) = p.managers_reporting {
        scope.managers = Some(stated(n, i, "managers_reporting"));
    }
    if let Some(b) = &p.budget {
        scope.budget = Some(stated(b.amount, i, "budget"));
        scope.budget_currency = Some(b.currency.clone());
    }
    if let Some(v) = p.board_exposure {
        scope.board_exposure = Some(stated(v, i, "board_exposure"));
    }
    if let Some(n) = p
        .org_engineers
        .or(p.growth.as_ref().and_then(|g| g.engineers_end))
    {
        scope.org_engineers = Some(stated(n, i, "org_engineers"));
    }
    if let Some(stage) = p.org_stage {
        let id = match stage {
            OrgStage::Startup => "startup",
            OrgStage::Scaleup => "scaleup",
            OrgStage::Enterprise => "enterprise",
        };
        scope.org_stage = Some(stated(id.to_string(), i, "org_stage"));
    }
    if let Some(g) = &p.growth
        && g.hypergrowth
    {
        scope.hypergrowth = Some(stated(true, i, "growth.hypergrowth"));
    }
    if let Some(v) = p.on_call {
        scope.on_call = Some(stated(v, i, "on_call"));
    }
    if let Some(v) = p.cross_functional {
        scope.cross_functional = Some(stated(v, i, "cross_functional"));
    }
    PositionEvidence {
        id: p.id.clone(),
        path: base,
        title: p.title.clone(),
        title_match,
        other_function: false,
        scope,
        facts,
    }
}

fn read<T>(value: T, e: &Evidence) -> Sourced<T> {
    Sourced::read(value, e)
}

impl<T> Sourced<T> {
    /// A value read from the prose of `e`, citing it.
    pub fn read(value: T, e: &Evidence) -> Sourced<T> {
        Sourced {
            value,
            source: e.source.clone(),
            stated: false,
            text: Some(e.text.clone()),
        }
    }
}

fn stated<T>(value: T, i: usize, field: &str) -> Sourced<T> {
    Sourced {
        value,
        source: format!("positions[{i}].{field}"),
        stated: true,
        text: None,
    }
}

fn keep_max(slot: &mut Option<Sourced<u32>>, candidate: Sourced<u32>) {
    if slot.as_ref().is_none_or(|s| s.value < candidate.value) {
        *slot = Some(candidate);
    }
}

impl PositionEvidence {
    /// Whether `e` is the organisation's growth rather than a team's: see
    /// [`organisation_growth`].
    pub fn organisation_growth(&self, e: &Evidence) -> bool {
        organisation_growth(&self.path, e)
    }
}

/// A growth stated where the position says what the organisation is (its description,
/// or a bracket in its name) and naming no team of the writer's: "Series C fintech,
/// grew from 60 to 400 people" is the company's growth; "grew the team from 5 to 20"
/// is still a team led.
fn organisation_growth(base: &str, e: &Evidence) -> bool {
    let Some(field) = e
        .source
        .strip_prefix(base)
        .and_then(|f| f.strip_prefix('.'))
    else {
        return false;
    };
    matches!(e.fact, Fact::TeamGrowth { .. })
        && matches!(field, "description" | "name" | "organisation")
        && !names_a_team(&e.text)
}

fn from_round(stage: &Sourced<String>) -> bool {
    stage.text.as_deref().is_some_and(from_round_text)
}

/// "Series B": a stage implied by a funding round rather than named.
fn from_round_text(text: &str) -> bool {
    text.get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("series"))
}

fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether a growth names the writer's own group rather than the organisation.
fn names_a_team(text: &str) -> bool {
    words_of(text).any(|w| {
        matches!(
            w.as_str(),
            "team" | "teams" | "squad" | "squads" | "my" | "i"
        )
    })
}

fn names_engineers(text: &str) -> bool {
    words_of(text).any(|w| {
        matches!(
            w.as_str(),
            "engineer" | "engineers" | "engineering" | "developers" | "eng"
        )
    })
}
