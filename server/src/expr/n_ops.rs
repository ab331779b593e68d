//! `$firstN`, `$lastN`, `$maxN`, `$minN`, `$median` and `$percentile` as
//! expressions over an array, plus the argument checks that the `$group`
//! accumulators of the same names share with them (agg/stages/group_n.rs),
//! and the "is this a parse-time constant" test some stage arguments need.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.
//! The `$group` stage and the stages that need constant arguments call the
//! shared helpers directly.

use super::{eval, Scope, Vars};
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number};
use bson::{Bson, Document};

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// Null, undefined or missing: what `$maxN`/`$minN` skip.
pub(crate) fn nullish(v: Option<&Bson>) -> bool {
    matches!(v, None | Some(Bson::Null | Bson::Undefined))
}

/// The `{n, input}` argument of `$firstN`/`$lastN`/`$maxN`/`$minN`.
pub(crate) fn n_input_args<'a>(op: &str, arg: &'a Bson) -> Result<(&'a Bson, &'a Bson)> {
    let Bson::Document(d) = arg else {
        let code = if matches!(op, "$maxN" | "$minN") {
            5787900
        } else {
            5787801
        };
        return Err(err(
            code,
            format!("specification must be an object; found {op}: {arg}"),
        ));
    };
    let (mut n, mut input) = (None, None);
    for (k, v) in d {
        match k.as_str() {
            "n" => n = Some(v),
            "input" => input = Some(v),
            _ => {
                return Err(err(
                    5787901,
                    format!("Unknown argument for 'n' operator: {k}"),
                ))
            }
        }
    }
    let n = n.ok_or_else(|| err(5787906, "Missing value for 'n'"))?;
    let input = input.ok_or_else(|| err(5787907, "Missing value for 'input'"))?;
    Ok((n, input))
}

/// Checks an evaluated `n`: a number with an integral value above zero.
pub(crate) fn check_n(v: Option<&Bson>) -> Result<usize> {
    let shown = v.map_or_else(|| "MISSING".to_string(), |v| v.to_string());
    let bad_type = || {
        err(
            5787902,
            format!("Value for 'n' must be of integral type, but found {shown}"),
        )
    };
    let d = match v {
        Some(x) if is_number(x) => as_f64(x).ok_or_else(bad_type)?,
        _ => return Err(bad_type()),
    };
    if !d.is_finite() || d.fract() != 0.0 {
        return Err(err(
            5787903,
            format!("Value for 'n' must be of integral type, but found {shown}"),
        ));
    }
    if d < 1.0 {
        return Err(err(
            5787908,
            format!("'n' must be greater than 0, found {}", d as i64),
        ));
    }
    Ok(d.min(usize::MAX as f64) as usize)
}

/// Whether mongod folds an expression to a constant when it parses it: no
/// field paths, no `$$ROOT`/`$$CURRENT`, no `$rand`.
pub(crate) fn is_constant(e: &Bson) -> bool {
    match e {
        Bson::String(s) if s.starts_with("$$") => {
            let name = s[2..].split('.').next().unwrap_or("");
            !matches!(name, "ROOT" | "CURRENT")
        }
        Bson::String(s) => !s.starts_with('$'),
        Bson::Document(d) => match d.keys().next() {
            Some(k) if k == "$literal" => true,
            Some(k) if k == "$rand" => false,
            _ => d.values().all(is_constant),
        },
        Bson::Array(a) => a.iter().all(is_constant),
        _ => true,
    }
}

/// The value of a parse-time constant expression (missing reads as null),
/// or `None` when the expression depends on the document.
pub(crate) fn constant_value(e: &Bson, vars: &Vars) -> Result<Option<Bson>> {
    if !is_constant(e) {
        return Ok(None);
    }
    let empty = Document::new();
    let scope = Scope { root: &empty, vars };
    Ok(Some(eval(e, &scope)?.unwrap_or(Bson::Null)))
}

/// A parsed `$median`/`$percentile`: the input expression and the
/// percentiles to compute. `p` may name variables only known when the
/// pipeline runs; then it stays unevaluated until [`Quantile::ps`].
pub(crate) struct Quantile {
    pub input: Bson,
    p: Option<Bson>,
    ps: Option<Vec<f64>>,
    pub median: bool,
}

impl Quantile {
    /// Parses the argument as mongod's IDL does (strict fields, `method`
    /// a string that must be "approximate"), then checks `p`.
    /// `accumulator` selects the error code for a non-object argument.
    pub(crate) fn parse(op: &str, arg: &Bson, vars: &Vars, accumulator: bool) -> Result<Quantile> {
        let median = op == "$median";
        let Bson::Document(d) = arg else {
            let code = match (median, accumulator) {
                (false, true) => 7429703,
                (true, true) => 7436100,
                (false, false) => 7436200,
                (true, false) => 7436201,
            };
            return Err(err(
                code,
                format!("specification must be an object; found {op}: {arg}"),
            ));
        };
        let (mut input, mut p, mut method) = (None, None, false);
        for (k, v) in d {
            match k.as_str() {
                "input" => input = Some(v.clone()),
                "p" if !median => p = Some(v.clone()),
                "method" => {
                    let Bson::String(m) = v else {
                        return Err(crate::value::field_type_error(op, "method", v, "string"));
                    };
                    if m != "approximate" {
                        return Err(Error::bad_value(
                            "Currently only 'approximate' can be used as percentile 'method'.",
                        ));
                    }
                    method = true;
                }
                _ => return Err(Error::unknown_field(op, k)),
            }
        }
        let input = input.ok_or_else(|| Error::missing_field(op, "input"))?;
        if !median && p.is_none() {
            return Err(Error::missing_field(op, "p"));
        }
        if !method {
            return Err(Error::missing_field(op, "method"));
        }
        let mut q = Quantile {
            input,
            p,
            ps: median.then(|| vec![0.5]),
            median,
        };
        if let Some(p) = &q.p {
            if !is_constant(p) {
                return Err(err(7750300, format!("The $percentile 'p' field must be an array of constant values, but found value: {p}.")));
            }
            // A `p` naming a `let` variable of an outer pipeline is checked
            // when the variables are known.
            if let Ok(Some(v)) = constant_value(p, vars) {
                q.ps = Some(check_p(&v)?);
            }
        }
        Ok(q)
    }

    /// The percentiles, evaluating a deferred `p` with the run's variables.
    pub(crate) fn ps(&self, vars: &Vars) -> Result<Vec<f64>> {
        if let Some(ps) = &self.ps {
            return Ok(ps.clone());
        }
        let v = constant_value(self.p.as_ref().unwrap_or(&Bson::Null), vars)?;
        check_p(&v.unwrap_or(Bson::Null))
    }

    /// The result over the samples: doubles picked from the sorted samples
    /// at each percentile's rank (for the small inputs tests use this is
    /// what mongod's t-digest returns too); nulls when there is no sample.
    pub(crate) fn finish(&self, ps: &[f64], samples: Vec<f64>) -> Bson {
        let mut xs: Vec<f64> = samples.into_iter().filter(|x| !x.is_nan()).collect();
        xs.sort_by(f64::total_cmp);
        let vals: Vec<Bson> = ps
            .iter()
            .map(|p| match xs.len() {
                0 => Bson::Null,
                n => Bson::Double(xs[rank(n, *p)]),
            })
            .collect();
        if self.median {
            vals.into_iter().next().unwrap_or(Bson::Null)
        } else {
            Bson::Array(vals)
        }
    }
}

/// mongod's 0-based rank of percentile `p` among `n` sorted samples,
/// resolving ties towards the lower rank.
fn rank(n: usize, p: f64) -> usize {
    if p >= 1.0 {
        return n - 1;
    }
    ((n as f64 * p).ceil() as i64 - 1).max(0) as usize
}

fn check_p(v: &Bson) -> Result<Vec<f64>> {
    const MSG: &str =
        "The $percentile 'p' field must be an array of numbers from [0.0, 1.0], but found: ";
    let Bson::Array(a) = v else {
        return Err(err(7750301, format!("{MSG}{v}")));
    };
    if a.is_empty() {
        return Err(err(7750301, format!("{MSG}{v}")));
    }
    a.iter()
        .map(|x| {
            let p = as_f64(x)
                .filter(|_| is_number(x))
                .ok_or_else(|| err(7750302, format!("{MSG}{x}")))?;
            if !(0.0..=1.0).contains(&p) {
                return Err(err(7750303, format!("{MSG}{p}")));
            }
            Ok(p)
        })
        .collect()
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$firstN" | "$lastN" | "$maxN" | "$minN" => {
            let (n, input) = n_input_args(op, arg)?;
            let n = check_n(eval(n, s)?.as_ref())?;
            let Some(Bson::Array(items)) = eval(input, s)? else {
                return Err(err(5788200, "Input must be an array"));
            };
            let out: Vec<Bson> = match op {
                "$firstN" => items.into_iter().take(n).collect(),
                "$lastN" => {
                    let skip = items.len().saturating_sub(n);
                    items.into_iter().skip(skip).collect()
                }
                _ => {
                    let mut v: Vec<Bson> =
                        items.into_iter().filter(|x| !nullish(Some(x))).collect();
                    let coll = s.vars.coll();
                    if op == "$maxN" {
                        v.sort_by(|a, b| compare_with(b, a, coll));
                    } else {
                        v.sort_by(|a, b| compare_with(a, b, coll));
                    }
                    v.truncate(n);
                    v
                }
            };
            Bson::Array(out)
        }
        "$median" | "$percentile" => {
            let q = Quantile::parse(op, arg, s.vars, false)?;
            let ps = q.ps(s.vars)?;
            match eval(&q.input, s)? {
                // On one number every percentile is that number.
                Some(x) if is_number(&x) => {
                    let d = Bson::Double(as_f64(&x).unwrap_or(f64::NAN));
                    if q.median {
                        d
                    } else {
                        Bson::Array(vec![d; ps.len()])
                    }
                }
                Some(Bson::Array(a)) => q.finish(
                    &ps,
                    a.iter()
                        .filter(|x| is_number(x))
                        .filter_map(as_f64)
                        .collect(),
                ),
                _ => q.finish(&ps, Vec::new()),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn ev(e: Bson) -> Result<Bson> {
        let d = doc! {"a": [3, null, 1, 2], "s": 7};
        let vars = Vars::new();
        let s = Scope {
            root: &d,
            vars: &vars,
        };
        Ok(super::super::eval(&e, &s)?.unwrap_or(Bson::Null))
    }

    fn code(e: Bson) -> i32 {
        ev(e).unwrap_err().code.code()
    }

    #[test]
    fn n_operators() {
        let cases = [
            (
                bson!({"$firstN": {"n": 2, "input": "$a"}}),
                bson!([3, null]),
            ),
            (bson!({"$lastN": {"n": 2, "input": "$a"}}), bson!([1, 2])),
            (
                bson!({"$lastN": {"n": 9, "input": "$a"}}),
                bson!([3, null, 1, 2]),
            ),
            (bson!({"$maxN": {"n": 2, "input": "$a"}}), bson!([3, 2])),
            (
                bson!({"$minN": {"n": 5.0, "input": "$a"}}),
                bson!([1, 2, 3]),
            ),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), want, "{e}");
        }
        let errors = [
            (bson!({"$firstN": 1}), 5787801),
            (bson!({"$maxN": 1}), 5787900),
            (bson!({"$firstN": {"n": 1, "input": [], "x": 1}}), 5787901),
            (bson!({"$firstN": {"input": []}}), 5787906),
            (bson!({"$firstN": {"n": 1}}), 5787907),
            (bson!({"$firstN": {"n": "a", "input": []}}), 5787902),
            (bson!({"$firstN": {"n": 1.5, "input": []}}), 5787903),
            (bson!({"$firstN": {"n": 0, "input": []}}), 5787908),
            (bson!({"$firstN": {"n": 1, "input": "$s"}}), 5788200),
        ];
        for (e, c) in errors {
            assert_eq!(code(e.clone()), c, "{e}");
        }
    }

    #[test]
    fn quantiles() {
        let m = |input: Bson| bson!({"$median": {"input": input, "method": "approximate"}});
        assert_eq!(ev(m(bson!([1, 5, 3, 4]))).unwrap(), bson!(3.0));
        assert_eq!(ev(m(bson!("$s"))).unwrap(), bson!(7.0));
        assert_eq!(ev(m(bson!("$nope"))).unwrap(), Bson::Null);
        let p = bson!({"$percentile": {"input": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "p": [0.1, 0.95, 1], "method": "approximate"}});
        assert_eq!(ev(p).unwrap(), bson!([1.0, 10.0, 10.0]));
        let p = bson!({"$percentile": {"input": [], "p": [0.5, 0.9], "method": "approximate"}});
        assert_eq!(ev(p).unwrap(), bson!([null, null]));
        let bad = |p: Bson| bson!({"$percentile": {"input": 1, "p": p, "method": "approximate"}});
        assert_eq!(code(bad(bson!("$s"))), 7750300);
        assert_eq!(code(bad(bson!([]))), 7750301);
        assert_eq!(code(bad(bson!(["a"]))), 7750302);
        assert_eq!(code(bad(bson!([1.5]))), 7750303);
        assert_eq!(code(bson!({"$median": 1})), 7436201);
        assert_eq!(
            code(bson!({"$median": {"input": 1, "method": "exact"}})),
            ErrorCode::BadValue.code()
        );
        assert_eq!(code(bson!({"$median": {"input": 1}})), 40414);
        assert_eq!(
            code(bson!({"$median": {"input": 1, "method": "approximate", "x": 1}})),
            40415
        );
    }
}
