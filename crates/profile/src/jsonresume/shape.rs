//! The JSON Resume schema's type rules, checked on the raw document before decoding.
//!
//! Serde would either accept `"name": null` as "absent" or, through the flattened
//! `extra` maps, lose the field's name in its error path. Walking the document
//! against a table of the schema instead gives an exact path (`work[0].name`) for
//! every wrong type, which is what a user needs to fix the file.

use ctopath_source::FieldPath;
use serde_json::Value;

use crate::PartialDate;

/// What the schema allows for one property.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Date,
    Texts,
    Object(&'static [Field]),
    Objects(&'static [Field]),
}

type Field = (&'static str, Kind);

use Kind::{Date, Object, Objects, Text, Texts};

const LOCATION: &[Field] = &[
    ("address", Text),
    ("postalCode", Text),
    ("city", Text),
    ("countryCode", Text),
    ("region", Text),
];
const NETWORK_PROFILE: &[Field] = &[("network", Text), ("username", Text), ("url", Text)];
const BASICS: &[Field] = &[
    ("name", Text),
    ("label", Text),
    ("image", Text),
    ("email", Text),
    ("phone", Text),
    ("url", Text),
    ("summary", Text),
    ("location", Object(LOCATION)),
    ("profiles", Objects(NETWORK_PROFILE)),
];
const WORK: &[Field] = &[
    ("name", Text),
    ("location", Text),
    ("description", Text),
    ("position", Text),
    ("url", Text),
    ("startDate", Date),
    ("endDate", Date),
    ("summary", Text),
    ("highlights", Texts),
];
const VOLUNTEER: &[Field] = &[
    ("organization", Text),
    ("position", Text),
    ("url", Text),
    ("startDate", Date),
    ("endDate", Date),
    ("summary", Text),
    ("highlights", Texts),
];
const EDUCATION: &[Field] = &[
    ("institution", Text),
    ("url", Text),
    ("area", Text),
    ("studyType", Text),
    ("startDate", Date),
    ("endDate", Date),
    ("score", Text),
    ("courses", Texts),
];
const AWARD: &[Field] = &[
    ("title", Text),
    ("date", Date),
    ("awarder", Text),
    ("summary", Text),
];
const CERTIFICATE: &[Field] = &[
    ("name", Text),
    ("date", Date),
    ("url", Text),
    ("issuer", Text),
];
const PUBLICATION: &[Field] = &[
    ("name", Text),
    ("publisher", Text),
    ("releaseDate", Date),
    ("url", Text),
    ("summary", Text),
];
const SKILL: &[Field] = &[("name", Text), ("level", Text), ("keywords", Texts)];
const LANGUAGE: &[Field] = &[("language", Text), ("fluency", Text)];
const INTEREST: &[Field] = &[("name", Text), ("keywords", Texts)];
const REFERENCE: &[Field] = &[("name", Text), ("reference", Text)];
const PROJECT: &[Field] = &[
    ("name", Text),
    ("description", Text),
    ("highlights", Texts),
    ("keywords", Texts),
    ("startDate", Date),
    ("endDate", Date),
    ("url", Text),
    ("roles", Texts),
    ("entity", Text),
    ("type", Text),
];
// `ctopath` is left out on purpose: ctopath's own data there is decoded with its
// own types (and paths) after this check.
const META: &[Field] = &[
    ("canonical", Text),
    ("version", Text),
    ("lastModified", Text),
];

/// Sections that hold no ctopath data of their own and are kept as written.
const KEPT_SECTIONS: &[Field] = &[
    ("$schema", Text),
    ("volunteer", Objects(VOLUNTEER)),
    ("education", Objects(EDUCATION)),
    ("awards", Objects(AWARD)),
    ("certificates", Objects(CERTIFICATE)),
    ("publications", Objects(PUBLICATION)),
    ("skills", Objects(SKILL)),
    ("languages", Objects(LANGUAGE)),
    ("interests", Objects(INTEREST)),
    ("references", Objects(REFERENCE)),
    ("projects", Objects(PROJECT)),
    ("meta", Object(META)),
];

/// A property whose value breaks the schema.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ShapeError {
    pub path: FieldPath,
    pub message: String,
}

/// Checks a whole JSON Resume document.
pub(crate) fn check_document(value: &Value) -> Result<(), ShapeError> {
    let root = FieldPath::root();
    let map = expect_object(value, &root)?;
    check_fields(
        map,
        &[("basics", Object(BASICS)), ("work", Objects(WORK))],
        &root,
    )?;
    check_fields(map, KEPT_SECTIONS, &root)
}

/// Checks the kept JSON Resume sections inside an own-format profile (`resume`).
pub(crate) fn check_kept_sections(value: &Value, at: &FieldPath) -> Result<(), ShapeError> {
    match value.as_object() {
        Some(map) => check_fields(map, KEPT_SECTIONS, at),
        // Not a mapping at all: serde reports that with the expected type.
        None => Ok(()),
    }
}

fn check_fields(
    map: &serde_json::Map<String, Value>,
    fields: &[Field],
    at: &FieldPath,
) -> Result<(), ShapeError> {
    for (name, kind) in fields {
        if let Some(value) = map.get(*name) {
            check_value(value, *kind, &at.child(name))?;
        }
    }
    Ok(())
}

fn check_value(value: &Value, kind: Kind, at: &FieldPath) -> Result<(), ShapeError> {
    match kind {
        Text => expect_text(value, at).map(|_| ()),
        Date => {
            let text = expect_text(value, at)?;
            PartialDate::parse_shape(text)
                .map(|_| ())
                .map_err(|e| ShapeError {
                    path: at.clone(),
                    message: e.to_string(),
                })
        }
        Texts => {
            for (i, item) in expect_list(value, at)?.iter().enumerate() {
                expect_text(item, &at.index(i))?;
            }
            Ok(())
        }
        Object(fields) => check_fields(expect_object(value, at)?, fields, at),
        Objects(fields) => {
            for (i, item) in expect_list(value, at)?.iter().enumerate() {
                let item_path = at.index(i);
                check_fields(expect_object(item, &item_path)?, fields, &item_path)?;
            }
            Ok(())
        }
    }
}

fn expect_text<'a>(value: &'a Value, at: &FieldPath) -> Result<&'a str, ShapeError> {
    value
        .as_str()
        .ok_or_else(|| wrong_type(value, "a string", at))
}

fn expect_list<'a>(value: &'a Value, at: &FieldPath) -> Result<&'a Vec<Value>, ShapeError> {
    value
        .as_array()
        .ok_or_else(|| wrong_type(value, "a list", at))
}

fn expect_object<'a>(
    value: &'a Value,
    at: &FieldPath,
) -> Result<&'a serde_json::Map<String, Value>, ShapeError> {
    value
        .as_object()
        .ok_or_else(|| wrong_type(value, "a mapping of fields", at))
}

fn wrong_type(value: &Value, expected: &str, at: &FieldPath) -> ShapeError {
    ShapeError {
        path: at.clone(),
        message: format!("wrong type: {}, expected {expected}", describe(value)),
    }
}

/// Names a value the way serde's messages do (`null`, `integer \`3\``, …).
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a mapping".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn error_path(doc: Value) -> String {
        check_document(&doc).unwrap_err().path.as_str().to_string()
    }

    #[test]
    fn reports_the_exact_field() {
        assert_eq!(
            error_path(json!({"work": [{"name": null}]})),
            "work[0].name"
        );
        assert_eq!(
            error_path(json!({"education": [{"courses": ["a", null]}]})),
            "education[0].courses[1]"
        );
        assert_eq!(
            error_path(json!({"basics": {"location": {"city": 3}}})),
            "basics.location.city"
        );
        assert_eq!(error_path(json!({"$schema": {}})), "$schema");
    }

    #[test]
    fn leaves_unknown_properties_alone() {
        let doc = json!({"x-custom": null, "work": [{"x": null}], "meta": {"ctopath": 3}});
        assert!(check_document(&doc).is_ok());
    }
}
