//! The warm Typst engine: fonts parsed and templates loaded once, then shared.

use std::sync::Arc;

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Dict, IntoValue, Smart};
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

use crate::document::{Block, Document};
use crate::{PdfError, Theme, cv, images, value};

/// The templates, compiled into the binary and read from memory by Typst.
const TEMPLATES: [(&str, &str); 5] = [
    ("cv.typ", include_str!("../templates/cv.typ")),
    ("shared.typ", include_str!("../templates/shared.typ")),
    ("classic.typ", include_str!("../templates/classic.typ")),
    ("modern.typ", include_str!("../templates/modern.typ")),
    ("report.typ", include_str!("../templates/report.typ")),
];

/// How many renders a cached layout result survives without being used. Two
/// templates alternate in a server, so a few generations keep both warm while
/// bounding memory.
const CACHE_GENERATIONS: usize = 8;

/// Renders CVs and reports to PDF.
///
/// Creating one parses the embedded fonts (tens of milliseconds); rendering
/// then reuses them and Typst's memoised layout. Clone it freely: clones share
/// the same engine, and it is `Send + Sync`, so one instance can serve every
/// request of a web server.
#[derive(Clone)]
pub struct PdfEngine {
    typst: Arc<TypstEngine>,
}

impl Default for PdfEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for PdfEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfEngine").finish_non_exhaustive()
    }
}

/// A successful render with the warnings Typst raised on the way.
pub(crate) struct Rendered {
    pub pdf: Vec<u8>,
    // Read by the tests, which hold the templates to zero warnings; a library
    // has nowhere to print them.
    #[cfg_attr(not(test), allow(dead_code))]
    pub warnings: Vec<String>,
}

impl PdfEngine {
    /// Load the embedded fonts and templates.
    pub fn new() -> Self {
        let typst = TypstEngine::builder()
            .fonts(crate::fonts::embedded())
            .with_static_source_file_resolver(TEMPLATES)
            // Eviction is done in `render`, after the PDF export has also run.
            .comemo_evict_max_age(None)
            .build();
        Self {
            typst: Arc::new(typst),
        }
    }

    /// A one-column CV from a JSON Resume document.
    ///
    /// Sections are printed when present and skipped when absent, in the
    /// order of `data/cv.json`; fields of the wrong type count as absent, so
    /// any JSON value renders. The photo (`basics.image`, which would have to
    /// be fetched) and `references` (other people's words and contacts) are
    /// never printed. Web addresses become links only for `http`/`https`.
    pub fn cv(&self, resume: &serde_json::Value, theme: Theme) -> Result<Vec<u8>, PdfError> {
        self.cv_rendered(resume, theme).map(|r| r.pdf)
    }

    /// The report `document`, with the images it names taken from `images`
    /// (file name, bytes).
    pub fn document(
        &self,
        document: &Document,
        images: &[(String, Vec<u8>)],
    ) -> Result<Vec<u8>, PdfError> {
        self.document_rendered(document, images).map(|r| r.pdf)
    }

    pub(crate) fn cv_rendered(
        &self,
        resume: &serde_json::Value,
        theme: Theme,
    ) -> Result<Rendered, PdfError> {
        let mut inputs = Dict::new();
        inputs.insert("cv".into(), value::from_serialize(&cv::view(resume)));
        inputs.insert("theme".into(), theme.name().into_value());
        self.render("cv.typ", inputs)
    }

    pub(crate) fn document_rendered(
        &self,
        document: &Document,
        supplied: &[(String, Vec<u8>)],
    ) -> Result<Rendered, PdfError> {
        document.check()?;
        let mut files = Dict::new();
        for file in document.image_files() {
            let Some((_, data)) = supplied.iter().find(|(name, _)| name == file) else {
                return Err(PdfError::MissingImage {
                    file: file.to_owned(),
                    section: section_using(document, file),
                });
            };
            let format = images::format(file, data).ok_or_else(|| PdfError::UnsupportedImage {
                file: file.to_owned(),
            })?;
            let mut image = Dict::new();
            image.insert("data".into(), Bytes::new(data.clone()).into_value());
            image.insert("format".into(), format.into_value());
            files.insert(file.into(), image.into_value());
        }
        let mut inputs = Dict::new();
        inputs.insert("doc".into(), value::from_serialize(document));
        inputs.insert("images".into(), files.into_value());
        self.render("report.typ", inputs)
    }

    fn render(&self, template: &str, inputs: Dict) -> Result<Rendered, PdfError> {
        let world = self
            .typst
            .world_builder(template)
            .with_inputs(inputs)
            .build()
            .map_err(|error| PdfError::Compile {
                template: template.to_owned(),
                diagnostics: error.to_string(),
            })?;
        let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
        let result = match output {
            Err(errors) => Err(PdfError::Compile {
                template: template.to_owned(),
                diagnostics: describe(&world, &errors),
            }),
            Ok(document) => {
                typst_pdf::pdf(&document, &pdf_options()).map_err(|errors| PdfError::Export {
                    template: template.to_owned(),
                    diagnostics: describe(&world, &errors),
                })
            }
        };
        comemo::evict(CACHE_GENERATIONS);
        result.map(|pdf| Rendered {
            pdf,
            warnings: warnings
                .iter()
                .map(|w| describe(&world, std::slice::from_ref(w)))
                .collect(),
        })
    }
}

fn pdf_options() -> PdfOptions {
    PdfOptions {
        creator: Smart::Custom(Some("ctopath".into())),
        // No timestamp: the same input gives byte-identical PDFs.
        timestamp: None,
        ..PdfOptions::default()
    }
}

fn section_using(document: &Document, file: &str) -> String {
    document
        .sections
        .iter()
        .find(|s| {
            s.blocks
                .iter()
                .any(|b| matches!(b, Block::Image { file: f, .. } if f == file))
        })
        .map(|s| s.heading.clone())
        .unwrap_or_default()
}

/// Typst's diagnostics as text: `error: message at file.typ:12:5`, hints below.
fn describe(world: &dyn World, diagnostics: &[SourceDiagnostic]) -> String {
    let mut lines = Vec::new();
    for diagnostic in diagnostics {
        let severity = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut line = format!("{severity}: {}", diagnostic.message);
        if let Some(place) = place(world, diagnostic) {
            line.push_str(" at ");
            line.push_str(&place);
        }
        lines.push(line);
        lines.extend(
            diagnostic
                .hints
                .iter()
                .map(|hint| format!("  hint: {}", hint.v)),
        );
    }
    lines.join("\n")
}

fn place(world: &dyn World, diagnostic: &SourceDiagnostic) -> Option<String> {
    let id = diagnostic.span.id()?;
    let source = world.source(id).ok()?;
    let start = world.range(diagnostic.span)?.start;
    let (line, column) = source.lines().byte_to_line_column(start)?;
    Some(format!(
        "{}:{}:{}",
        id.vpath().get_without_slash(),
        line + 1,
        column + 1
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample_document() -> Document {
        serde_json::from_value(json!({
            "title": "Report", "subtitle": "Sub", "author": "Ada",
            "sections": [{"heading": "One", "blocks": [
                {"kind": "paragraph", "text": "Text"},
                {"kind": "list", "items": ["a", "b"]},
                {"kind": "table", "columns": ["x", "y"], "rows": [["1", "2"], ["3", "4"]]},
                {"kind": "image", "file": "c.svg", "alt": "chart", "width_pct": 50},
                {"kind": "callout", "text": "Careful", "tone": "warning"},
                {"kind": "callout", "text": "Fyi"}
            ]}]
        }))
        .unwrap()
    }

    // Warnings mean a template names a missing font or misuses Typst; users
    // would never see them, so the templates are held to none.
    #[test]
    fn the_templates_compile_without_warnings() {
        let engine = PdfEngine::new();
        let resume: serde_json::Value =
            serde_json::from_str(include_str!("../fixtures/two-page.resume.json")).unwrap();
        for theme in Theme::ALL {
            let rendered = engine.cv_rendered(&resume, theme).unwrap();
            assert!(
                rendered.warnings.is_empty(),
                "{theme}: {:?}",
                rendered.warnings
            );
            let empty = engine.cv_rendered(&json!({}), theme).unwrap();
            assert!(empty.warnings.is_empty(), "{theme}: {:?}", empty.warnings);
        }
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="teal"/></svg>"#;
        let rendered = engine
            .document_rendered(&sample_document(), &[("c.svg".into(), svg.to_vec())])
            .unwrap();
        assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    }

    #[test]
    fn engines_are_shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<PdfEngine>();
    }

    #[test]
    fn a_broken_template_reports_typst_diagnostics_with_a_place() {
        let engine = PdfEngine::new();
        let error = engine.render("missing.typ", Dict::new()).err().unwrap();
        assert!(matches!(error, PdfError::Compile { .. }), "{error}");
        let mut inputs = Dict::new();
        inputs.insert("cv".into(), 1.into_value());
        inputs.insert("theme".into(), "classic".into_value());
        let error = engine.render("cv.typ", inputs).err().unwrap().to_string();
        assert!(
            error.contains("error:") && error.contains("cv.typ:"),
            "{error}"
        );
    }
}
