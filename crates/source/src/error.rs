//! Errors about input files, each naming the file, a location where one is known,
//! and what the user can do about it.

use crate::{FieldPath, Format, Location};

/// The file could not be read as a structured document at all.
#[derive(Debug, Clone, thiserror::Error)]
pub enum InputError {
    #[error("{file} is empty")]
    Empty { file: String },
    #[error("{file} looks like a binary file (a NUL byte at offset {offset})")]
    Binary { file: String, offset: usize },
    #[error("{file} is not valid UTF-8 text (first bad byte at offset {offset})")]
    NotUtf8 { file: String, offset: usize },
    #[error("{file} is too large ({bytes} bytes; the limit is {limit})")]
    TooLarge {
        file: String,
        bytes: usize,
        limit: usize,
    },
    #[error("{file}{} nests deeper than {limit} levels", at(location))]
    TooDeep {
        file: String,
        limit: usize,
        location: Option<Location>,
    },
    #[error("{file}{} is not valid {}: {message}", at(location), format_name(*format))]
    Syntax {
        file: String,
        format: Format,
        message: String,
        location: Option<Location>,
    },
}

impl InputError {
    pub fn file(&self) -> &str {
        match self {
            InputError::Empty { file }
            | InputError::Binary { file, .. }
            | InputError::NotUtf8 { file, .. }
            | InputError::TooLarge { file, .. }
            | InputError::TooDeep { file, .. }
            | InputError::Syntax { file, .. } => file,
        }
    }

    pub fn location(&self) -> Option<Location> {
        match self {
            InputError::TooDeep { location, .. } | InputError::Syntax { location, .. } => *location,
            _ => None,
        }
    }

    /// What is wrong, without the file name and location (for reports that show
    /// those separately).
    pub fn reason(&self) -> String {
        match self {
            InputError::Empty { .. } => "the file is empty".into(),
            InputError::Binary { offset, .. } => {
                format!("the file looks binary (a NUL byte at offset {offset})")
            }
            InputError::NotUtf8 { offset, .. } => {
                format!("the file is not UTF-8 text (first bad byte at offset {offset})")
            }
            InputError::TooLarge { bytes, limit, .. } => {
                format!("the file is too large ({bytes} bytes; the limit is {limit})")
            }
            InputError::TooDeep { limit, .. } => {
                format!("the document nests deeper than {limit} levels")
            }
            InputError::Syntax {
                format, message, ..
            } => {
                format!("invalid {}: {message}", format_name(*format))
            }
        }
    }

    /// One sentence on how to fix the problem.
    pub fn help(&self) -> &'static str {
        match self {
            InputError::Empty { .. } => "give a YAML or JSON document with at least one field",
            InputError::Binary { .. } | InputError::NotUtf8 { .. } => {
                "pass a YAML or JSON text file saved as UTF-8"
            }
            InputError::TooLarge { .. } => {
                "split the input into smaller files; a single profile or framework is normally well under a megabyte"
            }
            InputError::TooDeep { .. } => {
                "flatten the structure; ctopath documents are only a few levels deep"
            }
            InputError::Syntax {
                format: Format::Json,
                ..
            } => {
                "fix the JSON syntax at the position shown (a missing comma, quote or bracket is typical)"
            }
            InputError::Syntax { .. } => {
                "fix the YAML at the position shown (indentation and unquoted `:` are typical causes)"
            }
        }
    }
}

/// The document parsed, but a field has the wrong shape.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{file}{}: `{path}`: {message}", at(location))]
pub struct FieldError {
    pub file: String,
    pub path: FieldPath,
    pub location: Option<Location>,
    pub message: String,
}

fn at(location: &Option<Location>) -> String {
    location.map(|l| format!(":{l}")).unwrap_or_default()
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Json => "JSON",
        Format::Yaml => "YAML",
    }
}
