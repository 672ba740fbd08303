//! Problems found by validators after parsing, and their placement in the file.

use crate::{Document, FieldPath, Location};

/// A validation rule with a stable code for scripts and documentation.
pub trait RuleCode: Copy + std::fmt::Debug {
    fn code(self) -> &'static str;
}

/// One inconsistency, with the field it concerns and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem<R> {
    pub rule: R,
    pub path: FieldPath,
    pub message: String,
    pub help: String,
    /// Another place involved (e.g. the first definition of a duplicated id).
    pub related: Option<FieldPath>,
}

impl<R> Problem<R> {
    pub fn new(
        rule: R,
        path: FieldPath,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Problem {
            rule,
            path,
            message: message.into(),
            help: help.into(),
            related: None,
        }
    }

    pub fn related(mut self, path: FieldPath) -> Self {
        self.related = Some(path);
        self
    }
}

/// A problem placed in its file.
#[derive(Debug, Clone)]
pub struct LocatedProblem<R> {
    pub problem: Problem<R>,
    pub location: Option<Location>,
    pub related_location: Option<Location>,
}

impl Document {
    /// Attaches a location to each problem from this document's source map.
    pub fn locate_all<R>(&self, problems: Vec<Problem<R>>) -> Vec<LocatedProblem<R>> {
        problems
            .into_iter()
            .map(|problem| LocatedProblem {
                location: self.locate(&problem.path),
                related_location: problem.related.as_ref().and_then(|p| self.locate(p)),
                problem,
            })
            .collect()
    }
}
