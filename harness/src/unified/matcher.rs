//! Result matching as the unified test format defines it.
//!
//! - Extra fields are allowed in the actual document only at the root (the
//!   operation result, each element of a root-level array, an event's
//!   `command`/`reply`); nested documents must have exactly the expected keys.
//! - Numbers match across BSON types by value (int32 1 == int64 1 == double 1.0).
//! - Arrays match element-wise and must have the same length.
//! - Special operators: `$$exists`, `$$type`, `$$unsetOrMatches`,
//!   `$$matchesEntity`, `$$matchesHexBytes`, `$$sessionLsid`, `$$lte`,
//!   `$$matchAsDocument`, `$$matchAsRoot`.

use bson::{Bson, Document};

/// What the matcher needs from the entity map.
pub trait Lookup {
    /// The value of a BSON-valued entity (`$$matchesEntity`).
    fn entity_value(&self, name: &str) -> Option<Bson>;
    /// The lsid of a session entity (`$$sessionLsid`).
    fn session_lsid(&self, name: &str) -> Option<Document>;
}

/// No entities: for tests and for outcome checks.
pub struct NoEntities;

impl Lookup for NoEntities {
    fn entity_value(&self, _: &str) -> Option<Bson> {
        None
    }
    fn session_lsid(&self, _: &str) -> Option<Document> {
        None
    }
}

/// Matches `actual` against `expected` with `expected` at the root.
pub fn matches_root(
    expected: &Bson,
    actual: Option<&Bson>,
    lookup: &dyn Lookup,
) -> Result<(), String> {
    Matcher { lookup }.value(expected, actual, true, "")
}

/// Matches with `expected` nested (no extra fields anywhere).
pub fn matches_exact(
    expected: &Bson,
    actual: Option<&Bson>,
    lookup: &dyn Lookup,
) -> Result<(), String> {
    Matcher { lookup }.value(expected, actual, false, "")
}

struct Matcher<'a> {
    lookup: &'a dyn Lookup,
}

fn special(doc: &Document) -> Option<(&str, &Bson)> {
    if doc.len() != 1 {
        return None;
    }
    let (k, v) = doc.iter().next()?;
    k.starts_with("$$").then_some((k.as_str(), v))
}

/// Numeric value of a BSON number, if it is one.
pub fn as_f64(b: &Bson) -> Option<f64> {
    match b {
        Bson::Int32(i) => Some(*i as f64),
        Bson::Int64(i) => Some(*i as f64),
        Bson::Double(d) => Some(*d),
        Bson::Decimal128(d) => d.to_string().parse().ok(),
        _ => None,
    }
}

fn show(b: Option<&Bson>) -> String {
    match b {
        None => "(absent)".into(),
        Some(b) => {
            let s = b.clone().into_relaxed_extjson().to_string();
            if s.chars().count() > 300 {
                format!("{}…", s.chars().take(300).collect::<String>())
            } else {
                s
            }
        }
    }
}

/// The `$$type` aliases of a BSON value.
fn type_alias(b: &Bson) -> &'static str {
    match b {
        Bson::Double(_) => "double",
        Bson::String(_) => "string",
        Bson::Document(_) => "object",
        Bson::Array(_) => "array",
        Bson::Binary(_) => "binData",
        Bson::Undefined => "undefined",
        Bson::ObjectId(_) => "objectId",
        Bson::Boolean(_) => "bool",
        Bson::DateTime(_) => "date",
        Bson::Null => "null",
        Bson::RegularExpression(_) => "regex",
        Bson::DbPointer(_) => "dbPointer",
        Bson::JavaScriptCode(_) => "javascript",
        Bson::Symbol(_) => "symbol",
        Bson::JavaScriptCodeWithScope(_) => "javascriptWithScope",
        Bson::Int32(_) => "int",
        Bson::Timestamp(_) => "timestamp",
        Bson::Int64(_) => "long",
        Bson::Decimal128(_) => "decimal",
        Bson::MinKey => "minKey",
        Bson::MaxKey => "maxKey",
    }
}

impl Matcher<'_> {
    fn value(
        &self,
        expected: &Bson,
        actual: Option<&Bson>,
        root: bool,
        path: &str,
    ) -> Result<(), String> {
        if let Bson::Document(doc) = expected {
            if let Some((op, arg)) = special(doc) {
                return self.operator(op, arg, actual, root, path);
            }
        }
        let Some(actual) = actual else {
            return Err(format!(
                "{path}: expected {}, got nothing",
                show(Some(expected))
            ));
        };
        match (expected, actual) {
            (Bson::Document(e), Bson::Document(a)) => self.document(e, a, root, path),
            (Bson::Array(e), Bson::Array(a)) => {
                if e.len() != a.len() {
                    return Err(format!(
                        "{path}: expected array of {} elements, got {}: {}",
                        e.len(),
                        a.len(),
                        show(Some(actual))
                    ));
                }
                for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                    self.value(ev, Some(av), root, &format!("{path}.{i}"))?;
                }
                Ok(())
            }
            _ => match (as_f64(expected), as_f64(actual)) {
                (Some(x), Some(y)) if x == y || (x.is_nan() && y.is_nan()) => Ok(()),
                (Some(_), _) | (_, Some(_)) => Err(mismatch(path, expected, actual)),
                _ if expected == actual => Ok(()),
                _ => Err(mismatch(path, expected, actual)),
            },
        }
    }

    fn document(
        &self,
        expected: &Document,
        actual: &Document,
        root: bool,
        path: &str,
    ) -> Result<(), String> {
        for (k, ev) in expected {
            let sub = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            self.value(ev, actual.get(k), false, &sub)?;
        }
        if !root {
            if let Some(extra) = actual.keys().find(|k| !expected.contains_key(*k)) {
                return Err(format!(
                    "{}: unexpected field {extra:?} in {}",
                    if path.is_empty() { "(document)" } else { path },
                    show(Some(&Bson::Document(actual.clone())))
                ));
            }
        }
        Ok(())
    }

    fn operator(
        &self,
        op: &str,
        arg: &Bson,
        actual: Option<&Bson>,
        root: bool,
        path: &str,
    ) -> Result<(), String> {
        match op {
            "$$exists" => {
                let want = arg.as_bool().ok_or("$$exists needs a boolean")?;
                if want == actual.is_some() {
                    Ok(())
                } else if want {
                    Err(format!("{path}: expected to exist"))
                } else {
                    Err(format!(
                        "{path}: expected to be absent, got {}",
                        show(actual)
                    ))
                }
            }
            // At the root it wraps a root-level document (extra fields
            // allowed), as the format says.
            "$$unsetOrMatches" => match actual {
                None => Ok(()),
                Some(_) => self.value(arg, actual, root, path),
            },
            "$$type" => {
                let actual = actual.ok_or_else(|| {
                    format!("{path}: expected a value of type {arg}, got nothing")
                })?;
                let alias = type_alias(actual);
                let ok = match arg {
                    Bson::String(t) => t == alias || (t == "number" && as_f64(actual).is_some()),
                    Bson::Array(ts) => ts.iter().any(|t| {
                        t.as_str() == Some(alias)
                            || (t.as_str() == Some("number") && as_f64(actual).is_some())
                    }),
                    _ => return Err("$$type needs a string or an array".into()),
                };
                if ok {
                    Ok(())
                } else {
                    Err(format!(
                        "{path}: expected type {arg}, got {alias} {}",
                        show(Some(actual))
                    ))
                }
            }
            "$$matchesEntity" => {
                let name = arg.as_str().ok_or("$$matchesEntity needs an entity name")?;
                let value = self
                    .lookup
                    .entity_value(name)
                    .ok_or_else(|| format!("$$matchesEntity: no entity {name:?}"))?;
                self.value(&value, actual, false, path)
            }
            "$$matchesHexBytes" => {
                let hex = arg.as_str().ok_or("$$matchesHexBytes needs a string")?;
                let want = hex::decode(hex).map_err(|e| format!("$$matchesHexBytes: {e}"))?;
                match actual {
                    Some(Bson::Binary(b)) if b.bytes == want => Ok(()),
                    _ => Err(format!(
                        "{path}: expected bytes {hex}, got {}",
                        show(actual)
                    )),
                }
            }
            "$$sessionLsid" => {
                let name = arg.as_str().ok_or("$$sessionLsid needs a session name")?;
                let lsid = self
                    .lookup
                    .session_lsid(name)
                    .ok_or_else(|| format!("$$sessionLsid: no session {name:?}"))?;
                self.value(&Bson::Document(lsid), actual, false, path)
            }
            "$$lte" => {
                let limit = as_f64(arg).ok_or("$$lte needs a number")?;
                match actual.and_then(as_f64) {
                    Some(v) if v <= limit => Ok(()),
                    _ => Err(format!(
                        "{path}: expected a number <= {limit}, got {}",
                        show(actual)
                    )),
                }
            }
            "$$matchAsDocument" => {
                let Some(Bson::String(text)) = actual else {
                    return Err(format!(
                        "{path}: expected a JSON string, got {}",
                        show(actual)
                    ));
                };
                let parsed = super::json::parse(text)
                    .map_err(|e| format!("{path}: not extended JSON: {e}"))?;
                self.value(arg, Some(&parsed), false, path)
            }
            "$$matchAsRoot" => self.value(arg, actual, true, path),
            other => Err(format!("unsupported matching operator {other}")),
        }
    }
}

fn mismatch(path: &str, expected: &Bson, actual: &Bson) -> String {
    format!(
        "{}: expected {}, got {}",
        if path.is_empty() { "(value)" } else { path },
        show(Some(expected)),
        show(Some(actual))
    )
}

#[cfg(test)]
mod tests;
