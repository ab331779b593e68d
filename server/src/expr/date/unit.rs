//! The `unit` and `startOfWeek` arguments of the date arithmetic operators
//! ($dateAdd, $dateSubtract, $dateDiff, $dateTrunc), and the week
//! arithmetic they share.
//!
//! Part of the date operators (`date.rs`, `date/ops.rs`), which the
//! expression evaluator calls.

use super::zone::{iso_weekday, SECS_PER_DAY};

pub(super) const MS_PER_DAY: i64 = SECS_PER_DAY * 1000;

/// The `unit` of the date arithmetic operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
}

impl Unit {
    pub fn parse(name: &str) -> Option<Unit> {
        Some(match name {
            "year" => Unit::Year,
            "quarter" => Unit::Quarter,
            "month" => Unit::Month,
            "week" => Unit::Week,
            "day" => Unit::Day,
            "hour" => Unit::Hour,
            "minute" => Unit::Minute,
            "second" => Unit::Second,
            "millisecond" => Unit::Millisecond,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Year => "year",
            Unit::Quarter => "quarter",
            Unit::Month => "month",
            Unit::Week => "week",
            Unit::Day => "day",
            Unit::Hour => "hour",
            Unit::Minute => "minute",
            Unit::Second => "second",
            Unit::Millisecond => "millisecond",
        }
    }

    /// Milliseconds in one unit, for the units of fixed length.
    pub fn fixed_millis(self) -> Option<i64> {
        match self {
            Unit::Millisecond => Some(1),
            Unit::Second => Some(1000),
            Unit::Minute => Some(60_000),
            Unit::Hour => Some(3_600_000),
            _ => None,
        }
    }
}

/// A `startOfWeek` name, case-insensitively, full or three letters:
/// 1 (Monday) to 7 (Sunday).
pub(super) fn parse_day_of_week(name: &str) -> Option<i64> {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = name.to_ascii_lowercase();
    DAYS.iter()
        .position(|d| *d == lower || d[..3] == lower)
        .map(|i| i as i64 + 1)
}

/// The position of a day in a week starting on `start_of_week` (0 to 6).
pub(super) fn day_in_week(days: i64, start_of_week: i64) -> i64 {
    (iso_weekday(days) - start_of_week + 7) % 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_weekdays() {
        assert_eq!(Unit::parse("week"), Some(Unit::Week));
        assert_eq!(Unit::parse("weeks"), None);
        assert_eq!(parse_day_of_week("MON"), Some(1));
        assert_eq!(parse_day_of_week("Sunday"), Some(7));
        assert_eq!(parse_day_of_week("sund"), None);
    }
}
