//! The words of a title or lexicon phrase, normalised the same way for both: lower
//! case, "&" as "and", "C.T.O." as "cto", and common abbreviations ("Sr", "Mgr")
//! written out.

/// Lower-case words of a title or phrase, with abbreviations expanded.
pub(crate) fn normalise(s: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(s.len() + 8);
    for c in s.to_lowercase().chars() {
        match c {
            '&' => spaced.push_str(" and "),
            '/' => spaced.push_str(" / "),
            // "director's" keeps its letters together.
            '\'' | '’' => {}
            c if c.is_alphanumeric() => spaced.push(c),
            _ => spaced.push(' '),
        }
    }
    let mut words: Vec<String> = Vec::new();
    let mut letters = String::new();
    for w in spaced.split_whitespace() {
        // "C.T.O." becomes "c t o" above; join runs of single letters back into a word.
        if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
            letters.push_str(w);
            continue;
        }
        flush_letters(&mut letters, &mut words);
        words.push(expand(w).to_string());
    }
    flush_letters(&mut letters, &mut words);
    // A closing "Eng" after a job word is the engineer ("Sr Software Eng"); after "of",
    // "VP" or "Head" it is the function ("Head of Eng", "VP Eng").
    let trimmed = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let ends_in_eng = trimmed.len() >= 3
        && trimmed.is_char_boundary(trimmed.len() - 3)
        && trimmed[trimmed.len() - 3..].eq_ignore_ascii_case("eng")
        && !trimmed[..trimmed.len() - 3]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
    if ends_in_eng
        && let [.., before, last] = words.as_mut_slice()
        && last == "engineering"
        && !matches!(
            before.as_str(),
            "of" | "and" | "vp" | "svp" | "evp" | "head" | "director"
        )
    {
        *last = "engineer".to_string();
    }
    words
}

fn flush_letters(letters: &mut String, words: &mut Vec<String>) {
    if !letters.is_empty() {
        words.push(expand(letters).to_string());
        letters.clear();
    }
}

fn expand(w: &str) -> &str {
    match w {
        "sr" | "snr" => "senior",
        "jr" => "junior",
        "mgr" => "manager",
        "eng" => "engineering",
        other => other,
    }
}
