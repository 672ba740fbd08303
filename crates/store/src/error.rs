//! The store's errors. Each message says what went wrong and what to do about
//! it, because most of them end up in front of a person at a terminal.

use std::fmt::Write as _;

use ctopath_source::edit_distance;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// No person has this name.
    #[error("{}", unknown_person_message(name, known))]
    UnknownPerson { name: String, known: Vec<String> },

    /// The name is already taken.
    #[error(
        "a person named \"{name}\" already exists — choose another name, or import with --replace to add a new revision"
    )]
    PersonExists { name: String },

    /// A value handed to the store cannot be stored.
    #[error("invalid {field}: {reason}")]
    Invalid { field: &'static str, reason: String },

    /// The database could not be reached or created.
    #[error(
        "cannot open the database at {location}: {reason} — pass --db to use another location or set CTOPATH_DB"
    )]
    Open { location: String, reason: String },

    /// The file is not a ctopath database, or it is damaged.
    #[error(
        "the database at {location} is damaged or not a ctopath database: {reason} — restore it from a backup, or pass --db to use another file"
    )]
    Corrupt { location: String, reason: String },

    /// The schema could not be brought up to date.
    #[error("cannot update the database schema at {location}: {reason}")]
    Migration { location: String, reason: String },

    /// Another process held the database for too long.
    #[error(
        "the database at {location} is busy while {action}: another ctopath process is writing to it — wait for it to finish and try again"
    )]
    Busy {
        location: String,
        action: &'static str,
    },

    /// Any other database failure.
    #[error(
        "the database at {location} failed while {action}: {reason} — if this keeps happening, check free disk space and the file's permissions"
    )]
    Database {
        location: String,
        action: &'static str,
        reason: String,
    },
}

impl StoreError {
    /// True when the caller's input is at fault (a name or value to fix),
    /// as opposed to the database or the machine.
    pub fn is_input(&self) -> bool {
        matches!(
            self,
            StoreError::UnknownPerson { .. }
                | StoreError::PersonExists { .. }
                | StoreError::Invalid { .. }
        )
    }
}

fn unknown_person_message(name: &str, known: &[String]) -> String {
    let mut out = format!("no person named \"{name}\"");
    if let Some(close) = closest(name, known) {
        let _ = write!(out, " — did you mean \"{close}\"?");
    }
    if known.is_empty() {
        out.push_str(" — the store is empty; create a person or import a profile first");
    } else {
        let _ = write!(out, " (known: {})", known.join(", "));
    }
    out
}

/// The known name most like `name`: equal ignoring case, or within a small
/// edit distance that grows with the name's length.
fn closest<'a>(name: &str, known: &'a [String]) -> Option<&'a str> {
    let wanted = name.to_lowercase();
    let limit = (wanted.chars().count() / 3).max(1);
    known
        .iter()
        .map(|k| (edit_distance(&wanted, &k.to_lowercase()), k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("alcie", "alice"), 1);
    }

    #[test]
    fn suggests_a_close_name_and_lists_all() {
        let err = StoreError::UnknownPerson {
            name: "alcie".into(),
            known: names(&["alice", "bob"]),
        };
        let text = err.to_string();
        assert!(text.contains("did you mean \"alice\""), "{text}");
        assert!(text.contains("known: alice, bob"), "{text}");
    }

    #[test]
    fn no_suggestion_for_a_distant_name() {
        let known = names(&["alice", "bob"]);
        assert_eq!(closest("zebedee", &known), None);
        assert_eq!(closest("BOB", &known), Some("bob"));
    }

    #[test]
    fn empty_store_says_how_to_add() {
        let err = StoreError::UnknownPerson {
            name: "x".into(),
            known: vec![],
        };
        assert!(err.to_string().contains("store is empty"));
        assert!(err.is_input());
    }
}
