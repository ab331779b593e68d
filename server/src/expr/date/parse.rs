//! `$dateFromString`'s two parsers. mongod hands date strings to timelib:
//! without a format to its free-form parser, which recognises many shapes
//! ("2017-07-04T11:56:02.813Z", "July 4th, 2017 11am", "04-07-2017",
//! "2017-Jul-04 noon", "@1499169362", ...), and with a format to a
//! specifier-driven parser. Both are followed here rule by rule: the
//! free-form scanner takes the longest rule that matches at each position
//! (the first listed on a tie), and every problem becomes part of one
//! ConversionFailure message, as mongod reports them.
//!
//! `$dateFromString` (`date.rs`, called by the expression evaluator) calls
//! [`from_string`].

mod cursor;
mod free_form;
#[cfg(test)]
mod tests;
mod with_format;

use super::zone::{
    add_months, days_from_civil, days_in_month, weekday_from_sunday, Zone, SECS_PER_DAY,
};
use crate::error::{Error, ErrorCode, Result};

/// A zone written into the date string.
#[derive(Clone, Debug, PartialEq)]
enum StrZone {
    /// "+02:00", "GMT-0500", "@<seconds>": timelib's offset zones.
    Offset(i64),
    /// "CEST", "UTC", "Z": an abbreviation, with its offset.
    Abbr(String, i64),
}

/// One parse problem: mongod lists them all as `; <pos>: <message> '<c>'`.
#[derive(Debug)]
struct Problem {
    pos: usize,
    message: &'static str,
    /// A zone name timelib could not find; mongod words these itself.
    zone_not_found: bool,
}

/// Relative amounts ("+1 day", "tomorrow", "@<seconds>").
#[derive(Debug, Default)]
struct Rel {
    y: i64,
    m: i64,
    d: i64,
    h: i64,
    i: i64,
    s: i64,
    us: i64,
}

/// What a parser found, field by field (`None` is timelib's "unset").
#[derive(Debug, Default)]
struct Parsed {
    y: Option<i64>,
    m: Option<i64>,
    d: Option<i64>,
    h: Option<i64>,
    i: Option<i64>,
    s: Option<i64>,
    us: Option<i64>,
    have_date: bool,
    have_time: u32,
    have_zone: u32,
    zone: Option<StrZone>,
    rel: Rel,
    /// A weekday to move forward to (0 = Sunday), and timelib's behaviour.
    weekday: Option<(i64, i64)>,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Parsed {
    fn error(&mut self, pos: usize, message: &'static str) {
        self.errors.push(Problem {
            pos,
            message,
            zone_not_found: false,
        });
    }

    fn zone_error(&mut self, pos: usize) {
        self.errors.push(Problem {
            pos,
            message: "The timezone could not be found in the database",
            zone_not_found: true,
        });
    }

    fn warning(&mut self, pos: usize, message: &'static str) {
        self.warnings.push(Problem {
            pos,
            message,
            zone_not_found: false,
        });
    }

    /// timelib's HAVE_TIME: a second time is an error, the first one starts
    /// from midnight.
    fn have_time(&mut self, pos: usize) -> bool {
        if self.have_time > 0 {
            self.error(pos, "Double time specification");
            return false;
        }
        self.have_time = 1;
        self.set_midnight();
        true
    }

    fn unhave_time(&mut self) {
        self.have_time = 0;
        self.set_midnight();
    }

    fn set_midnight(&mut self) {
        self.h = Some(0);
        self.i = Some(0);
        self.s = Some(0);
        self.us = Some(0);
    }

    fn have_date(&mut self, pos: usize) -> bool {
        if self.have_date {
            self.error(pos, "Double date specification");
            return false;
        }
        self.have_date = true;
        true
    }

    /// A second zone is a warning, a third an error (both fail in mongod).
    fn have_zone(&mut self, pos: usize) -> bool {
        if self.have_zone > 0 {
            if self.have_zone > 1 {
                self.error(pos, "Double timezone specification");
            } else {
                self.warning(pos, "Double timezone specification");
            }
            self.have_zone += 1;
            return false;
        }
        self.have_zone = 1;
        true
    }
}

/// Parses a date string the way mongod's `$dateFromString` does and returns
/// the date (milliseconds since the epoch). `zone` is the `timezone`
/// argument (UTC when absent); `format` the optional format string, already
/// validated.
pub(super) fn from_string(input: &str, zone: Zone, format: Option<&str>) -> Result<i64> {
    // timelib reads C strings: everything after a NUL byte is invisible.
    let visible = input.split('\0').next().unwrap_or("");
    let (mut p, text) = match format {
        Some(f) => (
            with_format::parse(visible, f.split('\0').next().unwrap_or("")),
            visible,
        ),
        None => {
            let trimmed = visible.trim_matches(|c: char| c.is_ascii_whitespace());
            (free_form::parse(trimmed), trimmed)
        }
    };
    if !p.errors.is_empty() || !p.warnings.is_empty() {
        let mut message = format!("Error parsing date string '{input}'");
        for problem in p.errors.iter().chain(&p.warnings) {
            let what = if problem.zone_not_found {
                "passing a time zone identifier as part of the string is not allowed"
            } else {
                problem.message
            };
            // The character there (a byte position may fall inside one).
            let at = text.get(problem.pos..).and_then(|t| t.chars().next());
            message.push_str(&format!("; {}: {what} '", problem.pos));
            message.extend(at);
            message.push('\'');
        }
        return Err(conversion(message));
    }
    if p.h.is_none() && p.i.is_none() && p.s.is_none() {
        p.set_midnight();
    }
    let (Some(y), Some(m), Some(d), Some(h), Some(i), Some(s)) = (p.y, p.m, p.d, p.h, p.i, p.s)
    else {
        return Err(conversion(format!(
            "an incomplete date/time string has been found, with elements missing: \"{input}\""
        )));
    };
    if !zone.is_utc() {
        match &p.zone {
            None => {}
            Some(StrZone::Offset(_)) => {
                return Err(conversion(
                    "you cannot pass in a date/time string with GMT offset together with a timezone argument",
                ))
            }
            Some(StrZone::Abbr(abbr, _)) => {
                return Err(conversion(format!(
                    "you cannot pass in a date/time string with time zone information ('{abbr}') together with a timezone argument"
                )))
            }
        }
    }
    let mut d = d;
    if let Some((weekday, behavior)) = p.weekday {
        let (ny, nm) = add_months(y, m, 0);
        let current = weekday_from_sunday(days_from_civil(ny, nm, 1) + d - 1);
        let mut difference = weekday - current;
        if (p.rel.d < 0 && difference < 0) || (p.rel.d >= 0 && difference <= -behavior) {
            difference += 7;
        }
        d += difference;
    }
    let r = &p.rel;
    let us = i128::from(p.us.unwrap_or(0)) + i128::from(r.us);
    let (ny, nm) = add_months(y + r.y, m + r.m, 0);
    let days = i128::from(days_from_civil(ny, nm, 1)) + i128::from(d + r.d) - 1;
    let local = days * i128::from(SECS_PER_DAY)
        + i128::from(h + r.h) * 3600
        + i128::from(i + r.i) * 60
        + i128::from(s + r.s)
        + us.div_euclid(1_000_000);
    let out_of_range = || {
        conversion(format!(
            "Error parsing date string '{input}'; date out of range"
        ))
    };
    let local = i64::try_from(local).map_err(|_| out_of_range())?;
    let secs = match zone {
        Zone::Utc => match p.zone {
            Some(StrZone::Offset(z)) | Some(StrZone::Abbr(_, z)) => local - z,
            None => local,
        },
        _ => zone.to_utc(local, zone.epoch_dst()),
    };
    let ms = i128::from(secs) * 1000 + us.rem_euclid(1_000_000) / 1000;
    i64::try_from(ms).map_err(|_| out_of_range())
}

fn conversion(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::ConversionFailure, message)
}

/// timelib's two-digit-year rule: 0-69 are 20xx, 70-99 are 19xx.
fn process_year(year: Option<i64>, length: usize) -> Option<i64> {
    match year {
        Some(y) if length < 4 && y < 100 => Some(if y < 70 { y + 2000 } else { y + 1900 }),
        other => other,
    }
}

/// timelib_valid_date, where an unset field holds timelib's "unset" value
/// (a large negative number): a date without a year can still be valid.
fn valid_date(y: Option<i64>, m: Option<i64>, d: Option<i64>) -> bool {
    const UNSET: i64 = -9_999_999;
    let (y, m, d) = (y.unwrap_or(UNSET), m.unwrap_or(UNSET), d.unwrap_or(UNSET));
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}
