//! `$bucket`: puts each document in the bucket whose `[lower, upper)` range
//! of `boundaries` holds its `groupBy` value, or in the `default` bucket,
//! computes the `output` accumulators per bucket (`$group`'s, or a `count`
//! when there is no `output`) and returns the buckets sorted by `_id`, the
//! bucket's lower boundary. mongod runs it as that `$group` plus `$sort`.

use super::group::Group;
use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::n_ops::constant_value;
use crate::expr::{eval, Scope, Vars};
use crate::value::compare::{bracket, compare_with};
use crate::value::type_name;
use bson::{doc, Bson, Document};
use std::cmp::Ordering;

pub struct Bucket {
    group_by: Bson,
    bounds: Vec<Bson>,
    default: Option<Bson>,
    group: Group,
}

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// `groupBy` of `$bucket`/`$bucketAuto`: a `$`-prefixed path or an
/// operator expression object.
pub(super) fn is_group_by(v: &Bson) -> bool {
    match v {
        Bson::String(s) => s.starts_with('$') && s.len() > 1,
        Bson::Document(d) => d.keys().next().is_some_and(|k| k.starts_with('$')),
        _ => false,
    }
}

impl Bucket {
    pub fn parse(arg: &Bson, vars: &Vars) -> Result<Bucket> {
        let Bson::Document(spec) = arg else {
            return Err(err(
                40201,
                format!(
                    "Argument to $bucket stage must be an object, but found type: {}.",
                    type_name(arg)
                ),
            ));
        };
        let coll = vars.coll();
        let (mut group_by, mut bounds, mut default, mut output) = (None, Vec::new(), None, None);
        for (k, v) in spec {
            match k.as_str() {
                "groupBy" => {
                    if !is_group_by(v) {
                        return Err(err(40202, format!("The $bucket 'groupBy' field must be defined as a $-prefixed path or an expression, but found: {v}.")));
                    }
                    group_by = Some(v.clone());
                }
                "boundaries" => {
                    let Bson::Array(a) = v else {
                        return Err(err(
                            40200,
                            format!(
                                "The $bucket 'boundaries' field must be an array, but found type: {}.",
                                type_name(v)
                            ),
                        ));
                    };
                    bounds.clear();
                    for e in a {
                        let Some(c) = constant_value(e, vars)? else {
                            return Err(err(40191, format!("The $bucket 'boundaries' field must be an array of constant values, but found value: {e}.")));
                        };
                        bounds.push(c);
                    }
                    if bounds.len() < 2 {
                        return Err(err(40192, format!("The $bucket 'boundaries' field must have at least 2 values, but found {} value(s).", bounds.len())));
                    }
                    for (i, w) in bounds.windows(2).enumerate() {
                        if bracket(&w[0]) != bracket(&w[1]) {
                            return Err(err(40193, format!("All values in the the 'boundaries' option to $bucket must have the same type. Found conflicting types {} and {}.", type_name(&w[0]), type_name(&w[1]))));
                        }
                        if compare_with(&w[0], &w[1], coll) != Ordering::Less {
                            return Err(err(40194, format!("The 'boundaries' option to $bucket must be sorted, but elements {} and {} are not in ascending order ({} is not less than {}).", i, i + 1, w[0], w[1])));
                        }
                    }
                }
                "default" => match constant_value(v, vars)? {
                    Some(c) => default = Some(c),
                    None => {
                        return Err(err(
                            40195,
                            format!("The $bucket 'default' field must be a constant expression, but found: {v}."),
                        ))
                    }
                },
                "output" => match v {
                    Bson::Document(d) => output = Some(d.clone()),
                    _ => {
                        return Err(err(
                            40196,
                            format!(
                                "The $bucket 'output' field must be an object, but found type: {}.",
                                type_name(v)
                            ),
                        ))
                    }
                },
                _ => return Err(err(40197, format!("Unrecognized option to $bucket: {k}."))),
            }
        }
        let Some(group_by) = group_by.filter(|_| !bounds.is_empty()) else {
            return Err(err(
                40198,
                "$bucket requires 'groupBy' and 'boundaries' to be specified.",
            ));
        };
        if let (Some(d), Some(lo), Some(hi)) = (&default, bounds.first(), bounds.last()) {
            // A default of the boundaries' type must lie outside their range.
            if bracket(d) == bracket(lo)
                && compare_with(d, lo, coll) != Ordering::Less
                && compare_with(d, hi, coll) == Ordering::Less
            {
                return Err(err(40199, "The $bucket 'default' field must be less than the lowest boundary or greater than or equal to the highest boundary."));
            }
        }
        let mut group = doc! { "_id": Bson::Null };
        group.extend(output.unwrap_or_else(|| doc! { "count": { "$sum": 1 } }));
        Ok(Bucket {
            group_by,
            bounds,
            default,
            group: Group::parse_with(&Bson::Document(group), vars)?,
        })
    }

    /// The lower boundary of the bucket holding `v`, else the default.
    fn bucket_of(&self, v: Option<&Bson>, vars: &Vars) -> Result<Bson> {
        let coll = vars.coll();
        if let Some(v) = v {
            let last = self.bounds.len() - 1;
            if compare_with(v, &self.bounds[0], coll) != Ordering::Less
                && compare_with(v, &self.bounds[last], coll) == Ordering::Less
            {
                let i = self.bounds[..last]
                    .partition_point(|b| compare_with(b, v, coll) != Ordering::Greater);
                return Ok(self.bounds[i - 1].clone());
            }
        }
        self.default.clone().ok_or_else(|| {
            err(
                40066,
                "$switch could not find a matching branch for an input, and no default was specified.",
            )
        })
    }
}

impl Stage for Bucket {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut keyed = Vec::with_capacity(input.len());
        for d in input {
            let v = eval(&self.group_by, &Scope { root: &d, vars })?;
            keyed.push((self.bucket_of(v.as_ref(), vars)?, d));
        }
        let mut out = self.group.apply_keyed(keyed, vars)?;
        let coll = vars.coll();
        out.sort_by(|a, b| {
            let (x, y) = (a.get("_id"), b.get("_id"));
            compare_with(x.unwrap_or(&Bson::Null), y.unwrap_or(&Bson::Null), coll)
        });
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    fn run(spec: Bson, docs: Vec<Document>) -> Result<Vec<Document>> {
        let vars = Vars::new();
        Bucket::parse(&spec, &vars)?.apply(docs, &vars)
    }

    #[test]
    fn buckets() {
        let docs = || {
            vec![
                doc! {"p": 5, "n": "a"},
                doc! {"p": 120, "n": "b"},
                doc! {"p": 40, "n": "c"},
                doc! {"p": 15, "n": "d"},
                doc! {"n": "e"},
                doc! {"p": 1000, "n": "f"},
            ]
        };
        let out = run(
            bson!({"groupBy": "$p", "boundaries": [0, 10, 100, 200], "default": "Other"}),
            docs(),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": 0, "count": 1},
                doc! {"_id": 10, "count": 2},
                doc! {"_id": 100, "count": 1},
                doc! {"_id": "Other", "count": 2},
            ]
        );
        let out = run(
            bson!({"groupBy": {"$multiply": ["$p", 1]}, "boundaries": [0, {"$add": [5, 5]}, 50],
                   "default": -1, "output": {"names": {"$push": "$n"}}}),
            docs(),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": -1, "names": ["b", "e", "f"]},
                doc! {"_id": 0, "names": ["a"]},
                doc! {"_id": 10, "names": ["c", "d"]},
            ]
        );
        let e = run(
            bson!({"groupBy": "$p", "boundaries": [0, 10]}),
            vec![doc! {"p": 11}],
        )
        .unwrap_err();
        assert_eq!(e.code.code(), 40066);
        assert!(run(bson!({"groupBy": "$p", "boundaries": [0, 10]}), vec![])
            .unwrap()
            .is_empty());
    }

    #[test]
    fn errors() {
        let cases = [
            (bson!(1), 40201),
            (bson!({"groupBy": "p", "boundaries": [0, 1]}), 40202),
            (bson!({"groupBy": "$p", "boundaries": 1}), 40200),
            (bson!({"groupBy": "$p", "boundaries": [0, "$x"]}), 40191),
            (bson!({"groupBy": "$p", "boundaries": [0]}), 40192),
            (bson!({"groupBy": "$p", "boundaries": [0, "a"]}), 40193),
            (bson!({"groupBy": "$p", "boundaries": [1, 1]}), 40194),
            (
                bson!({"groupBy": "$p", "boundaries": [0, 1], "default": "$x"}),
                40195,
            ),
            (
                bson!({"groupBy": "$p", "boundaries": [0, 1], "output": 1}),
                40196,
            ),
            (
                bson!({"groupBy": "$p", "boundaries": [0, 1], "x": 1}),
                40197,
            ),
            (bson!({"groupBy": "$p"}), 40198),
            (
                bson!({"groupBy": "$p", "boundaries": [0, 5], "default": 3}),
                40199,
            ),
            (
                bson!({"groupBy": "$p", "boundaries": [0, 5], "output": {"a": 1}}),
                40234,
            ),
        ];
        for (spec, code) in cases {
            let e = run(spec.clone(), vec![]).unwrap_err();
            assert_eq!(e.code.code(), code, "{spec}: {}", e.message);
        }
    }
}
