//! Decoding parts of a document with errors that name the field and its place.

use ctopath_source::{Document, FieldError, FieldPath, field_path_of};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A field error at `path` in `doc`, located through the document's source map.
pub(crate) fn field_error(
    doc: &Document,
    path: FieldPath,
    message: impl Into<String>,
) -> FieldError {
    FieldError {
        file: doc.name.clone(),
        location: doc.locate(&path),
        path,
        message: message.into(),
    }
}

/// Decodes the whole document, with messages worded for people.
pub(crate) fn decode<T: DeserializeOwned>(doc: &Document) -> Result<T, FieldError> {
    doc.decode().map_err(reword)
}

/// Decodes `value`, which sits at `at` in `doc`, so that errors carry the full path
/// (`meta.ctopath.positions[0].direct_reports`) and its line:column.
pub(crate) fn decode_at<T: DeserializeOwned>(
    doc: &Document,
    at: &FieldPath,
    value: Value,
) -> Result<T, FieldError> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let mut path = join(at, &field_path_of(err.path()));
        let message = err.inner().to_string();
        if let Some(field) = unknown_field(&message)
            && !path.as_str().ends_with(field)
        {
            path = path.child(field);
        }
        reword(field_error(
            doc,
            path,
            message.replace("invalid type: ", "wrong type: "),
        ))
    })
}

/// `at` followed by the relative path `rel`.
pub(crate) fn join(at: &FieldPath, rel: &FieldPath) -> FieldPath {
    match (at.is_root(), rel.as_str()) {
        (true, _) => rel.clone(),
        (false, "") => at.clone(),
        (false, r) if r.starts_with('[') => FieldPath::parse(&format!("{}{r}", at.as_str())),
        (false, r) => FieldPath::parse(&format!("{}.{r}", at.as_str())),
    }
}

fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(&rest[..rest.find('`')?])
}

/// Serde names Rust types (`u32`); people need to hear what to write instead.
fn reword(mut err: FieldError) -> FieldError {
    const PLAIN: [(&str, &str); 3] = [
        ("expected u32", "expected a whole number, 0 or more"),
        ("expected f64", "expected a number"),
        ("expected usize", "expected a whole number, 0 or more"),
    ];
    for (rust, plain) in PLAIN {
        err.message = err.message.replace(rust, plain);
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_paths_like_users_write_them() {
        let at = FieldPath::parse("meta.ctopath");
        assert_eq!(
            join(&at, &FieldPath::parse("goal")).as_str(),
            "meta.ctopath.goal"
        );
        assert_eq!(join(&at, &FieldPath::root()).as_str(), "meta.ctopath");
        let list = FieldPath::parse("meta.ctopath.ratings");
        assert_eq!(
            join(&list, &FieldPath::parse("[2].level")).as_str(),
            "meta.ctopath.ratings[2].level"
        );
    }
}
