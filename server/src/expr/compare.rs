//! Comparison operators: $eq, $ne, $gt, $gte, $lt, $lte, $cmp. Unlike query
//! operators they compare across types by the full BSON order.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, arity, eval_args, Scope};
use crate::error::Result;
use crate::value::compare::compare_with;
use bson::Bson;
use std::cmp::Ordering;

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    if !matches!(op, "$eq" | "$ne" | "$gt" | "$gte" | "$lt" | "$lte" | "$cmp") {
        return Ok(None);
    }
    let a = args(arg);
    arity(op, &a, 2)?;
    let v = eval_args(&a, s)?;
    // Missing compares as null here... mongod compares missing below null;
    // for $eq/$ne both are treated as absent values of the null bracket.
    let x = v[0].clone().unwrap_or(Bson::Undefined);
    let y = v[1].clone().unwrap_or(Bson::Undefined);
    let c = compare_with(&x, &y, s.vars.coll());
    Ok(Some(Some(match op {
        "$eq" => Bson::Boolean(c == Ordering::Equal),
        "$ne" => Bson::Boolean(c != Ordering::Equal),
        "$gt" => Bson::Boolean(c == Ordering::Greater),
        "$gte" => Bson::Boolean(c != Ordering::Less),
        "$lt" => Bson::Boolean(c == Ordering::Less),
        "$lte" => Bson::Boolean(c != Ordering::Greater),
        _ => Bson::Int32(match c {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        }),
    })))
}
