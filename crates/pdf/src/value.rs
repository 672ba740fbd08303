//! Handing data to Typst as values.
//!
//! Data reaches the templates as Typst strings, numbers, arrays and
//! dictionaries under `sys.inputs`. A string value is only ever displayed, so
//! text such as `#set page(width: 1pt)` prints literally: there is no path by
//! which user text becomes markup.

use serde_json::Value as Json;
use typst::foundations::{Array, Dict, Str, Value};

/// The Typst value equal to `json` (objects keep their key order).
pub fn from_json(json: &Json) -> Value {
    match json {
        Json::Null => Value::None,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Json::String(s) => Value::Str(Str::from(s.as_str())),
        Json::Array(items) => Value::Array(items.iter().map(from_json).collect::<Array>()),
        Json::Object(map) => {
            let mut dict = Dict::new();
            for (key, value) in map {
                dict.insert(Str::from(key.as_str()), from_json(value));
            }
            Value::Dict(dict)
        }
    }
}

/// Serialise `data` with serde and convert it. Our view types serialise to
/// plain JSON trees, so this cannot fail for them.
pub fn from_serialize(data: &impl serde::Serialize) -> Value {
    from_json(&serde_json::to_value(data).expect("view types serialise to JSON"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_maps_onto_typst_values_in_order() {
        let value = from_json(&json!({"b": [1, 2.5, "x", null, true], "a": {}}));
        let Value::Dict(dict) = value else {
            panic!("not a dict")
        };
        let keys: Vec<_> = dict.iter().map(|(k, _)| k.as_str().to_owned()).collect();
        assert_eq!(keys, ["b", "a"]);
        let Value::Array(items) = dict.get("b").unwrap() else {
            panic!("not an array")
        };
        let items: Vec<_> = items.iter().cloned().collect();
        assert_eq!(items[0], Value::Int(1));
        assert_eq!(items[1], Value::Float(2.5));
        assert_eq!(items[2], Value::Str("x".into()));
        assert_eq!(items[3], Value::None);
        assert_eq!(items[4], Value::Bool(true));
    }
}
