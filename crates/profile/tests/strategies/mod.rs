//! proptest strategies: JSON Resume documents that follow the schema, and (in
//! `own`) ctopath's own data to put on top of them.

#![allow(dead_code)]

mod own;

pub use own::profile;

use ctopath_profile::PartialDate;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Short text, often with the digits, `%` and verbs that make a highlight an outcome.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.%-]{0,16}",
        Just(String::new()),
        "(Reduced|Grew|Owned|Led|Cut) [a-z]{1,8} (from [0-9]{1,3} to [0-9]{1,3} ms|by [0-9]{1,2}%|well)",
        "[^\u{0}]{0,8}",
    ]
    .boxed()
}

/// Dates of every shape JSON Resume allows, impossible ones (`2023-02-30`) included:
/// import keeps them exactly, and only validation objects.
pub fn date() -> BoxedStrategy<PartialDate> {
    (
        1000u16..3000,
        prop::option::of((0u8..20, prop::option::of(0u8..40))),
    )
        .prop_map(|(year, rest)| {
            let text = match rest {
                None => format!("{year:04}"),
                Some((month, None)) => format!("{year:04}-{month:02}"),
                Some((month, Some(day))) => format!("{year:04}-{month:02}-{day:02}"),
            };
            PartialDate::parse_shape(&text).expect("generated in the allowed shape")
        })
        .boxed()
}

fn json_leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        text().prop_map(Value::from),
    ]
    .boxed()
}

/// Any JSON value, a few levels deep: what unknown properties may hold.
pub fn json_value() -> BoxedStrategy<Value> {
    json_leaf()
        .prop_recursive(3, 12, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
                prop::collection::vec(("[a-z]{1,4}", inner), 0..3)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
        .boxed()
}

/// Properties the schema does not name; the `x-` prefix keeps them clear of real fields.
fn extras() -> BoxedStrategy<Vec<(String, Value)>> {
    prop::collection::vec(("x-[a-z]{1,5}", json_value()), 0..2).boxed()
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Date,
    Texts,
}

fn field(kind: Kind) -> BoxedStrategy<Value> {
    match kind {
        Kind::Text => text().prop_map(Value::from).boxed(),
        Kind::Date => date().prop_map(|d| Value::from(d.to_string())).boxed(),
        Kind::Texts => prop::collection::vec(text(), 0..4)
            .prop_map(Value::from)
            .boxed(),
    }
}

/// An object with any subset of `fields` (in schema order) and some extras.
fn object(fields: &[(&'static str, Kind)]) -> BoxedStrategy<Value> {
    let names: Vec<&'static str> = fields.iter().map(|(n, _)| *n).collect();
    let values: Vec<_> = fields
        .iter()
        .map(|(_, k)| prop::option::of(field(*k)))
        .collect();
    (values, extras())
        .prop_map(move |(values, extras)| {
            let mut map = Map::new();
            for (name, value) in names.iter().zip(values) {
                if let Some(value) = value {
                    map.insert(name.to_string(), value);
                }
            }
            map.extend(extras);
            Value::Object(map)
        })
        .boxed()
}

fn list_of(fields: &[(&'static str, Kind)], max: usize) -> BoxedStrategy<Value> {
    prop::collection::vec(object(fields), 0..max)
        .prop_map(Value::from)
        .boxed()
}

use Kind::{Date, Text, Texts};

fn basics() -> BoxedStrategy<Value> {
    let plain = object(&[
        ("name", Text),
        ("label", Text),
        ("image", Text),
        ("email", Text),
        ("phone", Text),
        ("url", Text),
        ("summary", Text),
    ]);
    let location = object(&[
        ("address", Text),
        ("postalCode", Text),
        ("city", Text),
        ("countryCode", Text),
        ("region", Text),
    ]);
    let profiles = list_of(&[("network", Text), ("username", Text), ("url", Text)], 3);
    (
        plain,
        prop::option::of(location),
        prop::option::of(profiles),
    )
        .prop_map(|(mut basics, location, profiles)| {
            let map = basics.as_object_mut().unwrap();
            if let Some(l) = location {
                map.insert("location".into(), l);
            }
            if let Some(p) = profiles {
                map.insert("profiles".into(), p);
            }
            basics
        })
        .boxed()
}

/// A JSON Resume document that follows the schema, with no ctopath data in it.
pub fn json_resume() -> BoxedStrategy<Value> {
    let work = list_of(
        &[
            ("name", Text),
            ("location", Text),
            ("description", Text),
            ("position", Text),
            ("url", Text),
            ("startDate", Date),
            ("endDate", Date),
            ("summary", Text),
            ("highlights", Texts),
        ],
        4,
    );
    let sections: Vec<(&'static str, BoxedStrategy<Value>)> = vec![
        ("$schema", field(Text)),
        ("basics", basics()),
        ("work", work),
        (
            "volunteer",
            list_of(
                &[
                    ("organization", Text),
                    ("position", Text),
                    ("url", Text),
                    ("startDate", Date),
                    ("endDate", Date),
                    ("summary", Text),
                    ("highlights", Texts),
                ],
                2,
            ),
        ),
        (
            "education",
            list_of(
                &[
                    ("institution", Text),
                    ("url", Text),
                    ("area", Text),
                    ("studyType", Text),
                    ("startDate", Date),
                    ("endDate", Date),
                    ("score", Text),
                    ("courses", Texts),
                ],
                2,
            ),
        ),
        (
            "awards",
            list_of(
                &[
                    ("title", Text),
                    ("date", Date),
                    ("awarder", Text),
                    ("summary", Text),
                ],
                2,
            ),
        ),
        (
            "certificates",
            list_of(
                &[
                    ("name", Text),
                    ("date", Date),
                    ("url", Text),
                    ("issuer", Text),
                ],
                2,
            ),
        ),
        (
            "publications",
            list_of(
                &[
                    ("name", Text),
                    ("publisher", Text),
                    ("releaseDate", Date),
                    ("url", Text),
                    ("summary", Text),
                ],
                2,
            ),
        ),
        (
            "skills",
            list_of(&[("name", Text), ("level", Text), ("keywords", Texts)], 2),
        ),
        (
            "languages",
            list_of(&[("language", Text), ("fluency", Text)], 2),
        ),
        (
            "interests",
            list_of(&[("name", Text), ("keywords", Texts)], 2),
        ),
        (
            "references",
            list_of(&[("name", Text), ("reference", Text)], 2),
        ),
        (
            "projects",
            list_of(
                &[
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
                ],
                2,
            ),
        ),
        (
            "meta",
            object(&[
                ("canonical", Text),
                ("version", Text),
                ("lastModified", Text),
            ]),
        ),
    ];
    let names: Vec<&'static str> = sections.iter().map(|(n, _)| *n).collect();
    let values: Vec<_> = sections
        .into_iter()
        .map(|(_, s)| prop::option::of(s))
        .collect();
    (values, extras())
        .prop_map(move |(values, extras)| {
            let mut map = Map::new();
            for (name, value) in names.iter().zip(values) {
                if let Some(value) = value {
                    map.insert(name.to_string(), value);
                }
            }
            map.extend(extras);
            Value::Object(map)
        })
        .boxed()
}
