//! Operators that bind variables over arrays: $map, $filter, $reduce, and
//! $let.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{eval, eval_value, Scope, Vars};
use crate::error::{Error, ErrorCode, Result};
use crate::value::{truthy, type_name};
use bson::{Bson, Document};

fn spec<'a>(op: &str, arg: &'a Bson) -> Result<&'a Document> {
    match arg {
        Bson::Document(d) => Ok(d),
        _ => Err(Error::new(
            ErrorCode::Location(16878),
            format!("{op} only supports an object as its argument"),
        )),
    }
}

fn with(vars: &Vars, binds: &[(&str, Bson)]) -> Vars {
    let mut v = vars.clone();
    for (k, x) in binds {
        v.insert((*k).to_string(), x.clone());
    }
    v
}

/// Evaluates `input`: an array, or null/missing (the operator then returns null).
fn input_array(op: &str, d: &Document, s: &Scope<'_>) -> Result<Option<Vec<Bson>>> {
    let input = d.get("input").ok_or_else(|| {
        Error::new(
            ErrorCode::Location(28882),
            format!("Missing 'input' parameter to {op}"),
        )
    })?;
    match eval(input, s)? {
        None | Some(Bson::Null) | Some(Bson::Undefined) => Ok(None),
        Some(Bson::Array(a)) => Ok(Some(a)),
        Some(other) => Err(Error::new(
            ErrorCode::Location(16883),
            format!("input to {op} must be an array not {}", type_name(&other)),
        )),
    }
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$map" => {
            let d = spec(op, arg)?;
            let as_name = d.get_str("as").unwrap_or("this");
            let body = d.get("in").ok_or_else(|| {
                Error::new(ErrorCode::Location(16882), "Missing 'in' parameter to $map")
            })?;
            let Some(arr) = input_array(op, d, s)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            let mut out = Vec::with_capacity(arr.len());
            for e in arr {
                let vars = with(s.vars, &[(as_name, e)]);
                out.push(eval_value(
                    body,
                    &Scope {
                        root: s.root,
                        vars: &vars,
                    },
                )?);
            }
            Bson::Array(out)
        }
        "$filter" => {
            let d = spec(op, arg)?;
            let as_name = d.get_str("as").unwrap_or("this");
            let cond = d.get("cond").ok_or_else(|| {
                Error::new(
                    ErrorCode::Location(28884),
                    "Missing 'cond' parameter to $filter",
                )
            })?;
            let limit = match d.get("limit") {
                None => None,
                Some(l) => crate::value::as_i64(&eval_value(l, s)?).map(|n| n.max(0) as usize),
            };
            let Some(arr) = input_array(op, d, s)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            let mut out = Vec::new();
            for e in arr {
                if limit.is_some_and(|l| out.len() >= l) {
                    break;
                }
                let vars = with(s.vars, &[(as_name, e.clone())]);
                if eval(
                    cond,
                    &Scope {
                        root: s.root,
                        vars: &vars,
                    },
                )?
                .as_ref()
                .is_some_and(truthy)
                {
                    out.push(e);
                }
            }
            Bson::Array(out)
        }
        "$reduce" => {
            let d = spec(op, arg)?;
            let init = d.get("initialValue").ok_or_else(|| {
                Error::new(
                    ErrorCode::Location(40076),
                    "$reduce requires 'initialValue' to be specified",
                )
            })?;
            let body = d.get("in").ok_or_else(|| {
                Error::new(
                    ErrorCode::Location(40077),
                    "$reduce requires 'in' to be specified",
                )
            })?;
            let Some(arr) = input_array(op, d, s)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            let mut acc = eval_value(init, s)?;
            for e in arr {
                let vars = with(s.vars, &[("this", e), ("value", acc.clone())]);
                acc = eval_value(
                    body,
                    &Scope {
                        root: s.root,
                        vars: &vars,
                    },
                )?;
            }
            acc
        }
        "$let" => {
            let d = spec(op, arg)?;
            let Some(Bson::Document(defs)) = d.get("vars") else {
                return Err(Error::new(
                    ErrorCode::Location(16876),
                    "Missing 'vars' parameter to $let",
                ));
            };
            let body = d.get("in").ok_or_else(|| {
                Error::new(ErrorCode::Location(16877), "Missing 'in' parameter to $let")
            })?;
            let mut vars = s.vars.clone();
            for (k, e) in defs {
                vars.insert(k.clone(), eval_value(e, s)?);
            }
            return Ok(Some(eval(
                body,
                &Scope {
                    root: s.root,
                    vars: &vars,
                },
            )?));
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}
