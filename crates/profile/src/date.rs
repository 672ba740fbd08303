//! Dates as people write them on a CV: a year, a month, or a day.
//!
//! JSON Resume allows `YYYY`, `YYYY-MM` and `YYYY-MM-DD`, and people use all three
//! (often the year alone for anything long ago). A [`PartialDate`] keeps exactly the
//! precision it was given and writes it back unchanged, so a round trip through
//! ctopath never invents a month or a day.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The shape JSON Resume's schema accepts for its `iso8601` dates. Checking the
/// same shape here means every date ctopath exports still matches that schema.
pub const DATE_PATTERN: &str =
    r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$";

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a text is not a usable date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error(
        "`{text}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2021-03 or 2021-03-15){}",
        if names_now(text) { "; a role still held has no end date: leave endDate (or end) out" } else { "" }
    )]
    Shape { text: String },
    #[error("`{text}` is not a real date: there is no month {month}")]
    Month { text: String, month: u8 },
    #[error("`{text}` is not a real date: {month_name} {year} has {days} days")]
    Day {
        text: String,
        year: u16,
        month_name: &'static str,
        days: u8,
    },
}

/// "Present", "current", "now": what people write for a role that has not ended.
pub(crate) fn names_now(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    matches!(
        t.as_str(),
        "present" | "current" | "currently" | "now" | "today" | "ongoing" | "to date" | "-"
    )
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Parses a date and insists that it exists on the calendar.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let date = Self::parse_shape(text)?;
        match date.calendar_error() {
            Some(err) => Err(err),
            None => Ok(date),
        }
    }

    /// Parses the written form only (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` with the digit
    /// ranges JSON Resume allows), accepting `2023-02-30` or `2023-13`.
    ///
    /// Deserialisation uses this so that every impossible date in a file is reported
    /// at once by validation (rule `impossible-date`), each at its own field, instead
    /// of decoding stopping at the first.
    pub fn parse_shape(text: &str) -> Result<Self, DateError> {
        let shape_error = || DateError::Shape {
            text: text.to_string(),
        };
        let mut parts = text.split('-');
        let year = parts.next().ok_or_else(shape_error)?;
        let month = parts.next();
        let day = parts.next();
        if parts.next().is_some() {
            return Err(shape_error());
        }
        let year = digits(year, 4, b"12").ok_or_else(shape_error)?;
        let month = match month {
            Some(m) => Some(digits(m, 2, b"01").ok_or_else(shape_error)?),
            None => None,
        };
        let day = match day {
            Some(d) => Some(digits(d, 2, b"0123").ok_or_else(shape_error)?),
            None => None,
        };
        Ok(PartialDate {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// A year-only date.
    pub fn year_only(year: u16) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> Option<u8> {
        self.month
    }

    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// Why this date does not exist on the calendar, if it does not.
    pub fn calendar_error(&self) -> Option<DateError> {
        let month = self.month?;
        if !(1..=12).contains(&month) {
            return Some(DateError::Month {
                text: self.to_string(),
                month,
            });
        }
        let days = days_in_month(self.year, month);
        match self.day {
            Some(day) if day == 0 || day > days => Some(DateError::Day {
                text: self.to_string(),
                year: self.year,
                month_name: MONTH_NAMES[usize::from(month - 1)],
                days,
            }),
            _ => None,
        }
    }

    pub fn is_real(&self) -> bool {
        self.calendar_error().is_none()
    }

    /// The first day this date can mean, as (year, month, day).
    pub fn earliest(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean: "2019" runs to 31 December 2019.
    pub fn latest(&self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self
            .day
            .unwrap_or_else(|| days_in_month(self.year, month.clamp(1, 12)));
        (self.year, month, day)
    }

    /// True when `self` certainly ends before `other` begins, whatever the
    /// missing months and days are.
    pub fn is_before(&self, other: &PartialDate) -> bool {
        self.latest() < other.earliest()
    }

    /// Years since year 0 as a fraction, taking the middle of whatever span the
    /// date leaves open (so "2019" counts as mid-2019).
    pub fn as_fractional_year(&self) -> f64 {
        let (y, m, d) = self.earliest();
        let start = f64::from(y) + (f64::from(m) - 1.0) / 12.0 + (f64::from(d) - 1.0) / 365.25;
        let (y, m, d) = self.latest();
        let end = f64::from(y) + (f64::from(m) - 1.0) / 12.0 + f64::from(d) / 365.25;
        (start + end) / 2.0
    }
}

/// Reads exactly `len` ASCII digits whose first digit is one of `first`.
fn digits(text: &str, len: usize, first: &[u8]) -> Option<u32> {
    let bytes = text.as_bytes();
    if bytes.len() != len || !bytes.iter().all(u8::is_ascii_digit) || !first.contains(&bytes[0]) {
        return None;
    }
    text.parse().ok()
}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in `month` (1–12) of `year`.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DateVisitor)
    }
}

struct DateVisitor;

impl serde::de::Visitor<'_> for DateVisitor {
    type Value = PartialDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY, YYYY-MM or YYYY-MM-DD")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
        PartialDate::parse_shape(v).map_err(E::custom)
    }

    // YAML reads an unquoted `2019` as a number; a bare year is still a date.
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<PartialDate, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<PartialDate, E> {
        self.visit_str(&v.to_string())
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. An unquoted year is accepted in YAML.",
            "type": ["string", "integer"],
            "pattern": DATE_PATTERN,
            "minimum": 1000,
            "maximum": 2999
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_precision_it_was_given() {
        for text in ["2013", "2013-12", "2013-12-02", "2000-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn knows_leap_years() {
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(PartialDate::parse("2000-02-29").is_ok());
        let err = PartialDate::parse("1900-02-29").unwrap_err();
        assert_eq!(
            err.to_string(),
            "`1900-02-29` is not a real date: February 1900 has 28 days"
        );
        assert!(PartialDate::parse("2023-04-31").is_err());
    }

    #[test]
    fn shape_and_calendar_are_separate_checks() {
        let odd = PartialDate::parse_shape("2023-13").unwrap();
        assert!(matches!(
            odd.calendar_error(),
            Some(DateError::Month { month: 13, .. })
        ));
        for bad in [
            "2013-12-021",
            "13-12",
            "2013/12",
            "3013",
            "2013-2",
            "",
            "2013-",
        ] {
            assert!(
                matches!(PartialDate::parse_shape(bad), Err(DateError::Shape { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn present_as_an_end_date_is_told_to_leave_the_date_out() {
        let present = PartialDate::parse_shape("Present").unwrap_err().to_string();
        assert!(present.ends_with("leave endDate (or end) out"), "{present}");
        let typo = PartialDate::parse_shape("2013/12").unwrap_err().to_string();
        assert!(!typo.contains("no end date"), "{typo}");
    }

    #[test]
    fn open_precision_compares_safely() {
        let year = PartialDate::parse("2019").unwrap();
        let may = PartialDate::parse("2019-05").unwrap();
        assert!(!year.is_before(&may) && !may.is_before(&year));
        assert!(PartialDate::parse("2018-12-31").unwrap().is_before(&year));
    }
}
