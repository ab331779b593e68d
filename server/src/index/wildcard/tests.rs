//! Tests of wildcard index leaves, keys, query path coverage and spec
//! validation.

use super::*;
use crate::error::ErrorCode;
use crate::index::keyenc::encode_component;
use crate::index::IndexMeta;
use bson::{bson, doc};

fn index(key: Document, extra: Document) -> IndexMeta {
    let mut spec = doc! {"v": 2, "key": key, "name": "w"};
    spec.extend(extra);
    IndexMeta::from_spec(spec, "table:x".into())
}

/// The (path, value) pairs a single-field wildcard index stores.
fn leaves(key: Document, extra: Document, d: Document) -> Vec<(String, Bson)> {
    let idx = index(key, extra);
    let mut got = idx.wildcard.as_ref().unwrap().leaves(&d);
    got.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| format!("{}", a.1).cmp(&format!("{}", b.1)))
    });
    got
}

fn pairs(v: &[(&str, Bson)]) -> Vec<(String, Bson)> {
    let mut p: Vec<(String, Bson)> = v.iter().map(|(a, b)| (a.to_string(), b.clone())).collect();
    p.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| format!("{}", a.1).cmp(&format!("{}", b.1)))
    });
    p
}

#[test]
fn leaves_follow_mongod() {
    let all = || doc! {"$**": 1};
    type Case = (Document, Document, Document, Vec<(&'static str, Bson)>);
    let cases: Vec<Case> = vec![
        (
            all(),
            doc! {},
            doc! {"_id": 1, "a": 1, "b": {"c": "x"}},
            vec![("a", bson!(1)), ("b.c", bson!("x"))],
        ),
        // Arrays are expanded without positions; objects inside them descended.
        (
            all(),
            doc! {},
            doc! {"a": [1, {"b": 2}, [3, 4]]},
            vec![("a", bson!(1)), ("a.b", bson!(2)), ("a", bson!([3, 4]))],
        ),
        // Empty objects and arrays are values; an empty array nested in one is itself.
        (
            all(),
            doc! {},
            doc! {"e": {}, "f": [], "g": [[]]},
            vec![("e", bson!({})), ("f", Bson::Undefined), ("g", bson!([]))],
        ),
        // Dotted field names cannot be queried and are skipped.
        (
            all(),
            doc! {},
            doc! {"a": {"b.c": 1, "d": 2}},
            vec![("a.d", bson!(2))],
        ),
        // A subtree index.
        (
            doc! {"a.b.$**": 1},
            doc! {},
            doc! {"a": {"b": {"c": 1}, "x": 2}, "z": 3},
            vec![("a.b.c", bson!(1))],
        ),
        // ... keeps the objects along its path.
        (
            doc! {"a.b.$**": 1},
            doc! {},
            doc! {"a": {"x": 2}},
            vec![("a", bson!({}))],
        ),
        (
            doc! {"a.b.$**": 1},
            doc! {},
            doc! {"a": [{"b": 1}, 5, [{"b": 2}]]},
            vec![("a.b", bson!(1))],
        ),
        // Inclusion with _id.
        (
            all(),
            doc! {"wildcardProjection": {"a": 1, "_id": 1}},
            doc! {"_id": 7, "a": {"x": 1}, "b": 2},
            vec![("_id", bson!(7)), ("a.x", bson!(1))],
        ),
        // Exclusion keeps _id out unless included.
        (
            all(),
            doc! {"wildcardProjection": {"b": 0}},
            doc! {"_id": 7, "a": 1, "b": 2},
            vec![("a", bson!(1))],
        ),
        (
            all(),
            doc! {"wildcardProjection": {"b": 0, "_id": 1}},
            doc! {"_id": 7, "a": 1, "b": 2},
            vec![("_id", bson!(7)), ("a", bson!(1))],
        ),
        // Nested exclusion keeps scalars and nested arrays along the path.
        (
            all(),
            doc! {"wildcardProjection": {"a": {"b": 0}}},
            doc! {"a": [{"b": 1, "c": 2}, 3, [4]]},
            vec![("a.c", bson!(2)), ("a", bson!(3)), ("a", bson!([4]))],
        ),
    ];
    for (key, extra, d, want) in cases {
        assert_eq!(
            leaves(key.clone(), extra.clone(), d.clone()),
            pairs(&want),
            "{key} {extra} {d}"
        );
    }
}

#[test]
fn keys_are_path_then_value() {
    let idx = index(doc! {"$**": 1}, doc! {});
    let ks = keys_for(&idx, &doc! {"_id": 1, "a": [2, 2, 3]});
    let key = |p: &str, v: Bson| {
        let mut k = Vec::new();
        encode_component(&Bson::String(p.into()), false, &mut k);
        encode_component(&v, false, &mut k);
        k
    };
    assert_eq!(ks, vec![key("a", bson!(2)), key("a", bson!(3))]);
    assert!(keys_for(&idx, &doc! {"_id": 1}).is_empty());
}

fn keys_for(idx: &IndexMeta, d: &Document) -> Vec<Vec<u8>> {
    keys(idx, idx.wildcard.as_ref().unwrap(), d).unwrap()
}

#[test]
fn compound_keys_have_one_entry_per_leaf_or_a_placeholder() {
    let idx = index(
        doc! {"r": 1, "$**": 1},
        doc! {"wildcardProjection": {"r": 0}},
    );
    assert_eq!(keys_for(&idx, &doc! {"r": 1, "a": 1, "b": 2}).len(), 2);
    assert_eq!(keys_for(&idx, &doc! {"r": 1}).len(), 1);
    assert_eq!(keys_for(&idx, &doc! {}).len(), 1);
    let e = keys(&idx, idx.wildcard.as_ref().unwrap(), &doc! {"r": [1, 2]}).unwrap_err();
    assert_eq!(e.code, ErrorCode::BadValue);
}

#[test]
fn coverage_of_query_paths() {
    let spec = |key: Document, extra: Document| index(key, extra).wildcard.unwrap();
    let all = spec(doc! {"$**": 1}, doc! {});
    assert!(all.covers("a") && all.covers("a.b"));
    assert!(!all.covers("_id") && !all.covers("a.0") && !all.covers("_id.x"));
    let sub = spec(doc! {"a.b.$**": 1}, doc! {});
    assert!(sub.covers("a.b") && sub.covers("a.b.c"));
    assert!(!sub.covers("a") && !sub.covers("a.bc") && !sub.covers("x"));
    let inc = spec(
        doc! {"$**": 1},
        doc! {"wildcardProjection": {"a.b": 1, "_id": 1}},
    );
    assert!(inc.covers("a.b.c") && inc.covers("_id"));
    assert!(!inc.covers("a") && !inc.covers("c"));
    let exc = spec(doc! {"$**": 1}, doc! {"wildcardProjection": {"a.b": 0}});
    assert!(exc.covers("a") && exc.covers("c") && exc.covers("a.c"));
    assert!(!exc.covers("a.b") && !exc.covers("a.b.c") && !exc.covers("_id"));
}

fn code_of(spec: Document) -> Option<i32> {
    let key = spec.get_document("key").unwrap().clone();
    validate(&spec, &key)
        .and_then(|()| check_options(&spec))
        .err()
        .map(|e| e.code.code())
}

#[test]
fn spec_validation_codes() {
    let cases: Vec<(Document, Option<i32>)> = vec![
        (doc! {"key": {"$**": 1}}, None),
        (doc! {"key": {"$**": -1}}, None),
        (doc! {"key": {"a.$**": 1}}, None),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 1, "b": 1}},
            None,
        ),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"_id": 1, "a": 0}},
            None,
        ),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"_id": 0, "a": 1}},
            None,
        ),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"a": {"b": 1, "c": 1}}},
            None,
        ),
        (doc! {"key": {"$**": 1}, "sparse": true}, Some(67)),
        (doc! {"key": {"$**": 1}, "unique": true}, Some(67)),
        (
            doc! {"key": {"$**": 1}, "expireAfterSeconds": 3600},
            Some(67),
        ),
        (doc! {"key": {"$**": 1}, "v": 1}, Some(67)),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 1, "b": 0}},
            Some(31254),
        ),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 0, "b": 1}},
            Some(31253),
        ),
        (
            doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 1, "b": "string"}},
            Some(51271),
        ),
        (doc! {"key": {"$**": 1}, "wildcardProjection": {}}, Some(9)),
        (
            doc! {"key": {"a": 1}, "wildcardProjection": {"a": 1}},
            Some(2),
        ),
        (
            doc! {"key": {"a.$**": 1}, "wildcardProjection": "string"},
            Some(14),
        ),
        (
            doc! {"key": {"a.$**": 1}, "wildcardProjection": {"a": 1}},
            Some(9),
        ),
        (doc! {"key": {"a": 1, "a.$**": 1}}, Some(7246204)),
        (doc! {"key": {"a.b.c": 1, "a.b.$**": 1}}, Some(7246204)),
        (doc! {"key": {"a.$**": 1, "b.$**": 1}}, Some(7246201)),
        (doc! {"key": {"a": 1, "$**": 1}}, Some(67)),
        (
            doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"a": 0}},
            None,
        ),
        (doc! {"key": {"a": 1, "b.$**": 1}}, None),
        (
            doc! {"key": {"$**": 1, "c": 1}, "wildcardProjection": {"a.b": 1, "a.b.c": 1}},
            Some(7246200),
        ),
        (
            doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"a": 1}},
            Some(7246208),
        ),
        (
            doc! {"key": {"_id": 1, "$**": 1}, "wildcardProjection": {"_id": 1}},
            Some(7246208),
        ),
        (
            doc! {"key": {"$**": 1, "c": 1}, "wildcardProjection": {"_id": 0, "a": 0, "b": 1}},
            Some(7246211),
        ),
        (
            doc! {"key": {"$**": 1, "c": 1}, "wildcardProjection": {"_id": 0, "b": 1}},
            None,
        ),
        (
            doc! {"key": {"$**": 1, "e": 1}, "wildcardProjection": {"_id": 1, "e": 0}},
            None,
        ),
        (
            doc! {"key": {"$**": 1, "_id": 1, "e": 1}, "wildcardProjection": {"_id": 1, "e": 0}},
            Some(7246209),
        ),
        (
            doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"_id": 0}},
            Some(7246210),
        ),
        (
            doc! {"key": {"_id": 1, "$**": 1}, "wildcardProjection": {"_id": 0}},
            None,
        ),
        (
            doc! {"key": {"a.b": 1, "$**": 1}, "wildcardProjection": {"_id": 0, "a": 0}},
            None,
        ),
        (
            doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"_id": 0, "a.b": 0}},
            Some(7246209),
        ),
        (
            doc! {"key": {"$**": 1, "e.c": 1}, "wildcardProjection": {"_id": 1, "e.b": 0}},
            Some(7246210),
        ),
        (
            doc! {"key": {"st": 1, "$**": 1}, "wildcardProjection": {"a": "something"}},
            Some(7246207),
        ),
    ];
    for (spec, want) in cases {
        assert_eq!(code_of(spec.clone()), want, "{spec}");
    }
}
