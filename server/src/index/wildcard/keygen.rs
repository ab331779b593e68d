//! The keys a wildcard index stores for a document: the document projected
//! by the index's projection, walked into (path, value) leaves, each leaf
//! encoded with the regular fields of a compound index around it.

use super::{Proj, Tree, WildcardSpec};
use crate::error::{Error, Result};
use crate::index::keyenc::encode_component;
use crate::index::IndexMeta;
use crate::value::compare::collation_key;
use bson::{Bson, Document};

impl WildcardSpec {
    /// The (path, value) leaves of a document, in document order.
    pub(super) fn leaves(&self, doc: &Document) -> Vec<(String, Bson)> {
        let mut out = Vec::new();
        match &self.proj {
            // The default projection ({_id: 0}) needs no copy.
            Proj::Exclude(t) if *t == Tree::default().with_path("_id") => {
                walk_doc(doc, "", true, &mut out);
            }
            Proj::Include(t) => walk_doc(&project_doc(doc, t, true), "", false, &mut out),
            Proj::Exclude(t) => walk_doc(&project_doc(doc, t, false), "", false, &mut out),
        }
        out
    }
}

/// A document under a projection: an inclusion keeps the named paths (the
/// objects along them, even when nothing under them is left), an exclusion
/// drops them.
fn project_doc(d: &Document, node: &Tree, include: bool) -> Document {
    let mut out = Document::new();
    for (k, v) in d {
        match node.0.get(k) {
            None if include => {}
            None => {
                out.insert(k, v.clone());
            }
            Some(t) if t.is_leaf() => {
                if include {
                    out.insert(k, v.clone());
                }
            }
            Some(t) => {
                if let Some(pv) = project_value(v, t, include) {
                    out.insert(k, pv);
                }
            }
        }
    }
    out
}

/// A value below a partly projected path: objects are projected, arrays
/// element by element (arrays inside them are not descended: an inclusion
/// drops them, an exclusion keeps them), and other values are what is left
/// after an exclusion and nothing after an inclusion.
fn project_value(v: &Bson, node: &Tree, include: bool) -> Option<Bson> {
    match v {
        Bson::Document(d) => Some(Bson::Document(project_doc(d, node, include))),
        Bson::Array(a) => Some(Bson::Array(
            a.iter()
                .filter_map(|e| match e {
                    Bson::Array(_) if include => None,
                    Bson::Array(_) => Some(e.clone()),
                    _ => project_value(e, node, include),
                })
                .collect(),
        )),
        _ if include => None,
        _ => Some(v.clone()),
    }
}

fn walk_doc(d: &Document, path: &str, skip_id: bool, out: &mut Vec<(String, Bson)>) {
    for (k, v) in d {
        // A field name with a dot cannot be named by a query path.
        if k.contains('.') || (skip_id && k == "_id") {
            continue;
        }
        let p = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        walk_value(v, p, false, out);
    }
}

fn walk_value(v: &Bson, path: String, in_array: bool, out: &mut Vec<(String, Bson)>) {
    match v {
        // An array inside an array is indexed as a value, not traversed.
        Bson::Array(_) if in_array => out.push((path, v.clone())),
        // An empty array is indexed as undefined, as regular indexes do.
        Bson::Array(a) if a.is_empty() => out.push((path, Bson::Undefined)),
        Bson::Array(a) => {
            for e in a {
                walk_value(e, path.clone(), true, out);
            }
        }
        Bson::Document(d) if d.is_empty() => out.push((path, v.clone())),
        Bson::Document(d) => walk_doc(d, &path, false, out),
        _ => out.push((path, v.clone())),
    }
}

/// The encoded keys of `doc` for a wildcard index, sorted and deduplicated
/// (the partial filter has already been applied by the caller).
pub fn keys(idx: &IndexMeta, spec: &WildcardSpec, doc: &Document) -> Result<Vec<Vec<u8>>> {
    let coll = idx.collation.as_deref();
    let value_of = |v: &Bson| match coll {
        Some(c) => collation_key(v, c),
        None => v.clone(),
    };
    // The regular fields' components, before and after the wildcard one.
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for (i, (field, desc)) in idx.fields.iter().enumerate() {
        if i == spec.pos {
            continue;
        }
        let v = regular_value(doc, field)?;
        let out = if i < spec.pos {
            &mut before
        } else {
            &mut after
        };
        encode_component(&value_of(v), *desc, out);
    }
    let desc = idx.fields[spec.pos].1;
    let leaves = spec.leaves(doc);
    let mut keys = Vec::with_capacity(leaves.len().max(1));
    for (path, v) in &leaves {
        let mut k = before.clone();
        encode_component(&Bson::String(path.clone()), false, &mut k);
        encode_component(&value_of(v), desc, &mut k);
        k.extend_from_slice(&after);
        keys.push(k);
    }
    if leaves.is_empty() && idx.fields.len() > 1 {
        let mut k = before;
        encode_component(&Bson::MinKey, false, &mut k);
        encode_component(&Bson::MinKey, desc, &mut k);
        k.extend_from_slice(&after);
        keys.push(k);
    }
    keys.sort();
    keys.dedup();
    Ok(keys)
}

/// A regular field of a compound wildcard index: one value (null when
/// missing); mongod permits no multikey regular fields there.
fn regular_value<'a>(doc: &'a Document, field: &str) -> Result<&'a Bson> {
    let multikey = || {
        Error::bad_value(format!(
            "Compound wildcard index field '{field}' cannot be multikey: the regular fields of a compound wildcard index must hold single values, not arrays"
        ))
    };
    let mut parts = field.split('.');
    let Some(mut cur) = parts.next().and_then(|p| doc.get(p)) else {
        return Ok(&Bson::Null);
    };
    for p in parts {
        cur = match cur {
            Bson::Document(d) => match d.get(p) {
                Some(v) => v,
                None => return Ok(&Bson::Null),
            },
            Bson::Array(_) => return Err(multikey()),
            _ => return Ok(&Bson::Null),
        };
    }
    if matches!(cur, Bson::Array(_)) {
        return Err(multikey());
    }
    Ok(cur)
}
