//! Index key generation: the encoded keys a document contributes to an index
//! with a given key pattern. A missing field indexes as null; an array field
//! makes the index multikey (one key per distinct element, and an empty array
//! indexes as undefined, as in mongod); arrays in two fields of one compound
//! key are rejected with CannotIndexParallelArrays.

use super::keyenc::encode_component;
use super::IndexMeta;
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::collation_key;
use bson::{Bson, Document};
use std::borrow::Cow;

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
            // mongod's key generator: document elements are followed
            // down the path; any other element (a scalar, a nested array)
            // has no such field and contributes a null key.
            let before = out.len();
            let mut null_added = false;
            for e in a {
                if matches!(e, Bson::Document(_)) {
                    values_at(e, path, out);
                } else if !null_added {
                    out.push(&Bson::Null);
                    null_added = true;
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
            let desc = crate::value::as_f64(v).is_some_and(|d| d < 0.0);
            (k.clone(), desc)
        })
        .collect()
}

/// The encoded keys of `doc` for an index, sorted and deduplicated: none
/// for a document a partial index's filter rejects or a sparse index finds
/// none of its fields in; hashed fields contribute the hash of their value;
/// wildcard indexes have their own keys (see `wildcard`).
pub fn keys_for(idx: &IndexMeta, doc: &Document) -> Result<Vec<Vec<u8>>> {
    if let Some(f) = &idx.partial {
        if !f.matches(doc)? {
            return Ok(Vec::new());
        }
    }
    if let Some(w) = &idx.wildcard {
        return super::wildcard::keys(idx, w, doc);
    }
    if idx.sparse && !idx.fields.iter().any(|(f, _)| present(doc, f)) {
        return Ok(Vec::new());
    }
    let coll = idx.collation.as_deref();
    let mut per_field: Vec<Vec<Cow<'_, Bson>>> = Vec::with_capacity(idx.fields.len());
    let mut array_fields = 0;
    for (i, (field, _)) in idx.fields.iter().enumerate() {
        let parts: Vec<&str> = field.split('.').collect();
        crate::value::path::check_ambiguous_in(doc, &parts)?;
        let mut vals = Vec::new();
        if values_in(doc, &parts, &mut vals) {
            if idx.hashed == Some(i) {
                return Err(Error::new(
                    ErrorCode::Location(16766),
                    "Error: hashed indexes do not currently support array values",
                ));
            }
            array_fields += 1;
        }
        per_field.push(
            vals.into_iter()
                .map(|v| match (idx.hashed == Some(i), coll) {
                    (true, _) => Cow::Owned(hashed_value(v)),
                    (false, Some(c)) => Cow::Owned(collation_key(v, c)),
                    (false, None) => Cow::Borrowed(v),
                })
                .collect(),
        );
    }
    if array_fields > 1 {
        check_parallel_arrays(&idx.fields, doc)?;
    }
    let mut keys: Vec<Vec<u8>> = vec![Vec::new()];
    for ((_, desc), vals) in idx.fields.iter().zip(per_field.iter()) {
        let mut next = Vec::with_capacity(keys.len() * vals.len());
        for k in &keys {
            for v in vals {
                let mut nk = k.clone();
                encode_component(v, *desc, &mut nk);
                next.push(nk);
            }
        }
        keys = next;
    }
    keys.sort();
    keys.dedup();
    Ok(keys)
}

/// [`values_at`] from a top-level document, which is read in place (key
/// generation runs on every write, so the document is not copied).
fn values_in<'a>(doc: &'a Document, path: &[&str], out: &mut Vec<&'a Bson>) -> bool {
    match doc.get(path[0]) {
        Some(x) => values_at(x, &path[1..], out),
        None => {
            out.push(&Bson::Null);
            false
        }
    }
}

/// mongod refuses a document in which two fields of a compound index go
/// through two different arrays — empty and one-element arrays included —
/// but not two fields through the same array (`a.x` and `a.y` of `a: [...]`).
fn check_parallel_arrays(fields: &[(String, bool)], doc: &Document) -> Result<()> {
    let mut first: Option<String> = None;
    for (field, _) in fields {
        let Some(array) = first_array(doc, field) else {
            continue;
        };
        match &first {
            None => first = Some(array),
            Some(seen) if *seen == array => {}
            Some(seen) => {
                let name = |p: &str| p.rsplit('.').next().unwrap_or(p).to_string();
                return Err(Error::new(
                    ErrorCode::CannotIndexParallelArrays,
                    format!(
                        "cannot index parallel arrays [{}] [{}]",
                        name(&array),
                        name(seen)
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The path (prefix of `field`) of the first array `field` goes through.
fn first_array(doc: &Document, field: &str) -> Option<String> {
    let mut cur = doc;
    let mut walked = String::new();
    let mut parts = field.split('.').peekable();
    while let Some(part) = parts.next() {
        if !walked.is_empty() {
            walked.push('.');
        }
        walked.push_str(part);
        match cur.get(part) {
            Some(Bson::Array(_)) => return Some(walked),
            Some(Bson::Document(sub)) if parts.peek().is_some() => cur = sub,
            _ => return None,
        }
    }
    None
}

/// Whether a dotted path reaches a value in the document.
fn present(doc: &Document, field: &str) -> bool {
    let path = crate::value::path::split(field);
    let mut found = Vec::new();
    match doc.get(&path[0]) {
        Some(x) => crate::value::path::collect(x, &path[1..], &mut found),
        None => return false,
    }
    found.iter().any(Option::is_some)
}

/// The key of a hashed field: a 64-bit hash of the value's order-preserving
/// encoding, so values equal in mongod's sense (1, 1.0, 1L) hash alike.
pub fn hashed_value(v: &Bson) -> Bson {
    let mut bytes = Vec::new();
    super::keyenc::encode_value(v, &mut bytes);
    Bson::Int64(xxhash_rust::xxh3::xxh3_64(&bytes) as i64)
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

/// Whether `doc` has an array anywhere along one of the index's field
/// paths (which makes the index multikey, even for a one-element array).
pub fn touches_array(fields: &[(String, bool)], doc: &Document) -> bool {
    fields.iter().any(|(path, _)| {
        let mut cur = Some(doc);
        let mut parts = path.split('.').peekable();
        while let (Some(d), Some(part)) = (cur, parts.next()) {
            match d.get(part) {
                Some(Bson::Array(_)) => return true,
                Some(Bson::Document(sub)) if parts.peek().is_some() => cur = Some(sub),
                _ => cur = None,
            }
        }
        false
    })
}
