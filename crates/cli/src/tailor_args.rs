//! Arguments of `tailor` and `interview`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::FrameworkArg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TailorFormat {
    /// Fit summary for a terminal (default when stdout is a terminal)
    Table,
    /// One JSON document: fit, requirements, missing keywords, the tailored CV (JSON Resume)
    Json,
    /// The tailored CV and its coverage report (or the letter) in Markdown
    Md,
    /// The same as one self-contained HTML file (inline CSS, no external requests)
    Html,
    /// The tailored CV (or the letter) as PDF; needs -o
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InterviewFormat {
    /// Questions and stories for a terminal (default when stdout is a terminal)
    Table,
    /// One JSON document: every question with its story, sources and suggestions
    Json,
    /// Markdown, one section per question
    Md,
    /// One self-contained HTML file (inline CSS, no external requests) to print or read
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Serif, black and grey
    Classic,
    /// Sans-serif with a blue accent
    Modern,
}

#[derive(Debug, Args)]
pub struct TailorArgs {
    /// The job posting: pasted plain text or a JSON Resume job document, detected by
    /// content (`-` reads standard input)
    #[arg(long, value_name = "FILE")]
    pub job: PathBuf,
    /// Tailor this profile or JSON Resume file instead of the stored profile (no
    /// database is touched)
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
    /// Output format (default: table on a terminal, JSON otherwise)
    #[arg(long, value_enum)]
    pub format: Option<TailorFormat>,
    /// Write the output here instead of standard output (required for pdf)
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Draft a cover letter from the same facts instead of the CV
    #[arg(long)]
    pub cover_letter: bool,
    /// Look of HTML and PDF output
    #[arg(long, value_enum, default_value = "classic")]
    pub theme: ThemeArg,
    /// Count years of experience up to this date (YYYY, YYYY-MM or YYYY-MM-DD;
    /// default today), for reproducible output
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// Add the questions this job posting implies (plain text or JSON Resume job)
    #[arg(long, value_name = "FILE")]
    pub job: Option<PathBuf>,
    /// Prepare from this profile or JSON Resume file instead of the stored profile
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
    /// Output format (default: table on a terminal, JSON otherwise)
    #[arg(long, value_enum)]
    pub format: Option<InterviewFormat>,
    /// Write the output here instead of standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Look of HTML output
    #[arg(long, value_enum, default_value = "classic")]
    pub theme: ThemeArg,
    /// Count years of experience up to this date (default today)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

pub const TAILOR_AFTER_HELP: &str = "\
Examples:
  ctopath tailor --job posting.txt --format md -o cv.md
  ctopath tailor --job job.json --profile resume.json --format json
  ctopath tailor --job posting.txt --format pdf --theme modern -o cv.pdf
  ctopath tailor --job posting.txt --cover-letter --format html -o letter.html

Every requirement of the posting gets a verdict (covered, weak, missing), a score and
the evidence behind it, with the matched words, synonyms and shared competencies.
Nothing is invented: highlights are kept verbatim or left out, the summary and the
letter are composed from your own facts, and `trace` in the JSON output names the
field of your profile behind every line. An empty, binary or requirement-less
posting is refused with exit code 2 and nothing written.";

pub const INTERVIEW_AFTER_HELP: &str = "\
Examples:
  ctopath interview
  ctopath interview --job posting.txt --profile resume.json --format md -o prep.md
  ctopath interview --job posting.txt --format html --theme modern -o prep.html

Questions come from the framework (the core CTO questions, typical questions and one
per competency) and, with --job, one per important requirement of the posting. Each
gets the best story from your highlights and achievements as situation, task, action
and result, with sources; questions without a story name a tour or mission that
would give you one.";
