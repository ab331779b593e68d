//! Dotted paths in documents, the one set of path rules every engine shares.
//!
//! Reading as the query matcher sees a document (`collect`): `a.b` reaches
//! `b` in `a` when `a` is a document, and in every document element when `a`
//! is an array; a numeric component also selects an array element by
//! position. Reading and writing as an update or a stage does (`get_path`,
//! `set_path`, `unset_path`): writing creates missing intermediate
//! documents, cannot go through a scalar (PathNotViable), and a numeric
//! component indexes into an array, padding it with nulls as mongod does.

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

/// Collects what `path` reaches from `v`: `Some(value)` for each value found,
/// `None` where the path is missing.
pub fn collect<'a>(v: &'a Bson, path: &[String], out: &mut Vec<Option<&'a Bson>>) {
    let Some(first) = path.first() else {
        out.push(Some(v));
        return;
    };
    match v {
        Bson::Document(d) => match d.get(first) {
            Some(x) => collect(x, &path[1..], out),
            None => out.push(None),
        },
        Bson::Array(a) => {
            let before = out.len();
            if let Ok(i) = first.parse::<usize>() {
                if let Some(x) = a.get(i) {
                    collect(x, &path[1..], out);
                }
            }
            for e in a {
                if matches!(e, Bson::Document(_)) {
                    collect(e, path, out);
                }
            }
            if out.len() == before {
                out.push(None);
            }
        }
        _ => out.push(None),
    }
}

/// mongod's key generator (indexes and sorts) refuses a path whose
/// numeric component could mean both an array position and a field of
/// the array's documents: `n.0` over `[{"0": 1}, 2]` (16746).
pub fn check_ambiguous_in<S: AsRef<str>>(doc: &Document, path: &[S]) -> Result<()> {
    match path.first().and_then(|f| doc.get(f.as_ref())) {
        Some(x) => check_ambiguous(x, &path[1..]),
        None => Ok(()),
    }
}

/// [`check_ambiguous_in`] from any value.
pub fn check_ambiguous<S: AsRef<str>>(v: &Bson, path: &[S]) -> Result<()> {
    let Some(first) = path.first().map(AsRef::as_ref) else {
        return Ok(());
    };
    match v {
        Bson::Document(d) => match d.get(first) {
            Some(x) => check_ambiguous(x, &path[1..]),
            None => Ok(()),
        },
        Bson::Array(a) => {
            if let Ok(i) = first.parse::<usize>() {
                let field_too = a
                    .iter()
                    .any(|e| matches!(e, Bson::Document(d) if d.contains_key(first)));
                if i < a.len() && field_too {
                    let shown: Vec<String> = a
                        .iter()
                        .enumerate()
                        .map(|(k, e)| format!("{k}: {e}"))
                        .collect();
                    return Err(Error::new(
                        ErrorCode::Location(16746),
                        format!("Ambiguous field name found in array (do not use numeric field names in embedded elements in an array), field: '{first}' for array: {{ {} }}", shown.join(", ")),
                    ));
                }
                if let Some(x) = a.get(i) {
                    check_ambiguous(x, &path[1..])?;
                }
            }
            for e in a {
                if let Bson::Document(_) = e {
                    check_ambiguous(e, path)?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Splits a dotted path into its components.
pub fn split(path: &str) -> Vec<String> {
    path.split('.').map(str::to_string).collect()
}

/// The value at a dotted path without array traversal (used by sort keys on
/// documents, `$group` field paths and projections): array elements are only
/// reached by numeric components.
pub fn get_plain<'a>(v: &'a Bson, path: &[&str]) -> Option<&'a Bson> {
    let mut cur = v;
    for p in path {
        cur = match cur {
            Bson::Document(d) => d.get(*p)?,
            Bson::Array(a) => a.get(p.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

pub fn get_path<'a>(doc: &'a Document, path: &str) -> Option<&'a Bson> {
    let mut parts = path.split('.');
    let mut cur = doc.get(parts.next()?)?;
    for p in parts {
        cur = match cur {
            Bson::Document(d) => d.get(p)?,
            Bson::Array(a) => a.get(p.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// mongod's error for a path through a value that cannot hold fields; the
/// element is shown with its field name, as `{s: "str"}`.
fn not_viable(part: &str, name: &str, at: &Bson) -> Error {
    Error::new(
        ErrorCode::PathNotViable,
        format!("Cannot create field '{part}' in element {{{name}: {at}}}"),
    )
}

/// Sets `path` to `v`, creating intermediate documents.
pub fn set_path(doc: &mut Document, path: &str, v: Bson) -> Result<()> {
    let parts: Vec<&str> = path.split('.').collect();
    set_in_doc(doc, &parts, v)
}

fn set_in_doc(doc: &mut Document, parts: &[&str], v: Bson) -> Result<()> {
    if parts.len() == 1 {
        doc.insert(parts[0], v);
        return Ok(());
    }
    if !doc.contains_key(parts[0]) {
        doc.insert(parts[0], Document::new());
    }
    let child = doc.get_mut(parts[0]).unwrap();
    set_in_value(child, parts[0], &parts[1..], v)
}

fn set_in_value(cur: &mut Bson, name: &str, parts: &[&str], v: Bson) -> Result<()> {
    match cur {
        Bson::Document(d) => set_in_doc(d, parts, v),
        Bson::Array(a) => {
            let Ok(i) = parts[0].parse::<usize>() else {
                return Err(not_viable(parts[0], name, &Bson::Array(a.clone())));
            };
            while a.len() <= i {
                a.push(if a.len() == i && parts.len() > 1 {
                    Bson::Document(Document::new())
                } else {
                    Bson::Null
                });
            }
            if parts.len() == 1 {
                a[i] = v;
                Ok(())
            } else {
                if matches!(a[i], Bson::Null) {
                    a[i] = Bson::Document(Document::new());
                }
                set_in_value(&mut a[i], parts[0], &parts[1..], v)
            }
        }
        other => Err(not_viable(parts[0], name, other)),
    }
}

/// Removes `path`; an array element is set to null instead (as `$unset` does).
/// Returns whether anything changed.
pub fn unset_path(doc: &mut Document, path: &str) -> bool {
    let parts: Vec<&str> = path.split('.').collect();
    unset_in_doc(doc, &parts)
}

fn unset_in_doc(doc: &mut Document, parts: &[&str]) -> bool {
    if parts.len() == 1 {
        return doc.remove(parts[0]).is_some();
    }
    match doc.get_mut(parts[0]) {
        Some(child) => unset_in_value(child, &parts[1..]),
        None => false,
    }
}

fn unset_in_value(cur: &mut Bson, parts: &[&str]) -> bool {
    match cur {
        Bson::Document(d) => unset_in_doc(d, parts),
        Bson::Array(a) => {
            let Ok(i) = parts[0].parse::<usize>() else {
                return false;
            };
            if i >= a.len() {
                return false;
            }
            if parts.len() == 1 {
                a[i] = Bson::Null;
                true
            } else {
                unset_in_value(&mut a[i], &parts[1..])
            }
        }
        _ => false,
    }
}
