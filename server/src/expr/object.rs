//! Object operators: $mergeObjects, $objectToArray, $arrayToObject,
//! $getField, $setField.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, eval, eval_value, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::type_name;
use bson::{doc, Bson, Document};

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$mergeObjects" => {
            let mut out = Document::new();
            for a in args(arg) {
                match eval(&a, s)? {
                    None | Some(Bson::Null) => {}
                    Some(Bson::Document(d)) => out.extend(d),
                    Some(other) => {
                        return Err(Error::new(
                            ErrorCode::Location(40400),
                            format!(
                            "$mergeObjects requires object inputs, but input {other} is of type {}",
                            type_name(&other)
                        ),
                        ))
                    }
                }
            }
            Bson::Document(out)
        }
        "$objectToArray" => match eval(&args(arg)[0], s)? {
            None | Some(Bson::Null) => Bson::Null,
            Some(Bson::Document(d)) => Bson::Array(
                d.into_iter()
                    .map(|(k, v)| Bson::Document(doc! { "k": k, "v": v }))
                    .collect(),
            ),
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::Location(40390),
                    format!(
                        "$objectToArray requires a document input, found: {}",
                        type_name(&other)
                    ),
                ))
            }
        },
        "$arrayToObject" => match eval(&args(arg)[0], s)? {
            None | Some(Bson::Null) => Bson::Null,
            Some(Bson::Array(a)) => {
                let mut out = Document::new();
                for e in a {
                    match e {
                        Bson::Document(d)
                            if d.len() == 2 && d.contains_key("k") && d.contains_key("v") =>
                        {
                            let Ok(k) = d.get_str("k") else {
                                return Err(Error::new(ErrorCode::Location(40392), "$arrayToObject requires an object keys of 'k' and 'v' where k is a string"));
                            };
                            if k.contains('\0') {
                                return Err(Error::new(
                                    ErrorCode::Location(4940401),
                                    "Key field cannot contain an embedded null byte",
                                ));
                            }
                            out.insert(k, d.get("v").cloned().unwrap_or(Bson::Null));
                        }
                        Bson::Array(pair) if pair.len() == 2 => {
                            let Bson::String(k) = &pair[0] else {
                                return Err(Error::new(ErrorCode::Location(40395), "$arrayToObject requires an array of key-value pairs, where the key must be of type string"));
                            };
                            if k.contains('\0') {
                                return Err(Error::new(
                                    ErrorCode::Location(4940400),
                                    "Key field cannot contain an embedded null byte",
                                ));
                            }
                            out.insert(k.clone(), pair[1].clone());
                        }
                        _ => {
                            return Err(Error::new(
                                ErrorCode::Location(40398),
                                "Unrecognised input type format for $arrayToObject",
                            ))
                        }
                    }
                }
                Bson::Document(out)
            }
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::Location(40386),
                    format!(
                        "$arrayToObject requires an array input, found: {}",
                        type_name(&other)
                    ),
                ))
            }
        },
        "$getField" => {
            let (field, input) = match arg {
                Bson::Document(d) if d.contains_key("field") => (
                    d.get("field").cloned().unwrap_or(Bson::Null),
                    d.get("input")
                        .cloned()
                        .unwrap_or(Bson::String("$$CURRENT".into())),
                ),
                other => (other.clone(), Bson::String("$$CURRENT".into())),
            };
            let Bson::String(name) = eval_value(&field, s)? else {
                return Err(Error::new(
                    ErrorCode::Location(5654602),
                    "$getField requires 'field' to evaluate to type String",
                ));
            };
            return Ok(Some(match eval(&input, s)? {
                Some(Bson::Document(d)) => d.get(&name).cloned(),
                _ => None,
            }));
        }
        "$setField" | "$unsetField" => return set_field(op, arg, s).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// `$setField` / `$unsetField`: sets or removes one field — whose name may
/// contain dots or start with `$` — of an object, keeping the field order.
fn set_field(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    let Bson::Document(spec) = arg else {
        return Err(Error::new(
            ErrorCode::Location(4161100),
            format!("{op} only supports an object as its argument"),
        ));
    };
    let allowed: &[&str] = if op == "$setField" {
        &["field", "input", "value"]
    } else {
        &["field", "input"]
    };
    for k in spec.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(Error::new(
                ErrorCode::Location(4161101),
                format!("{op} found an unknown argument: {k}"),
            ));
        }
    }
    // The field name must be a constant string (possibly through $literal).
    let name = match spec.get("field") {
        Some(Bson::String(f)) if !f.starts_with('$') => f.clone(),
        Some(Bson::Document(d)) if d.len() == 1 => match d.get("$literal") {
            Some(Bson::String(f)) => f.clone(),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(4161106),
                    format!("{op} requires 'field' to evaluate to type String"),
                ))
            }
        },
        Some(_) => {
            return Err(Error::new(
                ErrorCode::Location(4161106),
                format!(
                "{op} requires 'field' to evaluate to a constant, but got a non-constant argument"
            ),
            ))
        }
        None => {
            return Err(Error::new(
                ErrorCode::Location(4161102),
                format!("{op} requires 'field' to be specified"),
            ))
        }
    };
    let Some(input) = spec.get("input") else {
        return Err(Error::new(
            ErrorCode::Location(4161103),
            format!("{op} requires 'input' to be specified"),
        ));
    };
    let value = match (op, spec.get("value")) {
        ("$setField", None) => {
            return Err(Error::new(
                ErrorCode::Location(4161104),
                "$setField requires 'value' to be specified",
            ))
        }
        ("$setField", Some(v)) => eval(v, s)?,
        _ => None,
    };
    let mut doc = match eval(input, s)? {
        None | Some(Bson::Null) | Some(Bson::Undefined) => return Ok(Some(Bson::Null)),
        Some(Bson::Document(d)) => d,
        Some(other) => {
            return Err(Error::new(
                ErrorCode::Location(4161105),
                format!(
                    "{op} requires 'input' to evaluate to type Object, but got {}",
                    type_name(&other)
                ),
            ))
        }
    };
    match value {
        // $$REMOVE (or a missing value) removes the field.
        None => {
            doc.remove(&name);
        }
        Some(v) => {
            doc.insert(name, v);
        }
    }
    Ok(Some(Bson::Document(doc)))
}
