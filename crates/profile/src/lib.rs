//! The person's career as data, for ctopath.
//!
//! A profile is written in ctopath's own format ([`Profile`], YAML or JSON) or
//! imported from a JSON Resume ([`jsonresume`]); the format is recognised by
//! content ([`ProfileSource::detect`]). [`load`] reads either from bytes and checks
//! it against a career framework ([`validate`]), reporting problems at the field
//! and line:column of the file the user gave. The crate does no I/O: callers pass
//! file names and bytes.

mod date;
mod decode;
mod detect;
pub mod jsonresume;
pub mod load;
pub mod model;
pub mod schema;
pub mod scope;
pub mod tour_health;
pub mod validate;

pub use date::{DATE_PATTERN, DateError, PartialDate, days_in_month, is_leap_year};
pub use detect::ProfileSource;
pub use jsonresume::{from_json_resume, to_json_resume};
pub use load::{Loaded, LocatedProblem, ProfileError, check, load};
pub use model::*;
pub use schema::json_schema;
