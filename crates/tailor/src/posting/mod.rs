//! Job postings in: a pasted plain-text posting or a JSON Resume job document,
//! recognised by content.
//!
//! Reading a posting only splits it into lines that know which part of the posting
//! they belong to (responsibilities, requirements, nice-to-haves, …) and where they
//! came from; [`crate::requirements`] decides which of them are requirements.

mod json;
mod plain;

use serde::Serialize;

use crate::error::PostingError;

/// Postings larger than this are not postings (a pasted posting is a few kilobytes).
pub const MAX_POSTING_BYTES: usize = 512 * 1024;

/// How the posting was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostingFormat {
    Text,
    /// The JSON Resume job format (`title`, `responsibilities`, `qualifications`, `skills`).
    JsonResumeJob,
}

/// The part of a posting a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Before any heading.
    Opening,
    Responsibilities,
    Requirements,
    NiceToHave,
    Skills,
    /// About the company: read for its stage and size, never as requirements.
    Company,
    /// The posting's description field.
    Description,
    /// Benefits, how to apply: not read at all.
    Ignored,
    /// Under a heading the lexicon does not know.
    Other,
}

/// One line (a bullet, a sentence or a field) of a posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostingLine {
    pub text: String,
    pub section: Section,
    /// Where it came from: `qualifications[1]`, `skills[0]` or `line 14`.
    pub source: String,
    /// A skill entry's level in a JSON job (`Master`, `Beginner`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
}

/// A job posting, split into lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Posting {
    /// File name, for messages.
    pub file: String,
    pub format: PostingFormat,
    pub title: Option<String>,
    pub company: Option<String>,
    /// The posting's seniority field (`Mid-level`), where it has one.
    pub experience: Option<String>,
    pub lines: Vec<PostingLine>,
}

impl Posting {
    /// Reads a posting from bytes: JSON Resume job when the text is a JSON object
    /// with job fields, plain text otherwise.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Posting, PostingError> {
        let file_name = file.to_string();
        if bytes.len() > MAX_POSTING_BYTES {
            return Err(PostingError::TooLarge {
                file: file_name,
                bytes: bytes.len(),
                limit: MAX_POSTING_BYTES,
            });
        }
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(PostingError::Binary {
                file: file_name,
                offset,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| PostingError::Binary {
            file: file_name.clone(),
            offset: e.valid_up_to(),
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(PostingError::Empty { file: file_name });
        }
        if text.trim_start().starts_with('{') {
            json::parse(file, text)
        } else {
            Ok(plain::parse(file, text))
        }
    }

    /// Every line's text with the posting's title and description, for reading
    /// the company's stage.
    pub fn all_text(&self) -> impl Iterator<Item = &str> {
        self.title
            .as_deref()
            .into_iter()
            .chain(self.lines.iter().map(|l| l.text.as_str()))
    }
}

/// Splits prose into sentences at `.`, `!` or `?` followed by a space and a capital.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') || i + 2 >= text.len() {
            continue;
        }
        let next_upper = text[i + 1..]
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase);
        // "e.g. Kafka" and "Sr. Engineer" are not sentence ends.
        let word_before = text[start..i].rsplit(' ').next().unwrap_or("");
        let abbreviation = word_before.len() <= 3 && word_before.contains('.')
            || matches!(word_before, "Sr" | "Jr" | "Mr" | "Ms" | "Dr" | "vs" | "etc");
        if next_upper && !abbreviation && bytes[i + 1] == b' ' {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        assert_eq!(
            sentences("We build payments. You will lead, e.g. Hiring. Great!"),
            [
                "We build payments.",
                "You will lead, e.g. Hiring.",
                "Great!"
            ]
        );
        assert_eq!(
            sentences("Node.js and .NET services"),
            ["Node.js and .NET services"]
        );
    }

    #[test]
    fn refuses_empty_binary_and_huge_input() {
        assert!(matches!(
            Posting::parse("x", b"  \n\t"),
            Err(PostingError::Empty { .. })
        ));
        assert!(matches!(
            Posting::parse("x", b"CTO\x00\x01\x02"),
            Err(PostingError::Binary { offset: 3, .. })
        ));
        assert!(matches!(
            Posting::parse("x", &[0xff, 0xfe, 0x41]),
            Err(PostingError::Binary { .. })
        ));
        let huge = vec![b'a'; MAX_POSTING_BYTES + 1];
        assert!(matches!(
            Posting::parse("x", &huge),
            Err(PostingError::TooLarge { .. })
        ));
    }
}
