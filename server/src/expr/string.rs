//! String operators: $concat, $toLower, $toUpper, $strLenCP, $substrCP.

use super::{args, arity, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_i64, type_name};
use bson::Bson;

/// $toLower/$toUpper's coercion: null/missing is "", numbers and dates print.
fn coerce(v: Option<Bson>, op: &str) -> Result<String> {
    Ok(match v {
        None | Some(Bson::Null) | Some(Bson::Undefined) => String::new(),
        Some(Bson::String(s)) => s,
        Some(Bson::Int32(i)) => i.to_string(),
        Some(Bson::Int64(i)) => i.to_string(),
        Some(Bson::Double(d)) => d.to_string(),
        Some(other) => {
            return Err(Error::new(
                ErrorCode::Location(16007),
                format!(
                    "can't convert from BSON type {} to String in {op}",
                    type_name(&other)
                ),
            ))
        }
    })
}

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$concat" => {
            let mut out = String::new();
            for v in eval_args(&args(arg), s)? {
                match v {
                    None | Some(Bson::Null) | Some(Bson::Undefined) => {
                        return Ok(Some(Some(Bson::Null)))
                    }
                    Some(Bson::String(x)) => out.push_str(&x),
                    Some(other) => {
                        return Err(Error::new(
                            ErrorCode::Location(16702),
                            format!("$concat only supports strings, not {}", type_name(&other)),
                        ))
                    }
                }
            }
            Bson::String(out)
        }
        "$toLower" | "$toUpper" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            let v = coerce(super::eval(&a[0], s)?, op)?;
            Bson::String(if op == "$toLower" {
                v.to_lowercase()
            } else {
                v.to_uppercase()
            })
        }
        "$strLenCP" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            match super::eval(&a[0], s)? {
                Some(Bson::String(x)) => Bson::Int32(x.chars().count() as i32),
                other => {
                    return Err(Error::new(
                        ErrorCode::Location(34471),
                        format!(
                            "$strLenCP requires a string argument, found: {}",
                            other.as_ref().map(type_name).unwrap_or("missing")
                        ),
                    ))
                }
            }
        }
        "$substrCP" => {
            let a = args(arg);
            arity(op, &a, 3)?;
            let v = eval_args(&a, s)?;
            let text = coerce(v[0].clone(), op)?;
            let (Some(start), Some(len)) = (
                v[1].as_ref().and_then(as_i64),
                v[2].as_ref().and_then(as_i64),
            ) else {
                return Err(Error::new(
                    ErrorCode::Location(34450),
                    "$substrCP: starting index and length must be numeric",
                ));
            };
            if start < 0 || len < 0 {
                return Err(Error::new(
                    ErrorCode::Location(34455),
                    "$substrCP: starting index and length must be non-negative",
                ));
            }
            Bson::String(
                text.chars()
                    .skip(start as usize)
                    .take(len as usize)
                    .collect(),
            )
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}
