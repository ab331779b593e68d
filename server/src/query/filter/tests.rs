//! Unit tests of filter parsing and matching; the table-driven conformance
//! tests are in `query/tests`.

use super::Filter;
use crate::error::ErrorCode;
use bson::{doc, Document};

fn m(filter: Document, d: Document) -> bool {
    Filter::parse(&filter).unwrap().matches(&d).unwrap()
}

#[test]
fn equality_and_arrays() {
    assert!(m(doc! {"a": 1}, doc! {"a": 1.0}));
    assert!(m(doc! {"a": 1}, doc! {"a": [3, 1]}));
    assert!(m(doc! {"a": [3, 1]}, doc! {"a": [3, 1]}));
    assert!(!m(doc! {"a": [1, 3]}, doc! {"a": [3, 1]}));
    assert!(m(doc! {"a.b": 2}, doc! {"a": [{"b": 1}, {"b": 2}]}));
    assert!(m(doc! {"a.1": 5}, doc! {"a": [4, 5]}));
    assert!(m(doc! {"a": null}, doc! {"b": 1}));
    assert!(!m(doc! {"a": null}, doc! {"a": 0}));
    assert!(m(doc! {"a": {"b": 1}}, doc! {"a": {"b": 1}}));
    assert!(!m(doc! {"a": {"b": 1}}, doc! {"a": {"b": 1, "c": 1}}));
}

#[test]
fn comparisons_bracket_by_type() {
    assert!(m(doc! {"a": {"$gt": 1}}, doc! {"a": 2}));
    assert!(!m(doc! {"a": {"$gt": 1}}, doc! {"a": "z"}));
    assert!(m(doc! {"a": {"$gte": 2, "$lt": 3}}, doc! {"a": 2.5}));
    assert!(m(doc! {"a": {"$lt": 2}}, doc! {"a": [5, 1]}));
    assert!(m(doc! {"a": {"$lte": null}}, doc! {}));
}

#[test]
fn negations() {
    assert!(m(doc! {"a": {"$ne": 1}}, doc! {"a": 2}));
    assert!(!m(doc! {"a": {"$ne": 1}}, doc! {"a": [1, 2]}));
    assert!(m(doc! {"a": {"$ne": 1}}, doc! {}));
    assert!(m(doc! {"a": {"$nin": [1, 2]}}, doc! {"a": 3}));
    assert!(!m(doc! {"a": {"$not": {"$gt": 1}}}, doc! {"a": 3}));
    assert!(m(doc! {"$nor": [{"a": 1}, {"b": 1}]}, doc! {"a": 2}));
}

#[test]
fn logical_and_element() {
    assert!(m(doc! {"$or": [{"a": 1}, {"b": 1}]}, doc! {"b": 1}));
    assert!(m(
        doc! {"$and": [{"a": 1}, {"b": 1}]},
        doc! {"a": 1, "b": 1}
    ));
    assert!(m(doc! {"a": {"$exists": true}}, doc! {"a": null}));
    assert!(m(doc! {"a": {"$exists": false}}, doc! {"b": 1}));
    assert!(m(doc! {"a": {"$in": [1, null]}}, doc! {}));
    assert!(m(doc! {"a": {"$size": 2}}, doc! {"a": [1, 2]}));
    assert!(m(doc! {"a": {"$type": "string"}}, doc! {"a": "x"}));
    assert!(m(
        doc! {"a": {"$elemMatch": {"b": 1, "c": 2}}},
        doc! {"a": [{"b": 1, "c": 2}]}
    ));
    assert!(!m(
        doc! {"a": {"$elemMatch": {"b": 1, "c": 2}}},
        doc! {"a": [{"b": 1}, {"c": 2}]}
    ));
    assert!(m(
        doc! {"a": {"$elemMatch": {"$gt": 1, "$lt": 3}}},
        doc! {"a": [0, 2]}
    ));
    assert!(m(doc! {"a": {"$all": [1, 2]}}, doc! {"a": [2, 1, 3]}));
    assert!(m(
        doc! {"a": {"$regex": "^x", "$options": "i"}},
        doc! {"a": "Xy"}
    ));
}

#[test]
fn bitwise() {
    assert!(m(doc! {"a": {"$bitsAllSet": 5}}, doc! {"a": 7}));
    assert!(!m(doc! {"a": {"$bitsAllSet": [0, 3]}}, doc! {"a": 7}));
    assert!(m(doc! {"a": {"$bitsAnySet": [3, 1]}}, doc! {"a": 2}));
    assert!(m(doc! {"a": {"$bitsAllClear": 8}}, doc! {"a": 7}));
    assert!(m(doc! {"a": {"$bitsAnyClear": [0, 5]}}, doc! {"a": 1}));
    assert!(m(doc! {"a": {"$bitsAllSet": [70]}}, doc! {"a": -1}));
    assert!(!m(doc! {"a": {"$bitsAllSet": 1}}, doc! {"a": 1.5}));
    assert!(!m(doc! {"a": {"$bitsAllSet": 1}}, doc! {"a": "1"}));
    assert!(Filter::parse(&doc! {"a": {"$bitsAllSet": -1}}).is_err());
}

#[test]
fn parse_errors() {
    let e = Filter::parse(&doc! {"$foo": 1}).unwrap_err();
    assert_eq!(e.code, ErrorCode::BadValue);
    let e = Filter::parse(&doc! {"a": {"$in": 1}}).unwrap_err();
    assert_eq!(e.message, "$in needs an array");
    let e = Filter::parse(&doc! {"a": {"$bogus": 1}}).unwrap_err();
    assert_eq!(e.message, "unknown operator: $bogus");
    assert!(Filter::parse(&doc! {"$and": []}).is_err());
}
