//! The matcher: `(filter, document, matches?)` rows, collection tables taken
//! from mongod's jstests (every query run against a fixed set of documents,
//! with mongod's result set), and parse errors with mongod's codes.
//!
//! Sources: the MongoDB manual (query operator pages, "Comparison/Sort
//! Order", "Compatibility Changes in MongoDB 8.0"), mongod's
//! src/mongo/db/matcher/expression_parser.cpp, expression_leaf.cpp,
//! expression_array.cpp, matcher_type_set.cpp, and the jstests
//! jstests/core/query/elemmatch/elemmatch_value.js,
//! jstests/core/query/null_query_semantics.js, jstests/core/query/bittest.js
//! and jstests/core/mod.js.

use super::{bin, bin64, code, date, dec, inf, nan, neg_inf, oid, re, report, sym, ts};
use crate::query::Filter;
use bson::{doc, Bson, Document};
use std::panic::{catch_unwind, AssertUnwindSafe};

type Row = (Document, Document, bool);

/// Parses and matches one row; `Err` describes how it went wrong.
fn eval_row(filter: &Document, d: &Document) -> Result<bool, String> {
    let outcome = catch_unwind(AssertUnwindSafe(|| match Filter::parse(filter) {
        Err(e) => Err(format!("parse error {} ({})", e.code.code(), e.message)),
        Ok(f) => f
            .matches(d)
            .map_err(|e| format!("match error {} ({})", e.code.code(), e.message)),
    }));
    outcome.unwrap_or_else(|_| Err("engine panicked".to_string()))
}

/// Runs rows, reporting every one that disagrees with mongod.
fn run(table: &str, rows: Vec<Row>) {
    let total = rows.len();
    let mut failures = Vec::new();
    for (i, (filter, d, want)) in rows.iter().enumerate() {
        match eval_row(filter, d) {
            Ok(got) if got == *want => {}
            Ok(got) => failures.push(format!("#{i} {filter} on {d}: ours {got}, mongod {want}")),
            Err(e) => failures.push(format!("#{i} {filter} on {d}: ours {e}, mongod {want}")),
        }
    }
    report(table, total, failures);
}

/// Expands a collection table: each query against every document, matching
/// exactly the documents mongod returned.
fn expand(docs: &[(&str, Document)], queries: Vec<(Document, Vec<&str>)>) -> Vec<Row> {
    for (_, ids) in &queries {
        for id in ids {
            assert!(
                docs.iter().any(|(d, _)| d == id),
                "unknown document id {id}"
            );
        }
    }
    let mut rows = Vec::new();
    for (q, ids) in queries {
        for (id, d) in docs {
            rows.push((q.clone(), d.clone(), ids.contains(id)));
        }
    }
    rows
}

/// Like [`expand`] for jstests that only count matches.
fn run_counts(table: &str, docs: &[Document], queries: Vec<(Document, usize)>) {
    let mut failures = Vec::new();
    let total = queries.len();
    for (q, want) in &queries {
        let mut got = 0;
        let mut errors = Vec::new();
        for d in docs {
            match eval_row(q, d) {
                Ok(true) => got += 1,
                Ok(false) => {}
                Err(e) => errors.push(e),
            }
        }
        if let Some(e) = errors.first() {
            failures.push(format!("{q}: ours {e}, mongod counts {want}"));
        } else if got != *want {
            failures.push(format!("{q}: ours counts {got}, mongod {want}"));
        }
    }
    report(table, total, failures);
}

fn parse_code(filter: &Document) -> Result<i32, String> {
    let outcome = catch_unwind(AssertUnwindSafe(|| Filter::parse(filter)));
    match outcome {
        Err(_) => Err("engine panicked".into()),
        Ok(Ok(_)) => Err("parsed without error".into()),
        Ok(Err(e)) => Ok(e.code.code()),
    }
}

fn run_errors(table: &str, rows: Vec<(Document, i32)>) {
    let total = rows.len();
    let mut failures = Vec::new();
    for (i, (filter, want)) in rows.iter().enumerate() {
        match parse_code(filter) {
            Ok(code) if code == *want => {}
            Ok(code) => failures.push(format!("#{i} {filter}: ours code {code}, mongod {want}")),
            Err(e) => failures.push(format!("#{i} {filter}: ours {e}, mongod code {want}")),
        }
    }
    report(table, total, failures);
}

const OID_A: &str = "000000000000000000000001";
const OID_B: &str = "000000000000000000000002";

#[test]
fn equality() {
    run(
        "equality",
        vec![
            // Numbers compare by value across int32, int64, double, decimal.
            (doc! {"a": 1}, doc! {"a": 1}, true),
            (doc! {"a": 1}, doc! {"a": 1.0}, true),
            (doc! {"a": 1}, doc! {"a": 1_i64}, true),
            (doc! {"a": 1}, doc! {"a": dec("1")}, true),
            (doc! {"a": 1}, doc! {"a": dec("1.000")}, true),
            (doc! {"a": 1_i64}, doc! {"a": 1.0}, true),
            (doc! {"a": dec("1.0")}, doc! {"a": 1}, true),
            (doc! {"a": 1.5}, doc! {"a": dec("1.5")}, true),
            (doc! {"a": dec("-2.50")}, doc! {"a": -2.5}, true),
            // Decimals compare exactly (compareDecimalToDouble/ToLong): the
            // decimal 0.1 is below the double nearest 0.1.
            (doc! {"a": 0.1}, doc! {"a": dec("0.1")}, false),
            (doc! {"a": {"$lt": 0.1}}, doc! {"a": dec("0.1")}, true),
            (doc! {"a": {"$gt": dec("0.1")}}, doc! {"a": 0.1}, true),
            (
                doc! {"a": i64::MAX},
                doc! {"a": dec("9223372036854775807")},
                true,
            ),
            (
                doc! {"a": dec("9223372036854775807")},
                doc! {"a": i64::MAX},
                true,
            ),
            (
                doc! {"a": dec("9223372036854775808")},
                doc! {"a": i64::MAX},
                false,
            ),
            (
                doc! {"a": {"$gt": i64::MAX}},
                doc! {"a": dec("9223372036854775808")},
                true,
            ),
            (doc! {"a": dec("1E+1")}, doc! {"a": 10}, true),
            (doc! {"a": dec("0.5")}, doc! {"a": 0.5}, true),
            (
                doc! {"a": i64::MAX},
                doc! {"a": 9_223_372_036_854_775_808.0},
                false,
            ),
            (
                doc! {"a": (1_i64 << 53) + 1},
                doc! {"a": (1_i64 << 53) as f64},
                false,
            ),
            (
                doc! {"a": 1_i64 << 53},
                doc! {"a": (1_i64 << 53) as f64},
                true,
            ),
            (doc! {"a": 0}, doc! {"a": -0.0}, true),
            (doc! {"a": 0}, doc! {"a": dec("-0")}, true),
            (doc! {"a": 2}, doc! {"a": 2.000_000_001}, false),
            (doc! {"a": 1}, doc! {"a": "1"}, false),
            (doc! {"a": 1}, doc! {"a": true}, false),
            (doc! {"a": 0}, doc! {"a": false}, false),
            (doc! {"a": 0}, doc! {"a": null}, false),
            (doc! {"a": 0}, doc! {}, false),
            (doc! {"a": nan()}, doc! {"a": nan()}, true),
            (doc! {"a": nan()}, doc! {"a": dec("NaN")}, true),
            (doc! {"a": nan()}, doc! {"a": 0}, false),
            (doc! {"a": 0}, doc! {"a": nan()}, false),
            (doc! {"a": inf()}, doc! {"a": dec("Infinity")}, true),
            (doc! {"a": neg_inf()}, doc! {"a": inf()}, false),
            (doc! {"a": {"$eq": 1}}, doc! {"a": 1.0}, true),
            // Strings and symbols share a bracket; comparison is bytewise.
            (doc! {"a": "x"}, doc! {"a": "x"}, true),
            (doc! {"a": "x"}, doc! {"a": "X"}, false),
            (doc! {"a": "x"}, doc! {"a": sym("x")}, true),
            (doc! {"a": sym("x")}, doc! {"a": "x"}, true),
            (doc! {"a": ""}, doc! {"a": ""}, true),
            (doc! {"a": ""}, doc! {}, false),
            (doc! {"a": "é"}, doc! {"a": "é"}, true),
            (doc! {"a": "x"}, doc! {"a": ["y", "x"]}, true),
            // Embedded documents: field order matters, values compare as values.
            (doc! {"a": {"b": 1}}, doc! {"a": {"b": 1}}, true),
            (doc! {"a": {"b": 1}}, doc! {"a": {"b": 1.0}}, true),
            (
                doc! {"a": {"b": 1, "c": 2}},
                doc! {"a": {"c": 2, "b": 1}},
                false,
            ),
            (doc! {"a": {"b": 1}}, doc! {"a": {"b": 1, "c": 1}}, false),
            (doc! {"a": {}}, doc! {"a": {}}, true),
            (doc! {"a": {}}, doc! {"a": [{}]}, true),
            (doc! {"a": {"b": 1}}, doc! {"a": [{"b": 2}, {"b": 1}]}, true),
            (doc! {"a": {"b": 1}}, doc! {"a": {"b": [1]}}, false),
            // Arrays: whole-array equality or an element equal to the value.
            (doc! {"a": [1, 2]}, doc! {"a": [1, 2]}, true),
            (doc! {"a": [1, 2]}, doc! {"a": [2, 1]}, false),
            (doc! {"a": [1, 2]}, doc! {"a": [1, 2, 3]}, false),
            (doc! {"a": [1, 2]}, doc! {"a": [[1, 2], 3]}, true),
            (doc! {"a": [1, 2]}, doc! {"a": 1}, false),
            (doc! {"a": [1]}, doc! {"a": 1}, false),
            (doc! {"a": [1, 2]}, doc! {"a": [1.0, 2_i64]}, true),
            (doc! {"a": []}, doc! {"a": []}, true),
            (doc! {"a": []}, doc! {"a": [[]]}, true),
            (doc! {"a": []}, doc! {}, false),
            (doc! {"a": []}, doc! {"a": null}, false),
            (doc! {"a": 2}, doc! {"a": [1, 2, 3]}, true),
            (doc! {"a": 4}, doc! {"a": [1, 2, 3]}, false),
            (doc! {"a": 2}, doc! {"a": [[2]]}, false),
            (doc! {"a": [2]}, doc! {"a": [[2]]}, true),
            (doc! {"a": 2}, doc! {"a": []}, false),
            // Other types.
            (doc! {"a": true}, doc! {"a": true}, true),
            (doc! {"a": true}, doc! {"a": 1}, false),
            (doc! {"a": false}, doc! {"a": 0}, false),
            (doc! {"a": date(5)}, doc! {"a": date(5)}, true),
            (doc! {"a": date(5)}, doc! {"a": 5_i64}, false),
            (doc! {"a": date(5)}, doc! {"a": ts(0, 5)}, false),
            (doc! {"a": ts(1, 2)}, doc! {"a": ts(1, 2)}, true),
            (doc! {"a": ts(1, 2)}, doc! {"a": ts(1, 3)}, false),
            (doc! {"a": oid(OID_A)}, doc! {"a": oid(OID_A)}, true),
            (doc! {"a": oid(OID_A)}, doc! {"a": oid(OID_B)}, false),
            (doc! {"a": oid(OID_A)}, doc! {"a": OID_A}, false),
            (
                doc! {"a": bin(0, &[1, 2])},
                doc! {"a": bin(0, &[1, 2])},
                true,
            ),
            (
                doc! {"a": bin(0, &[1, 2])},
                doc! {"a": bin(4, &[1, 2])},
                false,
            ),
            (
                doc! {"a": bin(0, &[1, 2])},
                doc! {"a": bin(0, &[1, 3])},
                false,
            ),
            (doc! {"a": Bson::MinKey}, doc! {"a": Bson::MinKey}, true),
            (doc! {"a": Bson::MaxKey}, doc! {"a": Bson::MaxKey}, true),
            (doc! {"a": Bson::MinKey}, doc! {"a": null}, false),
            (doc! {"a": Bson::MaxKey}, doc! {}, false),
            (doc! {"a": Bson::MinKey}, doc! {"a": Bson::MaxKey}, false),
            (doc! {"a": code("f()")}, doc! {"a": code("f()")}, true),
            (doc! {"a": code("f()")}, doc! {"a": "f()"}, false),
        ],
    );
}

#[test]
fn paths() {
    run(
        "dotted and numeric paths",
        vec![
            (doc! {"a.b": 1}, doc! {"a": {"b": 1}}, true),
            (doc! {"a.b": 1}, doc! {"a": [{"b": 1}]}, true),
            (doc! {"a.b": 1}, doc! {"a": [{"b": 2}, {"b": 1}]}, true),
            (doc! {"a.b": 1}, doc! {"a": [{"b": [1]}]}, true),
            (doc! {"a.b": 1}, doc! {"a": [{"b": [[1]]}]}, false),
            (doc! {"a.b": 1}, doc! {"a": [[{"b": 1}]]}, false),
            (doc! {"a.b": 1}, doc! {"a": {"b": [1, 2]}}, true),
            (doc! {"a.b": 1}, doc! {"a": 5}, false),
            (doc! {"a.b": 1}, doc! {"a": [1, 2]}, false),
            (doc! {"a.b": 1}, doc! {"a.b": 1}, false),
            (doc! {"a.b.c": 1}, doc! {"a": [{"b": [{"c": 1}]}]}, true),
            (doc! {"a.b.c": 1}, doc! {"a": [{"b": {"c": [0, 1]}}]}, true),
            (doc! {"a.b.c": 1}, doc! {"a": {"b": {"c": 2}}}, false),
            (doc! {"a.0": 1}, doc! {"a": [1, 2]}, true),
            (doc! {"a.1": 1}, doc! {"a": [1, 2]}, false),
            (doc! {"a.1": 2}, doc! {"a": [1, 2]}, true),
            (doc! {"a.5": 1}, doc! {"a": [1, 2]}, false),
            (doc! {"a.0": 1}, doc! {"a": {"0": 1}}, true),
            (doc! {"a.0": 1}, doc! {"a": 1}, false),
            (doc! {"a.0.b": 1}, doc! {"a": [{"b": 1}]}, true),
            (doc! {"a.1.b": 2}, doc! {"a": [{"b": 1}, {"b": 2}]}, true),
            (doc! {"a.0.b": 2}, doc! {"a": [{"b": 1}, {"b": 2}]}, false),
            // A path ending on an array offset yields that element whole
            // (mongod's BSONElementIterator: "our path terminates at the
            // array offset"), so the nested array is not expanded.
            (doc! {"a.0": 5}, doc! {"a": [[5]]}, false),
            (doc! {"a.0": [5]}, doc! {"a": [[5]]}, true),
            (doc! {"a.0.0": 5}, doc! {"a": [[5]]}, true),
            (doc! {"a.0.b": 1}, doc! {"a": [[{"b": 1}]]}, true),
            (doc! {"a.b.0": 1}, doc! {"a": {"b": [1]}}, true),
            (doc! {"a.b.0": 1}, doc! {"a": [{"b": [1]}]}, true),
            (
                doc! {"a.b.1": 1},
                doc! {"a": [{"b": [0, 1]}, {"b": [9]}]},
                true,
            ),
            (
                doc! {"a.b.1": 9},
                doc! {"a": [{"b": [0, 1]}, {"b": [9]}]},
                false,
            ),
            (doc! {"a.-1": 1}, doc! {"a": [1]}, false),
            (doc! {"a.0": {"$gt": 1}}, doc! {"a": [2, 0]}, true),
            (doc! {"a.0": {"$gt": 1}}, doc! {"a": [0, 2]}, false),
        ],
    );
}

#[test]
fn null_and_missing() {
    run(
        "null and missing",
        vec![
            (doc! {"a": null}, doc! {}, true),
            (doc! {"a": null}, doc! {"a": null}, true),
            (doc! {"a": null}, doc! {"a": 0}, false),
            (doc! {"a": null}, doc! {"a": false}, false),
            (doc! {"a": null}, doc! {"a": ""}, false),
            (doc! {"a": null}, doc! {"a": [1, null]}, true),
            (doc! {"a": null}, doc! {"a": [1, 2]}, false),
            (doc! {"a": null}, doc! {"a": []}, false),
            (doc! {"a": null}, doc! {"a": [[]]}, false),
            (doc! {"a": null}, doc! {"a": {}}, false),
            (doc! {"a": null}, doc! {"b": null}, true),
            (doc! {"a": {"$eq": null}}, doc! {}, true),
            (doc! {"a.b": null}, doc! {"a": {}}, true),
            (doc! {"a.b": null}, doc! {"a": 5}, true),
            (doc! {"a.b": null}, doc! {"a": null}, true),
            (doc! {"a.b": null}, doc! {"a": {"b": "hi"}}, false),
            (doc! {"a.b": null}, doc! {"a": [{"b": 1}, {"c": 1}]}, true),
            (doc! {"a.b": null}, doc! {"a": [{"b": 1}, {"b": 2}]}, false),
            (doc! {"a": {"$exists": false}}, doc! {"a": null}, false),
            (doc! {"a": {"$type": "null"}}, doc! {}, false),
            // Since 8.0 null equality no longer matches undefined
            // ("Compatibility Changes in MongoDB 8.0").
            (doc! {"a": null}, doc! {"a": [1, Bson::Undefined]}, false),
            (
                doc! {"a.b": null},
                doc! {"a": {"b": Bson::Undefined}},
                false,
            ),
        ],
    );
}

#[test]
fn comparisons() {
    run(
        "comparison operators with type bracketing",
        vec![
            (doc! {"a": {"$gt": 1}}, doc! {"a": 2}, true),
            (doc! {"a": {"$gt": 1}}, doc! {"a": 1}, false),
            (doc! {"a": {"$gt": 1}}, doc! {"a": "2"}, false),
            (doc! {"a": {"$gt": 1}}, doc! {"a": [0, 2]}, true),
            (doc! {"a": {"$gt": 1}}, doc! {"a": [0, 1]}, false),
            (doc! {"a": {"$gt": 1}}, doc! {"a": null}, false),
            (doc! {"a": {"$gt": 1}}, doc! {}, false),
            (doc! {"a": {"$gt": 1}}, doc! {"a": true}, false),
            (doc! {"a": {"$gt": 1}}, doc! {"a": date(5000)}, false),
            (doc! {"a": {"$gt": 1}}, doc! {"a": 1.000_000_1}, true),
            (doc! {"a": {"$gt": 1}}, doc! {"a": dec("1.1")}, true),
            (doc! {"a": {"$gt": 1}}, doc! {"a": 2_i64}, true),
            (doc! {"a": {"$gte": 1}}, doc! {"a": 1.0}, true),
            (doc! {"a": {"$gte": 1}}, doc! {"a": 1_i64}, true),
            (doc! {"a": {"$gte": 1}}, doc! {"a": dec("0.99")}, false),
            (doc! {"a": {"$lt": 1}}, doc! {"a": dec("0.99")}, true),
            (doc! {"a": {"$lte": 1}}, doc! {"a": 1}, true),
            (doc! {"a": {"$lte": 1}}, doc! {"a": [5, 1]}, true),
            (doc! {"a": {"$lt": 10}}, doc! {"a": 9.99}, true),
            (doc! {"a": {"$lt": 10}}, doc! {"a": neg_inf()}, true),
            (doc! {"a": {"$gt": 1, "$lt": 3}}, doc! {"a": 2}, true),
            (doc! {"a": {"$gt": 1, "$lt": 3}}, doc! {"a": [0, 5]}, true),
            (doc! {"a": {"$gt": 1, "$lt": 3}}, doc! {"a": [2]}, true),
            (doc! {"a": {"$gt": 1, "$lt": 3}}, doc! {"a": 3}, false),
            (
                doc! {"a": {"$gt": i64::MAX - 1}},
                doc! {"a": i64::MAX},
                true,
            ),
            (
                doc! {"a": {"$lt": (1_i64 << 53) + 1}},
                doc! {"a": (1_i64 << 53) as f64},
                true,
            ),
            // Strings: bytewise.
            (doc! {"a": {"$lt": "b"}}, doc! {"a": "a"}, true),
            (doc! {"a": {"$lt": "b"}}, doc! {"a": "B"}, true),
            (doc! {"a": {"$lt": "b"}}, doc! {"a": "ba"}, false),
            (doc! {"a": {"$lt": "b"}}, doc! {"a": 1}, false),
            (doc! {"a": {"$lt": "b"}}, doc! {"a": sym("a")}, true),
            (doc! {"a": {"$gt": "a"}}, doc! {"a": "ab"}, true),
            (doc! {"a": {"$gt": "z"}}, doc! {"a": "é"}, true),
            (doc! {"a": {"$gte": ""}}, doc! {"a": ""}, true),
            // Documents and arrays compare as wholes.
            (doc! {"a": {"$gt": {}}}, doc! {"a": {"b": 1}}, true),
            (doc! {"a": {"$gt": {"b": 1}}}, doc! {"a": {"b": 2}}, true),
            (doc! {"a": {"$gt": {"b": 1}}}, doc! {"a": {"b": "x"}}, true),
            (doc! {"a": {"$gt": {"b": 1}}}, doc! {"a": {"c": 0}}, true),
            (doc! {"a": {"$lt": {"b": 1}}}, doc! {"a": {"b": null}}, true),
            (
                doc! {"a": {"$lt": {"b": 1}}},
                doc! {"a": {"b": 1, "c": 0}},
                false,
            ),
            (doc! {"a": {"$gt": {"b": 1}}}, doc! {"a": 5}, false),
            (doc! {"a": {"$gt": [1]}}, doc! {"a": [2]}, true),
            (doc! {"a": {"$gt": [1]}}, doc! {"a": [1, 0]}, true),
            (doc! {"a": {"$gt": [1]}}, doc! {"a": [0, 5]}, false),
            (doc! {"a": {"$lt": [2]}}, doc! {"a": [1, 9]}, true),
            (doc! {"a": {"$gt": [1]}}, doc! {"a": 5}, false),
            // Dates (signed), timestamps, ObjectIds, booleans, BinData.
            (doc! {"a": {"$gt": date(0)}}, doc! {"a": date(1)}, true),
            (doc! {"a": {"$gt": date(0)}}, doc! {"a": 1}, false),
            (doc! {"a": {"$gt": date(0)}}, doc! {"a": ts(1, 0)}, false),
            (doc! {"a": {"$lt": date(0)}}, doc! {"a": date(-1)}, true),
            (doc! {"a": {"$gt": ts(1, 1)}}, doc! {"a": ts(1, 2)}, true),
            (doc! {"a": {"$gt": ts(1, 1)}}, doc! {"a": ts(2, 0)}, true),
            (doc! {"a": {"$gt": ts(1, 1)}}, doc! {"a": ts(1, 0)}, false),
            (doc! {"a": {"$gt": ts(1, 1)}}, doc! {"a": date(5000)}, false),
            (
                doc! {"a": {"$gt": oid(OID_A)}},
                doc! {"a": oid(OID_B)},
                true,
            ),
            (
                doc! {"a": {"$gt": oid(OID_B)}},
                doc! {"a": oid(OID_A)},
                false,
            ),
            (doc! {"a": {"$gt": false}}, doc! {"a": true}, true),
            (doc! {"a": {"$lt": true}}, doc! {"a": false}, true),
            (doc! {"a": {"$lt": true}}, doc! {"a": 0}, false),
            (
                doc! {"a": {"$gt": bin(0, &[1])}},
                doc! {"a": bin(0, &[1, 0])},
                true,
            ),
            (
                doc! {"a": {"$gt": bin(0, &[9])}},
                doc! {"a": bin(0, &[1, 0])},
                true,
            ),
            (
                doc! {"a": {"$lt": bin(5, &[0])}},
                doc! {"a": bin(0, &[255])},
                true,
            ),
            // NaN: equal to itself, otherwise never ordered.
            (doc! {"a": {"$gt": neg_inf()}}, doc! {"a": nan()}, false),
            (doc! {"a": {"$lt": 0}}, doc! {"a": nan()}, false),
            (doc! {"a": {"$gte": nan()}}, doc! {"a": nan()}, true),
            (doc! {"a": {"$lte": nan()}}, doc! {"a": nan()}, true),
            (doc! {"a": {"$lt": nan()}}, doc! {"a": nan()}, false),
            (doc! {"a": {"$gt": nan()}}, doc! {"a": nan()}, false),
            (doc! {"a": {"$gt": nan()}}, doc! {"a": 1}, false),
            (doc! {"a": {"$lt": nan()}}, doc! {"a": 1}, false),
            (doc! {"a": {"$lte": nan()}}, doc! {"a": neg_inf()}, false),
            (doc! {"a": {"$gte": dec("NaN")}}, doc! {"a": nan()}, true),
            (doc! {"a": {"$lt": 1}}, doc! {"a": dec("NaN")}, false),
            (doc! {"a": {"$gt": 1e308}}, doc! {"a": inf()}, true),
            (
                doc! {"a": {"$lt": dec("-Infinity")}},
                doc! {"a": neg_inf()},
                false,
            ),
            (
                doc! {"a": {"$lte": dec("-Infinity")}},
                doc! {"a": neg_inf()},
                true,
            ),
            (doc! {"a": {"$gt": 1}}, doc! {"a": dec("Infinity")}, true),
            // MinKey and MaxKey operands: no type bracketing, `$gt/$gte:
            // MinKey` and `$lt/$lte: MaxKey` match every other type
            // (ComparisonMatchExpression::matchesSingleElement), missing
            // fields too (jstests min_max_key.js).
            (doc! {"a": {"$gt": Bson::MinKey}}, doc! {"a": 1}, true),
            (doc! {"a": {"$gt": Bson::MinKey}}, doc! {"a": "x"}, true),
            (doc! {"a": {"$gt": Bson::MinKey}}, doc! {"a": null}, true),
            (doc! {"a": {"$gt": Bson::MinKey}}, doc! {"a": []}, true),
            (
                doc! {"a": {"$gt": Bson::MinKey}},
                doc! {"a": Bson::MaxKey},
                true,
            ),
            (doc! {"a": {"$gt": Bson::MinKey}}, doc! {}, true),
            (doc! {"a": {"$gte": Bson::MinKey}}, doc! {"a": {}}, true),
            (doc! {"a": {"$lt": Bson::MaxKey}}, doc! {"a": 1}, true),
            (
                doc! {"a": {"$lt": Bson::MaxKey}},
                doc! {"a": Bson::MinKey},
                true,
            ),
            (doc! {"a": {"$lt": Bson::MaxKey}}, doc! {}, true),
            (doc! {"a": {"$lte": Bson::MaxKey}}, doc! {"a": true}, true),
            (
                doc! {"a": {"$gt": Bson::MinKey}},
                doc! {"a": Bson::MinKey},
                false,
            ),
            (
                doc! {"a": {"$gte": Bson::MinKey}},
                doc! {"a": Bson::MinKey},
                true,
            ),
            (
                doc! {"a": {"$lt": Bson::MaxKey}},
                doc! {"a": Bson::MaxKey},
                false,
            ),
            (
                doc! {"a": {"$lte": Bson::MaxKey}},
                doc! {"a": Bson::MaxKey},
                true,
            ),
            (doc! {"a": {"$lt": Bson::MinKey}}, doc! {"a": 1}, false),
            (doc! {"a": {"$lte": Bson::MinKey}}, doc! {"a": 1}, false),
            (doc! {"a": {"$gt": Bson::MaxKey}}, doc! {"a": 1}, false),
            (doc! {"a": {"$gte": Bson::MaxKey}}, doc! {"a": 1}, false),
            // Null operands: missing counts as null for $gte/$lte.
            (doc! {"a": {"$gte": null}}, doc! {}, true),
            (doc! {"a": {"$gte": null}}, doc! {"a": null}, true),
            (doc! {"a": {"$gte": null}}, doc! {"a": 0}, false),
            (doc! {"a": {"$lte": null}}, doc! {}, true),
            (doc! {"a": {"$lte": null}}, doc! {"a": null}, true),
            (doc! {"a": {"$lte": null}}, doc! {"a": "x"}, false),
            (doc! {"a": {"$gt": null}}, doc! {"a": null}, false),
            (doc! {"a": {"$gt": null}}, doc! {}, false),
            (doc! {"a": {"$gt": null}}, doc! {"a": 1}, false),
            (doc! {"a": {"$lt": null}}, doc! {"a": null}, false),
            (doc! {"a": {"$lt": null}}, doc! {}, false),
            (doc! {"a": {"$lt": null}}, doc! {"a": Bson::MinKey}, false),
        ],
    );
}

#[test]
fn negations() {
    run(
        "$ne, $nin and $not",
        vec![
            (doc! {"a": {"$ne": 1}}, doc! {"a": 2}, true),
            (doc! {"a": {"$ne": 1}}, doc! {"a": 1}, false),
            (doc! {"a": {"$ne": 1}}, doc! {}, true),
            (doc! {"a": {"$ne": 1}}, doc! {"a": [1, 2]}, false),
            (doc! {"a": {"$ne": 1}}, doc! {"a": [2, 3]}, true),
            (doc! {"a": {"$ne": 1}}, doc! {"a": null}, true),
            (doc! {"a": {"$ne": 1}}, doc! {"a": 1.0}, false),
            (doc! {"a": {"$ne": 1}}, doc! {"a": "1"}, true),
            (doc! {"a": {"$ne": null}}, doc! {}, false),
            (doc! {"a": {"$ne": null}}, doc! {"a": null}, false),
            (doc! {"a": {"$ne": null}}, doc! {"a": 1}, true),
            (doc! {"a": {"$ne": null}}, doc! {"a": [null, 1]}, false),
            (doc! {"a": {"$ne": null}}, doc! {"a": [1]}, true),
            (doc! {"a": {"$ne": null}}, doc! {"a": []}, true),
            (doc! {"a": {"$ne": [1, 2]}}, doc! {"a": [1, 2]}, false),
            (doc! {"a": {"$ne": [1, 2]}}, doc! {"a": [[1, 2]]}, false),
            (doc! {"a": {"$ne": [1, 2]}}, doc! {"a": [1]}, true),
            (
                doc! {"a.b": {"$ne": 1}},
                doc! {"a": [{"b": 1}, {"b": 2}]},
                false,
            ),
            (doc! {"a.b": {"$ne": 1}}, doc! {"a": [{"b": 2}]}, true),
            (doc! {"a.b": {"$ne": 1}}, doc! {"a": 5}, true),
            (doc! {"a": {"$nin": [1, 2]}}, doc! {"a": 3}, true),
            (doc! {"a": {"$nin": [1, 2]}}, doc! {"a": [3, 1]}, false),
            (doc! {"a": {"$nin": [1, 2]}}, doc! {}, true),
            (doc! {"a": {"$nin": [1, 2]}}, doc! {"a": []}, true),
            (doc! {"a": {"$nin": []}}, doc! {"a": 1}, true),
            (doc! {"a": {"$nin": []}}, doc! {}, true),
            (
                doc! {"a": {"$nin": [re("^x", "")]}},
                doc! {"a": "xa"},
                false,
            ),
            (doc! {"a": {"$nin": [re("^x", "")]}}, doc! {"a": "ax"}, true),
            (doc! {"a": {"$not": {"$gt": 1}}}, doc! {"a": 0}, true),
            (doc! {"a": {"$not": {"$gt": 1}}}, doc! {"a": 3}, false),
            (doc! {"a": {"$not": {"$gt": 1}}}, doc! {}, true),
            (doc! {"a": {"$not": {"$gt": 1}}}, doc! {"a": "x"}, true),
            (doc! {"a": {"$not": {"$gt": 1}}}, doc! {"a": [0, 3]}, false),
            (doc! {"a": {"$not": re("^x", "")}}, doc! {"a": "xy"}, false),
            (doc! {"a": {"$not": re("^x", "")}}, doc! {"a": "yx"}, true),
            (doc! {"a": {"$not": re("^x", "")}}, doc! {}, true),
            (doc! {"a": {"$not": re("^x", "")}}, doc! {"a": 1}, true),
            (
                doc! {"a": {"$not": re("^x", "")}},
                doc! {"a": ["a", "xb"]},
                false,
            ),
            (doc! {"a": {"$not": re("^x", "i")}}, doc! {"a": "Xy"}, false),
            (
                doc! {"a": {"$not": {"$regex": "^x"}}},
                doc! {"a": "xy"},
                false,
            ),
            (
                doc! {"a": {"$not": {"$regex": "^x"}}},
                doc! {"a": "y"},
                true,
            ),
            (
                doc! {"a": {"$not": {"$regex": "^x", "$options": "i"}}},
                doc! {"a": "Xy"},
                false,
            ),
            (doc! {"a": {"$not": {"$in": [1, 2]}}}, doc! {"a": 3}, true),
            (doc! {"a": {"$not": {"$in": [1, 2]}}}, doc! {"a": 2}, false),
            (
                doc! {"a": {"$not": {"$size": 2}}},
                doc! {"a": [1, 2]},
                false,
            ),
            (doc! {"a": {"$not": {"$size": 2}}}, doc! {"a": [1]}, true),
            (doc! {"a": {"$not": {"$size": 2}}}, doc! {}, true),
            (doc! {"a": {"$not": {"$exists": true}}}, doc! {}, true),
            (
                doc! {"a": {"$not": {"$exists": true}}},
                doc! {"a": 1},
                false,
            ),
            (
                doc! {"a": {"$not": {"$gt": 1, "$lt": 5}}},
                doc! {"a": 3},
                false,
            ),
            (
                doc! {"a": {"$not": {"$gt": 1, "$lt": 5}}},
                doc! {"a": 7},
                true,
            ),
            (
                doc! {"a": {"$not": {"$elemMatch": {"$gt": 1}}}},
                doc! {"a": [0, 5]},
                false,
            ),
            (
                doc! {"a": {"$not": {"$elemMatch": {"$gt": 1}}}},
                doc! {"a": [0]},
                true,
            ),
            (doc! {"a": {"$not": {"$eq": null}}}, doc! {}, false),
            (
                doc! {"a": {"$not": {"$type": "string"}}},
                doc! {"a": 1},
                true,
            ),
            (
                doc! {"a": {"$not": {"$type": "string"}}},
                doc! {"a": [1, "x"]},
                false,
            ),
        ],
    );
}

#[test]
fn in_operator() {
    run(
        "$in",
        vec![
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": 2}, true),
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": 3}, false),
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": [3, 2]}, true),
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": 2.0}, true),
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": dec("2")}, true),
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": "2"}, false),
            (doc! {"a": {"$in": [1, 2]}}, doc! {}, false),
            (doc! {"a": {"$in": [1, 2]}}, doc! {"a": []}, false),
            (doc! {"a": {"$in": [null]}}, doc! {}, true),
            (doc! {"a": {"$in": [null]}}, doc! {"a": null}, true),
            (doc! {"a": {"$in": [null]}}, doc! {"a": 1}, false),
            (doc! {"a": {"$in": [null]}}, doc! {"a": [null]}, true),
            (doc! {"a": {"$in": []}}, doc! {"a": 1}, false),
            (doc! {"a": {"$in": []}}, doc! {}, false),
            (doc! {"a": {"$in": [re("^x", "")]}}, doc! {"a": "xy"}, true),
            (doc! {"a": {"$in": [re("^x", "")]}}, doc! {"a": "yx"}, false),
            (doc! {"a": {"$in": [re("^x", "")]}}, doc! {"a": 1}, false),
            (doc! {"a": {"$in": [re("^x", "i")]}}, doc! {"a": "Xy"}, true),
            (doc! {"a": {"$in": [[1, 2]]}}, doc! {"a": [1, 2]}, true),
            (doc! {"a": {"$in": [[1, 2]]}}, doc! {"a": [[1, 2]]}, true),
            (doc! {"a": {"$in": [[1, 2]]}}, doc! {"a": 1}, false),
            (doc! {"a": {"$in": [[1, 2]]}}, doc! {"a": [2, 1]}, false),
            (doc! {"a": {"$in": [{"b": 1}]}}, doc! {"a": {"b": 1}}, true),
            (
                doc! {"a": {"$in": [{"b": 1}]}},
                doc! {"a": [{"b": 1}]},
                true,
            ),
            (
                doc! {"a": {"$in": [{"b": 1}]}},
                doc! {"a": {"b": 1, "c": 1}},
                false,
            ),
            (
                doc! {"a": {"$in": [1, re("^x", "")]}},
                doc! {"a": "xz"},
                true,
            ),
            (doc! {"a": {"$in": [1, re("^x", "")]}}, doc! {"a": 1}, true),
            (doc! {"a": {"$in": [nan()]}}, doc! {"a": nan()}, true),
            (
                doc! {"a": {"$in": [Bson::MinKey]}},
                doc! {"a": Bson::MinKey},
                true,
            ),
            (doc! {"a": {"$in": [Bson::MinKey]}}, doc! {"a": null}, false),
            (
                doc! {"a.b": {"$in": [1]}},
                doc! {"a": [{"b": 2}, {"b": 1}]},
                true,
            ),
            (doc! {"a": {"$in": [[]]}}, doc! {"a": []}, true),
        ],
    );
}

#[test]
fn logical() {
    run(
        "$and, $or, $nor, $alwaysTrue, $alwaysFalse, $comment",
        vec![
            (
                doc! {"$and": [{"a": 1}, {"b": 1}]},
                doc! {"a": 1, "b": 1},
                true,
            ),
            (doc! {"$and": [{"a": 1}, {"b": 1}]}, doc! {"a": 1}, false),
            (doc! {"$or": [{"a": 1}, {"b": 1}]}, doc! {"b": 1}, true),
            (doc! {"$or": [{"a": 1}, {"b": 1}]}, doc! {"c": 1}, false),
            (
                doc! {"$or": [{"a": 1}, {"b": 1}]},
                doc! {"a": 1, "b": 1},
                true,
            ),
            (doc! {"$nor": [{"a": 1}, {"b": 1}]}, doc! {"c": 1}, true),
            (doc! {"$nor": [{"a": 1}, {"b": 1}]}, doc! {"a": 1}, false),
            (
                doc! {"$nor": [{"a": 1}, {"b": 1}]},
                doc! {"a": 2, "b": 2},
                true,
            ),
            (doc! {"$nor": [{"a": 1}, {"b": 1}]}, doc! {}, true),
            (
                doc! {"$or": [{"a": 1}], "b": 2},
                doc! {"a": 1, "b": 2},
                true,
            ),
            (doc! {"$or": [{"a": 1}], "b": 2}, doc! {"a": 1}, false),
            (
                doc! {"$and": [{"$or": [{"a": 1}, {"a": 2}]}, {"$nor": [{"b": 1}]}]},
                doc! {"a": 2, "b": 3},
                true,
            ),
            (
                doc! {"$and": [{"$or": [{"a": 1}, {"a": 2}]}, {"$nor": [{"b": 1}]}]},
                doc! {"a": 2, "b": 1},
                false,
            ),
            (
                doc! {"$and": [{"$or": [{"a": 1}, {"a": 2}]}, {"$nor": [{"b": 1}]}]},
                doc! {"a": 3},
                false,
            ),
            (
                doc! {"$and": [{"a": {"$gt": 1}}, {"a": {"$lt": 3}}]},
                doc! {"a": [0, 5]},
                true,
            ),
            (
                doc! {"$or": [{"a": {"$exists": false}}, {"a": null}]},
                doc! {},
                true,
            ),
            (doc! {"$nor": [{"a": {"$exists": true}}]}, doc! {}, true),
            (doc! {"$and": [{}]}, doc! {"x": 1}, true),
            (doc! {"$or": [{}]}, doc! {"x": 1}, true),
            (doc! {"$nor": [{}]}, doc! {"x": 1}, false),
            (doc! {}, doc! {"x": 1}, true),
            (
                doc! {"$and": [{"a": 1}, {"$or": [{"b": 1}, {"c": 1}]}]},
                doc! {"a": 1, "c": 1},
                true,
            ),
            (doc! {"$alwaysTrue": 1}, doc! {}, true),
            (doc! {"$alwaysFalse": 1}, doc! {"a": 1}, false),
            (doc! {"a": 1, "$comment": "why"}, doc! {"a": 1}, true),
            (doc! {"a": 1, "$comment": "why"}, doc! {"a": 2}, false),
            (doc! {"$comment": "x"}, doc! {}, true),
            (doc! {"$comment": {"any": "thing"}}, doc! {"b": 1}, true),
        ],
    );
}

#[test]
fn element_operators() {
    run(
        "$exists and $type",
        vec![
            (doc! {"a": {"$exists": true}}, doc! {"a": null}, true),
            (doc! {"a": {"$exists": true}}, doc! {}, false),
            (doc! {"a": {"$exists": true}}, doc! {"a": []}, true),
            (doc! {"a": {"$exists": true}}, doc! {"a": false}, true),
            (
                doc! {"a": {"$exists": true}},
                doc! {"a": Bson::Undefined},
                true,
            ),
            (doc! {"a": {"$exists": false}}, doc! {}, true),
            (doc! {"a": {"$exists": false}}, doc! {"a": 1}, false),
            (doc! {"a": {"$exists": false}}, doc! {"a": null}, false),
            (doc! {"a": {"$exists": 1}}, doc! {"a": 1}, true),
            (doc! {"a": {"$exists": 0}}, doc! {}, true),
            (doc! {"a": {"$exists": 0}}, doc! {"a": 0}, false),
            (
                doc! {"a.b": {"$exists": true}},
                doc! {"a": [{"b": 1}]},
                true,
            ),
            (
                doc! {"a.b": {"$exists": true}},
                doc! {"a": [{"c": 1}]},
                false,
            ),
            (doc! {"a.b": {"$exists": true}}, doc! {"a": [1]}, false),
            (
                doc! {"a.b": {"$exists": true}},
                doc! {"a": {"b": null}},
                true,
            ),
            (doc! {"a.b": {"$exists": true}}, doc! {"a": 5}, false),
            (
                doc! {"a.b": {"$exists": true}},
                doc! {"a": [{"c": 1}, {"b": 1}]},
                true,
            ),
            (
                doc! {"a.b": {"$exists": false}},
                doc! {"a": [{"c": 1}]},
                true,
            ),
            (doc! {"a.b": {"$exists": false}}, doc! {"a": []}, true),
            (doc! {"a.0": {"$exists": true}}, doc! {"a": [1]}, true),
            (doc! {"a.0": {"$exists": true}}, doc! {"a": []}, false),
            (doc! {"a.0": {"$exists": true}}, doc! {"a": {"0": 1}}, true),
            (doc! {"a.1": {"$exists": true}}, doc! {"a": [1]}, false),
            (doc! {"a": {"$type": "string"}}, doc! {"a": ["x"]}, true),
            (doc! {"a": {"$type": "string"}}, doc! {"a": [1]}, false),
            (doc! {"a": {"$type": "string"}}, doc! {}, false),
            (doc! {"a": {"$type": "array"}}, doc! {"a": []}, true),
            (doc! {"a": {"$type": "array"}}, doc! {"a": [[1]]}, true),
            (doc! {"a": {"$type": "array"}}, doc! {"a": 1}, false),
            (doc! {"a": {"$type": 4}}, doc! {"a": [1]}, true),
            (doc! {"a": {"$type": "number"}}, doc! {"a": [1, "x"]}, true),
            (
                doc! {"a": {"$type": ["string", "int"]}},
                doc! {"a": 1},
                true,
            ),
            (
                doc! {"a": {"$type": ["string", "int"]}},
                doc! {"a": 1.5},
                false,
            ),
            (
                doc! {"a": {"$type": ["string", "int"]}},
                doc! {"a": "x"},
                true,
            ),
            (doc! {"a": {"$type": [2, "double"]}}, doc! {"a": 1.5}, true),
            (doc! {"a": {"$type": 2.0}}, doc! {"a": "x"}, true),
            (doc! {"a": {"$type": 1_i64}}, doc! {"a": 1.5}, true),
            (doc! {"a": {"$type": dec("2")}}, doc! {"a": "x"}, true),
            (doc! {"a": {"$type": "null"}}, doc! {"a": null}, true),
            (doc! {"a": {"$type": "object"}}, doc! {"a": [{}]}, true),
            (doc! {"a.b": {"$type": "int"}}, doc! {"a": [{"b": 1}]}, true),
            (
                doc! {"a": {"$type": "undefined"}},
                doc! {"a": Bson::Undefined},
                true,
            ),
            (doc! {"a": {"$type": -1}}, doc! {"a": Bson::MinKey}, true),
            (doc! {"a": {"$type": 127}}, doc! {"a": Bson::MaxKey}, true),
            (
                doc! {"a": {"$type": "minKey"}},
                doc! {"a": Bson::MinKey},
                true,
            ),
            (
                doc! {"a": {"$type": "maxKey"}},
                doc! {"a": Bson::MinKey},
                false,
            ),
            // `$exists: false` is NOT($exists: true): one array element
            // holding the field makes it false.
            (
                doc! {"a.b": {"$exists": false}},
                doc! {"a": [{"c": 1}, {"b": 1}]},
                false,
            ),
        ],
    );
}

#[test]
fn array_operators() {
    run(
        "$size, $all and $elemMatch",
        vec![
            (doc! {"a": {"$size": 2}}, doc! {"a": [1, 2]}, true),
            (doc! {"a": {"$size": 2}}, doc! {"a": [1]}, false),
            (doc! {"a": {"$size": 2}}, doc! {"a": [[1, 2]]}, false),
            (doc! {"a": {"$size": 2}}, doc! {"a": []}, false),
            (doc! {"a": {"$size": 2}}, doc! {}, false),
            (doc! {"a": {"$size": 2}}, doc! {"a": "ab"}, false),
            (
                doc! {"a": {"$size": 2}},
                doc! {"a": {"0": 1, "1": 2}},
                false,
            ),
            (doc! {"a": {"$size": 0}}, doc! {"a": []}, true),
            (doc! {"a": {"$size": 0}}, doc! {}, false),
            (doc! {"a": {"$size": 0}}, doc! {"a": null}, false),
            (doc! {"a": {"$size": 1}}, doc! {"a": [[1, 2]]}, true),
            (doc! {"a": {"$size": 2.0}}, doc! {"a": [1, 2]}, true),
            (doc! {"a": {"$size": 2_i64}}, doc! {"a": [1, 2]}, true),
            (
                doc! {"a.b": {"$size": 1}},
                doc! {"a": [{"b": [1]}, {"b": [1, 2]}]},
                true,
            ),
            (
                doc! {"a.b": {"$size": 2}},
                doc! {"a": [{"b": [1]}, {"b": [1, 2]}]},
                true,
            ),
            (
                doc! {"a.b": {"$size": 3}},
                doc! {"a": [{"b": [1]}, {"b": [1, 2]}]},
                false,
            ),
            (doc! {"a": {"$all": [1, 2]}}, doc! {"a": [1, 2, 3]}, true),
            (doc! {"a": {"$all": [1, 2]}}, doc! {"a": [2]}, false),
            (doc! {"a": {"$all": [1, 2]}}, doc! {"a": [2, 1]}, true),
            (doc! {"a": {"$all": [1, 2]}}, doc! {}, false),
            (doc! {"a": {"$all": [1]}}, doc! {"a": 1}, true),
            (doc! {"a": {"$all": [1]}}, doc! {"a": [1]}, true),
            (doc! {"a": {"$all": []}}, doc! {"a": []}, false),
            (doc! {"a": {"$all": []}}, doc! {"a": [1]}, false),
            (doc! {"a": {"$all": []}}, doc! {}, false),
            (doc! {"a": {"$all": [[1, 2]]}}, doc! {"a": [1, 2]}, true),
            (
                doc! {"a": {"$all": [[1, 2]]}},
                doc! {"a": [[1, 2], 3]},
                true,
            ),
            (doc! {"a": {"$all": [[1, 2]]}}, doc! {"a": [1]}, false),
            (
                doc! {"a": {"$all": [re("^x", "")]}},
                doc! {"a": ["xa", "b"]},
                true,
            ),
            (
                doc! {"a": {"$all": [re("^x", "")]}},
                doc! {"a": ["b"]},
                false,
            ),
            (
                doc! {"a": {"$all": [re("^x", ""), "b"]}},
                doc! {"a": ["xa", "b"]},
                true,
            ),
            (
                doc! {"a": {"$all": [{"$elemMatch": {"b": 1, "c": 2}}]}},
                doc! {"a": [{"b": 1, "c": 2}]},
                true,
            ),
            (
                doc! {"a": {"$all": [{"$elemMatch": {"b": 1, "c": 2}}]}},
                doc! {"a": [{"b": 1}, {"c": 2}]},
                false,
            ),
            (
                doc! {"a": {"$all": [{"$elemMatch": {"$gt": 5}}, {"$elemMatch": {"$lt": 2}}]}},
                doc! {"a": [1, 6]},
                true,
            ),
            (
                doc! {"a": {"$all": [{"$elemMatch": {"$gt": 5}}, {"$elemMatch": {"$lt": 2}}]}},
                doc! {"a": [3, 4]},
                false,
            ),
            (doc! {"a": {"$all": [null]}}, doc! {"a": [null]}, true),
            (doc! {"a": {"$all": [1, 1]}}, doc! {"a": [1]}, true),
            (
                doc! {"a": {"$all": [{"b": 1}]}},
                doc! {"a": [{"b": 1}]},
                true,
            ),
            (
                doc! {"a.b": {"$all": [1, 2]}},
                doc! {"a": [{"b": [1, 2]}]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"b": 1}}},
                doc! {"a": {"b": 1}},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"b": 1}}},
                doc! {"a": [{"b": 1}]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"b": 1}}},
                doc! {"a": [1, 2]},
                false,
            ),
            (doc! {"a": {"$elemMatch": {"b": 1}}}, doc! {}, false),
            (
                doc! {"a": {"$elemMatch": {"$gt": 1}}},
                doc! {"a": [1]},
                false,
            ),
            (doc! {"a": {"$elemMatch": {"$gt": 1}}}, doc! {"a": 2}, false),
            (
                doc! {"a": {"$elemMatch": {"$gt": 1}}},
                doc! {"a": [2]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$or": [{"b": 1}, {"c": 1}]}}},
                doc! {"a": [{"c": 1}]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$or": [{"b": 1}, {"c": 1}]}}},
                doc! {"a": [{"d": 1}]},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"$and": [{"b": 1}, {"c": 1}]}}},
                doc! {"a": [{"b": 1}, {"c": 1}]},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"$nor": [{"b": 1}]}}},
                doc! {"a": [{"b": 2}]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$ne": 1}}},
                doc! {"a": [1, 2]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$ne": 1}}},
                doc! {"a": [1, 1]},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"$in": [1, 2]}}},
                doc! {"a": [3, 2]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$regex": "^x"}}},
                doc! {"a": ["ax", "xa"]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$size": 1}}},
                doc! {"a": [[1], [1, 2]]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$type": "string"}}},
                doc! {"a": [1, "x"]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"b": {"$gt": 1}, "c": {"$lt": 5}}}},
                doc! {"a": [{"b": 2, "c": 9}, {"b": 0, "c": 1}]},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"b": {"$gt": 1}, "c": {"$lt": 5}}}},
                doc! {"a": [{"b": 2, "c": 3}]},
                true,
            ),
            (
                doc! {"a.b": {"$elemMatch": {"c": 1}}},
                doc! {"a": {"b": [{"c": 1}]}},
                true,
            ),
            (
                doc! {"a.b": {"$elemMatch": {"c": 1}}},
                doc! {"a": [{"b": [{"c": 1}]}]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$not": {"$gt": 5}}}},
                doc! {"a": [9, 3]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$not": {"$gt": 5}}}},
                doc! {"a": [9]},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"$eq": null}}},
                doc! {"a": [null]},
                true,
            ),
            (
                doc! {"a": {"$elemMatch": {"$eq": null}}},
                doc! {"a": [1]},
                false,
            ),
            (
                doc! {"a": {"$elemMatch": {"b": null}}},
                doc! {"a": [{"c": 1}]},
                true,
            ),
            // The object form matches elements that are objects or arrays
            // (ElemMatchObjectMatchExpression: `inner.isABSONObj()`).
            (
                doc! {"a": {"$elemMatch": {"0": 1}}},
                doc! {"a": [[1, 2]]},
                true,
            ),
            // `$all` is an $and of equalities on the path, each traversing.
            (
                doc! {"a.b": {"$all": [1, 2]}},
                doc! {"a": [{"b": 1}, {"b": 2}]},
                true,
            ),
            // `$all: [null]` is `{a: null}`, which matches a missing field.
            (doc! {"a": {"$all": [null]}}, doc! {}, true),
        ],
    );
}

#[test]
fn regex() {
    run(
        "$regex and BSON regex values",
        vec![
            (doc! {"a": re("^ab", "")}, doc! {"a": "abc"}, true),
            (doc! {"a": re("^ab", "")}, doc! {"a": "xab"}, false),
            (doc! {"a": re("^ab", "")}, doc! {"a": "ABc"}, false),
            (doc! {"a": re("^ab", "")}, doc! {"a": ["x", "abz"]}, true),
            (doc! {"a": re("^ab", "")}, doc! {"a": 1}, false),
            (doc! {"a": re("^ab", "")}, doc! {"a": null}, false),
            (doc! {"a": re("^ab", "")}, doc! {}, false),
            (doc! {"a": re("^ab", "i")}, doc! {"a": "ABc"}, true),
            (
                doc! {"a": {"$regex": "^ab", "$options": "i"}},
                doc! {"a": "AB"},
                true,
            ),
            (
                doc! {"a": {"$regex": re("^ab", "i")}},
                doc! {"a": "AB"},
                true,
            ),
            (
                doc! {"a": {"$regex": re("^ab", ""), "$options": "i"}},
                doc! {"a": "AB"},
                true,
            ),
            (
                doc! {"a": {"$options": "i", "$regex": "^ab"}},
                doc! {"a": "AB"},
                true,
            ),
            (
                doc! {"a": {"$regex": "^b", "$options": "m"}},
                doc! {"a": "a\nb"},
                true,
            ),
            (doc! {"a": {"$regex": "^b"}}, doc! {"a": "a\nb"}, false),
            (
                doc! {"a": {"$regex": "a$", "$options": "m"}},
                doc! {"a": "a\nb"},
                true,
            ),
            (doc! {"a": {"$regex": "a$"}}, doc! {"a": "a\nb"}, false),
            (
                doc! {"a": {"$regex": "a.c", "$options": "s"}},
                doc! {"a": "a\nc"},
                true,
            ),
            (doc! {"a": {"$regex": "a.c"}}, doc! {"a": "a\nc"}, false),
            (
                doc! {"a": {"$regex": "a b c", "$options": "x"}},
                doc! {"a": "abc"},
                true,
            ),
            (doc! {"a": {"$regex": "a b c"}}, doc! {"a": "abc"}, false),
            (
                doc! {"a": {"$regex": "a # comment\nb", "$options": "x"}},
                doc! {"a": "ab"},
                true,
            ),
            (
                doc! {"a": {"$regex": "a\\ b", "$options": "x"}},
                doc! {"a": "a b"},
                true,
            ),
            (
                doc! {"a": {"$regex": "^abc$", "$options": "mi"}},
                doc! {"a": "x\nABC"},
                true,
            ),
            (doc! {"a": {"$regex": "^(?!foo)"}}, doc! {"a": "bar"}, true),
            (
                doc! {"a": {"$regex": "^(?!foo)"}},
                doc! {"a": "foobar"},
                false,
            ),
            (doc! {"a": {"$regex": "(?<=a)b"}}, doc! {"a": "ab"}, true),
            (doc! {"a": {"$regex": "(?<=a)b"}}, doc! {"a": "cb"}, false),
            (doc! {"a": {"$regex": "(?<!a)b"}}, doc! {"a": "cb"}, true),
            (
                doc! {"a": {"$regex": "foo(?=bar)"}},
                doc! {"a": "foobar"},
                true,
            ),
            (
                doc! {"a": {"$regex": "foo(?=bar)"}},
                doc! {"a": "foobaz"},
                false,
            ),
            (doc! {"a": {"$regex": "(a)\\1"}}, doc! {"a": "aa"}, true),
            (doc! {"a": {"$regex": "(a)\\1"}}, doc! {"a": "ab"}, false),
            (doc! {"a": {"$regex": "(?i)^AB"}}, doc! {"a": "ab"}, true),
            (doc! {"a": {"$regex": "^.$"}}, doc! {"a": "é"}, true),
            (doc! {"a": {"$regex": "^\\w+$"}}, doc! {"a": "abc_1"}, true),
            (doc! {"a": {"$regex": "\\d{3}"}}, doc! {"a": "a123"}, true),
            (doc! {"a": {"$regex": ""}}, doc! {"a": ""}, true),
            (doc! {"a": {"$regex": ""}}, doc! {"a": 1}, false),
            (doc! {"a": re("x", "")}, doc! {"a": sym("x")}, true),
            (doc! {"a": re("x", "")}, doc! {"a": re("x", "i")}, false),
            (doc! {"a": re("x", "")}, doc! {"a": re("y", "")}, false),
            (
                doc! {"a": {"$eq": re("^M", "")}},
                doc! {"a": re("^M", "")},
                true,
            ),
            (doc! {"a.b": re("^x", "")}, doc! {"a": [{"b": "xy"}]}, true),
            // A regex predicate matches a BSON regex with the same pattern and
            // flags (RegexMatchExpression::matchesSingleElement), also in $in,
            // and symbols by pattern.
            (doc! {"a": re("x", "")}, doc! {"a": re("x", "")}, true),
            (doc! {"a": {"$regex": "x"}}, doc! {"a": re("x", "")}, true),
            (
                doc! {"a": {"$in": [re("^x", "")]}},
                doc! {"a": re("^x", "")},
                true,
            ),
            (
                doc! {"a": {"$in": [re("^x", "")]}},
                doc! {"a": sym("xy")},
                true,
            ),
            // `$eq` with a regex operand is an equality test against regex
            // values, not a pattern match (manual, $eq: "Regex Match
            // Behavior"); `$ne` refuses a regex (see parse_errors).
            (
                doc! {"a": {"$eq": re("^M", "")}},
                doc! {"a": "MongoDB"},
                false,
            ),
        ],
    );
}

#[test]
fn modulo() {
    run(
        "$mod",
        vec![
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": 8}, true),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": 9}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": 8.5}, true),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": -8}, true),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": "8"}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": [1, 8]}, true),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": null}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": 0}, true),
            (doc! {"a": {"$mod": [4, 1]}}, doc! {"a": 9_i64}, true),
            (doc! {"a": {"$mod": [4, 1]}}, doc! {"a": dec("9.9")}, true),
            (doc! {"a": {"$mod": [4, 1]}}, doc! {"a": 9.99}, true),
            // The remainder takes the dividend's sign (C semantics).
            (doc! {"a": {"$mod": [4, -1]}}, doc! {"a": -5}, true),
            (doc! {"a": {"$mod": [4, 3]}}, doc! {"a": -5}, false),
            (doc! {"a": {"$mod": [-4, 1]}}, doc! {"a": 5}, true),
            (doc! {"a": {"$mod": [-4, -1]}}, doc! {"a": -5}, true),
            // Divisor and remainder are truncated toward zero.
            (doc! {"a": {"$mod": [4.5, 0]}}, doc! {"a": 8}, true),
            (doc! {"a": {"$mod": [4, 0.9]}}, doc! {"a": 8}, true),
            (doc! {"a": {"$mod": [4_i64, 0_i64]}}, doc! {"a": 12}, true),
            (
                doc! {"a": {"$mod": [dec("4"), dec("0")]}},
                doc! {"a": 12},
                true,
            ),
            // NaN and infinite dividends never match.
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": nan()}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": inf()}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": neg_inf()}, false),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": dec("NaN")}, false),
            (
                doc! {"a": {"$mod": [4, 0]}},
                doc! {"a": dec("Infinity")},
                false,
            ),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": dec("8.7")}, true),
            (doc! {"a": {"$mod": [4, 0]}}, doc! {"a": dec("-8.7")}, true),
            (doc! {"a": {"$mod": [i64::MAX, 0]}}, doc! {"a": 0}, true),
            (doc! {"a": {"$mod": [-1, 0]}}, doc! {"a": i64::MIN}, true),
        ],
    );
    // jstests/core/mod.js: divisors and remainders beyond 32 bits.
    let docs = [
        ("1", doc! {"a": 4_000_000_000.0}),
        ("2", doc! {"a": 15_000_000_000.0}),
        ("3", doc! {"a": -4_000_000_000.0}),
        ("4", doc! {"a": -15_000_000_000.0}),
        ("5", doc! {"a": 4_000_000_000.123_45}),
        ("6", doc! {"a": 15_000_000_000.123_45}),
        ("7", doc! {"a": -4_000_000_000.123_45}),
        ("8", doc! {"a": -15_000_000_000.123_45}),
        ("9", doc! {"a": dec("4000000000.12345")}),
        ("10", doc! {"a": dec("15000000000.12345")}),
        ("11", doc! {"a": dec("-4000000000.12345")}),
        ("12", doc! {"a": dec("-15000000000.12345")}),
    ];
    run(
        "$mod (jstests/core/mod.js)",
        expand(
            &docs,
            vec![
                (
                    doc! {"a": {"$mod": [4e9, 0]}},
                    vec!["1", "3", "5", "7", "9", "11"],
                ),
                (
                    doc! {"a": {"$mod": [-4e9, 0]}},
                    vec!["1", "3", "5", "7", "9", "11"],
                ),
                (doc! {"a": {"$mod": [1e10, 5e9]}}, vec!["2", "6", "10"]),
                (doc! {"a": {"$mod": [1e10, -5e9]}}, vec!["4", "8", "12"]),
                (doc! {"a": {"$mod": [-1e10, 5e9]}}, vec!["2", "6", "10"]),
            ],
        ),
    );
}

#[test]
fn expr_and_json_schema() {
    run(
        "$expr and $jsonSchema",
        vec![
            (
                doc! {"$expr": {"$gt": ["$a", "$b"]}},
                doc! {"a": 2, "b": 1},
                true,
            ),
            (
                doc! {"$expr": {"$gt": ["$a", "$b"]}},
                doc! {"a": 1, "b": 2},
                false,
            ),
            (doc! {"$expr": "$a"}, doc! {"a": 1}, true),
            (doc! {"$expr": "$a"}, doc! {"a": 0}, false),
            (doc! {"$expr": "$a"}, doc! {}, false),
            (doc! {"$expr": "$a"}, doc! {"a": null}, false),
            (doc! {"$expr": "$a"}, doc! {"a": []}, true),
            (doc! {"$expr": "$a"}, doc! {"a": ""}, true),
            (doc! {"$expr": true}, doc! {}, true),
            (doc! {"$expr": false}, doc! {}, false),
            (doc! {"$expr": {"$eq": ["$a", 1]}}, doc! {"a": [1]}, false),
            (doc! {"$expr": {"$lt": ["$a", "x"]}}, doc! {"a": 5}, true),
            (doc! {"$expr": {"$in": [1, "$a"]}}, doc! {"a": [1, 2]}, true),
            (
                doc! {"$expr": {"$eq": ["$a.b", 1]}},
                doc! {"a": {"b": 1}},
                true,
            ),
            (
                doc! {"$expr": {"$and": [{"$gte": ["$a", 1]}, {"$lte": ["$a", 3]}]}},
                doc! {"a": 2},
                true,
            ),
            (
                doc! {"$expr": {"$eq": ["$a", null]}},
                doc! {"a": null},
                true,
            ),
            (
                doc! {"$jsonSchema": {"required": ["a"]}},
                doc! {"a": 1},
                true,
            ),
            (doc! {"$jsonSchema": {"required": ["a"]}}, doc! {}, false),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"bsonType": "int"}}}},
                doc! {"a": 1},
                true,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"bsonType": "int"}}}},
                doc! {"a": "x"},
                false,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"bsonType": "int"}}}},
                doc! {},
                true,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"bsonType": "int"}}}},
                doc! {"a": 1.0},
                false,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"minimum": 5}}}},
                doc! {"a": 4},
                false,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"minimum": 5}}}},
                doc! {"a": "x"},
                true,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"minimum": 5}}}},
                doc! {"a": 5},
                true,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"type": "string", "maxLength": 2}}}},
                doc! {"a": "abc"},
                false,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"type": "string", "maxLength": 2}}}},
                doc! {"a": "ab"},
                true,
            ),
            (
                doc! {"$jsonSchema": {"additionalProperties": false, "properties": {"_id": {}, "a": {}}}},
                doc! {"a": 1},
                true,
            ),
            (
                doc! {"$jsonSchema": {"additionalProperties": false, "properties": {"_id": {}, "a": {}}}},
                doc! {"a": 1, "b": 1},
                false,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"enum": [1, 2]}}}},
                doc! {"a": 2},
                true,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"enum": [1, 2]}}}},
                doc! {"a": 3},
                false,
            ),
            (
                doc! {"$jsonSchema": {"properties": {"a": {"bsonType": "array", "minItems": 2}}}},
                doc! {"a": [1]},
                false,
            ),
        ],
    );
}

/// Filters under a collation (manual, "Collation"): string comparisons go
/// through the locale's rules, also inside documents and $in; `$regex` does
/// not use the collation.
#[test]
fn collation() {
    use crate::value::collation::Collation;
    let rows: Vec<(Document, Document, Document, bool)> = vec![
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": "abc"},
            doc! {"a": "ABC"},
            true,
        ),
        (
            doc! {"locale": "en"},
            doc! {"a": "abc"},
            doc! {"a": "ABC"},
            false,
        ),
        (
            doc! {"locale": "en", "strength": 1},
            doc! {"a": "resume"},
            doc! {"a": "résumé"},
            true,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": "resume"},
            doc! {"a": "résumé"},
            false,
        ),
        (
            doc! {"locale": "en"},
            doc! {"a": {"$lt": "B"}},
            doc! {"a": "a"},
            true,
        ),
        (
            doc! {"locale": "simple"},
            doc! {"a": {"$lt": "B"}},
            doc! {"a": "a"},
            false,
        ),
        (
            doc! {"locale": "en", "numericOrdering": true},
            doc! {"a": {"$gt": "9"}},
            doc! {"a": "10"},
            true,
        ),
        (
            doc! {"locale": "en"},
            doc! {"a": {"$gt": "9"}},
            doc! {"a": "10"},
            false,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": {"$in": ["ABC"]}},
            doc! {"a": "abc"},
            true,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": {"$ne": "ABC"}},
            doc! {"a": "abc"},
            false,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": {"b": "X"}},
            doc! {"a": {"b": "x"}},
            true,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": ["X"]},
            doc! {"a": ["x"]},
            true,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": re("^abc$", "")},
            doc! {"a": "ABC"},
            false,
        ),
        (
            doc! {"locale": "en", "strength": 2},
            doc! {"a": 1},
            doc! {"a": 1.0},
            true,
        ),
    ];
    let total = rows.len();
    let mut failures = Vec::new();
    for (i, (spec, filter, d, want)) in rows.iter().enumerate() {
        let got = Collation::parse(&Bson::Document(spec.clone()))
            .and_then(|c| Filter::parse_collated(filter, c))
            .and_then(|f| f.matches(d));
        match got {
            Ok(got) if got == *want => {}
            other => failures.push(format!(
                "#{i} {filter} on {d} under {spec}: ours {:?}, mongod {want}",
                other.map_err(|e| e.code.code())
            )),
        }
    }
    report("collated filters", total, failures);
}

/// jstests/core/query/bittest.js: each query's match count over its
/// collection. (Shell numbers are doubles.)
#[test]
fn bitwise() {
    let numbers = [
        doc! {"a": 0.0},
        doc! {"a": 1.0},
        doc! {"a": 54.0},
        doc! {"a": 88.0},
        doc! {"a": 255.0},
        doc! {"a": 1e18},
    ];
    run_counts(
        "bitwise on numbers",
        &numbers,
        vec![
            (doc! {"a": {"$bitsAllSet": 0}}, 6),
            (doc! {"a": {"$bitsAllSet": 1}}, 2),
            (doc! {"a": {"$bitsAllSet": 16}}, 3),
            (doc! {"a": {"$bitsAllSet": 54}}, 2),
            (doc! {"a": {"$bitsAllSet": 55}}, 1),
            (doc! {"a": {"$bitsAllSet": 88}}, 2),
            (doc! {"a": {"$bitsAllSet": 255}}, 1),
            (doc! {"a": {"$bitsAllClear": 0}}, 6),
            (doc! {"a": {"$bitsAllClear": 1}}, 4),
            (doc! {"a": {"$bitsAllClear": 16}}, 3),
            (doc! {"a": {"$bitsAllClear": 129}}, 4),
            (doc! {"a": {"$bitsAllClear": 255}}, 2),
            (doc! {"a": {"$bitsAnySet": 0}}, 0),
            (doc! {"a": {"$bitsAnySet": 9}}, 3),
            (doc! {"a": {"$bitsAnySet": 255}}, 4),
            (doc! {"a": {"$bitsAnyClear": 0}}, 0),
            (doc! {"a": {"$bitsAnyClear": 18}}, 4),
            (doc! {"a": {"$bitsAnyClear": 24}}, 4),
            (doc! {"a": {"$bitsAnyClear": 255}}, 5),
            (doc! {"a": {"$bitsAllSet": []}}, 6),
            (doc! {"a": {"$bitsAllSet": [0]}}, 2),
            (doc! {"a": {"$bitsAllSet": [4]}}, 3),
            (doc! {"a": {"$bitsAllSet": [1, 2, 4, 5]}}, 2),
            (doc! {"a": {"$bitsAllSet": [0, 1, 2, 4, 5]}}, 1),
            (doc! {"a": {"$bitsAllSet": [3, 4, 6]}}, 2),
            (doc! {"a": {"$bitsAllSet": [0, 1, 2, 3, 4, 5, 6, 7]}}, 1),
            (doc! {"a": {"$bitsAllClear": []}}, 6),
            (doc! {"a": {"$bitsAllClear": [0]}}, 4),
            (doc! {"a": {"$bitsAllClear": [4]}}, 3),
            (doc! {"a": {"$bitsAllClear": [1, 7]}}, 4),
            (doc! {"a": {"$bitsAllClear": [0, 1, 2, 3, 4, 5, 6, 7]}}, 2),
            (doc! {"a": {"$bitsAnySet": []}}, 0),
            (doc! {"a": {"$bitsAnySet": [1, 3]}}, 3),
            (doc! {"a": {"$bitsAnySet": [0, 1, 2, 3, 4, 5, 6, 7]}}, 4),
            (doc! {"a": {"$bitsAnyClear": []}}, 0),
            (doc! {"a": {"$bitsAnyClear": [1, 4]}}, 4),
            (doc! {"a": {"$bitsAnyClear": [3, 4]}}, 4),
            (doc! {"a": {"$bitsAnyClear": [0, 1, 2, 3, 4, 5, 6, 7]}}, 5),
            (doc! {"a": {"$bitsAllSet": 54, "$bitsAllClear": 201}}, 1),
        ],
    );
    let longs = [
        doc! {"a": 0.0},
        doc! {"a": 1.0},
        doc! {"a": 9_223_372_036_854_775_807_i64},
        doc! {"a": 6_917_529_027_641_081_856_i64},
        doc! {"a": 2_305_843_009_213_693_952_i64},
    ];
    run_counts(
        "bitwise with NumberLong masks",
        &longs,
        vec![
            (doc! {"a": {"$bitsAllSet": 0}}, 5),
            (doc! {"a": {"$bitsAllSet": 1}}, 2),
            (
                doc! {"a": {"$bitsAllSet": 9_223_372_036_854_775_807_i64}},
                1,
            ),
            (
                doc! {"a": {"$bitsAllSet": 6_917_529_027_641_081_856_i64}},
                2,
            ),
            (
                doc! {"a": {"$bitsAllSet": 2_305_843_009_213_693_952_i64}},
                3,
            ),
            (doc! {"a": {"$bitsAllClear": 0}}, 5),
            (doc! {"a": {"$bitsAllClear": 1}}, 3),
            (
                doc! {"a": {"$bitsAllClear": 9_223_372_036_854_775_807_i64}},
                1,
            ),
            (
                doc! {"a": {"$bitsAllClear": 6_917_529_027_641_081_856_i64}},
                2,
            ),
            (
                doc! {"a": {"$bitsAllClear": 2_305_843_009_213_693_952_i64}},
                2,
            ),
            (doc! {"a": {"$bitsAnySet": 0}}, 0),
            (doc! {"a": {"$bitsAnySet": 1}}, 2),
            (
                doc! {"a": {"$bitsAnySet": 9_223_372_036_854_775_807_i64}},
                4,
            ),
            (
                doc! {"a": {"$bitsAnySet": 6_917_529_027_641_081_856_i64}},
                3,
            ),
            (
                doc! {"a": {"$bitsAnySet": 2_305_843_009_213_693_952_i64}},
                3,
            ),
            (doc! {"a": {"$bitsAnyClear": 0}}, 0),
            (doc! {"a": {"$bitsAnyClear": 1}}, 3),
            (
                doc! {"a": {"$bitsAnyClear": 9_223_372_036_854_775_807_i64}},
                4,
            ),
            (
                doc! {"a": {"$bitsAnyClear": 6_917_529_027_641_081_856_i64}},
                3,
            ),
            (
                doc! {"a": {"$bitsAnyClear": 2_305_843_009_213_693_952_i64}},
                2,
            ),
        ],
    );
    let negatives = [
        doc! {"a": -0.0},
        doc! {"a": -1.0},
        doc! {"a": -54.0},
        doc! {"a": -1e18},
    ];
    let all_positions: Vec<i32> = (0..64).collect();
    run_counts(
        "bitwise on negative numbers",
        &negatives,
        vec![
            (doc! {"a": {"$bitsAllSet": 0}}, 4),
            (doc! {"a": {"$bitsAllSet": 2}}, 2),
            (doc! {"a": {"$bitsAllSet": 127}}, 1),
            (doc! {"a": {"$bitsAllSet": 74}}, 2),
            (doc! {"a": {"$bitsAllClear": 0}}, 4),
            (doc! {"a": {"$bitsAllClear": 53}}, 3),
            (doc! {"a": {"$bitsAllClear": 127}}, 2),
            (doc! {"a": {"$bitsAnySet": 0}}, 0),
            (doc! {"a": {"$bitsAnySet": 2}}, 2),
            (doc! {"a": {"$bitsAnySet": 127}}, 2),
            (doc! {"a": {"$bitsAnyClear": 0}}, 0),
            (doc! {"a": {"$bitsAnyClear": 53}}, 3),
            (doc! {"a": {"$bitsAnyClear": 127}}, 3),
            (doc! {"a": {"$bitsAllSet": []}}, 4),
            (doc! {"a": {"$bitsAllSet": [1]}}, 2),
            (doc! {"a": {"$bitsAllSet": all_positions.clone()}}, 1),
            (doc! {"a": {"$bitsAllSet": [1, 7, 6, 3, 100]}}, 2),
            (doc! {"a": {"$bitsAllClear": []}}, 4),
            (doc! {"a": {"$bitsAllClear": [5, 4, 2, 0]}}, 3),
            (doc! {"a": {"$bitsAllClear": all_positions.clone()}}, 1),
            (doc! {"a": {"$bitsAnySet": []}}, 0),
            (doc! {"a": {"$bitsAnySet": [1]}}, 2),
            (doc! {"a": {"$bitsAnySet": all_positions.clone()}}, 3),
            (doc! {"a": {"$bitsAnyClear": []}}, 0),
            (doc! {"a": {"$bitsAnyClear": [0, 2, 4, 5, 100]}}, 3),
            (doc! {"a": {"$bitsAnyClear": all_positions}}, 3),
            (doc! {"a": {"$bitsAllSet": 74, "$bitsAllClear": 53}}, 1),
        ],
    );
    let bindata = [
        doc! {"a": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
        doc! {"a": bin64(0, "AANgAAAAAAAAAAAAAAAAAAAAAAAA")},
        doc! {"a": bin64(0, "JANgqwetkqwklEWRbWERKKJREtbq")},
        doc! {"a": bin64(0, "////////////////////////////")},
    ];
    run_counts(
        "bitwise on BinData",
        &bindata,
        vec![
            (
                doc! {"a": {"$bitsAllSet": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                4,
            ),
            (
                doc! {"a": {"$bitsAllSet": bin64(0, "AANgAAAAAAAAAAAAAAAAAAAAAAAA")}},
                3,
            ),
            (
                doc! {"a": {"$bitsAllSet": bin64(0, "JANgqwetkqwklEWRbWERKKJREtbq")}},
                2,
            ),
            (
                doc! {"a": {"$bitsAllSet": bin64(0, "////////////////////////////")}},
                1,
            ),
            (
                doc! {"a": {"$bitsAllClear": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                4,
            ),
            (
                doc! {"a": {"$bitsAllClear": bin64(0, "AAyfAAAAAAAAAAAAAAAAAAAAAAAA")}},
                3,
            ),
            (
                doc! {"a": {"$bitsAllClear": bin64(0, "JAyfqwetkqwklEWRbWERKKJREtbq")}},
                2,
            ),
            (
                doc! {"a": {"$bitsAllClear": bin64(0, "////////////////////////////")}},
                1,
            ),
            (
                doc! {"a": {"$bitsAnySet": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                0,
            ),
            (
                doc! {"a": {"$bitsAnySet": bin64(0, "AAyfAAAAAAAAAAAAAAAAAAAAAAAA")}},
                1,
            ),
            (
                doc! {"a": {"$bitsAnySet": bin64(0, "JAyfqwetkqwklEWRbWERKKJREtbq")}},
                2,
            ),
            (
                doc! {"a": {"$bitsAnySet": bin64(0, "////////////////////////////")}},
                3,
            ),
            (
                doc! {"a": {"$bitsAnyClear": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                0,
            ),
            (
                doc! {"a": {"$bitsAnyClear": bin64(0, "AANgAAAAAAAAAAAAAAAAAAAAAAAA")}},
                1,
            ),
            (
                doc! {"a": {"$bitsAnyClear": bin64(0, "JANgqwetkqwklEWRbWERKKJREtbq")}},
                2,
            ),
            (
                doc! {"a": {"$bitsAnyClear": bin64(0, "////////////////////////////")}},
                3,
            ),
            (
                doc! {"a": {
                    "$bitsAllSet": bin64(0, "AANgAAAAAAAAAAAAAAAAAAAAAAAA"),
                    "$bitsAllClear": bin64(0, "//yf////////////////////////"),
                }},
                1,
            ),
        ],
    );
    let mixed = [
        doc! {"a": 0.0},
        doc! {"a": 1.0},
        doc! {"a": [1.1, 54.0]},
        doc! {"a": 88.0},
        doc! {"a": 255.0},
        doc! {"a": nan()},
        doc! {"a": 1.1},
        doc! {"a": -1.1},
        doc! {"a": neg_inf()},
        doc! {"a": inf()},
        doc! {"a": dec("Infinity")},
        doc! {"a": dec("-Infinity")},
        doc! {"a": dec("NaN")},
        doc! {"a": dec("1.1")},
        doc! {"a": dec("-1.1")},
    ];
    run_counts(
        "bitwise skips NaN, infinities and fractions",
        &mixed,
        vec![
            (doc! {"a": {"$bitsAllSet": 0}}, 5),
            (doc! {"a": {"$bitsAllSet": 1}}, 2),
            (doc! {"a": {"$bitsAllSet": 16}}, 3),
            (doc! {"a": {"$bitsAllSet": 54}}, 2),
            (doc! {"a": {"$bitsAllSet": 55}}, 1),
            (doc! {"a": {"$bitsAllSet": 88}}, 2),
            (doc! {"a": {"$bitsAllSet": 255}}, 1),
            (doc! {"a": {"$bitsAllClear": 0}}, 5),
            (doc! {"a": {"$bitsAllClear": 1}}, 3),
            (doc! {"a": {"$bitsAllClear": 16}}, 2),
            (doc! {"a": {"$bitsAllClear": 129}}, 3),
            (doc! {"a": {"$bitsAllClear": 255}}, 1),
            (doc! {"a": {"$bitsAnySet": 0}}, 0),
            (doc! {"a": {"$bitsAnySet": 9}}, 3),
            (doc! {"a": {"$bitsAnySet": 255}}, 4),
            (doc! {"a": {"$bitsAnyClear": 0}}, 0),
            (doc! {"a": {"$bitsAnyClear": 18}}, 3),
            (doc! {"a": {"$bitsAnyClear": 24}}, 3),
            (doc! {"a": {"$bitsAnyClear": 255}}, 4),
        ],
    );
    let variable = [
        doc! {"a": bin64(0, "ZG9n")},
        doc! {"a": bin64(0, "JA4A8gAxqTwciCuF5GGzAA==")},
        doc! {"a": bin64(1, "JA4A8gAxqTwciCuF5GGzAA==")},
        doc! {"a": bin64(0, "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==")},
        doc! {"a": bin64(2, "BAAAADEyMzQ=")},
    ];
    run_counts(
        "bitwise with variable-length BinData",
        &variable,
        vec![
            (doc! {"a": {"$bitsAllSet": bin64(0, "ZG9n")}}, 1),
            (
                doc! {"a": {"$bitsAllSet": bin64(0, "JA4A8gAxqTwciCuF5GGzAA==")}},
                2,
            ),
            (doc! {"a": {"$bitsAllSet": bin64(2, "BAAAADEyMzQ=")}}, 1),
            (
                doc! {"a": {"$bitsAllSet": bin64(0, "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==")}},
                1,
            ),
            (
                doc! {"a": {"$bitsAllClear": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                5,
            ),
            (
                doc! {"a": {"$bitsAllClear": bin64(0, "JA4A8gAxqTwciCuF5GGzAA==")}},
                0,
            ),
            (
                doc! {"a": {"$bitsAnySet": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                0,
            ),
            (
                doc! {"a": {"$bitsAnySet": bin64(0, "JA4A8gAxqTwciCuF5GGzAA==")}},
                5,
            ),
            (
                doc! {"a": {"$bitsAnyClear": bin64(0, "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")}},
                0,
            ),
            (
                doc! {"a": {"$bitsAnyClear": bin64(0, "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==")}},
                4,
            ),
        ],
    );
}

/// jstests/core/query/elemmatch/elemmatch_value.js.
fn elemmatch_value_rows() -> Vec<Row> {
    let docs = [
        ("5", doc! {"a": 5}),
        ("[5]", doc! {"a": [5]}),
        ("[3,7]", doc! {"a": [3, 7]}),
        ("[[5]]", doc! {"a": [[5]]}),
        ("[[3,7]]", doc! {"a": [[3, 7]]}),
        ("[[[5]]]", doc! {"a": [[[5]]]}),
        ("[[[3,7]]]", doc! {"a": [[[3, 7]]]}),
        ("{b:5}", doc! {"a": {"b": 5}}),
        ("{b:[5]}", doc! {"a": {"b": [5]}}),
        ("{b:[3,7]}", doc! {"a": {"b": [3, 7]}}),
        ("[{b:5}]", doc! {"a": [{"b": 5}]}),
        ("[{b:3},{b:7}]", doc! {"a": [{"b": 3}, {"b": 7}]}),
        ("[{b:[5]}]", doc! {"a": [{"b": [5]}]}),
        ("[{b:[3,7]}]", doc! {"a": [{"b": [3, 7]}]}),
        ("[[{b:5}]]", doc! {"a": [[{"b": 5}]]}),
        ("[[{b:3},{b:7}]]", doc! {"a": [[{"b": 3}, {"b": 7}]]}),
        ("[[{b:[5]}]]", doc! {"a": [[{"b": [5]}]]}),
        ("[[{b:[3,7]}]]", doc! {"a": [[{"b": [3, 7]}]]}),
    ];
    expand(
        &docs,
        vec![
            (
                doc! {"a": {"$elemMatch": {"$lt": 6, "$gt": 4}}},
                vec!["[5]"],
            ),
            (
                doc! {"a.b": {"$elemMatch": {"$lt": 6, "$gt": 4}}},
                vec!["{b:[5]}", "[{b:[5]}]"],
            ),
            (
                doc! {"a": {"$elemMatch": {"$elemMatch": {"$lt": 6, "$gt": 4}}}},
                vec!["[[5]]"],
            ),
            (
                doc! {"a": {"$elemMatch": {"$type": "number"}}},
                vec!["[5]", "[3,7]"],
            ),
            (
                doc! {"a": {"$elemMatch": {"$type": "array"}}},
                vec![
                    "[[5]]",
                    "[[3,7]]",
                    "[[[5]]]",
                    "[[[3,7]]]",
                    "[[{b:5}]]",
                    "[[{b:3},{b:7}]]",
                    "[[{b:[5]}]]",
                    "[[{b:[3,7]}]]",
                ],
            ),
            (
                doc! {"a": {"$elemMatch": {"b": {"$lt": 6, "$gt": 4}}}},
                vec!["[{b:5}]", "[{b:[5]}]", "[{b:[3,7]}]"],
            ),
            (
                doc! {"a": {"$elemMatch": {"b": {"$elemMatch": {"$lt": 6, "$gt": 4}}}}},
                vec!["[{b:[5]}]"],
            ),
            (
                doc! {"a": {"$elemMatch": {"$elemMatch": {"b": {"$lt": 6, "$gt": 4}}}}},
                vec!["[[{b:5}]]", "[[{b:[5]}]]", "[[{b:[3,7]}]]"],
            ),
        ],
    )
}

#[test]
fn elemmatch_value_jstest() {
    run("jstests elemmatch_value.js", elemmatch_value_rows());
}

/// jstests/core/query/null_query_semantics.js: the documents and queries whose
/// answers the 8.0 manual also states (null no longer matches undefined in
/// equality and $in).
fn null_semantics_rows() -> Vec<Row> {
    let docs = [
        ("a_empty_subobject", doc! {"a": {}}),
        ("a_null", doc! {"a": null}),
        ("a_number", doc! {"a": 4}),
        ("a_subobject_b_not_null", doc! {"a": {"b": "hi"}}),
        ("a_subobject_b_null", doc! {"a": {"b": null}}),
        (
            "a_subobject_b_undefined",
            doc! {"a": {"b": Bson::Undefined}},
        ),
        ("a_undefined", doc! {"a": Bson::Undefined}),
        ("no_a", doc! {}),
        ("a_double_array", doc! {"a": [[]]}),
        ("a_empty_array", doc! {"a": []}),
        (
            "a_object_array_b_mix_null_undefined_missing",
            doc! {"a": [{"b": null}, {"b": Bson::Undefined}, {"b": null}, {}]},
        ),
        (
            "a_object_array_no_b_nulls",
            doc! {"a": [{"b": 1}, {"b": 3}, {"b": "string"}]},
        ),
        (
            "a_object_array_some_b_nulls",
            doc! {"a": [{"b": null}, {"b": 3}, {"b": null}]},
        ),
        (
            "a_object_array_some_b_undefined",
            doc! {"a": [{"b": Bson::Undefined}, {"b": 3}]},
        ),
        ("a_object_array_some_b_missing", doc! {"a": [{"b": 3}, {}]}),
        ("a_value_array_all_nulls", doc! {"a": [null, null]}),
        ("a_value_array_no_nulls", doc! {"a": [1, "string", 4]}),
        (
            "a_value_array_with_null",
            doc! {"a": [1, "string", null, 4]},
        ),
        (
            "a_value_array_with_undefined",
            doc! {"a": [1, "string", Bson::Undefined, 4]},
        ),
    ];
    let eq_null = vec![
        "a_null",
        "a_value_array_all_nulls",
        "a_value_array_with_null",
        "no_a",
    ];
    let not_eq_null: Vec<&str> = docs
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !eq_null.contains(id))
        .collect();
    let dotted_eq_null = vec![
        "a_empty_subobject",
        "a_null",
        "a_number",
        "a_subobject_b_null",
        "a_undefined",
        "no_a",
        "a_double_array",
        "a_empty_array",
        "a_object_array_b_mix_null_undefined_missing",
        "a_object_array_some_b_nulls",
        "a_object_array_some_b_missing",
        "a_value_array_all_nulls",
        "a_value_array_no_nulls",
        "a_value_array_with_null",
        "a_value_array_with_undefined",
    ];
    let dotted_ne_null = vec![
        "a_subobject_b_not_null",
        "a_subobject_b_undefined",
        "a_object_array_no_b_nulls",
        "a_object_array_some_b_undefined",
    ];
    let mut in_null_4 = eq_null.clone();
    in_null_4.extend([
        "a_number",
        "a_value_array_no_nulls",
        "a_value_array_with_undefined",
    ]);
    expand(
        &docs,
        vec![
            (doc! {"a": {"$eq": null}}, eq_null.clone()),
            (doc! {"a": null}, eq_null.clone()),
            (doc! {"a": {"$ne": null}}, not_eq_null.clone()),
            (doc! {"a": {"$in": [null, 75]}}, eq_null.clone()),
            (doc! {"$or": [{"a": null}, {"a": 75}]}, eq_null.clone()),
            (doc! {"a": {"$in": [null, 4]}}, in_null_4),
            (doc! {"a": {"$nin": [null, 75]}}, not_eq_null),
            (
                doc! {"a": {"$nin": [null, []]}},
                vec![
                    "a_empty_subobject",
                    "a_number",
                    "a_subobject_b_not_null",
                    "a_subobject_b_null",
                    "a_subobject_b_undefined",
                    "a_undefined",
                    "a_object_array_b_mix_null_undefined_missing",
                    "a_object_array_no_b_nulls",
                    "a_object_array_some_b_nulls",
                    "a_object_array_some_b_undefined",
                    "a_object_array_some_b_missing",
                    "a_value_array_no_nulls",
                    "a_value_array_with_undefined",
                ],
            ),
            (
                doc! {"a": {"$nin": [null, re("^str.*", "")]}},
                vec![
                    "a_undefined",
                    "a_empty_subobject",
                    "a_number",
                    "a_subobject_b_not_null",
                    "a_subobject_b_null",
                    "a_subobject_b_undefined",
                    "a_double_array",
                    "a_empty_array",
                    "a_object_array_b_mix_null_undefined_missing",
                    "a_object_array_no_b_nulls",
                    "a_object_array_some_b_nulls",
                    "a_object_array_some_b_undefined",
                    "a_object_array_some_b_missing",
                ],
            ),
            (doc! {"a": {"$exists": false}}, vec!["no_a"]),
            (
                doc! {"a": {"$elemMatch": {"$eq": null}}},
                vec!["a_value_array_all_nulls", "a_value_array_with_null"],
            ),
            (
                doc! {"a": {"$elemMatch": {"$ne": null}}},
                vec![
                    "a_double_array",
                    "a_object_array_b_mix_null_undefined_missing",
                    "a_object_array_no_b_nulls",
                    "a_object_array_some_b_nulls",
                    "a_object_array_some_b_undefined",
                    "a_object_array_some_b_missing",
                    "a_value_array_no_nulls",
                    "a_value_array_with_undefined",
                    "a_value_array_with_null",
                ],
            ),
            (doc! {"a.b": {"$eq": null}}, dotted_eq_null.clone()),
            (doc! {"a.b": {"$in": [null, 75]}}, dotted_eq_null.clone()),
            (doc! {"$or": [{"a.b": null}, {"a.b": 75}]}, dotted_eq_null),
            (doc! {"a.b": {"$ne": null}}, dotted_ne_null.clone()),
            (doc! {"a.b": {"$nin": [null, 75]}}, dotted_ne_null),
        ],
    )
}

#[test]
fn null_semantics_jstest() {
    run("jstests null_query_semantics.js", null_semantics_rows());
}

#[test]
fn parse_errors() {
    const BAD_VALUE: i32 = 2;
    const FAILED_TO_PARSE: i32 = 9;
    const TYPE_MISMATCH: i32 = 14;
    const INVALID_PIPELINE_OPERATOR: i32 = 168;
    const INVALID_REGEX: i32 = 51091;
    const INVALID_REGEX_FLAG: i32 = 51108;
    run_errors(
        "parse errors",
        vec![
            (doc! {"$foo": 1}, BAD_VALUE),
            (doc! {"a": {"$foo": 1}}, BAD_VALUE),
            (doc! {"a": {"$eq": 1, "$foo": 1}}, BAD_VALUE),
            (doc! {"a": {"$in": 1}}, BAD_VALUE),
            (doc! {"a": {"$in": {"b": 1}}}, BAD_VALUE),
            (doc! {"a": {"$nin": 1}}, BAD_VALUE),
            (doc! {"a": {"$in": [{"$gt": 1}]}}, BAD_VALUE),
            (doc! {"a": {"$all": 1}}, BAD_VALUE),
            (doc! {"a": {"$size": "x"}}, BAD_VALUE),
            (doc! {"a": {"$size": -1}}, BAD_VALUE),
            (doc! {"a": {"$size": 1.5}}, BAD_VALUE),
            (doc! {"a": {"$size": null}}, BAD_VALUE),
            (doc! {"a": {"$type": "foo"}}, BAD_VALUE),
            (doc! {"a": {"$type": "missing"}}, BAD_VALUE),
            (doc! {"a": {"$type": {}}}, TYPE_MISMATCH),
            (doc! {"a": {"$type": [{}]}}, TYPE_MISMATCH),
            (doc! {"a": {"$type": 100}}, BAD_VALUE),
            (doc! {"a": {"$type": 0}}, BAD_VALUE),
            (doc! {"a": {"$type": 1.5}}, BAD_VALUE),
            (doc! {"a": {"$type": ["string", "foo"]}}, BAD_VALUE),
            (doc! {"a": {"$not": 5}}, BAD_VALUE),
            (doc! {"a": {"$not": "x"}}, BAD_VALUE),
            (doc! {"a": {"$not": {}}}, BAD_VALUE),
            (doc! {"a": {"$not": {"b": 1}}}, BAD_VALUE),
            (doc! {"a": {"$elemMatch": 1}}, BAD_VALUE),
            (doc! {"a": {"$elemMatch": {"$foo": 1}}}, BAD_VALUE),
            (doc! {"a": {"$regex": 1}}, BAD_VALUE),
            (doc! {"a": {"$options": "i"}}, BAD_VALUE),
            (doc! {"a": {"$regex": "a", "$options": 5}}, BAD_VALUE),
            (
                doc! {"a": {"$regex": re("a", "i"), "$options": "m"}},
                BAD_VALUE,
            ),
            (doc! {"a": {"$regex": "("}}, INVALID_REGEX),
            (doc! {"a": re("(", "")}, INVALID_REGEX),
            (doc! {"a": {"$in": [re("(", "")]}}, INVALID_REGEX),
            (doc! {"a": {"$not": re("(", "")}}, INVALID_REGEX),
            (
                doc! {"a": {"$regex": "a", "$options": "q"}},
                INVALID_REGEX_FLAG,
            ),
            (doc! {"a": {"$mod": 5}}, BAD_VALUE),
            (doc! {"a": {"$mod": []}}, BAD_VALUE),
            (doc! {"a": {"$mod": [4]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [4, 1, 2]}}, BAD_VALUE),
            (doc! {"a": {"$mod": ["a", 1]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [4, "1"]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [null, 1]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [0, 1]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [0.5, 1]}}, BAD_VALUE),
            (doc! {"$and": []}, BAD_VALUE),
            (doc! {"$or": []}, BAD_VALUE),
            (doc! {"$nor": []}, BAD_VALUE),
            (doc! {"$and": 1}, BAD_VALUE),
            (doc! {"$and": [1]}, BAD_VALUE),
            (doc! {"$or": {}}, BAD_VALUE),
            (doc! {"a": {"$bitsAllSet": "x"}}, BAD_VALUE),
            (doc! {"a": {"$bitsAllSet": null}}, BAD_VALUE),
            (doc! {"a": {"$bitsAllSet": [-1]}}, BAD_VALUE),
            (doc! {"a": {"$bitsAllSet": ["x"]}}, BAD_VALUE),
            (doc! {"a": {"$bitsAnySet": [1.5]}}, BAD_VALUE),
            (doc! {"$jsonSchema": 1}, TYPE_MISMATCH),
            (doc! {"$jsonSchema": {"unknownKeyword": 1}}, FAILED_TO_PARSE),
            (doc! {"$expr": {"$foo": 1}}, INVALID_PIPELINE_OPERATOR),
            (doc! {"$alwaysTrue": 0}, FAILED_TO_PARSE),
            // Non-equality comparisons reject a regex operand ("Can't have
            // RegEx as arg to predicate over field"), and $ne does too
            // ("Can't have regex as arg to $ne.", SERVER-1705).
            (doc! {"a": {"$gt": re("x", "")}}, BAD_VALUE),
            (doc! {"a": {"$gte": re("x", "")}}, BAD_VALUE),
            (doc! {"a": {"$lt": re("x", "")}}, BAD_VALUE),
            (doc! {"a": {"$lte": re("x", "")}}, BAD_VALUE),
            (doc! {"a": {"$ne": re("^M", "")}}, BAD_VALUE),
            // Undefined operands are refused ("cannot compare to undefined",
            // "InMatchExpression equality cannot be undefined").
            (doc! {"a": Bson::Undefined}, BAD_VALUE),
            (doc! {"a": {"$eq": Bson::Undefined}}, BAD_VALUE),
            (doc! {"a": {"$ne": Bson::Undefined}}, BAD_VALUE),
            (doc! {"a": {"$gt": Bson::Undefined}}, BAD_VALUE),
            (doc! {"a": {"$in": [Bson::Undefined]}}, BAD_VALUE),
            (doc! {"a": {"$nin": [1, Bson::Undefined]}}, BAD_VALUE),
            // An empty $type list: "a must match at least one type".
            (doc! {"a": {"$type": []}}, FAILED_TO_PARSE),
            // $all refuses operator documents and mixing $elemMatch with
            // plain values ("no $ expressions in $all", "$all/$elemMatch has
            // to be consistent").
            (doc! {"a": {"$all": [{"$gt": 1}]}}, BAD_VALUE),
            (
                doc! {"a": {"$all": [{"$elemMatch": {"b": 1}}, 5]}},
                BAD_VALUE,
            ),
            (
                doc! {"a": {"$all": [5, {"$elemMatch": {"b": 1}}]}},
                BAD_VALUE,
            ),
            // A numeric bitmask goes through
            // parseIntegerElementToNonNegativeLong: FailedToParse for
            // negatives and fractions.
            (doc! {"a": {"$bitsAllSet": -1}}, FAILED_TO_PARSE),
            (doc! {"a": {"$bitsAnyClear": 1.5}}, FAILED_TO_PARSE),
            // Since 5.1 a NaN, infinite or out-of-range divisor or remainder
            // is an error (manual, $mod).
            (doc! {"a": {"$mod": [nan(), 1]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [inf(), 1]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [4, nan()]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [4, neg_inf()]}}, BAD_VALUE),
            (doc! {"a": {"$mod": [1e30, 1]}}, BAD_VALUE),
        ],
    );
}
