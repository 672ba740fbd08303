//! The JSON Resume job format (<https://jsonresume.org/job-description-schema>).

use serde_json::{Map, Value};

use super::{Posting, PostingFormat, PostingLine, Section, sentences};
use crate::error::PostingError;

/// Fields that make a JSON object a job posting.
const JOB_FIELDS: [&str; 5] = [
    "title",
    "description",
    "responsibilities",
    "qualifications",
    "skills",
];

/// Fields of a resume, to tell someone who passed their CV as the job.
const RESUME_FIELDS: [&str; 3] = ["basics", "work", "positions"];

pub(super) fn parse(file: &str, text: &str) -> Result<Posting, PostingError> {
    let value: Value = serde_json::from_str(text).map_err(|e| PostingError::Json {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let Value::Object(job) = value else {
        return Err(not_a_job(file, "not an object"));
    };
    // A resume has skills too; `basics` or `work` give it away.
    if RESUME_FIELDS.iter().any(|f| job.contains_key(*f)) {
        return Err(not_a_job(file, "a resume or profile"));
    }
    if !JOB_FIELDS.iter().any(|f| job.contains_key(*f)) {
        let found =
            "an object without title, description, responsibilities, qualifications or skills";
        return Err(not_a_job(file, found));
    }
    let field = |path: &str, message: &str| PostingError::Field {
        file: file.to_string(),
        path: path.to_string(),
        message: message.to_string(),
    };
    let mut lines = Vec::new();
    if let Some(description) =
        text_field(&job, "description").map_err(|m| field("description", m))?
    {
        for sentence in sentences(&description) {
            lines.push(line(sentence, Section::Description, "description", None));
        }
    }
    for (key, section) in [
        ("responsibilities", Section::Responsibilities),
        ("qualifications", Section::Requirements),
    ] {
        for (i, item) in list(&job, key, &field)?.iter().enumerate() {
            let path = format!("{key}[{i}]");
            let Value::String(s) = item else {
                return Err(field(&path, "must be a string"));
            };
            if !s.trim().is_empty() {
                lines.push(line(s.trim(), section, &path, None));
            }
        }
    }
    for (i, skill) in list(&job, "skills", &field)?.iter().enumerate() {
        let path = format!("skills[{i}]");
        let Value::Object(skill) = skill else {
            return Err(field(
                &path,
                "must be an object with name, level and keywords",
            ));
        };
        let name = text_field(skill, "name").map_err(|m| field(&format!("{path}.name"), m))?;
        let level = text_field(skill, "level").map_err(|m| field(&format!("{path}.level"), m))?;
        let mut keywords = Vec::new();
        for (j, k) in list(skill, "keywords", &|p, m| field(&format!("{path}.{p}"), m))?
            .iter()
            .enumerate()
        {
            match k {
                Value::String(s) if !s.trim().is_empty() => keywords.push(s.trim()),
                Value::String(_) => {}
                _ => return Err(field(&format!("{path}.keywords[{j}]"), "must be a string")),
            }
        }
        let text = match (name, keywords.is_empty()) {
            (Some(n), false) => format!("{n}: {}", keywords.join(", ")),
            (Some(n), true) => n,
            (None, false) => keywords.join(", "),
            (None, true) => continue,
        };
        lines.push(line(&text, Section::Skills, &path, level));
    }
    Ok(Posting {
        file: file.to_string(),
        format: PostingFormat::JsonResumeJob,
        title: text_field(&job, "title").map_err(|m| field("title", m))?,
        company: text_field(&job, "company").map_err(|m| field("company", m))?,
        experience: text_field(&job, "experience").map_err(|m| field("experience", m))?,
        lines,
    })
}

fn not_a_job(file: &str, found: &str) -> PostingError {
    PostingError::NotAJob {
        file: file.to_string(),
        found: found.to_string(),
    }
}

fn line(text: &str, section: Section, source: &str, level: Option<String>) -> PostingLine {
    PostingLine {
        text: text.to_string(),
        section,
        source: source.to_string(),
        level,
    }
}

/// An optional string field; blank counts as absent.
fn text_field(object: &Map<String, Value>, key: &str) -> Result<Option<String>, &'static str> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        Some(_) => Err("must be a string"),
    }
}

/// An optional list field.
fn list<'a>(
    object: &'a Map<String, Value>,
    key: &str,
    field: &dyn Fn(&str, &str) -> PostingError,
) -> Result<&'a [Value], PostingError> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(field(key, "must be a list")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_part_of_a_job() {
        let job = r#"{"title": "CTO", "company": "Finch", "experience": "Senior",
            "description": "We sell software. You will lead.",
            "responsibilities": ["Own the architecture"],
            "qualifications": ["10+ years of experience"],
            "skills": [{"name": "Cloud", "level": "Master", "keywords": ["AWS", "Kubernetes"]}]}"#;
        let p = parse("job.json", job).unwrap();
        assert_eq!(p.title.as_deref(), Some("CTO"));
        assert_eq!(p.experience.as_deref(), Some("Senior"));
        let sources: Vec<&str> = p.lines.iter().map(|l| l.source.as_str()).collect();
        assert_eq!(
            sources,
            [
                "description",
                "description",
                "responsibilities[0]",
                "qualifications[0]",
                "skills[0]"
            ]
        );
        assert_eq!(p.lines[4].text, "Cloud: AWS, Kubernetes");
        assert_eq!(p.lines[4].level.as_deref(), Some("Master"));
    }

    #[test]
    fn names_the_field_that_is_wrong() {
        let err = parse(
            "job.json",
            r#"{"title": "CTO", "qualifications": ["ok", 3]}"#,
        )
        .unwrap_err();
        assert!(
            matches!(err, PostingError::Field { ref path, .. } if path == "qualifications[1]"),
            "{err:?}"
        );
        let err = parse("job.json", r#"{"basics": {}, "work": [], "skills": []}"#).unwrap_err();
        assert!(matches!(err, PostingError::NotAJob { ref found, .. } if found.contains("resume")));
        let err = parse("job.json", "{\"title\": \n  oops}").unwrap_err();
        assert!(matches!(err, PostingError::Json { line: 2, .. }), "{err:?}");
    }
}
