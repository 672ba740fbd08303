//! The published JSON Schema of the framework format.

use crate::Framework;

/// The JSON Schema as pretty-printed JSON, ending in a newline (the form checked in
/// as `schemas/framework.schema.json`).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Framework);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}
