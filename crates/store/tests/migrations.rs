//! The schema is versioned: applied once, readable, and never silently
//! downgraded.

mod common;

use ctopath_store::{SqlStore, Store, StoreError};
use sqlx::sqlite::SqlitePool;
use tempfile::TempDir;

/// Looks at the file with plain SQLite, bypassing the store.
async fn raw(path: &str) -> SqlitePool {
    SqlitePool::connect(&format!("sqlite://{path}"))
        .await
        .unwrap()
}

#[tokio::test]
async fn opening_twice_applies_the_schema_once() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ctopath.db").display().to_string();

    let store = SqlStore::open(&path).await.unwrap();
    let latest = SqlStore::latest_schema_version();
    assert!(latest >= 2, "both migrations are embedded");
    assert_eq!(store.schema_version().await.unwrap(), latest);
    store
        .create_person("alice", &common::profile("Alice", 1))
        .await
        .unwrap();
    store.close().await;

    let pool = raw(&path).await;
    let applied = || async {
        sqlx::query_as::<_, (i64, String)>(
            "SELECT version, installed_on FROM _sqlx_migrations ORDER BY version",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    let before = applied().await;
    assert_eq!(before.len() as i64, latest);

    let store = SqlStore::open(&path).await.unwrap();
    assert_eq!(store.schema_version().await.unwrap(), latest);
    assert_eq!(store.people().await.unwrap().len(), 1);
    store.close().await;
    assert_eq!(
        applied().await,
        before,
        "reopening must not re-run migrations"
    );
}

#[tokio::test]
async fn the_file_uses_wal_and_keeps_foreign_keys() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ctopath.db").display().to_string();
    SqlStore::open(&path).await.unwrap().close().await;
    let pool = raw(&path).await;
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(mode, "wal", "WAL is recorded in the file itself");
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' \
         AND name NOT LIKE 'sqlite%' ORDER BY name",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(tables, ["people", "profiles", "settings", "snapshots"]);
}

#[tokio::test]
async fn a_database_from_a_newer_ctopath_is_refused() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ctopath.db").display().to_string();
    SqlStore::open(&path).await.unwrap().close().await;

    // Pretend a later release applied a schema step this build does not know.
    let pool = raw(&path).await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'from the future', TRUE, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;

    let err = SqlStore::open(&path).await.expect_err("must refuse");
    assert!(matches!(err, StoreError::Migration { .. }), "{err}");
    assert!(err.to_string().contains("upgrade ctopath"), "{err}");
}
