//! `$bucketAuto`: sorts the documents by their `groupBy` value and cuts them
//! into at most `buckets` buckets of about equal size (equal values never
//! straddle two buckets), optionally with boundaries rounded to a
//! `granularity` series (granularity.rs). Each bucket comes out as
//! `{_id: {min, max}, <output accumulators or count>}`; `max` is the next
//! bucket's `min`, inclusive only for the last bucket.

use super::bucket::is_group_by;
use super::granularity::Granularity;
use super::group::Group;
use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::value::{as_f64, is_number, type_name};
use bson::{doc, Bson, Document};
use std::cmp::Ordering;

pub struct BucketAuto {
    group_by: Bson,
    buckets: usize,
    granularity: Option<Granularity>,
    group: Group,
}

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

impl BucketAuto {
    pub fn parse(arg: &Bson, vars: &Vars) -> Result<BucketAuto> {
        let Bson::Document(spec) = arg else {
            return Err(err(
                40240,
                format!(
                    "The argument to $bucketAuto must be an object, but found type: {}",
                    type_name(arg)
                ),
            ));
        };
        let (mut group_by, mut buckets, mut granularity) = (None, None, None);
        let mut group = doc! { "_id": Bson::Null };
        for (k, v) in spec {
            match k.as_str() {
                "groupBy" => {
                    if !is_group_by(v) {
                        return Err(err(40239, format!("The $bucketAuto 'groupBy' field must be defined as a $-prefixed path or an expression object, but found: {v}")));
                    }
                    group_by = Some(v.clone());
                }
                "buckets" => {
                    let Some(d) = as_f64(v).filter(|_| is_number(v)) else {
                        return Err(err(40241, format!("The $bucketAuto 'buckets' field must be a numeric value, but found type: {}", type_name(v))));
                    };
                    if d.fract() != 0.0 || d < i32::MIN as f64 || d > i32::MAX as f64 {
                        return Err(err(40242, format!("The $bucketAuto 'buckets' field must be representable as a 32-bit integer, but found {d}")));
                    }
                    buckets = Some(d as i64);
                }
                "output" => match v {
                    Bson::Document(d) => group.extend(d.clone()),
                    _ => {
                        return Err(err(
                            40244,
                            format!(
                                "The $bucketAuto 'output' field must be an object, but found type: {}",
                                type_name(v)
                            ),
                        ))
                    }
                },
                "granularity" => match v {
                    Bson::String(g) => granularity = Some(Granularity::parse(g)?),
                    _ => {
                        return Err(err(
                            40261,
                            format!(
                                "The $bucketAuto 'granularity' field must be a string, but found type: {}",
                                type_name(v)
                            ),
                        ))
                    }
                },
                _ => return Err(err(40245, format!("Unrecognized option to $bucketAuto: {k}"))),
            }
        }
        let (Some(group_by), Some(buckets)) = (group_by, buckets) else {
            return Err(err(
                40246,
                "$bucketAuto requires 'groupBy' and 'buckets' to be specified",
            ));
        };
        if buckets <= 0 {
            return Err(err(
                40243,
                format!(
                    "The $bucketAuto 'buckets' field must be greater than 0, but found: {buckets}"
                ),
            ));
        }
        if group.len() == 1 {
            group.insert("count", doc! { "$sum": 1 });
        }
        Ok(BucketAuto {
            group_by,
            buckets: buckets as usize,
            granularity,
            group: Group::parse_with(&Bson::Document(group), vars)?,
        })
    }

    /// The sort key of a document: `groupBy`, missing as null, and with a
    /// granularity a non-negative number.
    fn key(&self, d: &Document, vars: &Vars) -> Result<Bson> {
        let v = eval(&self.group_by, &Scope { root: d, vars })?;
        if self.granularity.is_some() {
            let Some(x) = v.as_ref().filter(|x| is_number(x)).and_then(as_f64) else {
                let t = v.as_ref().map_or("missing", type_name);
                return Err(err(40258, format!("$bucketAuto can specify a 'granularity' with numeric boundaries only, but found a value with type: {t}")));
            };
            if x.is_nan() {
                return Err(err(
                    40259,
                    "$bucketAuto can specify a 'granularity' with numeric boundaries only, but found a NaN",
                ));
            }
            if x < 0.0 {
                return Err(err(40260, "$bucketAuto can specify a 'granularity' with non-negative numbers only, but found a negative number"));
            }
        }
        Ok(v.unwrap_or(Bson::Null))
    }

    /// Cuts sorted keys into buckets: `(first index, end index, min, max)`.
    fn cut(&self, keys: &[Bson], vars: &Vars) -> Result<Vec<(usize, usize, Bson, Bson)>> {
        let cmp = |a: &Bson, b: &Bson| crate::value::compare::compare_with(a, b, vars.coll());
        let n = keys.len();
        let approx = ((n as f64 / self.buckets as f64).round() as usize).max(1);
        let mut out = Vec::new();
        let mut i = 0;
        let mut prev_max: Option<Bson> = None;
        while i < n && out.len() < self.buckets {
            let is_last = out.len() + 1 == self.buckets;
            let start = i;
            let mut min = keys[i].clone();
            if let Some(g) = self.granularity {
                min = match prev_max.take() {
                    Some(m) => m,
                    None => g.round_down(&keys[i])?,
                };
            }
            let mut max = keys[i].clone();
            i += 1;
            while i < n && (i - start < approx || is_last) {
                max = keys[i].clone();
                i += 1;
            }
            if let Some(g) = self.granularity {
                // Values below the rounded boundary join this bucket too.
                let boundary = g.round_up(&max)?;
                while i < n
                    && (cmp(&boundary, &keys[i]) == Ordering::Greater
                        || cmp(&max, &keys[i]) == Ordering::Equal)
                {
                    max = keys[i].clone();
                    i += 1;
                }
                // A bucket ending at 0 takes the next bucket's rounded-down
                // minimum, so that its maximum stays exclusive.
                max = if as_f64(&boundary) == Some(0.0) && i < n {
                    g.round_down(&keys[i])?
                } else {
                    boundary
                };
            } else {
                while i < n && cmp(&max, &keys[i]) == Ordering::Equal {
                    max = keys[i].clone();
                    i += 1;
                }
                if i < n {
                    max = keys[i].clone();
                }
            }
            prev_max = Some(max.clone());
            out.push((start, i, min, max));
        }
        Ok(out)
    }
}

impl Stage for BucketAuto {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut keyed = Vec::with_capacity(input.len());
        for d in input {
            keyed.push((self.key(&d, vars)?, d));
        }
        let coll = vars.coll();
        keyed.sort_by(|a, b| crate::value::compare::compare_with(&a.0, &b.0, coll));
        let (keys, docs): (Vec<Bson>, Vec<Document>) = keyed.into_iter().unzip();
        let mut docs = docs.into_iter();
        let mut out = Vec::new();
        for (start, end, min, max) in self.cut(&keys, vars)? {
            let members = docs.by_ref().take(end - start).map(|d| (Bson::Null, d));
            for mut b in self.group.apply_keyed(members, vars)? {
                b.insert("_id", doc! { "min": min.clone(), "max": max.clone() });
                out.push(b);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    fn run(spec: Bson, docs: Vec<Document>) -> Result<Vec<Document>> {
        let vars = Vars::new();
        BucketAuto::parse(&spec, &vars)?.apply(docs, &vars)
    }

    fn vals(xs: &[i32]) -> Vec<Document> {
        xs.iter().map(|x| doc! {"v": x}).collect()
    }

    #[test]
    fn buckets() {
        let out = run(
            bson!({"groupBy": "$v", "buckets": 3}),
            vals(&[5, 1, 9, 3, 7, 2]),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": {"min": 1, "max": 3}, "count": 2},
                doc! {"_id": {"min": 3, "max": 7}, "count": 2},
                doc! {"_id": {"min": 7, "max": 9}, "count": 2},
            ]
        );
        // Equal values stay together.
        let out = run(
            bson!({"groupBy": "$v", "buckets": 2, "output": {"s": {"$sum": "$v"}}}),
            vals(&[1, 1, 1, 2]),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": {"min": 1, "max": 2}, "s": 3},
                doc! {"_id": {"min": 2, "max": 2}, "s": 2},
            ]
        );
        let out = run(bson!({"groupBy": "$v", "buckets": 5}), vals(&[4, 4])).unwrap();
        assert_eq!(out, vec![doc! {"_id": {"min": 4, "max": 4}, "count": 2}]);
        let out = run(
            bson!({"groupBy": "$v", "buckets": 2, "granularity": "R5"}),
            vals(&[1, 12, 30, 70]),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": {"min": 63.0 * (1.0 / 10.0 / 10.0), "max": 16.0}, "count": 2},
                doc! {"_id": {"min": 16.0, "max": 100.0}, "count": 2},
            ]
        );
        let out = run(
            bson!({"groupBy": "$v", "buckets": 2, "granularity": "POWERSOF2"}),
            vals(&[0, 0, 5, 6]),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": {"min": 0, "max": 4}, "count": 2},
                doc! {"_id": {"min": 4, "max": 8}, "count": 2},
            ]
        );
        assert!(run(bson!({"groupBy": "$v", "buckets": 2}), vec![])
            .unwrap()
            .is_empty());
    }

    #[test]
    fn errors() {
        let cases = [
            (bson!(1), 40240),
            (bson!({"groupBy": "v", "buckets": 1}), 40239),
            (bson!({"groupBy": "$v", "buckets": "1"}), 40241),
            (bson!({"groupBy": "$v", "buckets": 1.5}), 40242),
            (bson!({"groupBy": "$v", "buckets": 0}), 40243),
            (bson!({"groupBy": "$v", "buckets": 1, "output": 1}), 40244),
            (bson!({"groupBy": "$v", "buckets": 1, "x": 1}), 40245),
            (bson!({"groupBy": "$v"}), 40246),
            (
                bson!({"groupBy": "$v", "buckets": 1, "granularity": 1}),
                40261,
            ),
            (
                bson!({"groupBy": "$v", "buckets": 1, "granularity": "R3"}),
                40257,
            ),
        ];
        for (spec, code) in cases {
            let e = run(spec.clone(), vec![]).unwrap_err();
            assert_eq!(e.code.code(), code, "{spec}: {}", e.message);
        }
        let g = bson!({"groupBy": "$v", "buckets": 1, "granularity": "E6"});
        assert_eq!(
            run(g.clone(), vec![doc! {}]).unwrap_err().code.code(),
            40258
        );
        assert_eq!(run(g, vals(&[-1])).unwrap_err().code.code(), 40260);
    }
}
