//! `$setWindowFields`: sorts the documents by the `partitionBy` value and
//! then `sortBy` (as mongod's desugaring into `$sort` does), and adds each
//! `output` field, computed by a window function over a window of the
//! document's partition (the `window` folder: functions, bounds and
//! accumulator states). Missing partition values group with null; an
//! array partition value is an error. Run by `agg::Pipeline` for aggregate
//! and pipeline updates, and by `$fill`, which desugars into this stage.

use super::window::{check_field_path, get_path, Ctx, WindowFn};
use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::n_ops::constant_value;
use crate::expr::{eval, Scope, Vars};
use crate::query::sort::SortSpec;
use crate::value::compare::compare_with;
use crate::value::path::{set_path, unset_path};
use crate::value::type_name;
use bson::{Bson, Document};
use std::cmp::Ordering;

const STAGE: &str = "$setWindowFields";

pub struct SetWindowFields {
    /// `None` without a partitionBy, or with a constant one.
    partition_by: Option<Bson>,
    sort: Option<SortSpec>,
    outputs: Vec<(String, WindowFn)>,
}

/// Whether two output paths overlap ("a" and "a.b").
fn conflicting(a: &str, b: &str) -> bool {
    let prefix =
        |p: &str, q: &str| q.len() > p.len() && q.starts_with(p) && q.as_bytes()[p.len()] == b'.';
    a == b || prefix(a, b) || prefix(b, a)
}

impl SetWindowFields {
    pub fn parse(arg: &Bson, vars: &Vars) -> Result<SetWindowFields> {
        let Bson::Document(spec) = arg else {
            return Err(Error::failed_to_parse(format!(
                "the {STAGE} stage specification must be an object, found {}",
                type_name(arg)
            )));
        };
        let (mut partition_by, mut sort_by, mut output) = (None, None, None);
        for (k, v) in spec {
            match (k.as_str(), v) {
                ("partitionBy", _) => partition_by = Some(v.clone()),
                ("sortBy", Bson::Document(d)) => sort_by = Some(d),
                ("output", Bson::Document(d)) => output = Some(d),
                ("sortBy" | "output", _) => {
                    return Err(crate::value::field_type_error(STAGE, k, v, "object"))
                }
                _ => return Err(Error::unknown_field(STAGE, k)),
            }
        }
        let output = output.ok_or_else(|| Error::missing_field(STAGE, "output"))?;
        // Partitioning by a constant puts every document in one partition.
        let partition_by =
            match partition_by {
                Some(p) => match constant_value(&p, vars)? {
                    Some(Bson::Array(_)) => return Err(Error::type_mismatch(
                        "An expression used to partition cannot evaluate to value of type array",
                    )),
                    Some(_) => None,
                    None => Some(p),
                },
                None => None,
            };
        let sort = sort_by.map(SortSpec::parse).transpose()?;
        let names: Vec<&String> = output.keys().collect();
        for (i, a) in names.iter().enumerate() {
            if names[..i].iter().any(|b| conflicting(a, b)) {
                return Err(Error::new(
                    ErrorCode::Location(6307900),
                    "$setWindowFields 'output' specification contains two conflicting paths",
                ));
            }
        }
        let mut outputs = Vec::with_capacity(output.len());
        for (k, v) in output {
            outputs.push((k.clone(), WindowFn::parse(k, v, sort.as_ref(), vars)?));
        }
        Ok(SetWindowFields {
            partition_by,
            sort,
            outputs,
        })
    }
}

impl Stage for SetWindowFields {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        if input.is_empty() {
            return Ok(input);
        }
        for (path, _) in &self.outputs {
            check_field_path(path)?;
        }
        let coll = vars.coll();
        let sort = self
            .sort
            .clone()
            .map(|s| s.with_collation(vars.collation.clone()));
        let mut rows = Vec::with_capacity(input.len());
        for d in input {
            let pk = match &self.partition_by {
                Some(e) => match eval(e, &Scope { root: &d, vars })? {
                    Some(Bson::Array(_)) => {
                        return Err(Error::type_mismatch(
                            "Cannot 'partitionBy' an expression of type array",
                        ))
                    }
                    Some(v) => v,
                    None => Bson::Null,
                },
                None => Bson::Null,
            };
            let key = sort.as_ref().map_or_else(Vec::new, |s| s.key(&d));
            rows.push((pk, key, d));
        }
        if self.partition_by.is_some() || sort.is_some() {
            rows.sort_by(|a, b| {
                compare_with(&a.0, &b.0, coll).then_with(|| {
                    sort.as_ref()
                        .map_or(Ordering::Equal, |s| s.compare_keys(&a.1, &b.1))
                })
            });
        }
        let mut pks = Vec::with_capacity(rows.len());
        let mut keys = Vec::with_capacity(rows.len());
        let mut docs = Vec::with_capacity(rows.len());
        for (pk, key, d) in rows {
            pks.push(pk);
            keys.push(key);
            docs.push(d);
        }
        // The sortBy field's values, for range windows and the functions
        // that use the sortBy field as their x axis.
        let sort_vals: Vec<Option<Bson>> = match sort.as_ref().filter(|s| s.fields.len() == 1) {
            Some(s) => {
                let path = s.fields[0].0.join(".");
                docs.iter().map(|d| get_path(d, &path)).collect()
            }
            None => Vec::new(),
        };
        let mut start = 0;
        while start < docs.len() {
            let mut end = start + 1;
            while end < docs.len() && compare_with(&pks[start], &pks[end], coll) == Ordering::Equal
            {
                end += 1;
            }
            let ctx = Ctx {
                docs: &docs[start..end],
                keys: &keys[start..end],
                sort: sort.as_ref(),
                sort_vals: sort_vals.get(start..end).unwrap_or(&[]),
                vars,
            };
            let mut results = Vec::with_capacity(self.outputs.len());
            for (_, f) in &self.outputs {
                results.push(f.compute(&ctx)?);
            }
            for ((path, _), values) in self.outputs.iter().zip(results) {
                for (d, v) in docs[start..end].iter_mut().zip(values) {
                    match v {
                        Some(v) => set_path(d, path, v)?,
                        None => {
                            unset_path(d, path);
                        }
                    }
                }
            }
            start = end;
        }
        Ok(docs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn run(spec: Bson, docs: Vec<Document>) -> Result<Vec<Document>> {
        let vars = Vars::new();
        SetWindowFields::parse(&spec, &vars)?.apply(docs, &vars)
    }

    fn sales() -> Vec<Document> {
        vec![
            doc! {"_id": 1, "st": "CA", "y": 2020, "q": 5},
            doc! {"_id": 2, "st": "WA", "y": 2019, "q": 1},
            doc! {"_id": 3, "st": "CA", "y": 2019, "q": 3},
            doc! {"_id": 4, "y": 2021, "q": 2},
            doc! {"_id": 5, "st": "WA", "y": 2021, "q": 7},
            doc! {"_id": 6, "st": null, "y": 2018, "q": 4},
        ]
    }

    #[test]
    fn partitions_sort_and_outputs() {
        let out = run(
            bson!({
                "partitionBy": "$st",
                "sortBy": {"y": 1},
                "output": {
                    "cum": {"$sum": "$q", "window": {"documents": ["unbounded", "current"]}},
                    "n.rank": {"$rank": {}},
                    "all": {"$push": "$_id"},
                },
            }),
            sales(),
        )
        .unwrap();
        // Missing and null partition values share a partition, sorted first.
        let want = vec![
            doc! {"_id": 6, "st": null, "y": 2018, "q": 4, "cum": 4, "n": {"rank": 1}, "all": [6, 4]},
            doc! {"_id": 4, "y": 2021, "q": 2, "cum": 6, "n": {"rank": 2}, "all": [6, 4]},
            doc! {"_id": 3, "st": "CA", "y": 2019, "q": 3, "cum": 3, "n": {"rank": 1}, "all": [3, 1]},
            doc! {"_id": 1, "st": "CA", "y": 2020, "q": 5, "cum": 8, "n": {"rank": 2}, "all": [3, 1]},
            doc! {"_id": 2, "st": "WA", "y": 2019, "q": 1, "cum": 1, "n": {"rank": 1}, "all": [2, 5]},
            doc! {"_id": 5, "st": "WA", "y": 2021, "q": 7, "cum": 8, "n": {"rank": 2}, "all": [2, 5]},
        ];
        assert_eq!(out, want);
        // Without partitionBy and sortBy the input order stays.
        let out = run(bson!({"output": {"t": {"$sum": "$q"}}}), sales()).unwrap();
        let ids: Vec<i32> = out.iter().map(|d| d.get_i32("_id").unwrap()).collect();
        assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
        assert!(out.iter().all(|d| d.get_i32("t").ok() == Some(22)));
        // A constant partitionBy is one partition; a missing $shift output
        // removes the field.
        let out = run(
            bson!({"partitionBy": {"$literal": "x"}, "sortBy": {"_id": -1}, "output": {"q": {"$shift": {"output": "$nope", "by": 0}}}}),
            sales(),
        )
        .unwrap();
        assert_eq!(out[0], doc! {"_id": 6, "st": null, "y": 2018});
        assert_eq!(
            run(bson!({"output": {}}), Vec::new()).unwrap(),
            Vec::<Document>::new()
        );
    }

    #[test]
    fn range_window_over_dates() {
        let day = |n: i64| bson::DateTime::from_millis(n * 86_400_000);
        let docs = vec![
            doc! {"d": day(3), "v": 3},
            doc! {"d": day(0), "v": 1},
            doc! {"d": day(1), "v": 2},
            doc! {"d": day(10), "v": 4},
        ];
        let out = run(
            bson!({"sortBy": {"d": 1}, "output": {"s": {"$sum": "$v", "window": {"range": [-2, 0], "unit": "day"}}}}),
            docs,
        )
        .unwrap();
        let sums: Vec<i32> = out.iter().map(|d| d.get_i32("s").unwrap()).collect();
        assert_eq!(sums, [1, 3, 5, 4]);
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, Vec<Document>, i32)> = vec![
            (bson!(1), vec![], 9),
            (bson!({"output": {}, "foo": 1}), vec![], 40415),
            (bson!({"sortBy": {"a": 1}}), vec![], 40414),
            (bson!({"output": 1}), vec![], 14),
            (bson!({"sortBy": 1, "output": {}}), vec![], 14),
            (bson!({"sortBy": {"a": 2}, "output": {}}), vec![], 15975),
            (bson!({"partitionBy": [1], "output": {}}), vec![], 14),
            (
                bson!({"output": {"a": {"$sum": 1}, "a.b": {"$sum": 1}}}),
                vec![],
                6307900,
            ),
            (bson!({"output": {"$a": {"$sum": 1}}}), vec![doc! {}], 16410),
            (
                bson!({"partitionBy": "$p", "output": {}}),
                vec![doc! {"p": [1]}],
                14,
            ),
            (
                bson!({"sortBy": {"t": 1}, "output": {"x": {"$sum": 1, "window": {"range": [0, 1]}}}}),
                vec![doc! {"t": "a"}],
                5429414,
            ),
        ];
        for (spec, docs, code) in cases {
            let err = run(spec.clone(), docs).expect_err(&format!("{spec}"));
            assert_eq!(err.code.code(), code, "{spec}: {}", err.message);
        }
    }

    #[test]
    fn registered_and_collation_aware() {
        let coll =
            crate::value::collation::Collation::parse(&bson!({"locale": "en", "strength": 2}))
                .unwrap();
        let vars = std::sync::Arc::new(Vars::with_collation(coll));
        let stage = super::super::parse(
            "$setWindowFields",
            &bson!({"partitionBy": "$p", "sortBy": {"n": 1}, "output": {"c": {"$count": {}}, "m": {"$max": "$s"}}}),
            &vars,
            None,
        )
        .unwrap();
        let out = stage
            .apply(
                vec![
                    doc! {"p": "a", "n": 2, "s": "b"},
                    doc! {"p": "A", "n": 1, "s": "B"},
                    doc! {"p": "b", "n": 3, "s": "a"},
                ],
                &vars,
            )
            .unwrap();
        let counts: Vec<i32> = out.iter().map(|d| d.get_i32("c").unwrap()).collect();
        assert_eq!(counts, [2, 2, 1]);
        assert_eq!(out[0].get_str("p").unwrap(), "A");
        // "b" and "B" are equal under the collation: the first seen stays.
        assert_eq!(out[0].get_str("m").unwrap(), "B");
        for (name, arg) in [
            (
                "$densify",
                bson!({"field": "a", "range": {"step": 1, "bounds": "full"}}),
            ),
            ("$fill", bson!({"output": {"a": {"value": 1}}})),
        ] {
            assert!(
                super::super::parse(name, &arg, &vars, None).is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn conflicting_paths() {
        assert!(conflicting("a", "a.b") && conflicting("a.b", "a") && !conflicting("a", "ab"));
    }
}
