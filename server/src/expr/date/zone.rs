//! Time zones and calendar arithmetic for the date operators.
//!
//! mongod resolves a `timezone` argument to one of three kinds of zone: UTC,
//! a fixed offset ("+05:30", "-0800", "+03") or an Olson identifier
//! ("Europe/Berlin"). Olson offsets come from the IANA database chrono-tz
//! ships. The calendar arithmetic is done here on plain integers so that
//! every date BSON can hold (about ±292 million years) works, and local wall
//! times are turned back into instants with the rules of mongod's date
//! library (timelib), including its choices for skipped and repeated wall
//! times around daylight-saving transitions.
//!
//! Used by every date operator (`date.rs` and its submodules), which the
//! expression evaluator calls.

use chrono::{DateTime, Offset, TimeZone};
use chrono_tz::{OffsetComponents, Tz};

pub(super) const SECS_PER_DAY: i64 = 86_400;

/// chrono's calendar ends near year ±262,000; offsets of instants beyond
/// that are those at the edge (the zone's rules stopped changing long before).
const CHRONO_LIMIT_SECS: i64 = 8_000_000_000_000;

/// A resolved `timezone` argument.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Zone {
    Utc,
    /// A fixed offset east of UTC in seconds; never 0, which is `Utc`.
    Offset(i64),
    Olson(Tz),
}

/// The wall-clock reading of an instant in a zone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Local {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub millis: i64,
    /// Local days since 1970-01-01.
    pub days: i64,
    /// Offset east of UTC in force at the instant, in seconds.
    pub offset: i64,
    pub dst: bool,
}

impl Zone {
    /// mongod's lookup: the Olson database first ("UTC" is the UTC zone),
    /// then the offset forms ±HH, ±HHMM and ±HH:MM.
    pub fn parse(id: &str) -> Option<Zone> {
        if id == "UTC" {
            return Some(Zone::Utc);
        }
        if let Ok(tz) = id.parse::<Tz>() {
            return Some(Zone::Olson(tz));
        }
        parse_utc_offset(id).map(|secs| {
            if secs == 0 {
                Zone::Utc
            } else {
                Zone::Offset(secs)
            }
        })
    }

    /// UTC itself (also "+00:00"): the only zone whose default
    /// `$dateToString` format ends in "Z".
    pub fn is_utc(self) -> bool {
        self == Zone::Utc
    }

    /// The offset east of UTC (seconds) in force at an instant, and whether
    /// it is daylight-saving time.
    pub fn offset_at(self, secs: i64) -> (i64, bool) {
        match self {
            Zone::Utc => (0, false),
            Zone::Offset(o) => (o, false),
            Zone::Olson(tz) => olson_offset(tz, secs),
        }
    }

    /// The wall-clock reading of a date (milliseconds since the epoch).
    pub fn local(self, ms: i64) -> Local {
        let secs = ms.div_euclid(1000);
        let (offset, dst) = self.offset_at(secs);
        Local::from_local_secs(secs + offset, ms.rem_euclid(1000), offset, dst)
    }

    /// The instant (seconds) of a wall-clock reading (seconds since the
    /// local epoch). Where the wall time is skipped or repeated by a
    /// transition, timelib's rule decides: `dst_hint` says whether the
    /// reading is meant as daylight-saving time (mongod passes the flag of
    /// the instant the reading came from, or of 1970-01-01 for fresh
    /// readings), so a repeated time takes the matching offset and a skipped
    /// one is read with the offset before the gap.
    pub fn to_utc(self, local: i64, dst_hint: bool) -> i64 {
        match self {
            Zone::Utc => local,
            Zone::Offset(o) => local - o,
            Zone::Olson(tz) => olson_to_utc(tz, local, dst_hint),
        }
    }

    /// Whether 1970-01-01T00:00Z is daylight-saving time in this zone: the
    /// hint timelib uses for wall times built from parts or parsed strings.
    pub fn epoch_dst(self) -> bool {
        self.offset_at(0).1
    }
}

impl Local {
    pub fn from_local_secs(local: i64, millis: i64, offset: i64, dst: bool) -> Local {
        let days = local.div_euclid(SECS_PER_DAY);
        let sod = local.rem_euclid(SECS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        Local {
            year,
            month,
            day,
            hour: sod / 3600,
            minute: sod / 60 % 60,
            second: sod % 60,
            millis,
            days,
            offset,
            dst,
        }
    }

    /// Seconds since the local epoch (the milliseconds left out).
    pub fn local_secs(&self) -> i64 {
        self.days * SECS_PER_DAY + self.hour * 3600 + self.minute * 60 + self.second
    }

    /// 1 (January 1st) to 366.
    pub fn day_of_year(&self) -> i64 {
        self.days - days_from_civil(self.year, 1, 1) + 1
    }

    /// 1 (Sunday) to 7 (Saturday).
    pub fn day_of_week(&self) -> i64 {
        weekday_from_sunday(self.days) + 1
    }

    /// 1 (Monday) to 7 (Sunday).
    pub fn iso_day_of_week(&self) -> i64 {
        iso_weekday(self.days)
    }

    /// 0 (days before the year's first Sunday) to 53.
    pub fn week(&self) -> i64 {
        (self.day_of_year() - self.day_of_week() + 7) / 7
    }

    /// The ISO 8601 week-numbering year and week (1 to 53).
    pub fn iso_year_week(&self) -> (i64, i64) {
        let thursday = self.days - self.iso_day_of_week() + 4;
        let (year, _, _) = civil_from_days(thursday);
        (year, (thursday - days_from_civil(year, 1, 1)) / 7 + 1)
    }
}

/// mongod's UTC offset forms: ±HH, ±HHMM, ±HH:MM (digits only, no range
/// check). Returns seconds east of UTC.
fn parse_utc_offset(spec: &str) -> Option<i64> {
    let b = spec.as_bytes();
    let sign = match b.first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        if b[r.clone()].iter().all(u8::is_ascii_digit) {
            spec[r].parse().ok()
        } else {
            None
        }
    };
    let secs = match b.len() {
        3 => digits(1..3)? * 3600,
        5 => {
            let n = digits(1..5)?;
            n / 100 * 3600 + n % 100 * 60
        }
        6 if b[3] == b':' => digits(1..3)? * 3600 + digits(4..6)? * 60,
        _ => return None,
    };
    Some(sign * secs)
}

fn olson_offset(tz: Tz, secs: i64) -> (i64, bool) {
    let secs = secs.clamp(-CHRONO_LIMIT_SECS, CHRONO_LIMIT_SECS);
    let Some(at) = DateTime::from_timestamp(secs, 0) else {
        return (0, false);
    };
    let off = tz.offset_from_utc_datetime(&at.naive_utc());
    (
        i64::from(off.fix().local_minus_utc()),
        !off.dst_offset().is_zero(),
    )
}

/// When the offset in force at `secs` began, if that was within the last
/// few days (timelib only compares it with nearby instants; older
/// transitions act like none at all, which is `i64::MIN`).
fn olson_transition(tz: Tz, secs: i64) -> i64 {
    const WINDOW: i64 = 3 * SECS_PER_DAY;
    let here = olson_offset(tz, secs);
    let mut lo = secs.saturating_sub(WINDOW);
    if olson_offset(tz, lo) == here {
        return i64::MIN;
    }
    let mut hi = secs;
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if olson_offset(tz, mid) == here {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// timelib's conversion of a wall time in an Olson zone to an instant: the
/// reading is first taken as UTC to find a candidate offset, corrected by the
/// offset in force one offset-width earlier, looking two hours either side
/// when the hint disagrees, and a reading inside a skipped hour keeps the
/// offset from before the gap.
fn olson_to_utc(tz: Tz, local: i64, dst_hint: bool) -> i64 {
    let info = |secs: i64| {
        let (offset, dst) = olson_offset(tz, secs);
        (offset, olson_transition(tz, secs), dst)
    };
    let (current, _, current_dst) = info(local);
    let (after, after_transition, _) = info(local.saturating_sub(current));
    let mut actual = after;
    let mut actual_transition = after_transition;
    if current == after {
        if current >= 0 && dst_hint && !current_dst {
            let (earlier, earlier_transition, _) = info(local - current - 7200);
            if earlier != after && local - earlier < after_transition {
                actual = earlier;
                actual_transition = earlier_transition;
            }
        } else if current <= 0 && current_dst && !dst_hint {
            let (later, later_transition, _) = info(local - current + 7200);
            if later != after && local - later >= later_transition {
                actual = later;
                actual_transition = later_transition;
            }
        }
    }
    let in_transition = actual_transition != i64::MIN
        && local - actual >= actual_transition + (current - actual)
        && local - actual < actual_transition;
    if current != actual && !in_transition {
        local - actual
    } else {
        local - current
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date; `day` may run past
/// the month (it simply counts on), `month` must be 1 to 12.
pub(super) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a count of days since 1970-01-01.
pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

pub(super) fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub(super) fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// 0 (Sunday) to 6 (Saturday) of a day count.
pub(super) fn weekday_from_sunday(days: i64) -> i64 {
    (days + 4).rem_euclid(7)
}

/// 1 (Monday) to 7 (Sunday) of a day count.
pub(super) fn iso_weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7) + 1
}

/// A year and month moved by a number of months (month 1 to 12).
pub(super) fn add_months(year: i64, month: i64, months: i64) -> (i64, i64) {
    let total = year * 12 + (month - 1) + months;
    (total.div_euclid(12), total.rem_euclid(12) + 1)
}

/// Days since 1970-01-01 of ISO week-date parts, counting on linearly the
/// way timelib does for weeks and days outside their usual ranges.
pub(super) fn days_from_iso(iso_year: i64, week: i64, weekday: i64) -> i64 {
    let jan1 = days_from_civil(iso_year, 1, 1);
    let dow = weekday_from_sunday(jan1);
    let first = if dow > 4 { 7 - dow } else { -dow };
    jan1 + first + (week - 1) * 7 + weekday
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3600;

    fn z(id: &str) -> Zone {
        Zone::parse(id).unwrap()
    }

    /// Seconds since the epoch of a UTC wall time.
    fn utc(y: i64, mo: i64, d: i64, h: i64, mi: i64) -> i64 {
        days_from_civil(y, mo, d) * SECS_PER_DAY + h * H + mi * 60
    }

    #[test]
    fn parses_zone_identifiers_and_offsets() {
        let cases: &[(&str, Option<Zone>)] = &[
            ("UTC", Some(Zone::Utc)),
            ("+00:00", Some(Zone::Utc)),
            ("+0530", Some(Zone::Offset(5 * H + 1800))),
            ("-08:00", Some(Zone::Offset(-8 * H))),
            ("+03", Some(Zone::Offset(3 * H))),
            ("-0930", Some(Zone::Offset(-(9 * H + 1800)))),
            ("America/New_York", Some(Zone::Olson(Tz::America__New_York))),
            ("Europe/Berlin", Some(Zone::Olson(Tz::Europe__Berlin))),
            ("+3", None),
            ("+05:3", None),
            ("0530", None),
            ("utc", None),
            ("Mars/Olympus", None),
            ("", None),
        ];
        for (id, want) in cases {
            assert_eq!(Zone::parse(id), *want, "{id}");
        }
    }

    #[test]
    fn civil_round_trips() {
        for days in [-719_468, -1, 0, 59, 10_957, 18_321, 2_932_896, -100_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2020, 1, 32), days_from_civil(2020, 2, 1));
    }

    #[test]
    fn local_readings() {
        // (zone, instant, expected wall time, offset, dst)
        type Case = (&'static str, i64, (i64, i64, i64, i64, i64), i64, bool);
        let cases: &[Case] = &[
            (
                "America/New_York",
                utc(2020, 3, 8, 6, 59),
                (2020, 3, 8, 1, 59),
                -5 * H,
                false,
            ),
            (
                "America/New_York",
                utc(2020, 3, 8, 7, 0),
                (2020, 3, 8, 3, 0),
                -4 * H,
                true,
            ),
            (
                "America/New_York",
                utc(2020, 11, 1, 5, 30),
                (2020, 11, 1, 1, 30),
                -4 * H,
                true,
            ),
            (
                "America/New_York",
                utc(2020, 11, 1, 6, 30),
                (2020, 11, 1, 1, 30),
                -5 * H,
                false,
            ),
            (
                "Europe/Berlin",
                utc(2021, 3, 28, 0, 59),
                (2021, 3, 28, 1, 59),
                H,
                false,
            ),
            (
                "Europe/Berlin",
                utc(2021, 3, 28, 1, 0),
                (2021, 3, 28, 3, 0),
                2 * H,
                true,
            ),
            (
                "Europe/Berlin",
                utc(2021, 10, 31, 0, 30),
                (2021, 10, 31, 2, 30),
                2 * H,
                true,
            ),
            (
                "Europe/Berlin",
                utc(2021, 10, 31, 1, 30),
                (2021, 10, 31, 2, 30),
                H,
                false,
            ),
            (
                "Asia/Kolkata",
                utc(2021, 6, 30, 20, 0),
                (2021, 7, 1, 1, 30),
                5 * H + 1800,
                false,
            ),
            (
                "-08:00",
                utc(2021, 1, 1, 3, 0),
                (2020, 12, 31, 19, 0),
                -8 * H,
                false,
            ),
        ];
        for (id, secs, (y, mo, d, h, mi), offset, dst) in cases {
            let l = z(id).local(secs * 1000);
            assert_eq!(
                (l.year, l.month, l.day, l.hour, l.minute, l.offset, l.dst),
                (*y, *mo, *d, *h, *mi, *offset, *dst),
                "{id} {secs}"
            );
        }
        let l = Zone::Utc.local(-1);
        assert_eq!((l.year, l.second, l.millis), (1969, 59, 999));
    }

    #[test]
    fn wall_times_resolve_like_timelib() {
        // (zone, wall time, dst hint, expected instant)
        let cases: &[(&str, i64, bool, i64)] = &[
            // Skipped hour: read with the offset from before the gap.
            (
                "America/New_York",
                utc(2020, 3, 8, 2, 30),
                false,
                utc(2020, 3, 8, 7, 30),
            ),
            (
                "Europe/Berlin",
                utc(2021, 3, 28, 2, 30),
                false,
                utc(2021, 3, 28, 1, 30),
            ),
            // Repeated hour: the hint picks the reading.
            (
                "America/New_York",
                utc(2020, 11, 1, 1, 30),
                false,
                utc(2020, 11, 1, 6, 30),
            ),
            (
                "America/New_York",
                utc(2020, 11, 1, 1, 30),
                true,
                utc(2020, 11, 1, 5, 30),
            ),
            (
                "Europe/Berlin",
                utc(2021, 10, 31, 2, 30),
                false,
                utc(2021, 10, 31, 1, 30),
            ),
            (
                "Europe/Berlin",
                utc(2021, 10, 31, 2, 30),
                true,
                utc(2021, 10, 31, 0, 30),
            ),
            // Ordinary times either side.
            (
                "America/New_York",
                utc(2020, 7, 4, 12, 0),
                false,
                utc(2020, 7, 4, 16, 0),
            ),
            (
                "Europe/Berlin",
                utc(2021, 1, 15, 8, 0),
                true,
                utc(2021, 1, 15, 7, 0),
            ),
            (
                "Asia/Kolkata",
                utc(2021, 7, 1, 1, 30),
                false,
                utc(2021, 6, 30, 20, 0),
            ),
            (
                "+05:30",
                utc(2021, 7, 1, 1, 30),
                false,
                utc(2021, 6, 30, 20, 0),
            ),
        ];
        for (id, local, hint, want) in cases {
            assert_eq!(z(id).to_utc(*local, *hint), *want, "{id} {local} {hint}");
        }
    }

    #[test]
    fn weeks() {
        // 2017-01-01 is a Sunday: week 1, ISO week 52 of 2016.
        let l = Zone::Utc.local(utc(2017, 1, 1, 12, 0) * 1000);
        assert_eq!((l.day_of_week(), l.iso_day_of_week(), l.week()), (1, 7, 1));
        assert_eq!(l.iso_year_week(), (2016, 52));
        let l = Zone::Utc.local(utc(2016, 1, 2, 0, 0) * 1000);
        assert_eq!((l.week(), l.iso_year_week()), (0, (2015, 53)));
        assert_eq!(days_from_iso(2017, 1, 1), days_from_civil(2017, 1, 2));
        assert_eq!(days_from_iso(2017, 53, 7), days_from_civil(2018, 1, 7));
        assert_eq!(add_months(2020, 1, -2), (2019, 11));
        assert_eq!(add_months(2020, 11, 14), (2022, 1));
    }
}
