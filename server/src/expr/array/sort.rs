//! `$sortArray`: sorts an array by the whole value or by fields of its
//! document elements, in the BSON order with the command's collation.
//!
//! Part of the expression evaluator: `expr::eval` hands `$sortArray` here
//! through the array family (`array/mod.rs`).

use super::super::{eval, located, nullish, type_of, Scope};
use crate::error::{Error, Result};
use crate::value::compare::compare_with;
use crate::value::{as_f64, type_name};
use bson::Bson;
use std::cmp::Ordering;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    match op {
        "$sortArray" => Ok(Some(Some(sort_array(arg, s)?))),
        _ => Ok(None),
    }
}

/// A parsed `sortBy`: the whole value, or fields of object elements.
enum SortBy {
    Whole { desc: bool },
    Fields(Vec<(Vec<String>, bool)>),
}

fn parse_sort_by(v: &Bson) -> Result<SortBy> {
    match v {
        Bson::Document(d) => {
            // mongod's pattern_cmp::checkSortClause, reported as BadValue.
            if d.is_empty() {
                return Err(Error::bad_value(
                    "The sort pattern is empty when it should be a set of fields.",
                ));
            }
            let mut fields = Vec::with_capacity(d.len());
            for (k, dir) in d {
                let desc = match as_f64(dir) {
                    Some(1.0) => false,
                    Some(-1.0) => true,
                    _ => {
                        return Err(Error::bad_value(
                            "The sort element value must be either 1 or -1",
                        ))
                    }
                };
                if k.is_empty() {
                    return Err(Error::bad_value("The sort field cannot be empty"));
                }
                if k.split('.').any(str::is_empty) {
                    return Err(Error::bad_value(format!(
                        "The sort field is a dotted field but has an empty part: {k}"
                    )));
                }
                fields.push((k.split('.').map(String::from).collect(), desc));
            }
            Ok(SortBy::Fields(fields))
        }
        _ => match as_f64(v) {
            Some(1.0) => Ok(SortBy::Whole { desc: false }),
            Some(-1.0) => Ok(SortBy::Whole { desc: true }),
            _ => Err(located(
                2942506,
                "The $sort element value must be either 1 or -1",
            )),
        },
    }
}

/// A dotted field of a value as mongod's `getFieldDotted` reads it: through
/// documents, and through arrays only by numeric position.
fn dotted<'a>(v: &'a Bson, path: &[String]) -> Option<&'a Bson> {
    let Some((head, rest)) = path.split_first() else {
        return Some(v);
    };
    let next = match v {
        Bson::Document(d) => d.get(head)?,
        Bson::Array(a) => a.get(head.parse::<usize>().ok()?)?,
        _ => return None,
    };
    dotted(next, rest)
}

fn sort_array(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let Bson::Document(d) = arg else {
        return Err(located(
            2942500,
            format!(
                "$sortArray requires an object as an argument, found: {}",
                type_name(arg)
            ),
        ));
    };
    let (mut input, mut sort_by) = (None, None);
    for (k, v) in d {
        match k.as_str() {
            "input" => input = Some(v),
            "sortBy" => sort_by = Some(v),
            other => {
                return Err(located(
                    2942501,
                    format!("$sortArray found an unknown argument: {other}"),
                ))
            }
        }
    }
    let input =
        input.ok_or_else(|| located(2942502, "$sortArray requires 'input' to be specified"))?;
    let sort_by =
        sort_by.ok_or_else(|| located(2942503, "$sortArray requires 'sortBy' to be specified"))?;
    let spec = parse_sort_by(sort_by)?;
    let v = eval(input, s)?;
    if nullish(&v) {
        return Ok(Bson::Null);
    }
    let mut arr = match v {
        Some(Bson::Array(a)) => a,
        other => {
            return Err(located(
                2942504,
                format!(
                    "The input argument to $sortArray must be an array, but was of type: {}",
                    type_of(&other)
                ),
            ))
        }
    };
    let coll = s.vars.coll();
    match spec {
        SortBy::Whole { desc } => arr.sort_by(|a, b| {
            let c = compare_with(a, b, coll);
            if desc {
                c.reverse()
            } else {
                c
            }
        }),
        SortBy::Fields(fields) => {
            // Each element's key: its fields (null when missing; every key
            // null for an element that is not a document).
            let mut keyed: Vec<(Vec<Bson>, Bson)> = arr
                .into_iter()
                .map(|e| {
                    let key = fields
                        .iter()
                        .map(|(p, _)| match &e {
                            Bson::Document(_) => dotted(&e, p).cloned().unwrap_or(Bson::Null),
                            _ => Bson::Null,
                        })
                        .collect();
                    (key, e)
                })
                .collect();
            keyed.sort_by(|(ka, _), (kb, _)| {
                for ((x, y), (_, desc)) in ka.iter().zip(kb).zip(&fields) {
                    let c = compare_with(x, y, coll);
                    let c = if *desc { c.reverse() } else { c };
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            });
            arr = keyed.into_iter().map(|(_, e)| e).collect();
        }
    }
    Ok(Bson::Array(arr))
}

#[cfg(test)]
mod tests {
    use super::super::super::{eval, Scope, Vars};
    use crate::error::Result;
    use crate::value::collation::Collation;
    use bson::{bson, doc, Bson};

    fn ev_with(e: &Bson, vars: &Vars) -> Result<Option<Bson>> {
        let root = doc! {
            "i": 7, "arr": [3, 1, 2],
            "objs": [{"a": 2, "b": {"c": 1}}, {"a": 1, "b": {"c": 2}}, {"z": 0}],
        };
        eval(e, &Scope { root: &root, vars })
    }

    fn ev(e: Bson) -> Result<Option<Bson>> {
        ev_with(&e, &Vars::new())
    }

    #[test]
    fn sort_array_cases() {
        let cases: Vec<(Bson, Bson)> = vec![
            (
                bson!({"$sortArray": {"input": "$arr", "sortBy": 1}}),
                bson!([1, 2, 3]),
            ),
            (
                bson!({"$sortArray": {"input": "$arr", "sortBy": -1.0}}),
                bson!([3, 2, 1]),
            ),
            (
                bson!({"$sortArray": {"input": "$missing", "sortBy": 1}}),
                Bson::Null,
            ),
            (bson!({"$sortArray": {"input": [], "sortBy": 1}}), bson!([])),
            (
                bson!({"$sortArray": {"input": [1, [1], {"a": 1}, "1"], "sortBy": 1}}),
                bson!([1, "1", {"a": 1}, [1]]),
            ),
            (
                bson!({"$sortArray": {"input": [2, 1, "hello", {"a": 6}, {"a": "hello"}, {"a": -1}, null], "sortBy": 1}}),
                bson!([null, 1, 2, "hello", {"a": -1}, {"a": 6}, {"a": "hello"}]),
            ),
            (
                bson!({"$sortArray": {"input": [{}, [], []], "sortBy": -1}}),
                bson!([[], [], {}]),
            ),
            (
                bson!({"$sortArray": {"input": "$objs", "sortBy": {"a": 1}}}),
                bson!([{"z": 0}, {"a": 1, "b": {"c": 2}}, {"a": 2, "b": {"c": 1}}]),
            ),
            (
                bson!({"$sortArray": {"input": "$objs", "sortBy": {"b.c": -1}}}),
                bson!([{"a": 1, "b": {"c": 2}}, {"a": 2, "b": {"c": 1}}, {"z": 0}]),
            ),
            (
                // Ties keep their order; non-documents sort as null.
                bson!({"$sortArray": {"input": [{"a": 1}, {"b": 2}, {"c": 3}, 5], "sortBy": {"a": 1}}}),
                bson!([{"b": 2}, {"c": 3}, 5, {"a": 1}]),
            ),
            (
                bson!({"$sortArray": {"input": [{"a": 1, "b": 3}, {"a": 1, "b": 2}, {"a": 0, "b": 9}], "sortBy": {"a": 1, "b": -1}}}),
                bson!([{"a": 0, "b": 9}, {"a": 1, "b": 3}, {"a": 1, "b": 2}]),
            ),
            (
                // Arrays on the path are read by position only.
                bson!({"$sortArray": {"input": [{"a": [5]}, {"a": [1]}], "sortBy": {"a.0": 1}}}),
                bson!([{"a": [1]}, {"a": [5]}]),
            ),
            (
                bson!({"$sortArray": {"input": ["2", "10"], "sortBy": 1}}),
                bson!(["10", "2"]),
            ),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), Some(want), "{e}");
        }
    }

    #[test]
    fn sort_array_uses_the_collation() {
        let coll = Collation::parse(&bson!({"locale": "en", "numericOrdering": true})).unwrap();
        assert!(coll.is_some());
        let vars = Vars::with_collation(coll);
        let cases: Vec<(Bson, Bson)> = vec![
            (
                bson!({"$sortArray": {"input": ["2", "10"], "sortBy": 1}}),
                bson!(["2", "10"]),
            ),
            (
                bson!({"$sortArray": {"input": [{"a": "2"}, {"a": "10"}], "sortBy": {"a": 1}}}),
                bson!([{"a": "2"}, {"a": "10"}]),
            ),
        ];
        for (e, want) in cases {
            assert_eq!(ev_with(&e, &vars).unwrap(), Some(want), "{e}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$sortArray": 1}),
                2942500,
                "$sortArray requires an object as an argument, found: int",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": 1, "x": 1}}),
                2942501,
                "$sortArray found an unknown argument: x",
            ),
            (
                bson!({"$sortArray": {"sortBy": 1}}),
                2942502,
                "$sortArray requires 'input' to be specified",
            ),
            (
                bson!({"$sortArray": {"input": [1]}}),
                2942503,
                "$sortArray requires 'sortBy' to be specified",
            ),
            (
                bson!({"$sortArray": {"input": "$i", "sortBy": 1}}),
                2942504,
                "The input argument to $sortArray must be an array, but was of type: int",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": 2}}),
                2942506,
                "The $sort element value must be either 1 or -1",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": "a"}}),
                2942506,
                "The $sort element value must be either 1 or -1",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": {}}}),
                2,
                "The sort pattern is empty when it should be a set of fields.",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": {"a": 0}}}),
                2,
                "The sort element value must be either 1 or -1",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": {"a..b": 1}}}),
                2,
                "The sort field is a dotted field but has an empty part: a..b",
            ),
            (
                bson!({"$sortArray": {"input": [], "sortBy": {"": 1}}}),
                2,
                "The sort field cannot be empty",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
