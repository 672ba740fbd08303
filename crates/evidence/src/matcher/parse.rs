//! The pattern syntax the built-in patterns are written in, parsed into a tree.
//!
//! It is the regex crate's syntax, cut down to what resume patterns use: literals,
//! bracket classes with ranges, `\s \d \w \b \B`, escaped punctuation, groups
//! (`(?:…)`, `(?P<name>…)`, `(…)`, and flag groups `(?i:…)`/`(?-i:…)`), alternation,
//! and greedy or lazy `? * + {m} {m,} {m,n}`. Anything else is an error, so a pattern
//! the matcher would read differently from the regex crate cannot slip in.

use std::fmt;

/// A parse error: what is wrong and the byte offset in the pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

/// A set of characters: ASCII as a bitmap (the common case, tested in one step), the
/// rest as sorted inclusive ranges.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CharSet {
    pub ascii: u128,
    pub wide: Vec<(char, char)>,
}

impl CharSet {
    fn add(&mut self, lo: char, hi: char) {
        let (lo_u, hi_u) = (lo as u32, hi as u32);
        for c in lo_u..=hi_u.min(127) {
            self.ascii |= 1 << c;
        }
        if hi_u >= 128 {
            let lo = char::from_u32(lo_u.max(128)).unwrap_or('\u{80}');
            self.wide.push((lo, hi));
        }
    }

    /// Adds the other ASCII case of every ASCII letter in the set.
    fn fold_ascii_case(&mut self) {
        let upper = (self.ascii >> b'A') & 0x3ff_ffff;
        let lower = (self.ascii >> b'a') & 0x3ff_ffff;
        self.ascii |= (upper << b'a') | (lower << b'A');
    }

    pub fn contains(&self, c: char) -> bool {
        let u = c as u32;
        if u < 128 {
            self.ascii >> u & 1 == 1
        } else {
            self.wide.iter().any(|&(lo, hi)| lo <= c && c <= hi)
        }
    }
}

/// Unicode's White_Space, which `\s` matches (PDF text is full of no-break spaces).
const WHITE_SPACE: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    WordBoundary,
    NotWordBoundary,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Empty,
    /// One character; `fold` matches the other ASCII case too.
    Char {
        c: char,
        fold: bool,
    },
    Set(Box<CharSet>),
    Look(Look),
    /// A capturing group has a slot index (1-based; 0 is the whole match).
    Group {
        index: Option<usize>,
        node: Box<Node>,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
}

/// The tree of a pattern, with its group names by index (index 0 is the whole match).
pub struct Parsed {
    pub node: Node,
    pub names: Vec<Option<String>>,
}

/// Parses `pattern`, case-insensitively for ASCII letters unless `(?-i:…)` says not.
pub fn parse(pattern: &str) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        src: pattern,
        at: 0,
        names: vec![None],
        depth: 0,
    };
    let node = p.alternation(true)?;
    if p.at < p.src.len() {
        return Err(p.error("unopened ')'"));
    }
    Ok(Parsed {
        node,
        names: p.names,
    })
}

struct Parser<'p> {
    src: &'p str,
    at: usize,
    names: Vec<Option<String>>,
    depth: u32,
}

/// Nesting deeper than this is a mistake in a pattern, not a resume.
const MAX_DEPTH: u32 = 64;

impl Parser<'_> {
    fn error(&self, message: &str) -> ParseError {
        ParseError {
            offset: self.at,
            message: message.to_string(),
        }
    }

    fn peek(&self) -> Option<char> {
        // Patterns are nearly all ASCII: skip the decoding for it.
        match self.src.as_bytes().get(self.at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.src[self.at..].chars().next(),
            None => None,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, s: &str) -> bool {
        let found = self.src[self.at..].starts_with(s);
        if found {
            self.at += s.len();
        }
        found
    }

    fn alternation(&mut self, fold: bool) -> Result<Node, ParseError> {
        let mut branches = vec![self.concat(fold)?];
        while self.eat("|") {
            branches.push(self.concat(fold)?);
        }
        Ok(match branches.len() {
            1 => branches.pop().unwrap_or(Node::Empty),
            _ => Node::Alt(branches),
        })
    }

    fn concat(&mut self, fold: bool) -> Result<Node, ParseError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(fold)?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, ParseError> {
        let start = self.at;
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                let (min, max, len) = counted(&self.src[self.at..])
                    .ok_or_else(|| self.error("malformed repetition; write {m}, {m,} or {m,n}"))?;
                self.at += len - 1;
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.at += 1;
        if matches!(atom, Node::Empty | Node::Look(_)) {
            self.at = start;
            return Err(self.error("repetition of nothing"));
        }
        let greedy = !self.eat("?");
        if matches!(self.peek(), Some('?' | '*' | '+' | '{')) {
            return Err(self.error("a repetition cannot be repeated; use a group"));
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
            greedy,
        })
    }

    fn atom(&mut self, fold: bool) -> Result<Node, ParseError> {
        let start = self.at;
        let Some(c) = self.bump() else {
            return Err(self.error("unexpected end of pattern"));
        };
        Ok(match c {
            '(' => self.group(fold)?,
            '[' => Node::Set(Box::new(self.class(fold)?)),
            '\\' => self.escape(fold)?,
            // Under ASCII rules the regex crate lets these match part of a character,
            // and refuses them on text; so does the matcher.
            '.' | '^' | '$' => {
                self.at = start;
                return Err(self.error("'.', '^' and '$' are not supported"));
            }
            '?' | '*' | '+' | '{' => {
                self.at = start;
                return Err(self.error("repetition of nothing"));
            }
            c => Node::Char { c, fold },
        })
    }

    fn group(&mut self, fold: bool) -> Result<Node, ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("groups nested too deeply"));
        }
        let (index, fold) = if self.eat("?:") {
            (None, fold)
        } else if self.eat("?P<") || self.eat("?<") {
            let end = self.src[self.at..]
                .find('>')
                .ok_or_else(|| self.error("unclosed group name"))?;
            let name = &self.src[self.at..self.at + end];
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(self.error("a group name is letters, digits and '_'"));
            }
            if self.names.iter().flatten().any(|n| n == name) {
                return Err(self.error("duplicate group name"));
            }
            self.at += end + 1;
            self.names.push(Some(name.to_string()));
            (Some(self.names.len() - 1), fold)
        } else if self.eat("?i:") {
            (None, true)
        } else if self.eat("?-i:") {
            (None, false)
        } else if self.peek() == Some('?') {
            return Err(self.error("unsupported group flags; use (?:, (?P<name>, (?i: or (?-i:"));
        } else {
            self.names.push(None);
            (Some(self.names.len() - 1), fold)
        };
        let node = self.alternation(fold)?;
        if !self.eat(")") {
            return Err(self.error("unclosed group"));
        }
        self.depth -= 1;
        Ok(Node::Group {
            index,
            node: Box::new(node),
        })
    }

    fn escape(&mut self, fold: bool) -> Result<Node, ParseError> {
        let Some(c) = self.bump() else {
            return Err(self.error("pattern ends in a backslash"));
        };
        Ok(match c {
            'b' => Node::Look(Look::WordBoundary),
            'B' => Node::Look(Look::NotWordBoundary),
            's' | 'd' | 'w' => Node::Set(Box::new(perl_class(c))),
            c => Node::Char {
                c: self.escaped_char(c)?,
                fold,
            },
        })
    }

    /// The character an escape other than a class stands for.
    fn escaped_char(&self, c: char) -> Result<char, ParseError> {
        Ok(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            c if c.is_ascii_punctuation() || c == ' ' => c,
            _ => return Err(self.error("unsupported escape")),
        })
    }

    fn class(&mut self, fold: bool) -> Result<CharSet, ParseError> {
        let mut set = CharSet::default();
        if self.peek() == Some('^') {
            return Err(self.error("negated classes are not supported"));
        }
        let mut first = true;
        loop {
            let c = self
                .bump()
                .ok_or_else(|| self.error("unclosed character class"))?;
            match c {
                ']' if !first => break,
                '[' => return Err(self.error("nested character classes are not supported")),
                '\\' => {
                    let e = self
                        .bump()
                        .ok_or_else(|| self.error("unclosed character class"))?;
                    if matches!(e, 's' | 'd' | 'w') {
                        let other = perl_class(e);
                        set.ascii |= other.ascii;
                        set.wide.extend(other.wide);
                    } else {
                        let lo = self.escaped_char(e)?;
                        self.range_from(&mut set, lo)?;
                    }
                }
                c => self.range_from(&mut set, c)?,
            }
            first = false;
        }
        if fold {
            set.fold_ascii_case();
        }
        Ok(set)
    }

    /// Adds `lo` to the set, or the range `lo-hi` when a range follows.
    fn range_from(&mut self, set: &mut CharSet, lo: char) -> Result<(), ParseError> {
        let rest = &self.src[self.at..];
        if rest.starts_with('-') && !rest.starts_with("-]") {
            self.at += 1;
            let mut hi = self
                .bump()
                .ok_or_else(|| self.error("unclosed character class"))?;
            if hi == '\\' {
                let e = self
                    .bump()
                    .ok_or_else(|| self.error("unclosed character class"))?;
                hi = self.escaped_char(e)?;
            }
            if hi < lo {
                return Err(self.error("class range out of order"));
            }
            set.add(lo, hi);
        } else {
            set.add(lo, lo);
        }
        Ok(())
    }
}

/// `\s` (Unicode white space), `\d` and `\w` (ASCII). Their negations are refused
/// like negated classes.
fn perl_class(c: char) -> CharSet {
    let mut set = CharSet::default();
    match c {
        's' => WHITE_SPACE.iter().for_each(|&(lo, hi)| set.add(lo, hi)),
        'd' => set.add('0', '9'),
        _ => {
            set.add('0', '9');
            set.add('a', 'z');
            set.add('A', 'Z');
            set.add('_', '_');
        }
    }
    set
}

/// `{m}`, `{m,}` or `{m,n}` at the start of `s`: the bounds and the length read.
fn counted(s: &str) -> Option<(u32, Option<u32>, usize)> {
    let end = s.find('}')?;
    let inner = &s[1..end];
    let number = |t: &str| -> Option<u32> {
        (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (min, max) = match inner.split_once(',') {
        None => {
            let n = number(inner)?;
            (n, Some(n))
        }
        Some((lo, "")) => (number(lo)?, None),
        Some((lo, hi)) => (number(lo)?, Some(number(hi)?)),
    };
    if max.is_some_and(|m| m < min) {
        return None;
    }
    Some((min, max, end + 1))
}
