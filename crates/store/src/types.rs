//! Plain data that crosses the store's boundary. Timestamps are RFC 3339 UTC
//! strings (fixed width, so they sort as text) to stay identical on SQLite
//! and PostgreSQL without a date library in the middle.

use std::fmt;

use serde_json::Value;

/// A person's stable id. Names can be shown and typed; ids never change.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonId(pub String);

/// A snapshot's id; ids are time-ordered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SnapshotId(pub String);

impl fmt::Display for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for SnapshotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One revision of a person's profile, with the document itself.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredProfile {
    pub name: String,
    pub revision: u32,
    pub document: Value,
    /// When this revision was written.
    pub updated_at: String,
}

/// A revision without its document, for listing history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    pub revision: u32,
    pub created_at: String,
}

/// A line of the people list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonSummary {
    pub name: String,
    pub revisions: u32,
    /// When the latest revision was written.
    pub updated_at: String,
    pub active: bool,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new person was created with the document as revision 1.
    Created { id: PersonId, revision: u32 },
    /// The document became a new revision of an existing person.
    Updated { revision: u32 },
    /// The document equals the latest revision; nothing was written.
    Unchanged { revision: u32 },
}

impl ImportOutcome {
    /// The revision that now holds the imported document.
    pub fn revision(&self) -> u32 {
        match self {
            ImportOutcome::Created { revision, .. }
            | ImportOutcome::Updated { revision }
            | ImportOutcome::Unchanged { revision } => *revision,
        }
    }
}

/// An assessment to record. The summary fields are copied out of the
/// assessment so history can be listed and charted without parsing JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSnapshot {
    pub framework_id: String,
    pub framework_version: String,
    /// The level the person was assessed at, if any.
    pub level: Option<String>,
    /// Readiness for the next level, 0.0 to 1.0; `None` at the top.
    pub readiness_next: Option<f64>,
    /// Readiness for the CTO role, 0.0 to 1.0.
    pub readiness_cto: Option<f64>,
    /// The full assessment as produced by the engine.
    pub assessment: Value,
}

/// A recorded assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub id: SnapshotId,
    pub person: String,
    pub created_at: String,
    pub framework_id: String,
    pub framework_version: String,
    pub level: Option<String>,
    pub readiness_next: Option<f64>,
    pub readiness_cto: Option<f64>,
    pub assessment: Value,
}
