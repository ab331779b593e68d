//! End-to-end tables for `$dateFromString` parsing. They call
//! `from_string` directly, below the expression evaluator.

use super::*;
use crate::error::ErrorCode;

/// Milliseconds of an ISO-8601 UTC string like "2017-07-04T11:56:02.813Z".
fn iso(s: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(s)
        .unwrap()
        .timestamp_millis()
}

fn zone(id: &str) -> Zone {
    Zone::parse(id).unwrap()
}

/// Runs `(input, timezone, expected)` cases through the free-form parser.
fn check_free_form(cases: &[(&str, &str, &str)]) {
    for (input, tz, want) in cases {
        let got =
            from_string(input, zone(tz), None).unwrap_or_else(|e| panic!("{input}: {}", e.message));
        assert_eq!(got, iso(want), "{input} in {tz}");
    }
}

#[test]
fn free_form_iso_strings() {
    check_free_form(&[
        ("2017-07-04T11:56:02Z", "UTC", "2017-07-04T11:56:02Z"),
        (
            "2017-07-04T11:56:02.813Z",
            "UTC",
            "2017-07-04T11:56:02.813Z",
        ),
        ("2017-07-04T11:56:02.81Z", "UTC", "2017-07-04T11:56:02.810Z"),
        ("2017-07-04T11:56.02", "UTC", "2017-07-04T11:56:02Z"),
        ("2017-07-04T11:56.02.8", "UTC", "2017-07-04T11:56:02.800Z"),
        (
            "2017-07-04T11:56.02",
            "Europe/London",
            "2017-07-04T10:56:02Z",
        ),
        ("2017-07-04T11:56.02", "+01:00", "2017-07-04T10:56:02Z"),
        ("1960-07-10T12:10:37.448", "UTC", "1960-07-10T12:10:37.448Z"),
        (
            "1960-07-10T12:35:37.513",
            "America/New_York",
            "1960-07-10T16:35:37.513Z",
        ),
        ("2017-07-06T12:35:37", "Asia/Tokyo", "2017-07-06T03:35:37Z"),
        (
            "2017-07-19T18:52:35.199",
            "-05:00",
            "2017-07-19T23:52:35.199Z",
        ),
        ("2017-07-06", "UTC", "2017-07-06T00:00:00Z"),
        ("2017-07-06 11:36:54", "UTC", "2017-07-06T11:36:54Z"),
        ("  2017-07-06 11:36  ", "UTC", "2017-07-06T11:36:00Z"),
        (
            "2017-07-14T12:02:44.771 GMT",
            "UTC",
            "2017-07-14T12:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771 GMT+02:00",
            "UTC",
            "2017-07-14T10:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771+03",
            "UTC",
            "2017-07-14T09:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771+0330",
            "UTC",
            "2017-07-14T08:32:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771 CEST",
            "UTC",
            "2017-07-14T10:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771 EST",
            "UTC",
            "2017-07-14T17:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771 PDT",
            "UTC",
            "2017-07-14T19:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771 A",
            "UTC",
            "2017-07-14T11:02:44.771Z",
        ),
        (
            "2017-07-14T12:02:44.771 L",
            "UTC",
            "2017-07-14T01:02:44.771Z",
        ),
    ]);
}

#[test]
fn free_form_other_shapes() {
    check_free_form(&[
        ("July 4th, 2017", "UTC", "2017-07-04T00:00:00Z"),
        ("July 4th, 2017 12:39:30 BST", "UTC", "2017-07-04T11:39:30Z"),
        ("July 4th, 2017 11am", "UTC", "2017-07-04T11:00:00Z"),
        ("July 4th, 2017 12pm", "UTC", "2017-07-04T12:00:00Z"),
        ("7/4/17", "UTC", "2017-07-04T00:00:00Z"),
        ("04-07-2017", "UTC", "2017-07-04T00:00:00Z"),
        ("04.07.2017", "UTC", "2017-07-04T00:00:00Z"),
        ("2017-Jul-04 noon", "UTC", "2017-07-04T12:00:00Z"),
        (
            "2017-07-04 12:48:07 GMT+0545",
            "UTC",
            "2017-07-04T07:03:07Z",
        ),
        (
            "2017-07-04 12:48:07 GMT-0200",
            "UTC",
            "2017-07-04T14:48:07Z",
        ),
        (
            "Tue, 04 Jul 2017 11:56:02 GMT",
            "UTC",
            "2017-07-04T11:56:02Z",
        ),
        ("4 July 2017", "UTC", "2017-07-04T00:00:00Z"),
        ("July 2017", "UTC", "2017-07-01T00:00:00Z"),
        ("2017-07", "UTC", "2017-07-01T00:00:00Z"),
        ("20170704", "UTC", "2017-07-04T00:00:00Z"),
        ("2017W273", "UTC", "2017-07-05T00:00:00Z"),
        ("2017-07-04 +1 day", "UTC", "2017-07-05T00:00:00Z"),
        ("@1499169362", "UTC", "2017-07-04T11:56:02Z"),
        ("@1499169362.5", "UTC", "2017-07-04T11:56:02.500Z"),
        ("20170704T115602", "UTC", "2017-07-04T11:56:02Z"),
        ("2017:07:04 11:56:02", "UTC", "2017-07-04T11:56:02Z"),
        (
            "2017-07-04T11:56:02.123456+05:30",
            "UTC",
            "2017-07-04T06:26:02.123Z",
        ),
        ("2017-07-04t11:56", "UTC", "2017-07-04T11:56:00Z"),
        ("2017-07-04 11:56:02 -0500", "UTC", "2017-07-04T16:56:02Z"),
        ("Jul-04-2017", "UTC", "2017-07-04T00:00:00Z"),
        ("4th July 2017 3:30pm", "UTC", "2017-07-04T15:30:00Z"),
        ("2017-07-04 tomorrow", "UTC", "2017-07-05T00:00:00Z"),
        ("2017-07-31 +1 month", "UTC", "2017-08-31T00:00:00Z"),
        ("2017-01-31 +1 month", "UTC", "2017-03-03T00:00:00Z"),
        ("July 4 11:56:02 2017", "UTC", "2017-07-04T11:56:02Z"),
        // Wall times in zones with daylight-saving time: timelib reads
        // parsed wall times as standard time where they repeat.
        (
            "2020-03-08 02:30",
            "America/New_York",
            "2020-03-08T07:30:00Z",
        ),
        (
            "2020-11-01 01:30",
            "America/New_York",
            "2020-11-01T06:30:00Z",
        ),
        ("2021-10-31 02:30", "Europe/Berlin", "2021-10-31T01:30:00Z"),
        ("2021-07-01 01:30", "Asia/Kolkata", "2021-06-30T20:00:00Z"),
    ]);
}

#[test]
fn formatted_strings() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "2017-07-04T11:56:02.813Z",
            "%Y-%m-%dT%H:%M:%S.%LZ",
            "UTC",
            "2017-07-04T11:56:02.813Z",
        ),
        (
            "2017-07-04T11:56:02.8Z",
            "%Y-%m-%dT%H:%M:%S.%LZ",
            "UTC",
            "2017-07-04T11:56:02.800Z",
        ),
        (
            "2017-07-04T11:56.02.81",
            "%Y-%m-%dT%H:%M.%S.%L",
            "UTC",
            "2017-07-04T11:56:02.810Z",
        ),
        (
            "2017-07-04T11:56.02",
            "%Y-%m-%dT%H:%M.%S",
            "Europe/London",
            "2017-07-04T10:56:02Z",
        ),
        ("05 12 1988", "%d %m %Y", "UTC", "1988-12-05T00:00:00Z"),
        (
            "1992 % 04 % 26",
            "%Y %% %m %% %d",
            "UTC",
            "1992-04-26T00:00:00Z",
        ),
        (
            "Day: 05 Month: 12 Year: 1988",
            "Day: %d Month: %m Year: %Y",
            "UTC",
            "1988-12-05T00:00:00Z",
        ),
        (
            "4/26/1992:+0445",
            "%m/%d/%Y:%z",
            "UTC",
            "1992-04-25T19:15:00Z",
        ),
        (
            "4/26/1992:+285",
            "%m/%d/%Y:%Z",
            "UTC",
            "1992-04-25T19:15:00Z",
        ),
        (
            "2017-07-14T12:02:44.771 CEST",
            "%Y-%m-%dT%H:%M:%S.%L%z",
            "UTC",
            "2017-07-14T10:02:44.771Z",
        ),
        ("2017", "%G", "UTC", "2017-01-02T00:00:00Z"),
        (
            "2017, Week 53",
            "%G, Week %V",
            "UTC",
            "2018-01-01T00:00:00Z",
        ),
        ("53.7.2017", "%V.%u.%G", "UTC", "2018-01-07T00:00:00Z"),
        ("1.1.1", "%V.%u.%G", "UTC", "0001-01-01T00:00:00Z"),
        ("Jul 04 2017", "%b %d %Y", "UTC", "2017-07-04T00:00:00Z"),
        (
            "2017-03-12 02:30",
            "%Y-%m-%d %H:%M",
            "America/New_York",
            "2017-03-12T07:30:00Z",
        ),
        (
            "2017-07-04",
            "%Y-%m-%d",
            "Asia/Kolkata",
            "2017-07-03T18:30:00Z",
        ),
    ];
    for (input, format, tz, want) in cases {
        let got = from_string(input, zone(tz), Some(format))
            .unwrap_or_else(|e| panic!("{input} / {format}: {}", e.message));
        assert_eq!(got, iso(want), "{input} / {format}");
    }
}

#[test]
fn failures() {
    let cases: &[(&str, Option<&str>, &str, &str)] = &[
        // Non-ASCII text is reported, never split.
        ("2017-07-04 é", None, "UTC", "Unexpected character 'é'"),
        ("é2017", Some("%Y"), "UTC", "0: Unexpected data found. 'é'"),
        (
            "2017éé",
            Some("%Yxx"),
            "UTC",
            "; 5: Format literal not found ''",
        ),
        (
            "July 4th",
            None,
            "UTC",
            "an incomplete date/time string has been found",
        ),
        (
            "12:50:53",
            None,
            "UTC",
            "an incomplete date/time string has been found",
        ),
        ("2017, 12:50:53", None, "UTC", "Error parsing date string"),
        (
            "60.Monday1770/06:59",
            None,
            "UTC",
            "Error parsing date string",
        ),
        ("2017-02-30", None, "UTC", "The parsed date was invalid"),
        ("2017-07-04 25:00", None, "UTC", "Error parsing date string"),
        ("", None, "UTC", "Empty string"),
        (
            "2017-07-12T22:23:55 GMT+02:00",
            None,
            "Europe/Amsterdam",
            "with GMT offset together",
        ),
        (
            "2017-07-12T22:23:55Z",
            None,
            "Europe/Amsterdam",
            "time zone information ('Z')",
        ),
        (
            "2017-07-12T22:23:55 Europe/Amsterdam",
            None,
            "UTC",
            "passing a time zone identifier as part of the string is not allowed",
        ),
        (
            "2018-01",
            Some("%Y-%m-%d"),
            "UTC",
            "Not enough data available to satisfy format",
        ),
        ("2018-01", Some("%Y"), "UTC", "Trailing data"),
        (
            "1992-26-04",
            Some("Y-d-m"),
            "UTC",
            "Format literal not found",
        ),
        (
            "4/26/1992:+0445",
            Some("%m/%d/%Y:%z"),
            "+0500",
            "GMT offset",
        ),
        (
            "ISO Day 6",
            Some("ISO Day %u"),
            "UTC",
            "The parsed date was invalid",
        ),
        (
            "ISO Week 52",
            Some("ISO Week %V"),
            "UTC",
            "The parsed date was invalid",
        ),
        (
            "ISO Week 1, 2018",
            Some("ISO Week %V, %Y"),
            "UTC",
            "Mixing of ISO dates",
        ),
        ("12/31/2018", Some("%m/%d/%G"), "UTC", "Mixing of ISO dates"),
        (
            "12/31\0/2018",
            Some("%m/%d/%Y"),
            "UTC",
            "Not enough data available",
        ),
        ("12/31/2018", Some("%m/%d\0/%Y"), "UTC", "Trailing data"),
        (
            "2017-07-04 11",
            Some("%Y-%m-%d %H:%M"),
            "UTC",
            "Not enough data",
        ),
    ];
    for (input, format, tz, fragment) in cases {
        let err = from_string(input, zone(tz), *format).unwrap_err();
        assert_eq!(err.code, ErrorCode::ConversionFailure, "{input}");
        assert!(err.message.contains(fragment), "{input}: {}", err.message);
    }
    let err = from_string("2017-07-04T25", Zone::Utc, Some("%Y-%m-%dT%H")).unwrap_err();
    assert!(
        err.message.starts_with(
            "Error parsing date string '2017-07-04T25'; 13: The parsed time was invalid"
        ),
        "{}",
        err.message
    );
}
