//! The accumulators of `$group` (and of `$bucket`/`$bucketAuto` outputs)
//! that keep several values or an order statistic per group: `$firstN`,
//! `$lastN`, `$maxN`, `$minN`, `$top`, `$bottom`, `$topN`, `$bottomN`,
//! `$median` and `$percentile`. group.rs owns the grouping; this file
//! parses these specs and runs their per-group state.

use crate::error::{Error, ErrorCode, Result};
use crate::expr::n_ops::{check_n, n_input_args, nullish, Quantile};
use crate::expr::{eval, Scope, Vars};
use crate::query::sort::SortSpec;
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number};
use bson::{Bson, Document};
use std::cmp::Ordering;
use std::collections::VecDeque;

/// The accumulator names this file handles.
pub(super) const N_ACCUMULATORS: &[&str] = &[
    "$firstN",
    "$lastN",
    "$maxN",
    "$minN",
    "$top",
    "$bottom",
    "$topN",
    "$bottomN",
    "$median",
    "$percentile",
];

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

enum Kind {
    First,
    Last,
    Max,
    Min,
    /// `$top`/`$topN` keep the smallest keys, `$bottom`/`$bottomN` the
    /// largest; the single forms return one value instead of an array.
    Sorted {
        sort: SortSpec,
        bottom: bool,
        single: bool,
    },
    Quantile(Box<Quantile>),
}

/// A parsed accumulator: `n` (evaluated per group against the group key) and
/// the per-document expression.
pub(super) struct NSpec {
    kind: Kind,
    n: Bson,
    input: Bson,
}

/// One group's state.
pub(super) struct NState {
    n: usize,
    values: VecDeque<Bson>,
    keyed: Vec<(Vec<Bson>, Bson)>,
    samples: Vec<f64>,
    ps: Vec<f64>,
    sort: Option<SortSpec>,
}

impl NSpec {
    pub(super) fn parse(op: &str, arg: &Bson, vars: &Vars) -> Result<NSpec> {
        let kind = match op {
            "$firstN" => Kind::First,
            "$lastN" => Kind::Last,
            "$maxN" => Kind::Max,
            "$minN" => Kind::Min,
            "$median" | "$percentile" => {
                let q = Quantile::parse(op, arg, vars, true)?;
                let input = q.input.clone();
                return Ok(NSpec {
                    kind: Kind::Quantile(Box::new(q)),
                    n: Bson::Int32(1),
                    input,
                });
            }
            _ => return parse_sorted(op, arg),
        };
        let (n, input) = n_input_args(op, arg)?;
        Ok(NSpec {
            kind,
            n: n.clone(),
            input: input.clone(),
        })
    }

    /// A new group's state; `n` sees the fields of a document `_id`.
    pub(super) fn start(&self, id: &Bson, vars: &Vars) -> Result<NState> {
        let empty = Document::new();
        let root = match id {
            Bson::Document(d) => d,
            _ => &empty,
        };
        let n = check_n(eval(&self.n, &Scope { root, vars })?.as_ref())?;
        let (ps, sort) = match &self.kind {
            Kind::Quantile(q) => (q.ps(vars)?, None),
            Kind::Sorted { sort, .. } => (
                Vec::new(),
                Some(sort.clone().with_collation(vars.collation.clone())),
            ),
            _ => (Vec::new(), None),
        };
        Ok(NState {
            n,
            values: VecDeque::new(),
            keyed: Vec::new(),
            samples: Vec::new(),
            ps,
            sort,
        })
    }

    pub(super) fn process(&self, st: &mut NState, doc: &Document, vars: &Vars) -> Result<()> {
        let scope = Scope { root: doc, vars };
        let v = eval(&self.input, &scope)?;
        match &self.kind {
            Kind::First => {
                if st.values.len() < st.n {
                    st.values.push_back(v.unwrap_or(Bson::Null));
                }
            }
            Kind::Last => {
                st.values.push_back(v.unwrap_or(Bson::Null));
                if st.values.len() > st.n {
                    st.values.pop_front();
                }
            }
            Kind::Max | Kind::Min if nullish(v.as_ref()) => {}
            Kind::Max | Kind::Min => {
                let v = v.unwrap_or(Bson::Null);
                let coll = vars.coll();
                // Values stay in ascending order; a full set gives up its
                // largest ($minN) or smallest ($maxN) value for a better one.
                if st.values.len() == st.n {
                    let max = matches!(self.kind, Kind::Max);
                    let worst = if max {
                        st.values.front()
                    } else {
                        st.values.back()
                    };
                    let worse = match worst {
                        Some(w) if max => compare_with(w, &v, coll) == Ordering::Less,
                        Some(w) => compare_with(w, &v, coll) == Ordering::Greater,
                        None => true,
                    };
                    if !worse {
                        return Ok(());
                    }
                    if max {
                        st.values.pop_front();
                    } else {
                        st.values.pop_back();
                    }
                }
                let at = st
                    .values
                    .partition_point(|x| compare_with(x, &v, coll) != Ordering::Greater);
                st.values.insert(at, v);
            }
            Kind::Sorted { bottom, .. } => {
                let sort = st.sort.as_ref().expect("sorted state has its sort");
                let key = sort.key(doc);
                let out = match v {
                    Some(Bson::Document(mut d)) => d.remove("output").unwrap_or(Bson::Null),
                    _ => Bson::Null,
                };
                insert_keyed(&mut st.keyed, sort, st.n, *bottom, key, out);
            }
            Kind::Quantile(_) => {
                if let Some(x) = v.as_ref().filter(|x| is_number(x)).and_then(as_f64) {
                    st.samples.push(x);
                }
            }
        }
        Ok(())
    }

    pub(super) fn finish(&self, st: NState) -> Bson {
        match &self.kind {
            Kind::First | Kind::Last | Kind::Min => Bson::Array(st.values.into()),
            Kind::Max => Bson::Array(st.values.into_iter().rev().collect()),
            Kind::Sorted { single: true, .. } => {
                st.keyed.into_iter().next().map_or(Bson::Null, |(_, v)| v)
            }
            Kind::Sorted { .. } => Bson::Array(st.keyed.into_iter().map(|(_, v)| v).collect()),
            Kind::Quantile(q) => q.finish(&st.ps, st.samples),
        }
    }
}

/// Keeps the `n` smallest (top) or largest (bottom) sort keys in ascending
/// order; among equal keys the first seen wins, as in mongod.
fn insert_keyed(
    items: &mut Vec<(Vec<Bson>, Bson)>,
    sort: &SortSpec,
    n: usize,
    bottom: bool,
    key: Vec<Bson>,
    out: Bson,
) {
    if items.len() >= n {
        if bottom {
            if sort.compare_keys(&key, &items[0].0) != Ordering::Greater {
                return;
            }
            items.remove(0);
        } else {
            if sort.compare_keys(&items[items.len() - 1].0, &key) != Ordering::Greater {
                return;
            }
            items.pop();
        }
    }
    let at = items.partition_point(|(k, _)| sort.compare_keys(k, &key) != Ordering::Greater);
    items.insert(at, (key, out));
}

/// `$top`/`$bottom` (`{output, sortBy}`) and `$topN`/`$bottomN` (with `n`).
fn parse_sorted(op: &str, arg: &Bson) -> Result<NSpec> {
    let single = matches!(op, "$top" | "$bottom");
    let Bson::Document(d) = arg else {
        return Err(err(
            5788001,
            format!("specification must be an object; found {op}: {arg}"),
        ));
    };
    let (mut n, mut output, mut sort_by) = (None, None, None);
    for (k, v) in d {
        match k.as_str() {
            "n" if !single => n = Some(v.clone()),
            "output" => output = Some(v.clone()),
            "sortBy" => match v {
                Bson::Document(s) => sort_by = Some(s),
                _ => return Err(err(10065, "invalid parameter: expected an object (sortBy)")),
            },
            _ => return Err(err(5788002, format!("Unknown argument to {op} '{k}'"))),
        }
    }
    let n = match (single, n) {
        (true, _) => Bson::Int32(1),
        (false, Some(n)) => n,
        (false, None) => return Err(err(5788003, "Missing value for 'n'")),
    };
    let output = output.ok_or_else(|| err(5788004, "Missing value for 'output'"))?;
    let sort_by = sort_by.ok_or_else(|| err(5788005, "Missing value for 'sortBy'"))?;
    let sort = SortSpec::parse(sort_by)?;
    // The per-document expression wraps the output so that a missing value
    // still reaches the state (as null).
    let mut input = Document::new();
    input.insert("output", output);
    Ok(NSpec {
        kind: Kind::Sorted {
            sort,
            bottom: op.starts_with("$bottom"),
            single,
        },
        n,
        input: Bson::Document(input),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn run(op: &str, arg: Bson, docs: &[Document]) -> Result<Bson> {
        let vars = Vars::new();
        let spec = NSpec::parse(op, &arg, &vars)?;
        let mut st = spec.start(&Bson::Null, &vars)?;
        for d in docs {
            spec.process(&mut st, d, &vars)?;
        }
        Ok(spec.finish(st))
    }

    #[test]
    fn accumulators() {
        let docs = [
            doc! {"p": "a", "s": 3},
            doc! {"p": "b", "s": 1},
            doc! {"p": "c"},
            doc! {"p": "d", "s": 3},
            doc! {"p": "e", "s": 2},
        ];
        let by = |n: Option<i32>, dir: i32| match n {
            Some(n) => bson!({"n": n, "output": "$p", "sortBy": {"s": dir}}),
            None => bson!({"output": "$p", "sortBy": {"s": dir}}),
        };
        let cases: Vec<(&str, Bson, Bson)> = vec![
            ("$firstN", bson!({"n": 2, "input": "$s"}), bson!([3, 1])),
            (
                "$firstN",
                bson!({"n": 3, "input": "$s"}),
                bson!([3, 1, null]),
            ),
            ("$lastN", bson!({"n": 2, "input": "$s"}), bson!([3, 2])),
            ("$maxN", bson!({"n": 3, "input": "$s"}), bson!([3, 3, 2])),
            ("$minN", bson!({"n": 2, "input": "$s"}), bson!([1, 2])),
            ("$minN", bson!({"n": 9, "input": "$s"}), bson!([1, 2, 3, 3])),
            ("$top", by(None, -1), bson!("a")),
            ("$bottom", by(None, -1), bson!("c")),
            ("$topN", by(Some(2), 1), bson!(["c", "b"])),
            ("$topN", by(Some(3), -1), bson!(["a", "d", "e"])),
            ("$bottomN", by(Some(2), 1), bson!(["a", "d"])),
            ("$bottomN", by(Some(2), -1), bson!(["b", "c"])),
            (
                "$median",
                bson!({"input": "$s", "method": "approximate"}),
                bson!(2.0),
            ),
            (
                "$percentile",
                bson!({"input": "$s", "p": [0, 0.5, 1], "method": "approximate"}),
                bson!([1.0, 2.0, 3.0]),
            ),
        ];
        for (op, arg, want) in cases {
            assert_eq!(run(op, arg.clone(), &docs).unwrap(), want, "{op} {arg}");
        }
        assert_eq!(
            run(
                "$median",
                bson!({"input": "$s", "method": "approximate"}),
                &[]
            )
            .unwrap(),
            Bson::Null
        );
    }

    #[test]
    fn errors() {
        let cases: Vec<(&str, Bson, i32)> = vec![
            ("$top", bson!(1), 5788001),
            (
                "$top",
                bson!({"n": 1, "output": 1, "sortBy": {"a": 1}}),
                5788002,
            ),
            ("$topN", bson!({"output": 1, "sortBy": {"a": 1}}), 5788003),
            ("$topN", bson!({"n": 1, "sortBy": {"a": 1}}), 5788004),
            ("$topN", bson!({"n": 1, "output": 1}), 5788005),
            ("$topN", bson!({"n": 1, "output": 1, "sortBy": 1}), 10065),
            (
                "$topN",
                bson!({"n": 1, "output": 1, "sortBy": {"a": 2}}),
                15975,
            ),
            (
                "$topN",
                bson!({"n": -1, "output": 1, "sortBy": {"a": 1}}),
                5787908,
            ),
            ("$firstN", bson!({"n": "x", "input": 1}), 5787902),
            ("$maxN", bson!([1]), 5787900),
            ("$percentile", bson!(1), 7429703),
            ("$median", bson!(1), 7436100),
        ];
        for (op, arg, code) in cases {
            let got = run(op, arg.clone(), &[doc! {}]).unwrap_err();
            assert_eq!(got.code.code(), code, "{op} {arg}: {}", got.message);
        }
    }
}
