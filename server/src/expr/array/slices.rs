//! Operators that pick or produce ranges of array elements: $range,
//! $reverseArray, $slice, $indexOfArray.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here
//! through the array family (`array/mod.rs`).

use super::super::{args, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::values_equal_with;
use crate::value::{as_i64, type_name};
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$range" => range(arg, s)?,
        "$reverseArray" => reverse_array(arg, s)?,
        "$slice" => slice(arg, s)?,
        "$indexOfArray" => index_of_array(arg, s)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

fn range(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let v = eval_args(&args(arg), s)?;
    // mongod checks, in order: each bound (and the step) is a number, then
    // that it is an integer a 32-bit int holds.
    let bound = |i: usize, what: &str, not_number: i32, not_int: i32| -> Result<i64> {
        let x = v.get(i).cloned().flatten().unwrap_or(Bson::Undefined);
        if !crate::value::is_number(&x) {
            return Err(Error::new(
                ErrorCode::Location(not_number),
                format!(
                    "$range requires a numeric {what} value, found value of type: {}",
                    type_name(&x)
                ),
            ));
        }
        let f = crate::value::as_f64(&x).unwrap_or(f64::NAN);
        if f.fract() != 0.0 || f < f64::from(i32::MIN) || f > f64::from(i32::MAX) {
            return Err(Error::new(
                ErrorCode::Location(not_int),
                format!(
                    "$range requires a{} {what} value that can be represented as a 32-bit integer, found value: {x}",
                    if what == "ending" { "n" } else { "" }
                ),
            ));
        }
        Ok(f as i64)
    };
    let start = bound(0, "starting", 34443, 34444)?;
    let end = bound(1, "ending", 34445, 34446)?;
    let step = if v.len() > 2 {
        bound(2, "step", 34447, 34448)?
    } else {
        1
    };
    if step == 0 {
        return Err(Error::new(
            ErrorCode::Location(34449),
            "$range requires a non-zero step value",
        ));
    }
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < end) || (step < 0 && i > end) {
        out.push(Bson::Int32(i as i32));
        i += step;
    }
    Ok(Bson::Array(out))
}

fn reverse_array(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    match eval_args(&args(arg), s)?.into_iter().next().flatten() {
        None | Some(Bson::Null) => Ok(Bson::Null),
        Some(Bson::Array(mut a)) => {
            a.reverse();
            Ok(Bson::Array(a))
        }
        Some(other) => Err(Error::new(
            ErrorCode::Location(34435),
            format!(
                "The argument to $reverseArray must be an array, but was of type: {}",
                type_name(&other)
            ),
        )),
    }
}

fn slice(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let v = eval_args(&args(arg), s)?;
    let Some(a) = first_array(
        v.first().cloned().flatten(),
        28724,
        "First argument to $slice must be an array, but is of type: {}",
    )?
    else {
        return Ok(Bson::Null);
    };
    let n = |i: usize| v.get(i).cloned().flatten().and_then(|x| as_i64(&x));
    let len = a.len() as i64;
    let (start, count) = match (n(1), n(2)) {
        (Some(c), None) if c >= 0 => (0, c),
        (Some(c), None) => ((len + c).max(0), -c),
        (Some(p), Some(c)) => (if p >= 0 { p.min(len) } else { (len + p).max(0) }, c),
        _ => {
            return Err(Error::new(
                ErrorCode::Location(28725),
                "Second argument to $slice must be a numeric value",
            ))
        }
    };
    Ok(Bson::Array(
        a.into_iter()
            .skip(start as usize)
            .take(count.max(0) as usize)
            .collect(),
    ))
}

fn index_of_array(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let v = eval_args(&args(arg), s)?;
    let Some(a) = first_array(
        v.first().cloned().flatten(),
        40090,
        "$indexOfArray requires an array as a first argument, found: {}",
    )?
    else {
        return Ok(Bson::Null);
    };
    let x = v.get(1).cloned().flatten().unwrap_or(Bson::Null);
    Ok(Bson::Int32(
        a.iter()
            .position(|e| values_equal_with(e, &x, s.vars.coll()))
            .map(|p| p as i32)
            .unwrap_or(-1),
    ))
}

/// The first argument as an array: None for null/missing, an error (with
/// mongod's code and message, `{}` standing for the type) otherwise.
fn first_array(v: Option<Bson>, code: i32, msg: &str) -> Result<Option<Vec<Bson>>> {
    match v {
        None | Some(Bson::Null) => Ok(None),
        Some(Bson::Array(a)) => Ok(Some(a)),
        Some(other) => Err(Error::new(
            ErrorCode::Location(code),
            msg.replace("{}", type_name(&other)),
        )),
    }
}
