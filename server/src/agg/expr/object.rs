//! Object operators: $mergeObjects, $objectToArray, $arrayToObject,
//! $getField, $setField.

use super::{args, eval, eval_value, Scope};
use crate::bsonutil::type_name;
use crate::error::{Error, ErrorCode, Result};
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
                            out.insert(k, d.get("v").cloned().unwrap_or(Bson::Null));
                        }
                        Bson::Array(pair) if pair.len() == 2 => {
                            let Bson::String(k) = &pair[0] else {
                                return Err(Error::new(ErrorCode::Location(40395), "$arrayToObject requires an array of key-value pairs, where the key must be of type string"));
                            };
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
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}
