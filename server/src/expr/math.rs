//! Math operators: $floor, $ceil, $round, $trunc, $sqrt, $pow, $exp, $ln,
//! $log10, and $sum/$avg/$min/$max used as expressions (over an array
//! argument or several arguments).

use super::{args, eval, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number, type_name};
use bson::Bson;
use std::cmp::Ordering;

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
    if op == "$rand" {
        // A fresh uniform double in [0, 1) per evaluation.
        if !matches!(arg, Bson::Document(d) if d.is_empty()) {
            return Err(Error::new(
                ErrorCode::Location(3040501),
                "$rand does not currently accept arguments",
            ));
        }
        return Ok(Some(Some(Bson::Double(rand::random::<f64>()))));
    }
    let r = match op {
        "$floor" | "$ceil" | "$trunc" | "$sqrt" | "$exp" | "$ln" | "$log10" => {
            let Some(x) = unary(op, arg, s)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            match op {
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
            }
        }
        "$round" => {
            let a = args(arg);
            let v = eval_args(&a, s)?;
            let Some(x) = v[0].clone().filter(|x| !matches!(x, Bson::Null)) else {
                return Ok(Some(Some(Bson::Null)));
            };
            let places = v
                .get(1)
                .cloned()
                .flatten()
                .and_then(|p| crate::value::as_i64(&p))
                .unwrap_or(0);
            match &x {
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
            }
        }
        "$pow" => {
            let v = eval_args(&args(arg), s)?;
            match (&v[0], v.get(1).and_then(|x| x.as_ref())) {
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
                                Some(r) if r >= i32::MIN as i64 && r <= i32::MAX as i64 => {
                                    Bson::Int32(r as i32)
                                }
                                Some(r) => Bson::Int64(r),
                                None => Bson::Double(bf.powf(ef)),
                            }
                        }
                        (Bson::Int64(_) | Bson::Int32(_), Bson::Int64(_) | Bson::Int32(_))
                            if ef >= 0.0 =>
                        {
                            match (crate::value::as_i64(b).unwrap()).checked_pow(ef as u32) {
                                Some(r) => Bson::Int64(r),
                                None => Bson::Double(bf.powf(ef)),
                            }
                        }
                        _ => Bson::Double(bf.powf(ef)),
                    }
                }
            }
        }
        "$sum" | "$avg" | "$min" | "$max" => {
            let a = args(arg);
            let vals: Vec<Bson> = if a.len() == 1 {
                match eval(&a[0], s)? {
                    Some(Bson::Array(arr)) => arr,
                    Some(v) => vec![v],
                    None => vec![],
                }
            } else {
                eval_args(&a, s)?.into_iter().flatten().collect()
            };
            match op {
                "$sum" | "$avg" => {
                    let nums: Vec<&Bson> = vals.iter().filter(|v| is_number(v)).collect();
                    if nums.iter().any(|v| matches!(v, Bson::Decimal128(_))) {
                        // A decimal makes the accumulator's exact decimal
                        // total (and mean).
                        let sum = nums
                            .iter()
                            .fold(crate::value::sum::Sum::default(), |s, v| s.with(v));
                        return Ok(Some(Some(if op == "$avg" {
                            sum.average(nums.len() as u64)
                        } else {
                            sum.to_bson()
                        })));
                    }
                    if op == "$avg" {
                        if nums.is_empty() {
                            Bson::Null
                        } else {
                            Bson::Double(
                                nums.iter().map(|v| as_f64(v).unwrap_or(0.0)).sum::<f64>()
                                    / nums.len() as f64,
                            )
                        }
                    } else {
                        let mut acc = Bson::Int32(0);
                        for n in nums {
                            let add = bson::doc! { "$add": [acc.clone(), n.clone()] };
                            acc = super::eval_value(&Bson::Document(add), s)?;
                        }
                        acc
                    }
                }
                _ => {
                    let want = if op == "$min" {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    };
                    let mut best: Option<Bson> = None;
                    for v in vals
                        .into_iter()
                        .filter(|v| !matches!(v, Bson::Null | Bson::Undefined))
                    {
                        if best
                            .as_ref()
                            .is_none_or(|b| compare_with(&v, b, s.vars.coll()) == want)
                        {
                            best = Some(v);
                        }
                    }
                    best.unwrap_or(Bson::Null)
                }
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

#[cfg(test)]
mod tests {
    use super::super::{eval as eval_expr, Vars};
    use super::*;
    use bson::{bson, doc};

    fn dec(s: &str) -> Bson {
        Bson::Decimal128(s.parse().expect(s))
    }

    /// `$sum` and `$avg` as expressions total decimals exactly, as the
    /// accumulators do.
    #[test]
    fn decimal_sum_and_avg() {
        let vars = Vars::new();
        let root =
            doc! {"arr": [dec("0.1"), dec("0.1"), dec("0.1")], "mixed": [1, dec("1.5"), "x"]};
        let scope = Scope {
            root: &root,
            vars: &vars,
        };
        let cases: Vec<(Bson, Bson)> = vec![
            (bson!({"$sum": "$arr"}), dec("0.3")),
            (bson!({"$avg": "$arr"}), dec("0.1")),
            (bson!({"$sum": "$mixed"}), dec("2.5")),
            (bson!({"$avg": "$mixed"}), dec("1.25")),
            (bson!({"$sum": [dec("1.5"), 2]}), dec("3.5")),
            (bson!({"$avg": [dec("1"), 2]}), dec("1.5")),
            (bson!({"$sum": [1, 2]}), bson!(3)),
            (bson!({"$avg": [1, 2]}), bson!(1.5)),
        ];
        for (e, want) in cases {
            assert_eq!(eval_expr(&e, &scope).unwrap(), Some(want.clone()), "{e}");
        }
    }
}
