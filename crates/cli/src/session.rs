//! A command's connection to the store: opens the database, finds the person the
//! command is about, and loads or saves their profile with validation first, so
//! nothing invalid is ever written.

use std::future::Future;

use ctopath_framework::Framework;
use ctopath_profile::Profile;
use ctopath_source::RuleCode;
use ctopath_store::{SqlStore, Store, StoreError};

use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};

pub struct Session {
    runtime: tokio::runtime::Runtime,
    pub store: SqlStore,
    /// The `--person` given on the command line, if any.
    person: Option<String>,
}

impl Session {
    /// Opens the store named by `--db`/`CTOPATH_DB`, or the default SQLite file.
    pub fn open(db: Option<&str>, person: Option<&str>) -> CliResult<Session> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| {
                CliError::other(Diagnostic::error(format!(
                    "cannot start the async runtime: {e}"
                )))
            })?;
        let location = match db {
            Some(db) => db.to_string(),
            None => SqlStore::default_location()
                .map_err(store_error)?
                .display()
                .to_string(),
        };
        let store = runtime
            .block_on(SqlStore::open(&location))
            .map_err(store_error)?;
        Ok(Session {
            runtime,
            store,
            person: person.map(str::to_string),
        })
    }

    pub fn run<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// The person this command works on: `--person`, else the active one.
    pub fn person(&self) -> CliResult<String> {
        if let Some(p) = &self.person {
            return Ok(p.clone());
        }
        match self.run(self.store.active()).map_err(store_error)? {
            Some(name) => Ok(name),
            None => Err(CliError::input(
                Diagnostic::error("there is no profile yet")
                    .help("import your career first: `ctopath profile import resume.json` (a JSON Resume or a ctopath profile), or start one with `ctopath profile init`"),
            )),
        }
    }

    /// Loads the current profile of `person` and its revision number.
    pub fn load(&self, person: &str) -> CliResult<(Profile, u32)> {
        let stored = self.run(self.store.profile(person)).map_err(store_error)?;
        let Some(stored) = stored else {
            let known = self.run(self.store.people()).map_err(store_error)?;
            let names: Vec<String> = known.into_iter().map(|p| p.name).collect();
            return Err(store_error(StoreError::UnknownPerson {
                name: person.to_string(),
                known: names,
            }));
        };
        let profile: Profile = serde_json::from_value(stored.document).map_err(|e| {
            CliError::other(
                Diagnostic::error(format!("the stored profile of {person} cannot be read: {e}"))
                    .help("it may come from a newer ctopath; `ctopath profile history` lists earlier revisions"),
            )
        })?;
        Ok((profile, stored.revision))
    }

    /// Validates `profile` against `framework` and saves it as a new revision.
    pub fn save(&self, person: &str, profile: &Profile, framework: &Framework) -> CliResult<u32> {
        check_profile(profile, framework)?;
        let value = serde_json::to_value(profile).expect("a profile always serialises");
        self.run(self.store.save_profile(person, &value))
            .map_err(store_error)
    }
}

/// Refuses an invalid profile with one diagnostic per problem (exit 2).
pub fn check_profile(profile: &Profile, framework: &Framework) -> CliResult {
    let problems = ctopath_profile::validate::validate(profile, framework);
    if problems.is_empty() {
        return Ok(());
    }
    Err(CliError::Input(
        problems
            .into_iter()
            .map(|p| {
                Diagnostic::error(format!("{} [{}]", p.message, p.rule.code()))
                    .field(&p.path)
                    .help(p.help)
            })
            .collect(),
    ))
}

pub fn store_error(e: StoreError) -> CliError {
    let d = Diagnostic::error(e.to_string());
    if e.is_input() {
        CliError::input(d)
    } else {
        CliError::other(d)
    }
}
