//! Table-driven tests of the matching rules.

use bson::{bson, doc, Bson, Document};

use super::*;

struct OneSession;

impl Lookup for OneSession {
    fn entity_value(&self, name: &str) -> Option<Bson> {
        (name == "id").then(|| Bson::Int32(7))
    }
    fn session_lsid(&self, name: &str) -> Option<Document> {
        (name == "session0").then(|| doc! {"id": 1})
    }
}

fn ok(expected: Bson, actual: Bson) -> bool {
    matches_root(&expected, Some(&actual), &OneSession).is_ok()
}

#[test]
fn numbers_across_types() {
    assert!(ok(bson!(1), bson!(1_i64)));
    assert!(ok(bson!(1.0), bson!(1)));
    assert!(!ok(bson!(1), bson!("1")));
    assert!(!ok(bson!(1), bson!(2.0)));
}

#[test]
fn extra_fields_only_at_root() {
    assert!(ok(bson!({"a": 1}), bson!({"a": 1, "b": 2})));
    assert!(!ok(bson!({"a": {"x": 1}}), bson!({"a": {"x": 1, "y": 2}})));
    // Elements of a root-level array are root documents.
    assert!(ok(bson!([{"a": 1}]), bson!([{"a": 1, "b": 2}])));
    assert!(!ok(
        bson!({"l": [{"a": 1}]}),
        bson!({"l": [{"a": 1, "b": 2}]})
    ));
    assert!(!ok(bson!([1, 2]), bson!([1, 2, 3])));
}

#[test]
fn exists_and_unset_or_matches() {
    assert!(ok(bson!({"a": {"$$exists": true}}), bson!({"a": 1})));
    assert!(!ok(bson!({"a": {"$$exists": true}}), bson!({})));
    assert!(ok(bson!({"a": {"$$exists": false}}), bson!({})));
    assert!(ok(
        bson!({"n": {"x": {"$$exists": false}}}),
        bson!({"n": {}})
    ));
    assert!(ok(bson!({"a": {"$$unsetOrMatches": 1}}), bson!({})));
    assert!(ok(bson!({"a": {"$$unsetOrMatches": 1}}), bson!({"a": 1})));
    assert!(!ok(bson!({"a": {"$$unsetOrMatches": 1}}), bson!({"a": 2})));
    assert!(ok(bson!({"$$unsetOrMatches": {"a": 1}}), bson!({"a": 1})));
}

#[test]
fn types() {
    assert!(ok(bson!({"a": {"$$type": "int"}}), bson!({"a": 1})));
    assert!(ok(
        bson!({"a": {"$$type": ["int", "long"]}}),
        bson!({"a": 1_i64})
    ));
    assert!(!ok(bson!({"a": {"$$type": "string"}}), bson!({"a": 1})));
    assert!(ok(
        bson!({"a": {"$$type": "objectId"}}),
        bson!({"a": bson::oid::ObjectId::new()})
    ));
}

#[test]
fn entities_lsid_lte_hex() {
    assert!(ok(bson!({"a": {"$$matchesEntity": "id"}}), bson!({"a": 7})));
    assert!(ok(
        bson!({"lsid": {"$$sessionLsid": "session0"}}),
        bson!({"lsid": {"id": 1}})
    ));
    assert!(!ok(
        bson!({"lsid": {"$$sessionLsid": "session0"}}),
        bson!({"lsid": {"id": 2}})
    ));
    assert!(ok(bson!({"t": {"$$lte": 5}}), bson!({"t": 3})));
    assert!(!ok(bson!({"t": {"$$lte": 5}}), bson!({"t": 6})));
    let bin = Bson::Binary(bson::Binary {
        subtype: bson::spec::BinarySubtype::Generic,
        bytes: vec![0x11, 0x22],
    });
    assert!(ok(
        bson!({"b": {"$$matchesHexBytes": "1122"}}),
        bson!({"b": bin})
    ));
}

#[test]
fn match_as_document_and_root() {
    assert!(ok(
        bson!({"j": {"$$matchAsDocument": {"x": 1}}}),
        bson!({"j": "{\"x\": 1}"})
    ));
    assert!(!ok(
        bson!({"j": {"$$matchAsDocument": {"x": 1}}}),
        bson!({"j": "{\"x\": 1, \"y\": 2}"})
    ));
    assert!(ok(
        bson!({"d": {"$$matchAsRoot": {"x": 1}}}),
        bson!({"d": {"x": 1, "y": 2}})
    ));
}

#[test]
fn error_messages_name_the_path() {
    let e = matches_root(
        &bson!({"a": {"b": 1}}),
        Some(&bson!({"a": {"b": 2}})),
        &NoEntities,
    )
    .unwrap_err();
    assert!(e.starts_with("a.b:"), "{e}");
}
