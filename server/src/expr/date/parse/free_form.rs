//! timelib's free-form date parser: at each position the longest rule that
//! matches wins (the first listed on a tie), and its action fills in the
//! fields the way timelib's does.
//!
//! Part of `$dateFromString` (`date/parse.rs`), used when no format is
//! given; the date operators call it from the expression evaluator.

mod rules;

use super::super::zone::{days_from_civil, days_from_iso};
use super::cursor::{lookup_weekday, Cursor};
use super::{process_year, valid_date, Parsed, StrZone};
use rules::{rules, Rule};

/// The longest rule matching at the start of `rest` (the first on a tie).
fn best_rule(rest: &str) -> Option<(Rule, usize)> {
    let mut best: Option<(Rule, usize)> = None;
    for (rule, re) in rules() {
        if let Ok(Some(m)) = re.find(rest) {
            let len = m.end();
            if len > 0 && best.is_none_or(|(_, l)| len > l) {
                best = Some((*rule, len));
            }
        }
    }
    best
}

pub(super) fn parse(text: &str) -> Parsed {
    let mut p = Parsed::default();
    if text.is_empty() {
        p.error(0, "Empty string");
        return p;
    }
    let mut pos = 0;
    while pos < text.len() {
        let rest = &text[pos..];
        match best_rule(rest) {
            Some((rule, len)) => {
                apply(&mut p, rule, &rest.as_bytes()[..len], pos);
                pos += len;
            }
            None => {
                p.error(pos, "Unexpected character");
                pos += rest.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    let end = text.len();
    if p.have_time > 0 {
        let valid = match (p.h, p.i, p.s) {
            (Some(h), Some(i), Some(s)) => {
                (0..24).contains(&h) && (0..60).contains(&i) && (0..60).contains(&s)
            }
            _ => false,
        };
        if !valid {
            p.warning(end, "The parsed time was invalid");
        }
    }
    if p.have_date && !valid_date(p.y, p.m, p.d) {
        p.warning(end, "The parsed date was invalid");
    }
    p
}

/// Applies one free-form rule to its matched text (`tok`, found at `pos`).
fn apply(p: &mut Parsed, rule: Rule, tok: &[u8], pos: usize) {
    let mut c = Cursor { b: tok, p: 0 };
    match rule {
        Rule::Skip | Rule::Now => {}
        Rule::Yesterday
        | Rule::Tomorrow
        | Rule::Midnight
        | Rule::Noon
        | Rule::Timestamp
        | Rule::TimestampMs => apply_keyword(p, rule, tok, &mut c, pos),
        Rule::Time12 | Rule::MsSqlTime | Rule::Time24 | Rule::GnuNoColon | Rule::IsoNoColon => {
            apply_time(p, rule, &mut c, pos);
        }
        Rule::American
        | Rule::IsoDate4
        | Rule::IsoDate2
        | Rule::GnuDateShort
        | Rule::GnuDateShorter
        | Rule::PgYearDay
        | Rule::PointedDate4
        | Rule::PointedDate2
        | Rule::DateNoColon
        | Rule::IsoWeekDay
        | Rule::IsoWeek => apply_numeric_date(p, rule, &mut c, pos),
        Rule::DateFull
        | Rule::DateNoDay
        | Rule::DateNoDayRev
        | Rule::DateTextual
        | Rule::PgTextShort
        | Rule::DateNoYearRev
        | Rule::PgTextReverse => apply_textual_date(p, rule, &mut c, pos),
        Rule::XmlRpc | Rule::Clf | Rule::ShortDateTime12 | Rule::ShortDateTime => {
            apply_date_time(p, rule, &mut c, pos);
        }
        Rule::Year4
        | Rule::Ago
        | Rule::DayText
        | Rule::MonthText
        | Rule::TimeZone
        | Rule::Relative => apply_word(p, rule, &mut c, pos),
    }
}

/// Keywords and `@` timestamps.
fn apply_keyword(p: &mut Parsed, rule: Rule, tok: &[u8], c: &mut Cursor, pos: usize) {
    match rule {
        Rule::Yesterday | Rule::Tomorrow => {
            p.unhave_time();
            p.rel.d = if rule == Rule::Yesterday { -1 } else { 1 };
        }
        Rule::Midnight => p.unhave_time(),
        Rule::Noon => {
            p.unhave_time();
            p.have_time(pos);
            p.h = Some(12);
        }
        Rule::Timestamp | Rule::TimestampMs => {
            p.have_date = false;
            p.unhave_time();
            if !p.have_zone(pos) {
                return;
            }
            let negative = tok.get(1) == Some(&b'-');
            let secs = c.signed_nr(24);
            let mut us = 0;
            if rule == Rule::TimestampMs {
                let before = c.p;
                us = c.nr(6).unwrap_or(0) * 10i64.pow(7u32.saturating_sub((c.p - before) as u32));
                if negative {
                    us = -us;
                }
            }
            (p.y, p.m, p.d) = (Some(1970), Some(1), Some(1));
            p.rel.s += secs;
            p.rel.us += us;
            p.zone = Some(StrZone::Offset(0));
        }
        _ => unreachable!("{rule:?} is not handled here"),
    }
}

/// Times of day.
fn apply_time(p: &mut Parsed, rule: Rule, c: &mut Cursor, pos: usize) {
    match rule {
        Rule::Time12 | Rule::MsSqlTime => {
            if !p.have_time(pos) {
                return;
            }
            p.h = c.nr(2);
            if rule == Rule::MsSqlTime {
                p.i = c.nr(2);
                if matches!(c.peek(), b':' | b'.') {
                    p.s = c.nr(2);
                    if matches!(c.peek(), b':' | b'.') {
                        p.us = Some(c.fraction());
                    }
                }
            } else if matches!(c.peek(), b':' | b'.') {
                p.i = c.nr(2);
                if matches!(c.peek(), b':' | b'.') {
                    p.s = c.nr(2);
                }
            }
            c.eat_spaces();
            let hour = p.h.unwrap_or(0);
            p.h = Some(hour + c.meridian(hour));
        }
        Rule::Time24 => {
            if !p.have_time(pos) {
                return;
            }
            p.h = c.nr(2);
            if matches!(c.peek(), b':' | b'.') {
                p.i = c.nr(2);
                if matches!(c.peek(), b':' | b'.') {
                    p.s = c.nr(2);
                    if c.peek() == b'.' {
                        p.us = Some(c.fraction());
                    }
                }
            }
        }
        Rule::GnuNoColon => match p.have_time {
            0 => {
                p.h = c.nr(2);
                p.i = c.nr(2);
                p.s = Some(0);
                p.have_time += 1;
            }
            1 => {
                p.y = c.nr(4);
                p.have_time += 1;
            }
            _ => p.error(pos, "Double time specification"),
        },
        Rule::IsoNoColon => {
            if p.have_time(pos) {
                p.h = c.nr(2);
                p.i = c.nr(2);
                p.s = c.nr(2);
            }
        }
        _ => unreachable!("{rule:?} is not handled here"),
    }
}

/// Dates written in digits (and ISO week dates).
fn apply_numeric_date(p: &mut Parsed, rule: Rule, c: &mut Cursor, pos: usize) {
    match rule {
        Rule::American => {
            if p.have_date(pos) {
                p.m = c.nr(2);
                p.d = c.nr(2);
                if c.peek() == b'/' {
                    let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                    p.y = process_year(y, len);
                }
            }
        }
        Rule::IsoDate4 => {
            if p.have_date(pos) {
                p.y = Some(c.signed_nr(4));
                p.m = c.nr(2);
                p.d = c.nr(2);
            }
        }
        Rule::IsoDate2 | Rule::GnuDateShort | Rule::GnuDateShorter | Rule::PgYearDay => {
            if p.have_date(pos) {
                let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                p.y = process_year(y, len);
                match rule {
                    Rule::GnuDateShorter => {
                        p.m = c.nr(2);
                        p.d = Some(1);
                    }
                    Rule::PgYearDay => {
                        p.d = c.nr(3);
                        p.m = Some(1);
                    }
                    _ => {
                        p.m = c.nr(2);
                        p.d = c.nr(2);
                    }
                }
            }
        }
        Rule::PointedDate4 | Rule::PointedDate2 => {
            if p.have_date(pos) {
                p.d = c.nr(2);
                p.m = c.nr(2);
                if rule == Rule::PointedDate4 {
                    p.y = c.nr(4);
                } else {
                    let (y, len) = c.number(2).map_or((None, 0), |(y, l)| (Some(y), l));
                    p.y = process_year(y, len);
                }
            }
        }
        Rule::DateNoColon => {
            if p.have_date(pos) {
                p.y = c.nr(4);
                p.m = c.nr(2);
                p.d = c.nr(2);
            }
        }
        Rule::IsoWeekDay | Rule::IsoWeek => {
            if p.have_date(pos) {
                let y = c.nr(4).unwrap_or(0);
                let week = c.nr(2).unwrap_or(0);
                let day = if rule == Rule::IsoWeekDay {
                    c.nr(1).unwrap_or(0)
                } else {
                    1
                };
                (p.y, p.m, p.d) = (Some(y), Some(1), Some(1));
                p.rel.d = days_from_iso(y, week, day) - days_from_civil(y, 1, 1);
            }
        }
        _ => unreachable!("{rule:?} is not handled here"),
    }
}

/// Dates with a month name.
fn apply_textual_date(p: &mut Parsed, rule: Rule, c: &mut Cursor, pos: usize) {
    match rule {
        Rule::DateFull => {
            if p.have_date(pos) {
                p.d = c.nr(2);
                c.skip_day_suffix();
                p.m = Some(c.month());
                let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                p.y = process_year(y, len);
            }
        }
        Rule::DateNoDay | Rule::DateNoDayRev => {
            if p.have_date(pos) {
                let (y, len, m);
                if rule == Rule::DateNoDay {
                    m = c.month();
                    (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                } else {
                    (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                    m = c.month();
                }
                p.m = Some(m);
                p.y = process_year(y, len);
                p.d = Some(1);
            }
        }
        Rule::DateTextual | Rule::PgTextShort => {
            if p.have_date(pos) {
                p.m = Some(c.month());
                p.d = c.nr(2);
                let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                p.y = process_year(y, len);
            }
        }
        Rule::DateNoYearRev => {
            if p.have_date(pos) {
                p.d = c.nr(2);
                c.skip_day_suffix();
                p.m = Some(c.month());
            }
        }
        Rule::PgTextReverse => {
            if p.have_date(pos) {
                let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                p.y = process_year(y, len);
                p.m = Some(c.month());
                p.d = c.nr(2);
            }
        }
        _ => unreachable!("{rule:?} is not handled here"),
    }
}

/// A date and a time in one token.
fn apply_date_time(p: &mut Parsed, rule: Rule, c: &mut Cursor, pos: usize) {
    match rule {
        Rule::XmlRpc => {
            if p.have_time(pos) && p.have_date(pos) {
                p.y = c.nr(4);
                p.m = c.nr(2);
                p.d = c.nr(2);
                p.h = c.nr(2);
                p.i = c.nr(2);
                p.s = c.nr(2);
            }
        }
        Rule::Clf => {
            if p.have_time(pos) && p.have_date(pos) {
                p.d = c.nr(2);
                p.m = Some(c.month());
                p.y = c.nr(4);
                p.h = c.nr(2);
                p.i = c.nr(2);
                p.s = c.nr(2);
                c.eat_spaces();
                match c.zone() {
                    Some(z) => p.zone = Some(z),
                    None => p.zone_error(pos),
                }
            }
        }
        Rule::ShortDateTime12 | Rule::ShortDateTime => {
            if !p.have_date(pos) {
                return;
            }
            p.m = Some(c.month());
            p.d = c.nr(2);
            if !p.have_time(pos) {
                return;
            }
            p.h = c.nr(2);
            p.i = c.nr(2);
            let twelve = rule == Rule::ShortDateTime12;
            if c.peek() == b':' || (twelve && c.peek() == b'.') {
                p.s = c.nr(2);
                if c.peek() == b'.' {
                    p.us = Some(c.fraction());
                }
            }
            if twelve {
                let hour = p.h.unwrap_or(0);
                p.h = Some(hour + c.meridian(hour));
            } else if !c.at_end() {
                match c.zone() {
                    Some(z) => p.zone = Some(z),
                    None => p.zone_error(pos),
                }
            }
        }
        _ => unreachable!("{rule:?} is not handled here"),
    }
}

/// Years alone, "ago", weekday and month names, zones and relative
/// amounts.
fn apply_word(p: &mut Parsed, rule: Rule, c: &mut Cursor, pos: usize) {
    match rule {
        Rule::Year4 => p.y = c.nr(4),
        Rule::Ago => {
            let r = &mut p.rel;
            (r.y, r.m, r.d, r.h, r.i, r.s) = (-r.y, -r.m, -r.d, -r.h, -r.i, -r.s);
            if let Some((weekday, behavior)) = p.weekday {
                p.weekday = Some((if weekday == 0 { -7 } else { -weekday }, behavior));
            }
        }
        Rule::DayText => {
            p.unhave_time();
            let word = c.word(|b| {
                !matches!(
                    b,
                    b' ' | b',' | b'\t' | b';' | b':' | b'/' | b'.' | b'-' | b'(' | b')'
                )
            });
            if let Some(weekday) = lookup_weekday(word) {
                p.weekday = Some((weekday, 1));
            }
        }
        Rule::MonthText => p.m = Some(c.month_here()),
        Rule::TimeZone => {
            if !p.have_zone(pos) {
                return;
            }
            c.eat_spaces();
            match c.zone() {
                Some(z) => p.zone = Some(z),
                None => p.zone_error(pos),
            }
        }
        Rule::Relative => {
            while !c.at_end() {
                let amount = c.signed_nr(24);
                c.eat_spaces();
                let unit = c
                    .word(|b| {
                        !matches!(
                            b,
                            b' ' | b',' | b'\t' | b';' | b':' | b'/' | b'.' | b'-' | b'(' | b')'
                        )
                    })
                    .to_ascii_lowercase();
                let r = &mut p.rel;
                match unit.trim_end_matches('s') {
                    "m" | "msec" | "millisecond" => r.us += amount * 1000,
                    "µ" | "µsec" | "usec" | "microsecond" => r.us += amount,
                    "sec" | "second" => r.s += amount,
                    "min" | "minute" => r.i += amount,
                    "hour" => r.h += amount,
                    "day" => r.d += amount,
                    "week" => r.d += amount * 7,
                    "fortnight" | "forthnight" => r.d += amount * 14,
                    "month" => r.m += amount,
                    "year" => r.y += amount,
                    _ => {}
                }
            }
        }
        _ => unreachable!("{rule:?} is not handled here"),
    }
}
