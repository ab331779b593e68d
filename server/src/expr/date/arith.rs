//! Date arithmetic with mongod's calendar rules: `$dateAdd` /
//! `$dateSubtract` (calendar units keep the wall time and clamp to the end
//! of shorter months), `$dateDiff` (counts unit boundaries crossed in the
//! zone), `$dateTrunc` (bins counted from 2000-01-01 in the zone) and dates
//! built from calendar or ISO week-date parts (out-of-range parts carry).

use super::zone::{
    add_months, days_from_civil, days_from_iso, days_in_month, iso_weekday, Local, Zone,
    SECS_PER_DAY,
};
use crate::error::{Error, ErrorCode, Result};

const MS_PER_DAY: i64 = SECS_PER_DAY * 1000;

/// 2000-01-01T00:00:00Z, the origin of `$dateTrunc`'s bins.
const TRUNC_REFERENCE_MS: i64 = 946_684_800_000;

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
    fn fixed_millis(self) -> Option<i64> {
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

fn located(code: i32, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), message)
}

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

/// The position of a day in a week starting on `start_of_week` (0 to 6).
fn day_in_week(days: i64, start_of_week: i64) -> i64 {
    (iso_weekday(days) - start_of_week + 7) % 7
}

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
    fn adds() {
        // (start, unit, amount, zone, expected)
        let cases: &[(&str, &str, i64, &str, &str)] = &[
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
        ];
        for (start, unit, amount, tz, want) in cases {
            let got = date_add(iso(start), Unit::parse(unit).unwrap(), *amount, zone(tz)).unwrap();
            assert_eq!(got, iso(want), "{start} + {amount} {unit} in {tz}");
        }
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
    fn diffs() {
        // (start, end, unit, zone, start of week, expected)
        let cases: &[(&str, &str, &str, &str, i64, i64)] = &[
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
        ];
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
        let err = date_diff(i64::MIN, i64::MAX, Unit::Millisecond, Zone::Utc, 7).unwrap_err();
        assert_eq!(err.code.code(), 5166308);
    }

    #[test]
    fn truncates() {
        // (date, unit, bin size, zone, start of week, expected)
        let cases: &[(&str, &str, i64, &str, i64, &str)] = &[
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
        ];
        for (date, unit, bin, tz, sow, want) in cases {
            let got =
                date_trunc(iso(date), Unit::parse(unit).unwrap(), *bin, zone(tz), *sow).unwrap();
            assert_eq!(got, iso(want), "{date} to {bin} {unit}s in {tz}");
        }
        let err = date_trunc(0, Unit::Day, 100_000_000_001, Zone::Utc, 7).unwrap_err();
        assert_eq!(err.code.code(), 5439006);
        let err = date_trunc(0, Unit::Hour, i64::MAX / 1000, Zone::Utc, 7).unwrap_err();
        assert_eq!(err.code.code(), 5439002);
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

    #[test]
    fn units_and_weekdays() {
        assert_eq!(Unit::parse("week"), Some(Unit::Week));
        assert_eq!(Unit::parse("weeks"), None);
        assert_eq!(parse_day_of_week("MON"), Some(1));
        assert_eq!(parse_day_of_week("Sunday"), Some(7));
        assert_eq!(parse_day_of_week("sund"), None);
    }
}
