//! ctopath's store: people, their profile revisions, which one is active, and
//! dated assessment snapshots.
//!
//! A user's data lives in a SQLite file on their own machine by default; the
//! same SQL also runs on PostgreSQL so a team can share one server. Profiles
//! and assessments are kept as opaque JSON so this crate does not depend on
//! the profile or engine crates: they own the shape, the store owns safety.
//!
//! Guarantees the callers can rely on:
//! - every write is one transaction, so an import is all-or-nothing and a
//!   killed process never leaves half a write behind;
//! - a profile is never overwritten: each save appends a revision, so any
//!   earlier version can be read back and saved again to undo an edit;
//! - callers only see [`Store`], the types below and [`StoreError`], never the
//!   database library.

mod error;
mod fail;
mod ids;
mod location;
mod open;
mod queries;
mod sql;
mod types;

use std::future::Future;

use serde_json::Value;

pub use error::StoreError;
pub use open::{Backend, SqlStore};
#[cfg(any(test, feature = "fault-injection"))]
pub use sql::HookPoint;
pub use types::{
    ImportOutcome, NewSnapshot, PersonId, PersonSummary, RevisionInfo, Snapshot, SnapshotId,
    StoredProfile,
};

/// Everything ctopath reads from and writes to its store.
///
/// People are addressed by name. Lookups of a single item (`profile`,
/// `profile_revision`) answer `None` when nothing matches; every other method
/// that names a person fails with [`StoreError::UnknownPerson`], which lists
/// the known names, so a typo is never mistaken for "no data yet".
///
/// The futures are `Send` so a caller may run them on any tokio runtime.
pub trait Store {
    /// Creates a person with `profile` as revision 1. Fails with
    /// [`StoreError::PersonExists`] if the name is taken. The first person
    /// created while nobody is active becomes the active one.
    fn create_person(
        &self,
        name: &str,
        profile: &Value,
    ) -> impl Future<Output = Result<PersonId, StoreError>> + Send;

    /// Appends `profile` as the person's next revision and returns its number.
    fn save_profile(
        &self,
        person: &str,
        profile: &Value,
    ) -> impl Future<Output = Result<u32, StoreError>> + Send;

    /// Creates the person, or (with `replace`) appends a revision to an
    /// existing one, in a single transaction. Importing a document equal to
    /// the latest revision writes nothing and reports
    /// [`ImportOutcome::Unchanged`], so repeating an import is harmless.
    fn import_person(
        &self,
        name: &str,
        profile: &Value,
        replace: bool,
    ) -> impl Future<Output = Result<ImportOutcome, StoreError>> + Send;

    /// The latest revision of a person's profile, or `None` if no person has
    /// that name.
    fn profile(
        &self,
        person: &str,
    ) -> impl Future<Output = Result<Option<StoredProfile>, StoreError>> + Send;

    /// One specific revision, or `None` if the person or revision is unknown.
    /// Saving an old revision again is how an edit is undone.
    fn profile_revision(
        &self,
        person: &str,
        revision: u32,
    ) -> impl Future<Output = Result<Option<StoredProfile>, StoreError>> + Send;

    /// All revisions of a person's profile, oldest first.
    fn profile_revisions(
        &self,
        person: &str,
    ) -> impl Future<Output = Result<Vec<RevisionInfo>, StoreError>> + Send;

    /// Everyone in the store, sorted by name.
    fn people(&self) -> impl Future<Output = Result<Vec<PersonSummary>, StoreError>> + Send;

    /// Makes `person` the one commands act on by default.
    fn set_active(&self, person: &str) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The active person's name, if anyone is active.
    fn active(&self) -> impl Future<Output = Result<Option<String>, StoreError>> + Send;

    /// Removes a person with all their revisions and snapshots. If they were
    /// active, nobody is active afterwards.
    fn delete_person(&self, person: &str) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records a dated assessment snapshot for a person.
    fn add_snapshot(
        &self,
        person: &str,
        snapshot: &NewSnapshot,
    ) -> impl Future<Output = Result<SnapshotId, StoreError>> + Send;

    /// A person's snapshots, oldest first.
    fn snapshots(
        &self,
        person: &str,
    ) -> impl Future<Output = Result<Vec<Snapshot>, StoreError>> + Send;
}
