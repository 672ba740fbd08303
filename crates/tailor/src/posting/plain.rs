//! A pasted plain-text (or Markdown) posting: a title line, headings, bullets and
//! paragraphs.

use super::{Posting, PostingFormat, PostingLine, Section, sentences};
use crate::lexicon::{self, Sections};

/// Lines longer than this are prose, not headings.
const MAX_HEADING_WORDS: usize = 8;
/// A first line longer than this is prose, not the job title.
const MAX_TITLE_WORDS: usize = 12;

/// `Key: value` lines of a posting's header that are metadata, not requirements.
const META_KEYS: [&str; 9] = [
    "title", "role", "position", "company", "location", "salary", "type", "remote", "team",
];

pub(super) fn parse(file: &str, text: &str) -> Posting {
    let sections = &lexicon::builtin().sections;
    let mut posting = Posting {
        file: file.to_string(),
        format: PostingFormat::Text,
        title: None,
        company: None,
        experience: None,
        lines: Vec::new(),
    };
    let mut section = Section::Opening;
    let mut seen_text = false;
    for (n, raw) in text.lines().enumerate() {
        let number = n + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(found) = heading(line, sections) {
            section = found;
            seen_text = true;
            continue;
        }
        let (bullet, body) = strip_bullet(line);
        if !seen_text && !bullet && is_title_line(body) {
            let (title, company) = split_title(body);
            posting.title = Some(title.to_string());
            posting.company = company.map(str::to_string);
            seen_text = true;
            continue;
        }
        seen_text = true;
        if section == Section::Opening
            && let Some((key, value)) = body.split_once(':')
            && META_KEYS.contains(&key.trim().to_lowercase().as_str())
        {
            match key.trim().to_lowercase().as_str() {
                "company" => posting.company = Some(value.trim().to_string()),
                "title" | "role" | "position" => posting.title = Some(value.trim().to_string()),
                _ => {}
            }
            continue;
        }
        let source = format!("line {number}");
        // A lower-case line right after a bullet continues it.
        let continues = !bullet
            && body.chars().next().is_some_and(char::is_lowercase)
            && posting
                .lines
                .last()
                .is_some_and(|l| l.source.starts_with("line "));
        if continues && let Some(last) = posting.lines.last_mut() {
            last.text.push(' ');
            last.text.push_str(body);
            continue;
        }
        let parts = if bullet { vec![body] } else { sentences(body) };
        for part in parts {
            posting.lines.push(PostingLine {
                text: part.to_string(),
                section,
                source: source.clone(),
                level: None,
            });
        }
    }
    posting
}

/// The section a heading line opens, or `None` when the line is not a heading.
fn heading(line: &str, sections: &Sections) -> Option<Section> {
    let marked = line.starts_with('#') || line.ends_with(':') || line.starts_with("**");
    let cleaned = clean_heading(line);
    let words = cleaned.split_whitespace().count();
    if words == 0 || words > MAX_HEADING_WORDS || strip_bullet(line).0 {
        return None;
    }
    let known = [
        (Section::Responsibilities, &sections.responsibilities),
        (Section::NiceToHave, &sections.nice_to_have),
        (Section::Requirements, &sections.requirements),
        (Section::Skills, &sections.skills),
        (Section::Company, &sections.company),
        (Section::Ignored, &sections.ignore),
    ];
    let mut best: Option<(usize, Section)> = None;
    for (section, phrases) in known {
        for phrase in phrases.iter() {
            let exact = cleaned == *phrase;
            let prefix = cleaned.starts_with(phrase.as_str())
                && cleaned[phrase.len()..].starts_with(' ')
                && (marked || words <= 5);
            if (exact || prefix) && best.is_none_or(|(len, _)| phrase.len() > len) {
                best = Some((phrase.len(), section));
            }
        }
    }
    match best {
        Some((_, section)) if marked || !ends_like_prose(line) => Some(section),
        None if (line.ends_with(':') && words <= 6) || line.starts_with('#') => {
            Some(Section::Other)
        }
        _ => None,
    }
}

fn ends_like_prose(line: &str) -> bool {
    line.ends_with('.') || line.ends_with('!') || line.ends_with('?')
}

/// "## What you'll do:" → "what you'll do".
fn clean_heading(line: &str) -> String {
    line.trim_start_matches('#')
        .trim()
        .trim_matches(|c| c == '*' || c == '_')
        .trim_end_matches(':')
        .trim_matches(|c| c == '*' || c == '_')
        .trim()
        .to_lowercase()
        .replace('’', "'")
}

/// Whether the line is a bullet, and its text without the marker.
fn strip_bullet(line: &str) -> (bool, &str) {
    for marker in ["- ", "* ", "• ", "· ", "– ", "▪ ", "◦ ", "+ ", "o "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return (true, rest.trim());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && let Some(rest) = line[digits..]
            .strip_prefix(". ")
            .or_else(|| line[digits..].strip_prefix(") "))
    {
        return (true, rest.trim());
    }
    (false, line)
}

fn is_title_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words > 0 && words <= MAX_TITLE_WORDS && !ends_like_prose(line)
}

/// "Chief Technology Officer — Finwell" → ("Chief Technology Officer", "Finwell").
fn split_title(line: &str) -> (&str, Option<&str>) {
    for separator in [" — ", " – ", " | ", " - ", " at ", " @ "] {
        if let Some((title, company)) = line.split_once(separator) {
            let company = company.trim();
            return (title.trim(), (!company.is_empty()).then_some(company));
        }
    }
    (line, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    const POSTING: &str = "\
VP of Engineering — Acme Health
Location: Remote

We are a Series B healthtech company. You will report to the CEO.

## What you'll do
- Lead 40 engineers across five teams
- Own delivery,
  including on-call
Requirements:
* 8+ years in software
1. Experience with SOC 2
Nice to have
- Kafka
Benefits
- Free lunch
";

    #[test]
    fn reads_title_sections_and_bullets() {
        let p = parse("job.txt", POSTING);
        assert_eq!(p.title.as_deref(), Some("VP of Engineering"));
        assert_eq!(p.company.as_deref(), Some("Acme Health"));
        let got: Vec<(&str, Section)> = p
            .lines
            .iter()
            .map(|l| (l.text.as_str(), l.section))
            .collect();
        assert_eq!(
            got,
            [
                ("We are a Series B healthtech company.", Section::Opening),
                ("You will report to the CEO.", Section::Opening),
                (
                    "Lead 40 engineers across five teams",
                    Section::Responsibilities
                ),
                ("Own delivery, including on-call", Section::Responsibilities),
                ("8+ years in software", Section::Requirements),
                ("Experience with SOC 2", Section::Requirements),
                ("Kafka", Section::NiceToHave),
                ("Free lunch", Section::Ignored),
            ]
        );
        assert_eq!(p.lines[2].source, "line 7");
    }

    #[test]
    fn a_sentence_is_not_a_heading() {
        let sections = &lexicon::builtin().sections;
        assert_eq!(heading("Experience with Rust is required.", sections), None);
        assert_eq!(heading("Experience", sections), Some(Section::Requirements));
        assert_eq!(heading("**About us**", sections), Some(Section::Company));
        assert_eq!(heading("Our culture:", sections), Some(Section::Other));
    }
}
