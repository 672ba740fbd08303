//! The published JSON Schema of the own profile format.

use std::sync::LazyLock;

use serde_json::Value;

use crate::Profile;

/// The JSON Schema as pretty-printed JSON, ending in a newline (the form checked in
/// as `schemas/profile.schema.json`).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Profile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}

/// What the schema says a field holds, for a field path such as `ratings[0].level`:
/// the text a person needs when a value there has the wrong type. `None` when the path
/// is not a field of the profile format (a JSON Resume's `work[1].startDate`).
pub fn field_description(path: &str) -> Option<String> {
    // Built once: a batch may report thousands of lines with the same slip.
    static SCHEMA: LazyLock<Value> = LazyLock::new(|| {
        serde_json::to_value(schemars::schema_for!(Profile)).unwrap_or(Value::Null)
    });
    let schema = &*SCHEMA;
    let mut node = schema;
    let mut described = None;
    for step in steps(path) {
        node = resolve(schema, node);
        node = match step {
            Step::Field(name) => node.get("properties")?.get(name)?,
            Step::Item => node.get("items")?,
        };
        // A property's own description, when it has one, says more than its type's.
        described = node.get("description").and_then(Value::as_str);
    }
    let resolved = resolve(schema, node);
    described
        .or_else(|| resolved.get("description").and_then(Value::as_str))
        .map(|d| d.trim().to_string())
}

enum Step<'a> {
    Field(&'a str),
    Item,
}

/// `ratings[0].level` as a field, an item and a field.
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !name.is_empty() {
            out.push(Step::Field(name));
        }
        out.extend(rest.matches('[').map(|_| Step::Item));
    }
    out
}

/// Follows `$ref`s, and for an optional value (`anyOf` of a type and null) the type.
fn resolve<'s>(schema: &'s Value, mut node: &'s Value) -> &'s Value {
    // A bound on the hops: a schema whose references loop must not hang an error message.
    for _ in 0..16 {
        if let Some(name) = node.get("$ref").and_then(Value::as_str) {
            match name
                .strip_prefix("#/$defs/")
                .and_then(|n| schema.get("$defs")?.get(n))
            {
                Some(target) => node = target,
                None => return node,
            }
        } else if let Some(first) = (node.get("anyOf").or_else(|| node.get("oneOf")))
            .and_then(Value::as_array)
            .and_then(|all| {
                all.iter()
                    .find(|v| v.get("type") != Some(&Value::from("null")))
            })
        {
            node = first;
        } else {
            return node;
        }
    }
    node
}

#[cfg(test)]
mod tests {
    use super::field_description;

    #[test]
    fn a_field_path_finds_what_the_schema_says_of_it() {
        let level = field_description("ratings[0].level").unwrap();
        assert!(level.contains("L1"), "{level}");
        let currency = field_description("positions[2].budget.currency").unwrap();
        assert!(currency.contains("ISO 4217"), "{currency}");
        // A field without words of its own takes its type's: a date says its form.
        let start = field_description("positions[0].start").unwrap();
        assert!(start.contains("YYYY"), "{start}");
        assert_eq!(field_description("work[1].startDate"), None);
        assert_eq!(field_description("positions[0].nonsense"), None);
    }
}
