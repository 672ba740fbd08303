//! Recognising the images handed to [`crate::PdfEngine::document`].

/// The Typst format name for `data`, by content (the file name is a hint only
/// for SVG, whose text may start with a comment or a byte-order mark).
pub fn format(file: &str, data: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 5] = [
        (b"\x89PNG\r\n\x1a\n", "png"),
        (b"\xff\xd8\xff", "jpg"),
        (b"GIF87a", "gif"),
        (b"GIF89a", "gif"),
        (b"RIFF", "webp"),
    ];
    if let Some((_, format)) = SIGNATURES.iter().find(|(magic, _)| data.starts_with(magic)) {
        return (*format != "webp" || data.get(8..12) == Some(b"WEBP")).then_some(*format);
    }
    looks_like_svg(file, data).then_some("svg")
}

fn looks_like_svg(file: &str, data: &[u8]) -> bool {
    let head = &data[..data.len().min(1024)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let declared =
        text.starts_with("<svg") || text.starts_with("<?xml") || text.starts_with("<!--");
    declared && (text.contains("<svg") || file.to_ascii_lowercase().ends_with(".svg"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_recognised_by_content() {
        assert_eq!(
            format("chart.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Some("svg")
        );
        assert_eq!(
            format("chart", b"\xef\xbb\xbf<?xml version='1.0'?><svg/>"),
            Some("svg")
        );
        assert_eq!(format("x.png", b"\x89PNG\r\n\x1a\n...."), Some("png"));
        assert_eq!(format("x.webp", b"RIFF\0\0\0\0WEBPVP8 "), Some("webp"));
        assert_eq!(format("x.wav", b"RIFF\0\0\0\0WAVEfmt "), None);
        assert_eq!(format("x.svg", b"%PDF-1.7"), None);
        assert_eq!(format("notes.txt", b"<!-- not an image -->"), None);
    }
}
