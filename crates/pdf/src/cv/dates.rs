//! Display of JSON Resume dates (ISO 8601 prefixes: `2019`, `2019-04`, `2019-04-30`).

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2019-04-30` and `2019-04` become `Apr 2019`, `2019` stays `2019`. Anything
/// else is shown as the person wrote it: a CV must not drop a date it cannot read.
pub fn display(raw: &str) -> String {
    let raw = raw.trim();
    let mut parts = raw.splitn(3, '-');
    let year = parts.next().unwrap_or_default();
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return raw.to_owned();
    }
    let Some(month) = parts.next() else {
        return year.to_owned();
    };
    match month.parse::<usize>() {
        Ok(m @ 1..=12) if month.len() == 2 => format!("{} {year}", MONTHS[m - 1]),
        _ => raw.to_owned(),
    }
}

/// The period of an entry: `Apr 2019 – Present` when only the start is known
/// (JSON Resume's convention for a current role), a single date when both ends
/// fall in the same month.
pub fn range(start: &str, end: &str, present: &str) -> String {
    let (start, end) = (display(start), display(end));
    match (start.is_empty(), end.is_empty()) {
        (true, true) => String::new(),
        (true, false) => end,
        (false, true) => format!("{start} – {present}"),
        (false, false) if start == end => start,
        (false, false) => format!("{start} – {end}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_prefixes_become_month_and_year() {
        assert_eq!(display("2019-04-30"), "Apr 2019");
        assert_eq!(display("2019-12"), "Dec 2019");
        assert_eq!(display("2019"), "2019");
    }

    #[test]
    fn unreadable_dates_are_kept_verbatim() {
        assert_eq!(display("Spring 2019"), "Spring 2019");
        assert_eq!(display("2019-13"), "2019-13");
        assert_eq!(display(" "), "");
    }

    #[test]
    fn ranges_cover_open_and_single_dates() {
        assert_eq!(range("2019-04", "", "Present"), "Apr 2019 – Present");
        assert_eq!(range("", "2020", "Present"), "2020");
        assert_eq!(range("2016-08-24", "2016-08-24", "Present"), "Aug 2016");
        assert_eq!(
            range("2013-12-01", "2014-12-01", "Now"),
            "Dec 2013 – Dec 2014"
        );
        assert_eq!(range("", "", "Present"), "");
    }
}
