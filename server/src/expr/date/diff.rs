//! `$dateDiff` arithmetic: the number of unit boundaries crossed between two
//! dates, read as wall times in the zone.
//!
//! Part of the date operators: `date/ops.rs` reads the arguments and calls
//! [`date_diff`]; the expression evaluator calls the date operators.

use super::located;
use super::unit::{day_in_week, Unit};
use super::zone::Zone;
use crate::error::Result;

/// `$dateDiff`: the number of unit boundaries crossed between two dates,
/// read as wall times in the zone (hours and shorter corrected by the change
/// of offset, so they count elapsed time).
pub(super) fn date_diff(
    start: i64,
    end: i64,
    unit: Unit,
    zone: Zone,
    start_of_week: i64,
) -> Result<i64> {
    if unit == Unit::Millisecond {
        return end
            .checked_sub(start)
            .ok_or_else(|| located(5166308, "dateDiff overflowed"));
    }
    let s = zone.local(start);
    let e = zone.local(end);
    let days = e.days - s.days;
    let hours = e.hour - s.hour + days * 24;
    let minutes = e.minute - s.minute + hours * 60;
    let shift = s.offset - e.offset;
    Ok(match unit {
        Unit::Year => e.year - s.year,
        Unit::Quarter => (e.month - 1) / 3 - (s.month - 1) / 3 + (e.year - s.year) * 4,
        Unit::Month => e.month - s.month + (e.year - s.year) * 12,
        Unit::Week => {
            (days + day_in_week(s.days, start_of_week) - day_in_week(e.days, start_of_week)) / 7
        }
        Unit::Day => days,
        Unit::Hour => hours + shift / 3600,
        Unit::Minute => minutes + shift / 60,
        _ => e.second - s.second + minutes * 60 + shift,
    })
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

    /// Runs `(start, end, unit, zone, start of week, expected)` cases.
    fn check_diffs(cases: &[(&str, &str, &str, &str, i64, i64)]) {
        for (start, end, unit, tz, sow, want) in cases {
            let got = date_diff(
                iso(start),
                iso(end),
                Unit::parse(unit).unwrap(),
                zone(tz),
                *sow,
            )
            .unwrap();
            assert_eq!(got, *want, "{start} .. {end} in {unit}s, {tz}");
        }
    }

    #[test]
    fn diffs_in_utc() {
        check_diffs(&[
            (
                "2020-12-31T23:59:59Z",
                "2021-01-01T00:00:00Z",
                "year",
                "UTC",
                7,
                1,
            ),
            (
                "2020-12-31T23:59:59Z",
                "2021-01-01T00:00:00Z",
                "second",
                "UTC",
                7,
                1,
            ),
            (
                "2021-01-01T00:00:00Z",
                "2020-12-31T23:59:59Z",
                "day",
                "UTC",
                7,
                -1,
            ),
            (
                "2020-01-01T00:00:00Z",
                "2020-12-31T00:00:00Z",
                "quarter",
                "UTC",
                7,
                3,
            ),
            (
                "2020-01-31T00:00:00Z",
                "2020-02-01T00:00:00Z",
                "month",
                "UTC",
                7,
                1,
            ),
            (
                "2000-01-01T00:00:00Z",
                "2000-01-02T00:00:00Z",
                "week",
                "UTC",
                7,
                1,
            ),
            (
                "2000-01-01T00:00:00Z",
                "2000-01-02T00:00:00Z",
                "week",
                "UTC",
                1,
                0,
            ),
            (
                "2000-01-01T00:00:00Z",
                "2000-01-03T00:00:00Z",
                "week",
                "UTC",
                1,
                1,
            ),
            (
                "2000-01-01T00:00:00Z",
                "2000-01-01T23:59:59.999Z",
                "millisecond",
                "UTC",
                7,
                86_399_999,
            ),
        ]);
        let err = date_diff(i64::MIN, i64::MAX, Unit::Millisecond, Zone::Utc, 7).unwrap_err();
        assert_eq!(err.code.code(), 5166308);
    }

    #[test]
    fn diffs_across_zones() {
        check_diffs(&[
            // New York: 05:00Z is midnight in winter, 04:00Z in summer.
            (
                "2020-03-08T04:59:00Z",
                "2020-03-08T05:00:00Z",
                "day",
                "America/New_York",
                7,
                1,
            ),
            (
                "2020-03-08T05:00:00Z",
                "2020-03-09T04:00:00Z",
                "day",
                "America/New_York",
                7,
                1,
            ),
            (
                "2020-03-08T06:00:00Z",
                "2020-03-08T07:00:00Z",
                "hour",
                "America/New_York",
                7,
                1,
            ),
            (
                "2020-03-08T00:00:00Z",
                "2020-03-09T00:00:00Z",
                "hour",
                "America/New_York",
                7,
                24,
            ),
            (
                "2020-03-08T00:00:00Z",
                "2020-03-09T00:00:00Z",
                "minute",
                "America/New_York",
                7,
                1440,
            ),
            (
                "2021-10-30T22:00:00Z",
                "2021-10-31T23:00:00Z",
                "day",
                "Europe/Berlin",
                7,
                1,
            ),
            (
                "2021-10-30T22:00:00Z",
                "2021-10-31T23:00:00Z",
                "hour",
                "Europe/Berlin",
                7,
                25,
            ),
            (
                "2021-06-30T18:29:59Z",
                "2021-06-30T18:30:00Z",
                "day",
                "Asia/Kolkata",
                7,
                1,
            ),
            (
                "2021-06-30T18:29:59Z",
                "2021-06-30T18:30:00Z",
                "day",
                "UTC",
                7,
                0,
            ),
        ]);
    }
}
