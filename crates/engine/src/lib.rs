//! The engine: where a person stands on the road to CTO, what stalls them, how long the
//! road is and which tours of duty come next.
//!
//! [`Engine::new`] prepares a framework once (level index, compiled word lists, forecast
//! calibration); [`Engine::assess`] and [`Engine::plan`] are then pure functions of a
//! profile and the date. Every conclusion carries the evidence it rests on, pointing
//! back into the input (`work[1].highlights[0]`, `positions[2].direct_reports`).
//!
//! The judgement calls (which scope shows which level, the title caps, the word lists,
//! stall-pattern thresholds, the timeline) come from the framework, so a company that
//! brings its own ladder brings its own judgement. Nothing here reads a file or a clock.

mod calibration;
mod career;
mod company;
mod competencies;
mod fit;
mod forecast;
mod level;
mod lexicon;
mod model;
mod patterns;
mod plan;
mod position_level;
mod readiness;
mod rng;
mod role_kind;
mod route;
mod signals;
mod since;
mod team;
mod texts;
mod title_jumps;
mod tours;
mod words;

use std::collections::HashMap;

use ctopath_framework::{AssessmentRules, Framework, Level, Stage};
use ctopath_profile::{PartialDate, Profile};

pub use forecast::{DEFAULT_RUNS, DEFAULT_SEED};
pub use model::*;

use crate::lexicon::{Lexicon, ListId};

/// What an assessment needs besides the profile.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The date the assessment is as of; open-ended positions run until then.
    pub today: PartialDate,
    /// Monte Carlo runs of the forecast.
    pub runs: u32,
    /// Seed of the forecast; the same seed gives the same forecast.
    pub seed: u64,
}

impl Options {
    pub fn new(today: PartialDate) -> Self {
        Options {
            today,
            runs: DEFAULT_RUNS,
            seed: DEFAULT_SEED,
        }
    }
}

/// A framework prepared for assessing people.
pub struct Engine<'f> {
    pub framework: &'f Framework,
    levels: Vec<&'f Level>,
    number_by_id: HashMap<&'f str, u32>,
    leadership_from: Option<u32>,
    lexicon: Lexicon,
    vocab: HashMap<String, ListId>,
    competency_lists: Vec<ListId>,
    signal_lists: Vec<ListId>,
    path_lists: Vec<ListId>,
    /// Per mission, one word list per group of its `milestone_signs`.
    milestone_lists: Vec<Vec<ListId>>,
    calibration: calibration::Calibration,
    forecast_cache: forecast::Cache,
    /// Titles and prose of positions, read with the lexicon indexed once.
    reader: ctopath_profile::scope::Reader<'f>,
    /// Per word list: whether it may be matched in what an organisation does (see
    /// [`Engine::reads_organisations`]). Worked out once; asked for every hit.
    organisation_lists: Vec<bool>,
}

impl<'f> Engine<'f> {
    pub fn new(framework: &'f Framework) -> Engine<'f> {
        let mut levels: Vec<&Level> = framework.levels.iter().collect();
        levels.sort_by_key(|l| l.number);
        let number_by_id = levels.iter().map(|l| (l.id.as_str(), l.number)).collect();
        let mut b = Lexicon::builder();
        let mut vocab = HashMap::new();
        if let Some(rules) = &framework.assessment {
            for (name, words) in &rules.vocabulary {
                vocab.insert(name.clone(), b.list(format!("vocabulary {name}"), words));
            }
        }
        let competency_lists = framework
            .competencies
            .iter()
            .map(|c| b.topics(format!("competency {}", c.id), &c.keywords))
            .collect();
        let signal_lists = framework
            .signals
            .iter()
            .map(|s| b.topics(format!("signal {}", s.id), &s.keywords))
            .collect();
        let path_lists = framework
            .paths
            .iter()
            .map(|p| b.topics(format!("path {}", p.id), &p.keywords))
            .collect();
        let milestone_lists = framework
            .missions
            .iter()
            .map(|m| {
                (m.milestone_signs.iter().enumerate())
                    .map(|(g, words)| b.topics(format!("milestone {} sign {g}", m.id), words))
                    .collect()
            })
            .collect();
        let mut engine = Engine {
            framework,
            levels,
            number_by_id,
            leadership_from: None,
            lexicon: b.build(),
            vocab,
            competency_lists,
            signal_lists,
            path_lists,
            milestone_lists,
            calibration: calibration::Calibration::new(framework),
            forecast_cache: forecast::Cache::default(),
            reader: ctopath_profile::scope::Reader::new(framework),
            organisation_lists: Vec::new(),
        };
        // The lists that tell which kind of company or field a job was in (technology
        // or not, the domain a path builds on), but not those about what the person
        // did or can do.
        engine.organisation_lists = (0..engine.lexicon_lists())
            .map(|list| {
                engine.path_lists.contains(&list)
                    || ORGANISATION_VOCABULARY
                        .iter()
                        .any(|name| engine.vocab(name) == Some(list))
            })
            .collect();
        engine.leadership_from = framework
            .assessment
            .as_ref()
            .and_then(|r| r.leadership_from.as_deref())
            .and_then(|id| engine.number_of(id));
        engine
    }

    /// Where the person stands, with the evidence for each conclusion.
    pub fn assess(&self, profile: &Profile, options: &Options) -> Assessment {
        let now = options.today.as_fractional_year();
        let career = career::Career::read(self, profile, now);
        let level = level::career_level(self, &career);
        let route = route::infer(self, &career);
        let n = level.number;
        let competencies = competencies::assess(self, &career, n);
        let patterns = patterns::detect(self, &career, n);
        let signals = signals::detect(self, &career);
        let milestones = tours::milestones(self, profile, &career);
        let readiness = readiness::compute(self, &career, n, &competencies, &patterns, &milestones);
        let forecast = forecast::forecast(self, &career, n, &patterns, &signals, options);
        let path_fit = fit::paths(self, &career, n);
        let role_fit = fit::roles(self, &career, &competencies);
        let (y, m, d) = options.today.earliest();
        Assessment {
            framework: FrameworkRef {
                id: self.framework.id.clone(),
                version: self.framework.version.clone(),
            },
            as_of: format!("{y:04}-{m:02}-{d:02}"),
            person: profile.person.as_ref().and_then(|p| p.name.clone()),
            route: route.id.clone(),
            route_evidence: route.evidence,
            level: LevelResult {
                id: self.level_id(n).to_string(),
                number: n,
                title: self.level_title(n, Some(&route.id)),
                confidence: round2(level.confidence),
                evidence: level.evidence,
                title_level: level.title_level.map(|t| self.level_id(t).to_string()),
                scope_level: level.scope_level.map(|s| self.level_id(s).to_string()),
            },
            tour: self.tour_of(n).to_string(),
            stage: self.stage_of(n).map(|s| s.id.clone()).unwrap_or_default(),
            years_experience: round1(career.years_experience),
            leadership_years: round1(career.leadership_years),
            readiness,
            competencies,
            patterns_checked: self.framework.stall_patterns.len(),
            stall_patterns: patterns,
            signals,
            milestones,
            forecast,
            path_fit,
            role_fit,
        }
    }

    /// The next tours of duty, the action plan and, at or near the top, the playbooks.
    pub fn plan(&self, profile: &Profile, assessment: &Assessment) -> Plan {
        plan::plan(self, profile, assessment)
    }

    fn rules(&self) -> Option<&'f AssessmentRules> {
        self.framework.assessment.as_ref()
    }

    fn number_of(&self, id: &str) -> Option<u32> {
        self.number_by_id.get(id).copied()
    }

    fn max_level(&self) -> u32 {
        self.levels.last().map_or(1, |l| l.number)
    }

    fn min_level(&self) -> u32 {
        self.levels.first().map_or(1, |l| l.number)
    }

    fn level(&self, n: u32) -> Option<&'f Level> {
        self.levels.iter().copied().find(|l| l.number == n)
    }

    fn level_id(&self, n: u32) -> &'f str {
        self.level(n)
            .or(self.levels.last().copied())
            .map_or("L1", |l| l.id.as_str())
    }

    /// The title of level `n` on `route`, or on the first route when that one is unknown.
    fn level_title(&self, n: u32, route: Option<&str>) -> String {
        let id = self.level_id(n);
        let routes = &self.framework.routes;
        let chosen = route
            .and_then(|r| routes.iter().find(|x| x.id == r))
            .or(routes.first());
        chosen
            .and_then(|r| r.levels.iter().find(|t| t.level == id))
            .map_or_else(|| id.to_string(), |t| t.title.clone())
    }

    fn tour_of(&self, n: u32) -> &'f str {
        self.level(n).map_or("", |l| l.tour.as_str())
    }

    fn stage_of(&self, n: u32) -> Option<&'f Stage> {
        let id = self.level_id(n);
        self.framework
            .stages
            .iter()
            .find(|s| s.levels.iter().any(|l| l == id))
    }

    /// The highest level plausible after `years` of experience.
    fn max_level_for_years(&self, years: f64) -> u32 {
        let Some(rules) = self.rules() else {
            return self.max_level();
        };
        let mut best = self.min_level();
        for l in &self.levels {
            match rules.min_years.get(&l.id) {
                Some(&need) if need > years + 1e-9 => break,
                _ => best = l.number,
            }
        }
        best
    }

    fn lexicon_lists(&self) -> usize {
        self.vocab.len()
            + self.competency_lists.len()
            + self.signal_lists.len()
            + self.path_lists.len()
            + self.milestone_lists.iter().map(Vec::len).sum::<usize>()
    }

    fn vocab(&self, name: &str) -> Option<ListId> {
        self.vocab.get(name).copied()
    }

    /// Whether a position's title has a phrase of `list`.
    fn names_title(&self, position: &ctopath_profile::Position, list: ListId) -> bool {
        (position.title.as_deref()).is_some_and(|title| self.lexicon.mentions(title, list))
    }

    /// Whether a position's title or organisation has a phrase of `list`: how a role is
    /// named ("Career break", "Contract Tech Lead", "Self-employed"), never its prose.
    fn names(&self, position: &ctopath_profile::Position, list: ListId) -> bool {
        self.names_title(position, list)
            || (position.organisation.as_deref())
                .is_some_and(|org| self.lexicon.mentions(org, list))
    }

    /// Whether a word list may be matched in what an organisation does.
    fn reads_organisations(&self, list: ListId) -> bool {
        self.organisation_lists.get(list).copied().unwrap_or(false)
    }
}

/// The framework's vocabularies that describe organisations rather than people.
const ORGANISATION_VOCABULARY: [&str; 2] = ["technology", "tech_not_differentiator"];

pub(crate) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
