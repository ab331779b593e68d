//! Assorted operators: $strLenBytes, $binarySize, $bsonSize, $tsSecond,
//! $tsIncrement, $zip, $sortArray, $stdDevPop/$stdDevSamp used as
//! expressions, $meta, and $function (which, like every other piece of
//! server-side JavaScript, fails as it does on a mongod whose JavaScript
//! engine is disabled).
//!
//! `$sampleRate` is a query operator in mongod, not an expression; it is
//! desugared here by [`sample_rate_expr`] for the filter parser to use.

use super::{args, arity, eval, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number, type_name};
use bson::{doc, Bson};
use std::cmp::Ordering;

fn loc(code: i32, msg: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), msg)
}

fn nullish(v: &Option<Bson>) -> bool {
    matches!(v, None | Some(Bson::Null) | Some(Bson::Undefined))
}

/// mongod's type name, with "missing" for a path that resolved to nothing.
fn type_of(v: &Option<Bson>) -> &'static str {
    v.as_ref().map_or("missing", type_name)
}

/// The value of a one-argument operator.
fn one(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    let a = args(arg);
    arity(op, &a, 1)?;
    eval(&a[0], s)
}

fn byte_len(n: usize) -> Result<Bson> {
    i32::try_from(n)
        .map(Bson::Int32)
        .map_err(|_| loc(34470, "string length could not be represented as an int."))
}

/// The error every server-side JavaScript feature ($function, $accumulator,
/// $where, mapReduce) gets: mongod's answer when its JavaScript engine is
/// disabled (`security.javascriptEnabled: false`).
pub(crate) fn javascript_unsupported() -> Error {
    loc(
        31264,
        "Cannot run server-side javascript without the javascript engine enabled",
    )
}

/// `$function`: validated as mongod parses it, then refused.
fn function(arg: &Bson) -> Result<Bson> {
    let Bson::Document(d) = arg else {
        return Err(loc(
            31260,
            format!(
                "$function requires an object as an argument, found: {}",
                type_name(arg)
            ),
        ));
    };
    let body = d
        .get("body")
        .ok_or_else(|| loc(31261, "The body function must be specified."))?;
    match body {
        Bson::String(b) if !b.starts_with('$') => {}
        Bson::JavaScriptCode(_) => {}
        Bson::String(_) | Bson::Document(_) | Bson::Array(_) => {
            return Err(loc(
                31432,
                "The body function must be a constant expression",
            ))
        }
        _ => {
            return Err(loc(
                31262,
                "The body function must evaluate to type string or code",
            ))
        }
    }
    if !d.contains_key("args") {
        return Err(loc(31263, "The args field must be specified."));
    }
    match d.get("lang") {
        None => return Err(loc(31418, "The lang field must be specified.")),
        Some(Bson::String(l)) if l == "js" => {}
        Some(_) => {
            return Err(loc(
                31419,
                "Currently the only supported language specifier is 'js'.",
            ))
        }
    }
    Err(javascript_unsupported())
}

/// `{$sampleRate: x}` as the `$expr` body mongod desugars it to: false for
/// 0, true for 1, `{$lt: [{$rand: {}}, x]}` in between.
pub(crate) fn sample_rate_expr(arg: &Bson) -> Result<Bson> {
    if !is_number(arg) {
        return Err(Error::bad_value(
            "argument to $sampleRate must be a numeric type",
        ));
    }
    let x = as_f64(arg).unwrap_or(f64::NAN);
    // Written so that NaN fails too.
    if !((0.0..=1.0).contains(&x)) {
        return Err(Error::bad_value(
            "numeric argument to $sampleRate must be in [0, 1]",
        ));
    }
    Ok(if x == 0.0 {
        Bson::Boolean(false)
    } else if x == 1.0 {
        Bson::Boolean(true)
    } else {
        Bson::Document(doc! {"$lt": [{"$rand": {}}, x]})
    })
}

fn zip(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let Bson::Document(d) = arg else {
        return Err(loc(
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
                    return Err(loc(
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
                    return Err(loc(
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
                _ => return Err(loc(34463, "useLongestLength must be a bool, found object")),
            },
            other => {
                return Err(loc(
                    34464,
                    format!("$zip found an unknown argument: {other}"),
                ))
            }
        }
    }
    if inputs.is_empty() {
        return Err(loc(34465, "$zip requires at least one input array"));
    }
    if !longest && !defaults.is_empty() {
        return Err(loc(
            34466,
            "cannot specify defaults unless useLongestLength is true",
        ));
    }
    if !defaults.is_empty() && defaults.len() != inputs.len() {
        return Err(loc(34467, "defaults and inputs must have the same length"));
    }
    let mut arrays = Vec::with_capacity(inputs.len());
    for e in &inputs {
        match eval(e, s)? {
            v if nullish(&v) => return Ok(Bson::Null),
            Some(Bson::Array(a)) => arrays.push(a),
            Some(other) => {
                return Err(loc(
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
            _ => Err(loc(
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
        return Err(loc(
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
                return Err(loc(
                    2942501,
                    format!("$sortArray found an unknown argument: {other}"),
                ))
            }
        }
    }
    let input = input.ok_or_else(|| loc(2942502, "$sortArray requires 'input' to be specified"))?;
    let sort_by =
        sort_by.ok_or_else(|| loc(2942503, "$sortArray requires 'sortBy' to be specified"))?;
    let spec = parse_sort_by(sort_by)?;
    let v = eval(input, s)?;
    if nullish(&v) {
        return Ok(Bson::Null);
    }
    let mut arr = match v {
        Some(Bson::Array(a)) => a,
        other => {
            return Err(loc(
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

/// `$stdDevPop` / `$stdDevSamp` over an array argument or several
/// arguments; non-numbers are ignored (Welford's method, as mongod).
fn std_dev(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
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

/// `$meta`. No stage here produces metadata, so the text score and the
/// $geoNear values fail as mongod fails without `$text` / `$geoNear`, and
/// the other kinds are missing.
fn meta(arg: &Bson) -> Result<Option<Bson>> {
    let Bson::String(name) = arg else {
        return Err(loc(17307, "$meta only supports string arguments"));
    };
    let unavailable = |what: &str| {
        loc(
            40218,
            format!("query requires {what} metadata, but it is not available"),
        )
    };
    match name.as_str() {
        "textScore" => Err(unavailable("text score")),
        "geoNearDistance" => Err(unavailable("$geoNear distance")),
        "geoNearPoint" => Err(unavailable("$geoNear point")),
        "randVal"
        | "searchScore"
        | "searchHighlights"
        | "searchScoreDetails"
        | "searchSequenceToken"
        | "vectorSearchScore"
        | "indexKey"
        | "recordId"
        | "sortKey"
        | "timeseriesBucketMinTime"
        | "timeseriesBucketMaxTime" => Ok(None),
        other => Err(loc(
            17308,
            format!("Unsupported argument to $meta: {other}"),
        )),
    }
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$strLenBytes" => match one(op, arg, s)? {
            Some(Bson::String(st)) => byte_len(st.len())?,
            other => {
                return Err(loc(
                    34473,
                    format!(
                        "$strLenBytes requires a string argument, found: {}",
                        type_of(&other)
                    ),
                ))
            }
        },
        "$binarySize" => match one(op, arg, s)? {
            v if nullish(&v) => Bson::Null,
            Some(Bson::String(st)) => byte_len(st.len())?,
            Some(Bson::Binary(b)) => byte_len(b.bytes.len())?,
            other => {
                return Err(loc(
                    51276,
                    format!(
                        "$binarySize requires a string or BinData argument, found: {}",
                        type_of(&other)
                    ),
                ))
            }
        },
        "$bsonSize" => match one(op, arg, s)? {
            v if nullish(&v) => Bson::Null,
            Some(Bson::Document(d)) => byte_len(crate::value::doc_size(&d))?,
            other => {
                return Err(loc(
                    31393,
                    format!(
                        "$bsonSize requires a document input, found: {}",
                        type_of(&other)
                    ),
                ))
            }
        },
        "$tsSecond" | "$tsIncrement" => match one(op, arg, s)? {
            v if nullish(&v) => Bson::Null,
            Some(Bson::Timestamp(t)) => Bson::Int64(if op == "$tsSecond" {
                t.time as i64
            } else {
                t.increment as i64
            }),
            other => {
                return Err(loc(
                    if op == "$tsSecond" { 5687301 } else { 5687302 },
                    // The leading space is mongod's.
                    format!(
                        " Argument to {op} must be a timestamp, but is {}",
                        type_of(&other)
                    ),
                ));
            }
        },
        "$zip" => zip(arg, s)?,
        "$sortArray" => sort_array(arg, s)?,
        "$stdDevPop" | "$stdDevSamp" => std_dev(op, arg, s)?,
        "$meta" => return meta(arg).map(Some),
        "$function" => function(arg)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

#[cfg(test)]
mod tests {
    use super::super::Vars;
    use super::*;
    use crate::value::collation::Collation;
    use bson::{bson, spec::BinarySubtype, Binary, Document, Timestamp};

    fn ev_with(e: &Bson, vars: &Vars) -> Result<Option<Bson>> {
        let root = doc! {
            "n": null, "s": "héllo", "i": 7, "arr": [3, 1, 2],
            "objs": [{"a": 2, "b": {"c": 1}}, {"a": 1, "b": {"c": 2}}, {"z": 0}],
            "ts": Timestamp { time: 1622731060, increment: 10 },
            "bin": Binary { subtype: BinarySubtype::Generic, bytes: vec![1, 2, 3] },
        };
        super::super::eval(e, &Scope { root: &root, vars })
    }

    fn ev(e: Bson) -> Result<Option<Bson>> {
        ev_with(&e, &Vars::new())
    }

    #[test]
    fn values() {
        let cases: Vec<(Bson, Option<Bson>)> = vec![
            (bson!({"$strLenBytes": "$s"}), Some(bson!(6))),
            (bson!({"$strLenBytes": ["abc"]}), Some(bson!(3))),
            (bson!({"$strLenBytes": ""}), Some(bson!(0))),
            (bson!({"$binarySize": "$bin"}), Some(bson!(3))),
            (bson!({"$binarySize": "$s"}), Some(bson!(6))),
            (bson!({"$binarySize": "$missing"}), Some(Bson::Null)),
            (bson!({"$bsonSize": {"$literal": {}}}), Some(bson!(5))),
            (
                bson!({"$bsonSize": {"$literal": {"a": 1}}}),
                Some(bson!(12)),
            ),
            (bson!({"$bsonSize": "$n"}), Some(Bson::Null)),
            (bson!({"$tsSecond": "$ts"}), Some(Bson::Int64(1622731060))),
            (bson!({"$tsIncrement": "$ts"}), Some(Bson::Int64(10))),
            (bson!({"$tsSecond": "$missing"}), Some(Bson::Null)),
            (bson!({"$tsIncrement": null}), Some(Bson::Null)),
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
            (bson!({"$meta": "searchScore"}), None),
            (bson!({"$meta": "indexKey"}), None),
            (bson!({"$meta": "recordId"}), None),
            (bson!({"$meta": "sortKey"}), None),
        ];
        for (e, want) in cases {
            let got = ev(e.clone()).unwrap();
            match (&got, &want) {
                (Some(Bson::Double(g)), Some(Bson::Double(w))) => {
                    assert!((g - w).abs() < 1e-12, "{e}: {g}")
                }
                _ => assert_eq!(got, want, "{e}"),
            }
        }
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
                bson!({"$strLenBytes": 1}),
                34473,
                "$strLenBytes requires a string argument, found: int",
            ),
            (
                bson!({"$strLenBytes": "$missing"}),
                34473,
                "$strLenBytes requires a string argument, found: missing",
            ),
            (
                bson!({"$strLenBytes": null}),
                34473,
                "$strLenBytes requires a string argument, found: null",
            ),
            (
                bson!({"$strLenBytes": ["a", "b"]}),
                16020,
                "Expression $strLenBytes takes exactly 1 arguments. 2 were passed in.",
            ),
            (
                bson!({"$binarySize": 1}),
                51276,
                "$binarySize requires a string or BinData argument, found: int",
            ),
            (
                bson!({"$bsonSize": 1}),
                31393,
                "$bsonSize requires a document input, found: int",
            ),
            (
                bson!({"$bsonSize": "$arr"}),
                31393,
                "$bsonSize requires a document input, found: array",
            ),
            (
                bson!({"$tsSecond": 1}),
                5687301,
                " Argument to $tsSecond must be a timestamp, but is int",
            ),
            (
                bson!({"$tsIncrement": "$s"}),
                5687302,
                " Argument to $tsIncrement must be a timestamp, but is string",
            ),
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
            (
                bson!({"$meta": 1}),
                17307,
                "$meta only supports string arguments",
            ),
            (
                bson!({"$meta": "bogus"}),
                17308,
                "Unsupported argument to $meta: bogus",
            ),
            (
                bson!({"$meta": "textScore"}),
                40218,
                "query requires text score metadata, but it is not available",
            ),
            (
                bson!({"$meta": "geoNearDistance"}),
                40218,
                "query requires $geoNear distance metadata, but it is not available",
            ),
            (
                bson!({"$function": 1}),
                31260,
                "$function requires an object as an argument, found: int",
            ),
            (
                bson!({"$function": {"args": [], "lang": "js"}}),
                31261,
                "The body function must be specified.",
            ),
            (
                bson!({"$function": {"body": 1, "args": [], "lang": "js"}}),
                31262,
                "The body function must evaluate to type string or code",
            ),
            (
                bson!({"$function": {"body": "$f", "args": [], "lang": "js"}}),
                31432,
                "The body function must be a constant expression",
            ),
            (
                bson!({"$function": {"body": "function() {}", "lang": "js"}}),
                31263,
                "The args field must be specified.",
            ),
            (
                bson!({"$function": {"body": "function() {}", "args": []}}),
                31418,
                "The lang field must be specified.",
            ),
            (
                bson!({"$function": {"body": "function() {}", "args": [], "lang": "py"}}),
                31419,
                "Currently the only supported language specifier is 'js'.",
            ),
            (
                bson!({"$function": {"body": "function(x) { return x; }", "args": [1], "lang": "js"}}),
                31264,
                "Cannot run server-side javascript without the javascript engine enabled",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }

    #[test]
    fn sample_rate() {
        let cases: Vec<(Bson, std::result::Result<Bson, &str>)> = vec![
            (bson!(0), Ok(bson!(false))),
            (bson!(1.0), Ok(bson!(true))),
            (bson!(0.25), Ok(bson!({"$lt": [{"$rand": {}}, 0.25]}))),
            (
                bson!("x"),
                Err("argument to $sampleRate must be a numeric type"),
            ),
            (
                bson!(1.5),
                Err("numeric argument to $sampleRate must be in [0, 1]"),
            ),
            (
                bson!(-0.1),
                Err("numeric argument to $sampleRate must be in [0, 1]"),
            ),
            (
                bson!(f64::NAN),
                Err("numeric argument to $sampleRate must be in [0, 1]"),
            ),
        ];
        for (arg, want) in cases {
            match (sample_rate_expr(&arg), want) {
                (Ok(got), Ok(w)) => assert_eq!(got, w, "{arg}"),
                (Err(e), Err(m)) => {
                    assert_eq!(e.code, ErrorCode::BadValue);
                    assert_eq!(e.message, m);
                }
                (got, w) => panic!("{arg}: {got:?} vs {w:?}"),
            }
        }
        // The desugared body evaluates to a boolean.
        let body = sample_rate_expr(&bson!(0.5)).unwrap();
        assert!(matches!(ev(body).unwrap(), Some(Bson::Boolean(_))));
    }

    #[test]
    fn not_ours() {
        let vars = Vars::new();
        let root = Document::new();
        let s = Scope {
            root: &root,
            vars: &vars,
        };
        for op in ["$nope", "$accumulator", "$sampleRate"] {
            assert!(eval_op(op, &Bson::Null, &s).unwrap().is_none());
        }
    }
}
