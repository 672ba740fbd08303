//! Numbers and dates written for people, for the charts' text alternatives
//! and visible labels.

/// A value with at most one decimal and no trailing `.0` ("6", "6.5").
pub(crate) fn value(v: f64) -> String {
    crate::svg::Num(v).to_string()
}

/// A share 0..=1 as a whole percentage ("42%").
pub(crate) fn percent(share: f64) -> String {
    format!("{}%", (share.clamp(0.0, 1.0) * 100.0).round() as i64)
}

/// The calendar year a fractional year falls in ("2019" for 2019.7).
pub(crate) fn year(at: f64) -> String {
    format!("{}", at.floor() as i64)
}

/// The calendar month a fractional year falls in ("2019-09" for 2019.7).
pub(crate) fn month(at: f64) -> String {
    let year = at.floor();
    let month = (((at - year) * 12.0).floor() as i64).clamp(0, 11) + 1;
    format!("{}-{month:02}", year as i64)
}

/// A span of years ("2015–2019", or "2021" when it starts and ends in the same year).
pub(crate) fn year_span(start: f64, end: f64) -> String {
    let (from, to) = (year(start), year(end));
    if from == to {
        from
    } else {
        format!("{from}–{to}")
    }
}

/// A length of time in years ("4.5 years", "1 year").
pub(crate) fn years(span: f64) -> String {
    let text = value(span);
    if text == "1" {
        "1 year".to_string()
    } else {
        format!("{text} years")
    }
}

/// "1 position", "3 positions".
pub(crate) fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_read_naturally() {
        assert_eq!(value(6.0), "6");
        assert_eq!(value(6.54), "6.5");
        assert_eq!(percent(0.424), "42%");
        assert_eq!(percent(3.0), "100%");
        assert_eq!(month(2019.7), "2019-09");
        assert_eq!(month(2020.0), "2020-01");
        assert_eq!(year_span(2015.2, 2019.9), "2015–2019");
        assert_eq!(year_span(2021.1, 2021.8), "2021");
        assert_eq!(years(1.0), "1 year");
        assert_eq!(years(4.46), "4.5 years");
        assert_eq!(count(1, "tour", "tours"), "1 tour");
        assert_eq!(count(0, "tour", "tours"), "0 tours");
    }
}
