//! Arguments of `ctopath report`.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::engine_args::EngineInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One self-contained HTML page: inline CSS and SVG charts, no external requests
    Html,
    /// A PDF with the same sections and charts
    Pdf,
    /// Markdown, with the charts told as tables and ranges
    Md,
}

impl ReportFormat {
    /// The format a file name asks for by its extension.
    pub fn from_extension(path: &Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(ReportFormat::Html),
            "pdf" => Some(ReportFormat::Pdf),
            "md" | "markdown" => Some(ReportFormat::Md),
            _ => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: EngineInput,
    /// Output format (default: from the extension of -o)
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write the report here; `-` prints HTML or Markdown to standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
}

pub const REPORT_AFTER_HELP: &str = "\
Examples:
  ctopath report -o report.html
  ctopath report --format pdf -o report.pdf
  ctopath report --profile resume.json --as-of 2026-06-30 --format md -o -

Sections: where you stand (with the evidence for each conclusion), the charts
(competency radar, career timeline, readiness gauges, progress over time), the
flagged stall patterns with advice, the forecast, the next tours of duty with the
action plan, and your portfolio highlights. The HTML is one file that makes no
request to anything outside it. With the store (no --profile), progress is drawn
from the snapshots `ctopath assess` keeps; the report itself records nothing.
A profile that does not load is refused with exit code 2 and nothing written.";
