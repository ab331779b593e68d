//! Array element operators: $size, $in, $arrayElemAt, $first, $last,
//! $isArray, $concatArrays.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here
//! through the array family (`array/mod.rs`).

use super::super::{args, arity, eval, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::values_equal_with;
use crate::value::{as_i64, type_name};
use bson::Bson;

fn tname(v: &Option<Bson>) -> &'static str {
    v.as_ref().map(type_name).unwrap_or("missing")
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$size" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            match eval(&a[0], s)? {
                Some(Bson::Array(x)) => Some(Bson::Int32(x.len() as i32)),
                other => {
                    return Err(Error::new(
                        ErrorCode::Location(17124),
                        format!(
                            "The argument to $size must be an array. Type of argument: {}",
                            tname(&other)
                        ),
                    ))
                }
            }
        }
        "$in" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let v = eval_args(&a, s)?;
            let Some(Bson::Array(list)) = &v[1] else {
                return Err(Error::new(
                    ErrorCode::Location(40081),
                    format!(
                        "$in requires an array as a second argument, found: {}",
                        tname(&v[1])
                    ),
                ));
            };
            let x = v[0].clone().unwrap_or(Bson::Undefined);
            Some(Bson::Boolean(
                list.iter().any(|e| values_equal_with(e, &x, s.vars.coll())),
            ))
        }
        "$arrayElemAt" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let v = eval_args(&a, s)?;
            match (&v[0], &v[1]) {
                (None | Some(Bson::Null), _) | (_, None | Some(Bson::Null)) => Some(Bson::Null),
                (Some(Bson::Array(list)), Some(i)) => {
                    let Some(i) = as_i64(i) else {
                        return Err(Error::new(
                            ErrorCode::Location(28766),
                            "$arrayElemAt's second argument must be a numeric value",
                        ));
                    };
                    let idx = if i < 0 { list.len() as i64 + i } else { i };
                    if idx < 0 {
                        None
                    } else {
                        list.get(idx as usize).cloned()
                    }
                }
                (other, _) => {
                    return Err(Error::new(
                        ErrorCode::Location(28689),
                        format!(
                            "$arrayElemAt's first argument must be an array, but is {}",
                            tname(other)
                        ),
                    ))
                }
            }
        }
        "$first" | "$last" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            match eval(&a[0], s)? {
                None | Some(Bson::Null) => Some(Bson::Null),
                Some(Bson::Array(list)) => {
                    if op == "$first" {
                        list.first().cloned()
                    } else {
                        list.last().cloned()
                    }
                }
                other => {
                    return Err(Error::new(
                        ErrorCode::Location(28689),
                        format!("{op}'s argument must be an array, but is {}", tname(&other)),
                    ))
                }
            }
        }
        "$isArray" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            Some(Bson::Boolean(matches!(
                eval(&a[0], s)?,
                Some(Bson::Array(_))
            )))
        }
        "$concatArrays" => {
            let mut out = Vec::new();
            for v in eval_args(&args(arg), s)? {
                match v {
                    None | Some(Bson::Null) => return Ok(Some(Some(Bson::Null))),
                    Some(Bson::Array(x)) => out.extend(x),
                    other => {
                        return Err(Error::new(
                            ErrorCode::Location(28664),
                            format!("$concatArrays only supports arrays, not {}", tname(&other)),
                        ))
                    }
                }
            }
            Some(Bson::Array(out))
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}
