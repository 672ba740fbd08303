//! The ctopath career framework: model, loading, validation and importers.
pub mod builtin;
pub mod model;
pub use model::*;
