//! Numbers as resumes write them: digits with thousands separators, number words,
//! ranges, "40+" and money with symbols, codes and k/m/bn multipliers.
//!
//! The regex fragments here only find the span; the `parse_*` functions give it a
//! meaning. Keeping the two apart lets every pattern share one notion of "a count".

/// Words that soften a count ("about 40", "over 40", "~40"). The stated number is
/// kept as it is: "over 40" is reported as 40, never guessed upwards.
pub(crate) const APPROX: &str = r"(?:(?:about|around|approximately|approx\.?|nearly|almost|over|more\s+than|roughly|some|close\s+to|upwards\s+of|up\s+to|at\s+least|~|≈)\s*)?";

/// Digits with or without thousands separators. Decimals are left out on purpose:
/// a head count is whole, and "2.5" next to people is a typo or a ratio.
const DIGITS: &str = r"\b(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\b";

const SMALL_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine";

/// A single count token: digits, a number word, or a dozen-style phrase.
pub(crate) fn number_token() -> String {
    let words = format!(
        r"\b(?:half\s+a\s+dozen|(?:a|two|three|four)\s+dozen|a\s+hundred|(?:zero|{SMALL_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{SMALL_WORDS}))?)\b"
    );
    format!("(?:{DIGITS}|{words})")
}

/// A count as it appears next to people: optional softener, optional range, optional "+".
pub(crate) fn count() -> String {
    let n = number_token();
    format!(r"{APPROX}{n}(?:\s*(?:-|–|—|to)\s*{n})?\s*\+?")
}

/// Money: a currency before or after an amount, with an optional multiplier.
pub(crate) fn money() -> String {
    let pre =
        r"(?:US\$|AU\$|CA\$|A\$|C\$|S\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SGD)\s?)";
    let post =
        r"(?:\s?(?:USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SGD|dollars|euros|pounds)\b|\s?(?:€|£|\$))";
    let amount = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)";
    let mult = r"(?:\s?(?:thousand|million|billion|mn|mm|bn|k|m|b)\b)";
    format!(r"(?:{pre}{amount}{mult}?|\b{amount}{mult}?{post})")
}

/// Value of one number word or dozen phrase ("twenty-five", "a dozen").
fn word_value(s: &str) -> Option<u32> {
    let s = s.trim();
    let fixed = match s {
        "a dozen" => Some(12),
        "half a dozen" => Some(6),
        "two dozen" => Some(24),
        "three dozen" => Some(36),
        "four dozen" => Some(48),
        "a hundred" => Some(100),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let unit = |w: &str| -> Option<u32> {
        Some(match w {
            "zero" => 0,
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => return None,
        })
    };
    let parts: Vec<&str> = s.split(['-', ' ']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [one] => unit(one),
        [tens, ones] => {
            let (t, o) = (unit(tens)?, unit(ones)?);
            // Only "twenty-five" style compounds: a tens word then a digit word.
            (t >= 20 && t % 10 == 0 && (1..10).contains(&o)).then_some(t + o)
        }
        _ => None,
    }
}

/// Digits with optional, well-placed thousands separators.
fn digits_value(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return None;
    }
    if s.contains(',') {
        let mut groups = s.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
            return None;
        }
    }
    s.replace(',', "").parse().ok()
}

fn single_value(s: &str) -> Option<u32> {
    digits_value(s).or_else(|| word_value(s))
}

/// Parses a span matched by [`count`]. Ranges give their upper bound ("10–15" → 15),
/// because a resume's range describes how large the team got; softeners and "+" are
/// dropped and the stated number kept.
pub(crate) fn parse_count(span: &str) -> Option<u32> {
    let mut s = span.trim().to_lowercase();
    s = s.trim_end_matches('+').trim().to_string();
    loop {
        let before = s.len();
        for prefix in [
            "approximately",
            "approx.",
            "approx",
            "about",
            "around",
            "nearly",
            "almost",
            "over",
            "more than",
            "roughly",
            "some",
            "close to",
            "upwards of",
            "up to",
            "at least",
            "~",
            "≈",
        ] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start().to_string();
            }
        }
        if s.len() == before {
            break;
        }
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(v) = single_value(&s) {
        return Some(v);
    }
    // "to" is tried first so that "twenty-five to thirty" splits in the right place.
    for sep in [" to ", "–", "—", "-"] {
        if let Some((a, b)) = s.split_once(sep)
            && let (Some(a), Some(b)) = (single_value(a.trim()), single_value(b.trim()))
        {
            return Some(a.max(b));
        }
    }
    None
}

/// ISO code of the currency named anywhere in a money span.
pub(crate) fn currency_of(span: &str) -> Option<&'static str> {
    let lower = span.to_lowercase();
    // Longer symbols first, so "AU$" is not read as "$".
    let symbols: [(&str, &str); 15] = [
        ("us$", "USD"),
        ("au$", "AUD"),
        ("ca$", "CAD"),
        ("a$", "AUD"),
        ("c$", "CAD"),
        ("s$", "SGD"),
        ("$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("₹", "INR"),
        ("dollars", "USD"),
        ("euros", "EUR"),
        ("pounds", "GBP"),
        ("chf", "CHF"),
    ];
    for (sym, code) in symbols {
        if lower.contains(sym) {
            return Some(code);
        }
    }
    ["usd", "eur", "gbp", "cad", "aud", "inr", "jpy", "sgd"]
        .into_iter()
        .find(|c| lower.contains(c))
        .map(|c| match c {
            "usd" => "USD",
            "eur" => "EUR",
            "gbp" => "GBP",
            "cad" => "CAD",
            "aud" => "AUD",
            "inr" => "INR",
            "jpy" => "JPY",
            _ => "SGD",
        })
}

/// The first decimal number in a span, thousands separators removed, with the byte
/// offset just past it.
pub(crate) fn leading_amount(span: &str) -> Option<(f64, usize)> {
    let start = span.find(|c: char| c.is_ascii_digit())?;
    let rest = &span[start..];
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let raw = rest[..len].trim_end_matches(['.', ',']);
    let value = raw.replace(',', "").parse().ok()?;
    Some((value, start + raw.len()))
}

/// The multiplier written right after an amount ("k", " million", "bn"), if any.
pub(crate) fn multiplier_after(tail: &str) -> Option<f64> {
    let t = tail.trim_start().to_lowercase();
    let word_end = t
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(t.len());
    match &t[..word_end] {
        "k" | "thousand" => Some(1e3),
        "m" | "mm" | "mn" | "million" => Some(1e6),
        "b" | "bn" | "billion" => Some(1e9),
        _ => None,
    }
}

/// Parses a span matched by [`money`] into (amount in units, ISO currency code).
pub(crate) fn parse_money(span: &str) -> Option<(f64, &'static str)> {
    let currency = currency_of(span)?;
    let (value, end) = leading_amount(span)?;
    let value = value * multiplier_after(&span[end..]).unwrap_or(1.0);
    value.is_finite().then_some((value, currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count("12"), Some(12));
        assert_eq!(parse_count("1,200"), Some(1200));
        assert_eq!(parse_count("40+"), Some(40));
        assert_eq!(parse_count("over 40"), Some(40));
        assert_eq!(parse_count("~ 40 +"), Some(40));
        assert_eq!(parse_count("10–15"), Some(15));
        assert_eq!(parse_count("10 to 15"), Some(15));
        assert_eq!(parse_count("a dozen"), Some(12));
        assert_eq!(parse_count("half a dozen"), Some(6));
        assert_eq!(parse_count("twenty-five"), Some(25));
        assert_eq!(parse_count("twenty five to thirty"), Some(30));
        assert_eq!(parse_count("Twelve"), Some(12));
        assert_eq!(parse_count("12,34"), None);
        assert_eq!(parse_count("ten-ten"), Some(10));
        assert_eq!(parse_count("99999999999"), None);
    }

    #[test]
    fn money_spans() {
        assert_eq!(parse_money("$3M"), Some((3e6, "USD")));
        assert_eq!(parse_money("€12 million"), Some((12e6, "EUR")));
        assert_eq!(parse_money("£500k"), Some((5e5, "GBP")));
        assert_eq!(parse_money("USD 2.5m"), Some((2.5e6, "USD")));
        assert_eq!(parse_money("12M€"), Some((12e6, "EUR")));
        assert_eq!(parse_money("US$1,200,000"), Some((1.2e6, "USD")));
        assert_eq!(parse_money("AU$4bn"), Some((4e9, "AUD")));
        assert_eq!(parse_money("5m EUR"), Some((5e6, "EUR")));
        assert_eq!(parse_money("750 dollars"), Some((750.0, "USD")));
        assert_eq!(parse_money("3M"), None);
    }
}
