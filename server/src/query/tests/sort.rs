//! Sort: `(sort spec, input documents, expected order of _id)` rows, and the
//! sort specification's parse errors.
//!
//! mongod semantics (manual "Comparison/Sort Order" and cursor.sort();
//! src/mongo/db/index/sort_key_generator_test.cpp; DOCS-2760): values of
//! different types sort in the canonical type order; an array sorts by its
//! smallest element ascending and its largest descending; a missing field
//! sorts as null, and an empty array below null. mongod does not promise an
//! order for ties; this engine's sort is stable and the tables pin that down
//! (ties keep their input order).

use super::{bin, date, dec, oid, re, report, sym, ts};
use crate::query::sort::SortSpec;
use bson::{doc, Bson, Document};

type Row = (Document, Vec<Document>, Vec<i32>);

fn ids(docs: &[Document]) -> Vec<String> {
    docs.iter()
        .map(|d| d.get("_id").map(|v| v.to_string()).unwrap_or_default())
        .collect()
}

fn check(rows: &[Row]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    for (i, (spec, input, want)) in rows.iter().enumerate() {
        let want: Vec<String> = want.iter().map(|i| i.to_string()).collect();
        match SortSpec::parse(spec) {
            Err(e) => failures.push(format!("#{i} sort {spec}: parse error {}", e.code.code())),
            Ok(s) => {
                let mut docs = input.clone();
                s.sort(&mut docs);
                let got = ids(&docs);
                if got != want {
                    failures.push(format!(
                        "#{i} sort {spec} of {:?}: ours {got:?}, mongod {want:?}",
                        input.iter().map(|d| d.to_string()).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    (rows.len(), failures)
}

fn run(table: &str, rows: Vec<Row>) {
    let (total, failures) = check(&rows);
    report(table, total, failures);
}

/// One document per BSON type, in shuffled order, `_id` = position in
/// mongod's order.
fn one_of_each_type() -> Vec<Document> {
    vec![
        doc! {"_id": 12, "a": Bson::MaxKey},
        doc! {"_id": 7, "a": true},
        doc! {"_id": 3, "a": "s"},
        doc! {"_id": 2, "a": 1},
        doc! {"_id": 1, "a": null},
        doc! {"_id": 0, "a": Bson::MinKey},
        doc! {"_id": 4, "a": {"x": 1}},
        doc! {"_id": 5, "a": bin(0, &[1])},
        doc! {"_id": 6, "a": oid("000000000000000000000001")},
        doc! {"_id": 8, "a": date(0)},
        doc! {"_id": 9, "a": ts(1, 1)},
        doc! {"_id": 10, "a": re("x", "")},
        doc! {"_id": 11, "a": super::code("f")},
    ]
}

#[test]
fn single_key() {
    let rows: Vec<Row> = vec![
        (doc! {"a": 1}, one_of_each_type(), (0..=12).collect()),
        (doc! {"a": -1}, one_of_each_type(), (0..=12).rev().collect()),
        // Numbers of every type by value.
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": 2.5},
                doc! {"_id": 2, "a": 2_i64},
                doc! {"_id": 3, "a": dec("2.25")},
                doc! {"_id": 4, "a": 3},
                doc! {"_id": 5, "a": -1e300},
                doc! {"_id": 6, "a": f64::NAN},
            ],
            vec![6, 5, 2, 3, 1, 4],
        ),
        // Strings bytewise; symbols with strings.
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": "b"},
                doc! {"_id": 2, "a": "B"},
                doc! {"_id": 3, "a": "a"},
                doc! {"_id": 4, "a": "ab"},
                doc! {"_id": 5, "a": ""},
                doc! {"_id": 6, "a": sym("aa")},
            ],
            vec![5, 2, 3, 6, 4, 1],
        ),
        // Dates are signed.
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": date(0)},
                doc! {"_id": 2, "a": date(-5)},
            ],
            vec![2, 1],
        ),
        // Missing sorts with null (ties keep their order).
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": null},
                doc! {"_id": 2},
                doc! {"_id": 3, "a": 0},
                doc! {"_id": 4, "a": null},
            ],
            vec![1, 2, 4, 3],
        ),
        (
            doc! {"a": -1},
            vec![
                doc! {"_id": 1, "a": null},
                doc! {"_id": 2},
                doc! {"_id": 3, "a": 0},
                doc! {"_id": 4, "a": null},
            ],
            vec![3, 1, 2, 4],
        ),
        // Stable: equal keys keep the input order in both directions.
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": 1},
                doc! {"_id": 2, "a": 1.0},
                doc! {"_id": 3, "a": 1_i64},
            ],
            vec![1, 2, 3],
        ),
        (
            doc! {"a": -1},
            vec![
                doc! {"_id": 1, "a": 1},
                doc! {"_id": 2, "a": 1.0},
                doc! {"_id": 3, "a": 1_i64},
            ],
            vec![1, 2, 3],
        ),
        // Embedded documents compare field by field.
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": {"x": "s"}},
                doc! {"_id": 2, "a": {"x": 1, "y": 1}},
                doc! {"_id": 3, "a": {"x": 1}},
                doc! {"_id": 4, "a": {}},
            ],
            vec![4, 3, 2, 1],
        ),
    ];
    run("single-key sorts", rows);
}

#[test]
fn arrays() {
    let rows: Vec<Row> = vec![
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": 3},
                doc! {"_id": 2, "a": [5, 0]},
                doc! {"_id": 3},
                doc! {"_id": 4, "a": "x"},
            ],
            vec![3, 2, 1, 4],
        ),
        (
            doc! {"a": -1},
            vec![
                doc! {"_id": 1, "a": 3},
                doc! {"_id": 2, "a": [5, 0]},
                doc! {"_id": 3},
                doc! {"_id": 4, "a": "x"},
            ],
            vec![4, 2, 1, 3],
        ),
        // DOCS-2760: an empty array sorts below null and missing (its key is
        // undefined); [0, 1] sorts by 0 ascending, by 1 descending (tied
        // with 1 and [1]). Ascending [], {}, [0, 1], 1, [1]; descending 1,
        // [1], [0, 1], {}, [].
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1},
                doc! {"_id": 2, "a": 1},
                doc! {"_id": 3, "a": []},
                doc! {"_id": 4, "a": [1]},
                doc! {"_id": 5, "a": [0, 1]},
            ],
            vec![3, 1, 5, 2, 4],
        ),
        (
            doc! {"a": -1},
            vec![
                doc! {"_id": 3, "a": []},
                doc! {"_id": 1},
                doc! {"_id": 2, "a": 1},
                doc! {"_id": 4, "a": [1]},
                doc! {"_id": 5, "a": [0, 1]},
            ],
            vec![2, 4, 5, 1, 3],
        ),
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1},
                doc! {"_id": 2, "a": 1},
                doc! {"_id": 4, "a": [1]},
                doc! {"_id": 5, "a": [0, 1]},
            ],
            vec![1, 5, 2, 4],
        ),
        (
            doc! {"a": -1},
            vec![
                doc! {"_id": 1},
                doc! {"_id": 2, "a": 1},
                doc! {"_id": 4, "a": [1]},
                doc! {"_id": 5, "a": [0, 1]},
            ],
            vec![2, 4, 5, 1],
        ),
        // Elements of mixed types: the smallest/largest in type order.
        (
            doc! {"a": 1},
            vec![
                doc! {"_id": 1, "a": ["z", 5]},
                doc! {"_id": 2, "a": [true, "a"]},
                doc! {"_id": 3, "a": 6},
            ],
            vec![1, 3, 2],
        ),
        (
            doc! {"a": -1},
            vec![
                doc! {"_id": 1, "a": ["z", 5]},
                doc! {"_id": 2, "a": [true, "a"]},
                doc! {"_id": 3, "a": 6},
            ],
            vec![2, 1, 3],
        ),
        (
            doc! {"a": 1},
            vec![doc! {"_id": 1, "a": 1}, doc! {"_id": 2, "a": [null, 5]}],
            vec![2, 1],
        ),
        (
            doc! {"a": -1},
            vec![doc! {"_id": 1, "a": 1}, doc! {"_id": 2, "a": [null, 5]}],
            vec![2, 1],
        ),
        // Dotted paths through arrays of documents; an element without the
        // field contributes null.
        (
            doc! {"a.b": 1},
            vec![
                doc! {"_id": 1, "a": [{"b": 3}, {"b": 1}]},
                doc! {"_id": 2, "a": {"b": 2}},
                doc! {"_id": 3, "a": [{"c": 1}]},
            ],
            vec![3, 1, 2],
        ),
        (
            doc! {"a.b": -1},
            vec![
                doc! {"_id": 1, "a": [{"b": 3}, {"b": 1}]},
                doc! {"_id": 2, "a": {"b": 2}},
                doc! {"_id": 3, "a": [{"c": 1}]},
            ],
            vec![1, 2, 3],
        ),
        (
            doc! {"a.b": 1},
            vec![
                doc! {"_id": 1, "a": [{"b": 3}, {"c": 1}]},
                doc! {"_id": 2, "a": [{"b": 2}]},
            ],
            vec![1, 2],
        ),
        (
            doc! {"a.b": -1},
            vec![
                doc! {"_id": 1, "a": [{"b": 3}, {"c": 1}]},
                doc! {"_id": 2, "a": [{"b": 2}]},
            ],
            vec![1, 2],
        ),
        // Numeric path components index arrays.
        (
            doc! {"a.0": 1},
            vec![doc! {"_id": 1, "a": [3, 1]}, doc! {"_id": 2, "a": [2, 9]}],
            vec![2, 1],
        ),
        (
            doc! {"a.1": -1},
            vec![doc! {"_id": 1, "a": [3, 1]}, doc! {"_id": 2, "a": [2, 9]}],
            vec![2, 1],
        ),
    ];
    run("array sort keys", rows);
}

#[test]
fn compound() {
    let rows: Vec<Row> = vec![
        (
            doc! {"a": 1, "b": -1},
            vec![
                doc! {"_id": 1, "a": 1, "b": 1},
                doc! {"_id": 2, "a": 1, "b": 2},
                doc! {"_id": 3, "a": 0, "b": 0},
                doc! {"_id": 4, "a": [2, 0], "b": 5},
            ],
            vec![4, 3, 2, 1],
        ),
        (
            doc! {"a": -1, "b": 1},
            vec![
                doc! {"_id": 1, "a": 1, "b": 1},
                doc! {"_id": 2, "a": 1, "b": 0},
                doc! {"_id": 3, "a": 0, "b": 0},
                doc! {"_id": 4, "a": [2, 0], "b": 5},
            ],
            vec![4, 2, 1, 3],
        ),
        (
            doc! {"b": 1, "a": 1},
            vec![
                doc! {"_id": 1, "a": 2, "b": "x"},
                doc! {"_id": 2, "a": 1, "b": "x"},
                doc! {"_id": 3, "a": 3},
                doc! {"_id": 4, "a": 0, "b": 7},
            ],
            vec![3, 4, 2, 1],
        ),
        // sort_key_generator_test.cpp: {a.b: 1, a.c: -1} on
        // [{b: 1, c: 0}, {b: 0, c: 3}, {b: 0, c: 1}] has the key (0, 3).
        (
            doc! {"a.b": 1, "a.c": -1},
            vec![
                doc! {"_id": 1, "a": {"b": 0, "c": 2}},
                doc! {"_id": 2, "a": [{"b": 1, "c": 0}, {"b": 0, "c": 3}, {"b": 0, "c": 1}]},
                doc! {"_id": 3, "a": {"b": 0, "c": 4}},
            ],
            vec![3, 2, 1],
        ),
        // Three keys, the last one breaking ties.
        (
            doc! {"a": 1, "b": 1, "c": -1},
            vec![
                doc! {"_id": 1, "a": 1, "b": 1, "c": 1},
                doc! {"_id": 2, "a": 1, "b": 1, "c": 2},
                doc! {"_id": 3, "a": 1, "b": 0, "c": 0},
                doc! {"_id": 4, "a": 0, "b": 9, "c": 0},
            ],
            vec![4, 3, 2, 1],
        ),
        // Compound keys over the same array pair values from the same
        // element, as index keys do: for [{b: 0, c: 0}, {b: 1, c: 5}] the key
        // of {a.b: 1, a.c: -1} is (0, 0), not (0, 5).
        (
            doc! {"a.b": 1, "a.c": -1},
            vec![
                doc! {"_id": 1, "a": [{"b": 0, "c": 0}, {"b": 1, "c": 5}]},
                doc! {"_id": 2, "a": [{"b": 0, "c": 3}]},
            ],
            vec![2, 1],
        ),
    ];
    run("compound sorts", rows);
}

/// Every pair of values from the cross-type list sorted both ways: the key of
/// an array is its smallest (ascending) or largest (descending) element (an
/// empty array's is undefined), and equal keys keep their input order.
#[test]
fn cross_type_pairs() {
    let all = super::cross_type::ordered_values();
    let values: Vec<&(&str, u32, Bson)> = all.iter().collect();
    let rank_of = |v: &Bson| {
        all.iter()
            .find(|(_, _, w)| w == v || (w.to_string() == "NaN" && v.to_string() == "NaN"))
            .map(|(_, r, _)| *r)
            .expect("array elements are listed values")
    };
    let key = |v: &Bson, desc: bool| match v {
        Bson::Array(a) if a.is_empty() => rank_of(&Bson::Undefined),
        Bson::Array(a) => {
            let ranks = a.iter().map(rank_of);
            if desc {
                ranks.max().expect("non-empty")
            } else {
                ranks.min().expect("non-empty")
            }
        }
        other => rank_of(other),
    };
    let mut rows: Vec<Row> = Vec::new();
    for (_, _, x) in values.iter().copied() {
        for (_, _, y) in values.iter().copied() {
            for desc in [false, true] {
                let (kx, ky) = (key(x, desc), key(y, desc));
                let x_first = if desc { kx >= ky } else { kx <= ky };
                rows.push((
                    doc! {"a": if desc { -1 } else { 1 }},
                    vec![
                        doc! {"_id": 0, "a": x.clone()},
                        doc! {"_id": 1, "a": y.clone()},
                    ],
                    if x_first { vec![0, 1] } else { vec![1, 0] },
                ));
            }
        }
    }
    run("every pair of values, both directions", rows);
}

/// `None` = the spec parses; `Some(code)` = mongod's error.
fn check_specs(rows: &[(Document, Option<i32>)]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    for (spec, want) in rows {
        let got = SortSpec::parse(spec).err().map(|e| e.code.code());
        if got != *want {
            failures.push(format!("sort {spec}: ours {got:?}, mongod {want:?}"));
        }
    }
    (rows.len(), failures)
}

#[test]
fn spec_parsing() {
    let rows = vec![
        (doc! {"a": 1}, None),
        (doc! {"a": -1}, None),
        (doc! {"a": 1.0}, None),
        (doc! {"a": -1_i64}, None),
        (doc! {"a": dec("-1")}, None),
        (doc! {"a": 1, "b": -1, "c.d": 1}, None),
        (doc! {"a": 2}, Some(15975)),
        (doc! {"a": 0}, Some(15975)),
        (doc! {"a": 1.5}, Some(15975)),
        (doc! {"a": -2_i64}, Some(15975)),
        // A non-numeric direction: "Illegal key in $sort specification".
        (doc! {"a": "x"}, Some(15974)),
        (doc! {"a": true}, Some(15974)),
        (doc! {"a": null}, Some(15974)),
        // Sort paths are FieldPaths: "" is 40352, an empty component 15998,
        // a trailing dot 40353.
        (doc! {"": 1}, Some(40352)),
        (doc! {"a..b": 1}, Some(15998)),
        (doc! {"a.": 1}, Some(40353)),
    ];
    let (total, failures) = check_specs(&rows);
    report("sort specification parsing", total, failures);
}
