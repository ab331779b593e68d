//! Boolean operators: $and, $or, $not (mongod truthiness: false, null,
//! undefined, missing and zero are false).
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, arity, Scope};
use crate::error::Result;
use crate::value::truthy;
use bson::Bson;

fn truth(v: Option<Bson>) -> bool {
    v.as_ref().is_some_and(truthy)
}

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$and" => {
            let mut all = true;
            for a in args(arg) {
                if !truth(super::eval(&a, s)?) {
                    all = false;
                    break;
                }
            }
            all
        }
        "$or" => {
            let mut any = false;
            for a in args(arg) {
                if truth(super::eval(&a, s)?) {
                    any = true;
                    break;
                }
            }
            any
        }
        "$not" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            !truth(super::eval(&a[0], s)?)
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(Bson::Boolean(r))))
}
