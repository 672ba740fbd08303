//! What every request shares: the store, the framework and its engine, the cache of
//! assessments, and which person the app is about.
//!
//! Freshness: the list of people (with each one's latest revision and write time) is
//! read from the store at most once per `fresh_for` and at once after any write made
//! through the server. That list is the [`Fingerprint`] source of the assessment
//! cache, so a change made with the command line shows within `fresh_for`, and the
//! hot path of `GET /api/assessment` is a clock check and a map lookup.

use std::sync::{Arc, OnceLock, RwLock};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use ctopath_engine::{Engine, Options, Plan};
use ctopath_framework::Framework;
use ctopath_pdf::PdfEngine;
use ctopath_profile::{PartialDate, Profile};
use ctopath_source::RuleCode;
use ctopath_store::{PersonSummary, SqlStore, Store};

use crate::cache::{AssessmentCache, Entry, Fingerprint};
use crate::config::{ServerConfig, Today};
use crate::error::{Failure, ProblemView};

/// Shared application state; cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: SqlStore,
    pub framework: &'static Framework,
    pub engine: Engine<'static>,
    today: Today,
    person: Option<String>,
    fresh_for: Duration,
    roster: RwLock<Option<Arc<Roster>>>,
    refresh: tokio::sync::Mutex<()>,
    cache: AssessmentCache,
    pdf: OnceLock<PdfEngine>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// Everyone in the store, as read at one moment.
pub struct Roster {
    pub people: Vec<PersonSummary>,
    fetched: Instant,
}

impl Roster {
    pub fn find(&self, name: &str) -> Option<&PersonSummary> {
        self.people.iter().find(|p| p.name == name)
    }
}

impl AppState {
    /// State over an open store, configured like [`crate::Server::bind`] would.
    pub fn new(store: SqlStore, config: ServerConfig) -> AppState {
        AppState(Arc::new(Inner {
            store,
            framework: config.framework,
            engine: Engine::new(config.framework),
            today: config.today,
            person: config.person,
            fresh_for: config.fresh_for,
            roster: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
            cache: AssessmentCache::default(),
            pdf: OnceLock::new(),
        }))
    }

    pub fn today(&self) -> PartialDate {
        self.today.date()
    }

    /// The PDF engine, made on first use (it parses its fonts once).
    pub fn pdf(&self) -> &PdfEngine {
        self.pdf.get_or_init(PdfEngine::new)
    }

    /// The people in the store, re-read when older than `fresh_for`.
    pub async fn roster(&self) -> Result<Arc<Roster>, Failure> {
        if let Some(r) = self.fresh_roster() {
            return Ok(r);
        }
        // One request refreshes while the others wait for its answer.
        let _turn = self.refresh.lock().await;
        if let Some(r) = self.fresh_roster() {
            return Ok(r);
        }
        let people = self.store.people().await?;
        let roster = Arc::new(Roster {
            people,
            fetched: Instant::now(),
        });
        self.cache.retain(|name| roster.find(name).is_some());
        *self.roster.write().unwrap_or_else(|e| e.into_inner()) = Some(roster.clone());
        Ok(roster)
    }

    fn fresh_roster(&self) -> Option<Arc<Roster>> {
        let guard = self.roster.read().unwrap_or_else(|e| e.into_inner());
        guard
            .as_ref()
            .filter(|r| !self.fresh_for.is_zero() && r.fetched.elapsed() < self.fresh_for)
            .cloned()
    }

    /// Forgets the people list, so the next request reads the store: called after
    /// every write the server makes.
    pub fn invalidate(&self) {
        *self.roster.write().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The name of the person the app is about: `--person`, else the active one.
    pub async fn person(&self) -> Result<Option<String>, Failure> {
        let roster = self.roster().await?;
        Ok(self.pick(&roster).map(|p| p.name.clone()))
    }

    fn pick<'r>(&self, roster: &'r Roster) -> Option<&'r PersonSummary> {
        match &self.person {
            Some(name) => roster.find(name),
            None => roster.people.iter().find(|p| p.active),
        }
    }

    /// The current person's profile and assessment, from the cache when their data
    /// has not changed since it was made.
    pub async fn entry(&self) -> Result<Arc<Entry>, Failure> {
        let roster = self.roster().await?;
        let Some(person) = self.pick(&roster) else {
            return Err(match &self.person {
                Some(name) => Failure::not_found(format!("there is no profile named {name:?}"))
                    .help("`ctopath profile list` shows the names; restart `ctopath serve` without --person to use the active one"),
                None => Failure::no_profile(),
            });
        };
        let key = Fingerprint {
            updated_at: person.updated_at.clone(),
            revisions: person.revisions,
            today: self.today(),
        };
        if let Some(hit) = self.cache.get(&person.name, &key) {
            return Ok(hit);
        }
        let name = person.name.clone();
        let profile = self.load(&name).await?;
        let state = self.clone();
        let entry = tokio::task::spawn_blocking(move || {
            let assessment = state.engine.assess(&profile, &Options::new(key.today));
            Arc::new(Entry::new(key, name, profile, assessment))
        })
        .await
        .map_err(|e| Failure::internal(format!("the assessment stopped: {e}")))?;
        self.cache.put(entry.clone());
        Ok(entry)
    }

    /// The plan for the current person, made once per cached assessment.
    pub async fn plan(&self) -> Result<(Arc<Entry>, Arc<Plan>), Failure> {
        let entry = self.entry().await?;
        let state = self.clone();
        let e = entry.clone();
        let plan = tokio::task::spawn_blocking(move || e.plan(|p, a| state.engine.plan(p, a)))
            .await
            .map_err(|e| Failure::internal(format!("the plan stopped: {e}")))?;
        Ok((entry, plan))
    }

    /// The latest stored profile of `person`.
    pub async fn load(&self, person: &str) -> Result<Profile, Failure> {
        let stored =
            self.store.profile(person).await?.ok_or_else(|| {
                Failure::not_found(format!("there is no profile named {person:?}"))
            })?;
        serde_json::from_value(stored.document).map_err(|e| {
            Failure::internal(format!("the stored profile of {person} cannot be read: {e}"))
                .help("it may come from a newer ctopath; `ctopath profile history` lists earlier revisions")
        })
    }

    /// Validates `profile` and saves it as the person's next revision. Problems come
    /// back with the own format's field paths (`positions[2].end`) so forms can put
    /// each message next to its field.
    pub async fn save(&self, person: &str, profile: &Profile) -> Result<u32, SaveError> {
        let problems = validation_problems(profile, self.framework);
        if !problems.is_empty() {
            return Err(SaveError::Invalid(problems));
        }
        let value = serde_json::to_value(profile).expect("a profile always serialises");
        let revision = self
            .store
            .save_profile(person, &value)
            .await
            .map_err(|e| SaveError::Failed(e.into()))?;
        self.invalidate();
        Ok(revision)
    }
}

/// The profile's validation problems, as views.
pub fn validation_problems(profile: &Profile, framework: &Framework) -> Vec<ProblemView> {
    ctopath_profile::validate::validate(profile, framework)
        .into_iter()
        .map(|p| ProblemView {
            path: p.path.as_str().to_string(),
            location: None,
            message: format!("{} [{}]", p.message, p.rule.code()),
            help: p.help,
        })
        .collect()
}

/// Why a save did not happen.
#[derive(Debug)]
pub enum SaveError {
    /// The profile breaks validation rules; nothing was written.
    Invalid(Vec<ProblemView>),
    Failed(Failure),
}

impl From<SaveError> for Failure {
    fn from(e: SaveError) -> Failure {
        match e {
            SaveError::Failed(f) => f,
            SaveError::Invalid(problems) => Failure::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "The profile would not be valid",
                format!("{} problem(s); nothing was saved", problems.len()),
            )
            .help("fix the fields named below and try again")
            .problems(problems),
        }
    }
}
