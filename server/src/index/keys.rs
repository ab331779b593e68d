//! Index key generation: the encoded keys a document contributes to an index
//! with a given key pattern. A missing field indexes as null; an array field
//! makes the index multikey (one key per distinct element, and an empty array
//! indexes as undefined, as in mongod); arrays in two fields of one compound
//! key are rejected with CannotIndexParallelArrays.

use super::keyenc::encode_component;
use crate::error::{Error, ErrorCode, Result};
use crate::query::collation::Collation;
use crate::query::compare::collation_key;
use bson::{Bson, Document};

/// The values found at a dotted path, expanding arrays met along the way.
/// Returns (values, whether an array was expanded).
fn values_at<'a>(v: &'a Bson, path: &[&str], out: &mut Vec<&'a Bson>) -> bool {
    if path.is_empty() {
        if let Bson::Array(a) = v {
            if a.is_empty() {
                out.push(&Bson::Undefined);
            } else {
                out.extend(a.iter());
            }
            return true;
        }
        out.push(v);
        return false;
    }
    match v {
        Bson::Document(d) => match d.get(path[0]) {
            Some(x) => values_at(x, &path[1..], out),
            None => {
                out.push(&Bson::Null);
                false
            }
        },
        Bson::Array(a) => {
            if let Ok(i) = path[0].parse::<usize>() {
                if let Some(x) = a.get(i) {
                    return values_at(x, &path[1..], out);
                }
            }
            let before = out.len();
            for e in a {
                if matches!(e, Bson::Document(_)) {
                    values_at(e, path, out);
                }
            }
            if out.len() == before {
                out.push(&Bson::Null);
            }
            true
        }
        _ => {
            out.push(&Bson::Null);
            false
        }
    }
}

/// A key pattern's fields with their directions (true = descending).
pub fn pattern_fields(pattern: &Document) -> Vec<(String, bool)> {
    pattern
        .iter()
        .map(|(k, v)| {
            let desc = crate::bsonutil::as_f64(v).is_some_and(|d| d < 0.0);
            (k.clone(), desc)
        })
        .collect()
}

/// The encoded keys of `doc` for an index with `pattern`, sorted and deduplicated.
pub fn keys_for(
    pattern: &[(String, bool)],
    coll: Option<&Collation>,
    doc: &Document,
) -> Result<Vec<Vec<u8>>> {
    let root = Bson::Document(doc.clone());
    let mut per_field: Vec<Vec<&Bson>> = Vec::with_capacity(pattern.len());
    let mut array_fields = 0;
    for (field, _) in pattern {
        let parts: Vec<&str> = field.split('.').collect();
        let mut vals = Vec::new();
        if values_at(&root, &parts, &mut vals) {
            array_fields += 1;
        }
        per_field.push(vals);
    }
    if array_fields > 1 && per_field.iter().filter(|v| v.len() > 1).count() > 1 {
        return Err(Error::new(
            ErrorCode::CannotIndexParallelArrays,
            "cannot index parallel arrays",
        ));
    }
    let mut keys: Vec<Vec<u8>> = vec![Vec::new()];
    for ((_, desc), vals) in pattern.iter().zip(per_field.iter()) {
        let mut next = Vec::with_capacity(keys.len() * vals.len());
        for k in &keys {
            for v in vals {
                let mut nk = k.clone();
                match coll {
                    Some(c) => encode_component(&collation_key(v, c), *desc, &mut nk),
                    None => encode_component(v, *desc, &mut nk),
                }
                next.push(nk);
            }
        }
        keys = next;
    }
    keys.sort();
    keys.dedup();
    Ok(keys)
}

/// The key document mongod reports in duplicate-key errors (`keyValue`):
/// the pattern's fields with the document's values.
pub fn key_value_doc(pattern: &[(String, bool)], doc: &Document) -> Document {
    let root = Bson::Document(doc.clone());
    let mut d = Document::new();
    for (field, _) in pattern {
        let parts: Vec<&str> = field.split('.').collect();
        let mut vals = Vec::new();
        values_at(&root, &parts, &mut vals);
        d.insert(
            field.clone(),
            vals.first().map(|v| (*v).clone()).unwrap_or(Bson::Null),
        );
    }
    d
}
