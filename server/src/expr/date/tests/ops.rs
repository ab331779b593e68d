//! Operator-level tables for $dateFromParts, $dateAdd / $dateSubtract,
//! $dateDiff and $dateTrunc (argument handling in `date/ops.rs`), evaluated
//! through the expression evaluator.

use super::{code, date, ev};
use bson::{bson, Bson};

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
