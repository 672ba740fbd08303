//! Reading a profile from text: parse, detect the format, decode or import,
//! validate against the framework, and locate problems in the file the user gave.

use ctopath_framework::Framework;
use ctopath_source::{Document, FieldError, FieldPath, InputError, Limits};

use crate::decode::{decode, field_error};
use crate::jsonresume::{check_kept_sections, import};
use crate::validate::validate;
use crate::{Profile, ProfileSource};

/// A profile problem placed in its file.
pub type LocatedProblem = ctopath_source::LocatedProblem<crate::validate::Rule>;

/// A profile read from a file, with the format it was written in.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub profile: Profile,
    pub format: ProfileSource,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ProfileError {
    /// The file is not a readable YAML or JSON document.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A field has the wrong shape.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// The profile decoded but breaks validation rules.
    #[error("{file}: the profile has {} problem(s)", problems.len())]
    Invalid {
        file: String,
        problems: Vec<LocatedProblem>,
    },
}

/// Parses and decodes a profile (either format) and validates it against
/// `framework`, returning it with its problems, located, so callers can decide
/// whether to use it. Problem paths name the fields of the file as written:
/// `positions[2].end` in the own format, `work[2].endDate` in a JSON Resume.
pub fn check(
    name: &str,
    bytes: &[u8],
    framework: &Framework,
) -> Result<(Loaded, Vec<LocatedProblem>), ProfileError> {
    let mut document = ctopath_source::parse(name, bytes, Limits::default())?;
    let Some(format) = ProfileSource::detect(&document.value) else {
        return Err(not_a_profile(&document).into());
    };
    let (profile, problems) = match format {
        ProfileSource::Own => {
            let profile = decode_own(&document)?;
            let problems = validate(&profile, framework);
            (profile, document.locate_all(problems))
        }
        ProfileSource::JsonResume => {
            crate::jsonresume::drop_open_dates(&mut document.value);
            let imported = import(&document)?;
            let mut problems = validate(&imported.profile, framework);
            for problem in &mut problems {
                problem.path = imported.origin.json_resume_path(&problem.path);
                problem.related = problem
                    .related
                    .as_ref()
                    .map(|p| imported.origin.json_resume_path(p));
            }
            (imported.profile, document.locate_all(problems))
        }
    };
    Ok((Loaded { profile, format }, problems))
}

/// Loads a profile that must be valid against `framework`.
pub fn load(name: &str, bytes: &[u8], framework: &Framework) -> Result<Loaded, ProfileError> {
    let (loaded, problems) = check(name, bytes, framework)?;
    if problems.is_empty() {
        Ok(loaded)
    } else {
        Err(ProfileError::Invalid {
            file: name.to_string(),
            problems,
        })
    }
}

fn decode_own(document: &Document) -> Result<Profile, FieldError> {
    if let Some(kept) = document.value.get("resume") {
        check_kept_sections(kept, &FieldPath::root().child("resume"))
            .map_err(|e| field_error(document, e.path, e.message))?;
    }
    let mut profile: Profile = decode(document)?;
    profile.assign_missing_ids();
    Ok(profile)
}

fn not_a_profile(document: &Document) -> FieldError {
    field_error(
        document,
        FieldPath::root(),
        format!(
            "expected a profile (ctopath's own format or a JSON Resume), which is a mapping of fields, but found {}",
            crate::jsonresume::describe_value(&document.value)
        ),
    )
}
