//! What can go wrong when rendering.

/// A rendering failure.
///
/// Gaps in a resume are not errors (the CV renders without them). These are
/// failures of the templates, of PDF export, or of a [`crate::Document`] that
/// its producer built inconsistently.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// Typst rejected a template; `diagnostics` is Typst's report, one line per
    /// problem with its file, line and column.
    #[error("the Typst template `{template}` failed to compile:\n{diagnostics}")]
    Compile {
        template: String,
        diagnostics: String,
    },
    /// The laid-out document could not be written as PDF.
    #[error("PDF export of `{template}` failed:\n{diagnostics}")]
    Export {
        template: String,
        diagnostics: String,
    },
    /// A document block refers to an image that was not passed in.
    #[error(
        "image `{file}` is used in section \"{section}\" but was not supplied; pass its bytes with the document"
    )]
    MissingImage { file: String, section: String },
    /// A supplied image is in a format Typst cannot place.
    #[error("image `{file}` is not SVG, PNG, JPEG, GIF or WebP; convert it to one of those")]
    UnsupportedImage { file: String },
    /// The document's structure is inconsistent (see [`crate::Document::check`]).
    #[error("section \"{section}\": {reason}")]
    InvalidDocument { section: String, reason: String },
}
