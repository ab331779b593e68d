//! Conditional operators: $cond, $ifNull, $switch.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, arity, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::truthy;
use bson::Bson;

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$cond" => {
            let (c, t, e) = match arg {
                Bson::Document(d) => {
                    for k in d.keys() {
                        if !matches!(k.as_str(), "if" | "then" | "else") {
                            return Err(Error::new(
                                ErrorCode::Location(17083),
                                format!("Unrecognized parameter to $cond: {k}"),
                            ));
                        }
                    }
                    let get = |k: &str, code: i32| {
                        d.get(k).cloned().ok_or_else(|| {
                            Error::new(
                                ErrorCode::Location(code),
                                format!("Missing '{k}' parameter to $cond"),
                            )
                        })
                    };
                    (get("if", 17080)?, get("then", 17081)?, get("else", 17082)?)
                }
                _ => {
                    let a = args(arg);
                    arity(op, &a, 3)?;
                    (a[0].clone(), a[1].clone(), a[2].clone())
                }
            };
            let pick = if super::eval(&c, s)?.as_ref().is_some_and(truthy) {
                t
            } else {
                e
            };
            super::eval(&pick, s)?
        }
        "$ifNull" => {
            let a = args(arg);
            if a.len() < 2 {
                return Err(Error::new(
                    ErrorCode::Location(1257300),
                    "$ifNull needs at least two arguments",
                ));
            }
            let (last, rest) = a.split_last().unwrap();
            for e in rest {
                match super::eval(e, s)? {
                    None | Some(Bson::Null) | Some(Bson::Undefined) => {}
                    v => return Ok(Some(v)),
                }
            }
            super::eval(last, s)?
        }
        "$switch" => {
            let Bson::Document(d) = arg else {
                return Err(Error::new(
                    ErrorCode::Location(40060),
                    "$switch requires an object as an argument",
                ));
            };
            let Some(Bson::Array(branches)) = d.get("branches") else {
                return Err(Error::new(
                    ErrorCode::Location(40061),
                    "$switch expected an array for 'branches'",
                ));
            };
            for b in branches {
                let Bson::Document(b) = b else {
                    return Err(Error::new(
                        ErrorCode::Location(40062),
                        "$switch expected each branch to be an object",
                    ));
                };
                let (Some(case), Some(then)) = (b.get("case"), b.get("then")) else {
                    return Err(Error::new(
                        ErrorCode::Location(40064),
                        "$switch requires each branch have a 'case' and 'then' expression",
                    ));
                };
                if super::eval(case, s)?.as_ref().is_some_and(truthy) {
                    return Ok(Some(super::eval(then, s)?));
                }
            }
            match d.get("default") {
                Some(dflt) => super::eval(dflt, s)?,
                None => {
                    return Err(Error::new(
                        ErrorCode::Location(40066),
                        "$switch could not find a matching branch for an input, and no default was specified.",
                    ))
                }
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}
