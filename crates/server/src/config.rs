//! How the server is started: where it listens, which store and framework it uses,
//! and what "today" is.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use ctopath_framework::Framework;
use ctopath_profile::PartialDate;

/// The port `ctopath serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 7878;

/// How long the list of people (and with it each person's latest revision) read
/// from the store is trusted before asking again. Writes made through the server
/// refresh it at once; this bounds how long a change made by the command line
/// takes to show, while keeping the store off the hot path of cached reads.
pub const DEFAULT_FRESH_FOR: Duration = Duration::from_millis(250);

/// Everything [`crate::Server::bind`] needs.
#[derive(Clone)]
pub struct ServerConfig {
    pub addr: SocketAddr,
    /// `--db`/`CTOPATH_DB`: a SQLite path or a sqlite:// / postgres:// URL;
    /// `None` is the default SQLite file, as for the command line.
    pub db: Option<String>,
    /// `--person`: work on this person instead of the active one.
    pub person: Option<String>,
    pub framework: &'static Framework,
    pub today: Today,
    /// See [`DEFAULT_FRESH_FOR`]; zero checks the store on every request.
    pub fresh_for: Duration,
}

impl ServerConfig {
    /// Loopback on the default port, the default store, the built-in framework.
    pub fn new() -> Self {
        ServerConfig {
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, DEFAULT_PORT)),
            db: None,
            person: None,
            framework: ctopath_framework::builtin::framework(),
            today: Today::System,
            fresh_for: DEFAULT_FRESH_FOR,
        }
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig::new()
    }
}

/// The date assessments are made as of.
#[derive(Debug, Clone, Copy)]
pub enum Today {
    /// The system clock (UTC).
    System,
    /// A fixed date, for tests and for looking at the past.
    Fixed(PartialDate),
}

impl Today {
    pub fn date(self) -> PartialDate {
        match self {
            Today::Fixed(d) => d,
            Today::System => {
                let secs = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(0);
                let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
                PartialDate::parse(&format!("{y:04}-{m:02}-{d:02}")).expect("a calendar date")
            }
        }
    }
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's civil-from-days algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn converts_known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_778), (2026, 11, 21));
    }
}
