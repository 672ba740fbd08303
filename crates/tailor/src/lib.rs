//! Tailoring a career to one job posting: honest, explainable and fast.
//!
//! - [`Posting::parse`] reads a posting (plain text or a JSON Resume job, by content);
//! - [`Tailor::fit`] extracts its requirements ([`requirements`]), matches each
//!   against the person's evidence ([`portfolio`], [`matching`]: BM25 with stemming,
//!   synonyms and shared competencies from the lexicon in `data/lexicon.yaml`) and
//!   checks scope needs against the career's structure ([`career`]); it gives a
//!   verdict per requirement with cited evidence, the overall fit, the gaps that
//!   matter most, the missing keywords, and the tailored CV ([`cv`]);
//! - [`Tailor::cover_letter`] drafts a letter from the same facts ([`letter`]);
//! - [`Tailor::interview`] prepares the framework's questions and the posting's
//!   with the best story for each ([`interview`]).
//!
//! Nothing is invented: every line of every document traces to a field the user
//! wrote, a framework entry or a template in `data/templates.yaml`. The crate is
//! pure: no I/O, no clock (the caller passes today's date as a fractional year).

pub mod bm25;
pub mod career;
pub mod cv;
pub mod error;
pub mod facts;
pub mod fit;
pub mod interview;
pub mod letter;
pub mod lexicon;
pub mod matching;
pub mod needs;
pub mod portfolio;
pub mod posting;
pub mod requirements;
pub mod templates;
pub mod text;
pub mod verdict;
pub mod vocabulary;

use ctopath_framework::Framework;
use ctopath_profile::Profile;
use serde::Serialize;

pub use cv::TailoredCv;
pub use error::PostingError;
pub use fit::Fit;
pub use interview::InterviewPrep;
pub use letter::CoverLetter;
pub use posting::{Posting, PostingFormat, PostingLine, Section};
pub use requirements::StageHint;
pub use verdict::Verdict;

use facts::PersonFacts;
use portfolio::Portfolio;
use vocabulary::Vocabulary;

/// What the posting is, as read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostingInfo {
    pub file: String,
    pub format: PostingFormat,
    pub title: Option<String>,
    pub company: Option<String>,
    /// The company stage the posting's words name, if any.
    pub stage: Option<StageHint>,
}

/// The result of tailoring a career to a posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tailoring {
    pub posting: PostingInfo,
    #[serde(flatten)]
    pub fit: Fit,
    /// The tailored CV (JSON Resume).
    pub cv: serde_json::Value,
    /// Every line of the tailored CV and the profile fields it comes from.
    pub trace: Vec<cv::TraceLine>,
    /// Highlights left out of the tailored CV, and why.
    pub dropped: Vec<cv::Dropped>,
}

/// A career ready to be matched: the vocabulary for one framework and the
/// person's evidence, indexed once and reused for the fit, the letter and the
/// interview preparation.
pub struct Tailor<'f, 'p> {
    vocab: Vocabulary<'f>,
    portfolio: Portfolio<'p>,
    facts: PersonFacts,
    today: f64,
}

impl<'f, 'p> Tailor<'f, 'p> {
    /// `today` is a fractional year (2026.5 is the start of July 2026).
    pub fn new(profile: &'p Profile, framework: &'f Framework, today: f64) -> Self {
        let vocab = Vocabulary::new(framework);
        let portfolio = Portfolio::build(profile, &vocab);
        let facts = facts::gather(&portfolio, today);
        Tailor {
            vocab,
            portfolio,
            facts,
            today,
        }
    }

    /// The fit to `posting` and the tailored CV. A posting without a recognisable
    /// requirement is an error.
    pub fn fit(&self, posting: &Posting) -> Result<Tailoring, PostingError> {
        let requirements = requirements::extract(posting, &self.vocab)?;
        let fit = fit::assess(&requirements, &self.portfolio, &self.vocab, self.today);
        let cv = cv::tailor_cv(&self.portfolio, &fit, &self.facts);
        Ok(Tailoring {
            posting: PostingInfo {
                file: posting.file.clone(),
                format: posting.format,
                title: posting.title.clone(),
                company: posting.company.clone(),
                stage: requirements::stage(posting, &self.vocab),
            },
            fit,
            cv: cv.document,
            trace: cv.trace,
            dropped: cv.dropped,
        })
    }

    /// A cover letter for the posting `tailoring` was made for.
    pub fn cover_letter(&self, tailoring: &Tailoring) -> CoverLetter {
        letter::draft(&self.portfolio, &self.facts, tailoring)
    }

    /// The framework's interview questions, plus the posting's when one is given,
    /// each with the best story from the portfolio.
    pub fn interview(&self, tailoring: Option<&Tailoring>) -> InterviewPrep {
        interview::prepare(&self.vocab, &self.portfolio, tailoring)
    }

    /// The person's evidence units, for callers that show them.
    pub fn portfolio(&self) -> &Portfolio<'p> {
        &self.portfolio
    }
}
