//! Rendering ctopath's data for people to read. Pure functions from data to text.

pub mod assessment;
pub mod markdown;
pub mod report;
pub mod tailored;
