//! Field paths in the style users see in messages: `work[2].startDate`.

/// A dotted path to a field, with `[i]` for list items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(String);

impl FieldPath {
    pub fn root() -> Self {
        FieldPath(String::new())
    }

    /// Parses a path already in display form (`levels[3].tour`).
    pub fn parse(text: &str) -> Self {
        FieldPath(text.to_string())
    }

    // `child` and `index` run for every field a profile is checked through, so they
    // build the string by hand: `format!` cost more than the checks themselves.
    pub fn child(&self, key: &str) -> Self {
        let plain = !key.is_empty()
            && key
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'$'));
        let mut out = String::with_capacity(self.0.len() + key.len() + 6);
        out.push_str(&self.0);
        if plain {
            if !self.0.is_empty() {
                out.push('.');
            }
            out.push_str(key);
        } else {
            out.push('[');
            out.push_str(&serde_json::Value::from(key).to_string());
            out.push(']');
        }
        FieldPath(out)
    }

    pub fn index(&self, i: usize) -> Self {
        let mut out = String::with_capacity(self.0.len() + 8);
        out.push_str(&self.0);
        out.push('[');
        push_decimal(&mut out, i);
        out.push(']');
        FieldPath(out)
    }

    /// The path one step up, or `None` at the root.
    pub fn parent(&self) -> Option<Self> {
        if self.0.is_empty() {
            return None;
        }
        let cut = self.0.rfind(['.', '[']).unwrap_or(0);
        Some(FieldPath(self.0[..cut].to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

/// Appends `n` in decimal.
fn push_decimal(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            f.write_str("(document root)")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// Converts serde_path_to_error's path into ours so both spell paths alike.
pub fn field_path_of(path: &serde_path_to_error::Path) -> FieldPath {
    use serde_path_to_error::Segment;
    let mut out = FieldPath::root();
    for segment in path.iter() {
        out = match segment {
            Segment::Seq { index } => out.index(*index),
            Segment::Map { key } => out.child(key),
            Segment::Enum { variant } => out.child(variant),
            Segment::Unknown => out,
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_walks_paths() {
        let p = FieldPath::root().child("work").index(2).child("startDate");
        assert_eq!(p.as_str(), "work[2].startDate");
        assert_eq!(p.parent().unwrap().as_str(), "work[2]");
        assert_eq!(p.parent().unwrap().parent().unwrap().as_str(), "work");
        assert_eq!(FieldPath::root().child("a b").as_str(), "[\"a b\"]");
        assert!(FieldPath::parse("work").parent().unwrap().is_root());
        let odd = FieldPath::root().child("signals").child("brought in");
        assert_eq!(odd.as_str(), "signals[\"brought in\"]");
        for i in [0, 7, 10, 12_345, usize::MAX] {
            assert_eq!(FieldPath::root().index(i).as_str(), format!("[{i}]"));
        }
    }
}
