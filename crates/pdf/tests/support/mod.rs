//! Looking inside rendered PDFs: extracted text (poppler's `pdftotext`, when
//! installed), page counts and the objects of the file, decompressed.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::sync::LazyLock;

use ctopath_pdf::PdfEngine;

/// One engine for all tests in a binary, as a server would hold it.
pub fn engine() -> &'static PdfEngine {
    static ENGINE: LazyLock<PdfEngine> = LazyLock::new(PdfEngine::new);
    &ENGINE
}

pub fn two_page_resume() -> serde_json::Value {
    serde_json::from_str(include_str!("../../fixtures/two-page.resume.json")).unwrap()
}

/// The text of `pdf` in reading order with all whitespace collapsed to single
/// spaces (lines wrap where the layout decides), or `None` with a message when
/// `pdftotext` is not installed.
pub fn text(pdf: &[u8]) -> Option<String> {
    let raw = poppler("pdftotext", pdf, &["-enc", "UTF-8"], true)?;
    Some(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `pdfinfo`'s fields (`Title`, `Author`, `Pages` ...), or `None` when absent.
pub fn info(pdf: &[u8]) -> Option<Vec<(String, String)>> {
    let raw = poppler("pdfinfo", pdf, &["-enc", "UTF-8"], false)?;
    Some(
        raw.lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect(),
    )
}

pub fn info_field(info: &[(String, String)], key: &str) -> String {
    info.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn poppler(tool: &str, pdf: &[u8], args: &[&str], to_stdout: bool) -> Option<String> {
    if Command::new(tool).arg("-v").output().is_err() {
        eprintln!(
            "skipping the {tool} check: {tool} is not installed (apt-get install poppler-utils)"
        );
        return None;
    }
    let mut file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    file.write_all(pdf).unwrap();
    let path: PathBuf = file.path().to_owned();
    let mut command = Command::new(tool);
    command.args(args).arg(&path);
    if to_stdout {
        command.arg("-");
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).unwrap())
}

/// The whole file as text with every Flate stream inflated and appended, so
/// that content and objects in compressed streams can be searched too. PDF
/// allows a space between a name and what follows it; it is removed
/// (`/Type /Page` reads `/Type/Page`) so searches need only one spelling.
pub fn objects(pdf: &[u8]) -> String {
    let mut text = raw_objects(pdf);
    for (spaced, compact) in [
        ("/Type /", "/Type/"),
        ("/MediaBox [", "/MediaBox["),
        ("/URI (", "/URI("),
        ("/Subtype /", "/Subtype/"),
    ] {
        text = text.replace(spaced, compact);
    }
    text
}

fn raw_objects(pdf: &[u8]) -> String {
    let mut out = String::from_utf8_lossy(pdf).into_owned();
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream") {
        let after = &rest[start + 6..];
        let body_start = if after.starts_with(b"\r\n") {
            2
        } else if after.starts_with(b"\n") {
            1
        } else {
            rest = after;
            continue;
        };
        let body = &after[body_start..];
        let Some(end) = find(body, b"endstream") else {
            break;
        };
        if let Ok(inflated) = miniz_oxide::inflate::decompress_to_vec_zlib(&body[..end]) {
            out.push('\n');
            out.push_str(&String::from_utf8_lossy(&inflated));
        }
        rest = &body[end + 9..];
    }
    out
}

/// Pages in the file: page objects are `/Type/Page` (the tree is `/Pages`).
pub fn page_count(pdf: &[u8]) -> usize {
    let objects = objects(pdf);
    objects
        .match_indices("/Type/Page")
        .filter(|(i, m)| !objects[i + m.len()..].starts_with('s'))
        .count()
}

/// Every `http(s)://` address in the file except XML namespace names in the
/// XMP metadata (`xmlns:dc="http://purl.org/dc/elements/1.1/"`), which are
/// identifiers that nothing fetches.
pub fn web_addresses(objects: &str) -> Vec<String> {
    objects
        .match_indices("http")
        .filter(|(i, _)| {
            let rest = &objects[*i..];
            rest.starts_with("http://") || rest.starts_with("https://")
        })
        .filter(|(i, _)| {
            let before = &objects[..*i];
            let attribute = before.rsplit(' ').next().unwrap_or_default();
            !(attribute.starts_with("xmlns:") && attribute.ends_with("=\""))
        })
        .map(|(i, _)| {
            objects[i..]
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, ')' | '"' | '>' | '<'))
                .collect()
        })
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Asserts that `needles` occur in `text` in the given order.
pub fn assert_in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let Some(found) = text[from..].find(needle) else {
            panic!("`{needle}` missing after position {from} in:\n{text}");
        };
        from += found + needle.len();
    }
}
