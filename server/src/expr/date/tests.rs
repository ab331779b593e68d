//! Operator-level tables: argument forms, null handling, time zones and
//! mongod's error codes, evaluated through the expression evaluator. This
//! file covers the date part operators, $dateToString, $dateFromString and
//! $dateToParts; `tests/ops.rs` the operators of `date/ops.rs`.

use super::super::{eval, Scope, Vars};
use crate::error::ErrorCode;
use bson::{bson, doc, oid::ObjectId, Bson, Document, Timestamp};

mod ops;

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
