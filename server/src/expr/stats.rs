//! The `$group` accumulators usable as expressions: `$sum`, `$avg`, `$min`,
//! `$max`, `$stdDevPop` and `$stdDevSamp`, over one array argument or over
//! several arguments.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators
//! here. The `$group` stage's own accumulators are in agg/.

use super::{args, eval, eval_args, eval_value, Scope};
use crate::error::Result;
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number};
use bson::Bson;
use std::cmp::Ordering;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$sum" | "$avg" => sum_or_avg(op, operand_values(arg, s)?, s)?,
        "$min" | "$max" => min_or_max(op, operand_values(arg, s)?, s),
        "$stdDevPop" | "$stdDevSamp" => std_dev(op, arg, s)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// The values an accumulator expression reads: the elements of its one
/// argument when that is an array (the argument itself otherwise, nothing
/// when missing), or each of several arguments (missing ones left out).
fn operand_values(arg: &Bson, s: &Scope<'_>) -> Result<Vec<Bson>> {
    let a = args(arg);
    Ok(if a.len() == 1 {
        match eval(&a[0], s)? {
            Some(Bson::Array(arr)) => arr,
            Some(v) => vec![v],
            None => vec![],
        }
    } else {
        eval_args(&a, s)?.into_iter().flatten().collect()
    })
}

/// `$sum` / `$avg`: non-numbers are ignored.
fn sum_or_avg(op: &str, vals: Vec<Bson>, s: &Scope<'_>) -> Result<Bson> {
    let nums: Vec<&Bson> = vals.iter().filter(|v| is_number(v)).collect();
    if nums.iter().any(|v| matches!(v, Bson::Decimal128(_))) {
        // A decimal makes the accumulator's exact decimal total (and mean).
        let sum = nums
            .iter()
            .fold(crate::value::sum::Sum::default(), |s, v| s.with(v));
        return Ok(if op == "$avg" {
            sum.average(nums.len() as u64)
        } else {
            sum.to_bson()
        });
    }
    Ok(if op == "$avg" {
        if nums.is_empty() {
            Bson::Null
        } else {
            Bson::Double(
                nums.iter().map(|v| as_f64(v).unwrap_or(0.0)).sum::<f64>() / nums.len() as f64,
            )
        }
    } else {
        let mut acc = Bson::Int32(0);
        for n in nums {
            let add = bson::doc! { "$add": [acc.clone(), n.clone()] };
            acc = eval_value(&Bson::Document(add), s)?;
        }
        acc
    })
}

/// `$min` / `$max` by the BSON order (with the collation); null and
/// undefined are skipped.
fn min_or_max(op: &str, vals: Vec<Bson>, s: &Scope<'_>) -> Bson {
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

/// `$stdDevPop` / `$stdDevSamp` over an array argument or several
/// arguments; non-numbers are ignored (Welford's method, as mongod).
fn std_dev(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let vals = operand_values(arg, s)?;
    let (mut n, mut mean, mut m2) = (0u64, 0.0f64, 0.0f64);
    for x in vals.iter().filter(|v| is_number(v)).filter_map(as_f64) {
        n += 1;
        let delta = x - mean;
        mean += delta / n as f64;
        m2 += delta * (x - mean);
    }
    let denom = if op == "$stdDevSamp" {
        n.saturating_sub(1)
    } else {
        n
    };
    Ok(if denom == 0 {
        Bson::Null
    } else {
        Bson::Double((m2 / denom as f64).sqrt())
    })
}

#[cfg(test)]
mod tests {
    use super::super::{eval, Vars};
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
            assert_eq!(eval(&e, &scope).unwrap(), Some(want.clone()), "{e}");
        }
    }

    #[test]
    fn std_dev_values() {
        let vars = Vars::new();
        let root = doc! {"arr": [3, 1, 2]};
        let scope = Scope {
            root: &root,
            vars: &vars,
        };
        let cases: Vec<(Bson, Option<Bson>)> = vec![
            (
                bson!({"$stdDevPop": [[1, 2, 3, 4]]}),
                Some(bson!(1.118033988749895)),
            ),
            (bson!({"$stdDevPop": [1, 3]}), Some(bson!(1.0))),
            (
                bson!({"$stdDevPop": "$arr"}),
                Some(bson!(0.816496580927726)),
            ),
            (
                bson!({"$stdDevSamp": [[2, 4, "x", null]]}),
                Some(bson!(std::f64::consts::SQRT_2)),
            ),
            (bson!({"$stdDevSamp": [5]}), Some(Bson::Null)),
            (bson!({"$stdDevPop": [[]]}), Some(Bson::Null)),
            (bson!({"$stdDevPop": "$missing"}), Some(Bson::Null)),
            (bson!({"$stdDevPop": 4}), Some(bson!(0.0))),
        ];
        for (e, want) in cases {
            let got = eval(&e, &scope).unwrap();
            match (&got, &want) {
                (Some(Bson::Double(g)), Some(Bson::Double(w))) => {
                    assert!((g - w).abs() < 1e-12, "{e}: {g}");
                }
                _ => assert_eq!(got, want, "{e}"),
            }
        }
    }
}
