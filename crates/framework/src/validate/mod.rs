//! Checks that a framework is internally consistent, and says where it is not.
//!
//! Serde already guarantees the *shape* of a framework; these rules cover what a
//! type cannot express: unique ids, a gap-free ladder, every reference resolving,
//! ranges the right way round. Each problem carries the field path so callers can
//! turn it into `file:line:column` with the document's source map.

mod ladder;
mod ranges;
mod references;
mod unique;

use ctopath_source::FieldPath;

use crate::Framework;

/// The rule a problem breaks; its code is stable for scripts and docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    DuplicateId,
    LevelNumbering,
    LevelTour,
    RouteTitles,
    UnknownReference,
    InvertedRange,
    Unmeasurable,
    Empty,
}

impl ctopath_source::RuleCode for Rule {
    fn code(self) -> &'static str {
        match self {
            Rule::DuplicateId => "duplicate-id",
            Rule::LevelNumbering => "level-numbering",
            Rule::LevelTour => "level-tour",
            Rule::RouteTitles => "route-titles",
            Rule::UnknownReference => "unknown-reference",
            Rule::InvertedRange => "inverted-range",
            Rule::Unmeasurable => "unmeasurable-criterion",
            Rule::Empty => "empty",
        }
    }
}

/// A framework problem.
pub type Problem = ctopath_source::Problem<Rule>;

/// Runs every rule; an empty result means the framework is valid.
pub fn validate(framework: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    unique::check(framework, &mut problems);
    ladder::check(framework, &mut problems);
    references::check(framework, &mut problems);
    ranges::check(framework, &mut problems);
    problems
}

pub(crate) fn root(name: &str) -> FieldPath {
    FieldPath::root().child(name)
}
