//! `$dateTrunc` arithmetic: the start of the bin holding a date, bins
//! counted from 2000-01-01 in the zone.
//!
//! Part of the date operators: `date/ops.rs` reads the arguments and calls
//! [`date_trunc`]; the expression evaluator calls the date operators.

use super::add::date_add;
use super::located;
use super::unit::{day_in_week, Unit, MS_PER_DAY};
use super::zone::{days_from_civil, Local, Zone};
use crate::error::Result;

/// 2000-01-01T00:00:00Z, the origin of `$dateTrunc`'s bins.
const TRUNC_REFERENCE_MS: i64 = 946_684_800_000;

/// `$dateTrunc`: the start of the `bin_size`-unit bin holding the date. Bins
/// are counted from 2000-01-01T00:00 in the zone (for weeks, from the first
/// `start_of_week` day on or after it); hours and shorter bins are fixed
/// lengths of time from that instant.
pub(super) fn date_trunc(
    ms: i64,
    unit: Unit,
    bin_size: i64,
    zone: Zone,
    start_of_week: i64,
) -> Result<i64> {
    let mut reference = TRUNC_REFERENCE_MS - zone.offset_at(TRUNC_REFERENCE_MS / 1000).0 * 1000;
    if let Some(per_unit) = unit.fixed_millis() {
        let bin = bin_size
            .checked_mul(per_unit)
            .ok_or_else(|| located(5439002, "dateTrunc overflowed"))?;
        let shifted = ms
            .checked_sub(reference)
            .ok_or_else(|| located(5439000, "dateTrunc overflowed"))?;
        return ms
            .checked_sub(shifted.rem_euclid(bin))
            .ok_or_else(|| located(5439001, "dateTrunc overflowed"));
    }
    if bin_size > 100_000_000_000 {
        return Err(located(5439006, "dateTrunc unsupported binSize value"));
    }
    let mut reference_days = days_from_civil(2000, 1, 1);
    if unit == Unit::Week {
        // 2000-01-01 was a Saturday. The first half of January 2000 had
        // no offset changes anywhere, so whole days of milliseconds do.
        let adjust = (7 - day_in_week(reference_days, start_of_week)) % 7;
        reference += adjust * MS_PER_DAY;
        reference_days += adjust;
    }
    let t: Local = zone.local(ms);
    let distance = match unit {
        Unit::Day => t.days - reference_days,
        Unit::Week => {
            (t.days - reference_days + day_in_week(reference_days, start_of_week)
                - day_in_week(t.days, start_of_week))
                / 7
        }
        Unit::Month => t.month - 1 + (t.year - 2000) * 12,
        Unit::Quarter => (t.month - 1) / 3 + (t.year - 2000) * 4,
        _ => t.year - 2000,
    };
    let lower = distance
        .checked_sub(distance.rem_euclid(bin_size))
        .ok_or_else(|| located(5439004, "dateTrunc overflowed"))?;
    date_add(reference, unit, lower, zone)
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

    /// Runs `(date, unit, bin size, zone, start of week, expected)` cases.
    fn check_truncs(cases: &[(&str, &str, i64, &str, i64, &str)]) {
        for (date, unit, bin, tz, sow, want) in cases {
            let got =
                date_trunc(iso(date), Unit::parse(unit).unwrap(), *bin, zone(tz), *sow).unwrap();
            assert_eq!(got, iso(want), "{date} to {bin} {unit}s in {tz}");
        }
    }

    #[test]
    fn truncates_in_utc() {
        check_truncs(&[
            (
                "2021-03-20T11:30:05.123Z",
                "second",
                1,
                "UTC",
                7,
                "2021-03-20T11:30:05Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "minute",
                15,
                "UTC",
                7,
                "2021-03-20T11:30:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "hour",
                5,
                "UTC",
                7,
                "2021-03-20T09:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "day",
                1,
                "UTC",
                7,
                "2021-03-20T00:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "week",
                1,
                "UTC",
                7,
                "2021-03-14T00:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "week",
                1,
                "UTC",
                1,
                "2021-03-15T00:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "month",
                1,
                "UTC",
                7,
                "2021-03-01T00:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "month",
                5,
                "UTC",
                7,
                "2020-11-01T00:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "quarter",
                1,
                "UTC",
                7,
                "2021-01-01T00:00:00Z",
            ),
            (
                "2021-03-20T11:30:05Z",
                "year",
                1,
                "UTC",
                7,
                "2021-01-01T00:00:00Z",
            ),
            (
                "1999-12-31T23:59:59Z",
                "year",
                10,
                "UTC",
                7,
                "1990-01-01T00:00:00Z",
            ),
        ]);
        let err = date_trunc(0, Unit::Day, 100_000_000_001, Zone::Utc, 7).unwrap_err();
        assert_eq!(err.code.code(), 5439006);
        let err = date_trunc(0, Unit::Hour, i64::MAX / 1000, Zone::Utc, 7).unwrap_err();
        assert_eq!(err.code.code(), 5439002);
    }

    #[test]
    fn truncates_in_zones() {
        check_truncs(&[
            // Days and longer follow the zone's wall time.
            (
                "2020-03-08T12:00:00Z",
                "day",
                1,
                "America/New_York",
                7,
                "2020-03-08T05:00:00Z",
            ),
            (
                "2020-03-09T12:00:00Z",
                "day",
                1,
                "America/New_York",
                7,
                "2020-03-09T04:00:00Z",
            ),
            (
                "2021-10-31T12:00:00Z",
                "day",
                1,
                "Europe/Berlin",
                7,
                "2021-10-30T22:00:00Z",
            ),
            (
                "2021-10-31T12:00:00Z",
                "month",
                1,
                "Europe/Berlin",
                7,
                "2021-09-30T22:00:00Z",
            ),
            (
                "2021-07-01T01:00:00Z",
                "hour",
                1,
                "Asia/Kolkata",
                7,
                "2021-07-01T00:30:00Z",
            ),
            (
                "2021-07-01T01:00:00Z",
                "day",
                1,
                "Asia/Kolkata",
                7,
                "2021-06-30T18:30:00Z",
            ),
        ]);
    }
}
