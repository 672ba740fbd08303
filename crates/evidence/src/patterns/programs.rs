//! The built-in patterns, compiled ahead of time.
//!
//! `programs.bin` holds, for each built-in pattern, the image of its compiled program
//! (see `matcher/image.rs`), keyed like the prefix table by the pattern's name and a
//! hash of its source. A pattern edited without regenerating the file no longer finds
//! its image and is compiled from source: correct, a little slower to start, and
//! flagged by the test that keeps the file current.
//!
//! The file is little-endian 32-bit words: the number of patterns, then one header
//! per pattern (the name's length and bytes padded to whole words, the source hash
//! as two words, and where its image starts and how long it is, in words), then the
//! images. A process reads the headers and the images it needs, nothing else.

use std::ops::Range;
use std::sync::LazyLock;

use super::gate::fnv1a;
use crate::matcher::Regex;

static FILE: &[u8] = include_bytes!("programs.bin");

struct Entry {
    name: String,
    source_hash: u64,
    /// In words from the start of the file.
    image: Range<usize>,
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| read_entries(FILE).unwrap_or_default());

fn word(bytes: &[u8], i: usize) -> Option<u32> {
    let b = bytes.get(4 * i..4 * i + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn read_entries(bytes: &[u8]) -> Option<Vec<Entry>> {
    let total = bytes.len() / 4;
    let mut at = 0usize;
    let mut next = || {
        let w = word(bytes, at);
        at += 1;
        w
    };
    let count = next()? as usize;
    let mut entries = Vec::with_capacity(count.min(total));
    for _ in 0..count {
        let len = next()? as usize;
        let name: Vec<u8> = (0..len.div_ceil(4))
            .map(|_| next())
            .collect::<Option<Vec<u32>>>()?
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .take(len)
            .collect();
        let source_hash = u64::from(next()?) | u64::from(next()?) << 32;
        let (start, n) = (next()? as usize, next()? as usize);
        let end = start.checked_add(n).filter(|&end| end <= total)?;
        entries.push(Entry {
            name: String::from_utf8(name).ok()?,
            source_hash,
            image: start..end,
        });
    }
    Some(entries)
}

/// The matcher for a built-in pattern from its shipped image, when the image is
/// there and was made from this very source.
pub(crate) fn shipped(name: &str, source: &str) -> Option<Regex> {
    let hash = fnv1a(source);
    let entry = ENTRIES
        .iter()
        .find(|e| e.name == name && e.source_hash == hash)?;
    Regex::from_image(
        source,
        FILE.get(4 * entry.image.start..4 * entry.image.end)?,
    )
}

/// The file for these patterns, as `(name, source)`, sorted by name.
#[cfg(test)]
pub(crate) fn render(patterns: &[(&str, String)]) -> Vec<u8> {
    let images: Vec<Vec<u8>> = patterns
        .iter()
        .map(|(_, source)| Regex::image(source).expect("built-in patterns compile"))
        .collect();
    let name_words = |name: &str| -> Vec<u32> {
        name.as_bytes()
            .chunks(4)
            .map(|chunk| {
                let mut w = [0u8; 4];
                w[..chunk.len()].copy_from_slice(chunk);
                u32::from_le_bytes(w)
            })
            .collect()
    };
    let header_len: usize = 1 + patterns
        .iter()
        .map(|(name, _)| 5 + name_words(name).len())
        .sum::<usize>();
    let mut words = vec![patterns.len() as u32];
    let mut start = header_len;
    for ((name, source), image) in patterns.iter().zip(&images) {
        words.push(name.len() as u32);
        words.extend(name_words(name));
        let hash = fnv1a(source);
        let len = image.len() / 4;
        words.extend([hash as u32, (hash >> 32) as u32, start as u32, len as u32]);
        start += len;
    }
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    bytes.extend(images.into_iter().flatten());
    bytes
}
