//! The window functions of a document's position in its sorted partition
//! rather than of a window: `$rank` (ties share the rank, the next rank
//! skips), `$denseRank`, `$documentNumber`, and `$shift` (the value of the
//! document some positions away). Their parsers and computations, for
//! functions.rs.

use super::bounds::{int32_value, Window};
use super::common::{fail, located, single_sort, Ctx};
use super::spec::{is_function, Func, RankKind, WindowFn};
use crate::error::Result;
use crate::expr::n_ops::constant_value;
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use bson::{Bson, Document};
use std::cmp::Ordering;

pub(super) fn parse_rank(name: &str, obj: &Document, sort: Option<&SortSpec>) -> Result<WindowFn> {
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
pub(super) fn parse_shift(
    obj: &Document,
    sort: Option<&SortSpec>,
    vars: &Vars,
) -> Result<WindowFn> {
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

/// An int32 when it fits, else an int64 (mongod's createIntOrLong).
fn int_or_long(v: i64) -> Bson {
    i32::try_from(v).map_or(Bson::Int64(v), Bson::Int32)
}

/// `$rank` (ties share the rank, the next rank skips), `$denseRank`
/// (no gaps) and `$documentNumber`, over the sortBy keys.
pub(super) fn ranks(kind: RankKind, ctx: &Ctx<'_>) -> Vec<Option<Bson>> {
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

/// `$shift`: each document's `output` evaluated `by` positions away, or
/// `default` past either end of the partition.
pub(super) fn shifted(
    output: &Bson,
    by: i64,
    default: &Bson,
    ctx: &Ctx<'_>,
) -> Result<Vec<Option<Bson>>> {
    let n = ctx.docs.len();
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
