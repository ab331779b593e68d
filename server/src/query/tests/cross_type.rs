//! mongod's cross-type order ("Comparison/Sort Order" in the manual;
//! canonicalizeBSONType in src/mongo/bson/bsontypes.h and
//! compareElementValues in bsonelement.cpp): one or more values of every BSON
//! type, listed in mongod's order with a rank (equal ranks compare equal), and
//! every ordered pair checked against `compare` — then the same list drives
//! `$type` and the comparison operators, whose expected answers come from
//! the ranks and mongod's matching rules (ComparisonMatchExpression).

use super::{
    bin, code, code_ws, date, dbpointer, dec, inf, nan, neg_inf, oid, re, report, sym, ts,
};
use crate::query::Filter;
use crate::value::compare::compare;
use bson::{doc, Bson, Document};
use std::cmp::Ordering;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// One value per row: a label, its rank in mongod's order, the value.
pub(super) fn ordered_values() -> Vec<(&'static str, u32, Bson)> {
    let oid0 = "000000000000000000000000";
    let oid1 = "000000000000000000000001";
    let oidf = "ffffffffffffffffffffffff";
    vec![
        ("MinKey", 0, Bson::MinKey),
        // Undefined's canonical type (0) sorts below null's (5).
        ("undefined", 1, Bson::Undefined),
        ("null", 2, Bson::Null),
        // Numbers: NaN below every other number, then by value, exactly.
        ("NaN", 3, nan()),
        ("dec NaN", 3, dec("NaN")),
        ("-inf", 4, neg_inf()),
        ("dec -Infinity", 4, dec("-Infinity")),
        ("long min", 5, Bson::Int64(i64::MIN)),
        ("int min", 6, Bson::Int32(i32::MIN)),
        ("double -2^31", 6, Bson::Double(-2_147_483_648.0)),
        ("dec -2147483648", 6, dec("-2147483648")),
        ("double -1.5", 7, Bson::Double(-1.5)),
        ("dec -1.5", 7, dec("-1.5")),
        ("int -1", 8, Bson::Int32(-1)),
        ("dec -1", 8, dec("-1")),
        ("int 0", 9, Bson::Int32(0)),
        ("double -0", 9, Bson::Double(-0.0)),
        ("long 0", 9, Bson::Int64(0)),
        ("dec 0", 9, dec("0")),
        ("dec -0", 9, dec("-0")),
        ("dec 0.1", 10, dec("0.1")),
        ("double 0.1", 11, Bson::Double(0.1)),
        ("int 1", 12, Bson::Int32(1)),
        ("long 1", 12, Bson::Int64(1)),
        ("double 1", 12, Bson::Double(1.0)),
        ("dec 1.000", 12, dec("1.000")),
        ("double 2^53", 13, Bson::Double(9_007_199_254_740_992.0)),
        ("long 2^53", 13, Bson::Int64(1 << 53)),
        ("long 2^53+1", 14, Bson::Int64((1 << 53) + 1)),
        ("long max", 15, Bson::Int64(i64::MAX)),
        ("dec 2^63-1", 15, dec("9223372036854775807")),
        ("double 2^63", 16, Bson::Double(9_223_372_036_854_775_808.0)),
        ("dec 2^63", 16, dec("9223372036854775808")),
        ("double 1e300", 17, Bson::Double(1e300)),
        ("inf", 18, inf()),
        ("dec Infinity", 18, dec("Infinity")),
        // Strings and symbols: bytewise (UTF-8).
        ("\"\"", 19, Bson::String(String::new())),
        ("\"A\"", 20, Bson::String("A".into())),
        ("\"B\"", 21, Bson::String("B".into())),
        ("\"a\"", 22, Bson::String("a".into())),
        ("symbol a", 22, sym("a")),
        ("\"ab\"", 23, Bson::String("ab".into())),
        ("\"b\"", 24, Bson::String("b".into())),
        ("\"é\"", 25, Bson::String("é".into())),
        // Objects: field by field, type bracket, then name, then value.
        ("{}", 26, Bson::Document(doc! {})),
        ("{a: MinKey}", 27, Bson::Document(doc! {"a": Bson::MinKey})),
        ("{a: null}", 28, Bson::Document(doc! {"a": null})),
        ("{a: 1}", 29, Bson::Document(doc! {"a": 1})),
        ("{a: 1.0}", 29, Bson::Document(doc! {"a": 1.0})),
        ("{a: 1, b: 0}", 30, Bson::Document(doc! {"a": 1, "b": 0})),
        ("{b: 1}", 31, Bson::Document(doc! {"b": 1})),
        ("{a: 'x'}", 32, Bson::Document(doc! {"a": "x"})),
        ("{a: {}}", 33, Bson::Document(doc! {"a": {}})),
        ("{a: []}", 34, Bson::Document(doc! {"a": []})),
        ("{z: true}", 35, Bson::Document(doc! {"z": true})),
        // Arrays: element by element, then length.
        ("[]", 36, Bson::Array(vec![])),
        ("[null]", 37, Bson::Array(vec![Bson::Null])),
        ("[1]", 38, Bson::Array(vec![Bson::Int32(1)])),
        ("[1.0]", 38, Bson::Array(vec![Bson::Double(1.0)])),
        (
            "[1, 0]",
            39,
            Bson::Array(vec![Bson::Int32(1), Bson::Int32(0)]),
        ),
        ("[1e300]", 40, Bson::Array(vec![Bson::Double(1e300)])),
        ("['a']", 41, Bson::Array(vec![Bson::String("a".into())])),
        ("[{}]", 42, Bson::Array(vec![Bson::Document(doc! {})])),
        ("[[]]", 43, Bson::Array(vec![Bson::Array(vec![])])),
        // BinData: length, then subtype, then bytes.
        ("bin0 []", 44, bin(0, &[])),
        ("bin0 [ff]", 45, bin(0, &[0xff])),
        ("bin5 [00]", 46, bin(5, &[0x00])),
        ("bin0 [00 00]", 47, bin(0, &[0, 0])),
        ("oid 0", 48, oid(oid0)),
        ("oid 1", 49, oid(oid1)),
        ("oid f", 50, oid(oidf)),
        ("false", 51, Bson::Boolean(false)),
        ("true", 52, Bson::Boolean(true)),
        // Dates compare as signed milliseconds.
        ("date -1", 53, date(-1)),
        ("date 0", 54, date(0)),
        ("date 1e6", 55, date(1_000_000)),
        // Timestamps: seconds, then increment.
        ("ts(0,0)", 56, ts(0, 0)),
        ("ts(0,1)", 57, ts(0, 1)),
        ("ts(1,0)", 58, ts(1, 0)),
        ("ts(max,max)", 59, ts(u32::MAX, u32::MAX)),
        // Regexes: pattern, then flags.
        ("/a/", 60, re("a", "")),
        ("/a/i", 61, re("a", "i")),
        ("/ab/", 62, re("ab", "")),
        ("/b/", 63, re("b", "")),
        // DBPointers: value size, then bytes.
        ("dbpointer a", 64, dbpointer("a", oid1)),
        ("dbpointer b", 65, dbpointer("b", oid0)),
        ("dbpointer aa", 66, dbpointer("aa", oid0)),
        ("code a", 67, code("a")),
        ("code b", 68, code("b")),
        ("codews a {}", 69, code_ws("a", doc! {})),
        ("codews a {x: 1}", 70, code_ws("a", doc! {"x": 1})),
        ("codews b {}", 71, code_ws("b", doc! {})),
        ("MaxKey", 72, Bson::MaxKey),
    ]
}

/// mongod's canonical type (canonicalizeBSONType).
fn canonical(v: &Bson) -> i32 {
    match v {
        Bson::MinKey => -1,
        Bson::Undefined => 0,
        Bson::Null => 5,
        Bson::Double(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Decimal128(_) => 10,
        Bson::String(_) | Bson::Symbol(_) => 15,
        Bson::Document(_) => 20,
        Bson::Array(_) => 25,
        Bson::Binary(_) => 30,
        Bson::ObjectId(_) => 35,
        Bson::Boolean(_) => 40,
        Bson::DateTime(_) => 45,
        Bson::Timestamp(_) => 47,
        Bson::RegularExpression(_) => 50,
        Bson::DbPointer(_) => 55,
        Bson::JavaScriptCode(_) => 60,
        Bson::JavaScriptCodeWithScope(_) => 65,
        Bson::MaxKey => 127,
    }
}

fn check_pairs() -> (usize, Vec<String>) {
    let values = ordered_values();
    // The list itself must be in mongod's order with coherent ranks.
    for w in values.windows(2) {
        assert!(w[0].1 <= w[1].1, "ranks out of order at {}", w[1].0);
        assert!(
            canonical(&w[0].2) <= canonical(&w[1].2),
            "types out of order at {}",
            w[1].0
        );
    }
    let mut total = 0;
    let mut failures = Vec::new();
    for (la, ra, a) in &values {
        for (lb, rb, b) in &values {
            total += 1;
            let want = ra.cmp(rb);
            let got = compare(a, b);
            if got != want {
                failures.push(format!(
                    "compare({la}, {lb}): ours {got:?}, mongod {want:?}"
                ));
            }
        }
    }
    (total, failures)
}

#[test]
fn compare_every_ordered_pair() {
    let (total, failures) = check_pairs();
    report("compare() over every ordered pair", total, failures);
}

/// mongod's `$type` name and number for a value (bsontypes.cpp).
fn type_of(v: &Bson) -> (&'static str, i32) {
    match v {
        Bson::Double(_) => ("double", 1),
        Bson::String(_) => ("string", 2),
        Bson::Document(_) => ("object", 3),
        Bson::Array(_) => ("array", 4),
        Bson::Binary(_) => ("binData", 5),
        Bson::Undefined => ("undefined", 6),
        Bson::ObjectId(_) => ("objectId", 7),
        Bson::Boolean(_) => ("bool", 8),
        Bson::DateTime(_) => ("date", 9),
        Bson::Null => ("null", 10),
        Bson::RegularExpression(_) => ("regex", 11),
        Bson::DbPointer(_) => ("dbPointer", 12),
        Bson::JavaScriptCode(_) => ("javascript", 13),
        Bson::Symbol(_) => ("symbol", 14),
        Bson::JavaScriptCodeWithScope(_) => ("javascriptWithScope", 15),
        Bson::Int32(_) => ("int", 16),
        Bson::Timestamp(_) => ("timestamp", 17),
        Bson::Int64(_) => ("long", 18),
        Bson::Decimal128(_) => ("decimal", 19),
        Bson::MinKey => ("minKey", -1),
        Bson::MaxKey => ("maxKey", 127),
    }
}

const ALIASES: [(&str, i32); 21] = [
    ("double", 1),
    ("string", 2),
    ("object", 3),
    ("array", 4),
    ("binData", 5),
    ("undefined", 6),
    ("objectId", 7),
    ("bool", 8),
    ("date", 9),
    ("null", 10),
    ("regex", 11),
    ("dbPointer", 12),
    ("javascript", 13),
    ("symbol", 14),
    ("javascriptWithScope", 15),
    ("int", 16),
    ("timestamp", 17),
    ("long", 18),
    ("decimal", 19),
    ("minKey", -1),
    ("maxKey", 127),
];

/// The values a leaf predicate sees for `{a: v}`: the value itself and, for
/// an array, each element (one level, as mongod's path traversal does).
fn candidates(v: &Bson) -> Vec<&Bson> {
    let mut out = vec![v];
    if let Bson::Array(a) = v {
        out.extend(a.iter());
    }
    out
}

fn matches(filter: &Document, d: &Document) -> Result<bool, String> {
    catch_unwind(AssertUnwindSafe(|| {
        Filter::parse(filter)
            .map_err(|e| format!("parse error {}", e.code.code()))?
            .matches(d)
            .map_err(|e| format!("match error {}", e.code.code()))
    }))
    .unwrap_or_else(|_| Err("engine panicked".into()))
}

#[test]
fn type_operator_matrix() {
    let values = ordered_values();
    let mut total = 0;
    let mut failures = Vec::new();
    for (label, _, v) in &values {
        let d = doc! {"a": v.clone()};
        let seen: Vec<(&str, i32)> = candidates(v).into_iter().map(type_of).collect();
        let is_number = candidates(v).into_iter().any(|c| canonical(c) == 10);
        for (alias, number) in ALIASES {
            let want = seen.iter().any(|(n, _)| *n == alias);
            for filter in [doc! {"a": {"$type": alias}}, doc! {"a": {"$type": number}}] {
                total += 1;
                match matches(&filter, &d) {
                    Ok(got) if got == want => {}
                    other => failures.push(format!(
                        "{filter} on {label}: ours {other:?}, mongod {want}"
                    )),
                }
            }
        }
        total += 1;
        let filter = doc! {"a": {"$type": "number"}};
        match matches(&filter, &d) {
            Ok(got) if got == is_number => {}
            other => failures.push(format!(
                "{filter} on {label}: ours {other:?}, mongod {is_number}"
            )),
        }
    }
    report("$type over every value and type", total, failures);
}

const OPS: [&str; 5] = ["$eq", "$gt", "$gte", "$lt", "$lte"];

fn is_nan(v: &Bson) -> bool {
    match v {
        Bson::Double(d) => d.is_nan(),
        Bson::Decimal128(d) => d.to_string().contains("NaN"),
        _ => false,
    }
}

/// mongod's answer for one candidate value `c` against `{op: x}`, given the
/// ordering of `c` against `x` (ComparisonMatchExpression::matchesSingleElement).
fn op_holds(op: &str, c: &Bson, x: &Bson, ord: Ordering) -> bool {
    if canonical(c) != canonical(x) {
        return match x {
            Bson::MinKey => matches!(op, "$gt" | "$gte"),
            Bson::MaxKey => matches!(op, "$lt" | "$lte"),
            _ => false,
        };
    }
    if op != "$eq" && (is_nan(c) || is_nan(x)) {
        return matches!(op, "$gte" | "$lte") && is_nan(c) && is_nan(x);
    }
    match op {
        "$eq" => ord == Ordering::Equal,
        "$gt" => ord == Ordering::Greater,
        "$gte" => ord != Ordering::Less,
        "$lt" => ord == Ordering::Less,
        _ => ord != Ordering::Greater,
    }
}

fn check_operators() -> (usize, Vec<String>) {
    let values: Vec<(&str, u32, Bson)> = ordered_values()
        .into_iter()
        // Undefined is refused as an operand, and null's matching of it
        // changed in 8.0; the matcher tables cover it.
        .filter(|(l, _, _)| *l != "undefined")
        .collect();
    let rank_of = |v: &Bson| {
        values
            .iter()
            .find(|(_, _, w)| w == v || (is_nan(w) && is_nan(v)))
            .map(|(_, r, _)| *r)
    };
    let mut total = 0;
    let mut failures = Vec::new();
    for (_, rx, x) in &values {
        for op in OPS {
            // Non-equality comparisons refuse a regex operand.
            if op != "$eq" && matches!(x, Bson::RegularExpression(_)) {
                continue;
            }
            let filter = doc! {"a": {op: x.clone()}};
            for (ly, _, y) in &values {
                let cands: Vec<(u32, &Bson)> = candidates(y)
                    .into_iter()
                    .map(|c| {
                        let r = rank_of(c).expect("array elements are listed values");
                        (r, c)
                    })
                    .collect();
                total += 1;
                let want = cands.iter().any(|(rc, c)| op_holds(op, c, x, rc.cmp(rx)));
                let d = doc! {"a": y.clone()};
                match matches(&filter, &d) {
                    Ok(got) if got == want => {}
                    other => {
                        failures.push(format!("{filter} on {ly}: ours {other:?}, mongod {want}"));
                    }
                }
            }
        }
    }
    (total, failures)
}

#[test]
fn comparison_operator_matrix() {
    let (total, failures) = check_operators();
    report(
        "$eq/$gt/$gte/$lt/$lte over every pair of values",
        total,
        failures,
    );
}
