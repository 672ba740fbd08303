//! Opening a store: where it lives, how SQLite is configured, and bringing
//! the schema up to date.

use std::path::PathBuf;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::{AnyConnection, Connection, Executor, Row};

use crate::StoreError;
use crate::fail::{Fail, classify};
use crate::location::{Target, parse_target, prepare_file, redact_password, sqlite_url};

/// The versioned schema, compiled into the binary so an installed ctopath
/// can upgrade any older database it meets.
static MIGRATOR: Migrator = sqlx::migrate!();

/// Run on every new SQLite connection. `busy_timeout` comes first so the
/// others wait for a lock instead of failing at once.
///
/// - `journal_mode = WAL`: readers never block the writer nor the reverse,
///   and a writer killed mid-transaction leaves only uncommitted WAL frames,
///   which SQLite ignores on the next open. It is stored in the file, so
///   after the first connection this is a no-op.
/// - `synchronous = FULL`: the WAL is synced on every commit, so a write the
///   user saw succeed survives a power cut, not only a crash. ctopath writes
///   a handful of small transactions per command; the extra fsync is not
///   noticeable, while losing an acknowledged edit would be.
/// - `foreign_keys = ON`: SQLite leaves it off per connection by default,
///   and the schema relies on it to keep revisions tied to a person.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; \
     PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON;";

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A [`crate::Store`] over SQLite or PostgreSQL; one implementation serves
/// both through sqlx's `Any` driver.
pub struct SqlStore {
    pub(crate) pool: AnyPool,
    pub(crate) backend: Backend,
    /// Where the data lives, as shown in messages (never with a password).
    pub(crate) location: String,
}

/// Shows where the store is without the pool's internals (or a password).
impl std::fmt::Debug for SqlStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqlStore")
            .field("backend", &self.backend)
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl SqlStore {
    /// Opens (creating if needed) the store at `location`: a file path, a
    /// `sqlite://` URL or a `postgres://` URL. Brings the schema up to date.
    pub async fn open(location: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let (url, backend, shown, in_memory) = match parse_target(location)? {
            Target::File(path) => {
                let path = prepare_file(&path)?;
                let shown = path.display().to_string();
                (sqlite_url(&path, &shown)?, Backend::Sqlite, shown, false)
            }
            Target::SqliteUrl(url) => {
                let memory = url.contains(":memory:") || url.contains("mode=memory");
                (url.clone(), Backend::Sqlite, url, memory)
            }
            Target::Postgres(url) => {
                let shown = redact_password(&url);
                (url, Backend::Postgres, shown, false)
            }
        };
        let pool = connect(&url, backend, in_memory)
            .await
            .map_err(|e| open_failure(backend, &shown, e))?;
        let store = SqlStore {
            pool,
            backend,
            location: shown,
        };
        store.migrate().await?;
        Ok(store)
    }

    /// Where the store lives when the user names no other place: the
    /// platform's data directory (`$XDG_DATA_HOME/ctopath/ctopath.db` on
    /// Linux). Callers let `--db` / `CTOPATH_DB` take precedence.
    pub fn default_location() -> Result<PathBuf, StoreError> {
        let dirs =
            directories::ProjectDirs::from("", "", "ctopath").ok_or_else(|| StoreError::Open {
                location: "the default location".into(),
                reason: "this user has no home directory to keep data in".into(),
            })?;
        Ok(dirs.data_dir().join("ctopath.db"))
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Where the data lives, as shown in messages.
    pub fn location(&self) -> &str {
        &self.location
    }

    /// The newest schema version applied to this database.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        let version = sqlx::query_scalar::<_, i64>(
            "SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success",
        )
        .fetch_one(&self.pool)
        .await;
        version.map_err(|e| self.sql_error("reading the schema version", e))
    }

    /// The newest schema version this build knows.
    pub fn latest_schema_version() -> i64 {
        MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
    }

    /// Asks SQLite to verify every page and foreign key; answers `Corrupt`
    /// with its findings. PostgreSQL has no equivalent, so there it only
    /// checks that the server answers.
    pub async fn check_integrity(&self) -> Result<(), StoreError> {
        let action = "checking integrity";
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT 1")
                .execute(&self.pool)
                .await
                .map_err(|e| self.sql_error(action, e))?;
            return Ok(());
        }
        let rows = sqlx::query("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.sql_error(action, e))?;
        let findings: Vec<String> = rows
            .iter()
            .filter_map(|r| r.try_get::<String, _>(0).ok())
            .filter(|line| line != "ok")
            .collect();
        let orphans = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.sql_error(action, e))?;
        let mut problems = findings;
        if !orphans.is_empty() {
            problems.push(format!("{} rows point at missing rows", orphans.len()));
        }
        if problems.is_empty() {
            return Ok(());
        }
        let reason = problems.join("; ");
        Err(StoreError::Corrupt {
            location: self.location.clone(),
            reason,
        })
    }

    /// Closes every connection, letting SQLite fold the WAL into the file.
    pub async fn close(self) {
        self.pool.close().await;
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let location = self.location.clone();
        let fail = |reason: String| StoreError::Migration {
            location: location.clone(),
            reason,
        };
        match MIGRATOR.run(&self.pool).await {
            Ok(()) => Ok(()),
            Err(MigrateError::VersionMissing(v)) => Err(fail(format!(
                "it was last written by a newer ctopath (schema version {v} is unknown to this one) — upgrade ctopath"
            ))),
            Err(MigrateError::VersionMismatch(v)) => Err(fail(format!(
                "schema step {v} differs from the one this database went through — reinstall a released ctopath"
            ))),
            Err(MigrateError::Execute(e) | MigrateError::ExecuteMigration(e, _)) => {
                match self.sql_error("updating the schema", e) {
                    StoreError::Database { reason, .. } => Err(fail(reason)),
                    other => Err(other),
                }
            }
            Err(other) => Err(fail(other.to_string())),
        }
    }

    pub(crate) fn sql_error(&self, action: &'static str, e: sqlx::Error) -> StoreError {
        classify(self.backend, &self.location, action, e)
    }

    /// Converts an internal result at the end of a public method.
    pub(crate) fn finish<T>(
        &self,
        action: &'static str,
        r: Result<T, Fail>,
    ) -> Result<T, StoreError> {
        r.map_err(|f| match f {
            Fail::Sql(e) => self.sql_error(action, e),
            Fail::Store(e) => e,
        })
    }
}

async fn connect(url: &str, backend: Backend, in_memory: bool) -> Result<AnyPool, sqlx::Error> {
    // One plain connection first: the pool retries failed connections until
    // its timeout and then reports only "timed out", while this surfaces the
    // real reason (refused, not a database, …) at once.
    let mut probe = AnyConnection::connect(url).await?;
    if backend == Backend::Sqlite {
        probe.execute(SQLITE_PRAGMAS).await?;
    }
    probe.close().await?;

    let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(30));
    let options = match backend {
        Backend::Postgres => options.max_connections(5),
        // An in-memory database lives only as long as a connection to it, so
        // keep exactly one open for the life of the pool.
        Backend::Sqlite if in_memory => options
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None),
        // WAL allows many readers beside the single writer; a few suffice.
        Backend::Sqlite => options.max_connections(4),
    };
    let options = if backend == Backend::Sqlite {
        options.after_connect(|conn, _meta| {
            Box::pin(async move { conn.execute(SQLITE_PRAGMAS).await.map(|_| ()) })
        })
    } else {
        options
    };
    options.connect(url).await
}

fn open_failure(backend: Backend, location: &str, e: sqlx::Error) -> StoreError {
    match classify(backend, location, "opening", e) {
        StoreError::Database { reason, .. } => StoreError::Open {
            location: location.to_string(),
            reason,
        },
        other => other,
    }
}
