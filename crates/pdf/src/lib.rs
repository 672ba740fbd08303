//! PDF rendering for ctopath with Typst as a library.
//!
//! - [`PdfEngine::cv`]: a one-column, text-extractable CV from a JSON Resume
//!   document, in a [`Theme`].
//! - [`PdfEngine::document`]: a report from a [`Document`] (the shape is
//!   described in the [`document`] module), with SVG or PNG charts.
//!
//! Fonts are compiled in, templates are `.typ` files compiled in, and nothing
//! is fetched: rendering works offline and gives the same bytes every time.
//! User data reaches the templates as Typst values, never as markup, so a name
//! like `#set page(width: 1pt)` prints as written.
//!
//! ```no_run
//! let engine = ctopath_pdf::PdfEngine::new();
//! let resume = serde_json::json!({"basics": {"name": "Ada Lovelace"}});
//! let pdf = engine.cv(&resume, ctopath_pdf::Theme::Modern)?;
//! assert!(pdf.starts_with(b"%PDF-"));
//! # Ok::<(), ctopath_pdf::PdfError>(())
//! ```

mod cv;
pub mod document;
mod engine;
mod error;
mod fonts;
mod images;
mod theme;
mod value;

pub use document::{Block, Document, Section, Tone};
pub use engine::PdfEngine;
pub use error::PdfError;
pub use theme::{Theme, UnknownTheme};
