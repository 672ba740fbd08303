//! HTML building blocks shared by the pages.

pub mod components;
pub mod layout;
