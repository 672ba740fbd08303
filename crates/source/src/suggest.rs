//! Spelling distance for "did you mean …?" suggestions, shared by every crate
//! that reports an unknown id or name.

/// Edits (insert, delete, substitute, or swap two neighbours) turning `a` into `b`;
/// a swap counts once because `nwo` for `now` is one slip of the fingers, not two.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // d[i][j] = distance between the first i chars of a and the first j of b.
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// For serde's "unknown field `titel`, expected one of `id`, `title`, …": the expected
/// field nearest the unknown one, when a slip of the fingers could explain it.
pub fn nearest_expected_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let (_, expected) = rest.split_once("expected one of ")?;
    let limit = (unknown.chars().count() / 3).max(1);
    expected
        .split(", ")
        .map(|e| e.trim_matches('`'))
        .map(|e| (edit_distance(&unknown.to_lowercase(), e), e))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::nearest_expected_field;

    #[test]
    fn a_misspelt_field_is_matched_to_the_field_meant() {
        let m = "unknown field `titel`, expected one of `id`, `title`, `organisation`, `start`";
        assert_eq!(nearest_expected_field(m), Some("title"));
        let m = "unknown field `Start`, expected one of `id`, `title`, `start`";
        assert_eq!(nearest_expected_field(m), Some("start"));
        let far = "unknown field `salary`, expected one of `id`, `title`, `start`";
        assert_eq!(nearest_expected_field(far), None);
        assert_eq!(nearest_expected_field("invalid type: string"), None);
    }
}
