//! Aggregation expressions: field paths (`"$a.b"`), system variables
//! (`$$ROOT`, `$$CURRENT`), literals, object and array expressions, and
//! `$literal`. Other operators report NotImplemented until they are built.

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

/// Evaluates `expr` against `doc`. A field path that does not resolve gives
/// `None` (mongod's "missing"), which callers treat as absent.
pub fn eval(expr: &Bson, doc: &Document) -> Result<Option<Bson>> {
    match expr {
        Bson::String(s) if s.starts_with("$$") => {
            let (var, rest) = s[2..]
                .split_once('.')
                .map(|(a, b)| (a, Some(b)))
                .unwrap_or((&s[2..], None));
            let base = match var {
                "ROOT" | "CURRENT" => Bson::Document(doc.clone()),
                "REMOVE" => return Ok(None),
                _ => {
                    return Err(Error::new(
                        ErrorCode::Location(17276),
                        format!("Use of undefined variable: {var}"),
                    ))
                }
            };
            Ok(match rest {
                None => Some(base),
                Some(p) => field_path(&base, p),
            })
        }
        Bson::String(s) if s.starts_with('$') => {
            if s.len() == 1 {
                return Err(Error::new(
                    ErrorCode::Location(16872),
                    "'$' by itself is not a valid FieldPath",
                ));
            }
            Ok(field_path(&Bson::Document(doc.clone()), &s[1..]))
        }
        Bson::Document(d) => {
            if let Some(k) = d.keys().next().filter(|k| k.starts_with('$')) {
                if d.len() != 1 {
                    return Err(Error::new(
                        ErrorCode::Location(15983),
                        format!(
                            "An object representing an expression must have exactly one field: {d}"
                        ),
                    ));
                }
                return match k.as_str() {
                    "$literal" => Ok(d.get("$literal").cloned()),
                    _ => Err(Error::new(
                        ErrorCode::InvalidPipelineOperator,
                        format!("Unrecognized expression '{k}'"),
                    )),
                };
            }
            let mut out = Document::new();
            for (k, v) in d {
                if let Some(v) = eval(v, doc)? {
                    out.insert(k.clone(), v);
                }
            }
            Ok(Some(Bson::Document(out)))
        }
        Bson::Array(a) => {
            let mut out = Vec::with_capacity(a.len());
            for e in a {
                out.push(eval(e, doc)?.unwrap_or(Bson::Null));
            }
            Ok(Some(Bson::Array(out)))
        }
        other => Ok(Some(other.clone())),
    }
}

/// A field path over a value: traverses documents, and over arrays maps the
/// rest of the path across the elements (as mongod's field paths do).
pub fn field_path(v: &Bson, path: &str) -> Option<Bson> {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    match v {
        Bson::Document(d) => {
            let x = d.get(head)?;
            match rest {
                None => Some(x.clone()),
                Some(r) => field_path(x, r),
            }
        }
        Bson::Array(a) => {
            let out: Vec<Bson> = a
                .iter()
                .filter_map(|e| match e {
                    Bson::Document(_) | Bson::Array(_) => field_path(e, path),
                    _ => None,
                })
                .collect();
            Some(Bson::Array(out))
        }
        _ => None,
    }
}
