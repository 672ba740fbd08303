//! Reading a framework from text: parse, decode, validate, and locate problems.

use ctopath_source::{FieldError, InputError, Limits};

use crate::Framework;
use crate::validate::validate;

/// A framework problem placed in its file.
pub type LocatedProblem = ctopath_source::LocatedProblem<crate::validate::Rule>;

#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Field(#[from] FieldError),
    #[error("{file}: the framework has {} problem(s)", problems.len())]
    Invalid {
        file: String,
        problems: Vec<LocatedProblem>,
    },
}

/// Parses and decodes a framework, returning it with any validation problems
/// (already located) so callers can decide whether to use it.
pub fn check(name: &str, bytes: &[u8]) -> Result<(Framework, Vec<LocatedProblem>), LoadError> {
    let document = ctopath_source::parse(name, bytes, Limits::default())?;
    let framework: Framework = document.decode()?;
    let problems = document.locate_all(validate(&framework));
    Ok((framework, problems))
}

/// Loads a framework that must be valid.
pub fn load(name: &str, bytes: &[u8]) -> Result<Framework, LoadError> {
    let (framework, problems) = check(name, bytes)?;
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::Invalid {
            file: name.to_string(),
            problems,
        })
    }
}
