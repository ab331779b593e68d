//! timelib's free-form rules: one per shape of token it recognises, each an
//! anchored pattern assembled from the named pieces of timelib's own
//! scanner definitions, kept in timelib's order (which breaks ties between
//! equally long matches).
//!
//! Part of `$dateFromString`'s free-form parser (`free_form.rs`), which the
//! date operators call from the expression evaluator.

use fancy_regex::Regex;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Rule {
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

/// The named pieces timelib's rules are written with.
struct Fragments {
    space: &'static str,
    frac: &'static str,
    hour24: &'static str,
    hour24lz: &'static str,
    hour12: &'static str,
    minute: &'static str,
    minutelz: &'static str,
    second: &'static str,
    secondlz: &'static str,
    meridian: &'static str,
    month: &'static str,
    day: &'static str,
    monthlz: &'static str,
    daylz: &'static str,
    dayofyear: &'static str,
    weekofyear: &'static str,
    monthabbr: &'static str,
    monthfull: &'static str,
    monthtext: String,
    daytext: &'static str,
    tzcorrection: String,
    tz: &'static str,
    noyear: String,
    relunit: &'static str,
}

impl Fragments {
    fn new() -> Fragments {
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
        Fragments {
            space,
            frac,
            hour24,
            hour24lz,
            hour12,
            minute,
            minutelz,
            second,
            secondlz,
            meridian,
            month,
            day,
            monthlz,
            daylz,
            dayofyear,
            weekofyear,
            monthabbr,
            monthfull,
            monthtext,
            daytext,
            tzcorrection,
            tz,
            noyear,
            relunit,
        }
    }
}

/// The rules in timelib's order (which breaks ties between equally long
/// matches), each as an anchored pattern.
pub(super) fn rules() -> &'static [(Rule, Regex)] {
    static RULES: OnceLock<Vec<(Rule, Regex)>> = OnceLock::new();
    RULES.get_or_init(|| {
        let f = Fragments::new();
        [time_patterns(&f), date_patterns(&f), word_patterns(&f)]
            .concat()
            .into_iter()
            .map(|(rule, pattern)| {
                let re = Regex::new(&format!("^(?:{pattern})"))
                    .unwrap_or_else(|e| panic!("date pattern {rule:?}: {e}"));
                (rule, re)
            })
            .collect()
    })
}

/// The keywords ("now", "noon", ...), `@` timestamps and times of day.
fn time_patterns(f: &Fragments) -> Vec<(Rule, String)> {
    let Fragments {
        space,
        frac,
        hour24,
        hour24lz,
        hour12,
        minute,
        minutelz,
        second,
        secondlz,
        meridian,
        ..
    } = f;
    vec![
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
    ]
}

/// Dates: numeric, textual and week-based, alone or with a time.
fn date_patterns(f: &Fragments) -> Vec<(Rule, String)> {
    let Fragments {
        space,
        hour24,
        hour24lz,
        minutelz,
        secondlz,
        month,
        day,
        monthlz,
        daylz,
        dayofyear,
        weekofyear,
        monthabbr,
        monthtext,
        tzcorrection,
        noyear,
        ..
    } = f;
    vec![
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
    ]
}

/// Years, weekday and month names, zones, dates with times, relative
/// amounts ("+1 day", "ago") and the separators skipped between tokens.
fn word_patterns(f: &Fragments) -> Vec<(Rule, String)> {
    let Fragments {
        space,
        hour24,
        hour12,
        minute,
        minutelz,
        second,
        secondlz,
        meridian,
        monthabbr,
        monthfull,
        daytext,
        tzcorrection,
        tz,
        noyear,
        relunit,
        ..
    } = f;
    vec![
        (Rule::Year4, "[0-9]{4}".into()),
        (Rule::Ago, "(?i:ago)".into()),
        (Rule::DayText, daytext.to_string()),
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
    ]
}
