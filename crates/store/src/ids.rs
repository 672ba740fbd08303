//! Ids and timestamps made in Rust rather than by the database, so the SQL
//! stays portable (no AUTOINCREMENT / SERIAL, no `now()` dialects).

use std::time::{SystemTime, UNIX_EPOCH};

/// A new random id whose text sorts by creation time (UUID version 7), so
/// rows written in the same microsecond still come back in a stable order.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The current time as RFC 3339 UTC with microseconds, e.g.
/// `2025-03-01T09:30:00.123456Z`. Fixed width, so text order is time order.
pub(crate) fn now_utc() -> String {
    // A clock before 1970 is a broken machine; the epoch is a harmless stand-in.
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let secs = i64::try_from(since.as_secs()).unwrap_or(i64::MAX);
    format_utc(secs, since.subsec_micros())
}

fn format_utc(secs: i64, micros: u32) -> String {
    let days = secs.div_euclid(86_400);
    let of_day = secs.rem_euclid(86_400);
    let (year, month, day) = date_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{micros:06}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

/// Converts days since 1970-01-01 to a proleptic Gregorian date. It counts
/// in 400-year eras starting on 1 March, so leap days fall at the end of each
/// shifted year and need no special case.
fn date_from_days(days: i64) -> (i64, u32, u32) {
    const DAYS_PER_ERA: i64 = 146_097; // 400 years
    // 1970-01-01 is this many days after 0000-03-01.
    let shifted = days + 719_468;
    let era = shifted.div_euclid(DAYS_PER_ERA);
    let day_of_era = shifted.rem_euclid(DAYS_PER_ERA);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    // Months counted from March: 0 = March … 11 = February.
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_utc(0, 0), "1970-01-01T00:00:00.000000Z");
        // A leap day in a year divisible by 400.
        assert_eq!(format_utc(951_782_400, 5), "2000-02-29T00:00:00.000005Z");
        assert_eq!(format_utc(1_709_251_199, 0), "2024-02-29T23:59:59.000000Z");
        assert_eq!(format_utc(4_102_444_800, 0), "2100-01-01T00:00:00.000000Z");
        assert_eq!(format_utc(-1, 999_999), "1969-12-31T23:59:59.999999Z");
    }

    #[test]
    fn ids_sort_by_creation() {
        let a = new_id();
        let b = new_id();
        assert!(a < b, "{a} should sort before {b}");
    }

    #[test]
    fn now_has_fixed_width() {
        assert_eq!(now_utc().len(), "1970-01-01T00:00:00.000000Z".len());
    }
}
