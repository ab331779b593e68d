//! Covered-query payloads: what an index entry's WiredTiger value carries
//! besides a unique index's record id, so that a query answered from the
//! index alone (a covered query) can hand out the document's original
//! values. Written by `storage::Txn` with every index key, read by the
//! streaming index walk (`storage::index_walk`) when the planner marked a
//! scan covered (`planner::covered`).
//!
//! The key encoding loses information (int 1, long 1 and double 1.0 share a
//! key; missing and null both key as null), so the payload is the key
//! document itself: the index's fields with the values the document holds
//! there, in key-pattern order (the order mongod's PROJECTION_COVERED
//! builds its output in), a missing field left out and the documents on
//! the way to a dotted field kept (empty if need be), so that filters and
//! projections over the index's fields see exactly what they would see in
//! the whole document. An entry whose document has an array on the way to
//! (or at) an indexed field only says so: such entries are multikey, and
//! their documents are fetched, as mongod does for multikey indexes.

use super::IndexMeta;
use bson::{Bson, Document};

/// The payload is the key document (BSON) that follows.
const KEY_DOC: u8 = 1;
/// The document has an array on an indexed path: fetch it.
const ARRAY: u8 = 2;

/// Whether the entries of `idx` carry payloads: plain ascending/descending
/// fields without a collation (collation keys cannot be turned back into
/// strings, so mongod never covers through a collated index), none of them
/// a prefix of another. Hashed, wildcard and special indexes have none.
pub fn supported(idx: &IndexMeta) -> bool {
    idx.wildcard.is_none()
        && idx.hashed.is_none()
        && idx.collation.is_none()
        && idx.key.values().all(crate::value::is_number)
        && idx.fields.iter().all(|(f, _)| {
            idx.fields.iter().all(|(g, _)| {
                !(g.len() > f.len() && g.starts_with(f.as_str()) && g.as_bytes()[f.len()] == b'.')
            })
        })
}

/// The payload of every entry `doc` has in `idx` (empty when the index keeps
/// none). Every key of one document carries the same payload.
pub fn for_doc(idx: &IndexMeta, doc: &Document) -> Vec<u8> {
    if !supported(idx) {
        return Vec::new();
    }
    let mut key_doc = Document::new();
    for (field, _) in &idx.fields {
        let parts: Vec<&str> = field.split('.').collect();
        if !place(doc, &parts, &mut key_doc) {
            return vec![ARRAY];
        }
    }
    let mut out = vec![KEY_DOC];
    key_doc
        .to_writer(&mut out)
        .expect("a document built from a stored document serializes");
    out
}

/// Copies the value at `parts` from `doc` into `out`, with the documents on
/// the way. False when an array is met (the entry is multikey).
fn place(doc: &Document, parts: &[&str], out: &mut Document) -> bool {
    let Some(v) = doc.get(parts[0]) else {
        return true;
    };
    match v {
        Bson::Array(_) => false,
        Bson::Document(d) if parts.len() > 1 => {
            if !matches!(out.get(parts[0]), Some(Bson::Document(_))) {
                out.insert(parts[0], Document::new());
            }
            let Some(Bson::Document(sub)) = out.get_mut(parts[0]) else {
                unreachable!("inserted above");
            };
            place(d, &parts[1..], sub)
        }
        // A scalar ends the path: the field below it is missing.
        _ if parts.len() > 1 => true,
        v => {
            out.insert(parts[0], v.clone());
            true
        }
    }
}

/// The key document a payload holds, or None when the document must be
/// fetched (multikey, or an entry written before payloads existed).
pub fn key_doc(payload: &[u8]) -> crate::error::Result<Option<Document>> {
    match payload.split_first() {
        Some((&KEY_DOC, rest)) => Ok(Some(crate::value::decode(rest)?)),
        _ => Ok(None),
    }
}

/// An entry's WiredTiger value: a unique index's record id, then the payload.
pub fn entry_value(unique: bool, rid_bytes: &[u8; 8], payload: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(8 + payload.len());
    if unique {
        v.extend_from_slice(rid_bytes);
    }
    v.extend_from_slice(payload);
    v
}

/// The payload part of an entry's value.
pub fn of_value(unique: bool, value: &[u8]) -> &[u8] {
    if unique {
        value.get(8..).unwrap_or(&[])
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    fn idx(key: Document) -> IndexMeta {
        IndexMeta::from_spec(doc! {"v": 2, "key": key, "name": "i"}, "table:i".into())
    }

    fn roundtrip(key: Document, d: Document) -> Option<Document> {
        key_doc(&for_doc(&idx(key), &d)).unwrap()
    }

    #[test]
    fn key_documents_keep_types_missing_and_depth() {
        let k = doc! {"a": 1, "b.c": -1};
        let cases = [
            (
                doc! {"_id": 1, "a": 1, "b": {"c": 2.0, "d": 1}},
                doc! {"a": 1, "b": {"c": 2.0}},
            ),
            (doc! {"a": 1_i64}, doc! {"a": 1_i64}),
            (doc! {"a": bson::Bson::Null}, doc! {"a": bson::Bson::Null, }),
            (doc! {"x": 1}, doc! {}),
            (doc! {"b": {}}, doc! {"b": {}}),
            (doc! {"b": 5}, doc! {}),
            (
                doc! {"b": {"c": {"z": [1, 2]}}, "a": "s"},
                doc! {"a": "s", "b": {"c": {"z": [1, 2]}}},
            ),
        ];
        for (d, want) in cases {
            let got = roundtrip(k.clone(), d.clone()).unwrap();
            assert_eq!(got, want, "{d}");
            // Key-pattern order, as mongod's covered projection.
            let got_keys: Vec<&String> = got.keys().collect();
            let want_keys: Vec<&String> = want.keys().collect();
            assert_eq!(got_keys, want_keys, "{d}");
        }
        let deep = doc! {"a.b.c": 1, "a.b.d": 1};
        assert_eq!(
            roundtrip(deep.clone(), doc! {"a": {"b": {"d": 1, "c": 2, "e": 3}}}),
            Some(doc! {"a": {"b": {"c": 2, "d": 1}}})
        );
        assert_eq!(roundtrip(deep, doc! {"a": {"b": 1}}), Some(doc! {"a": {}}));
    }

    #[test]
    fn arrays_mean_fetch() {
        let k = doc! {"a": 1, "b.c": 1};
        assert_eq!(roundtrip(k.clone(), doc! {"a": []}), None);
        assert_eq!(roundtrip(k.clone(), doc! {"a": [1]}), None);
        assert_eq!(roundtrip(k.clone(), doc! {"b": [{"c": 1}]}), None);
        assert_eq!(roundtrip(k, doc! {"b": {"c": [1]}}), None);
        assert_eq!(key_doc(&[]).unwrap(), None);
    }

    #[test]
    fn special_indexes_keep_no_payload() {
        for k in [
            doc! {"a": "hashed"},
            doc! {"$**": 1},
            doc! {"a": 1, "a.b": 1},
        ] {
            assert!(for_doc(&idx(k), &doc! {"a": 1}).is_empty());
        }
        assert!(supported(&idx(doc! {"a": 1, "ab": 1})));
    }

    #[test]
    fn values_split() {
        let rid = crate::index::keyenc::ordered_i64(7);
        let v = entry_value(true, &rid, &[KEY_DOC, 5]);
        assert_eq!(of_value(true, &v), &[KEY_DOC, 5]);
        assert_eq!(of_value(true, &rid), &[] as &[u8]);
        assert_eq!(of_value(false, &[ARRAY]), &[ARRAY]);
    }
}
