//! The report document: headings, tables, images and callouts in a PDF.

mod support;

use ctopath_pdf::{Block, Document, PdfError, Section, Tone};
use serde_json::json;
use support::{assert_in_order, engine, info, info_field, objects, page_count, text};

const RADAR_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">
  <title>Competency radar</title>
  <polygon points="100,20 180,100 100,180 20,100" fill="#1d5fa7" fill-opacity="0.3" stroke="#1d5fa7"/>
</svg>"##;

fn report() -> Document {
    serde_json::from_value(json!({
        "title": "Career report",
        "subtitle": "Mara Lindqvist, November 2026",
        "author": "Mara Lindqvist",
        "sections": [
            {"heading": "Where you stand", "blocks": [
                {"kind": "paragraph", "text": "You are ready for a VP role and two tours away from CTO."},
                {"kind": "image", "file": "radar.svg", "alt": "Competency radar: strong delivery, thin finance", "width_pct": 60},
                {"kind": "table", "columns": ["Competency", "Current", "Expected"],
                 "rows": [["Delivery", "4", "4"], ["Finance", "1", "3"], ["Hiring", "4", "3"]]}
            ]},
            {"heading": "Next steps", "blocks": [
                {"kind": "list", "items": ["Own a budget for one planning cycle", "Present to the board twice"]},
                {"kind": "callout", "text": "Finance evidence is missing.", "tone": "warning"},
                {"kind": "callout", "text": "Forecasts are ranges, not promises."}
            ]}
        ]
    }))
    .unwrap()
}

fn radar() -> Vec<(String, Vec<u8>)> {
    vec![("radar.svg".to_owned(), RADAR_SVG.as_bytes().to_vec())]
}

#[test]
fn headings_table_list_and_callouts_read_in_order() {
    let pdf = engine().document(&report(), &radar()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let Some(text) = text(&pdf) else { return };
    assert_in_order(
        &text,
        &[
            "Career report",
            "Mara Lindqvist, November 2026",
            "Where you stand",
            "You are ready for a VP role",
            "Competency Current Expected",
            "Delivery 4 4",
            "Finance 1 3",
            "Hiring 4 3",
            "Next steps",
            "Own a budget for one planning cycle",
            "Present to the board twice",
            "Warning",
            "Finance evidence is missing.",
            "Note",
            "Forecasts are ranges, not promises.",
        ],
    );
}

#[test]
fn the_svg_is_embedded_as_vector_graphics_with_its_alt_text() {
    let pdf = engine().document(&report(), &radar()).unwrap();
    let objects = objects(&pdf);
    // The SVG's polygon is drawn as a vector path, not rasterised.
    assert!(
        objects.contains("100 20 m 180 100 l 100 180 l 20 100 l"),
        "the SVG polygon is not in the page"
    );
    assert!(
        !objects.contains("/Subtype/Image"),
        "the SVG was rasterised"
    );
    // Its text alternative is the figure's /Alt in the tagged structure.
    assert!(
        objects.contains("/S/Figure")
            && objects.contains("/Alt(Competency radar: strong delivery, thin finance)"),
        "the alt text is not attached to a figure"
    );
    // The section headings are bookmarks.
    assert!(objects.contains("/Outlines"));
}

#[test]
fn a_png_is_accepted_too() {
    let mut doc = report();
    doc.sections[0].blocks[1] = Block::Image {
        file: "dot.png".into(),
        alt: "A dot".into(),
        width_pct: Some(10),
    };
    let pdf = engine()
        .document(&doc, &[("dot.png".into(), tiny_png())])
        .unwrap();
    assert!(objects(&pdf).contains("/Subtype/Image"));
}

#[test]
fn metadata_comes_from_the_document() {
    let pdf = engine().document(&report(), &radar()).unwrap();
    let Some(info) = info(&pdf) else { return };
    assert_eq!(info_field(&info, "Title"), "Career report");
    assert_eq!(info_field(&info, "Author"), "Mara Lindqvist");
}

#[test]
fn markup_in_a_report_prints_literally() {
    let hostile = "#set page(width: 1pt) $x$ <y> *z* [a]";
    let doc = Document {
        title: hostile.into(),
        subtitle: Some(hostile.into()),
        author: None,
        sections: vec![Section {
            heading: hostile.into(),
            blocks: vec![
                Block::Paragraph {
                    text: hostile.into(),
                },
                Block::List {
                    items: vec![hostile.into()],
                },
                Block::Table {
                    columns: vec![hostile.into()],
                    rows: vec![vec![hostile.into()]],
                },
                Block::Callout {
                    text: hostile.into(),
                    tone: Tone::Info,
                },
            ],
        }],
    };
    let pdf = engine().document(&doc, &[]).unwrap();
    assert!(objects(&pdf).contains("/MediaBox[0 0 595.2756 841.8898]"));
    if let Some(text) = text(&pdf) {
        assert!(text.matches(hostile).count() >= 6, "{text}");
    }
}

#[test]
fn long_tables_continue_on_the_next_page() {
    let rows: Vec<Vec<String>> = (1..=120)
        .map(|i| vec![format!("Row {i}"), format!("{}", i * 7)])
        .collect();
    let doc = Document {
        title: "Long".into(),
        subtitle: None,
        author: None,
        sections: vec![Section {
            heading: "Table".into(),
            blocks: vec![Block::Table {
                columns: vec!["Name".into(), "Value".into()],
                rows,
            }],
        }],
    };
    let pdf = engine().document(&doc, &[]).unwrap();
    assert!(page_count(&pdf) >= 3);
    if let Some(text) = text(&pdf) {
        assert_in_order(&text, &["Row 1 7", "Row 60 420", "Row 120 840"]);
        // The header row repeats on every page.
        assert!(text.matches("Name Value").count() >= 3);
    }
}

#[test]
fn a_missing_image_names_the_file_and_section() {
    let error = engine().document(&report(), &[]).unwrap_err();
    assert_eq!(
        error,
        PdfError::MissingImage {
            file: "radar.svg".into(),
            section: "Where you stand".into()
        }
    );
    assert!(error.to_string().contains("pass its bytes"));
}

#[test]
fn an_image_that_is_not_an_image_is_rejected() {
    let error = engine()
        .document(&report(), &[("radar.svg".into(), b"plain text".to_vec())])
        .unwrap_err();
    assert_eq!(
        error,
        PdfError::UnsupportedImage {
            file: "radar.svg".into()
        }
    );
}

#[test]
fn a_ragged_table_is_rejected_before_rendering() {
    let mut doc = report();
    doc.sections[0].blocks[2] = Block::Table {
        columns: vec!["a".into(), "b".into()],
        rows: vec![vec!["1".into()]],
    };
    let error = engine().document(&doc, &radar()).unwrap_err();
    assert!(
        matches!(error, PdfError::InvalidDocument { ref section, .. } if section == "Where you stand"),
        "{error}"
    );
}

/// A valid 1×1 PNG, built by hand so the test needs no image files.
fn tiny_png() -> Vec<u8> {
    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&[kind.as_slice(), data].concat());
        out.extend_from_slice(&crc.to_be_bytes());
        out
    }
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let header = [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]; // 1×1, 8-bit RGB
    let pixels = miniz_oxide::deflate::compress_to_vec_zlib(&[0, 29, 95, 167], 6);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(b"IDAT", &pixels));
    png.extend(chunk(b"IEND", &[]));
    png
}
