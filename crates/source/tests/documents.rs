use ctopath_source::{FieldPath, Format, InputError, Limits, Location, parse};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    #[allow(dead_code)]
    name: String,
    #[allow(dead_code)]
    items: Vec<Item>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    #[allow(dead_code)]
    id: String,
    #[allow(dead_code)]
    years: u32,
}

const YAML: &str = "name: x\nitems:\n  - id: a\n    years: 3\n  - id: b\n    years: many\n";

#[test]
fn yaml_field_errors_name_path_and_line() {
    let doc = parse("f.yaml", YAML.as_bytes(), Limits::default()).unwrap();
    assert_eq!(doc.format, Format::Yaml);
    let err = doc.decode::<Doc>().unwrap_err();
    assert_eq!(err.path.as_str(), "items[1].years");
    assert_eq!(err.location, Some(Location { line: 6, column: 5 }));
    assert!(
        err.to_string().starts_with("f.yaml:6:5: `items[1].years`"),
        "{err}"
    );
}

#[test]
fn unknown_fields_point_at_the_key() {
    let doc = parse(
        "f.yaml",
        b"name: x\nitems:\n  - id: a\n    yeers: 3\n",
        Limits::default(),
    )
    .unwrap();
    let err = doc.decode::<Doc>().unwrap_err();
    assert_eq!(err.path.as_str(), "items[0].yeers");
    assert_eq!(err.location, Some(Location { line: 4, column: 5 }));
    assert!(err.message.contains("unknown field `yeers`"));
}

#[test]
fn json_is_detected_by_content_and_mapped() {
    let text =
        "{\n  \"name\": \"x\",\n  \"items\": [\n    {\"id\": \"a\", \"years\": \"3\"}\n  ]\n}";
    let doc = parse("f.txt", text.as_bytes(), Limits::default()).unwrap();
    assert_eq!(doc.format, Format::Json);
    let err = doc.decode::<Doc>().unwrap_err();
    assert_eq!(err.path.as_str(), "items[0].years");
    assert_eq!(err.location.map(|l| l.line), Some(4));
}

#[test]
fn syntax_errors_carry_a_location() {
    let err = parse(
        "bad.json",
        b"{\n  \"a\": 1,\n  \"b\" 2\n}",
        Limits::default(),
    )
    .unwrap_err();
    assert_eq!(err.location().map(|l| l.line), Some(3));
    assert!(err.to_string().contains("bad.json:3:"), "{err}");
    let err = parse("bad.yaml", b"a: [1, 2\nb: 3\n", Limits::default()).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert!(err.location().is_some());
}

#[test]
fn hostile_input_is_refused() {
    let limits = Limits::default();
    assert!(matches!(
        parse("b", b"\x00\x01\x02", limits),
        Err(InputError::Binary { .. })
    ));
    assert!(matches!(
        parse("b", &[0xff, 0xfe, b'a'], limits),
        Err(InputError::NotUtf8 { .. })
    ));
    assert!(matches!(
        parse("e", b"  \n# only a comment\n", limits),
        Err(InputError::Empty { .. })
    ));
    let deep = "[".repeat(100_000);
    assert!(matches!(
        parse("d", deep.as_bytes(), limits),
        Err(InputError::TooDeep { .. })
    ));
    let deep_yaml: String = (0..200)
        .map(|i| format!("{}k:\n", "  ".repeat(i)))
        .collect();
    assert!(matches!(
        parse("d", deep_yaml.as_bytes(), limits),
        Err(InputError::TooDeep { .. })
    ));
    let small = Limits {
        max_bytes: 10,
        ..limits
    };
    assert!(matches!(
        parse("h", b"name: a very long value", small),
        Err(InputError::TooLarge { .. })
    ));
}

#[test]
fn alias_bombs_do_not_hang() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    assert!(parse("bomb.yaml", bomb.as_bytes(), Limits::default()).is_err());
}

#[test]
fn locate_falls_back_to_the_nearest_ancestor() {
    let doc = parse("f.yaml", YAML.as_bytes(), Limits::default()).unwrap();
    let missing = FieldPath::parse("items[1].nothing.deeper");
    assert_eq!(
        doc.locate(&missing),
        doc.locate(&FieldPath::parse("items[1]"))
    );
}
