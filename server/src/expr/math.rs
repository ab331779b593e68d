//! Math operators: $floor, $ceil, $round, $trunc, $sqrt, $pow, $exp, $ln and
//! $log10. The accumulators used as expressions ($sum, $avg, ...) are in
//! `stats`, `$rand` in `random`, the trigonometric family and `$log` in
//! `trig`.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, eval, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_f64, is_number, type_name};
use bson::Bson;

fn unary(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    let a = args(arg);
    let v = eval(&a[0], s)?;
    match v {
        None | Some(Bson::Null) | Some(Bson::Undefined) => Ok(None),
        Some(x) if is_number(&x) => Ok(Some(x)),
        Some(x) => Err(Error::new(
            ErrorCode::Location(28765),
            format!("{op} only supports numeric types, not {}", type_name(&x)),
        )),
    }
}

fn keep_int(x: &Bson, f: fn(f64) -> f64) -> Bson {
    match x {
        Bson::Int32(_) | Bson::Int64(_) => x.clone(),
        _ => Bson::Double(f(as_f64(x).unwrap_or(0.0))),
    }
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$floor" | "$ceil" | "$trunc" | "$sqrt" | "$exp" | "$ln" | "$log10" => {
            one_number(op, arg, s)?
        }
        "$round" => round(arg, s)?,
        "$pow" => pow(arg, s)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// The one-number operators: null or missing gives null.
fn one_number(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let Some(x) = unary(op, arg, s)? else {
        return Ok(Bson::Null);
    };
    Ok(match op {
        "$floor" => keep_int(&x, f64::floor),
        "$ceil" => keep_int(&x, f64::ceil),
        "$trunc" => keep_int(&x, f64::trunc),
        "$sqrt" => {
            let v = as_f64(&x).unwrap_or(0.0);
            if v < 0.0 {
                return Err(Error::new(
                    ErrorCode::Location(28714),
                    "$sqrt's argument must be greater than or equal to 0",
                ));
            }
            Bson::Double(v.sqrt())
        }
        "$exp" => Bson::Double(as_f64(&x).unwrap_or(0.0).exp()),
        "$ln" => Bson::Double(as_f64(&x).unwrap_or(0.0).ln()),
        _ => Bson::Double(as_f64(&x).unwrap_or(0.0).log10()),
    })
}

/// `$round` to a number of decimal places (0 by default).
fn round(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    let v = eval_args(&a, s)?;
    let Some(x) = v[0].clone().filter(|x| !matches!(x, Bson::Null)) else {
        return Ok(Bson::Null);
    };
    let places = v
        .get(1)
        .cloned()
        .flatten()
        .and_then(|p| crate::value::as_i64(&p))
        .unwrap_or(0);
    Ok(match &x {
        Bson::Int32(_) | Bson::Int64(_) if places >= 0 => x.clone(),
        _ => {
            let f = as_f64(&x).ok_or_else(|| {
                Error::type_mismatch(format!(
                    "$round only supports numeric types, not {}",
                    type_name(&x)
                ))
            })?;
            let m = 10f64.powi(places as i32);
            // Round half to even, as mongod does.
            let scaled = f * m;
            let r = scaled.round();
            let r = if (scaled - scaled.trunc()).abs() == 0.5 {
                2.0 * (scaled / 2.0).round()
            } else {
                r
            };
            match &x {
                Bson::Int32(_) => Bson::Int32((r / m) as i32),
                Bson::Int64(_) => Bson::Int64((r / m) as i64),
                _ => Bson::Double(r / m),
            }
        }
    })
}

/// `$pow`: integers stay integers while the result fits.
fn pow(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let v = eval_args(&args(arg), s)?;
    Ok(match (&v[0], v.get(1).and_then(|x| x.as_ref())) {
        (None | Some(Bson::Null), _) | (_, None | Some(Bson::Null)) => Bson::Null,
        (Some(b), Some(e)) => {
            let (Some(bf), Some(ef)) = (as_f64(b), as_f64(e)) else {
                return Err(Error::new(
                    ErrorCode::Location(28762),
                    "$pow's base and exponent must be numeric",
                ));
            };
            match (b, e) {
                (Bson::Int32(x), Bson::Int32(y)) if *y >= 0 => {
                    match (*x as i64).checked_pow(*y as u32) {
                        Some(r) if i32::try_from(r).is_ok() => Bson::Int32(r as i32),
                        Some(r) => Bson::Int64(r),
                        None => Bson::Double(bf.powf(ef)),
                    }
                }
                (Bson::Int64(_) | Bson::Int32(_), Bson::Int64(_) | Bson::Int32(_)) if ef >= 0.0 => {
                    match (crate::value::as_i64(b).unwrap()).checked_pow(ef as u32) {
                        Some(r) => Bson::Int64(r),
                        None => Bson::Double(bf.powf(ef)),
                    }
                }
                _ => Bson::Double(bf.powf(ef)),
            }
        }
    })
}
