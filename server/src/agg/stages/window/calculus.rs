//! `$derivative` and `$integral`: rates and areas along the sortBy field,
//! the x axis (numbers, or dates with a `unit` of a week or smaller).
//! `$integral` folds its window in an acc.rs state; `$derivative` takes
//! rise over run between the ends of each window. Their parsers and the
//! `$derivative` computation, for functions.rs.

use super::acc::AccKind;
use super::bounds::Window;
use super::common::{decimal_or_double, fail, located, nullish, parse_time_unit, Ctx};
use super::spec::{Func, WindowFn};
use crate::error::{Error, Result};
use crate::expr::{eval, Scope, Vars};
use crate::query::sort::SortSpec;
use crate::value::{as_f64, is_number, type_name};
use bson::{doc, Bson, Document};

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
pub(super) fn parse_with_unit(
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

/// `$derivative` over each document's window; null for an empty window.
pub(super) fn windowed_derivative(
    input: &Bson,
    unit_ms: Option<i64>,
    window: &Window,
    ctx: &Ctx<'_>,
) -> Result<Vec<Option<Bson>>> {
    let n = ctx.docs.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(Some(match window.endpoints(ctx, i)? {
            None => Bson::Null,
            Some((lo, hi)) => derivative(ctx, input, unit_ms, lo, hi)?,
        }));
    }
    Ok(out)
}
