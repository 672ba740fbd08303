//! Turning database-library errors into [`StoreError`]s. Internally code uses
//! [`Fail`] so `?` works on both sqlx and store errors; each public method
//! converts once at the end, adding what it was doing and where.

use crate::StoreError;
use crate::open::Backend;

pub(crate) enum Fail {
    Sql(sqlx::Error),
    Store(StoreError),
}

impl From<sqlx::Error> for Fail {
    fn from(e: sqlx::Error) -> Self {
        Fail::Sql(e)
    }
}

impl From<StoreError> for Fail {
    fn from(e: StoreError) -> Self {
        Fail::Store(e)
    }
}

/// What kind of trouble a database error means for the user.
enum Trouble {
    Busy,
    Corrupt,
    Other,
}

fn trouble(backend: Backend, e: &sqlx::Error) -> Trouble {
    match e {
        // Every connection is held by other work for the whole acquire timeout.
        sqlx::Error::PoolTimedOut => Trouble::Busy,
        sqlx::Error::Database(db) => {
            let code = db.code().unwrap_or_default();
            match backend {
                // SQLite reports extended result codes; the low byte is the
                // primary code: 5 BUSY, 6 LOCKED, 11 CORRUPT, 26 NOTADB.
                Backend::Sqlite => match code.parse::<i32>().map(|c| c & 0xff) {
                    Ok(5 | 6) => Trouble::Busy,
                    Ok(11 | 26) => Trouble::Corrupt,
                    _ => Trouble::Other,
                },
                // SQLSTATE: serialization failure, deadlock, lock not
                // available; class XX0 is data corruption.
                Backend::Postgres => match &*code {
                    "40001" | "40P01" | "55P03" => Trouble::Busy,
                    "XX001" | "XX002" => Trouble::Corrupt,
                    _ => Trouble::Other,
                },
            }
        }
        _ => Trouble::Other,
    }
}

pub(crate) fn classify(
    backend: Backend,
    location: &str,
    action: &'static str,
    e: sqlx::Error,
) -> StoreError {
    let location = location.to_string();
    match trouble(backend, &e) {
        Trouble::Busy => StoreError::Busy { location, action },
        Trouble::Corrupt => StoreError::Corrupt {
            location,
            reason: e.to_string(),
        },
        Trouble::Other => StoreError::Database {
            location,
            action,
            reason: e.to_string(),
        },
    }
}

/// True when an insert failed because a UNIQUE or PRIMARY KEY already holds
/// the value: two writers raced to create the same thing.
pub(crate) fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|db| db.is_unique_violation())
}

/// A stored document that no longer parses means the file was edited or
/// damaged outside ctopath.
pub(crate) fn bad_document(location: &str, what: &str, e: &serde_json::Error) -> StoreError {
    StoreError::Corrupt {
        location: location.to_string(),
        reason: format!("the stored {what} is not valid JSON ({e})"),
    }
}

/// A number in the database outside the range ctopath ever writes.
pub(crate) fn bad_number(location: &str, what: &str, value: i64) -> StoreError {
    StoreError::Corrupt {
        location: location.to_string(),
        reason: format!("the stored {what} {value} is out of range"),
    }
}
