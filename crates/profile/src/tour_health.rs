//! How a tour of duty is going, read from its check-ins: the standing of each success
//! criterion, the tour's overall health, and when the next check-in falls due.
//!
//! Pure functions of the tour (and of "today", passed in), shared by the command line
//! and the server so both tell the same story.

use serde::Serialize;

use crate::{CriterionStatus, PartialDate, SuccessCriterion, TourOfDuty, TourStatus};

/// A check-in counts as due from this many days before its date: a week's notice is
/// enough to book the conversation with the sponsor.
pub const DUE_WINDOW_DAYS: i64 = 7;

/// The tour's overall state, worst criterion first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TourHealth {
    /// No check-in has said anything about the criteria yet.
    NotCheckedIn,
    OnTrack,
    AtRisk,
    OffTrack,
    /// Every success criterion is met.
    Met,
}

impl TourHealth {
    pub fn id(self) -> &'static str {
        match self {
            TourHealth::NotCheckedIn => "not_checked_in",
            TourHealth::OnTrack => "on_track",
            TourHealth::AtRisk => "at_risk",
            TourHealth::OffTrack => "off_track",
            TourHealth::Met => "met",
        }
    }
}

/// Where one success criterion stands after the latest check-in that mentioned it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionState<'a> {
    /// The criterion's number as people see it, counted from 1.
    pub number: usize,
    pub text: &'a str,
    pub measure: &'a str,
    /// `None` until a check-in reports on it.
    pub status: Option<CriterionStatus>,
    pub note: Option<&'a str>,
    /// The check-in the status comes from.
    pub since: Option<PartialDate>,
}

/// Each criterion with its latest reported status; a check-in that leaves a
/// criterion out leaves its earlier status standing.
pub fn criterion_states(tour: &TourOfDuty) -> Vec<CriterionState<'_>> {
    let mut states: Vec<CriterionState> = tour
        .success_criteria
        .iter()
        .enumerate()
        .map(|(i, c): (usize, &SuccessCriterion)| CriterionState {
            number: i + 1,
            text: &c.text,
            measure: &c.measure,
            status: None,
            note: None,
            since: None,
        })
        .collect();
    for checkin in &tour.checkins {
        for progress in &checkin.criteria {
            if let Some(state) = states.get_mut(progress.index) {
                state.status = Some(progress.status);
                state.note = progress.note.as_deref();
                state.since = Some(checkin.date);
            }
        }
    }
    states
}

/// Off track if any criterion is, else at risk if any is, met when all are, and on
/// track otherwise (a criterion not yet reported on counts as on track once the tour
/// has had a check-in).
pub fn health(tour: &TourOfDuty) -> TourHealth {
    let states = criterion_states(tour);
    let reported: Vec<CriterionStatus> = states.iter().filter_map(|s| s.status).collect();
    if tour.checkins.is_empty() {
        return TourHealth::NotCheckedIn;
    }
    if reported.contains(&CriterionStatus::OffTrack) {
        TourHealth::OffTrack
    } else if reported.contains(&CriterionStatus::AtRisk) {
        TourHealth::AtRisk
    } else if !states.is_empty()
        && reported.len() == states.len()
        && reported.iter().all(|s| *s == CriterionStatus::Met)
    {
        TourHealth::Met
    } else {
        TourHealth::OnTrack
    }
}

/// The criteria at risk or off track, worst first.
pub fn criteria_in_trouble(tour: &TourOfDuty) -> Vec<CriterionState<'_>> {
    let mut trouble: Vec<CriterionState> = criterion_states(tour)
        .into_iter()
        .filter(|s| s.status.is_some_and(CriterionStatus::is_in_trouble))
        .collect();
    trouble.sort_by_key(|s| (s.status != Some(CriterionStatus::OffTrack), s.number));
    trouble
}

/// Whether the next check-in is comfortably ahead, due soon, or late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckinState {
    Upcoming,
    Due,
    Overdue,
}

/// When the next check-in of a running tour falls due.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckinSchedule {
    pub every_weeks: u32,
    /// The latest check-in, or `None` when the schedule runs from the start date.
    pub last: Option<PartialDate>,
    /// The day the next check-in is due.
    pub next: PartialDate,
    /// Days from today to `next`; negative when late.
    pub days_left: i64,
    pub state: CheckinState,
    /// Check-ins skipped so far: 0 unless overdue.
    pub missed: u32,
}

/// The check-in schedule of an active tour with a cadence, counted from its latest
/// check-in or, before the first, from its start. `None` for any other tour.
pub fn checkin_schedule(tour: &TourOfDuty, today: PartialDate) -> Option<CheckinSchedule> {
    if tour.status != TourStatus::Active {
        return None;
    }
    let weeks = tour.checkin_every_weeks.filter(|w| *w > 0)?;
    let last = tour.last_checkin();
    let from = last.or(tour.start)?;
    let cadence = i64::from(weeks) * 7;
    let next = day_number(from.latest()) + cadence;
    let days_left = next - day_number(today.earliest());
    let state = if days_left < 0 {
        CheckinState::Overdue
    } else if days_left <= DUE_WINDOW_DAYS {
        CheckinState::Due
    } else {
        CheckinState::Upcoming
    };
    let missed = if days_left < 0 {
        1 + ((-days_left - 1) / cadence) as u32
    } else {
        0
    };
    Some(CheckinSchedule {
        every_weeks: weeks,
        last,
        next: date_of_day(next),
        days_left,
        state,
        missed,
    })
}

/// The start plus the horizon: when the tour is planned to end. Keeps the start's
/// precision, except that a year-only start gives a month.
pub fn planned_end(tour: &TourOfDuty) -> Option<PartialDate> {
    let start = tour.start?;
    let months = tour.horizon_months?;
    let (y, m, d) = start.earliest();
    let total = u32::from(y) * 12 + u32::from(m) - 1 + months;
    let (year, month) = ((total / 12) as u16, (total % 12 + 1) as u8);
    let text = match start.day() {
        Some(_) => format!(
            "{year:04}-{month:02}-{:02}",
            d.min(crate::days_in_month(year, month))
        ),
        None => format!("{year:04}-{month:02}"),
    };
    PartialDate::parse(&text).ok()
}

/// Days since 1970-01-01 of a (year, month, day) (Howard Hinnant's days-from-civil).
fn day_number((y, m, d): (u16, u8, u8)) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar day of a day number (the inverse of [`day_number`]).
fn date_of_day(days: i64) -> PartialDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    PartialDate::parse(&format!("{year:04}-{month:02}-{day:02}"))
        .expect("day numbers map to calendar dates")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CheckIn, CriterionProgress};

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn tour(criteria: usize) -> TourOfDuty {
        TourOfDuty {
            id: "t".into(),
            mission: "Ship it".into(),
            status: TourStatus::Active,
            start: Some(date("2026-01-05")),
            horizon_months: Some(6),
            checkin_every_weeks: Some(2),
            success_criteria: (0..criteria)
                .map(|i| SuccessCriterion {
                    text: format!("criterion {i}"),
                    measure: "a number".into(),
                })
                .collect(),
            ..Default::default()
        }
    }

    fn checkin(day: &str, statuses: &[(usize, CriterionStatus)]) -> CheckIn {
        CheckIn {
            date: date(day),
            criteria: statuses
                .iter()
                .map(|&(index, status)| CriterionProgress {
                    index,
                    status,
                    note: None,
                })
                .collect(),
            learned: None,
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number((1970, 1, 1)), 0);
        assert_eq!(day_number((2024, 2, 29)), 19_782);
        for n in [-1000, 0, 19_782, 20_778, 60_000] {
            let (y, m, d) = date_of_day(n).earliest();
            assert_eq!(day_number((y, m, d)), n);
        }
    }

    #[test]
    fn health_is_the_worst_standing_criterion() {
        use CriterionStatus::*;
        let mut t = tour(3);
        assert_eq!(health(&t), TourHealth::NotCheckedIn);
        t.checkins
            .push(checkin("2026-01-19", &[(0, OnTrack), (1, AtRisk)]));
        assert_eq!(health(&t), TourHealth::AtRisk);
        t.checkins.push(checkin("2026-02-02", &[(2, OffTrack)]));
        // Criterion 1 is still at risk, criterion 2 now off track.
        assert_eq!(health(&t), TourHealth::OffTrack);
        let trouble: Vec<usize> = criteria_in_trouble(&t).iter().map(|s| s.number).collect();
        assert_eq!(trouble, [3, 2]);
        t.checkins
            .push(checkin("2026-02-16", &[(0, Met), (1, Met), (2, OnTrack)]));
        assert_eq!(health(&t), TourHealth::OnTrack);
        t.checkins.push(checkin("2026-03-02", &[(2, Met)]));
        assert_eq!(health(&t), TourHealth::Met);
        assert!(criteria_in_trouble(&t).is_empty());
    }

    #[test]
    fn out_of_range_progress_is_ignored_not_fatal() {
        let mut t = tour(1);
        t.checkins
            .push(checkin("2026-01-19", &[(5, CriterionStatus::OffTrack)]));
        assert_eq!(health(&t), TourHealth::OnTrack);
    }

    #[test]
    fn schedule_runs_from_the_start_then_from_the_last_checkin() {
        let mut t = tour(1);
        let s = checkin_schedule(&t, date("2026-01-10")).unwrap();
        assert_eq!(s.next, date("2026-01-19"));
        assert_eq!(
            (s.days_left, s.state, s.missed),
            (9, CheckinState::Upcoming, 0)
        );
        let s = checkin_schedule(&t, date("2026-01-15")).unwrap();
        assert_eq!(s.state, CheckinState::Due);
        let s = checkin_schedule(&t, date("2026-02-03")).unwrap();
        assert_eq!(
            (s.days_left, s.state, s.missed),
            (-15, CheckinState::Overdue, 2)
        );
        t.checkins.push(checkin("2026-02-01", &[]));
        let s = checkin_schedule(&t, date("2026-02-03")).unwrap();
        assert_eq!(
            (s.next, s.last),
            (date("2026-02-15"), Some(date("2026-02-01")))
        );
        t.status = TourStatus::Completed;
        assert!(checkin_schedule(&t, date("2026-02-03")).is_none());
    }

    #[test]
    fn planned_end_adds_the_horizon() {
        let mut t = tour(0);
        assert_eq!(planned_end(&t), Some(date("2026-07-05")));
        t.start = Some(date("2025-08-31"));
        assert_eq!(planned_end(&t), Some(date("2026-02-28")));
        t.start = Some(date("2022-01"));
        t.horizon_months = Some(36);
        assert_eq!(planned_end(&t), Some(date("2025-01")));
    }
}
