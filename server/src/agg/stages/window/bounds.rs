//! The `window` of a `$setWindowFields` output: `{documents: [lo, hi]}`
//! (offsets from the current document) or `{range: [lo, hi], unit?}`
//! (offsets from the current document's sortBy value, numeric or, with a
//! unit, a date), each bound a constant, "current" or "unbounded". Parsed
//! as mongod's WindowBounds parses it (FailedToParse, 5339900-5339902) and
//! turned into the partition indexes a window covers for each document, as
//! its PartitionIterator computes them. Below the window functions, which
//! ask it for each document's window; above `common.rs` only.

use super::common::{add_numbers, date_add, parse_time_unit, value_type, Ctx};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::n_ops::constant_value;
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use crate::value::compare::{compare, compare_with};
use crate::value::{as_f64, is_number};
use bson::Bson;
use std::cmp::Ordering;

/// One end of a window.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Bound<T> {
    Unbounded,
    Current,
    At(T),
}

/// Range-based bounds: offsets from the sortBy value, in `unit` for dates.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Range {
    lower: Bound<Bson>,
    upper: Bound<Bson>,
    unit: Option<&'static str>,
}

/// Document-based or range-based window bounds.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Window {
    Documents(Bound<i64>, Bound<i64>),
    Range(Box<Range>),
}

fn parse_err(m: impl Into<String>) -> Error {
    Error::failed_to_parse(m)
}

/// mongod's `Value::integral()`: a number holding an int32 value exactly.
pub(super) fn int32_value(v: &Bson) -> Option<i64> {
    if !is_number(v) {
        return None;
    }
    let d = as_f64(v)?;
    (d.fract() == 0.0 && d >= i32::MIN as f64 && d <= i32::MAX as f64).then_some(d as i64)
}

impl Window {
    /// `[unbounded, unbounded]`, the default of most window functions.
    pub(super) fn unbounded() -> Window {
        Window::Documents(Bound::Unbounded, Bound::Unbounded)
    }

    /// `[unbounded, current]`, the fixed window of the cumulative functions.
    pub(super) fn cumulative() -> Window {
        Window::Documents(Bound::Unbounded, Bound::Current)
    }

    pub(super) fn parse(v: &Bson, sort: Option<&SortSpec>, vars: &Vars) -> Result<Window> {
        let Bson::Document(w) = v else {
            return Err(parse_err("'window' field must be an object"));
        };
        let (documents, range, unit) = (w.get("documents"), w.get("range"), w.get("unit"));
        if documents.is_some() && range.is_some() {
            // mongod's message names 'unit' where it means 'range'.
            return Err(parse_err(
                "Window bounds can specify either 'documents' or 'unit', not both.",
            ));
        }
        if range.is_none() && unit.is_some() {
            return Err(parse_err(
                "Window bounds can only specify 'unit' with range-based bounds.",
            ));
        }
        let unpack = |name: &str, e: &Bson| -> Result<(Bson, Bson)> {
            match e {
                Bson::Array(a) if a.len() == 2 => Ok((a[0].clone(), a[1].clone())),
                _ => Err(parse_err(format!(
                    "Window bounds must be a 2-element array: {name}: {e}"
                ))),
            }
        };
        if let Some(docs) = documents {
            if w.len() != 1 {
                return Err(parse_err(
                    "'window' field that specifies documents cannot have other fields",
                ));
            }
            let (lo, hi) = unpack("documents", docs)?;
            let int = |v: Bson| {
                int32_value(&v)
                    .ok_or_else(|| parse_err("Numeric document-based bounds must be an integer"))
            };
            let lower = parse_bound(&lo, vars, int)?;
            let upper = parse_bound(&hi, vars, int)?;
            check_forward(&lower, &upper, |a, b| a <= b, |v| v.to_string())?;
            let unbounded = lower == Bound::Unbounded && upper == Bound::Unbounded;
            if !unbounded && sort.is_none() {
                return Err(Error::new(
                    ErrorCode::Location(5339901),
                    "Document-based bounds require a sortBy",
                ));
            }
            return Ok(Window::Documents(lower, upper));
        }
        let Some(range) = range else {
            if !w.is_empty() {
                return Err(parse_err("'window' field can only contain 'documents' as the only argument or 'range' with an optional 'unit' field"));
            }
            return Ok(Window::unbounded());
        };
        let (lo, hi) = unpack("range", range)?;
        let le = |a: &Bson, b: &Bson| compare(a, b) != Ordering::Greater;
        let (lower, upper, unit) = if let Some(unit) = unit {
            if w.len() != 2 {
                return Err(parse_err(
                    "'window' field that specifies unit cannot have other fields besides 'range'",
                ));
            }
            let Bson::String(unit) = unit else {
                return Err(parse_err("'unit' must be a string"));
            };
            let int = |v: Bson| {
                int32_value(&v)
                    .map(Bson::Int64)
                    .ok_or_else(|| parse_err("With 'unit', range-based bounds must be an integer"))
            };
            let lower = parse_bound(&lo, vars, int)?;
            let upper = parse_bound(&hi, vars, int)?;
            check_forward(&lower, &upper, le, |v| v.to_string())?;
            (lower, upper, Some(parse_time_unit(unit)?))
        } else {
            if w.len() != 1 {
                return Err(parse_err(
                    "'window' field that specifies range cannot have other fields besides 'unit'",
                ));
            }
            let num = |v: Bson| {
                if is_number(&v) {
                    Ok(v)
                } else {
                    Err(parse_err("Range-based bounds expression must be a number"))
                }
            };
            let lower = parse_bound(&lo, vars, num)?;
            let upper = parse_bound(&hi, vars, num)?;
            check_forward(&lower, &upper, le, |v| v.to_string())?;
            (lower, upper, None)
        };
        match sort {
            Some(s) if s.fields.len() == 1 => {
                if s.fields[0].1 {
                    return Err(Error::new(
                        ErrorCode::Location(8947401),
                        "Range-based bounds require an ascending sortBy",
                    ));
                }
            }
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(5339902),
                    "Range-based bounds require sortBy a single field",
                ))
            }
        }
        Ok(Window::Range(Box::new(Range { lower, upper, unit })))
    }

    /// The first and last partition index of the window around document
    /// `i`, or `None` when the window holds no document.
    pub(super) fn endpoints(&self, ctx: &Ctx<'_>, i: usize) -> Result<Option<(usize, usize)>> {
        let n = ctx.docs.len() as i64;
        match self {
            Window::Documents(lower, upper) => {
                let at = |b: &Bound<i64>, unbounded: i64| match b {
                    Bound::Unbounded => unbounded,
                    Bound::Current => i as i64,
                    Bound::At(k) => i as i64 + k,
                };
                let (lo, hi) = (at(lower, 0), at(upper, n - 1));
                if lo > n - 1 || hi < 0 || lo > hi {
                    return Ok(None);
                }
                Ok(Some((lo.max(0) as usize, hi.min(n - 1) as usize)))
            }
            Window::Range(r) => range_endpoints(ctx, i, &r.lower, &r.upper, r.unit),
        }
    }
}

/// A bound: "unbounded", "current", or a constant expression that `value`
/// checks and converts.
fn parse_bound<T>(e: &Bson, vars: &Vars, value: impl Fn(Bson) -> Result<T>) -> Result<Bound<T>> {
    match e {
        Bson::String(s) if s == "unbounded" => Ok(Bound::Unbounded),
        Bson::String(s) if s == "current" => Ok(Bound::Current),
        Bson::String(_) => Err(parse_err(
            "Window bounds must be 'unbounded', 'current', or a number.",
        )),
        _ => match constant_value(e, vars)? {
            Some(v) => value(v).map(Bound::At),
            None => Err(parse_err("Window bounds expression must be a constant.")),
        },
    }
}

/// Bounds must be ordered, "current" counting as 0 (5339900).
fn check_forward<T: Clone + From<i32>>(
    lower: &Bound<T>,
    upper: &Bound<T>,
    le: impl Fn(&T, &T) -> bool,
    show: impl Fn(&T) -> String,
) -> Result<()> {
    let norm = |b: &Bound<T>| match b {
        Bound::Current => Some(T::from(0)),
        Bound::At(v) => Some(v.clone()),
        Bound::Unbounded => None,
    };
    if let (Some(lo), Some(hi)) = (norm(lower), norm(upper)) {
        if !le(&lo, &hi) {
            return Err(Error::new(
                ErrorCode::Location(5339900),
                format!(
                    "Lower bound must not exceed upper bound: [{}, {}]",
                    show(&lo),
                    show(&hi)
                ),
            ));
        }
    }
    Ok(())
}

/// The window of a range-based bound around document `i`: the documents
/// whose sortBy value lies within the current value plus the bounds.
/// "current" means the current document's position, and an unbounded end
/// stops at the last value of the bound's type (number, or date with a
/// unit), which the partition's sort keeps together.
fn range_endpoints(
    ctx: &Ctx<'_>,
    i: usize,
    lower: &Bound<Bson>,
    upper: &Bound<Bson>,
    unit: Option<&str>,
) -> Result<Option<(usize, usize)>> {
    let vals = ctx.sort_vals;
    let null = Bson::Null;
    let val = |j: usize| vals.get(j).and_then(|v| v.as_ref()).unwrap_or(&null);
    let base = vals.get(i).and_then(|v| v.as_ref());
    let expected = |v: &Bson| match unit {
        Some(_) => matches!(v, Bson::DateTime(_)),
        None => is_number(v),
    };
    match (unit, base) {
        (Some(_), Some(Bson::DateTime(_))) => {}
        (Some(_), b) => {
            return Err(Error::new(
                ErrorCode::Location(5429513),
                format!(
                    "Invalid range: Expected the sortBy field to be a Date, but it was {}",
                    value_type(b)
                ),
            ))
        }
        (None, Some(Bson::DateTime(_))) => return Err(Error::new(
            ErrorCode::Location(5429413),
            "Invalid range: For windows that involve date or time ranges, a unit must be provided.",
        )),
        (None, Some(b)) if is_number(b) => {}
        (None, b) => {
            return Err(Error::new(
                ErrorCode::Location(5429414),
                format!(
                    "Invalid range: Expected the sortBy field to be a number, but it was {}",
                    value_type(b)
                ),
            ))
        }
    }
    let base = base.expect("checked above");
    let threshold = |delta: &Bson| -> Result<Bson> {
        match (unit, base) {
            (Some(u), Bson::DateTime(d)) => {
                let amount = crate::value::as_i64(delta).unwrap_or(0);
                Ok(Bson::DateTime(bson::DateTime::from_millis(date_add(
                    d.timestamp_millis(),
                    u,
                    amount,
                    ctx.vars,
                )?)))
            }
            _ => Ok(add_numbers(base, delta)),
        }
    };
    let coll = ctx.vars.coll();
    let n = ctx.docs.len();
    // Every document of the partition must have a value of the bound's
    // type when it is the current one, and the partition is sorted by
    // these values, so the thresholds can be found by binary search (a
    // partition breaking that fails at its odd document).
    let first_at_least = |t: &Bson| -> usize {
        vals.partition_point(|v| {
            compare_with(v.as_ref().unwrap_or(&null), t, coll) == Ordering::Less
        })
    };
    let lo = match lower {
        Bound::Current => i,
        Bound::Unbounded => match (0..n).find(|&j| expected(val(j))) {
            Some(j) => j,
            None => return Ok(None),
        },
        Bound::At(delta) => {
            let t = threshold(delta)?;
            match first_at_least(&t) {
                j if j < n => j,
                _ => return Ok(None),
            }
        }
    };
    let hi = match upper {
        Bound::Current => i,
        Bound::Unbounded => {
            let start = lo.max(i);
            if expected(val(n - 1)) {
                n - 1
            } else {
                (start..n)
                    .take_while(|&j| expected(val(j)))
                    .last()
                    .unwrap_or(start)
            }
        }
        Bound::At(delta) => {
            let t = threshold(delta)?;
            let above = lo
                + vals[lo..].partition_point(|v| {
                    compare_with(v.as_ref().unwrap_or(&null), &t, coll) != Ordering::Greater
                });
            match above {
                j if j == lo => return Ok(None),
                j => j - 1,
            }
        }
    };
    Ok((lo <= hi).then_some((lo, hi)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc, Document};

    fn sort(d: Document) -> SortSpec {
        SortSpec::parse(&d).unwrap()
    }

    #[test]
    fn parse_errors() {
        let s = sort(doc! {"t": 1});
        let desc = sort(doc! {"t": -1});
        let two = sort(doc! {"t": 1, "u": 1});
        type Case<'a> = (Bson, Option<&'a SortSpec>, i32);
        let cases: Vec<Case> = vec![
            (bson!(1), Some(&s), 9),
            (bson!({"documents": [0, 1], "range": [0, 1]}), Some(&s), 9),
            (bson!({"unit": "day"}), Some(&s), 9),
            (bson!({"foo": 1}), Some(&s), 9),
            (bson!({"documents": [0]}), Some(&s), 9),
            (bson!({"documents": [0, 1], "x": 1}), Some(&s), 9),
            (bson!({"documents": ["now", 1]}), Some(&s), 9),
            (bson!({"documents": [0.5, 1]}), Some(&s), 9),
            (bson!({"documents": ["$a", 1]}), Some(&s), 9),
            (bson!({"documents": [1, 0]}), Some(&s), 5339900),
            (bson!({"documents": ["current", -1]}), Some(&s), 5339900),
            (bson!({"documents": [-1, 1]}), None, 5339901),
            (bson!({"range": [-1, 1]}), None, 5339902),
            (bson!({"range": [-1, 1]}), Some(&two), 5339902),
            (bson!({"range": [-1, 1]}), Some(&desc), 8947401),
            (bson!({"range": ["a", 1]}), Some(&s), 9),
            (bson!({"range": [{"$add": [1, 1]}, 1]}), Some(&s), 5339900),
            (bson!({"range": [-1, 1], "unit": 1}), Some(&s), 9),
            (bson!({"range": [-1, 1], "unit": "fortnight"}), Some(&s), 9),
            (bson!({"range": [-1.5, 1], "unit": "day"}), Some(&s), 9),
        ];
        for (w, sort, code) in cases {
            let got = Window::parse(&w, sort, &Vars::new()).unwrap_err();
            assert_eq!(got.code.code(), code, "{w}: {}", got.message);
        }
        let ok = Window::parse(
            &bson!({"range": [{"$multiply": [-2, 3]}, "current"]}),
            Some(&s),
            &Vars::new(),
        )
        .unwrap();
        assert_eq!(
            ok,
            Window::Range(Box::new(Range {
                lower: Bound::At(Bson::Int32(-6)),
                upper: Bound::Current,
                unit: None
            }))
        );
        assert_eq!(
            Window::parse(&bson!({}), None, &Vars::new()).unwrap(),
            Window::unbounded()
        );
        assert!(Window::parse(
            &bson!({"documents": ["unbounded", "unbounded"]}),
            None,
            &Vars::new()
        )
        .is_ok());
    }

    type Ends = Vec<Option<(usize, usize)>>;

    fn ends(w: Bson, vals: Vec<Bson>) -> Result<Ends> {
        let s = sort(doc! {"t": 1});
        let vars = Vars::new();
        let window = Window::parse(&w, Some(&s), &vars)?;
        let docs: Vec<Document> = vals.iter().map(|v| doc! {"t": v.clone()}).collect();
        let sort_vals: Vec<Option<Bson>> = vals.into_iter().map(Some).collect();
        let ctx = Ctx {
            docs: &docs,
            keys: &[],
            sort: Some(&s),
            sort_vals: &sort_vals,
            vars: &vars,
        };
        (0..docs.len()).map(|i| window.endpoints(&ctx, i)).collect()
    }

    #[test]
    fn endpoints() {
        let nums = || vec![bson!(1), bson!(2), bson!(2), bson!(5), bson!(9)];
        let cases: Vec<(Bson, Ends)> = vec![
            (
                bson!({"documents": [-1, 1]}),
                vec![
                    Some((0, 1)),
                    Some((0, 2)),
                    Some((1, 3)),
                    Some((2, 4)),
                    Some((3, 4)),
                ],
            ),
            (
                bson!({"documents": [2, 3]}),
                vec![Some((2, 3)), Some((3, 4)), Some((4, 4)), None, None],
            ),
            (
                bson!({"documents": ["unbounded", -2]}),
                vec![None, None, Some((0, 0)), Some((0, 1)), Some((0, 2))],
            ),
            (
                bson!({"range": [-1, 1]}),
                vec![
                    Some((0, 2)),
                    Some((0, 2)),
                    Some((0, 2)),
                    Some((3, 3)),
                    Some((4, 4)),
                ],
            ),
            // "current" is the current document's position, not its value.
            (
                bson!({"range": ["unbounded", "current"]}),
                vec![
                    Some((0, 0)),
                    Some((0, 1)),
                    Some((0, 2)),
                    Some((0, 3)),
                    Some((0, 4)),
                ],
            ),
            (
                bson!({"range": [-10, -3]}),
                vec![None, None, None, Some((0, 2)), Some((0, 3))],
            ),
            (
                bson!({"range": [1, "unbounded"]}),
                vec![Some((1, 4)), Some((3, 4)), Some((3, 4)), Some((4, 4)), None],
            ),
        ];
        for (w, want) in cases {
            assert_eq!(ends(w.clone(), nums()).unwrap(), want, "{w}");
        }
        // Unbounded ends stop at the last number; a non-number as the
        // current value is an error.
        let mixed = vec![bson!(1), bson!(3), bson!("x")];
        let got = ends(bson!({"range": [-1, "unbounded"]}), mixed.clone());
        assert_eq!(got.unwrap_err().code.code(), 5429414);
        let dates = vec![
            Bson::DateTime(bson::DateTime::from_millis(0)),
            Bson::DateTime(bson::DateTime::from_millis(86_400_000)),
            Bson::DateTime(bson::DateTime::from_millis(3 * 86_400_000)),
        ];
        assert_eq!(
            ends(bson!({"range": [-1, 0]}), dates.clone())
                .unwrap_err()
                .code
                .code(),
            5429413
        );
        assert_eq!(
            ends(bson!({"range": [-1, 0], "unit": "day"}), dates.clone()).unwrap(),
            vec![Some((0, 0)), Some((0, 1)), Some((2, 2))]
        );
        assert_eq!(
            ends(bson!({"range": [-1, 0], "unit": "day"}), nums())
                .unwrap_err()
                .code
                .code(),
            5429513
        );
    }
}
