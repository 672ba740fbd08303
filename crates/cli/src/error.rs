//! The CLI's error type: every failure is either bad input (exit 2) or anything
//! else (exit 1), and carries the diagnostics to print.

use ctopath_framework::LoadError;
use ctopath_source::{FieldError, InputError, LocatedProblem, RuleCode};

use crate::diagnostic::Diagnostic;

#[derive(Debug)]
pub enum CliError {
    /// The user's input is wrong: exit code 2.
    Input(Vec<Diagnostic>),
    /// Anything else (I/O, a bug): exit code 1.
    Other(Box<Diagnostic>),
}

pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    pub fn input(d: Diagnostic) -> Self {
        CliError::Input(vec![d])
    }

    pub fn other(d: Diagnostic) -> Self {
        CliError::Other(Box::new(d))
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Input(_) => 2,
            CliError::Other(_) => 1,
        }
    }

    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        match self {
            CliError::Input(ds) => ds.iter().collect(),
            CliError::Other(d) => vec![d.as_ref()],
        }
    }

    /// Turns a framework load failure into diagnostics, quoting `source`.
    pub fn from_load(err: LoadError, source: Option<&str>) -> Self {
        match err {
            LoadError::Input(e) => CliError::input(input_diagnostic(&e, source)),
            LoadError::Field(e) => CliError::input(field_diagnostic(&e, source)),
            LoadError::Invalid { file, problems } => CliError::Input(
                problems
                    .iter()
                    .map(|p| problem_diagnostic(&file, p, source))
                    .collect(),
            ),
        }
    }
}

pub fn input_diagnostic(err: &InputError, source: Option<&str>) -> Diagnostic {
    Diagnostic::error(err.reason())
        .at(err.file(), err.location())
        .source(source)
        .help(err.help())
}

pub fn field_diagnostic(err: &FieldError, source: Option<&str>) -> Diagnostic {
    field_diagnostic_with(
        err,
        source,
        "compare the field with the published schema (`ctopath framework schema` / `ctopath profile schema`)",
    )
}

/// A field error with `fix` as its help (see [`field_help`]).
pub fn field_diagnostic_with(err: &FieldError, source: Option<&str>, fix: &str) -> Diagnostic {
    Diagnostic::error(err.message.clone())
        .at(&err.file, err.location)
        .source(source)
        .field(&err.path)
        .help(field_help(&err.message, fix))
}

/// `fix`, led by the field meant when the message names an unknown field that is a slip
/// of the fingers from an expected one ("did you mean `title`?").
pub fn field_help(message: &str, fix: &str) -> String {
    match ctopath_source::nearest_expected_field(message) {
        Some(meant) => format!("did you mean `{meant}`? otherwise {fix}"),
        None => fix.to_string(),
    }
}

pub fn problem_diagnostic<R: RuleCode>(
    file: &str,
    p: &LocatedProblem<R>,
    source: Option<&str>,
) -> Diagnostic {
    let mut d = Diagnostic::error(format!("{} [{}]", p.problem.message, p.problem.rule.code()))
        .at(file, p.location)
        .source(source)
        .field(&p.problem.path)
        .help(p.problem.help.clone());
    if let Some(related) = &p.problem.related {
        let at = p
            .related_location
            .map(|l| format!(" ({file}:{l})"))
            .unwrap_or_default();
        d = d.note(format!("first defined at {related}{at}"));
    }
    d
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::other(Diagnostic::error(e.to_string()))
    }
}

/// How to mend a profile field that did not decode: for a value of the wrong type, what
/// the schema says the field holds, since that is what fixes it.
pub fn profile_field_fix(e: &FieldError) -> String {
    let fix = "compare the field with `ctopath profile schema` or the JSON Resume schema";
    let holds = (e.message.contains("expected"))
        .then(|| ctopath_profile::schema::field_description(&e.path.to_string()))
        .flatten();
    match holds {
        Some(holds) => format!("`{}` holds: {holds} Otherwise {fix}", e.path),
        None => fix.to_string(),
    }
}

/// Turns a profile load failure into diagnostics, quoting `source`.
pub fn from_profile_error(err: ctopath_profile::ProfileError, source: Option<&str>) -> CliError {
    use ctopath_profile::ProfileError;
    match err {
        ProfileError::Input(e) => CliError::input(input_diagnostic(&e, source)),
        ProfileError::Field(e) => {
            CliError::input(field_diagnostic_with(&e, source, &profile_field_fix(&e)))
        }
        ProfileError::Invalid { file, problems } => CliError::Input(
            problems
                .iter()
                .map(|p| problem_diagnostic(&file, p, source))
                .collect(),
        ),
    }
}
