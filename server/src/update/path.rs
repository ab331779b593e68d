//! Reading and writing a dotted path inside a document being updated.
//! Writing creates missing intermediate documents; it cannot go through a
//! scalar (PathNotViable), and a numeric component indexes into an array,
//! padding it with nulls as mongod does.

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

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
