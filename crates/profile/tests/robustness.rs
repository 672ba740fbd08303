//! Bad input never panics: whatever the bytes, `load` returns a result.

mod common;

use common::framework;
use ctopath_profile::{check, load};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Top-level keys of both formats, so generated junk reaches the decoders rather
/// than stopping at the first unknown field.
const KEYS: &[&str] = &[
    "ctopath",
    "person",
    "goal",
    "positions",
    "ratings",
    "achievements",
    "tours",
    "signals",
    "resume",
    "basics",
    "work",
    "education",
    "projects",
    "meta",
    "$schema",
];

fn junk_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "(2023-02-30|2019|[0-9-]{0,12}|L[0-9]{1,2}|cto|self|[a-z_]{0,10})".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        let keys = prop::sample::select(
            [
                KEYS,
                &[
                    "work",
                    "ctopath",
                    "positions",
                    "start",
                    "end",
                    "startDate",
                    "direct_reports",
                    "highlights",
                    "id",
                    "competency",
                ],
            ]
            .concat(),
        );
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec((keys, inner), 0..5).prop_map(|kv| Value::Object(
                kv.into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect::<Map<_, _>>()
            )),
        ]
    })
}

fn junk_document() -> impl Strategy<Value = Value> {
    prop::collection::vec((prop::sample::select(KEYS), junk_value()), 0..6)
        .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_do_not_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = load("junk", &bytes, framework());
    }

    #[test]
    fn arbitrary_text_does_not_panic(text in "\\PC{0,300}") {
        let _ = load("junk.yaml", text.as_bytes(), framework());
    }

    #[test]
    fn structured_junk_does_not_panic(doc in junk_document(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&doc) } else { serde_json::to_string(&doc) }.unwrap();
        let _ = check("junk.json", text.as_bytes(), framework());
    }

    /// A real example with one byte changed still fails cleanly, if it fails.
    #[test]
    fn corrupted_examples_do_not_panic(index in any::<prop::sample::Index>(), byte in any::<u8>(), which in 0usize..3) {
        let mut files: Vec<_> = std::fs::read_dir(common::examples_dir()).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let mut bytes = std::fs::read(&files[which % files.len()]).unwrap();
        let i = index.index(bytes.len());
        bytes[i] = byte;
        let _ = load("corrupted.yaml", &bytes, framework());
    }
}
