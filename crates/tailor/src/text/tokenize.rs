//! Splitting text into raw tokens without breaking technical names.
//!
//! A general-purpose word splitter turns "C++" into "c", "Node.js" into "node" and
//! "js", and ".NET" into "net", so the technologies a posting asks for would never
//! meet the CV that lists them. The rules here keep such tokens whole:
//! - letters joined by `.` `/` `-` `&` `_` or an apostrophe stay one token
//!   ("Node.js", "CI/CD", "P&L", "on-call"); the analyser later splits the ones
//!   that are not known compounds ("AWS/GCP/Azure");
//! - a run of `+` or one `#` right after a word belongs to it ("C++", "C#", "3+");
//! - a `.` that starts a word belongs to it (".NET");
//! - sentence punctuation around a token is never part of it ("Kubernetes.").

/// A token as it appears in the text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Characters that join two word characters into one token.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '/' | '-' | '&' | '_' | '\'' | '’')
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The raw tokens of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let leading_dot = c == '.'
            && at(i + 1).is_some_and(char::is_alphabetic)
            && (i == 0 || at(i - 1).is_some_and(|p| p.is_whitespace() || p == '(' || p == ','));
        if !is_word(c) && !leading_dot {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        loop {
            match at(i) {
                Some(c) if is_word(c) => i += 1,
                Some(c) if is_joiner(c) && at(i + 1).is_some_and(is_word) => i += 2,
                _ => break,
            }
        }
        // "C++", "g++", "3+"; "C#", "F#".
        if at(i) == Some('+') {
            while at(i) == Some('+') {
                i += 1;
            }
        } else if at(i) == Some('#') && !at(i + 1).is_some_and(is_word) {
            i += 1;
        }
        let mut end = byte(i);
        let s = byte(start);
        // A possessive is not part of the word: "company's" reads as "company".
        for suffix in ["'s", "’s"] {
            if text[s..end].len() > suffix.len() + 1 && text[s..end].ends_with(suffix) {
                end -= suffix.len();
            }
        }
        out.push(Token {
            text: &text[s..end],
            start: s,
            end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_technical_tokens_whole() {
        assert_eq!(
            words("C++, C#, Node.js and .NET on Kubernetes/k8s."),
            [
                "C++",
                "C#",
                "Node.js",
                "and",
                ".NET",
                "on",
                "Kubernetes/k8s"
            ]
        );
        assert_eq!(
            words("CI/CD pipelines; A/B testing"),
            ["CI/CD", "pipelines", "A/B", "testing"]
        );
        assert_eq!(
            words("SOC 2 and ISO 27001"),
            ["SOC", "2", "and", "ISO", "27001"]
        );
        assert_eq!(words("P&L owner, on-call"), ["P&L", "owner", "on-call"]);
    }

    #[test]
    fn strips_sentence_punctuation_and_possessives() {
        assert_eq!(words("(Python)."), ["Python"]);
        assert_eq!(words("the company's board."), ["the", "company", "board"]);
        assert_eq!(words("5+ years"), ["5+", "years"]);
        assert_eq!(words("end. Next"), ["end", "Next"]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Built Node.js APIs — fast";
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
