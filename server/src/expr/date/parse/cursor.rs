//! Reading numbers, month names and zones out of date strings the way
//! timelib's helpers do: numbers skip whatever precedes them, and the end of
//! the text behaves like C's NUL terminator.
//!
//! Used by both of `$dateFromString`'s parsers (`free_form.rs`,
//! `with_format.rs`).

use super::StrZone;

/// A cursor over bytes that reads like timelib's helpers: numbers skip
/// whatever precedes them, and the end behaves like C's NUL terminator.
pub(super) struct Cursor<'a> {
    pub b: &'a [u8],
    pub p: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn peek(&self) -> u8 {
        self.b.get(self.p).copied().unwrap_or(0)
    }

    pub(super) fn at_end(&self) -> bool {
        self.p >= self.b.len()
    }

    /// Up to `max` digits after skipping non-digits; `None` at the end.
    pub(super) fn number(&mut self, max: usize) -> Option<(i64, usize)> {
        while !self.peek().is_ascii_digit() {
            if self.at_end() {
                return None;
            }
            self.p += 1;
        }
        let start = self.p;
        while self.peek().is_ascii_digit() && self.p - start < max {
            self.p += 1;
        }
        let digits = std::str::from_utf8(&self.b[start..self.p]).ok()?;
        Some((digits.parse().unwrap_or(i64::MAX), self.p - start))
    }

    pub(super) fn nr(&mut self, max: usize) -> Option<i64> {
        self.number(max).map(|(n, _)| n)
    }

    /// A number with any run of signs before it (each '-' flips it).
    pub(super) fn signed_nr(&mut self, max: usize) -> i64 {
        while !matches!(self.peek(), b'0'..=b'9' | b'+' | b'-') {
            if self.at_end() {
                return 0;
            }
            self.p += 1;
        }
        let mut negative = false;
        while matches!(self.peek(), b'+' | b'-') {
            negative ^= self.peek() == b'-';
            self.p += 1;
        }
        let n = self.nr(max).unwrap_or(0);
        if negative {
            -n
        } else {
            n
        }
    }

    /// A fraction of a second ('.' and digits) in microseconds.
    pub(super) fn fraction(&mut self) -> i64 {
        while !matches!(self.peek(), b'.' | b':' | b'0'..=b'9') {
            if self.at_end() {
                return 0;
            }
            self.p += 1;
        }
        let start = self.p;
        while matches!(self.peek(), b'.' | b':' | b'0'..=b'9') {
            self.p += 1;
        }
        let digits: String = self.b[start + 1..self.p]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .map(|&c| c as char)
            .collect();
        let value: f64 = digits.parse().unwrap_or(0.0);
        (value * 10f64.powi(7 - (self.p - start) as i32)) as i64
    }

    pub(super) fn word(&mut self, allowed: impl Fn(u8) -> bool) -> &'a str {
        let start = self.p;
        while allowed(self.peek()) && !self.at_end() {
            self.p += 1;
        }
        std::str::from_utf8(&self.b[start..self.p]).unwrap_or("")
    }

    /// A month name (or Roman numeral) at the cursor, 0 if none.
    pub(super) fn month_here(&mut self) -> i64 {
        lookup_month(self.word(|c| c.is_ascii_alphabetic()))
    }

    /// timelib_get_month: separators, then a month name.
    pub(super) fn month(&mut self) -> i64 {
        while matches!(self.peek(), b' ' | b'\t' | b'-' | b'.' | b'/') {
            self.p += 1;
        }
        self.month_here()
    }

    pub(super) fn skip_day_suffix(&mut self) {
        let rest = &self.b[self.p.min(self.b.len())..];
        if rest.len() >= 2
            && ["nd", "rd", "st", "th"]
                .iter()
                .any(|s| rest[..2].eq_ignore_ascii_case(s.as_bytes()))
        {
            self.p += 2;
        }
    }

    pub(super) fn eat_spaces(&mut self) {
        loop {
            let rest = &self.b[self.p.min(self.b.len())..];
            if rest.first().is_some_and(|&c| c == b' ' || c == b'\t') {
                self.p += 1;
            } else if rest.starts_with("\u{202f}".as_bytes()) {
                self.p += 3;
            } else if rest.starts_with("\u{a0}".as_bytes()) {
                self.p += 2;
            } else {
                return;
            }
        }
    }

    /// The hour correction of "am"/"pm" after an hour.
    pub(super) fn meridian(&mut self, hour: i64) -> i64 {
        while !matches!(self.peek(), b'a' | b'A' | b'p' | b'P') {
            if self.at_end() {
                return 0;
            }
            self.p += 1;
        }
        let adjust = if matches!(self.peek(), b'a' | b'A') {
            if hour == 12 {
                -12
            } else {
                0
            }
        } else if hour != 12 {
            12
        } else {
            0
        };
        self.p += 1;
        for expected in [b'.', b'm', b'.'] {
            if self.peek().eq_ignore_ascii_case(&expected) {
                self.p += 1;
            }
        }
        adjust
    }

    /// timelib_parse_zone: an offset ("+05:30", "GMT-8") or an
    /// abbreviation ("CEST", "Z"). `None` when nothing known is there.
    pub(super) fn zone(&mut self) -> Option<StrZone> {
        let mut parens = 0;
        while matches!(self.peek(), b' ' | b'\t' | b'(') {
            parens += usize::from(self.peek() == b'(');
            self.p += 1;
        }
        let rest = &self.b[self.p.min(self.b.len())..];
        if rest.starts_with(b"GMT") && matches!(rest.get(3), Some(b'+' | b'-')) {
            self.p += 3;
        }
        let found = match self.peek() {
            b'+' => {
                self.p += 1;
                self.zone_correction().map(StrZone::Offset)
            }
            b'-' => {
                self.p += 1;
                self.zone_correction().map(|o| StrZone::Offset(-o))
            }
            _ => {
                let word = self
                    .word(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'_' | b'-' | b'+'));
                // Abbreviations are shorter than six characters; zone
                // identifiers are never looked up (mongod refuses them).
                if word.len() < 6 {
                    lookup_abbreviation(word)
                        .map(|offset| StrZone::Abbr(word.to_ascii_uppercase(), offset))
                } else {
                    None
                }
            }
        };
        while parens > 0 && self.peek() == b')' {
            self.p += 1;
            parens -= 1;
        }
        found
    }

    /// The digits of an offset after its sign: H, HH, H:MM, HHMM, HH:MM,
    /// HHMMSS or HH:MM:SS, in seconds.
    pub(super) fn zone_correction(&mut self) -> Option<i64> {
        let start = self.p;
        while self.peek().is_ascii_digit() || self.peek() == b':' {
            self.p += 1;
        }
        let s = &self.b[start..self.p];
        // C's strtol: the leading digits.
        let num = |from: usize| -> i64 {
            s[from.min(s.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .fold(0i64, |n, &c| n * 10 + i64::from(c - b'0'))
        };
        match s.len() {
            1 | 2 => Some(num(0) * 3600),
            3 | 4 if s[1] == b':' => Some(num(0) * 3600 + num(2) * 60),
            3 | 4 if s[2] == b':' => Some(num(0) * 3600 + num(3) * 60),
            3 | 4 => Some(num(0) / 100 * 3600 + num(0) % 100 * 60),
            5 if s[2] == b':' => Some(num(0) * 3600 + num(3) * 60),
            6 => {
                let n = num(0);
                Some(n / 10000 * 3600 + n / 100 % 100 * 60 + n % 100)
            }
            8 if s[2] == b':' && s[5] == b':' => Some(num(0) * 3600 + num(3) * 60 + num(6)),
            _ => None,
        }
    }

    /// timelib_parse_tz_minutes: a signed number of minutes.
    pub(super) fn zone_minutes(&mut self) -> Option<i64> {
        let sign = match self.peek() {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        self.p += 1;
        let start = self.p;
        while self.peek().is_ascii_digit() {
            self.p += 1;
        }
        let minutes = self.b[start..self.p].iter().fold(0i64, |n, &c| {
            n.saturating_mul(10).saturating_add(i64::from(c - b'0'))
        });
        Some(sign * minutes.saturating_mul(60))
    }
}

fn lookup_month(word: &str) -> i64 {
    #[rustfmt::skip]
    const NAMES: [(&str, i64); 37] = [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("may", 5),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
        ("january", 1),
        ("february", 2),
        ("march", 3),
        ("april", 4),
        ("june", 6),
        ("july", 7),
        ("august", 8),
        ("september", 9),
        ("october", 10),
        ("november", 11),
        ("december", 12),
        ("i", 1),
        ("ii", 2),
        ("iii", 3),
        ("iv", 4),
        ("v", 5),
        ("vi", 6),
        ("vii", 7),
        ("viii", 8),
        ("ix", 9),
        ("x", 10),
        ("xi", 11),
        ("xii", 12),
        ("", 0),
    ];
    NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map_or(0, |&(_, n)| n)
}

/// timelib's abbreviation table (the first entry of each name), as offsets
/// east of UTC in seconds; "utc" and "gmt" are UTC.
fn lookup_abbreviation(word: &str) -> Option<i64> {
    #[rustfmt::skip]
    const ABBREVIATIONS: &[(&str, i64)] = &[
        ("acdt", 37800), ("acst", 34200), ("addt", -7200), ("adt", -10800),
        ("aedt", 39600), ("aest", 36000), ("ahdt", -32400), ("ahst", -36000),
        ("akdt", -28800), ("akst", -32400), ("amt", -13840), ("apt", -10800),
        ("ast", -14400), ("awdt", 32400), ("awst", 28800), ("awt", -10800),
        ("bdst", 7200), ("bdt", -36000), ("bmt", -14309), ("bst", 3600),
        ("cast", 34200), ("cat", 7200), ("cddt", -14400), ("cdt", -18000),
        ("cemt", 10800), ("cest", 7200), ("cet", 3600), ("cmt", -15408),
        ("cpt", -18000), ("cst", -21600), ("cwt", -18000), ("chst", 36000),
        ("dmt", -1521), ("eat", 10800), ("eddt", -10800), ("edt", -14400),
        ("eest", 10800), ("eet", 7200), ("emt", -26248), ("ept", -14400),
        ("est", -18000), ("ewt", -14400), ("ffmt", -14660), ("fmt", -4056),
        ("gdt", 39600), ("gmt", 0), ("gst", 36000), ("hdt", -34200),
        ("hkst", 32400), ("hkt", 28800), ("hmt", -19776), ("hpt", -34200),
        ("hst", -36000), ("hwt", -34200), ("iddt", 14400), ("idt", 10800),
        ("imt", 25025), ("ist", 7200), ("jdt", 36000), ("jmt", 8440),
        ("jst", 32400), ("kdt", 36000), ("kmt", 5736), ("kst", 30600),
        ("lst", 9394), ("mddt", -18000), ("mdst", 16279), ("mdt", -21600),
        ("mest", 7200), ("met", 3600), ("mmt", 9017), ("mpt", -21600),
        ("msd", 14400), ("msk", 10800), ("mst", -25200), ("mwt", -21600),
        ("nddt", -5400), ("ndt", -9052), ("npt", -9000), ("nst", -12600),
        ("nwt", -9000), ("nzdt", 46800), ("nzmt", 41400), ("nzst", 43200),
        ("pddt", -21600), ("pdt", -25200), ("pkst", 21600), ("pkt", 18000),
        ("plmt", 25590), ("pmt", -13236), ("ppmt", -17340), ("ppt", -25200),
        ("pst", -28800), ("pwt", -25200), ("qmt", -18840), ("rmt", 5794),
        ("sast", 7200), ("sdmt", -16800), ("sjmt", -20173), ("smt", -13884),
        ("sst", -39600), ("tbmt", 10751), ("tmt", 12344), ("uct", 0),
        ("utc", 0), ("wast", 7200), ("wat", 3600), ("wemt", 7200),
        ("west", 3600), ("wet", 0), ("wib", 25200), ("wita", 28800),
        ("wit", 32400), ("wmt", 5040), ("yddt", -25200), ("ydt", -28800),
        ("ypt", -28800), ("yst", -32400), ("ywt", -28800),
        // Military zones.
        ("a", 3600), ("b", 7200), ("c", 10800), ("d", 14400), ("e", 18000),
        ("f", 21600), ("g", 25200), ("h", 28800), ("i", 32400), ("k", 36000),
        ("l", 39600), ("m", 43200), ("n", -3600), ("o", -7200), ("p", -10800),
        ("q", -14400), ("r", -18000), ("s", -21600), ("t", -25200),
        ("u", -28800), ("v", -32400), ("w", -36000), ("x", -39600),
        ("y", -43200), ("z", 0),
    ];
    ABBREVIATIONS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, offset)| offset)
}

/// A weekday name at the cursor: 0 (Sunday) to 6; "weekday" counts as 1
/// like timelib's table has it.
pub(super) fn lookup_weekday(word: &str) -> Option<i64> {
    let w = word.to_ascii_lowercase();
    let w = w.trim_end_matches('s');
    if w == "weekday" {
        return Some(1);
    }
    ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        .iter()
        .position(|d| w.starts_with(d))
        .map(|i| i as i64)
}
