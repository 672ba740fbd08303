//! Checks every chart must pass, whatever its input.
#![allow(dead_code)]

use std::path::Path;

use roxmltree::{Document, Node};

/// What a test needs from a parsed chart.
pub struct Chart {
    pub source: String,
    pub title: String,
    pub desc: String,
}

impl Chart {
    pub fn doc(&self) -> Document<'_> {
        Document::parse(&self.source).expect("chart is well-formed XML")
    }

    /// Every element with this tag name.
    pub fn count(&self, tag: &str) -> usize {
        self.doc()
            .descendants()
            .filter(|n| n.has_tag_name(tag))
            .count()
    }

    /// The text content of every `<text>` element (tspans joined).
    pub fn texts(&self) -> Vec<String> {
        self.doc()
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| {
                n.descendants()
                    .filter(Node::is_text)
                    .filter_map(|t| t.text())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }
}

/// Parses a chart and checks the promises every chart makes: well-formed XML,
/// an accessible image with title and description, a fixed size, and nothing
/// a PDF renderer (usvg) or a strict page would refuse.
pub fn check(source: String) -> Chart {
    for banned in [
        "NaN",
        "inf\"",
        "<style",
        "<script",
        "foreignObject",
        "var(",
        "<image",
        "href=",
        "@import",
        "url(",
    ] {
        assert!(
            !source.contains(banned),
            "chart contains {banned:?}:\n{source}"
        );
    }
    let doc = Document::parse(&source).unwrap_or_else(|e| panic!("not XML ({e}):\n{source}"));
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    assert_eq!(root.attribute("role"), Some("img"));
    let width: f64 = root.attribute("width").unwrap().parse().unwrap();
    let height: f64 = root.attribute("height").unwrap().parse().unwrap();
    assert!(width > 0.0 && height > 0.0);
    assert_eq!(
        root.attribute("viewBox"),
        Some(
            format!(
                "0 0 {} {}",
                root.attribute("width").unwrap(),
                root.attribute("height").unwrap()
            )
            .as_str()
        )
    );
    let ids: Vec<&str> = root
        .attribute("aria-labelledby")
        .expect("aria-labelledby")
        .split(' ')
        .collect();
    assert_eq!(ids.len(), 2);
    let by_id = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no element with id {id}"))
    };
    let title_node = by_id(ids[0]);
    let desc_node = by_id(ids[1]);
    assert!(title_node.has_tag_name("title") && title_node.parent() == Some(root));
    assert!(desc_node.has_tag_name("desc") && desc_node.parent() == Some(root));
    let title = title_node.text().unwrap_or_default().to_string();
    let desc = desc_node.text().unwrap_or_default().to_string();
    assert!(!title.trim().is_empty(), "empty title");
    assert!(!desc.trim().is_empty(), "empty description");
    for node in doc.descendants().filter(Node::is_element) {
        for attribute in node.attributes() {
            let value = attribute.value();
            if let Ok(number) = value.parse::<f64>() {
                assert!(number.is_finite(), "{} = {value}", attribute.name());
                // One decimal at most: the output is meant to be stable.
                if let Some((_, decimals)) = value.split_once('.') {
                    assert!(decimals.len() <= 1, "{} = {value}", attribute.name());
                }
            }
        }
    }
    Chart {
        title,
        desc,
        source: source.clone(),
    }
}

/// A fixture from `tests/fixtures`.
pub fn fixture<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Labels a hostile user might type.
pub const HOSTILE: &str = "</text><script>alert(\"x\")</script> & 'R&D' <b>\u{0}\u{1b}";
