//! String operators that build, change the case of, or compare whole
//! strings: $concat, $toLower, $toUpper, $strcasecmp.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here
//! through the string family (`string/mod.rs`).

use super::super::{args, arity, eval, eval_args, Scope};
use super::coerce;
use crate::error::{Error, ErrorCode, Result};
use crate::value::type_name;
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$concat" => concat(arg, s)?,
        "$toLower" | "$toUpper" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            let v = coerce(eval(&a[0], s)?, op)?;
            Bson::String(if op == "$toLower" {
                v.to_lowercase()
            } else {
                v.to_uppercase()
            })
        }
        "$strcasecmp" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let mut v = eval_args(&a, s)?.into_iter();
            // Both sides coerce to strings as $toLower's argument does
            // (null is "", numbers print, anything else is 16007).
            let x = coerce(v.next().flatten(), op)?.to_lowercase();
            let y = coerce(v.next().flatten(), op)?.to_lowercase();
            Bson::Int32(match x.cmp(&y) {
                std::cmp::Ordering::Less => -1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1,
            })
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// `$concat`: null as soon as any argument is null or missing.
fn concat(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let mut out = String::new();
    for v in eval_args(&args(arg), s)? {
        match v {
            None | Some(Bson::Null) | Some(Bson::Undefined) => return Ok(Bson::Null),
            Some(Bson::String(x)) => out.push_str(&x),
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::Location(16702),
                    format!("$concat only supports strings, not {}", type_name(&other)),
                ))
            }
        }
    }
    Ok(Bson::String(out))
}
