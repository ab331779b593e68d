//! Find projections: `(projection, query, document, expected)` rows where the
//! expected value is the projected document (compared byte for byte, so field
//! order and value types count) or mongod's error code.
//!
//! Sources: src/mongo/db/query/projection_parser.cpp (codes 31249-31310,
//! the inclusion/exclusion and `_id` rules, computeProjectionType), the
//! manual's "Project Fields to Return from Query", `$slice`, `$elemMatch` and
//! positional `$` projection pages, and FieldPath's validation (15998, 16410,
//! 40352, 40353).

use super::{dec, report};
use crate::query::projection::Projection;
use bson::{doc, Bson, Document};
use std::panic::{catch_unwind, AssertUnwindSafe};

#[derive(Debug)]
enum Want {
    Doc(Document),
    Err(i32),
}

use Want::{Doc, Err as Code};

type Row = (Document, Document, Document, Want);

fn bytes(d: &Document) -> Vec<u8> {
    d.to_vec().expect("serializable document")
}

fn project(spec: &Document, query: &Document, d: &Document) -> Result<Document, i32> {
    let p = Projection::parse_with_query(spec, query).map_err(|e| e.code.code())?;
    match p {
        None => Ok(d.clone()),
        Some(p) => p.apply(d).map_err(|e| e.code.code()),
    }
}

fn check(rows: &[Row]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    for (i, (spec, query, d, want)) in rows.iter().enumerate() {
        let got = catch_unwind(AssertUnwindSafe(|| project(spec, query, d)));
        let ok = match (&got, want) {
            (Ok(Ok(out)), Doc(w)) => bytes(out) == bytes(w),
            (Ok(Err(code)), Code(w)) => code == w,
            _ => false,
        };
        if !ok {
            let ours = match got {
                Ok(Ok(out)) => format!("{out}"),
                Ok(Err(code)) => format!("error {code}"),
                Err(_) => "panic".to_string(),
            };
            let theirs = match want {
                Doc(w) => format!("{w}"),
                Code(c) => format!("error {c}"),
            };
            failures.push(format!(
                "#{i} projection {spec} (query {query}) on {d}: ours {ours}, mongod {theirs}"
            ));
        }
    }
    (rows.len(), failures)
}

fn run(table: &str, rows: Vec<Row>) {
    let (total, failures) = check(&rows);
    report(table, total, failures);
}

/// The document most rows project.
fn base() -> Document {
    doc! {
        "_id": 1,
        "a": 1,
        "b": {"c": 1, "d": 2},
        "e": [{"c": 1, "x": 0}, 5, [{"c": 2}]],
        "f": "s",
    }
}

#[test]
fn inclusion_exclusion_and_id() {
    let d = base();
    let q = doc! {};
    let all_but_a =
        doc! {"_id": 1, "b": {"c": 1, "d": 2}, "e": [{"c": 1, "x": 0}, 5, [{"c": 2}]], "f": "s"};
    let rows: Vec<Row> = vec![
        (
            doc! {"a": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"a": 1, "_id": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"a": 1}),
        ),
        (
            doc! {"_id": 0, "a": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"a": 1}),
        ),
        (
            doc! {"a": 1, "_id": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (doc! {"_id": 1}, q.clone(), d.clone(), Doc(doc! {"_id": 1})),
        (
            doc! {"_id": 0},
            q.clone(),
            d.clone(),
            Doc(
                doc! {"a": 1, "b": {"c": 1, "d": 2}, "e": [{"c": 1, "x": 0}, 5, [{"c": 2}]], "f": "s"},
            ),
        ),
        (doc! {"a": 0}, q.clone(), d.clone(), Doc(all_but_a.clone())),
        (
            doc! {"a": 0, "_id": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"b": {"c": 1, "d": 2}, "e": [{"c": 1, "x": 0}, 5, [{"c": 2}]], "f": "s"}),
        ),
        (
            doc! {"a": 0, "_id": 1},
            q.clone(),
            d.clone(),
            Doc(all_but_a.clone()),
        ),
        // Any number or bool is an inclusion flag: truthy includes.
        (
            doc! {"a": true},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"a": false},
            q.clone(),
            d.clone(),
            Doc(all_but_a.clone()),
        ),
        (
            doc! {"a": 1.5},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"a": 0.0},
            q.clone(),
            d.clone(),
            Doc(all_but_a.clone()),
        ),
        (
            doc! {"a": -1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"a": 1_i64},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"a": dec("1")},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (doc! {"a": dec("0")}, q.clone(), d.clone(), Doc(all_but_a)),
        // Output follows the document's field order, not the projection's.
        (
            doc! {"f": 1, "a": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1, "f": "s"}),
        ),
        (doc! {"zzz": 1}, q.clone(), d.clone(), Doc(doc! {"_id": 1})),
        (doc! {}, q.clone(), d.clone(), Doc(d.clone())),
        // A document without _id.
        (
            doc! {"a": 1},
            q.clone(),
            doc! {"a": 1, "b": 2},
            Doc(doc! {"a": 1}),
        ),
        (
            doc! {"a": 0},
            q.clone(),
            doc! {"a": 1, "b": 2},
            Doc(doc! {"b": 2}),
        ),
        // Sub-fields of _id.
        (
            doc! {"_id.x": 0},
            q.clone(),
            doc! {"_id": {"x": 1, "y": 2}, "a": 1},
            Doc(doc! {"_id": {"y": 2}, "a": 1}),
        ),
        // Naming a path under _id projects only that sub-field: no
        // implicit whole _id (ParseContext::idSpecified).
        (
            doc! {"_id.x": 1},
            q.clone(),
            doc! {"_id": {"x": 1, "y": 2}, "a": 1},
            Doc(doc! {"_id": {"x": 1}}),
        ),
    ];
    run("inclusion, exclusion and _id", rows);
}

#[test]
fn dotted_paths_and_arrays() {
    let d = base();
    let q = doc! {};
    let rows: Vec<Row> = vec![
        (
            doc! {"b.c": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "b": {"c": 1}}),
        ),
        (
            doc! {"b.c": 0},
            q.clone(),
            d.clone(),
            Doc(
                doc! {"_id": 1, "a": 1, "b": {"d": 2}, "e": [{"c": 1, "x": 0}, 5, [{"c": 2}]], "f": "s"},
            ),
        ),
        (
            doc! {"b.c": 1, "b.d": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "b": {"c": 1, "d": 2}}),
        ),
        (
            doc! {"b.c": 0, "b.d": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1, "b": {}, "e": [{"c": 1, "x": 0}, 5, [{"c": 2}]], "f": "s"}),
        ),
        (
            doc! {"b.c": 1, "a": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1, "b": {"c": 1}}),
        ),
        // Inclusion keeps documents (and nested arrays of them) inside arrays
        // and drops scalars; exclusion keeps scalars.
        (
            doc! {"e.c": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "e": [{"c": 1}, [{"c": 2}]]}),
        ),
        (
            doc! {"e.c": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1, "b": {"c": 1, "d": 2}, "e": [{"x": 0}, 5, [{}]], "f": "s"}),
        ),
        // Numeric components are field names in projections.
        (
            doc! {"e.1": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "e": [{}, [{}]]}),
        ),
        // A path through a scalar.
        (doc! {"f.x": 1}, q.clone(), d.clone(), Doc(doc! {"_id": 1})),
        (doc! {"f.x": 0}, q.clone(), d.clone(), Doc(d.clone())),
        (
            doc! {"b.z": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "b": {}}),
        ),
        (
            doc! {"x.y.z": 1},
            q.clone(),
            doc! {"_id": 1, "x": [{"y": [{"z": 1, "w": 2}, 3]}, {"y": {"z": 4}}]},
            Doc(doc! {"_id": 1, "x": [{"y": [{"z": 1}]}, {"y": {"z": 4}}]}),
        ),
        // A nested document is a sub-projection ({b: {c: 1}} is
        // {"b.c": 1}), not an expression object.
        (
            doc! {"b": {"c": 1}},
            q.clone(),
            doc! {"_id": 1, "a": 1, "b": {"c": 7, "d": 2}},
            Doc(doc! {"_id": 1, "b": {"c": 7}}),
        ),
        (
            doc! {"b": {"c": 0}},
            q.clone(),
            doc! {"_id": 1, "a": 1, "b": {"c": 7, "d": 2}},
            Doc(doc! {"_id": 1, "a": 1, "b": {"d": 2}}),
        ),
    ];
    run("dotted paths and arrays", rows);
}

#[test]
fn find_operators() {
    let q = doc! {};
    let arr = doc! {"_id": 1, "a": [1, 2, 3, 4], "b": 1};
    let objs = doc! {"_id": 1, "b": [{"x": 1, "y": 1}, {"x": 2, "y": 2}, {"x": 2, "y": 3}], "c": 5};
    let rows: Vec<Row> = vec![
        // $slice alone leaves the projection an exclusion.
        (
            doc! {"a": {"$slice": 2}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": -1}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [4], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": 0}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": 10}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2, 3, 4], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": -10}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2, 3, 4], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": [1, 2]}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [2, 3], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": [-2, 1]}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [3], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": [-10, 2]}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": [10, 2]}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": 2}, "b": 1},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": 2}, "b": 0},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2]}),
        ),
        (
            doc! {"a": {"$slice": 2}, "_id": 0},
            q.clone(),
            arr.clone(),
            Doc(doc! {"a": [1, 2], "b": 1}),
        ),
        (
            doc! {"a": {"$slice": 1}},
            q.clone(),
            doc! {"_id": 1, "a": 5},
            Doc(doc! {"_id": 1, "a": 5}),
        ),
        (
            doc! {"c.d": {"$slice": 1}},
            q.clone(),
            doc! {"_id": 1, "c": {"d": [1, 2], "e": 3}},
            Doc(doc! {"_id": 1, "c": {"d": [1], "e": 3}}),
        ),
        // $elemMatch: the first matching element; an inclusion projection.
        (
            doc! {"b": {"$elemMatch": {"x": 2}}},
            q.clone(),
            objs.clone(),
            Doc(doc! {"_id": 1, "b": [{"x": 2, "y": 2}]}),
        ),
        (
            doc! {"b": {"$elemMatch": {"x": 3}}},
            q.clone(),
            objs.clone(),
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"b": {"$elemMatch": {"x": 2}}, "_id": 0},
            q.clone(),
            objs.clone(),
            Doc(doc! {"b": [{"x": 2, "y": 2}]}),
        ),
        (
            doc! {"b": {"$elemMatch": {"x": 2, "y": {"$gt": 2}}}},
            q.clone(),
            objs.clone(),
            Doc(doc! {"_id": 1, "b": [{"x": 2, "y": 3}]}),
        ),
        (
            doc! {"b": {"$elemMatch": {"x": 2}}},
            q.clone(),
            doc! {"_id": 1, "b": 5},
            Doc(doc! {"_id": 1}),
        ),
        // Positional $: the first element the query matched.
        (
            doc! {"a.$": 1},
            doc! {"a": {"$gt": 2}},
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [3]}),
        ),
        (
            doc! {"a.$": 1},
            doc! {"a": 2},
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [2]}),
        ),
        (
            doc! {"a.$": 1, "b": 1},
            doc! {"a": 4},
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [4], "b": 1}),
        ),
        (
            doc! {"b.$": 1},
            doc! {"b.x": 2},
            objs.clone(),
            Doc(doc! {"_id": 1, "b": [{"x": 2, "y": 2}]}),
        ),
        (
            doc! {"b.$": 1},
            doc! {"b.y": {"$gte": 3}},
            objs.clone(),
            Doc(doc! {"_id": 1, "b": [{"x": 2, "y": 3}]}),
        ),
        // With a find $slice, {_id: 1} makes the projection an inclusion
        // (computeProjectionType).
        (
            doc! {"a": {"$slice": 2}, "_id": 1},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1, 2]}),
        ),
        // $slice counts are taken with safeNumberInt (1.5 -> 1).
        (
            doc! {"a": {"$slice": 1.5}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [1], "b": 1}),
        ),
        // The $elemMatch projection is a match expression on the field, so
        // the value form works and scalar elements can match.
        (
            doc! {"a": {"$elemMatch": {"$gt": 1}}},
            q.clone(),
            arr.clone(),
            Doc(doc! {"_id": 1, "a": [2]}),
        ),
    ];
    run("$slice, $elemMatch and positional $", rows);
}

#[test]
fn computed_fields() {
    let q = doc! {};
    let d = doc! {"_id": 1, "a": 1, "f": "s"};
    let rows: Vec<Row> = vec![
        (
            doc! {"x": {"$add": ["$a", 1]}},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": 2}),
        ),
        (
            doc! {"x": {"$add": ["$a", 1]}, "_id": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"x": 2}),
        ),
        (
            doc! {"x": "lit"},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": "lit"}),
        ),
        (
            doc! {"x": {"$literal": 0}},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": 0}),
        ),
        (
            doc! {"x": "$a"},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": 1}),
        ),
        (
            doc! {"x": "$missing"},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"x": null},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": null}),
        ),
        (
            doc! {"a": 1, "x": "$f"},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": 1, "x": "s"}),
        ),
        (
            doc! {"x.y": "$a"},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": {"y": 1}}),
        ),
        (
            doc! {"x": {"$concat": ["$f", "!"]}},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "x": "s!"}),
        ),
    ];
    run("computed fields", rows);
}

#[test]
fn parse_errors() {
    let q = doc! {};
    let d = base();
    let rows: Vec<Row> = vec![
        (doc! {"a": 1, "b": 0}, q.clone(), d.clone(), Code(31254)),
        (doc! {"a": 0, "b": 1}, q.clone(), d.clone(), Code(31253)),
        (doc! {"b": "lit", "a": 0}, q.clone(), d.clone(), Code(31254)),
        (
            doc! {"b": {"$add": [1, 2]}, "a": 0},
            q.clone(),
            d.clone(),
            Code(31254),
        ),
        (doc! {"a.b": 1, "a": 1}, q.clone(), d.clone(), Code(31250)),
        (
            doc! {"a.b.c": 1, "a.b": 1},
            q.clone(),
            d.clone(),
            Code(31250),
        ),
        (doc! {"$a": 1}, q.clone(), d.clone(), Code(16410)),
        (
            doc! {"a": {"$slice": "x"}},
            q.clone(),
            d.clone(),
            Code(28667),
        ),
        (
            doc! {"a": {"$slice": [1]}},
            q.clone(),
            d.clone(),
            Code(28667),
        ),
        (
            doc! {"a": {"$elemMatch": 1}},
            q.clone(),
            d.clone(),
            Code(31274),
        ),
        (
            doc! {"a.b": {"$elemMatch": {"x": 1}}},
            q.clone(),
            d.clone(),
            Code(31275),
        ),
        (
            doc! {"a.$": 1, "b.$": 1},
            doc! {"a": 1, "b": 1},
            d.clone(),
            Code(31276),
        ),
        (doc! {"a.$.$": 1}, doc! {"a": 1}, d.clone(), Code(31394)),
        // A path below an included field: "Path collision at a.b remaining
        // portion b".
        (doc! {"a": 1, "a.b": 1}, q.clone(), d.clone(), Code(31249)),
        (
            doc! {"a.b": 1, "a.b.c": 1},
            q.clone(),
            d.clone(),
            Code(31249),
        ),
        // FieldPath validation of projected paths.
        (doc! {"": 1}, q.clone(), d.clone(), Code(40352)),
        (doc! {"a..b": 1}, q.clone(), d.clone(), Code(15998)),
        (doc! {".a": 1}, q.clone(), d.clone(), Code(15998)),
        (doc! {"a.": 1}, q.clone(), d.clone(), Code(40353)),
        // Expressions and literals after an exclusion have their own codes.
        (
            doc! {"a": 0, "b": {"$add": [1, 2]}},
            q.clone(),
            d.clone(),
            Code(31252),
        ),
        (doc! {"a": 0, "b": "lit"}, q.clone(), d.clone(), Code(31310)),
        // Positional projection conflicts are parse errors.
        (
            doc! {"a.$": 1, "b": {"$elemMatch": {"x": 1}}},
            doc! {"a": 1},
            d.clone(),
            Code(31255),
        ),
        (
            doc! {"b": {"$elemMatch": {"x": 1}}, "a.$": 1},
            doc! {"a": 1},
            d.clone(),
            Code(31256),
        ),
        (
            doc! {"a.$": {"$slice": 1}},
            doc! {"a": 1},
            d.clone(),
            Code(31271),
        ),
        (doc! {"a.$": "x"}, doc! {"a": 1}, d.clone(), Code(31308)),
        (doc! {"a.$.b": 1}, doc! {"a": 1}, d.clone(), Code(31394)),
    ];
    run("parse errors", rows);
}

/// `{"a.x": 1}` applied to one value: documents keep only `x`, arrays keep
/// their documents and nested arrays (projected), scalars are dropped.
fn include_x(v: &Bson) -> Option<Bson> {
    match v {
        Bson::Document(d) => {
            let mut out = Document::new();
            if let Some(x) = d.get("x") {
                out.insert("x", x.clone());
            }
            Some(Bson::Document(out))
        }
        Bson::Array(a) => Some(Bson::Array(a.iter().filter_map(include_x).collect())),
        _ => None,
    }
}

/// `{"a.x": 0}` applied to one value: documents lose `x`, arrays are mapped,
/// scalars stay.
fn exclude_x(v: &Bson) -> Bson {
    match v {
        Bson::Document(d) => {
            let mut out = d.clone();
            out.remove("x");
            Bson::Document(out)
        }
        Bson::Array(a) => Bson::Array(a.iter().map(exclude_x).collect()),
        other => other.clone(),
    }
}

/// Each value of the cross-type list, and a few documents and arrays with an
/// `x` field, under six projections; values come back unchanged (same type).
#[test]
fn every_value_type() {
    let mut values: Vec<Bson> = super::cross_type::ordered_values()
        .into_iter()
        .map(|(_, _, v)| v)
        .collect();
    values.extend([
        Bson::Document(doc! {"x": 1, "y": 2}),
        Bson::Document(doc! {"y": 2, "x": {"z": 1}}),
        Bson::Array(vec![
            Bson::Document(doc! {"x": 1, "y": 2}),
            Bson::Int32(3),
            Bson::Array(vec![Bson::Document(doc! {"x": 4}), Bson::Int32(5)]),
        ]),
    ]);
    let q = doc! {};
    let mut rows: Vec<Row> = Vec::new();
    for v in values {
        let d = doc! {"_id": 1, "a": v.clone(), "b": 2};
        rows.push((
            doc! {"a": 1},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": v.clone()}),
        ));
        rows.push((
            doc! {"a": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "b": 2}),
        ));
        rows.push((
            doc! {"b": 1, "_id": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"b": 2}),
        ));
        rows.push((
            doc! {"_id": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"a": v.clone(), "b": 2}),
        ));
        let mut inc = doc! {"_id": 1};
        if let Some(p) = include_x(&v) {
            inc.insert("a", p);
        }
        rows.push((doc! {"a.x": 1}, q.clone(), d.clone(), Doc(inc)));
        rows.push((
            doc! {"a.x": 0},
            q.clone(),
            d.clone(),
            Doc(doc! {"_id": 1, "a": exclude_x(&v), "b": 2}),
        ));
    }
    run("every value type under inclusion and exclusion", rows);
}
