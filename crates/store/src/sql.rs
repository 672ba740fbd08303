//! [`Store`] for [`SqlStore`]: each method is one transaction built from the
//! statements in `queries`.

use serde_json::Value;
use sqlx::Any;
use sqlx::Transaction;

use crate::fail::{Fail, bad_document, bad_number};
use crate::ids::now_utc;
use crate::open::Backend;
use crate::queries as q;
use crate::{
    ImportOutcome, NewSnapshot, PersonId, PersonSummary, RevisionInfo, Snapshot, SnapshotId,
    SqlStore, Store, StoreError, StoredProfile,
};

/// Where inside an import a test hook runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookPoint {
    /// The first row has been written; more writes follow.
    AfterFirstWrite,
    /// Everything is written; only the commit is left.
    BeforeCommit,
}

/// A test hook: returning `Err` makes the import fail at that point.
type Hook<'a> = Option<&'a (dyn Fn(HookPoint) -> Result<(), String> + Sync)>;

impl SqlStore {
    /// Starts a transaction that will write. On SQLite it takes the write
    /// lock up front (`BEGIN IMMEDIATE`): a plain `BEGIN` that reads and then
    /// writes can fail with "database is locked" at the upgrade without ever
    /// waiting on the busy timeout.
    async fn write_tx(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// A read transaction, so multi-statement reads see one consistent state.
    async fn read_tx(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.pool.begin().await
    }

    fn fire(&self, hook: Hook<'_>, point: HookPoint) -> Result<(), Fail> {
        match hook.map(|h| h(point)) {
            Some(Err(reason)) => Err(StoreError::Database {
                location: self.location.clone(),
                action: "importing",
                reason: format!("injected failure: {reason}"),
            }
            .into()),
            _ => Ok(()),
        }
    }

    /// Like [`Store::import_person`], calling `hook` inside the transaction
    /// so tests can make it fail or stall between writes.
    #[cfg(any(test, feature = "fault-injection"))]
    pub async fn import_person_with_hook(
        &self,
        name: &str,
        profile: &Value,
        replace: bool,
        hook: &(dyn Fn(HookPoint) -> Result<(), String> + Sync),
    ) -> Result<ImportOutcome, StoreError> {
        let r = self.import(name, profile, replace, Some(hook)).await;
        self.finish("importing", r)
    }

    async fn import(
        &self,
        name: &str,
        profile: &Value,
        replace: bool,
        hook: Hook<'_>,
    ) -> Result<ImportOutcome, Fail> {
        validate_name(name)?;
        let document = profile.to_string();
        let now = now_utc();
        let mut tx = self.write_tx().await?;
        let outcome = match q::find_person(&mut tx, name).await? {
            None => {
                let id = q::insert_person(&mut tx, name, &now).await?;
                self.fire(hook, HookPoint::AfterFirstWrite)?;
                q::insert_revision(&mut tx, &id, 1, &document, &now).await?;
                q::activate_if_nobody(&mut tx, &id).await?;
                ImportOutcome::Created {
                    id: PersonId(id),
                    revision: 1,
                }
            }
            Some(_) if !replace => {
                return Err(StoreError::PersonExists {
                    name: name.to_string(),
                }
                .into());
            }
            Some(id) => {
                q::touch_person(&mut tx, &id, &now).await?;
                let latest = q::latest_revision(&mut tx, &id).await?;
                let latest_revision = match latest {
                    Some((revision, text)) => {
                        if self.parse(&text, "profile")? == *profile {
                            tx.rollback().await?;
                            return Ok(ImportOutcome::Unchanged {
                                revision: self.revision(revision)?,
                            });
                        }
                        revision
                    }
                    None => 0,
                };
                self.fire(hook, HookPoint::AfterFirstWrite)?;
                let revision = latest_revision + 1;
                q::insert_revision(&mut tx, &id, revision, &document, &now).await?;
                ImportOutcome::Updated {
                    revision: self.revision(revision)?,
                }
            }
        };
        self.fire(hook, HookPoint::BeforeCommit)?;
        tx.commit().await?;
        Ok(outcome)
    }

    fn parse(&self, text: &str, what: &str) -> Result<Value, Fail> {
        serde_json::from_str(text).map_err(|e| bad_document(&self.location, what, &e).into())
    }

    fn revision(&self, value: i64) -> Result<u32, Fail> {
        u32::try_from(value).map_err(|_| bad_number(&self.location, "revision", value).into())
    }

    fn stored(&self, row: (String, i64, String, String)) -> Result<StoredProfile, Fail> {
        let (name, revision, document, updated_at) = row;
        Ok(StoredProfile {
            name,
            revision: self.revision(revision)?,
            document: self.parse(&document, "profile")?,
            updated_at,
        })
    }

    fn snapshot(&self, person: &str, row: q::SnapshotRow) -> Result<Snapshot, Fail> {
        let (id, created_at, framework_id, framework_version, level, next, cto, assessment) = row;
        Ok(Snapshot {
            id: SnapshotId(id),
            person: person.to_string(),
            created_at,
            framework_id,
            framework_version,
            level,
            readiness_next: next,
            readiness_cto: cto,
            assessment: self.parse(&assessment, "assessment")?,
        })
    }
}

impl Store for SqlStore {
    async fn create_person(&self, name: &str, profile: &Value) -> Result<PersonId, StoreError> {
        let r = async {
            validate_name(name)?;
            let now = now_utc();
            let mut tx = self.write_tx().await?;
            if q::find_person(&mut tx, name).await?.is_some() {
                return Err(StoreError::PersonExists {
                    name: name.to_string(),
                }
                .into());
            }
            let id = q::insert_person(&mut tx, name, &now).await?;
            q::insert_revision(&mut tx, &id, 1, &profile.to_string(), &now).await?;
            q::activate_if_nobody(&mut tx, &id).await?;
            tx.commit().await?;
            Ok(PersonId(id))
        };
        self.finish("creating a person", r.await)
    }

    async fn save_profile(&self, person: &str, profile: &Value) -> Result<u32, StoreError> {
        let r = async {
            let now = now_utc();
            let mut tx = self.write_tx().await?;
            let id = q::require_person(&mut tx, person).await?;
            q::touch_person(&mut tx, &id, &now).await?;
            let latest = q::latest_revision(&mut tx, &id).await?;
            let revision = latest.map_or(0, |(r, _)| r) + 1;
            q::insert_revision(&mut tx, &id, revision, &profile.to_string(), &now).await?;
            tx.commit().await?;
            self.revision(revision)
        };
        self.finish("saving a profile", r.await)
    }

    async fn import_person(
        &self,
        name: &str,
        profile: &Value,
        replace: bool,
    ) -> Result<ImportOutcome, StoreError> {
        let r = self.import(name, profile, replace, None).await;
        self.finish("importing", r)
    }

    async fn profile(&self, person: &str) -> Result<Option<StoredProfile>, StoreError> {
        let r = async {
            let mut conn = self.pool.acquire().await?;
            match q::profile_row(&mut conn, person, None).await? {
                Some(row) => self.stored(row).map(Some),
                None => Ok(None),
            }
        };
        self.finish("reading a profile", r.await)
    }

    async fn profile_revision(
        &self,
        person: &str,
        revision: u32,
    ) -> Result<Option<StoredProfile>, StoreError> {
        let r = async {
            if revision == 0 {
                return Ok(None);
            }
            let mut conn = self.pool.acquire().await?;
            match q::profile_row(&mut conn, person, Some(i64::from(revision))).await? {
                Some(row) => self.stored(row).map(Some),
                None => Ok(None),
            }
        };
        self.finish("reading a profile revision", r.await)
    }

    async fn profile_revisions(&self, person: &str) -> Result<Vec<RevisionInfo>, StoreError> {
        let r = async {
            let mut tx = self.read_tx().await?;
            let id = q::require_person(&mut tx, person).await?;
            let rows = q::revisions(&mut tx, &id).await?;
            tx.commit().await?;
            rows.into_iter()
                .map(|(revision, created_at)| {
                    Ok(RevisionInfo {
                        revision: self.revision(revision)?,
                        created_at,
                    })
                })
                .collect()
        };
        self.finish("listing profile revisions", r.await)
    }

    async fn people(&self) -> Result<Vec<PersonSummary>, StoreError> {
        let r = async {
            let mut conn = self.pool.acquire().await?;
            q::people(&mut conn)
                .await?
                .into_iter()
                .map(|(name, updated_at, count, active)| {
                    Ok(PersonSummary {
                        name,
                        revisions: self.revision(count)?,
                        updated_at,
                        active: active != 0,
                    })
                })
                .collect()
        };
        self.finish("listing people", r.await)
    }

    async fn set_active(&self, person: &str) -> Result<(), StoreError> {
        let r = async {
            let mut tx = self.write_tx().await?;
            let id = q::require_person(&mut tx, person).await?;
            q::set_active(&mut tx, &id).await?;
            tx.commit().await?;
            Ok(())
        };
        self.finish("choosing the active person", r.await)
    }

    async fn active(&self) -> Result<Option<String>, StoreError> {
        let r = async {
            let mut conn = self.pool.acquire().await?;
            Ok(q::active_name(&mut conn).await?)
        };
        self.finish("reading the active person", r.await)
    }

    async fn delete_person(&self, person: &str) -> Result<(), StoreError> {
        let r = async {
            let mut tx = self.write_tx().await?;
            let id = q::require_person(&mut tx, person).await?;
            q::delete_person(&mut tx, &id).await?;
            tx.commit().await?;
            Ok(())
        };
        self.finish("deleting a person", r.await)
    }

    async fn add_snapshot(
        &self,
        person: &str,
        snapshot: &NewSnapshot,
    ) -> Result<SnapshotId, StoreError> {
        let r = async {
            validate_snapshot(snapshot)?;
            let mut tx = self.write_tx().await?;
            let id = q::require_person(&mut tx, person).await?;
            let snapshot_id = q::insert_snapshot(&mut tx, &id, &now_utc(), snapshot).await?;
            tx.commit().await?;
            Ok(SnapshotId(snapshot_id))
        };
        self.finish("recording a snapshot", r.await)
    }

    async fn snapshots(&self, person: &str) -> Result<Vec<Snapshot>, StoreError> {
        let r = async {
            let mut tx = self.read_tx().await?;
            let id = q::require_person(&mut tx, person).await?;
            let rows = q::snapshots(&mut tx, &id).await?;
            tx.commit().await?;
            rows.into_iter()
                .map(|row| self.snapshot(person, row))
                .collect()
        };
        self.finish("listing snapshots", r.await)
    }
}

/// Names are typed on command lines and shown in tables, so they must be
/// visible, single-line and without stray spaces that would make two names
/// look alike.
fn validate_name(name: &str) -> Result<(), StoreError> {
    let reason = if name.trim().is_empty() {
        "it is empty"
    } else if name.trim() != name {
        "it starts or ends with spaces"
    } else if name.chars().any(char::is_control) {
        "it contains control characters such as tabs or line breaks"
    } else if name.chars().count() > 200 {
        "it is longer than 200 characters"
    } else {
        return Ok(());
    };
    Err(StoreError::Invalid {
        field: "person name",
        reason: format!("{reason}; use a short visible name such as \"alex\""),
    })
}

/// Readiness must be a real number: SQLite would silently store NaN as NULL.
fn validate_snapshot(snapshot: &NewSnapshot) -> Result<(), StoreError> {
    if snapshot.framework_id.trim().is_empty() {
        return Err(StoreError::Invalid {
            field: "snapshot",
            reason: "the framework id is empty".into(),
        });
    }
    let readings = [
        ("readiness for the next level", snapshot.readiness_next),
        ("readiness for CTO", snapshot.readiness_cto),
    ];
    for (what, value) in readings {
        if value.is_some_and(|v| !v.is_finite()) {
            return Err(StoreError::Invalid {
                field: "snapshot",
                reason: format!("{what} is not a finite number"),
            });
        }
    }
    Ok(())
}
