//! `$dateToString`'s format specifiers, and the format-string check shared
//! with `$dateFromString` (which accepts a smaller set).
//!
//! Used by `$dateToString` and `$dateFromString` (`date.rs`), which the
//! expression evaluator calls.

use super::zone::Zone;
use crate::error::{Error, ErrorCode, Result};

/// The specifiers `$dateToString` accepts (besides `%%`).
pub(super) const TO_STRING_SPECIFIERS: &[u8] = b"bBdGHjLmMSwuUVYzZ";
/// The specifiers `$dateFromString` accepts (besides `%%`).
pub(super) const FROM_STRING_SPECIFIERS: &[u8] = b"bBdGHjLmMSuVYzZ";

/// mongod's default formats: UTC dates end in "Z", others do not.
pub(super) const ISO_FORMAT_Z: &str = "%Y-%m-%dT%H:%M:%S.%LZ";
pub(super) const ISO_FORMAT: &str = "%Y-%m-%dT%H:%M:%S.%L";

pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Every `%` must be followed by an allowed specifier or another `%`.
pub(super) fn validate(format: &str, allowed: &[u8]) -> Result<()> {
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        match chars.next() {
            None => {
                return Err(Error::new(
                    ErrorCode::Location(18535),
                    "Unmatched '%' at end of format string",
                ))
            }
            Some('%') => {}
            Some(s) if s.is_ascii() && allowed.contains(&(s as u8)) => {}
            Some(s) => {
                return Err(Error::new(
                    ErrorCode::Location(18536),
                    format!("Invalid format character '%{s}' in format string"),
                ))
            }
        }
    }
    Ok(())
}

/// A number zero-padded to `width`; mongod refuses components outside
/// 0-9999 (years before 0 or after 9999).
fn padded(out: &mut String, number: i64, width: usize) -> Result<()> {
    if !(0..=9999).contains(&number) {
        return Err(Error::new(
            ErrorCode::Location(18537),
            format!(
                "Could not convert date to string: date component was outside the supported range of 0-9999: {number}"
            ),
        ));
    }
    out.push_str(&format!("{number:0width$}"));
    Ok(())
}

/// Formats a date (milliseconds since the epoch) in a zone. The format must
/// have passed [`validate`] with [`TO_STRING_SPECIFIERS`].
pub(super) fn format_date(zone: Zone, ms: i64, format: &str) -> Result<String> {
    let t = zone.local(ms);
    let mut out = String::with_capacity(format.len() + 8);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('Y') => padded(&mut out, t.year, 4)?,
            Some('m') => padded(&mut out, t.month, 2)?,
            Some('d') => padded(&mut out, t.day, 2)?,
            Some('H') => padded(&mut out, t.hour, 2)?,
            Some('M') => padded(&mut out, t.minute, 2)?,
            Some('S') => padded(&mut out, t.second, 2)?,
            Some('L') => padded(&mut out, t.millis, 3)?,
            Some('j') => padded(&mut out, t.day_of_year(), 3)?,
            Some('w') => padded(&mut out, t.day_of_week(), 1)?,
            Some('U') => padded(&mut out, t.week(), 2)?,
            Some('G') => padded(&mut out, t.iso_year_week().0, 4)?,
            Some('V') => padded(&mut out, t.iso_year_week().1, 2)?,
            Some('u') => padded(&mut out, t.iso_day_of_week(), 1)?,
            Some('b') => out.push_str(&MONTHS[(t.month - 1) as usize][..3]),
            Some('B') => out.push_str(MONTHS[(t.month - 1) as usize]),
            Some('z') => {
                // ±hhmm, the hours and minutes each truncated toward zero.
                out.push(if t.offset < 0 { '-' } else { '+' });
                padded(&mut out, (t.offset / 3600).abs(), 2)?;
                padded(&mut out, (t.offset / 60).abs() % 60, 2)?;
            }
            Some('Z') => out.push_str(&(t.offset / 60).to_string()),
            // `validate` rejects anything else.
            other => {
                return Err(Error::internal(format!(
                    "unvalidated $dateToString format specifier {other:?}"
                )))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::zone::{days_from_civil, SECS_PER_DAY};
    use super::*;

    fn ms(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64, milli: i64) -> i64 {
        (days_from_civil(y, mo, d) * SECS_PER_DAY + h * 3600 + mi * 60 + s) * 1000 + milli
    }

    #[test]
    fn formats_in_zones() {
        let july = ms(2017, 7, 4, 14, 56, 42, 911);
        let full = "%Y-%m-%d %H:%M:%S.%L %z (%Z minutes)";
        let cases: &[(&str, i64, &str, &str)] = &[
            (
                "UTC",
                july,
                full,
                "2017-07-04 14:56:42.911 +0000 (0 minutes)",
            ),
            (
                "Europe/London",
                july,
                full,
                "2017-07-04 15:56:42.911 +0100 (60 minutes)",
            ),
            (
                "America/New_York",
                july,
                full,
                "2017-07-04 10:56:42.911 -0400 (-240 minutes)",
            ),
            (
                "Asia/Kathmandu",
                july,
                full,
                "2017-07-04 20:41:42.911 +0545 (345 minutes)",
            ),
            (
                "Asia/Kolkata",
                july,
                full,
                "2017-07-04 20:26:42.911 +0530 (330 minutes)",
            ),
            (
                "-03:30",
                july,
                full,
                "2017-07-04 11:26:42.911 -0330 (-210 minutes)",
            ),
            // Local mean time before standard zones: offsets in seconds.
            (
                "America/Caracas",
                ms(1900, 7, 10, 11, 41, 22, 418),
                "%Y-%m-%d %H:%M:%S %z (%Z minutes)",
                "1900-07-10 07:13:42 -0427 (-267 minutes)",
            ),
            // New York across the spring-forward gap and the fall-back hour.
            (
                "America/New_York",
                ms(2020, 3, 8, 6, 59, 59, 0),
                "%H:%M:%S %z",
                "01:59:59 -0500",
            ),
            (
                "America/New_York",
                ms(2020, 3, 8, 7, 0, 0, 0),
                "%H:%M:%S %z",
                "03:00:00 -0400",
            ),
            (
                "America/New_York",
                ms(2020, 11, 1, 5, 30, 0, 0),
                "%H:%M %Z",
                "01:30 -240",
            ),
            (
                "America/New_York",
                ms(2020, 11, 1, 6, 30, 0, 0),
                "%H:%M %Z",
                "01:30 -300",
            ),
            (
                "Europe/Berlin",
                ms(2021, 3, 28, 1, 0, 0, 0),
                "%H:%M %z",
                "03:00 +0200",
            ),
            (
                "Europe/Berlin",
                ms(2021, 10, 31, 1, 0, 0, 0),
                "%H:%M %z",
                "02:00 +0100",
            ),
            // Week numbers, ISO weeks, day numbers and month names.
            (
                "UTC",
                ms(2017, 1, 1, 15, 8, 51, 911),
                "%Y-W%w-%U, ISO: %G-W%u-%V, day %j",
                "2017-W1-01, ISO: 2016-W7-52, day 001",
            ),
            (
                "UTC",
                ms(2017, 12, 4, 0, 0, 0, 0),
                "%b (%B) %d, %Y 100%%",
                "Dec (December) 04, 2017 100%",
            ),
            (
                "UTC",
                ms(1969, 12, 31, 23, 59, 59, 1),
                "%Y-%m-%dT%H:%M:%S.%L",
                "1969-12-31T23:59:59.001",
            ),
        ];
        for (zone, date, format, want) in cases {
            validate(format, TO_STRING_SPECIFIERS).unwrap();
            let zone = Zone::parse(zone).unwrap();
            assert_eq!(format_date(zone, *date, format).unwrap(), *want, "{format}");
        }
    }

    #[test]
    fn rejects_bad_formats_and_years() {
        let cases: &[(&str, &[u8], i32)] = &[
            ("%", TO_STRING_SPECIFIERS, 18535),
            ("abc%", TO_STRING_SPECIFIERS, 18535),
            ("%n", TO_STRING_SPECIFIERS, 18536),
            ("%w", FROM_STRING_SPECIFIERS, 18536),
            ("%U", FROM_STRING_SPECIFIERS, 18536),
        ];
        for (format, allowed, code) in cases {
            let err = validate(format, allowed).unwrap_err();
            assert_eq!(err.code.code(), *code, "{format}");
        }
        assert!(validate("%%%Y", TO_STRING_SPECIFIERS).is_ok());
        let err = format_date(Zone::Utc, ms(10000, 1, 1, 0, 0, 0, 0), "%Y").unwrap_err();
        assert_eq!(err.code.code(), 18537);
        assert!(err.message.ends_with("0-9999: 10000"), "{}", err.message);
        assert_eq!(
            format_date(Zone::Utc, ms(10000, 1, 1, 0, 0, 0, 0), "%m-%d").unwrap(),
            "01-01"
        );
    }
}
