//! Operator-level tables: argument forms, null handling, time zones and
//! mongod's error codes, evaluated through the expression evaluator.

use super::super::{eval, Scope, Vars};
use crate::error::ErrorCode;
use bson::{bson, doc, oid::ObjectId, Bson, Document, Timestamp};

fn ev_in(expr: Bson, root: &Document) -> crate::error::Result<Option<Bson>> {
    let vars = Vars::new();
    eval(&expr, &Scope { root, vars: &vars })
}

fn ev(expr: Bson) -> crate::error::Result<Option<Bson>> {
    ev_in(expr, &root())
}

/// A date from an ISO-8601 string like "2017-07-04T11:56:02.813Z".
fn date(s: &str) -> Bson {
    Bson::DateTime(bson::DateTime::parse_rfc3339_str(s).unwrap())
}

fn root() -> Document {
    doc! {
        "d": date("2021-03-28T00:30:00.250Z"),
        "ny": "America/New_York",
        "ts": Bson::Timestamp(Timestamp { time: 1_616_891_400, increment: 7 }),
        "oid": ObjectId::parse_str("60600d08a6f2a3b4c5d6e7f8").unwrap(),
        "n": Bson::Null,
        "s": "text",
    }
}

fn code(expr: Bson) -> i32 {
    match ev(expr.clone()) {
        Err(e) => e.code.code(),
        Ok(v) => panic!("{expr} gave {v:?}, expected an error"),
    }
}

#[test]
fn date_parts_in_zones() {
    // 2021-03-28T00:30:00.250Z: 01:30 in Berlin (CET, before the change at
    // 01:00Z), 20:30 the day before in New York (EDT), 06:00 in Kolkata.
    let cases: Vec<(Bson, Bson)> = vec![
        (bson!({"$hour": "$d"}), bson!(0)),
        (bson!({"$hour": ["$d"]}), bson!(0)),
        (bson!({"$hour": {"date": "$d"}}), bson!(0)),
        (
            bson!({"$hour": {"date": "$d", "timezone": "Europe/Berlin"}}),
            bson!(1),
        ),
        (
            bson!({"$minute": {"date": "$d", "timezone": "Europe/Berlin"}}),
            bson!(30),
        ),
        (
            bson!({"$hour": {"date": "$d", "timezone": "$ny"}}),
            bson!(20),
        ),
        (
            bson!({"$dayOfMonth": {"date": "$d", "timezone": "$ny"}}),
            bson!(27),
        ),
        (
            bson!({"$dayOfWeek": {"date": "$d", "timezone": "$ny"}}),
            bson!(7),
        ),
        (
            bson!({"$isoDayOfWeek": {"date": "$d", "timezone": "$ny"}}),
            bson!(6),
        ),
        (bson!({"$dayOfWeek": "$d"}), bson!(1)),
        (bson!({"$dayOfYear": "$d"}), bson!(87)),
        (bson!({"$week": "$d"}), bson!(13)),
        (bson!({"$isoWeek": "$d"}), bson!(12)),
        (
            bson!({"$isoWeek": {"date": "$d", "timezone": "Europe/Berlin"}}),
            bson!(12),
        ),
        (bson!({"$isoWeekYear": "$d"}), Bson::Int64(2021)),
        (
            bson!({"$hour": {"date": "$d", "timezone": "Asia/Kolkata"}}),
            bson!(6),
        ),
        (
            bson!({"$minute": {"date": "$d", "timezone": "+0530"}}),
            bson!(0),
        ),
        (
            bson!({"$hour": {"date": "$d", "timezone": "-08:00"}}),
            bson!(16),
        ),
        (
            bson!({"$hour": {"date": "$d", "timezone": "+03"}}),
            bson!(3),
        ),
        (
            bson!({"$millisecond": {"date": "$d", "timezone": "+03"}}),
            bson!(250),
        ),
        (bson!({"$second": "$d"}), bson!(0)),
        (
            bson!({"$month": {"date": "$d", "timezone": "Pacific/Kiritimati"}}),
            bson!(3),
        ),
        (
            bson!({"$year": {"date": date("2020-12-31T23:00:00Z"), "timezone": "Europe/Berlin"}}),
            bson!(2021),
        ),
        // Timestamps count their seconds, ObjectIds their creation time.
        (bson!({"$hour": "$ts"}), bson!(0)),
        (
            bson!({"$minute": {"date": "$ts", "timezone": "Europe/Berlin"}}),
            bson!(30),
        ),
        (bson!({"$year": "$oid"}), bson!(2021)),
        // An operator object is the date expression, not the options form.
        (bson!({"$hour": {"$add": ["$d", 3_600_000]}}), bson!(1)),
        // Nulls.
        (bson!({"$hour": "$missing"}), Bson::Null),
        (bson!({"$hour": "$n"}), Bson::Null),
        (
            bson!({"$hour": {"date": "$d", "timezone": "$missing"}}),
            Bson::Null,
        ),
        (
            bson!({"$hour": {"date": "$missing", "timezone": "Bad/Zone"}}),
            Bson::Null,
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
}

#[test]
fn date_part_errors() {
    let cases: Vec<(Bson, i32)> = vec![
        (
            bson!({"$hour": {"date": "$d", "timezone": "Mars/Base"}}),
            40485,
        ),
        (bson!({"$hour": {"date": "$d", "timezone": "utc"}}), 40485),
        (bson!({"$hour": {"date": "$d", "timezone": "+5"}}), 40485),
        (bson!({"$hour": {"date": "$d", "timezone": 5}}), 40517),
        (bson!({"$hour": {"date": "$d", "tz": "UTC"}}), 40535),
        (bson!({"$hour": {"timezone": "UTC"}}), 40539),
        (bson!({"$hour": {}}), 40539),
        (bson!({"$hour": ["$d", "$d"]}), 40536),
        (bson!({"$hour": "$s"}), 16006),
        (bson!({"$year": 2021}), 16006),
    ];
    for (expr, want) in cases {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
    let e = ev(bson!({"$hour": {"date": "$d", "timezone": "Mars/Base"}})).unwrap_err();
    assert_eq!(
        e.message,
        "unrecognized time zone identifier: \"Mars/Base\""
    );
    let e = ev(bson!({"$week": {"timezone": "UTC"}})).unwrap_err();
    assert_eq!(
        e.message,
        "missing 'date' argument to $week, provided: $week: { timezone: \"UTC\" }"
    );
    let e = ev(bson!({"$hour": "$s"})).unwrap_err();
    assert_eq!(e.message, "can't convert from BSON type string to Date");
}

#[test]
fn date_to_string() {
    let july = date("2017-07-04T14:56:42.911Z");
    let cases: Vec<(Bson, Option<Bson>)> = vec![
        (
            bson!({"$dateToString": {"date": july.clone()}}),
            Some(bson!("2017-07-04T14:56:42.911Z")),
        ),
        (
            bson!({"$dateToString": {"date": july.clone(), "timezone": "America/New_York"}}),
            Some(bson!("2017-07-04T10:56:42.911")),
        ),
        (
            bson!({"$dateToString": {"date": july.clone(), "timezone": "+00:00"}}),
            Some(bson!("2017-07-04T14:56:42.911Z")),
        ),
        (
            bson!({"$dateToString": {"date": july.clone(), "format": "%H:%M %z", "timezone": "Asia/Kolkata"}}),
            Some(bson!("20:26 +0530")),
        ),
        (
            bson!({"$dateToString": {"date": "$d", "format": "%Y-%m-%d %H:%M %Z", "timezone": "Europe/Berlin"}}),
            Some(bson!("2021-03-28 01:30 60")),
        ),
        (
            bson!({"$dateToString": {"date": "$ts", "format": "%H:%M:%S.%L"}}),
            Some(bson!("00:30:00.000")),
        ),
        (
            bson!({"$dateToString": {"date": "$missing"}}),
            Some(Bson::Null),
        ),
        (
            bson!({"$dateToString": {"date": "$missing", "onNull": "none"}}),
            Some(bson!("none")),
        ),
        (
            bson!({"$dateToString": {"date": "$n", "onNull": "$missing"}}),
            None,
        ),
        (
            bson!({"$dateToString": {"date": july.clone(), "format": "$missing"}}),
            Some(Bson::Null),
        ),
        (
            bson!({"$dateToString": {"date": july.clone(), "timezone": "$missing"}}),
            Some(Bson::Null),
        ),
        (
            bson!({"$dateToString": {"date": "$missing", "timezone": "$missing", "onNull": 1}}),
            Some(bson!(1)),
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), want, "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateToString": "x"}), 18629),
        (bson!({"$dateToString": {"date": "$d", "bad": 1}}), 18534),
        (bson!({"$dateToString": {"format": "%Y"}}), 18628),
        (bson!({"$dateToString": {"date": "$d", "format": 5}}), 18533),
        (
            bson!({"$dateToString": {"date": "$d", "format": "%"}}),
            18535,
        ),
        (
            bson!({"$dateToString": {"date": "$d", "format": "%n"}}),
            18536,
        ),
        (
            bson!({"$dateToString": {"date": "$missing", "format": "%n"}}),
            18536,
        ),
        (
            bson!({"$dateToString": {"date": "$d", "timezone": 5}}),
            40517,
        ),
        (
            bson!({"$dateToString": {"date": "$missing", "timezone": "DoesNotExist"}}),
            40485,
        ),
        (bson!({"$dateToString": {"date": 42}}), 16006),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
}

#[test]
fn date_from_string() {
    let cases: Vec<(Bson, Option<Bson>)> = vec![
        (
            bson!({"$dateFromString": {"dateString": "2017-07-04T11:56:02.813Z"}}),
            Some(date("2017-07-04T11:56:02.813Z")),
        ),
        (
            bson!({"$dateFromString": {"dateString": "2017-07-04 11:56", "timezone": "Asia/Kolkata"}}),
            Some(date("2017-07-04T06:26:00Z")),
        ),
        (
            bson!({"$dateFromString": {"dateString": "2021-03-28 02:30", "timezone": "Europe/Berlin"}}),
            Some(date("2021-03-28T01:30:00Z")),
        ),
        (
            bson!({"$dateFromString": {"dateString": "04/07/2017", "format": "%d/%m/%Y", "timezone": "$ny"}}),
            Some(date("2017-07-04T04:00:00Z")),
        ),
        (
            bson!({"$dateFromString": {"dateString": "$missing"}}),
            Some(Bson::Null),
        ),
        (
            bson!({"$dateFromString": {"dateString": "$n", "onNull": "empty"}}),
            Some(bson!("empty")),
        ),
        (
            bson!({"$dateFromString": {"dateString": "2017-07-04", "timezone": "$missing"}}),
            Some(Bson::Null),
        ),
        (
            bson!({"$dateFromString": {"dateString": "2017-07-04", "format": "$missing"}}),
            Some(Bson::Null),
        ),
        (
            bson!({"$dateFromString": {"dateString": "not a date", "onError": "bad"}}),
            Some(bson!("bad")),
        ),
        (
            bson!({"$dateFromString": {"dateString": 5, "onError": "$s"}}),
            Some(bson!("text")),
        ),
        (
            bson!({"$dateFromString": {"dateString": "2017-07-04Z", "timezone": "$ny", "onError": 0}}),
            Some(bson!(0)),
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), want, "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateFromString": "no-object"}), 40540),
        (bson!({"$dateFromString": {"unknown": 1}}), 40541),
        (bson!({"$dateFromString": {"format": "%Y"}}), 40542),
        (bson!({"$dateFromString": {"dateString": 5}}), 241),
        (bson!({"$dateFromString": {"dateString": "July 4th"}}), 241),
        (
            bson!({"$dateFromString": {"dateString": "1992", "format": "%n"}}),
            18536,
        ),
        (
            bson!({"$dateFromString": {"dateString": "1992", "format": "%w", "onError": 1}}),
            18536,
        ),
        (
            bson!({"$dateFromString": {"dateString": "1992", "format": 5}}),
            40684,
        ),
        (
            bson!({"$dateFromString": {"dateString": "$missing", "timezone": "Bad/Zone"}}),
            40485,
        ),
        (
            bson!({"$dateFromString": {"dateString": "2017", "timezone": "Bad/Zone", "onError": 1}}),
            40485,
        ),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
    let e = ev(bson!({"$dateFromString": {"dateString": 5}})).unwrap_err();
    assert_eq!(e.code, ErrorCode::ConversionFailure);
    assert_eq!(
        e.message,
        "$dateFromString requires that 'dateString' be a string, found: int with value 5"
    );
}

#[test]
fn date_to_parts() {
    let cases: Vec<(Bson, Bson)> = vec![
        (
            bson!({"$dateToParts": {"date": "$d"}}),
            bson!({"year": 2021, "month": 3, "day": 28, "hour": 0, "minute": 30, "second": 0, "millisecond": 250}),
        ),
        (
            bson!({"$dateToParts": {"date": "$d", "timezone": "$ny"}}),
            bson!({"year": 2021, "month": 3, "day": 27, "hour": 20, "minute": 30, "second": 0, "millisecond": 250}),
        ),
        (
            bson!({"$dateToParts": {"date": "$d", "timezone": "Europe/Berlin", "iso8601": true}}),
            bson!({"isoWeekYear": 2021, "isoWeek": 12, "isoDayOfWeek": 7, "hour": 1, "minute": 30, "second": 0, "millisecond": 250}),
        ),
        (
            bson!({"$dateToParts": {"date": date("2017-01-01T00:00:00Z"), "iso8601": true}}),
            bson!({"isoWeekYear": 2016, "isoWeek": 52, "isoDayOfWeek": 7, "hour": 0, "minute": 0, "second": 0, "millisecond": 0}),
        ),
        (bson!({"$dateToParts": {"date": "$missing"}}), Bson::Null),
        (
            bson!({"$dateToParts": {"date": "$d", "iso8601": "$missing"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateToParts": {"date": "$d", "timezone": "$n"}}),
            Bson::Null,
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateToParts": "$d"}), 40524),
        (bson!({"$dateToParts": {"date": "$d", "iso": true}}), 40520),
        (bson!({"$dateToParts": {"timezone": "UTC"}}), 40522),
        (bson!({"$dateToParts": {"date": "$d", "iso8601": 1}}), 40521),
        (bson!({"$dateToParts": {"date": "$s"}}), 16006),
        (
            bson!({"$dateToParts": {"date": "$d", "timezone": "Nowhere"}}),
            40485,
        ),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
}

#[test]
fn date_from_parts() {
    let cases: Vec<(Bson, Bson)> = vec![
        (
            bson!({"$dateFromParts": {"year": 2017, "month": 6, "day": 19, "hour": 15, "minute": 13, "second": 25, "millisecond": 713}}),
            date("2017-06-19T15:13:25.713Z"),
        ),
        (
            bson!({"$dateFromParts": {"year": 2017, "month": 6, "day": 19, "hour": 15, "timezone": "$ny"}}),
            date("2017-06-19T19:00:00Z"),
        ),
        (
            bson!({"$dateFromParts": {"year": 2021, "month": 3, "day": 28, "hour": 2, "minute": 30, "timezone": "Europe/Berlin"}}),
            date("2021-03-28T01:30:00Z"),
        ),
        (
            bson!({"$dateFromParts": {"year": 2021, "month": 7, "timezone": "Asia/Kolkata"}}),
            date("2021-06-30T18:30:00Z"),
        ),
        (
            bson!({"$dateFromParts": {"year": 2017, "month": 14, "day": 35, "hour": -1}}),
            date("2018-03-06T23:00:00Z"),
        ),
        (
            bson!({"$dateFromParts": {"year": 2017.0, "month": Bson::Int64(2), "millisecond": -1}}),
            date("2017-01-31T23:59:59.999Z"),
        ),
        (
            bson!({"$dateFromParts": {"year": 2017}}),
            date("2017-01-01T00:00:00Z"),
        ),
        (
            bson!({"$dateFromParts": {"isoWeekYear": 2017}}),
            date("2017-01-02T00:00:00Z"),
        ),
        (
            bson!({"$dateFromParts": {"isoWeekYear": 2017, "isoWeek": 53, "isoDayOfWeek": 7, "timezone": "-05:00"}}),
            date("2018-01-07T05:00:00Z"),
        ),
        (bson!({"$dateFromParts": {"year": "$missing"}}), Bson::Null),
        (
            bson!({"$dateFromParts": {"year": 2017, "hour": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateFromParts": {"year": 2017, "timezone": "$missing"}}),
            Bson::Null,
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateFromParts": 2017}), 40519),
        (
            bson!({"$dateFromParts": {"year": 2017, "months": 1}}),
            40518,
        ),
        (bson!({"$dateFromParts": {"month": 1}}), 40516),
        (
            bson!({"$dateFromParts": {"year": 2017, "isoWeek": 1}}),
            40489,
        ),
        (
            bson!({"$dateFromParts": {"isoWeekYear": 2017, "month": 1}}),
            40525,
        ),
        (
            bson!({"$dateFromParts": {"year": 2017, "month": 1.5}}),
            40515,
        ),
        (bson!({"$dateFromParts": {"year": "2017"}}), 40515),
        (
            bson!({"$dateFromParts": {"year": 2017, "day": 32768}}),
            31034,
        ),
        (
            bson!({"$dateFromParts": {"year": 2017, "minute": -32769}}),
            31034,
        ),
        (bson!({"$dateFromParts": {"year": 0}}), 40523),
        (bson!({"$dateFromParts": {"year": 10000}}), 40523),
        (bson!({"$dateFromParts": {"isoWeekYear": 0}}), 31095),
        (
            bson!({"$dateFromParts": {"year": 2017, "timezone": "Bad/Zone"}}),
            40485,
        ),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
}

#[test]
fn date_add_and_subtract() {
    let start = date("2020-10-24T18:10:00Z");
    let cases: Vec<(Bson, Bson)> = vec![
        (
            bson!({"$dateAdd": {"startDate": start.clone(), "unit": "day", "amount": 1, "timezone": "Europe/Paris"}}),
            date("2020-10-25T19:10:00Z"),
        ),
        (
            bson!({"$dateAdd": {"startDate": start.clone(), "unit": "hour", "amount": 24, "timezone": "Europe/Paris"}}),
            date("2020-10-25T18:10:00Z"),
        ),
        (
            bson!({"$dateSubtract": {"startDate": date("2021-01-31T03:00:00Z"), "unit": "month", "amount": 2, "timezone": "$ny"}}),
            date("2020-12-01T03:00:00Z"),
        ),
        (
            bson!({"$dateAdd": {"startDate": "$ts", "unit": "minute", "amount": 30.0}}),
            date("2021-03-28T01:00:00Z"),
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "unit": "millisecond", "amount": Bson::Int64(250)}}),
            date("2021-03-28T00:30:00Z"),
        ),
        (
            bson!({"$dateAdd": {"startDate": "$missing", "unit": "day", "amount": 1}}),
            Bson::Null,
        ),
        (
            bson!({"$dateAdd": {"startDate": "$d", "unit": "$n", "amount": 1}}),
            Bson::Null,
        ),
        (
            bson!({"$dateAdd": {"startDate": "$d", "unit": "day", "amount": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateAdd": {"startDate": "$d", "unit": "day", "amount": 1, "timezone": "$n"}}),
            Bson::Null,
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateAdd": "x"}), 5166400),
        (
            bson!({"$dateAdd": {"unit": "second", "amount": 120}}),
            5166402,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "amount": 1}}),
            5166402,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "units": "day", "amount": 1}}),
            5166401,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "myBirthDate", "unit": "year", "amount": 10}}),
            5166403,
        ),
        (
            bson!({"$dateAdd": {"startDate": "$d", "unit": 1, "amount": 10}}),
            5166404,
        ),
        (
            bson!({"$dateAdd": {"startDate": "$d", "unit": "epoch", "amount": 10}}),
            9,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "unit": "year", "amount": 1.001}}),
            5166405,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "unit": "month", "amount": 3_600_000_000i64}}),
            5166406,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "unit": "month", "amount": -30_000_000_000i64}}),
            5976500,
        ),
        (
            bson!({"$dateSubtract": {"startDate": "$d", "unit": "day", "amount": i64::MIN}}),
            6045000,
        ),
        (
            bson!({"$dateAdd": {"startDate": "$d", "unit": "year", "amount": 1, "timezone": "Unknown"}}),
            40485,
        ),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
}

#[test]
fn date_diff() {
    let cases: Vec<(Bson, Bson)> = vec![
        (
            bson!({"$dateDiff": {"startDate": date("2020-03-08T06:00:00Z"), "endDate": date("2020-03-08T07:00:00Z"), "unit": "hour", "timezone": "$ny"}}),
            Bson::Int64(1),
        ),
        (
            bson!({"$dateDiff": {"startDate": date("2020-03-08T04:59:00Z"), "endDate": date("2020-03-08T05:00:00Z"), "unit": "day", "timezone": "$ny"}}),
            Bson::Int64(1),
        ),
        (
            bson!({"$dateDiff": {"startDate": date("2021-06-30T18:29:00Z"), "endDate": date("2021-06-30T18:30:00Z"), "unit": "day", "timezone": "Asia/Kolkata"}}),
            Bson::Int64(1),
        ),
        (
            bson!({"$dateDiff": {"startDate": date("2000-01-01T00:00:00Z"), "endDate": date("2000-01-03T00:00:00Z"), "unit": "week", "startOfWeek": "MON"}}),
            Bson::Int64(1),
        ),
        (
            bson!({"$dateDiff": {"startDate": date("2000-01-01T00:00:00Z"), "endDate": date("2000-01-03T00:00:00Z"), "unit": "week"}}),
            Bson::Int64(1),
        ),
        // startOfWeek is not even evaluated for other units.
        (
            bson!({"$dateDiff": {"startDate": "$oid", "endDate": "$d", "unit": "day", "startOfWeek": 5}}),
            Bson::Int64(0),
        ),
        (
            bson!({"$dateDiff": {"startDate": "$missing", "endDate": "$d", "unit": "day"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "week", "startOfWeek": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "day", "timezone": "$n"}}),
            Bson::Null,
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateDiff": 1}), 5166301),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "day", "x": 1}}),
            5166302,
        ),
        (
            bson!({"$dateDiff": {"endDate": "$d", "unit": "day"}}),
            5166303,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "unit": "day"}}),
            5166304,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d"}}),
            5166305,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$s", "endDate": "$d", "unit": "day"}}),
            5166307,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": 1}}),
            5166306,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "decade"}}),
            9,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "week", "startOfWeek": 1}}),
            5338800,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "week", "startOfWeek": "someday"}}),
            9,
        ),
        (
            bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "day", "timezone": "Bad"}}),
            40485,
        ),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
    let e = ev(bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "day", "timezone": "Bad"}}))
        .unwrap_err();
    assert_eq!(
        e.message,
        "$dateDiff parameter 'timezone' value parsing failed :: caused by :: unrecognized time zone identifier: \"Bad\""
    );
}

#[test]
fn date_trunc() {
    let cases: Vec<(Bson, Bson)> = vec![
        (
            bson!({"$dateTrunc": {"date": date("2020-03-08T12:00:00Z"), "unit": "day", "timezone": "$ny"}}),
            date("2020-03-08T05:00:00Z"),
        ),
        (
            bson!({"$dateTrunc": {"date": date("2021-10-31T12:00:00Z"), "unit": "day", "timezone": "Europe/Berlin"}}),
            date("2021-10-30T22:00:00Z"),
        ),
        (
            bson!({"$dateTrunc": {"date": date("2021-03-20T11:30:05Z"), "unit": "week", "startOfWeek": "monday"}}),
            date("2021-03-15T00:00:00Z"),
        ),
        (
            bson!({"$dateTrunc": {"date": date("2021-03-20T11:30:05Z"), "unit": "minute", "binSize": 15.0}}),
            date("2021-03-20T11:30:00Z"),
        ),
        (
            bson!({"$dateTrunc": {"date": "$oid", "unit": "hour", "timezone": "Asia/Kolkata"}}),
            date("2021-03-28T04:30:00Z"),
        ),
        (
            bson!({"$dateTrunc": {"date": "$missing", "unit": "day"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "day", "binSize": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "week", "startOfWeek": "$n"}}),
            Bson::Null,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "day", "timezone": "$n"}}),
            Bson::Null,
        ),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
    let errors: Vec<(Bson, i32)> = vec![
        (bson!({"$dateTrunc": "$d"}), 5439007),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "day", "bin": 1}}),
            5439008,
        ),
        (bson!({"$dateTrunc": {"unit": "day"}}), 5439009),
        (bson!({"$dateTrunc": {"date": "$d"}}), 5439010),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "day", "binSize": 1.5}}),
            5439017,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "day", "binSize": 0}}),
            5439018,
        ),
        (bson!({"$dateTrunc": {"date": "$d", "unit": 5}}), 5439013),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "fortnight"}}),
            5439014,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "week", "startOfWeek": "x"}}),
            5439016,
        ),
        (
            bson!({"$dateTrunc": {"date": "$s", "unit": "day"}}),
            5439012,
        ),
        (
            bson!({"$dateTrunc": {"date": "$d", "unit": "day", "timezone": 1}}),
            40517,
        ),
    ];
    for (expr, want) in errors {
        assert_eq!(code(expr.clone()), want, "{expr}");
    }
}

#[test]
fn date_trunc_nulls_win_and_mongod_cases() {
    #[rustfmt::skip]
    let cases: Vec<(Bson, Bson)> = vec![
        // Any null argument makes the result null before others are checked.
        (bson!({"$dateTrunc": {"date": "Invalid", "unit": "$missing", "binSize": "Invalid", "timezone": "Invalid"}}), Bson::Null),
        (bson!({"$dateTrunc": {"date": 1, "unit": "century", "binSize": "1", "timezone": "$missing"}}), Bson::Null),
        (bson!({"$dateTrunc": {"date": 1, "unit": "week", "binSize": "", "timezone": 1, "startOfWeek": "$missing"}}), Bson::Null),
        // startOfWeek is ignored for other units.
        (bson!({"$dateTrunc": {"date": date("2020-01-30T18:59:00Z"), "unit": "year", "startOfWeek": 1}}), date("2020-01-01T00:00:00Z")),
        (bson!({"$dateTrunc": {"date": date("2021-12-01T18:23:36Z"), "unit": "hour", "binSize": 4, "timezone": "$ny", "startOfWeek": "IGNORED"}}), date("2021-12-01T17:00:00Z")),
        (bson!({"$dateTrunc": {"date": date("2000-01-30T18:00:00Z"), "unit": "week", "binSize": 2, "timezone": "$ny", "startOfWeek": "mon"}}), date("2000-01-17T05:00:00Z")),
        (bson!({"$dateTrunc": {"date": date("2021-02-15T18:23:36Z"), "unit": "week"}}), date("2021-02-14T00:00:00Z")),
        (bson!({"$dateTrunc": {"date": date("2020-11-01T18:23:36Z"), "unit": "hour", "binSize": 2}}), date("2020-11-01T18:00:00Z")),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
}

#[test]
fn date_diff_mongod_cases() {
    #[rustfmt::skip]
    let cases: Vec<(Bson, Bson)> = vec![
        (bson!({"$dateDiff": {"startDate": date("2020-11-01T18:23:36Z"), "endDate": date("2020-11-02T00:00:00Z"), "unit": "hour"}}), Bson::Int64(6)),
        (bson!({"$dateDiff": {"startDate": date("2020-11-01T18:23:36Z"), "endDate": date("2020-11-02T00:00:00Z"), "unit": "hour", "timezone": "$ny"}}), Bson::Int64(6)),
        (bson!({"$dateDiff": {"startDate": date("2021-01-24T18:23:36Z"), "endDate": date("2021-01-25T02:23:36Z"), "unit": "week", "timezone": "GMT", "startOfWeek": "MONDAY"}}), Bson::Int64(1)),
        (bson!({"$dateDiff": {"startDate": date("2021-01-17T05:00:00Z"), "endDate": date("2021-01-17T04:59:00Z"), "unit": "week", "timezone": "$ny", "startOfWeek": "sunday"}}), Bson::Int64(-1)),
        (bson!({"$dateDiff": {"startDate": date("2021-01-24T18:23:36Z"), "endDate": date("2021-01-25T02:23:36Z"), "unit": "week"}}), Bson::Int64(0)),
        (bson!({"$dateDiff": {"startDate": "$ts", "endDate": "$ts", "unit": "millisecond"}}), Bson::Int64(0)),
        // A null argument wins over invalid ones read before it is.
        (bson!({"$dateDiff": {"startDate": "$missing", "endDate": 1, "unit": "century", "timezone": "INVALID"}}), Bson::Null),
        (bson!({"$dateDiff": {"startDate": "", "endDate": "$missing", "unit": "epoch", "timezone": "INVALID"}}), Bson::Null),
        (bson!({"$dateDiff": {"startDate": 1, "endDate": 2, "unit": "$missing", "timezone": "INVALID"}}), Bson::Null),
        (bson!({"$dateDiff": {"startDate": 1, "endDate": 2, "unit": "century", "timezone": "$missing"}}), Bson::Null),
        (bson!({"$dateDiff": {"startDate": 1, "endDate": 2, "unit": "week", "timezone": 1, "startOfWeek": "$missing"}}), Bson::Null),
        (bson!({"$dateDiff": {"startDate": "$d", "endDate": "$d", "unit": "hour", "timezone": "GMT", "startOfWeek": 1}}), Bson::Int64(0)),
    ];
    for (expr, want) in cases {
        assert_eq!(ev(expr.clone()).unwrap(), Some(want), "{expr}");
    }
}
