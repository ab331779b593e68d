//! timelib's free-form date parser: at each position the longest rule that
//! matches wins (the first listed on a tie), and its action fills in the
//! fields the way timelib's does.

use super::super::zone::{days_from_civil, days_from_iso};
use super::cursor::{lookup_weekday, Cursor};
use super::{process_year, valid_date, Parsed, StrZone};
use fancy_regex::Regex;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Rule {
    Yesterday,
    Now,
    Noon,
    Midnight,
    Tomorrow,
    Timestamp,
    TimestampMs,
    Time12,
    MsSqlTime,
    Time24,
    GnuNoColon,
    IsoNoColon,
    American,
    IsoDate4,
    IsoDate2,
    GnuDateShorter,
    GnuDateShort,
    DateFull,
    PointedDate4,
    PointedDate2,
    DateNoDay,
    DateNoDayRev,
    DateTextual,
    DateNoYearRev,
    DateNoColon,
    XmlRpc,
    PgYearDay,
    IsoWeekDay,
    IsoWeek,
    PgTextShort,
    PgTextReverse,
    Clf,
    Year4,
    Ago,
    DayText,
    MonthText,
    TimeZone,
    ShortDateTime12,
    ShortDateTime,
    Relative,
    Skip,
}

/// The rules in timelib's order (which breaks ties between equally long
/// matches), each as an anchored pattern.
fn rules() -> &'static [(Rule, Regex)] {
    static RULES: OnceLock<Vec<(Rule, Regex)>> = OnceLock::new();
    RULES.get_or_init(|| {
        let space = r"(?:[ \t]+|\x{a0}+|\x{202f}+)";
        let frac = r"\.[0-9]+";
        let hour24 = "(?:2[0-4]|[01]?[0-9])";
        let hour24lz = "(?:2[0-4]|[01][0-9])";
        let hour12 = "(?:1[0-2]|0?[1-9])";
        let minute = "[0-5]?[0-9]";
        let minutelz = "[0-5][0-9]";
        let second = "(?:60|[0-5]?[0-9])";
        let secondlz = "(?:60|[0-5][0-9])";
        let meridian = r"[AaPp]\.?[Mm]\.?(?:[\t ]|$)";
        let month = "(?:1[0-2]|0?[0-9])";
        let day = "(?:3[01]|[0-2]?[0-9])(?:st|nd|rd|th)?";
        let monthlz = "(?:1[0-2]|0[0-9])";
        let daylz = "(?:3[01]|[12][0-9]|0[0-9])";
        let dayofyear = "(?:36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9])";
        let weekofyear = "(?:5[0-3]|[1-4][0-9]|0[1-9])";
        let monthabbr = "(?i:sept|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
        let monthfull = "(?i:january|february|march|april|may|june|july|august|september|october|november|december)";
        let monthtext =
            format!("(?:{monthfull}|{monthabbr}|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)");
        let daytext =
            "(?i:(?:sun|mon|tues|wednes|thurs|fri|satur)days?|weekdays?|sun|mon|tue|wed|thu|fri|sat)";
        let tzcorrection = format!(
            "(?:GMT)?[+-](?:{hour24lz}:{minutelz}:{secondlz}|{hour24lz}{minutelz}{secondlz}|{hour24}(?::?{minute})?)"
        );
        let tz = r"(?:[A-Z][a-z]+(?:[_/-][A-Za-z]+)+|\(?[A-Za-z]{1,6}\)?)";
        let noyear = format!("{monthtext}[ .\\t-]*{day}[,.stndrh\\t ]+");
        let relunit = "(?i:milliseconds?|microseconds?|msecs?|µsecs?|usecs?|seconds?|secs?|minutes?|mins?|hours?|days?|fortnights?|forthnights?|months?|years?|weeks?|ms|µs)";
        let patterns: Vec<(Rule, String)> = vec![
            (Rule::Yesterday, "(?i:yesterday)".into()),
            (Rule::Now, "(?i:now)".into()),
            (Rule::Noon, "(?i:noon)".into()),
            (Rule::Midnight, "(?i:midnight|today)".into()),
            (Rule::Tomorrow, "(?i:tomorrow)".into()),
            (Rule::Timestamp, "@-?[0-9]+".into()),
            (Rule::TimestampMs, r"@-?[0-9]+\.[0-9]{0,6}".into()),
            (
                Rule::Time12,
                format!("{hour12}(?:[:.]{minute}[:.]{secondlz}|[:.]{minutelz})?{space}?{meridian}"),
            ),
            (
                Rule::MsSqlTime,
                format!("{hour12}:{minutelz}:{secondlz}[:.][0-9]+{meridian}"),
            ),
            (
                Rule::Time24,
                format!(
                    "[tT]?{hour24}[:.]{minute}[:.]{second}(?:{frac})?|[tT]?{hour24}[:.]{minute}|[tT]{hour24}"
                ),
            ),
            (Rule::GnuNoColon, format!("[tT]?{hour24lz}{minutelz}")),
            (Rule::IsoNoColon, format!("[tT]?{hour24lz}{minutelz}{secondlz}")),
            (Rule::American, format!("{month}/{day}/[0-9]{{1,4}}|{month}/{day}")),
            (
                Rule::IsoDate4,
                format!(
                    "[+-]?[0-9]{{4}}-{monthlz}-{daylz}|[0-9]{{4}}/{monthlz}/{daylz}/?|[0-9]{{4}}/{month}/{day}"
                ),
            ),
            (Rule::IsoDate2, format!("[0-9]{{2}}-{monthlz}-{daylz}")),
            (Rule::GnuDateShorter, format!("[0-9]{{4}}-{month}")),
            (Rule::GnuDateShort, format!("[0-9]{{1,4}}-{month}-{day}")),
            (
                Rule::DateFull,
                format!("{day}[ \\t.-]*{monthtext}[ \\t.-]*[0-9]{{1,4}}"),
            ),
            (Rule::PointedDate4, format!("{day}[.\\t-]{month}[.-][0-9]{{4}}")),
            (Rule::PointedDate2, format!("{day}[.\\t]{month}\\.[0-9]{{2}}")),
            (Rule::DateNoDay, format!("{monthtext}[ .\\t-]*[0-9]{{4}}")),
            (Rule::DateNoDayRev, format!("[0-9]{{4}}[ .\\t-]*{monthtext}")),
            (
                Rule::DateTextual,
                format!("{noyear}[0-9]{{1,4}}|{monthtext}[ .\\t-]*{day}(?:[,.stndrh\\t ]+|$)"),
            ),
            (Rule::DateNoYearRev, format!("{day}[ .\\t-]*{monthtext}")),
            (Rule::DateNoColon, format!("[0-9]{{4}}{monthlz}{daylz}")),
            (
                Rule::XmlRpc,
                format!(
                    "[0-9]{{4}}{monthlz}{daylz}(?:T{hour24}:{minutelz}:{secondlz}|[tT]{hour24}{minutelz}{secondlz})|[0-9]{{4}}:{monthlz}:{daylz} {hour24lz}:{minutelz}:{secondlz}"
                ),
            ),
            (Rule::PgYearDay, format!("[0-9]{{4}}[.-]?{dayofyear}")),
            (Rule::IsoWeekDay, format!("[0-9]{{4}}-?W{weekofyear}-?[0-7]")),
            (Rule::IsoWeek, format!("[0-9]{{4}}-?W{weekofyear}")),
            (Rule::PgTextShort, format!("{monthabbr}-{daylz}-[0-9]{{1,4}}")),
            (Rule::PgTextReverse, format!("[0-9]{{1,4}}-{monthabbr}-{daylz}")),
            (
                Rule::Clf,
                format!(
                    "{day}/{monthabbr}/[0-9]{{4}}:{hour24lz}:{minutelz}:{secondlz}{space}{tzcorrection}"
                ),
            ),
            (Rule::Year4, "[0-9]{4}".into()),
            (Rule::Ago, "(?i:ago)".into()),
            (Rule::DayText, daytext.into()),
            (Rule::MonthText, format!("(?:{monthfull}|{monthabbr})")),
            (Rule::TimeZone, format!("{tzcorrection}|{tz}")),
            (
                Rule::ShortDateTime12,
                format!(
                    "{noyear}{hour12}(?:[:.]{minute}[:.]{secondlz}|[:.]{minutelz}){space}?{meridian}"
                ),
            ),
            (
                Rule::ShortDateTime,
                format!(
                    "{noyear}[tT]?{hour24}[:.]{minute}(?:[:.]{second})?(?:{space}?(?:{tzcorrection}|{tz}))?"
                ),
            ),
            (
                Rule::Relative,
                format!("[+-]*[ \\t]*[0-9]{{1,13}}{space}?{relunit}"),
            ),
            (Rule::Skip, format!("{space}|[.,\\n]")),
        ];
        patterns
            .into_iter()
            .map(|(rule, pattern)| {
                let re = Regex::new(&format!("^(?:{pattern})"))
                    .unwrap_or_else(|e| panic!("date pattern {rule:?}: {e}"));
                (rule, re)
            })
            .collect()
    })
}

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
        Rule::DateFull => {
            if p.have_date(pos) {
                p.d = c.nr(2);
                c.skip_day_suffix();
                p.m = Some(c.month());
                let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                p.y = process_year(y, len);
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
        Rule::DateNoColon => {
            if p.have_date(pos) {
                p.y = c.nr(4);
                p.m = c.nr(2);
                p.d = c.nr(2);
            }
        }
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
        Rule::PgTextReverse => {
            if p.have_date(pos) {
                let (y, len) = c.number(4).map_or((None, 0), |(y, l)| (Some(y), l));
                p.y = process_year(y, len);
                p.m = Some(c.month());
                p.d = c.nr(2);
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
    }
}
