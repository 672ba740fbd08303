//! Structured, cited evidence from the prose of resumes.
//!
//! Real resumes state scope in sentences: "led a team of 12", "owned a $3M cloud
//! budget", "cut p99 latency from 800ms to 120ms". [`extract`] turns such text into
//! [`Evidence`]: a typed [`Fact`], the verbatim snippet it came from and the path of
//! the field that held it, so every conclusion drawn later can point at its source.
//! [`match_title`] maps a job title onto a framework level with the title lexicon.
//!
//! Precision comes before recall: a number becomes a fact only when the words around
//! it say what it counts. Everything here is pure; no I/O.

mod literals;
mod matcher;
mod numbers;
mod patterns;
mod title;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use literals::{Literals, Occurrence};
pub use patterns::led_before;
pub use title::{TitleIndex, TitleMatch, match_title};

/// One fact found in a resume, with the text that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    pub fact: Fact,
    /// The matched snippet, verbatim from the source text.
    pub text: String,
    /// Where the text came from, e.g. `work[1].highlights[2]`.
    pub source: String,
}

/// Which way a percent change went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// A fact about the writer's scope, practice or context.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fact {
    /// People in a team the writer led or worked in. Ranges give the upper bound.
    TeamSize { people: u32 },
    /// A team or engineering org that grew from one head count to another.
    TeamGrowth { from: u32, to: u32 },
    /// Managers (EMs, directors, VPs) the writer managed.
    ManagersManaged { managers: u32 },
    /// A budget, spend or P&L the writer owned; `amount` in units of `currency` (ISO 4217).
    Budget { amount: f64, currency: String },
    /// Board meetings, board updates or investor updates.
    BoardExposure,
    /// Hiring, counted where the text counts it.
    Hiring { hires: Option<u32> },
    /// Mentoring or coaching others.
    Mentoring { people: Option<u32> },
    /// Promotions of the writer's reports or mentees (not the writer's own).
    Promotions { people: Option<u32> },
    /// Taking part in or running an on-call rotation.
    OnCall,
    /// Incident response or handling, counted where the text counts it.
    Incidents { count: Option<u32> },
    /// A migration or re-platforming.
    Migration,
    /// A metric with a value before and after; time and data units are converted to
    /// the smaller of the two, money uses the ISO currency code as its unit.
    MetricChange {
        before: f64,
        after: f64,
        unit: String,
    },
    /// A change stated in percent.
    PercentChange { percent: f64, direction: Direction },
    /// `startup`, `scaleup` or `enterprise`.
    CompanyStage { stage: String },
    /// Size of the company (`engineers: false`) or of its engineering org (`true`).
    CompanySize { people: u32, engineers: bool },
    /// Explicit hypergrowth, or a team that grew at least 2.5 times.
    Hypergrowth,
    /// A leader's hands-on practice: `code_review`, `coding`, `debugging` or `hands_on`.
    HandsOn { practice: String },
    /// Working with other functions (sales, product, finance, …).
    CrossFunctional,
    /// A fractional or part-time executive role.
    Fractional,
    /// Founding or co-founding a company, or being its founding engineer.
    Founder,
}

impl Fact {
    /// The serialised `kind` tag, e.g. `team_size`.
    pub fn kind(&self) -> &'static str {
        match self {
            Fact::TeamSize { .. } => "team_size",
            Fact::TeamGrowth { .. } => "team_growth",
            Fact::ManagersManaged { .. } => "managers_managed",
            Fact::Budget { .. } => "budget",
            Fact::BoardExposure => "board_exposure",
            Fact::Hiring { .. } => "hiring",
            Fact::Mentoring { .. } => "mentoring",
            Fact::Promotions { .. } => "promotions",
            Fact::OnCall => "on_call",
            Fact::Incidents { .. } => "incidents",
            Fact::Migration => "migration",
            Fact::MetricChange { .. } => "metric_change",
            Fact::PercentChange { .. } => "percent_change",
            Fact::CompanyStage { .. } => "company_stage",
            Fact::CompanySize { .. } => "company_size",
            Fact::Hypergrowth => "hypergrowth",
            Fact::HandsOn { .. } => "hands_on",
            Fact::CrossFunctional => "cross_functional",
            Fact::Fractional => "fractional",
            Fact::Founder => "founder",
        }
    }

    /// Whether this is the uncounted form of a fact that can carry a count.
    fn is_uncounted(&self) -> bool {
        matches!(
            self,
            Fact::Hiring { hires: None }
                | Fact::Mentoring { people: None }
                | Fact::Promotions { people: None }
                | Fact::Incidents { count: None }
        )
    }

    fn is_counted(&self) -> bool {
        matches!(
            self,
            Fact::Hiring { hires: Some(_) }
                | Fact::Mentoring { people: Some(_) }
                | Fact::Promotions { people: Some(_) }
                | Fact::Incidents { count: Some(_) }
        )
    }
}

/// A team that grows to 2.5 times its size or more is growing hyper-fast.
pub(crate) const HYPERGROWTH_FACTOR: f64 = 2.5;

/// All facts stated in one piece of text, in the order they appear.
///
/// The same fact stated twice in one text is reported once, and the uncounted form of
/// a fact ("hired engineers") is left out when the text also counts it ("hired 25
/// engineers").
pub fn extract(text: &str, source: &str) -> Vec<Evidence> {
    let mut hits = Vec::new();
    patterns::scan(patterns::Text::new(text), &mut hits);
    let mut grown = Vec::new();
    for hit in &hits {
        if let Fact::TeamGrowth { from, to } = hit.fact
            && from > 0
            && f64::from(to) >= HYPERGROWTH_FACTOR * f64::from(from)
        {
            grown.push(patterns::Hit {
                start: hit.start,
                end: hit.end,
                fact: Fact::Hypergrowth,
            });
        }
    }
    hits.extend(grown);
    hits.sort_by_key(|h| (h.start, h.end));

    let counted: Vec<&'static str> = hits
        .iter()
        .filter(|h| h.fact.is_counted())
        .map(|h| h.fact.kind())
        .collect();
    let mut out: Vec<Evidence> = Vec::new();
    for hit in hits {
        if hit.fact.is_uncounted() && counted.contains(&hit.fact.kind()) {
            continue;
        }
        // A text states a handful of facts, so a linear look beats hashing them.
        if out.iter().any(|e| e.fact == hit.fact) {
            continue;
        }
        out.push(Evidence {
            text: text[hit.start..hit.end].trim().to_string(),
            fact: hit.fact,
            source: source.to_string(),
        });
    }
    out
}

/// All facts from several texts, each given with its source path.
pub fn extract_all<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Evidence> {
    items
        .into_iter()
        .flat_map(|(text, source)| extract(text, source))
        .collect()
}
