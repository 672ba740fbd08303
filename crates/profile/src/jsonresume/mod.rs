//! JSON Resume (<https://jsonresume.org/schema>) in and out.
//!
//! Import is total and export puts everything back: for any JSON Resume document,
//! `to_json_resume(from_json_resume(doc))` gives `doc` again (plus `meta.ctopath`
//! when ctopath has added data of its own), and for any profile,
//! `from_json_resume(to_json_resume(profile))` gives the same profile.
//!
//! The mapping:
//! - `basics` → `person` (the address stays structured as `person.address`);
//! - `work[i]` → `positions[i]`, and each highlight that states an outcome also
//!   becomes an achievement with `source: work[i].highlights[j]`;
//! - every other section, unknown property and `meta` → `resume`, unchanged;
//! - `meta.ctopath` ↔ what only ctopath knows (goal, ratings, tours, signals,
//!   per-position facts, achievements that differ from the derived ones).
//!
//! One exception to "everything back": a blank date, or an end date that says
//! "Present", is read as left out (see [`open_dates`]), and is exported that way.

mod carried;
mod export;
mod import;
mod open_dates;
mod outcome;
pub(crate) mod paths;
mod shape;
mod types;

pub use export::to_json_resume;
pub use outcome::{derive_achievements, metric_in, states_outcome};
pub use types::*;

pub(crate) use import::import;
pub(crate) use open_dates::drop_open_dates;
pub(crate) use shape::{check_kept_sections, describe as describe_value};

use ctopath_source::{Document, FieldError, Format};
use serde_json::Value;

use crate::Profile;

/// Imports a JSON Resume given as a parsed value. Errors name the field
/// (`work[0].name`); they carry no line:column, since there is no text to point
/// into — [`crate::load`] gives both when it has the file.
pub fn from_json_resume(value: &Value) -> Result<Profile, FieldError> {
    let document = Document::from_value("<JSON Resume>", Format::Json, value.clone());
    import(&document).map(|imported| imported.profile)
}
