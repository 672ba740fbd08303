//! Checks that a profile makes sense, and says where it does not.
//!
//! Serde guarantees the shape; these rules cover what a type cannot: dates that
//! exist and run forwards, counts within reason, and ids that the framework (or the
//! profile itself) defines. Paths are the own format's (`positions[2].end`);
//! [`crate::load`] turns them into JSON Resume paths when that is what the user gave.

mod dates;
mod fields;
mod numbers;
mod references;
mod tours;

use ctopath_framework::Framework;
use ctopath_source::FieldPath;

use crate::Profile;

/// The rule a problem breaks; its code is stable for scripts and docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The `ctopath` format version is not one this build reads.
    UnsupportedVersion,
    /// A date that is not on the calendar (`2023-02-30`, month 13).
    ImpossibleDate,
    /// Dates that run backwards: an end before its start, a tour check-in before the
    /// one it follows.
    InvertedDates,
    /// A number outside what is possible or believable (coding share over 100 %,
    /// more managers reporting than direct reports, a million engineers).
    OutOfRange,
    /// An id that names nothing in the framework or the profile.
    UnknownReference,
    /// Two entries share an id.
    DuplicateId,
    /// An `extra` property with the name of a real field, which export would clash with.
    ShadowedField,
    /// Text that cannot be what it claims (an email without `@`, a currency that is
    /// not a three-letter code, an empty statement).
    Malformed,
    /// Entries that contradict each other: two active tours, a finish date on a tour
    /// still running, check-ins on a tour not yet started.
    Conflict,
}

impl ctopath_source::RuleCode for Rule {
    fn code(self) -> &'static str {
        match self {
            Rule::UnsupportedVersion => "unsupported-version",
            Rule::ImpossibleDate => "impossible-date",
            Rule::InvertedDates => "inverted-dates",
            Rule::OutOfRange => "out-of-range",
            Rule::UnknownReference => "unknown-reference",
            Rule::DuplicateId => "duplicate-id",
            Rule::ShadowedField => "shadowed-field",
            Rule::Malformed => "malformed-value",
            Rule::Conflict => "conflicting-state",
        }
    }
}

/// A profile problem.
pub type Problem = ctopath_source::Problem<Rule>;

/// Runs every rule; an empty result means the profile is valid against `framework`.
pub fn validate(profile: &Profile, framework: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    fields::check(profile, &mut problems);
    dates::check(profile, &mut problems);
    numbers::check(profile, &mut problems);
    tours::check(profile, &mut problems);
    references::check(profile, framework, &mut problems);
    problems
}

fn root(name: &str) -> FieldPath {
    FieldPath::root().child(name)
}
