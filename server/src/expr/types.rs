//! Type operators: $type, $isNumber.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, arity, Scope};
use crate::error::Result;
use crate::value::{is_number, type_name};
use bson::Bson;

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$type" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            Bson::String(
                super::eval(&a[0], s)?
                    .as_ref()
                    .map(type_name)
                    .unwrap_or("missing")
                    .to_string(),
            )
        }
        "$isNumber" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            Bson::Boolean(super::eval(&a[0], s)?.as_ref().is_some_and(is_number))
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}
