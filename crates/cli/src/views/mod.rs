//! Terminal views (tables). Markdown and HTML live in the render crate.

pub mod assessment;
pub mod batch;
pub mod evidence;
pub mod framework;
pub mod portfolio;
pub mod profile;
pub mod status;
pub mod tour;

use clap::ValueEnum;

use crate::cli::Section;

/// Section names as the render crate expects them (`ladder`, `stages`, …); empty means all.
pub fn section_names(sections: &[Section]) -> Vec<String> {
    sections
        .iter()
        .filter_map(|s| s.to_possible_value().map(|v| v.get_name().to_string()))
        .collect()
}
