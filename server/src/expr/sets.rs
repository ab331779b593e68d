//! Set operators, which treat arrays as sets (duplicates ignored, values
//! compared with the collation): $setUnion, $setIntersection,
//! $setDifference, $setEquals, $setIsSubset, $anyElementTrue,
//! $allElementsTrue.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::collation::Collation;
use crate::value::compare::values_equal_with;
use crate::value::{truthy, type_name};
use bson::Bson;

fn arrays(op: &str, vals: Vec<Option<Bson>>) -> Result<Option<Vec<Vec<Bson>>>> {
    let mut out = Vec::new();
    for v in vals {
        match v {
            None | Some(Bson::Null) => return Ok(None),
            Some(Bson::Array(a)) => out.push(a),
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::Location(17044),
                    format!(
                        "All operands of {op} must be arrays. One argument is of type: {}",
                        type_name(&other)
                    ),
                ))
            }
        }
    }
    Ok(Some(out))
}

fn dedup(v: Vec<Bson>, c: Option<&Collation>) -> Vec<Bson> {
    let mut out: Vec<Bson> = Vec::new();
    for x in v {
        if !out.iter().any(|y| values_equal_with(&x, y, c)) {
            out.push(x);
        }
    }
    out
}

fn contains(set: &[Bson], x: &Bson, c: Option<&Collation>) -> bool {
    set.iter().any(|y| values_equal_with(x, y, c))
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$setUnion" | "$setIntersection" | "$setDifference" | "$setEquals" | "$setIsSubset" => {
            let Some(sets) = arrays(op, eval_args(&args(arg), s)?)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            set_op(op, sets, s.vars.coll())?
        }
        "$anyElementTrue" | "$allElementsTrue" => {
            let a = args(arg);
            super::arity(op, &a, 1)?;
            let a = match eval_args(&a, s)?.into_iter().next().flatten() {
                Some(Bson::Array(a)) => a,
                // mongod: 17041 for $anyElementTrue, 17040 for
                // $allElementsTrue, naming null and missing apart.
                other => {
                    let code = if op == "$anyElementTrue" {
                        17041
                    } else {
                        17040
                    };
                    let found = other.as_ref().map_or("missing", crate::value::type_name);
                    return Err(Error::new(
                        ErrorCode::Location(code),
                        format!("{op}'s argument must be an array, but is {found}"),
                    ));
                }
            };
            Bson::Boolean(if op == "$anyElementTrue" {
                a.iter().any(truthy)
            } else {
                a.iter().all(truthy)
            })
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// The operators over several sets, given their (non-null) arrays.
fn set_op(op: &str, sets: Vec<Vec<Bson>>, c: Option<&Collation>) -> Result<Bson> {
    Ok(match op {
        "$setUnion" => Bson::Array(dedup(sets.into_iter().flatten().collect(), c)),
        "$setIntersection" => {
            let mut it = sets.into_iter();
            let first = dedup(it.next().unwrap_or_default(), c);
            let rest: Vec<Vec<Bson>> = it.collect();
            Bson::Array(
                first
                    .into_iter()
                    .filter(|x| rest.iter().all(|r| contains(r, x, c)))
                    .collect(),
            )
        }
        "$setDifference" => {
            if sets.len() != 2 {
                return Err(Error::new(
                    ErrorCode::Location(16020),
                    format!(
                        "Expression $setDifference takes exactly 2 arguments. {} were passed in.",
                        sets.len()
                    ),
                ));
            }
            Bson::Array(
                dedup(sets[0].clone(), c)
                    .into_iter()
                    .filter(|x| !contains(&sets[1], x, c))
                    .collect(),
            )
        }
        "$setEquals" => {
            let first = &sets[0];
            Bson::Boolean(sets.iter().all(|o| {
                o.iter().all(|x| contains(first, x, c)) && first.iter().all(|x| contains(o, x, c))
            }))
        }
        _ => Bson::Boolean(sets.len() == 2 && sets[0].iter().all(|x| contains(&sets[1], x, c))),
    })
}
