//! The CV's wording and section order, kept as data in `data/cv.json`.

use std::sync::LazyLock;

use serde::Deserialize;

/// Section headings, their order, and the few words the CV prints itself.
#[derive(Debug, Deserialize)]
pub struct Layout {
    /// Shown as the end of a period with no end date.
    pub present: String,
    /// The PDF title when the resume has no name.
    pub untitled: String,
    /// Appended to the name in the PDF title (`Ada Lovelace – CV`).
    pub title_suffix: String,
    /// Printed before an education entry's `score` (`Score: 3.9`).
    pub score_label: String,
    /// Country codes whose readers expect US Letter paper instead of A4.
    pub letter_paper_countries: Vec<String>,
    /// The sections, in the order they appear on the page.
    pub sections: Vec<SectionSpec>,
}

/// One section of the CV.
#[derive(Debug, Deserialize)]
pub struct SectionSpec {
    /// The JSON Resume key it comes from (`summary` is `basics.summary`).
    pub key: String,
    /// The heading printed above it.
    pub heading: String,
}

/// The layout compiled into the crate. It is validated by this module's tests,
/// so reading it cannot fail in a released build.
pub fn layout() -> &'static Layout {
    static LAYOUT: LazyLock<Layout> = LazyLock::new(|| {
        serde_json::from_str(include_str!("../../data/cv.json"))
            .expect("data/cv.json is checked by the crate's tests")
    });
    &LAYOUT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_parses_and_names_each_section_once() {
        let layout = layout();
        let mut keys: Vec<_> = layout.sections.iter().map(|s| s.key.as_str()).collect();
        let total = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), total, "a section key is listed twice");
        assert!(layout.sections.iter().all(|s| !s.heading.is_empty()));
    }
}
