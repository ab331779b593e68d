//! `$dateAdd` / `$dateSubtract` arithmetic with mongod's calendar rules:
//! calendar units keep the wall time in the zone and clamp to the end of
//! shorter months; hours and shorter count elapsed time.
//!
//! Part of the date operators: `date/ops.rs` reads the arguments and calls
//! [`date_add`]; the expression evaluator calls the date operators.

use super::located;
use super::unit::{Unit, MS_PER_DAY};
use super::zone::{add_months, days_from_civil, days_in_month, Zone, SECS_PER_DAY};
use crate::error::Result;

/// mongod's rough bound on `amount` per unit: anything that could still
/// land inside the range of dates is accepted.
fn amount_is_valid(amount: i64, unit: Unit) -> bool {
    let max_days = (u64::MAX / MS_PER_DAY as u64) as i64 + 1;
    let max_years = max_days / 365 + 1;
    let max = match unit {
        Unit::Year => max_years,
        Unit::Quarter => max_years * 4,
        Unit::Month => max_years * 12,
        Unit::Week => max_days / 7,
        Unit::Day => max_days,
        Unit::Hour => max_days * 24,
        Unit::Minute => max_days * 24 * 60,
        Unit::Second => max_days * 24 * 3600,
        Unit::Millisecond => i64::MAX,
    };
    -max < amount && amount < max
}

/// `$dateAdd`: adds `amount` units to a date. Units of a day or longer are
/// added to the wall time in the zone (so 20:10 stays 20:10 across a
/// daylight-saving change) and months clamp to their last day; shorter units
/// are added to the instant.
pub(super) fn date_add(ms: i64, unit: Unit, amount: i64, zone: Zone) -> Result<i64> {
    let overflow = || located(5166406, "dateAdd overflowed");
    if unit == Unit::Millisecond {
        return ms.checked_add(amount).ok_or_else(overflow);
    }
    if !amount_is_valid(amount, unit) {
        return Err(located(
            5976500,
            format!(
                "invalid dateAdd 'amount' parameter value: {amount} {}",
                unit.name()
            ),
        ));
    }
    let (months, days, secs) = match unit {
        Unit::Year => (amount * 12, 0, 0),
        Unit::Quarter => (amount * 3, 0, 0),
        Unit::Month => (amount, 0, 0),
        Unit::Week => (0, amount * 7, 0),
        Unit::Day => (0, amount, 0),
        Unit::Hour => (0, 0, amount * 3600),
        Unit::Minute => (0, 0, amount * 60),
        _ => (0, 0, amount),
    };
    if matches!(zone, Zone::Olson(_)) && months == 0 && days == 0 {
        // Hours and shorter in an Olson zone count elapsed time.
        let total = i128::from(ms) + i128::from(secs) * 1000;
        return i64::try_from(total).map_err(|_| overflow());
    }
    let start = zone.local(ms);
    let mut day_delta = days;
    if matches!(unit, Unit::Year | Unit::Quarter | Unit::Month) {
        let (year, month) = add_months(start.year, start.month, months);
        let day = start.day.min(days_in_month(year, month));
        day_delta = days_from_civil(year, month, day) - start.days;
    }
    let local = i128::from(start.local_secs())
        + i128::from(day_delta) * i128::from(SECS_PER_DAY)
        + i128::from(secs);
    let local = i64::try_from(local).map_err(|_| overflow())?;
    let total = i128::from(zone.to_utc(local, start.dst)) * 1000 + i128::from(start.millis);
    i64::try_from(total).map_err(|_| overflow())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(s)
            .unwrap()
            .timestamp_millis()
    }

    fn zone(id: &str) -> Zone {
        Zone::parse(id).unwrap()
    }

    /// Runs `(start, unit, amount, zone, expected)` cases.
    fn check_adds(cases: &[(&str, &str, i64, &str, &str)]) {
        for (start, unit, amount, tz, want) in cases {
            let got = date_add(iso(start), Unit::parse(unit).unwrap(), *amount, zone(tz)).unwrap();
            assert_eq!(got, iso(want), "{start} + {amount} {unit} in {tz}");
        }
    }

    #[test]
    fn adds_in_utc() {
        check_adds(&[
            (
                "2020-11-30T12:10:05Z",
                "day",
                1,
                "UTC",
                "2020-12-01T12:10:05Z",
            ),
            (
                "2020-12-31T12:10:05Z",
                "week",
                1,
                "UTC",
                "2021-01-07T12:10:05Z",
            ),
            (
                "2020-12-31T12:10:05Z",
                "month",
                1,
                "UTC",
                "2021-01-31T12:10:05Z",
            ),
            (
                "2020-12-31T12:10:05Z",
                "month",
                -1,
                "UTC",
                "2020-11-30T12:10:05Z",
            ),
            (
                "2020-12-31T12:10:05Z",
                "quarter",
                -2,
                "UTC",
                "2020-06-30T12:10:05Z",
            ),
            (
                "2020-02-29T00:00:00Z",
                "year",
                1,
                "UTC",
                "2021-02-28T00:00:00Z",
            ),
            (
                "2021-01-31T03:00:00Z",
                "month",
                -2,
                "UTC",
                "2020-11-30T03:00:00Z",
            ),
            (
                "2020-12-31T12:10:05Z",
                "millisecond",
                1050,
                "UTC",
                "2020-12-31T12:10:06.050Z",
            ),
        ]);
        let err = date_add(
            iso("2020-12-31T12:10:05Z"),
            Unit::Month,
            -12 * 300_000_000,
            Zone::Utc,
        )
        .unwrap_err();
        assert_eq!(err.code.code(), 5166406);
        let err = date_add(0, Unit::Month, -30_000_000_000, Zone::Utc).unwrap_err();
        assert_eq!(err.code.code(), 5976500);
        assert_eq!(
            err.message,
            "invalid dateAdd 'amount' parameter value: -30000000000 month"
        );
    }

    #[test]
    fn adds_across_zones() {
        check_adds(&[
            // Across daylight-saving changes: days keep the wall time,
            // hours count elapsed time.
            (
                "2020-10-24T18:10:00Z",
                "hour",
                24,
                "Europe/Paris",
                "2020-10-25T18:10:00Z",
            ),
            (
                "2020-10-24T18:10:00Z",
                "day",
                1,
                "Europe/Paris",
                "2020-10-25T19:10:00Z",
            ),
            (
                "2021-03-27T12:00:00Z",
                "day",
                1,
                "Europe/Berlin",
                "2021-03-28T11:00:00Z",
            ),
            (
                "2021-01-30T23:30:00Z",
                "month",
                1,
                "Europe/Paris",
                "2021-02-27T23:30:00Z",
            ),
            (
                "2021-01-31T03:00:00Z",
                "month",
                -2,
                "America/New_York",
                "2020-12-01T03:00:00Z",
            ),
            (
                "2020-03-07T12:00:00Z",
                "day",
                1,
                "America/New_York",
                "2020-03-08T11:00:00Z",
            ),
            (
                "2020-11-01T05:50:02Z",
                "hour",
                1,
                "America/New_York",
                "2020-11-01T06:50:02Z",
            ),
            (
                "2020-11-01T04:30:00Z",
                "day",
                1,
                "America/New_York",
                "2020-11-02T05:30:00Z",
            ),
            // A day that lands in the skipped hour moves past it.
            (
                "2020-03-07T07:30:00Z",
                "day",
                1,
                "America/New_York",
                "2020-03-08T07:30:00Z",
            ),
            (
                "2021-06-30T20:00:00Z",
                "month",
                1,
                "Asia/Kolkata",
                "2021-07-31T20:00:00Z",
            ),
            (
                "2021-06-30T20:00:00Z",
                "day",
                1,
                "+05:30",
                "2021-07-01T20:00:00Z",
            ),
        ]);
    }
}
