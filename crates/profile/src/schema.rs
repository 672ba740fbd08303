//! The published JSON Schema of the own profile format.

use crate::Profile;

/// The JSON Schema as pretty-printed JSON, ending in a newline (the form checked in
/// as `schemas/profile.schema.json`).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Profile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}
