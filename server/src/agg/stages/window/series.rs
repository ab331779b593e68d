//! The window functions that carry values along the sorted series with a
//! fixed window: `$expMovingAvg` (an exponentially weighted average up to
//! the current document), `$locf` (the last non-null value so far) and
//! `$linearFill` (nulls interpolated between the known points around
//! them). `$fill` desugars into the last two. Their parsers and the
//! `$linearFill` computation, for functions.rs.

use super::acc::AccKind;
use super::bounds::Window;
use super::common::{fail, located, nullish, single_sort, value_type, x_axis, Ctx};
use super::spec::{is_function, Func, WindowFn};
use crate::error::{Error, Result};
use crate::query::sort::SortSpec;
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number, type_name};
use bson::{Bson, Document};
use std::cmp::Ordering;

/// `{$expMovingAvg: {input, N | alpha}}`: alpha is 2/(N+1).
pub(super) fn parse_exp_moving_avg(obj: &Document, sort: Option<&SortSpec>) -> Result<WindowFn> {
    const FIELDS: &str = "$expMovingAvg sub object must have exactly two fields: An 'input' field, and either an 'N' field or an 'alpha' field";
    let sub = match obj.get("$expMovingAvg") {
        Some(Bson::Document(d)) if obj.len() == 1 => d,
        _ => {
            return Err(fail(
                "$expMovingAvg must have exactly one argument that is an object",
            ))
        }
    };
    let Some(input) = sub.get("input").filter(|_| sub.len() == 2) else {
        return Err(fail(FIELDS));
    };
    if sort.is_none() {
        return Err(fail("$expMovingAvg requires an explicit 'sortBy'"));
    }
    let alpha = if let Some(n) = sub.get("N") {
        if !is_number(n) {
            return Err(fail(format!(
                "'N' field must be an integer, but found type {}",
                type_name(n)
            )));
        }
        let d = as_f64(n).unwrap_or(f64::NAN);
        if d.floor() != d {
            return Err(fail(format!("'N' field must be an integer, but found  N: {n}. To use a non-integer, use the 'alpha' argument instead")));
        }
        if d <= 0.0 {
            return Err(fail(format!(
                "'N' must be greater than zero. Got {}",
                d as i64
            )));
        }
        2.0 / (d + 1.0)
    } else if let Some(a) = sub.get("alpha") {
        let Some(alpha) = as_f64(a).filter(|_| is_number(a)) else {
            return Err(fail("'alpha' must be a number"));
        };
        if !(alpha > 0.0 && alpha < 1.0) {
            return Err(fail(format!(
                "'alpha' must be between 0 and 1 (exclusive), found alpha: {a}"
            )));
        }
        alpha
    } else {
        return Err(fail(format!(
            "Got unrecognized field in $expMovingAvg{FIELDS}"
        )));
    };
    Ok(WindowFn {
        func: Func::Acc(AccKind::ExpMovingAvg(alpha), input.clone()),
        window: Window::cumulative(),
    })
}

/// `$locf` and `$linearFill`: an expression argument and no window.
pub(super) fn parse_left_unbounded(
    name: &str,
    obj: &Document,
    sort: Option<&SortSpec>,
) -> Result<WindowFn> {
    let (mut window, mut input) = (false, None);
    for (k, v) in obj {
        if k == "window" {
            window = true;
        } else if is_function(k) {
            if input.is_some() {
                return Err(fail("Cannot specify two functions in window function spec"));
            }
            input = Some(v.clone());
        } else {
            return Err(fail(format!(
                "Window function found an unknown argument: {k}"
            )));
        }
    }
    if window {
        return Err(fail(format!("'window' field is not allowed in {name}")));
    }
    let input = input.expect("the caller found the function");
    if name == "$locf" {
        return Ok(WindowFn {
            func: Func::Acc(AccKind::Locf, input),
            window: Window::cumulative(),
        });
    }
    if !single_sort(sort) {
        return Err(located(
            605001,
            "$linearFill must be specified with a top level sortBy expression with exactly one element",
        ));
    }
    Ok(WindowFn {
        func: Func::LinearFill(input),
        window: Window::unbounded(),
    })
}

/// `$linearFill`: nullish values between two known points get the value
/// on the line through them; the sortBy values must be distinct numbers or
/// dates.
pub(super) fn linear_fill(input: &Bson, ctx: &Ctx<'_>) -> Result<Vec<Option<Bson>>> {
    let n = ctx.docs.len();
    let ys: Vec<Option<Bson>> = (0..n).map(|j| ctx.eval(input, j)).collect::<Result<_>>()?;
    // The next document with both coordinates known, for each position.
    let mut next_known = vec![None; n];
    let mut nk = None;
    for j in (0..n).rev() {
        next_known[j] = nk;
        if !nullish(ys[j].as_ref()) && !nullish(ctx.sort_val(j)) {
            nk = Some(j);
        }
    }
    let datelike = |v: &Bson| {
        matches!(
            v,
            Bson::DateTime(_) | Bson::Timestamp(_) | Bson::ObjectId(_)
        )
    };
    let mut out = Vec::with_capacity(n);
    let mut last_x: Option<&Bson> = None;
    let mut prev: Option<usize> = None;
    let null = Bson::Null;
    for i in 0..n {
        let y = ys[i].as_ref();
        if !nullish(y) && !y.is_some_and(is_number) {
            return Err(Error::type_mismatch(format!(
                "Value to be filled must be numeric or nullish, but found {}",
                value_type(y)
            )));
        }
        let x = ctx.sort_val(i);
        let Some(x) = x.filter(|x| is_number(x) || datelike(x)) else {
            return Err(Error::type_mismatch(format!(
                "Value of the sortBy field must be numeric or a date, but found {}",
                value_type(x)
            )));
        };
        if let Some(lx) = last_x {
            if compare_with(lx, x, None) == Ordering::Equal {
                return Err(located(
                    6050106,
                    "There can be no repeated values in the sort field",
                ));
            }
            if datelike(lx) != datelike(x) {
                return Err(Error::type_mismatch(format!(
                    "Conflicting sort value types, previously received type {}, but found {}",
                    type_name(lx),
                    type_name(x)
                )));
            }
        }
        last_x = Some(x);
        if !nullish(y) {
            out.push(ys[i].clone());
            prev = Some(i);
            continue;
        }
        let filled = match (prev, next_known[i]) {
            (Some(p), Some(q)) => {
                let (x1, x2) = (
                    x_axis(ctx.sort_val(p).unwrap_or(&null)),
                    x_axis(ctx.sort_val(q).unwrap_or(&null)),
                );
                let y1 = as_f64(ys[p].as_ref().unwrap_or(&null)).unwrap_or(0.0);
                let y2 = as_f64(ys[q].as_ref().unwrap_or(&null)).unwrap_or(0.0);
                Bson::Double(y1 + (x_axis(x) - x1) * ((y2 - y1) / (x2 - x1)))
            }
            _ => Bson::Null,
        };
        out.push(Some(filled));
    }
    Ok(out)
}
