//! The generic report document: titled sections of paragraphs, lists, tables,
//! images and callouts. The career report is written in this shape.
//!
//! In JSON:
//!
//! ```json
//! {
//!   "title": "Career report",
//!   "subtitle": "Ada Lovelace, March 2026",
//!   "author": "Ada Lovelace",
//!   "sections": [
//!     {
//!       "heading": "Where you stand",
//!       "blocks": [
//!         { "kind": "paragraph", "text": "You lead a team of six." },
//!         { "kind": "list", "items": ["Hiring", "Budget"] },
//!         { "kind": "table", "columns": ["Competency", "Level"], "rows": [["Delivery", "4"]] },
//!         { "kind": "image", "file": "radar.svg", "alt": "Competency radar", "width_pct": 60 },
//!         { "kind": "callout", "text": "Your evidence is thin here.", "tone": "warning" }
//!       ]
//!     }
//!   ]
//! }
//! ```
//!
//! `subtitle`, `author`, `width_pct` (default 100) and `tone` (default `info`)
//! may be left out. Every text is printed as written: none of it is read as
//! Typst markup.

use serde::{Deserialize, Serialize};

use crate::PdfError;

/// A report: a title page header followed by sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Printed at the top and stored as the PDF title.
    pub title: String,
    /// A line under the title (who and when, typically).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Stored as the PDF author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The body, in order.
    #[serde(default)]
    pub sections: Vec<Section>,
}

/// A headed part of the document (a bookmark in the PDF).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One piece of a section's body, tagged by `kind` in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A paragraph of prose.
    Paragraph { text: String },
    /// A bulleted list.
    List { items: Vec<String> },
    /// A table with a header row; every row has one cell per column.
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// An image supplied alongside the document (SVG, PNG, JPEG, GIF or WebP),
    /// centred, `width_pct` percent of the text width wide.
    Image {
        file: String,
        alt: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        width_pct: Option<u8>,
    },
    /// A highlighted note.
    Callout {
        text: String,
        #[serde(default)]
        tone: Tone,
    },
}

/// How a callout is coloured and labelled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    #[default]
    Info,
    Warning,
}

impl Document {
    /// The problems that would make the document print wrongly: ragged table
    /// rows, impossible image widths. These are mistakes in the program that
    /// built the document, so they are reported rather than patched over.
    pub fn check(&self) -> Result<(), PdfError> {
        for section in &self.sections {
            for block in &section.blocks {
                check_block(&section.heading, block)?;
            }
        }
        Ok(())
    }

    /// The image files the document refers to, in order of first use.
    pub fn image_files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = Vec::new();
        for block in self.sections.iter().flat_map(|s| &s.blocks) {
            if let Block::Image { file, .. } = block
                && !files.contains(&file.as_str())
            {
                files.push(file);
            }
        }
        files
    }
}

fn check_block(section: &str, block: &Block) -> Result<(), PdfError> {
    let invalid = |reason: String| PdfError::InvalidDocument {
        section: section.to_owned(),
        reason,
    };
    match block {
        Block::Table { columns, rows } => {
            if columns.is_empty() {
                return Err(invalid(
                    "a table has no columns; give it at least one".into(),
                ));
            }
            if let Some((index, row)) = rows
                .iter()
                .enumerate()
                .find(|(_, r)| r.len() != columns.len())
            {
                return Err(invalid(format!(
                    "table row {} has {} cells but the table has {} columns; give every row one cell per column",
                    index + 1,
                    row.len(),
                    columns.len()
                )));
            }
        }
        Block::Image {
            file,
            width_pct: Some(width),
            ..
        } if !(1..=100).contains(width) => {
            return Err(invalid(format!(
                "image `{file}` has width_pct {width}; use a percentage from 1 to 100"
            )));
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_documented_shape_parses_and_round_trips() {
        let value = json!({
            "title": "T", "sections": [{"heading": "H", "blocks": [
                {"kind": "paragraph", "text": "p"},
                {"kind": "list", "items": ["a"]},
                {"kind": "table", "columns": ["c"], "rows": [["1"]]},
                {"kind": "image", "file": "r.svg", "alt": "radar", "width_pct": 60},
                {"kind": "callout", "text": "w", "tone": "warning"},
                {"kind": "callout", "text": "i"}
            ]}]
        });
        let doc: Document = serde_json::from_value(value).unwrap();
        assert_eq!(
            doc.sections[0].blocks[5],
            Block::Callout {
                text: "i".into(),
                tone: Tone::Info
            }
        );
        assert_eq!(doc.image_files(), ["r.svg"]);
        let again: Document = serde_json::from_value(serde_json::to_value(&doc).unwrap()).unwrap();
        assert_eq!(again, doc);
        doc.check().unwrap();
    }

    #[test]
    fn ragged_tables_and_bad_widths_are_reported_with_their_section() {
        let ragged = Document {
            title: "T".into(),
            subtitle: None,
            author: None,
            sections: vec![Section {
                heading: "Scores".into(),
                blocks: vec![Block::Table {
                    columns: vec!["a".into(), "b".into()],
                    rows: vec![vec!["1".into(), "2".into()], vec!["3".into()]],
                }],
            }],
        };
        let message = ragged.check().unwrap_err().to_string();
        assert!(
            message.contains("Scores") && message.contains("row 2 has 1 cells"),
            "{message}"
        );

        let mut wide = ragged.clone();
        wide.sections[0].blocks = vec![Block::Image {
            file: "x.svg".into(),
            alt: String::new(),
            width_pct: Some(0),
        }];
        assert!(
            wide.check()
                .unwrap_err()
                .to_string()
                .contains("from 1 to 100")
        );
    }

    #[test]
    fn unknown_kinds_are_rejected_when_parsing() {
        let error =
            serde_json::from_value::<Block>(json!({"kind": "video", "file": "x"})).unwrap_err();
        assert!(error.to_string().contains("video"));
    }
}
