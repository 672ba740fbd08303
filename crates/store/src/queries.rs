//! The SQL, one small function per statement. Every statement is plain SQL
//! that SQLite and PostgreSQL both accept: `$n` placeholders (sqlx maps them
//! on SQLite too), `LIMIT`, `ON CONFLICT … DO …` and `excluded`. Ordering by
//! name is done in Rust, because PostgreSQL sorts text by the server's locale
//! and SQLite by bytes, and the two should list people the same way.

use sqlx::AnyConnection;

use crate::StoreError;
use crate::fail::{Fail, is_unique_violation};
use crate::ids::new_id;

/// The settings key naming the active person (by id, so a rename keeps it).
/// `delete_person` spells it out, as its statements all bind only the id.
const ACTIVE: &str = "active_person";

pub(crate) async fn find_person(
    conn: &mut AnyConnection,
    name: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, String>("SELECT id FROM people WHERE name = $1")
        .bind(name)
        .fetch_optional(conn)
        .await
}

/// The person's id, or `UnknownPerson` listing everyone who does exist.
pub(crate) async fn require_person(conn: &mut AnyConnection, name: &str) -> Result<String, Fail> {
    match find_person(&mut *conn, name).await? {
        Some(id) => Ok(id),
        None => Err(StoreError::UnknownPerson {
            name: name.to_string(),
            known: known_names(conn).await?,
        }
        .into()),
    }
}

pub(crate) async fn known_names(conn: &mut AnyConnection) -> Result<Vec<String>, sqlx::Error> {
    let mut names = sqlx::query_scalar::<_, String>("SELECT name FROM people")
        .fetch_all(conn)
        .await?;
    names.sort();
    Ok(names)
}

/// Inserts the person row and returns its new id. A concurrent writer that
/// took the name first (possible on a shared PostgreSQL server) surfaces as
/// `PersonExists`, the same as if we had seen it before inserting.
pub(crate) async fn insert_person(
    conn: &mut AnyConnection,
    name: &str,
    now: &str,
) -> Result<String, Fail> {
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO people (id, name, created_at, updated_at) VALUES ($1, $2, $3, $3)",
    )
    .bind(&id)
    .bind(name)
    .bind(now)
    .execute(conn)
    .await;
    match inserted {
        Ok(_) => Ok(id),
        Err(e) if is_unique_violation(&e) => Err(StoreError::PersonExists {
            name: name.to_string(),
        }
        .into()),
        Err(e) => Err(e.into()),
    }
}

/// Marks the person as changed. It is the first write of every update on
/// purpose: on PostgreSQL it locks the person's row, so two writers adding
/// a revision to the same person take turns instead of both picking the
/// same next revision number.
pub(crate) async fn touch_person(
    conn: &mut AnyConnection,
    id: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE people SET updated_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(conn)
        .await
        .map(|_| ())
}

/// The newest revision number and its document text.
pub(crate) async fn latest_revision(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as::<_, (i64, String)>(
        "SELECT revision, document FROM profiles WHERE person_id = $1 \
         ORDER BY revision DESC LIMIT 1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
}

pub(crate) async fn insert_revision(
    conn: &mut AnyConnection,
    id: &str,
    revision: i64,
    document: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO profiles (person_id, revision, document, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(revision)
    .bind(document)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ())
}

/// Name, revision, document and time of one revision (the latest when
/// `revision` is `None`).
pub(crate) async fn profile_row(
    conn: &mut AnyConnection,
    name: &str,
    revision: Option<i64>,
) -> Result<Option<(String, i64, String, String)>, sqlx::Error> {
    // A revision of 0 never exists (revisions start at 1), so `$2 = 0`
    // selects "any revision" without a second statement.
    sqlx::query_as::<_, (String, i64, String, String)>(
        "SELECT p.name, r.revision, r.document, r.created_at \
         FROM profiles r JOIN people p ON p.id = r.person_id \
         WHERE p.name = $1 AND ($2 = 0 OR r.revision = $2) \
         ORDER BY r.revision DESC LIMIT 1",
    )
    .bind(name)
    .bind(revision.unwrap_or(0))
    .fetch_optional(conn)
    .await
}

pub(crate) async fn revisions(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as::<_, (i64, String)>(
        "SELECT revision, created_at FROM profiles WHERE person_id = $1 ORDER BY revision",
    )
    .bind(id)
    .fetch_all(conn)
    .await
}

/// Name, latest change, revision count and whether active, for everyone.
pub(crate) async fn people(
    conn: &mut AnyConnection,
) -> Result<Vec<(String, String, i64, i64)>, sqlx::Error> {
    let mut rows = sqlx::query_as::<_, (String, String, i64, i64)>(
        "SELECT p.name, p.updated_at, COUNT(r.revision), \
                CASE WHEN s.value IS NULL THEN 0 ELSE 1 END \
         FROM people p \
         LEFT JOIN profiles r ON r.person_id = p.id \
         LEFT JOIN settings s ON s.key = $1 AND s.value = p.id \
         GROUP BY p.id, p.name, p.updated_at, s.value",
    )
    .bind(ACTIVE)
    .fetch_all(conn)
    .await?;
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(rows)
}

pub(crate) async fn active_name(conn: &mut AnyConnection) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, String>(
        "SELECT p.name FROM settings s JOIN people p ON p.id = s.value WHERE s.key = $1",
    )
    .bind(ACTIVE)
    .fetch_optional(conn)
    .await
}

pub(crate) async fn set_active(conn: &mut AnyConnection, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(ACTIVE)
    .bind(id)
    .execute(conn)
    .await
    .map(|_| ())
}

/// Makes the person active unless someone already is: the first person in a
/// fresh store (or after the active one was deleted) needs no extra step.
pub(crate) async fn activate_if_nobody(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
        .bind(ACTIVE)
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Deletes the person and everything hanging off them. The children are
/// deleted explicitly rather than left to `ON DELETE CASCADE`, so the result
/// does not depend on a connection having foreign keys switched on.
pub(crate) async fn delete_person(conn: &mut AnyConnection, id: &str) -> Result<(), sqlx::Error> {
    const STATEMENTS: [&str; 4] = [
        "DELETE FROM snapshots WHERE person_id = $1",
        "DELETE FROM profiles WHERE person_id = $1",
        "DELETE FROM settings WHERE key = 'active_person' AND value = $1",
        "DELETE FROM people WHERE id = $1",
    ];
    for statement in STATEMENTS {
        sqlx::query(statement).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// The columns of a snapshot row, in `SELECT` order.
pub(crate) type SnapshotRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<f64>,
    Option<f64>,
    String,
);

pub(crate) async fn insert_snapshot(
    conn: &mut AnyConnection,
    person_id: &str,
    now: &str,
    snapshot: &crate::NewSnapshot,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO snapshots (id, person_id, created_at, framework_id, framework_version, \
                                level, readiness_next, readiness_cto, assessment) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(person_id)
    .bind(now)
    .bind(&snapshot.framework_id)
    .bind(&snapshot.framework_version)
    .bind(snapshot.level.as_deref())
    .bind(snapshot.readiness_next)
    .bind(snapshot.readiness_cto)
    .bind(snapshot.assessment.to_string())
    .execute(conn)
    .await?;
    Ok(id)
}

/// A person's snapshots, oldest first; ids break ties between snapshots
/// taken in the same microsecond, since they are time-ordered too.
pub(crate) async fn snapshots(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<SnapshotRow>, sqlx::Error> {
    sqlx::query_as::<_, SnapshotRow>(
        "SELECT id, created_at, framework_id, framework_version, \
                level, readiness_next, readiness_cto, assessment \
         FROM snapshots WHERE person_id = $1 ORDER BY created_at, id",
    )
    .bind(person_id)
    .fetch_all(conn)
    .await
}
