//! The window functions backed by an accumulator over an arbitrary
//! window: `$sum`, `$avg`, `$min`, `$max`, `$count`, `$push`,
//! `$addToSet`, `$stdDevPop/Samp`, `$covariancePop/Samp` (acc.rs states),
//! `$first`/`$last`, and the N and order-statistic accumulators group_n.rs
//! runs (`$firstN`, `$topN`, `$median`...). Their parsers and the loops
//! that run them over each document's window, for functions.rs.
//!
//! An acc.rs state is kept while a window only grows at its end
//! (left-unbounded windows), so cumulative windows cost O(n); a window
//! whose start moves is recomputed (O(n·w)).

use super::super::group_n::NSpec;
use super::acc::{Acc, AccKind};
use super::bounds::Window;
use super::common::{fail, Ctx};
use super::spec::{is_function, Func, WindowFn};
use crate::error::Result;
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use bson::{Bson, Document};

/// `{$sum: <expr>, window?}` and the other accumulators mongod can also
/// remove values from.
pub(super) fn parse_accumulator(
    obj: &Document,
    sort: Option<&SortSpec>,
    vars: &Vars,
) -> Result<WindowFn> {
    let mut window = Window::unbounded();
    let mut found: Option<(&str, &Bson)> = None;
    for (k, v) in obj {
        if k == "window" {
            window = Window::parse(v, sort, vars)?;
        } else if is_function(k) {
            if found.is_some() {
                return Err(fail("Cannot specify two functions in window function spec"));
            }
            found = Some((k, v));
        } else {
            return Err(fail(format!(
                "Window function found an unknown argument: {k}"
            )));
        }
    }
    let (name, input) = found.expect("the caller found the function");
    let kind = match name {
        "$sum" => AccKind::Sum,
        "$avg" => AccKind::Avg,
        "$min" => AccKind::Min,
        "$max" => AccKind::Max,
        "$push" => AccKind::Push,
        "$addToSet" => AccKind::AddToSet,
        "$stdDevPop" => AccKind::StdDev { samp: false },
        "$stdDevSamp" => AccKind::StdDev { samp: true },
        "$covariancePop" => AccKind::Covariance { samp: false },
        _ => AccKind::Covariance { samp: true },
    };
    Ok(WindowFn {
        func: Func::Acc(kind, input.clone()),
        window,
    })
}

/// `{$count: {}, window?}`: a `$sum` of 1.
pub(super) fn parse_count(
    obj: &Document,
    sort: Option<&SortSpec>,
    vars: &Vars,
) -> Result<WindowFn> {
    let mut window = Window::unbounded();
    let mut seen = false;
    for (k, v) in obj {
        if k == "window" {
            window = Window::parse(v, sort, vars)?;
        } else if is_function(k) {
            if seen {
                return Err(fail(
                    "Cannot specify multiple functions in window function spec",
                ));
            }
            if !matches!(v, Bson::Document(d) if d.is_empty()) {
                return Err(fail("$count only accepts an empty object as input"));
            }
            seen = true;
        } else {
            return Err(fail(format!(
                "Window function found an unknown argument: {k}"
            )));
        }
    }
    Ok(WindowFn {
        func: Func::Acc(AccKind::Sum, Bson::Int32(1)),
        window,
    })
}

pub(super) fn parse_first_last(
    name: &str,
    obj: &Document,
    sort: Option<&SortSpec>,
    vars: &Vars,
) -> Result<WindowFn> {
    let mut window = Window::unbounded();
    let mut input = Bson::Null;
    for (k, v) in obj {
        if k == "window" {
            window = Window::parse(v, sort, vars)?;
        } else if k == name {
            input = v.clone();
        } else {
            return Err(fail(format!("{name} got unexpected argument: {k}")));
        }
    }
    let func = if name == "$first" {
        Func::First(input)
    } else {
        Func::Last(input)
    };
    Ok(WindowFn { func, window })
}

/// `$firstN`, `$topN`, `$median`... with the argument syntax of their
/// `$group` forms. `n` is evaluated against an empty document.
pub(super) fn parse_n(
    name: &str,
    obj: &Document,
    sort: Option<&SortSpec>,
    vars: &Vars,
) -> Result<WindowFn> {
    let mut window = Window::unbounded();
    let mut spec = None;
    for (k, v) in obj {
        if k == name {
            spec = Some(NSpec::parse(name, v, vars)?);
        } else if k == "window" {
            window = Window::parse(v, sort, vars)?;
        } else {
            return Err(fail(format!("{name} got unexpected argument: {k}")));
        }
    }
    let spec = spec.expect("the caller found the function");
    Ok(WindowFn {
        func: Func::N(Box::new(spec)),
        window,
    })
}

/// Runs an accumulator over each document's window, keeping its state
/// while consecutive windows share their start and only grow.
pub(super) fn windowed_acc(
    kind: AccKind,
    input: &Bson,
    window: &Window,
    ctx: &Ctx<'_>,
) -> Result<Vec<Option<Bson>>> {
    let n = ctx.docs.len();
    let mut values: Vec<Option<Option<Bson>>> = vec![None; n];
    let mut out = Vec::with_capacity(n);
    // (window start, next index to add, state)
    let mut state: Option<(usize, usize, Acc)> = None;
    for i in 0..n {
        let Some((lo, hi)) = window.endpoints(ctx, i)? else {
            out.push(Some(Acc::new(kind).value(ctx.vars)));
            continue;
        };
        let reuse = matches!(&state, Some((l, next, _)) if *l == lo && *next <= hi + 1);
        if !reuse {
            state = Some((lo, lo, Acc::new(kind)));
        }
        let (_, next, acc) = state.as_mut().expect("set above");
        while *next <= hi {
            let j = *next;
            if values[j].is_none() {
                values[j] = Some(ctx.eval(input, j)?);
            }
            let v = values[j].as_ref().and_then(|v| v.as_ref());
            acc.add(v, ctx.sort_val(j), ctx.vars)?;
            *next += 1;
        }
        out.push(Some(acc.value(ctx.vars)));
    }
    Ok(out)
}

/// Runs a group_n.rs accumulator over each window (recomputed whenever
/// the window changes: its state only finishes once).
pub(super) fn windowed_n(
    spec: &NSpec,
    window: &Window,
    ctx: &Ctx<'_>,
) -> Result<Vec<Option<Bson>>> {
    let n = ctx.docs.len();
    let mut out = Vec::with_capacity(n);
    let mut last: Option<(Option<(usize, usize)>, Bson)> = None;
    for i in 0..n {
        let ends = window.endpoints(ctx, i)?;
        if let Some((prev, v)) = &last {
            if *prev == ends {
                out.push(Some(v.clone()));
                continue;
            }
        }
        let mut st = spec.start(&Bson::Null, ctx.vars)?;
        if let Some((lo, hi)) = ends {
            for d in &ctx.docs[lo..=hi] {
                spec.process(&mut st, d, ctx.vars)?;
            }
        }
        let v = spec.finish(st);
        out.push(Some(v.clone()));
        last = Some((ends, v));
    }
    Ok(out)
}

/// `$first`/`$last`: the input at the first or last document of each
/// window, null for an empty window.
pub(super) fn windowed_first_last(
    e: &Bson,
    first: bool,
    window: &Window,
    ctx: &Ctx<'_>,
) -> Result<Vec<Option<Bson>>> {
    let n = ctx.docs.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(match window.endpoints(ctx, i)? {
            None => Some(Bson::Null),
            Some((lo, hi)) => ctx.eval(e, if first { lo } else { hi })?,
        });
    }
    Ok(out)
}
