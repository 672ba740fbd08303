//! The ctopath career framework: model, loading, validation and importers.
//!
//! A framework is data (YAML or JSON). This crate knows its shape ([`model`]), how
//! to read it from text with located errors ([`load`]), which rules make it
//! consistent ([`validate`]), and how to build one from ladders that companies
//! already publish ([`import`]). It does no I/O: callers pass bytes.

pub mod builtin;
pub mod import;
pub mod load;
pub mod model;
pub mod schema;
mod suggest;
pub mod validate;

pub use load::{LoadError, LocatedProblem, check, load};
pub use model::*;
