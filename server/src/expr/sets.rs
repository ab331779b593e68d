//! Set and array operators: $setUnion, $setIntersection, $setDifference,
//! $setEquals, $setIsSubset, $anyElementTrue, $allElementsTrue, $range,
//! $reverseArray, $slice, $indexOfArray, $zip is not provided.

use super::{args, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::collation::Collation;
use crate::value::compare::values_equal_with;
use crate::value::{as_i64, truthy, type_name};
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
            let c = s.vars.coll();
            let Some(sets) = arrays(op, eval_args(&args(arg), s)?)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            match op {
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
                        return Err(Error::new(ErrorCode::Location(16020), format!("Expression $setDifference takes exactly 2 arguments. {} were passed in.", sets.len())));
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
                        o.iter().all(|x| contains(first, x, c))
                            && first.iter().all(|x| contains(o, x, c))
                    }))
                }
                _ => Bson::Boolean(
                    sets.len() == 2 && sets[0].iter().all(|x| contains(&sets[1], x, c)),
                ),
            }
        }
        "$anyElementTrue" | "$allElementsTrue" => {
            let Some(sets) = arrays(op, eval_args(&args(arg), s)?)? else {
                return Err(Error::new(
                    ErrorCode::Location(17041),
                    format!("{op}'s argument must be an array, but is missing"),
                ));
            };
            let a = sets.into_iter().next().unwrap_or_default();
            Bson::Boolean(if op == "$anyElementTrue" {
                a.iter().any(truthy)
            } else {
                a.iter().all(truthy)
            })
        }
        "$range" => {
            let v = eval_args(&args(arg), s)?;
            let n = |i: usize| v.get(i).cloned().flatten().and_then(|x| as_i64(&x));
            let (Some(start), Some(end)) = (n(0), n(1)) else {
                return Err(Error::new(
                    ErrorCode::Location(34443),
                    "$range requires a numeric starting value",
                ));
            };
            let step = n(2).unwrap_or(1);
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
            Bson::Array(out)
        }
        "$reverseArray" => match eval_args(&args(arg), s)?.into_iter().next().flatten() {
            None | Some(Bson::Null) => Bson::Null,
            Some(Bson::Array(mut a)) => {
                a.reverse();
                Bson::Array(a)
            }
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::Location(34435),
                    format!(
                        "The argument to $reverseArray must be an array, but was of type: {}",
                        type_name(&other)
                    ),
                ))
            }
        },
        "$slice" => {
            let v = eval_args(&args(arg), s)?;
            let Some(a) = first_array(
                v.first().cloned().flatten(),
                28724,
                "First argument to $slice must be an array, but is of type: {}",
            )?
            else {
                return Ok(Some(Some(Bson::Null)));
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
            Bson::Array(
                a.into_iter()
                    .skip(start as usize)
                    .take(count.max(0) as usize)
                    .collect(),
            )
        }
        "$indexOfArray" => {
            let v = eval_args(&args(arg), s)?;
            let Some(a) = first_array(
                v.first().cloned().flatten(),
                40090,
                "$indexOfArray requires an array as a first argument, found: {}",
            )?
            else {
                return Ok(Some(Some(Bson::Null)));
            };
            let x = v.get(1).cloned().flatten().unwrap_or(Bson::Null);
            Bson::Int32(
                a.iter()
                    .position(|e| values_equal_with(e, &x, s.vars.coll()))
                    .map(|p| p as i32)
                    .unwrap_or(-1),
            )
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
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
