//! Lenient reads from a JSON Resume document.
//!
//! A CV must render whatever the person managed to write down, so a field with
//! an unexpected type is treated as absent instead of failing the whole CV, and
//! scalars are accepted where text is expected (`"score": 4.0`).

use serde_json::{Map, Value};

/// The text of `object[key]`, trimmed; empty when absent or not a scalar.
pub fn text(object: &Map<String, Value>, key: &str) -> String {
    object.get(key).map(scalar_text).unwrap_or_default()
}

/// The non-empty texts of `object[key]` when it is an array (a lone string
/// counts as a one-element list).
pub fn texts(object: &Map<String, Value>, key: &str) -> Vec<String> {
    match object.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .map(scalar_text)
            .filter(|s| !s.is_empty())
            .collect(),
        Some(other) => Some(scalar_text(other))
            .filter(|s| !s.is_empty())
            .into_iter()
            .collect(),
        None => Vec::new(),
    }
}

/// The objects in the array `object[key]`, skipping anything else.
pub fn objects<'a>(
    object: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    let items = match object.get(key) {
        Some(Value::Array(items)) => items.as_slice(),
        _ => &[],
    };
    items.iter().filter_map(Value::as_object)
}

/// The object `object[key]`, if it is one.
pub fn object<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a Map<String, Value>> {
    object.get(key).and_then(Value::as_object)
}

/// Prose split into paragraphs at blank lines; the single line breaks inside a
/// paragraph are hard wraps from a text editor, so they become spaces.
pub fn paragraphs(prose: &str) -> Vec<String> {
    let mut result = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in prose.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                result.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        result.push(current.join(" "));
    }
    result
}

/// A web address fit to become a link in the PDF: only `http` and `https`, so
/// that a CV can never carry a `javascript:` or `file:` action.
pub fn web_href(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| url.to_owned())
}

/// How an address reads on paper: without the scheme and trailing slash.
pub fn web_display(url: &str) -> String {
    let without_scheme = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .trim_end_matches('/');
    without_scheme
        .strip_prefix("www.")
        .unwrap_or(without_scheme)
        .to_owned()
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap()
    }

    #[test]
    fn wrong_types_read_as_absent() {
        let m = map(json!({"name": {"first": "x"}, "score": 4.0, "tags": [1, "", null, "a"]}));
        assert_eq!(text(&m, "name"), "");
        assert_eq!(text(&m, "score"), "4.0");
        assert_eq!(texts(&m, "tags"), ["1", "a"]);
        assert_eq!(objects(&m, "score").count(), 0);
    }

    #[test]
    fn paragraphs_split_on_blank_lines_only() {
        assert_eq!(
            paragraphs("one\nstill one\n\n  two  \n"),
            ["one still one", "two"]
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(web_href("javascript:alert(1)"), None);
        assert_eq!(web_href("file:///etc/passwd"), None);
        assert!(web_href("HTTPS://example.com").is_some());
        assert_eq!(web_display("https://www.example.com/me/"), "example.com/me");
    }
}
