//! `$zip`: transposes several arrays into an array of rows, cut to the
//! shortest input or padded to the longest.
//!
//! Part of the expression evaluator: `expr::eval` hands `$zip` here through
//! the array family (`array/mod.rs`).

use super::super::{eval, located, nullish, Scope};
use crate::error::Result;
use crate::value::type_name;
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    match op {
        "$zip" => Ok(Some(Some(zip(arg, s)?))),
        _ => Ok(None),
    }
}

fn zip(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let Bson::Document(d) = arg else {
        return Err(located(
            34460,
            format!(
                "$zip only supports an object as an argument, found {}",
                type_name(arg)
            ),
        ));
    };
    let mut inputs: Vec<Bson> = Vec::new();
    let mut defaults: Vec<Bson> = Vec::new();
    let mut longest = false;
    for (k, v) in d {
        match k.as_str() {
            "inputs" => match v {
                Bson::Array(a) => inputs = a.clone(),
                other => {
                    return Err(located(
                        34461,
                        format!(
                            "inputs must be an array of expressions, found {}",
                            type_name(other)
                        ),
                    ))
                }
            },
            "defaults" => match v {
                Bson::Array(a) => defaults = a.clone(),
                other => {
                    return Err(located(
                        34462,
                        format!(
                            "defaults must be an array of expressions, found {}",
                            type_name(other)
                        ),
                    ))
                }
            },
            "useLongestLength" => match v {
                Bson::Boolean(b) => longest = *b,
                // mongod names the type of the whole argument here.
                _ => {
                    return Err(located(
                        34463,
                        "useLongestLength must be a bool, found object",
                    ))
                }
            },
            other => {
                return Err(located(
                    34464,
                    format!("$zip found an unknown argument: {other}"),
                ))
            }
        }
    }
    if inputs.is_empty() {
        return Err(located(34465, "$zip requires at least one input array"));
    }
    if !longest && !defaults.is_empty() {
        return Err(located(
            34466,
            "cannot specify defaults unless useLongestLength is true",
        ));
    }
    if !defaults.is_empty() && defaults.len() != inputs.len() {
        return Err(located(
            34467,
            "defaults and inputs must have the same length",
        ));
    }
    let mut arrays = Vec::with_capacity(inputs.len());
    for e in &inputs {
        match eval(e, s)? {
            v if nullish(&v) => return Ok(Bson::Null),
            Some(Bson::Array(a)) => arrays.push(a),
            Some(other) => {
                return Err(located(
                    34468,
                    format!("$zip found a non-array expression in input: {other}"),
                ))
            }
            None => unreachable!("missing is nullish"),
        }
    }
    let min = arrays.iter().map(Vec::len).min().unwrap_or(0);
    let max = arrays.iter().map(Vec::len).max().unwrap_or(0);
    let mut fill = vec![Bson::Null; arrays.len()];
    if min != max {
        for (i, e) in defaults.iter().enumerate() {
            fill[i] = eval(e, s)?.unwrap_or(Bson::Null);
        }
    }
    let len = if longest { max } else { min };
    Ok(Bson::Array(
        (0..len)
            .map(|row| {
                Bson::Array(
                    arrays
                        .iter()
                        .zip(&fill)
                        .map(|(a, f)| a.get(row).unwrap_or(f).clone())
                        .collect(),
                )
            })
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::super::{eval, Scope, Vars};
    use crate::error::Result;
    use bson::{bson, doc, Bson};

    fn ev(e: Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! {"n": null, "s": "héllo", "arr": [3, 1, 2]};
        eval(
            &e,
            &Scope {
                root: &root,
                vars: &vars,
            },
        )
    }

    #[test]
    fn zip_cases() {
        let cases: Vec<(Bson, Bson)> = vec![
            (
                bson!({"$zip": {"inputs": [[1, 2, 3], ["a", "b"]]}}),
                bson!([[1, "a"], [2, "b"]]),
            ),
            (
                bson!({"$zip": {"inputs": [[1, 2, 3], ["a", "b"]], "useLongestLength": true}}),
                bson!([[1, "a"], [2, "b"], [3, null]]),
            ),
            (
                bson!({"$zip": {"inputs": [[1, 2, 3], ["a"]], "useLongestLength": true, "defaults": [0, "$s"]}}),
                bson!([[1, "a"], [2, "héllo"], [3, "héllo"]]),
            ),
            (
                bson!({"$zip": {"inputs": [[1], [2]], "useLongestLength": true, "defaults": ["$nope", 0]}}),
                bson!([[1, 2]]),
            ),
            (
                bson!({"$zip": {"inputs": ["$arr"]}}),
                bson!([[3], [1], [2]]),
            ),
            (bson!({"$zip": {"inputs": [[], [1]]}}), bson!([])),
            (bson!({"$zip": {"inputs": [[1], "$missing"]}}), Bson::Null),
            (bson!({"$zip": {"inputs": ["$n", "notArray"]}}), Bson::Null),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), Some(want), "{e}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$zip": 1}),
                34460,
                "$zip only supports an object as an argument, found int",
            ),
            (
                bson!({"$zip": {"inputs": 1}}),
                34461,
                "inputs must be an array of expressions, found int",
            ),
            (
                bson!({"$zip": {"inputs": [[1]], "defaults": 1}}),
                34462,
                "defaults must be an array of expressions, found int",
            ),
            (
                bson!({"$zip": {"inputs": [[1]], "useLongestLength": 1}}),
                34463,
                "useLongestLength must be a bool, found object",
            ),
            (
                bson!({"$zip": {"inputs": [[1]], "bogus": 1}}),
                34464,
                "$zip found an unknown argument: bogus",
            ),
            (
                bson!({"$zip": {}}),
                34465,
                "$zip requires at least one input array",
            ),
            (
                bson!({"$zip": {"inputs": []}}),
                34465,
                "$zip requires at least one input array",
            ),
            (
                bson!({"$zip": {"inputs": [[1]], "defaults": [1]}}),
                34466,
                "cannot specify defaults unless useLongestLength is true",
            ),
            (
                bson!({"$zip": {"inputs": [[1], [2]], "useLongestLength": true, "defaults": [1]}}),
                34467,
                "defaults and inputs must have the same length",
            ),
            (
                bson!({"$zip": {"inputs": [[1], 3]}}),
                34468,
                "$zip found a non-array expression in input: 3",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
