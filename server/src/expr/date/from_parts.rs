//! Dates built from parts for `$dateFromParts`: calendar parts or ISO
//! week-date parts, read as a wall time in the zone; parts out of their
//! ranges carry into the next larger one, as timelib normalises them.
//!
//! Part of the date operators: `date/ops.rs` reads the arguments and calls
//! [`from_parts`] / [`from_iso_parts`]; the expression evaluator calls the
//! date operators.

use super::zone::{add_months, days_from_civil, days_from_iso, Zone, SECS_PER_DAY};
use crate::error::{Error, ErrorCode, Result};

fn duration_overflow() -> Error {
    Error::new(
        ErrorCode::DurationOverflow,
        "Overflow casting from a lower-precision duration to a higher-precision duration",
    )
}

/// The date of a wall time given as days plus clock parts that may run out
/// of their ranges (they carry, as timelib normalises them).
fn from_local_parts(
    zone: Zone,
    days: i128,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
) -> Result<i64> {
    let micros = i128::from(millis) * 1000;
    if i64::try_from(micros).is_err() {
        return Err(duration_overflow());
    }
    let local = days * i128::from(SECS_PER_DAY)
        + i128::from(hour) * 3600
        + i128::from(minute) * 60
        + i128::from(second)
        + micros.div_euclid(1_000_000);
    let local = i64::try_from(local).map_err(|_| duration_overflow())?;
    let secs = zone.to_utc(local, zone.epoch_dst());
    let total = i128::from(secs) * 1000 + micros.rem_euclid(1_000_000) / 1000;
    i64::try_from(total).map_err(|_| duration_overflow())
}

/// `$dateFromParts` with calendar parts; months and days out of range carry
/// into years and months (month 14 is February of the next year, day 0 the
/// last day of the previous month).
#[allow(clippy::too_many_arguments)]
pub(super) fn from_parts(
    zone: Zone,
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
) -> Result<i64> {
    let (y, m) = add_months(year, month, 0);
    let days = i128::from(days_from_civil(y, m, 1)) + i128::from(day) - 1;
    from_local_parts(zone, days, hour, minute, second, millis)
}

/// `$dateFromParts` with ISO week-date parts.
#[allow(clippy::too_many_arguments)]
pub(super) fn from_iso_parts(
    zone: Zone,
    iso_year: i64,
    week: i64,
    weekday: i64,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
) -> Result<i64> {
    let days = i128::from(days_from_iso(iso_year, week, weekday));
    from_local_parts(zone, days, hour, minute, second, millis)
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

    #[test]
    fn builds_from_parts() {
        // (zone, [y, m, d, h, mi, s, ms], expected)
        let cases: &[(&str, [i64; 7], &str)] = &[
            (
                "UTC",
                [2017, 6, 19, 15, 13, 25, 713],
                "2017-06-19T15:13:25.713Z",
            ),
            ("UTC", [2017, 14, 1, 0, 0, 0, 0], "2018-02-01T00:00:00Z"),
            ("UTC", [2017, 0, 1, 0, 0, 0, 0], "2016-12-01T00:00:00Z"),
            ("UTC", [2017, 3, 0, 0, 0, 0, 0], "2017-02-28T00:00:00Z"),
            ("UTC", [2017, 1, 1, -1, 0, 0, 0], "2016-12-31T23:00:00Z"),
            ("UTC", [2017, 1, 1, 0, 0, 0, -1], "2016-12-31T23:59:59.999Z"),
            (
                "UTC",
                [2017, 1, 1, 0, 0, 3600, 1500],
                "2017-01-01T01:00:01.500Z",
            ),
            (
                "America/New_York",
                [2017, 6, 19, 15, 13, 25, 713],
                "2017-06-19T19:13:25.713Z",
            ),
            (
                "America/New_York",
                [2020, 3, 8, 2, 30, 0, 0],
                "2020-03-08T07:30:00Z",
            ),
            (
                "America/New_York",
                [2020, 11, 1, 1, 30, 0, 0],
                "2020-11-01T06:30:00Z",
            ),
            (
                "Europe/Berlin",
                [2021, 3, 28, 2, 30, 0, 0],
                "2021-03-28T01:30:00Z",
            ),
            (
                "Europe/Berlin",
                [2021, 10, 31, 2, 30, 0, 0],
                "2021-10-31T01:30:00Z",
            ),
            (
                "Asia/Kolkata",
                [2021, 7, 1, 0, 0, 0, 0],
                "2021-06-30T18:30:00Z",
            ),
            ("-08:00", [2021, 7, 1, 0, 0, 0, 0], "2021-07-01T08:00:00Z"),
        ];
        for (tz, [y, m, d, h, mi, s, ms], want) in cases {
            let got = from_parts(zone(tz), *y, *m, *d, *h, *mi, *s, *ms).unwrap();
            assert_eq!(got, iso(want), "{tz} {y}-{m}-{d}");
        }
        let got = from_iso_parts(Zone::Utc, 2017, 1, 1, 0, 0, 0, 0).unwrap();
        assert_eq!(got, iso("2017-01-02T00:00:00Z"));
        let got = from_iso_parts(zone("Europe/Berlin"), 2017, 53, 7, 12, 0, 0, 0).unwrap();
        assert_eq!(got, iso("2018-01-07T11:00:00Z"));
        let err = from_parts(Zone::Utc, 2017, 1, 1, 0, 0, 0, i64::MAX).unwrap_err();
        assert_eq!(err.code, ErrorCode::DurationOverflow);
    }
}
