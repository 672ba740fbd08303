//! Structured input documents for ctopath.
//!
//! Every file a user hands to ctopath (a framework, a profile, a JSON Resume, a job
//! posting) goes through here so that all of them get the same treatment:
//! the format is picked by content, hostile input (binary, huge, deeply nested) is
//! refused before it can hurt, and any problem found later — by serde or by a
//! validator — can be pointed back at a `line:column` through the [`SourceMap`].
//!
//! No I/O happens here: callers pass the bytes they read.

mod error;
mod path;
mod problem;
mod source_map;
mod suggest;

pub use error::{FieldError, InputError};
pub use path::{FieldPath, field_path_of};
pub use problem::{LocatedProblem, Problem, RuleCode};
pub use source_map::SourceMap;
pub use suggest::{edit_distance, nearest_expected_field};

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_json::Value;

/// The two text formats ctopath reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Json,
}

/// A position in a text file, both 1-based (as editors show them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Guards against input that would exhaust memory or the stack.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // A real framework or resume is tens of kilobytes and a handful of levels deep;
        // these bounds leave two orders of magnitude of headroom.
        Limits {
            max_bytes: 8 * 1024 * 1024,
            max_depth: 48,
        }
    }
}

/// A parsed input file: its tree of values and where each field came from.
///
/// For JSON the source map is built on first use: most documents are valid and never
/// need a line:column, and building it costs more than parsing the JSON itself.
#[derive(Debug, Clone)]
pub struct Document {
    /// How the file is named in messages (usually its path).
    pub name: String,
    pub format: Format,
    pub value: Value,
    /// The text, kept while the source map has not been built.
    text: Option<String>,
    source_map: OnceLock<SourceMap>,
}

/// Picks the format from the first meaningful character: JSON documents open with
/// `{` or `[`; everything else is read as YAML (of which JSON is a subset anyway).
pub fn detect_format(text: &str) -> Format {
    match text.trim_start().chars().next() {
        Some('{') | Some('[') => Format::Json,
        _ => Format::Yaml,
    }
}

/// Parses `bytes` into a [`Document`], refusing binary, oversized, empty or
/// deeply nested input with an error that names `name` and a location.
pub fn parse(name: &str, bytes: &[u8], limits: Limits) -> Result<Document, InputError> {
    let text = check_text(name, bytes, limits)?;
    let format = detect_format(text);
    if format == Format::Json {
        // serde_json stops at its own recursion limit without overflowing the stack;
        // the tighter limit is checked on the parsed tree.
        let value = parse_json(name, text).map_err(|e| too_deep_if_nesting(e, limits))?;
        if depth(&value) > limits.max_depth {
            // The source map pass finds where the nesting goes too deep.
            SourceMap::build(name, text, limits.max_depth)?;
            return Err(InputError::TooDeep {
                file: name.to_string(),
                limit: limits.max_depth,
                location: None,
            });
        }
        return Ok(Document {
            name: name.to_string(),
            format,
            value,
            text: Some(text.to_string()),
            source_map: OnceLock::new(),
        });
    }
    // The source map pass also enforces the depth limit, before the recursive YAML
    // deserialiser sees the input.
    let source_map = SourceMap::build(name, text, limits.max_depth)?;
    let value = parse_yaml(name, text, limits).map_err(|e| too_deep_if_nesting(e, limits))?;
    Ok(Document {
        name: name.to_string(),
        format,
        value,
        text: None,
        source_map: OnceLock::from(source_map),
    })
}

/// Nesting depth of a parsed tree, without recursion.
fn depth(value: &Value) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(value, 0usize)];
    while let Some((v, d)) = stack.pop() {
        deepest = deepest.max(d);
        match v {
            Value::Array(items) => stack.extend(items.iter().map(|x| (x, d + 1))),
            Value::Object(map) => stack.extend(map.values().map(|x| (x, d + 1))),
            _ => {}
        }
    }
    deepest
}

impl Document {
    /// A document made from a value that has no text behind it: paths, no locations.
    pub fn from_value(name: &str, format: Format, value: Value) -> Document {
        Document {
            name: name.to_string(),
            format,
            value,
            text: None,
            source_map: OnceLock::from(SourceMap::default()),
        }
    }

    /// Where each field sits in the text.
    pub fn source_map(&self) -> &SourceMap {
        self.source_map.get_or_init(|| {
            self.text
                .as_deref()
                .and_then(|t| SourceMap::build(&self.name, t, usize::MAX).ok())
                .unwrap_or_default()
        })
    }

    /// Deserialises the document into `T`, reporting the failing field's path and
    /// location when the shape is wrong.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, FieldError> {
        serde_path_to_error::deserialize(&self.value).map_err(|err| {
            let mut path = field_path_of(err.path());
            let message = err.inner().to_string();
            // For an unknown field serde reports the parent; point at the key itself.
            if let Some(field) = unknown_field_name(&message)
                && !path.as_str().ends_with(&field)
            {
                path = path.child(&field);
            }
            let location = self.source_map().locate(&path);
            FieldError {
                file: self.name.clone(),
                path,
                location,
                message: tidy_serde_message(&message),
            }
        })
    }

    /// Where the field at `path` sits in the file, or its nearest ancestor.
    pub fn locate(&self, path: &FieldPath) -> Option<Location> {
        self.source_map().locate(path)
    }
}

fn check_text<'a>(name: &str, bytes: &'a [u8], limits: Limits) -> Result<&'a str, InputError> {
    if bytes.len() > limits.max_bytes {
        return Err(InputError::TooLarge {
            file: name.to_string(),
            bytes: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(InputError::Binary {
            file: name.to_string(),
            offset,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        file: name.to_string(),
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let meaningful = text
        .lines()
        .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if !meaningful {
        return Err(InputError::Empty {
            file: name.to_string(),
        });
    }
    Ok(text)
}

fn parse_json(name: &str, text: &str) -> Result<Value, InputError> {
    serde_json::from_str(text).map_err(|e| InputError::Syntax {
        file: name.to_string(),
        format: Format::Json,
        message: strip_json_position(&e.to_string()),
        location: (e.line() > 0).then_some(Location {
            line: e.line(),
            column: e.column(),
        }),
    })
}

fn parse_yaml(name: &str, text: &str, limits: Limits) -> Result<Value, InputError> {
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    // YAML 1.2 booleans only: `y`, `no` or `on` stay strings (a level named `n`, a
    // country code `NO`), which is what people writing data mean.
    options.strict_booleans = true;
    options.leading_zero_numbers_as_strings = true;
    if let Some(budget) = options.budget.as_mut() {
        budget.max_depth = limits.max_depth + 1;
    }
    serde_saphyr::from_str_with_options::<Value>(text, options).map_err(|e| {
        let location = e.location().and_then(|l| {
            (l.line() > 0).then_some(Location {
                line: l.line() as usize,
                column: l.column() as usize,
            })
        });
        InputError::Syntax {
            file: name.to_string(),
            format: Format::Yaml,
            message: strip_yaml_position(&first_line(&e.to_string())),
            location,
        }
    })
}

/// Parsers word their nesting guards differently; report them all as one thing.
fn too_deep_if_nesting(err: InputError, limits: Limits) -> InputError {
    match err {
        InputError::Syntax {
            file,
            message,
            location,
            ..
        } if ["recursion limit", "depth", "nesting", "nested"]
            .iter()
            .any(|w| message.to_lowercase().contains(w)) =>
        {
            InputError::TooDeep {
                file,
                limit: limits.max_depth,
                location,
            }
        }
        other => other,
    }
}

/// serde-saphyr ends messages with " at line X, column Y"; the location is reported separately.
fn strip_yaml_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_string()
}

/// serde_json appends " at line X column Y"; the location is reported separately.
fn strip_json_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn unknown_field_name(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest[..rest.find('`')?].to_string())
}

fn tidy_serde_message(message: &str) -> String {
    message.replace("invalid type: ", "wrong type: ")
}
