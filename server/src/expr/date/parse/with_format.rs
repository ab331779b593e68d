//! timelib's format-driven parser with mongod's specifiers (%Y %m %d %H %M
//! %S %L %j %b %B %G %V %u %z %Z and %%).
//!
//! Part of `$dateFromString` (`date/parse.rs`), used when a format is given;
//! the date operators call it from the expression evaluator.

use super::super::zone::{civil_from_days, days_from_civil, days_from_iso};
use super::cursor::Cursor;
use super::{valid_date, Parsed, StrZone};

/// The ISO week-date parts (%G, %V, %u), combined into a date at the end.
#[derive(Default)]
struct IsoParts {
    year: Option<i64>,
    week: Option<i64>,
    day: Option<i64>,
}

pub(super) fn parse(text: &str, format: &str) -> Parsed {
    let mut p = Parsed::default();
    let s = text.as_bytes();
    let f = format.as_bytes();
    let mut c = Cursor { b: s, p: 0 };
    let mut fp = 0;
    let mut prefix_found = false;
    let mut iso = IsoParts::default();
    while fp < f.len() && !c.at_end() {
        let begin = c.p;
        let fc = f[fp];
        if (!prefix_found && fc != b'%') || (prefix_found && fc == b'%') {
            if fc != c.peek() {
                p.error(begin, "Format literal not found");
            }
            c.p += 1;
            fp += 1;
            prefix_found = false;
            continue;
        }
        if fc == b'%' {
            fp += 1;
            prefix_found = true;
            continue;
        }
        prefix_found = false;
        specifier(&mut p, &mut c, fc, begin, &mut iso);
        fp += 1;
    }
    if !c.at_end() {
        p.error(c.p, "Trailing data");
    }
    if fp < f.len() {
        p.error(c.p, "Not enough data available to satisfy format");
    }
    complete(&mut p, c.p, &iso);
    p
}

/// Reads the text for one specifier `fc` (found at `begin`).
fn specifier(p: &mut Parsed, c: &mut Cursor, fc: u8, begin: usize, iso: &mut IsoParts) {
    match fc {
        b'd' | b'j' | b'm' | b'b' | b'B' | b'Y' => date_specifier(p, c, fc, begin),
        b'H' | b'M' | b'S' | b'L' => time_specifier(p, c, fc, begin),
        b'G' | b'V' | b'u' => iso_specifier(p, c, fc, begin, iso),
        b'z' | b'Z' => zone_specifier(p, c, fc, begin),
        _ => {
            if fc != c.peek() {
                p.error(begin, "The format separator does not match");
            }
            c.p += 1;
        }
    }
}

/// A digit must come next for the numeric specifiers (timelib complains,
/// then reads past whatever is there anyway).
fn check_number(p: &mut Parsed, c: &Cursor, begin: usize) {
    if !c.peek().is_ascii_digit() {
        p.error(begin, "Unexpected data found.");
    }
}

/// %d, %j, %m, %b / %B and %Y.
fn date_specifier(p: &mut Parsed, c: &mut Cursor, fc: u8, begin: usize) {
    match fc {
        b'd' => {
            check_number(p, c, begin);
            match c.nr(2) {
                Some(d) => p.d = Some(d),
                None => p.error(begin, "A two digit day could not be found"),
            }
        }
        b'j' => {
            check_number(p, c, begin);
            if p.y.is_none() {
                p.error(
                    begin,
                    "A 'day of year' can only come after a year has been found",
                );
            }
            match c.nr(3) {
                // timelib's day of year counts from 0 (PHP's "z"), so
                // mongod's %j lands one day later than the number.
                Some(day) => {
                    if let Some(y) = p.y {
                        let (yy, mm, dd) = civil_from_days(days_from_civil(y, 1, 1) + day);
                        (p.y, p.m, p.d) = (Some(yy), Some(mm), Some(dd));
                    }
                }
                None => p.error(begin, "A three digit day-of-year could not be found"),
            }
        }
        b'm' => {
            check_number(p, c, begin);
            match c.nr(2) {
                Some(m) => p.m = Some(m),
                None => p.error(begin, "A two digit month could not be found"),
            }
        }
        b'b' | b'B' => match c.month_here() {
            0 => p.error(begin, "A textual month could not be found"),
            m => p.m = Some(m),
        },
        _ => {
            check_number(p, c, begin);
            match c.nr(4) {
                Some(y) => p.y = Some(y),
                None => p.error(begin, "A four digit year could not be found"),
            }
        }
    }
}

/// %H, %M, %S and %L.
fn time_specifier(p: &mut Parsed, c: &mut Cursor, fc: u8, begin: usize) {
    match fc {
        b'H' => {
            check_number(p, c, begin);
            match c.nr(2) {
                Some(h) => p.h = Some(h),
                None => p.error(begin, "A two digit hour could not be found"),
            }
        }
        b'M' | b'S' => {
            check_number(p, c, begin);
            match c.number(2) {
                Some((n, 2)) if fc == b'M' => p.i = Some(n),
                Some((n, 2)) => p.s = Some(n),
                _ if fc == b'M' => p.error(begin, "A two digit minute could not be found"),
                _ => p.error(begin, "A two digit second could not be found"),
            }
        }
        _ => {
            check_number(p, c, begin);
            let start = c.p;
            match c.nr(3) {
                Some(n) if c.p > start => {
                    let scale = 10i64.pow(3u32.saturating_sub((c.p - start) as u32));
                    p.us = Some(n * scale * 1000);
                }
                _ => p.error(begin, "A three digit millisecond could not be found"),
            }
        }
    }
}

/// %G, %V and %u.
fn iso_specifier(p: &mut Parsed, c: &mut Cursor, fc: u8, begin: usize, iso: &mut IsoParts) {
    match fc {
        b'G' => match c.nr(4) {
            Some(y) => iso.year = Some(y),
            None => p.error(begin, "A four digit ISO year could not be found"),
        },
        b'V' => match c.nr(2) {
            None => p.error(begin, "A two digit ISO week could not be found"),
            Some(w) if !(1..=53).contains(&w) => {
                p.error(begin, "ISO Week must be between 1 and 53");
            }
            Some(w) => iso.week = Some(w),
        },
        _ => match c.nr(1) {
            None => p.error(begin, "A single digit day of week could not be found"),
            Some(d) if !(1..=7).contains(&d) => {
                p.error(begin, "Day of week must be between 1 and 7");
            }
            Some(d) => iso.day = Some(d),
        },
    }
}

/// %z (an offset or zone name) and %Z (minutes east of UTC).
fn zone_specifier(p: &mut Parsed, c: &mut Cursor, fc: u8, begin: usize) {
    if fc == b'z' {
        match c.zone() {
            Some(z) => {
                p.zone = Some(z);
                p.have_zone = 1;
            }
            None => p.zone_error(begin),
        }
    } else {
        match c.zone_minutes() {
            Some(z) => {
                p.zone = Some(StrZone::Offset(z));
                p.have_zone = 1;
            }
            None => p.error(begin, "Invalid timezone offset in minutes"),
        }
    }
}

/// Fills in what the specifiers left unset and checks the whole: a time
/// defaults to midnight, ISO parts become a date, and invalid times and
/// dates are warnings (at `end`, where the parse stopped).
fn complete(p: &mut Parsed, end: usize, iso: &IsoParts) {
    if p.h.is_some() || p.i.is_some() || p.s.is_some() || p.us.is_some() {
        p.h.get_or_insert(0);
        p.i.get_or_insert(0);
        p.s.get_or_insert(0);
        p.us.get_or_insert(0);
    }
    let (iso_year, iso_week, iso_day) = (iso.year, iso.week, iso.day);
    let any_iso = iso_week.is_some() || iso_year.is_some() || iso_day.is_some();
    if (p.y.is_some() && any_iso)
        || (iso_year.is_some() && (p.y.is_some() || p.m.is_some() || p.d.is_some()))
    {
        p.error(end, "Mixing of ISO dates with natural dates is not allowed");
    }
    if let Some(iy) = iso_year {
        let days = days_from_iso(iy, iso_week.unwrap_or(1), iso_day.unwrap_or(1));
        let (y, m, d) = civil_from_days(days);
        (p.y, p.m, p.d) = (Some(y), Some(m), Some(d));
    } else if iso_week.is_some() || iso_day.is_some() {
        p.warning(end, "The parsed date was invalid");
    }
    if let (Some(h), Some(i), Some(s)) = (p.h, p.i, p.s) {
        if !((0..24).contains(&h) && (0..60).contains(&i) && (0..60).contains(&s)) {
            p.warning(end, "The parsed time was invalid");
        }
    }
    if p.y.is_some() && p.m.is_some() && p.d.is_some() && !valid_date(p.y, p.m, p.d) {
        p.warning(end, "The parsed date was invalid");
    }
}
