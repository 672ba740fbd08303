//! What can be wrong with a job posting, said so that the user can fix it.

/// A posting that cannot be read or says nothing ctopath can match.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PostingError {
    #[error("{file}: the job posting is empty")]
    Empty { file: String },
    #[error("{file}: the job posting is not text (binary or not UTF-8 at byte {offset})")]
    Binary { file: String, offset: usize },
    #[error("{file}: the job posting is {bytes} bytes, more than the {limit}-byte limit")]
    TooLarge {
        file: String,
        bytes: usize,
        limit: usize,
    },
    #[error(
        "{file}:{line}:{column}: the job posting starts like JSON but does not parse: {message}"
    )]
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: `{path}` {message}")]
    Field {
        file: String,
        path: String,
        message: String,
    },
    #[error("{file}: this JSON document is {found}, not a job posting")]
    NotAJob { file: String, found: String },
    #[error("{file}: no requirements found in the job posting")]
    NoRequirements { file: String },
}

impl PostingError {
    /// How to fix it.
    pub fn help(&self) -> &'static str {
        match self {
            PostingError::Empty { .. } => {
                "paste the posting's text into the file, or use a JSON Resume job document"
            }
            PostingError::Binary { .. } => {
                "save the posting as plain text (UTF-8) or as JSON; PDF and Word files are not read"
            }
            PostingError::TooLarge { .. } => {
                "a posting is a few kilobytes: keep only the posting's own text"
            }
            PostingError::Json { .. } => {
                "fix the JSON at that line and column, or save the posting as plain text"
            }
            PostingError::Field { .. } => {
                "compare the field with the JSON Resume job schema: responsibilities and qualifications are lists of strings, skills a list of {name, level, keywords}"
            }
            PostingError::NotAJob { .. } => {
                "a JSON Resume job has title, description, responsibilities, qualifications or skills; pass your own CV with --profile, not --job"
            }
            PostingError::NoRequirements { .. } => {
                "list what the job needs under headings such as \"Responsibilities\" and \"Requirements\", one bullet per line (\"- 5+ years of Go\"), or use a JSON Resume job with responsibilities, qualifications and skills"
            }
        }
    }

    /// The file the problem is in.
    pub fn file(&self) -> &str {
        match self {
            PostingError::Empty { file }
            | PostingError::Binary { file, .. }
            | PostingError::TooLarge { file, .. }
            | PostingError::Json { file, .. }
            | PostingError::Field { file, .. }
            | PostingError::NotAJob { file, .. }
            | PostingError::NoRequirements { file } => file,
        }
    }
}
