//! The career report: one document that puts the assessment, the plan, the charts and
//! the person's best outcomes side by side.
//!
//! A [`Report`] is built once from the profile, the framework, the engine's assessment
//! and plan, and the assessment history ([`Report::new`]). Its charts are drawn once
//! ([`Charts::build`]) and the same SVG goes into every output:
//!
//! - [`html`]: one self-contained page (inline CSS and SVG, no scripts, no request to
//!   any other file or server), laid out for screens and for print;
//! - [`markdown`]: the same sections with the charts told as tables and ranges;
//! - [`pdf_document`]: the same sections as a [`ctopath_pdf::Document`] with the SVG
//!   files it refers to, for [`ctopath_pdf::PdfEngine::document`].
//!
//! The sections, in order, are named in [`SECTIONS`].

mod build;
mod charts;
mod html;
mod html_parts;
mod html_plan;
mod markdown;
mod names;
mod pdf;
mod words;

use ctopath_charts::TourKind;
use ctopath_engine::{Assessment, Plan};
use ctopath_profile::{Metric, PartialDate, TourStatus};

pub use charts::{Chart, Charts};
pub use html::{html, html_with_charts};
pub use markdown::markdown;
pub use names::Names;
pub use pdf::{pdf_document, pdf_document_with_charts};

/// The headings of the report's sections, in the order every output uses.
pub const SECTIONS: [&str; 6] = [
    WHERE_YOU_STAND,
    CHARTS,
    PATTERNS,
    FORECAST,
    NEXT_TOURS,
    HIGHLIGHTS,
];

pub const WHERE_YOU_STAND: &str = "Where you stand";
pub const CHARTS: &str = "Your career in charts";
pub const PATTERNS: &str = "Patterns to watch";
pub const FORECAST: &str = "Forecast";
pub const NEXT_TOURS: &str = "Next tours and action plan";
pub const HIGHLIGHTS: &str = "Portfolio highlights";

/// Everything the report shows, gathered once.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The person's name, when the profile gives one.
    pub name: Option<String>,
    /// The date the assessment is as of.
    pub as_of: PartialDate,
    pub assessment: Assessment,
    pub plan: Plan,
    /// The person's strongest achievements: those with a number that moved first.
    pub highlights: Vec<Highlight>,
    /// Jobs held, most recent first.
    pub positions: Vec<CareerPosition>,
    /// Tours of duty: the profile's own, and the plan's first proposal when none is
    /// running or planned.
    pub tours: Vec<CareerTour>,
    /// Assessments over time, oldest first, ending with this one.
    pub progress: Vec<ProgressPoint>,
    /// The framework's names for ids the assessment uses.
    pub names: Names,
}

/// One achievement as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub text: String,
    pub metric: Option<Metric>,
    pub date: Option<PartialDate>,
    pub scope: Option<String>,
    /// "Director of Engineering, Ledgerly" when the achievement names its position.
    pub position: Option<String>,
    /// Competency names.
    pub competencies: Vec<String>,
}

/// A job held, with the kind of tour its title reads as.
#[derive(Debug, Clone, PartialEq)]
pub struct CareerPosition {
    pub title: String,
    pub organisation: String,
    pub start: Option<PartialDate>,
    /// `None` while it goes on.
    pub end: Option<PartialDate>,
    /// The level the title reads as in the framework's title lexicon.
    pub level: Option<String>,
    /// The tour of that level; `Unknown` when the title could not be read.
    pub tour: TourKind,
}

/// A tour of duty on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct CareerTour {
    pub name: String,
    pub kind: TourKind,
    pub status: TourStatus,
    pub start: Option<PartialDate>,
    /// When it finished, or when its horizon says it should.
    pub end: Option<PartialDate>,
    /// True for a tour the plan proposes rather than one in the profile.
    pub from_plan: bool,
}

/// One assessment in the history.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressPoint {
    pub date: PartialDate,
    /// Level number.
    pub level: Option<u32>,
    pub readiness_next: Option<f64>,
    pub readiness_cto: Option<f64>,
}
