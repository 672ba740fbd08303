//! Names from the framework, set inside a sentence.

/// A name as it reads mid-sentence: "Technical depth" → "technical depth", while words
/// with two or more capitals ("AI", "CTO", "DevOps") keep them, so "AI literacy" does
/// not become "ai literacy".
pub fn mid_sentence(name: &str) -> String {
    if name.is_ascii() {
        return ascii_mid_sentence(name);
    }
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            out.push_str(word);
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// The same for ASCII names, byte by byte: a batch sets dozens of names per person
/// mid-sentence, and Unicode case mapping was a measurable share of its time.
fn ascii_mid_sentence(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.bytes().filter(u8::is_ascii_uppercase).count() >= 2 {
            out.push_str(word);
        } else {
            out.push_str(&word.to_ascii_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::mid_sentence;

    #[test]
    fn lower_cases_words_but_not_acronyms() {
        assert_eq!(mid_sentence("Technical depth"), "technical depth");
        assert_eq!(mid_sentence("AI literacy"), "AI literacy");
        assert_eq!(mid_sentence("VP of Engineering"), "VP of engineering");
        assert_eq!(
            mid_sentence("Security and compliance"),
            "security and compliance"
        );
        assert_eq!(mid_sentence("Dead-end environment"), "dead-end environment");
        assert_eq!(mid_sentence("Égalité des Chances"), "égalité des chances");
        assert_eq!(mid_sentence("ÉQUIPE produit"), "ÉQUIPE produit");
    }
}
