//! Arithmetic operators: $add, $subtract, $multiply, $divide, $mod, $abs.
//! Integer results stay int32/int64 while they fit (mongod widens on
//! overflow); any double makes a double; null or missing gives null.

use super::{args, arity, eval_args, Scope};
use crate::bsonutil::{as_f64, type_name};
use crate::error::{Error, ErrorCode, Result};
use bson::Bson;

enum Num {
    Int(i64, bool),
    Double(f64),
}

fn num(v: &Bson) -> Option<Num> {
    match v {
        Bson::Int32(i) => Some(Num::Int(*i as i64, true)),
        Bson::Int64(i) => Some(Num::Int(*i, false)),
        Bson::Double(d) => Some(Num::Double(*d)),
        Bson::Decimal128(_) => as_f64(v).map(Num::Double),
        _ => None,
    }
}

fn int_result(v: i64, both_int32: bool) -> Bson {
    if both_int32 && v >= i32::MIN as i64 && v <= i32::MAX as i64 {
        Bson::Int32(v as i32)
    } else {
        Bson::Int64(v)
    }
}

/// Applies an integer op with overflow to double, or a double op.
fn combine(
    op: &str,
    a: &Bson,
    b: &Bson,
    fi: fn(i64, i64) -> Option<i64>,
    fd: fn(f64, f64) -> f64,
) -> Result<Bson> {
    match (num(a), num(b)) {
        (Some(Num::Int(x, xi)), Some(Num::Int(y, yi))) => Ok(match fi(x, y) {
            Some(r) => int_result(r, xi && yi),
            None => Bson::Double(fd(x as f64, y as f64)),
        }),
        (Some(x), Some(y)) => {
            let f = |n: Num| match n {
                Num::Int(i, _) => i as f64,
                Num::Double(d) => d,
            };
            Ok(Bson::Double(fd(f(x), f(y))))
        }
        _ => Err(Error::type_mismatch(format!(
            "{op} only supports numeric types, not {} and {}",
            type_name(a),
            type_name(b)
        ))),
    }
}

fn is_nullish(v: &Option<Bson>) -> bool {
    matches!(v, None | Some(Bson::Null) | Some(Bson::Undefined))
}

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$add" => {
            let vals = eval_args(&args(arg), s)?;
            if vals.iter().any(is_nullish) {
                return Ok(Some(Some(Bson::Null)));
            }
            let mut acc = Bson::Int32(0);
            let mut date: Option<i64> = None;
            for v in vals.into_iter().flatten() {
                match v {
                    Bson::DateTime(d) => {
                        if date.is_some() {
                            return Err(Error::new(
                                ErrorCode::Location(16612),
                                "only one date allowed in an $add expression",
                            ));
                        }
                        date = Some(d.timestamp_millis());
                    }
                    other if num(&other).is_some() => {
                        acc = combine("$add", &acc, &other, i64::checked_add, |a, b| a + b)?
                    }
                    other => {
                        return Err(Error::type_mismatch(format!(
                            "$add only supports numeric or date types, not {}",
                            type_name(&other)
                        )))
                    }
                }
            }
            match date {
                Some(ms) => Bson::DateTime(bson::DateTime::from_millis(
                    ms + as_f64(&acc).unwrap_or(0.0).round() as i64,
                )),
                None => acc,
            }
        }
        "$multiply" => {
            let vals = eval_args(&args(arg), s)?;
            if vals.iter().any(is_nullish) {
                return Ok(Some(Some(Bson::Null)));
            }
            let mut acc = Bson::Int32(1);
            for v in vals.into_iter().flatten() {
                acc = combine("$multiply", &acc, &v, i64::checked_mul, |a, b| a * b)?;
            }
            acc
        }
        "$subtract" | "$divide" | "$mod" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let vals = eval_args(&a, s)?;
            if vals.iter().any(is_nullish) {
                return Ok(Some(Some(Bson::Null)));
            }
            let (x, y) = (vals[0].clone().unwrap(), vals[1].clone().unwrap());
            match op {
                "$subtract" => match (&x, &y) {
                    (Bson::DateTime(a), Bson::DateTime(b)) => {
                        Bson::Int64(a.timestamp_millis() - b.timestamp_millis())
                    }
                    (Bson::DateTime(a), n) if num(n).is_some() => {
                        Bson::DateTime(bson::DateTime::from_millis(
                            a.timestamp_millis() - as_f64(n).unwrap().round() as i64,
                        ))
                    }
                    _ => combine("$subtract", &x, &y, i64::checked_sub, |a, b| a - b)?,
                },
                "$divide" => {
                    let (Some(a), Some(b)) = (as_f64(&x), as_f64(&y)) else {
                        return Err(Error::type_mismatch(format!(
                            "$divide only supports numeric types, not {} and {}",
                            type_name(&x),
                            type_name(&y)
                        )));
                    };
                    if b == 0.0 {
                        return Err(Error::new(
                            ErrorCode::Location(16608),
                            "can't $divide by zero",
                        ));
                    }
                    Bson::Double(a / b)
                }
                _ => {
                    if as_f64(&y) == Some(0.0) {
                        return Err(Error::new(ErrorCode::Location(16610), "can't $mod by zero"));
                    }
                    combine("$mod", &x, &y, i64::checked_rem, |a, b| a % b)?
                }
            }
        }
        "$abs" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            match super::eval(&a[0], s)? {
                None | Some(Bson::Null) => Bson::Null,
                Some(Bson::Int32(i)) => i
                    .checked_abs()
                    .map(Bson::Int32)
                    .unwrap_or(Bson::Int64((i as i64).abs())),
                Some(Bson::Int64(i)) => i
                    .checked_abs()
                    .map(Bson::Int64)
                    .unwrap_or(Bson::Double((i as f64).abs())),
                Some(v) => match as_f64(&v) {
                    Some(d) => Bson::Double(d.abs()),
                    None => {
                        return Err(Error::type_mismatch(format!(
                            "$abs only supports numeric types, not {}",
                            type_name(&v)
                        )))
                    }
                },
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}
