//! The window functions of `$setWindowFields`: the accumulators over a
//! window ($sum, $avg, $min, $max, $count, $push, $addToSet, $stdDevPop,
//! $stdDevSamp, $covariancePop, $covarianceSamp, $first, $last, and the N
//! and order-statistic ones group_n.rs runs), the ordinal functions ($rank,
//! $denseRank, $documentNumber), and $shift, $derivative, $integral,
//! $expMovingAvg, $locf and $linearFill. Each parses its spec with mongod's
//! messages and codes (mostly FailedToParse) and computes one value per
//! document of a sorted partition.
//!
//! Accumulators (window_acc.rs) keep their state while a window only grows
//! at its end (left-unbounded windows), so cumulative windows cost O(n); a
//! window whose start moves is recomputed (O(n·w)).

use super::group_n::{NSpec, N_ACCUMULATORS};
use super::set_window_fields::{decimal_or_double, parse_time_unit, value_type};
use super::window_acc::{nullish, x_axis, Acc, AccKind};
use super::window_bounds::{int32_value, Window};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::n_ops::constant_value;
use crate::expr::{eval, Scope, Vars};
use crate::query::sort::SortSpec;
use crate::value::compare::compare_with;
use crate::value::{as_f64, is_number, type_name};
use bson::{doc, Bson, Document};
use std::cmp::Ordering;

/// Every window function name mongod registers (8.0).
const WINDOW_FUNCTIONS: &[&str] = &[
    "$sum",
    "$avg",
    "$min",
    "$max",
    "$count",
    "$push",
    "$addToSet",
    "$stdDevPop",
    "$stdDevSamp",
    "$covariancePop",
    "$covarianceSamp",
    "$first",
    "$last",
    "$firstN",
    "$lastN",
    "$minN",
    "$maxN",
    "$top",
    "$bottom",
    "$topN",
    "$bottomN",
    "$median",
    "$percentile",
    "$rank",
    "$denseRank",
    "$documentNumber",
    "$shift",
    "$derivative",
    "$integral",
    "$expMovingAvg",
    "$locf",
    "$linearFill",
];

fn is_function(name: &str) -> bool {
    WINDOW_FUNCTIONS.contains(&name)
}

fn fail(m: impl Into<String>) -> Error {
    Error::failed_to_parse(m)
}

fn located(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// One sorted partition, as the window functions see it.
pub(super) struct Ctx<'a> {
    pub docs: &'a [Document],
    /// Each document's sortBy key (for the ordinal functions).
    pub keys: &'a [Vec<Bson>],
    pub sort: Option<&'a SortSpec>,
    /// Each document's value of the (single) sortBy field, for range
    /// windows and the functions that read the sortBy field.
    pub sort_vals: &'a [Option<Bson>],
    pub vars: &'a Vars,
}

impl Ctx<'_> {
    fn eval(&self, e: &Bson, j: usize) -> Result<Option<Bson>> {
        eval(
            e,
            &Scope {
                root: &self.docs[j],
                vars: self.vars,
            },
        )
    }

    fn sort_val(&self, j: usize) -> Option<&Bson> {
        self.sort_vals.get(j).and_then(|v| v.as_ref())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum RankKind {
    Rank,
    Dense,
    DocumentNumber,
}

enum Func {
    Acc(AccKind, Bson),
    First(Bson),
    Last(Bson),
    N(Box<NSpec>),
    Rank(RankKind),
    Shift {
        output: Bson,
        by: i64,
        default: Bson,
    },
    Derivative {
        input: Bson,
        unit_ms: Option<i64>,
    },
    LinearFill(Bson),
}

/// A parsed window function with its window.
pub(super) struct WindowFn {
    func: Func,
    window: Window,
}

impl WindowFn {
    /// Parses the spec of output field `field`: `{<function>: <args>,
    /// window?: {...}}`.
    pub(super) fn parse(
        field: &str,
        spec: &Bson,
        sort: Option<&SortSpec>,
        vars: &Vars,
    ) -> Result<WindowFn> {
        let Bson::Document(obj) = spec else {
            return Err(fail(format!("The field '{field}' must be an object")));
        };
        let name = match obj.keys().find(|k| k.starts_with('$')) {
            Some(k) if is_function(k) => k.as_str(),
            Some(k) => return Err(fail(format!("Unrecognized window function, {k}"))),
            None => {
                let first = obj.keys().next().map(|k| format!(", {k}"));
                return Err(fail(format!(
                    "Expected a $-prefixed window function{}",
                    first.unwrap_or_default()
                )));
            }
        };
        match name {
            "$count" => parse_count(obj, sort, vars),
            "$first" | "$last" => parse_first_last(name, obj, sort, vars),
            "$rank" | "$denseRank" | "$documentNumber" => parse_rank(name, obj, sort),
            "$shift" => parse_shift(obj, sort, vars),
            "$derivative" | "$integral" => parse_with_unit(name, obj, sort, vars),
            "$expMovingAvg" => parse_exp_moving_avg(obj, sort),
            "$locf" | "$linearFill" => parse_left_unbounded(name, obj, sort),
            _ if N_ACCUMULATORS.contains(&name) => parse_n(name, obj, sort, vars),
            _ => parse_accumulator(obj, sort, vars),
        }
    }

    /// The function's value for each document of the partition; `None`
    /// where it evaluates to missing (the output field is then removed).
    pub(super) fn compute(&self, ctx: &Ctx<'_>) -> Result<Vec<Option<Bson>>> {
        let n = ctx.docs.len();
        match &self.func {
            Func::Acc(kind, input) => windowed_acc(*kind, input, &self.window, ctx),
            Func::N(spec) => windowed_n(spec, &self.window, ctx),
            Func::First(e) | Func::Last(e) => {
                let first = matches!(self.func, Func::First(_));
                let mut out = Vec::with_capacity(n);
                for i in 0..n {
                    out.push(match self.window.endpoints(ctx, i)? {
                        None => Some(Bson::Null),
                        Some((lo, hi)) => ctx.eval(e, if first { lo } else { hi })?,
                    });
                }
                Ok(out)
            }
            Func::Rank(kind) => Ok(ranks(*kind, ctx)),
            Func::Shift {
                output,
                by,
                default,
            } => {
                let mut out = Vec::with_capacity(n);
                for i in 0..n {
                    let j = i as i64 + by;
                    out.push(if j >= 0 && (j as usize) < n {
                        ctx.eval(output, j as usize)?
                    } else {
                        Some(default.clone())
                    });
                }
                Ok(out)
            }
            Func::Derivative { input, unit_ms } => {
                let mut out = Vec::with_capacity(n);
                for i in 0..n {
                    out.push(Some(match self.window.endpoints(ctx, i)? {
                        None => Bson::Null,
                        Some((lo, hi)) => derivative(ctx, input, *unit_ms, lo, hi)?,
                    }));
                }
                Ok(out)
            }
            Func::LinearFill(input) => linear_fill(input, ctx),
        }
    }
}

/// `{$sum: <expr>, window?}` and the other accumulators mongod can also
/// remove values from.
fn parse_accumulator(obj: &Document, sort: Option<&SortSpec>, vars: &Vars) -> Result<WindowFn> {
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
fn parse_count(obj: &Document, sort: Option<&SortSpec>, vars: &Vars) -> Result<WindowFn> {
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

fn parse_first_last(
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
fn parse_n(name: &str, obj: &Document, sort: Option<&SortSpec>, vars: &Vars) -> Result<WindowFn> {
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

fn single_sort(sort: Option<&SortSpec>) -> bool {
    sort.is_some_and(|s| s.fields.len() == 1)
}

fn parse_rank(name: &str, obj: &Document, sort: Option<&SortSpec>) -> Result<WindowFn> {
    if obj.len() != 1 {
        return Err(located(
            5371601,
            "Rank style window functions take no other arguments",
        ));
    }
    if !matches!(obj.get(name), Some(Bson::Document(d)) if d.is_empty()) {
        return Err(located(
            5371603,
            format!("{name} must be specified with '{{}}' as the value"),
        ));
    }
    if !single_sort(sort) {
        return Err(located(
            5371602,
            format!("{name} must be specified with a top level sortBy expression with exactly one element"),
        ));
    }
    let kind = match name {
        "$rank" => RankKind::Rank,
        "$denseRank" => RankKind::Dense,
        _ => RankKind::DocumentNumber,
    };
    Ok(WindowFn {
        func: Func::Rank(kind),
        window: Window::cumulative(),
    })
}

/// `{$shift: {output, by, default?}}`: the output of the document `by`
/// positions away in the partition, else `default` (null).
fn parse_shift(obj: &Document, sort: Option<&SortSpec>, vars: &Vars) -> Result<WindowFn> {
    let mut func = None;
    for (k, v) in obj {
        if k == "window" {
            return Err(fail("$shift does not accept a 'window' field"));
        }
        if !is_function(k) {
            return Err(fail(format!(
                "Window function found an unknown argument: {k}"
            )));
        }
        if func.is_some() {
            return Err(fail(
                "Cannot specify multiple functions in window function spec",
            ));
        }
        let Bson::Document(args) = v else {
            return Err(fail("Argument to $shift must be an object"));
        };
        let (mut output, mut by, mut default) = (None, None, Bson::Null);
        for (a, e) in args {
            match a.as_str() {
                "output" => output = Some(e.clone()),
                "default" => match constant_value(e, vars)? {
                    Some(c) => default = c,
                    None => {
                        return Err(fail(
                            "'$shift:default' expression must yield a constant value.",
                        ))
                    }
                },
                "by" => match int32_value(e) {
                    Some(n) => by = Some(n),
                    None => {
                        return Err(fail(format!(
                            "'$shift:by' field must be an integer, but found  by: {e}"
                        )))
                    }
                },
                _ => return Err(fail(format!("Unknown argument in {k}"))),
            }
        }
        let output = output.ok_or_else(|| fail(format!("{k} requires an 'output' expression.")))?;
        let by = by.ok_or_else(|| fail(format!("{k} requires 'by' as an integer value.")))?;
        func = Some(Func::Shift {
            output,
            by,
            default,
        });
    }
    if sort.is_none() {
        return Err(fail("'$shift' requires a sortBy"));
    }
    Ok(WindowFn {
        func: func.expect("the caller found the function"),
        window: Window::cumulative(),
    })
}

/// The `unit` of `$derivative`/`$integral` in milliseconds: week or
/// smaller, whose lengths are fixed.
fn unit_millis(v: &Bson) -> Result<i64> {
    let Bson::String(s) = v else {
        return Err(fail(format!(
            "unit' must be a string, but got {}",
            type_name(v)
        )));
    };
    Ok(match parse_time_unit(s)? {
        "week" => 7 * 86_400_000,
        "day" => 86_400_000,
        "hour" => 3_600_000,
        "minute" => 60_000,
        "second" => 1_000,
        "millisecond" => 1,
        _ => return Err(located(5490710, "unit must be 'week' or smaller")),
    })
}

/// `{$derivative|$integral: {input, unit?}, window}`: both need a sortBy
/// on one field, whose values are the x axis.
fn parse_with_unit(
    name: &str,
    obj: &Document,
    sort: Option<&SortSpec>,
    vars: &Vars,
) -> Result<WindowFn> {
    match sort {
        None => return Err(fail(format!("{name} requires a sortBy"))),
        Some(s) if s.fields.len() != 1 => {
            return Err(fail(format!("{name} requires a non-compound sortBy")))
        }
        _ => {}
    }
    let (mut window, mut args) = (None, None);
    for (k, v) in obj {
        if k == "window" {
            window = Some(Window::parse(v, sort, vars)?);
        } else if k == name {
            args = Some(v);
        } else {
            return Err(fail(format!("{name} got unexpected argument: {k}")));
        }
    }
    let args = args.expect("the caller found the function");
    let Bson::Document(args) = args else {
        return Err(fail(format!(
            "{name} expects an object, but got a {}: {name}: {args}",
            type_name(args)
        )));
    };
    let (mut input, mut unit_ms) = (None, None);
    for (k, v) in args {
        match k.as_str() {
            "input" => input = Some(v.clone()),
            "unit" => unit_ms = Some(unit_millis(v)?),
            _ => return Err(fail(format!("{name} got unexpected argument: {k}"))),
        }
    }
    let input = input.ok_or_else(|| fail(format!("{name} requires an 'input' expression")))?;
    if name == "$integral" {
        return Ok(WindowFn {
            func: Func::Acc(AccKind::Integral(unit_ms), input),
            window: window.unwrap_or_else(Window::unbounded),
        });
    }
    // An unbounded default would surprise: mongod asks for bounds.
    let window = window.ok_or_else(|| fail("$derivative requires explicit window bounds"))?;
    Ok(WindowFn {
        func: Func::Derivative { input, unit_ms },
        window,
    })
}

/// `{$expMovingAvg: {input, N | alpha}}`: alpha is 2/(N+1).
fn parse_exp_moving_avg(obj: &Document, sort: Option<&SortSpec>) -> Result<WindowFn> {
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
fn parse_left_unbounded(name: &str, obj: &Document, sort: Option<&SortSpec>) -> Result<WindowFn> {
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

/// Runs an accumulator over each document's window, keeping its state
/// while consecutive windows share their start and only grow.
fn windowed_acc(
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
fn windowed_n(spec: &NSpec, window: &Window, ctx: &Ctx<'_>) -> Result<Vec<Option<Bson>>> {
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

/// An int32 when it fits, else an int64 (mongod's createIntOrLong).
fn int_or_long(v: i64) -> Bson {
    i32::try_from(v).map_or(Bson::Int64(v), Bson::Int32)
}

/// `$rank` (ties share the rank, the next rank skips), `$denseRank`
/// (no gaps) and `$documentNumber`, over the sortBy keys.
fn ranks(kind: RankKind, ctx: &Ctx<'_>) -> Vec<Option<Bson>> {
    let (mut rank, mut dense) = (0i64, 0i64);
    (0..ctx.docs.len())
        .map(|i| {
            let new = i == 0
                || match (ctx.sort, ctx.keys.get(i), ctx.keys.get(i - 1)) {
                    (Some(s), Some(a), Some(b)) => s.compare_keys(a, b) != Ordering::Equal,
                    _ => true,
                };
            if new {
                rank = i as i64 + 1;
                dense += 1;
            }
            Some(int_or_long(match kind {
                RankKind::Rank => rank,
                RankKind::Dense => dense,
                RankKind::DocumentNumber => i as i64 + 1,
            }))
        })
        .collect()
}

fn literal(v: &Bson) -> Bson {
    Bson::Document(doc! {"$literal": v.clone()})
}

/// Rise over run between the first and last document of the window; null
/// when the run is zero (a one-document window).
fn derivative(
    ctx: &Ctx<'_>,
    input: &Bson,
    unit_ms: Option<i64>,
    lo: usize,
    hi: usize,
) -> Result<Bson> {
    let (xl, xr) = (ctx.sort_val(lo), ctx.sort_val(hi));
    let is_date = |x: Option<&Bson>| matches!(x, Some(Bson::DateTime(_)));
    let run = match unit_ms {
        Some(_) => match (xl, xr) {
            (Some(Bson::DateTime(a)), Some(Bson::DateTime(b))) => {
                (b.timestamp_millis() - a.timestamp_millis()) as f64
            }
            _ => {
                return Err(located(
                    5624900,
                    "$derivative with 'unit' expects the sortBy field to be a Date",
                ))
            }
        },
        None => {
            if is_date(xl) || is_date(xr) {
                return Err(located(
                    5624901,
                    "$derivative where the sortBy is a Date requires an 'unit'",
                ));
            }
            match (xl.filter(|x| is_number(x)), xr.filter(|x| is_number(x))) {
                (Some(a), Some(b)) => as_f64(b).unwrap_or(0.0) - as_f64(a).unwrap_or(0.0),
                _ => {
                    return Err(located(
                        5624902,
                        "$derivative (with no 'unit') expects the sortBy field to be numeric",
                    ))
                }
            }
        }
    };
    let (yl, yr) = (ctx.eval(input, lo)?, ctx.eval(input, hi)?);
    let null_input = || located(5624903, "$derivative input must not be null or missing");
    if nullish(yl.as_ref()) || nullish(yr.as_ref()) {
        return Err(null_input());
    }
    let (yl, yr) = (yl.unwrap_or(Bson::Null), yr.unwrap_or(Bson::Null));
    let empty = Document::new();
    let subtract = Bson::Document(doc! {"$subtract": [literal(&yr), literal(&yl)]});
    let rise = eval(
        &subtract,
        &Scope {
            root: &empty,
            vars: ctx.vars,
        },
    )?
    .unwrap_or(Bson::Null);
    if nullish(Some(&rise)) {
        return Err(null_input());
    }
    let Some(r) = as_f64(&rise).filter(|_| is_number(&rise)) else {
        return Err(Error::type_mismatch(format!(
            "$divide only supports numeric types, not {} and double",
            type_name(&rise)
        )));
    };
    if run == 0.0 {
        return Ok(Bson::Null);
    }
    let v = r / run * unit_ms.map_or(1.0, |u| u as f64);
    Ok(decimal_or_double(v, matches!(rise, Bson::Decimal128(_))))
}

/// `$linearFill`: nullish values between two known points get the value
/// on the line through them; the sortBy values must be distinct numbers or
/// dates.
fn linear_fill(input: &Bson, ctx: &Ctx<'_>) -> Result<Vec<Option<Bson>>> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    fn run(out: Bson, sort: Option<Document>, docs: &[Document]) -> Result<Vec<Option<Bson>>> {
        let vars = Vars::new();
        let sort = sort.map(|s| SortSpec::parse(&s).unwrap());
        let f = WindowFn::parse("out", &out, sort.as_ref(), &vars)?;
        let keys: Vec<Vec<Bson>> = match &sort {
            Some(s) => docs.iter().map(|d| s.key(d)).collect(),
            None => Vec::new(),
        };
        let sort_vals: Vec<Option<Bson>> = match &sort {
            Some(s) if s.fields.len() == 1 => docs
                .iter()
                .map(|d| {
                    crate::expr::field_path(&Bson::Document(d.clone()), &s.fields[0].0.join("."))
                })
                .collect(),
            _ => Vec::new(),
        };
        let ctx = Ctx {
            docs,
            keys: &keys,
            sort: sort.as_ref(),
            sort_vals: &sort_vals,
            vars: &vars,
        };
        f.compute(&ctx)
    }

    fn docs(xs: &[(i32, Bson)]) -> Vec<Document> {
        xs.iter()
            .map(|(t, v)| {
                let mut d = doc! {"t": *t};
                if !matches!(v, Bson::Undefined) {
                    d.insert("v", v.clone());
                }
                d
            })
            .collect()
    }

    fn vals(v: Vec<Option<Bson>>) -> Bson {
        Bson::Array(
            v.into_iter()
                .map(|x| x.unwrap_or(bson!("MISSING")))
                .collect(),
        )
    }

    #[test]
    fn functions() {
        let d = docs(&[
            (1, bson!(4)),
            (2, bson!(2)),
            (2, bson!(null)),
            (4, bson!(8)),
            (7, Bson::Undefined),
        ]);
        let by_t = || Some(doc! {"t": 1});
        let cases: Vec<(Bson, Option<Document>, Bson)> = vec![
            (bson!({"$sum": "$v"}), None, bson!([14, 14, 14, 14, 14])),
            (
                bson!({"$sum": "$v", "window": {"documents": ["unbounded", "current"]}}),
                by_t(),
                bson!([4, 6, 6, 14, 14]),
            ),
            (
                bson!({"$sum": "$v", "window": {"documents": [-1, 0]}}),
                by_t(),
                bson!([4, 6, 2, 8, 8]),
            ),
            (
                bson!({"$sum": "$v", "window": {"documents": [1, 2]}}),
                by_t(),
                bson!([2, 8, 8, 0, 0]),
            ),
            (
                bson!({"$count": {}, "window": {"range": [-1, 1]}}),
                by_t(),
                bson!([3, 3, 3, 1, 1]),
            ),
            (
                bson!({"$avg": "$v", "window": {"documents": ["unbounded", "current"]}}),
                by_t(),
                bson!([4.0, 3.0, 3.0, 14.0 / 3.0, 14.0 / 3.0]),
            ),
            (
                bson!({"$avg": "$v", "window": {"documents": [4, 4]}}),
                by_t(),
                bson!([null, null, null, null, null]),
            ),
            (
                bson!({"$min": "$v", "window": {"documents": [-1, 1]}}),
                by_t(),
                bson!([2, 2, 2, 8, 8]),
            ),
            (
                bson!({"$max": "$v", "window": {"documents": [-1, 1]}}),
                by_t(),
                bson!([4, 4, 8, 8, 8]),
            ),
            (
                bson!({"$push": "$v", "window": {"documents": [-1, 0]}}),
                by_t(),
                bson!([[4], [4, 2], [2, null], [null, 8], [8]]),
            ),
            (
                bson!({"$addToSet": "$t", "window": {"documents": [0, 2]}}),
                by_t(),
                bson!([[1, 2], [2, 4], [2, 4, 7], [4, 7], [7]]),
            ),
            (
                bson!({"$first": "$v", "window": {"documents": [-1, 0]}}),
                by_t(),
                bson!([4, 4, 2, null, 8]),
            ),
            (
                bson!({"$last": "$v", "window": {"documents": [0, 1]}}),
                by_t(),
                bson!([2, null, 8, "MISSING", "MISSING"]),
            ),
            (
                bson!({"$last": "$v", "window": {"documents": [5, 6]}}),
                by_t(),
                bson!([null, null, null, null, null]),
            ),
            (bson!({"$rank": {}}), by_t(), bson!([1, 2, 2, 4, 5])),
            (bson!({"$denseRank": {}}), by_t(), bson!([1, 2, 2, 3, 4])),
            (
                bson!({"$documentNumber": {}}),
                by_t(),
                bson!([1, 2, 3, 4, 5]),
            ),
            (
                bson!({"$shift": {"output": "$v", "by": 1, "default": "none"}}),
                by_t(),
                bson!([2, null, 8, "MISSING", "none"]),
            ),
            (
                bson!({"$shift": {"output": "$t", "by": -2}}),
                by_t(),
                bson!([null, null, 1, 2, 2]),
            ),
            (bson!({"$locf": "$v"}), by_t(), bson!([4, 2, 2, 8, 8])),
            (
                bson!({"$firstN": {"n": 2, "input": "$v"}, "window": {"documents": [0, 2]}}),
                by_t(),
                bson!([[4, 2], [2, null], [null, 8], [8, null], [null]]),
            ),
            (
                bson!({"$topN": {"n": 2, "output": "$t", "sortBy": {"v": -1}}}),
                by_t(),
                bson!([[4, 1], [4, 1], [4, 1], [4, 1], [4, 1]]),
            ),
            (
                bson!({"$median": {"input": "$v", "method": "approximate"}, "window": {"documents": ["unbounded", "current"]}}),
                by_t(),
                bson!([4.0, 2.0, 2.0, 4.0, 4.0]),
            ),
            (
                bson!({"$stdDevPop": "$v", "window": {"documents": [0, 1]}}),
                by_t(),
                bson!([1.0, 0.0, 0.0, 0.0, null]),
            ),
            (
                bson!({"$stdDevSamp": "$t", "window": {"documents": [0, 1]}}),
                by_t(),
                bson!([0.5f64.sqrt(), 0.0, 2f64.sqrt(), 4.5f64.sqrt(), null]),
            ),
            (
                bson!({"$covariancePop": ["$t", "$t"], "window": {"documents": [0, 1]}}),
                by_t(),
                bson!([0.25, 0.0, 1.0, 2.25, 0.0]),
            ),
            (
                bson!({"$covarianceSamp": ["$t", "$t"], "window": {"documents": [0, 1]}}),
                by_t(),
                bson!([0.5, 0.0, 2.0, 4.5, null]),
            ),
            (
                bson!({"$expMovingAvg": {"input": "$t", "alpha": 0.5}}),
                by_t(),
                bson!([1.0, 1.5, 1.75, 2.875, 4.9375]),
            ),
            (
                bson!({"$integral": {"input": "$t"}, "window": {"documents": [-1, 0]}}),
                by_t(),
                bson!([0, 1.5, 0.0, 6.0, 16.5]),
            ),
            (
                bson!({"$derivative": {"input": "$t"}, "window": {"documents": [-1, 0]}}),
                by_t(),
                bson!([null, 1.0, null, 1.0, 1.0]),
            ),
        ];
        for (spec, sort, want) in cases {
            let got = run(spec.clone(), sort, &d).unwrap_or_else(|e| panic!("{spec}: {e:?}"));
            assert_eq!(vals(got), want, "{spec}");
        }
    }

    #[test]
    fn sums_keep_mongod_types() {
        let d = vec![
            doc! {"v": i32::MAX},
            doc! {"v": 1},
            doc! {"v": Bson::Int64(2)},
            doc! {"v": 0.5},
        ];
        let got = run(
            bson!({"$sum": "$v", "window": {"documents": ["unbounded", "current"]}}),
            Some(doc! {"x": 1}),
            &d,
        )
        .unwrap();
        assert_eq!(
            vals(got),
            bson!([
                i32::MAX,
                Bson::Int64(i32::MAX as i64 + 1),
                Bson::Int64(i32::MAX as i64 + 3),
                (i32::MAX as f64) + 3.5
            ])
        );
    }

    #[test]
    fn derivative_and_integral_over_dates() {
        let day = 86_400_000i64;
        let d: Vec<Document> = [(0, 0), (1, 10), (3, 40)]
            .iter()
            .map(|(t, v)| doc! {"t": bson::DateTime::from_millis(t * day), "v": *v})
            .collect();
        let by_t = || Some(doc! {"t": 1});
        let got = run(
            bson!({"$derivative": {"input": "$v", "unit": "day"}, "window": {"documents": [-1, 0]}}),
            by_t(),
            &d,
        )
        .unwrap();
        let per_day = |rise: f64, days: f64| rise / (days * day as f64) * day as f64;
        assert_eq!(
            vals(got),
            bson!([null, per_day(10.0, 1.0), per_day(30.0, 2.0)])
        );
        let got = run(
            bson!({"$integral": {"input": "$v", "unit": "day"}, "window": {"range": ["unbounded", "current"], "unit": "day"}}),
            by_t(),
            &d,
        )
        .unwrap();
        assert_eq!(vals(got), bson!([0.0, 5.0, 55.0]));
        let err = run(
            bson!({"$derivative": {"input": "$v"}, "window": {"documents": [-1, 0]}}),
            by_t(),
            &d,
        )
        .unwrap_err();
        assert_eq!(err.code.code(), 5624901);
    }

    #[test]
    fn linear_fill() {
        let d = docs(&[
            (1, bson!(null)),
            (2, bson!(10)),
            (3, bson!(null)),
            (4, Bson::Undefined),
            (6, bson!(30)),
            (7, bson!(null)),
        ]);
        let got = run(bson!({"$linearFill": "$v"}), Some(doc! {"t": 1}), &d).unwrap();
        assert_eq!(vals(got), bson!([null, 10, 15.0, 20.0, 30, null]));
        let dup = docs(&[(1, bson!(1)), (1, bson!(null))]);
        let err = run(bson!({"$linearFill": "$v"}), Some(doc! {"t": 1}), &dup).unwrap_err();
        assert_eq!(err.code.code(), 6050106);
        let bad = docs(&[(1, bson!("x"))]);
        let err = run(bson!({"$linearFill": "$v"}), Some(doc! {"t": 1}), &bad).unwrap_err();
        assert_eq!(err.code, ErrorCode::TypeMismatch);
    }

    #[test]
    fn parse_errors() {
        let one = || Some(doc! {"t": 1});
        let two = || Some(doc! {"t": 1, "u": 1});
        let cases: Vec<(Bson, Option<Document>, i32)> = vec![
            (bson!(1), None, 9),
            (bson!({"$summ": "$v"}), None, 9),
            (bson!({"window": {}}), None, 9),
            (bson!({}), None, 9),
            (bson!({"$sum": 1, "$avg": 1}), None, 9),
            (bson!({"$sum": 1, "foo": 1}), None, 9),
            (bson!({"$count": 1}), None, 9),
            (bson!({"$first": 1, "x": 1}), None, 9),
            (bson!({"$rank": {}, "window": {}}), one(), 5371601),
            (bson!({"$rank": 1}), one(), 5371603),
            (bson!({"$rank": {}}), None, 5371602),
            (bson!({"$denseRank": {}}), two(), 5371602),
            (bson!({"$shift": {"output": 1, "by": 1}}), None, 9),
            (
                bson!({"$shift": {"output": 1, "by": 1}, "window": {}}),
                one(),
                9,
            ),
            (bson!({"$shift": {"output": 1, "by": 1.5}}), one(), 9),
            (bson!({"$shift": {"output": 1}}), one(), 9),
            (bson!({"$shift": {"by": 1}}), one(), 9),
            (
                bson!({"$shift": {"output": 1, "by": 1, "default": "$x"}}),
                one(),
                9,
            ),
            (bson!({"$shift": 1}), one(), 9),
            (bson!({"$derivative": {"input": "$v"}}), None, 9),
            (bson!({"$derivative": {"input": "$v"}}), two(), 9),
            (bson!({"$derivative": {"input": "$v"}}), one(), 9),
            (
                bson!({"$derivative": {"input": "$v", "unit": "month"}, "window": {"documents": [-1, 0]}}),
                one(),
                5490710,
            ),
            (bson!({"$integral": {"input": "$v", "unit": 1}}), one(), 9),
            (bson!({"$integral": {"unit": "day"}}), one(), 9),
            (bson!({"$integral": 1}), one(), 9),
            (bson!({"$expMovingAvg": {"input": "$v", "N": 2}}), None, 9),
            (
                bson!({"$expMovingAvg": {"input": "$v", "N": 2.5}}),
                one(),
                9,
            ),
            (bson!({"$expMovingAvg": {"input": "$v", "N": 0}}), one(), 9),
            (
                bson!({"$expMovingAvg": {"input": "$v", "alpha": 1}}),
                one(),
                9,
            ),
            (bson!({"$expMovingAvg": {"input": "$v", "x": 1}}), one(), 9),
            (
                bson!({"$expMovingAvg": {"input": "$v", "N": 2}, "window": {}}),
                one(),
                9,
            ),
            (bson!({"$locf": "$v", "window": {}}), None, 9),
            (bson!({"$linearFill": "$v"}), two(), 605001),
            (bson!({"$topN": {"n": 1, "output": 1}}), None, 5788005),
            (bson!({"$firstN": {"n": 1, "input": 1}, "x": 1}), None, 9),
            (
                bson!({"$sum": 1, "window": {"documents": [0, 1]}}),
                None,
                5339901,
            ),
        ];
        for (spec, sort, code) in cases {
            let got = run(spec.clone(), sort, &[doc! {"t": 1}]);
            let err = got.expect_err(&format!("{spec} should fail"));
            assert_eq!(err.code.code(), code, "{spec}: {}", err.message);
        }
    }
}
