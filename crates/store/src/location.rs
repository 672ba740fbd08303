//! Turning what the user typed (`--db` / `CTOPATH_DB`) into something to
//! connect to: a SQLite file, a SQLite URL or a PostgreSQL URL.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::StoreError;

/// What `open` was asked to open.
pub(crate) enum Target {
    /// A SQLite file, created if missing.
    File(PathBuf),
    /// A `sqlite:` URL with options of its own, passed through as written.
    SqliteUrl(String),
    Postgres(String),
}

pub(crate) fn parse_target(location: &str) -> Result<Target, StoreError> {
    if location.trim().is_empty() {
        return Err(StoreError::Invalid {
            field: "database location",
            reason: "it is empty; give a file path, a sqlite:// URL or a postgres:// URL".into(),
        });
    }
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        return Ok(Target::Postgres(location.to_string()));
    }
    let Some(rest) = location
        .strip_prefix("sqlite://")
        .or_else(|| location.strip_prefix("sqlite:"))
    else {
        return Ok(Target::File(PathBuf::from(location)));
    };
    if rest.contains('?') || rest.is_empty() || rest == ":memory:" {
        return Ok(Target::SqliteUrl(location.to_string()));
    }
    Ok(Target::File(PathBuf::from(percent_decode(rest))))
}

/// Makes sure the file and its directory exist, so the user gets a plain
/// "permission denied" from the OS instead of SQLite's vaguer
/// "unable to open database file".
pub(crate) fn prepare_file(path: &Path) -> Result<PathBuf, StoreError> {
    let fail = |path: &Path, e: io::Error| StoreError::Open {
        location: path.display().to_string(),
        reason: io_reason(&e),
    };
    let path = std::path::absolute(path).map_err(|e| fail(path, e))?;
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| fail(&path, e))?;
    }
    if path.is_dir() {
        return Err(StoreError::Open {
            location: path.display().to_string(),
            reason: "it is a directory, not a file".into(),
        });
    }
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| fail(&path, e))?;
    Ok(path)
}

/// "Permission denied (os error 13)" → "permission denied".
fn io_reason(e: &io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(at) => &text[..at],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text.to_string(),
    }
}

pub(crate) fn sqlite_url(path: &Path, shown: &str) -> Result<String, StoreError> {
    let text = path.to_str().ok_or_else(|| StoreError::Open {
        location: shown.to_string(),
        reason: "the path is not valid UTF-8; choose a path with plain characters".into(),
    })?;
    Ok(format!("sqlite://{}?mode=rwc", percent_encode(text)))
}

/// Escapes everything but unreserved characters and `/`, so spaces, `?`, `#`
/// and `%` in a path survive the trip through a URL.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`, so the
/// location can appear in messages and logs.
pub(crate) fn redact_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let authority_start = scheme_end + 3;
    let authority_end = url[authority_start..]
        .find(['/', '?'])
        .map_or(url.len(), |i| authority_start + i);
    let authority = &url[authority_start..authority_end];
    let Some(at) = authority.rfind('@') else {
        return url.to_string();
    };
    match authority[..at].find(':') {
        Some(colon) => format!(
            "{}{}:***{}",
            &url[..authority_start],
            &authority[..colon],
            &url[authority_start + at..]
        ),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_recognised() {
        assert!(matches!(parse_target("/tmp/a.db"), Ok(Target::File(_))));
        assert!(
            matches!(parse_target("sqlite:///tmp/a.db"), Ok(Target::File(p)) if p == Path::new("/tmp/a.db"))
        );
        assert!(matches!(
            parse_target("sqlite::memory:"),
            Ok(Target::SqliteUrl(_))
        ));
        assert!(matches!(
            parse_target("sqlite:///tmp/a.db?mode=ro"),
            Ok(Target::SqliteUrl(_))
        ));
        assert!(matches!(
            parse_target("postgresql://h/db"),
            Ok(Target::Postgres(_))
        ));
        assert!(parse_target("  ").is_err());
    }

    #[test]
    fn paths_round_trip_through_urls() {
        let odd = "/tmp/my data/100%?#x.db";
        assert_eq!(percent_decode(&percent_encode(odd)), odd);
        assert_eq!(percent_encode("/a b"), "/a%20b");
    }

    #[test]
    fn passwords_never_shown() {
        assert_eq!(
            redact_password("postgres://me:s3cret@db.example:5432/ctopath?sslmode=require"),
            "postgres://me:***@db.example:5432/ctopath?sslmode=require"
        );
        assert_eq!(redact_password("postgres://me@h/db"), "postgres://me@h/db");
        assert_eq!(redact_password("postgres://h/db"), "postgres://h/db");
    }

    #[test]
    fn io_reasons_read_plainly() {
        let e = io::Error::from_raw_os_error(13);
        assert_eq!(io_reason(&e), "permission denied");
    }
}
