//! The entry points of the window functions: [`WindowFn::parse`] reads an
//! output field's spec and hands it to the parser of the function's family,
//! [`WindowFn::compute`] runs the parsed function over one sorted
//! partition. Called by the `$setWindowFields` stage (set_window_fields.rs)
//! once per output field and partition; the families sit below.

use super::super::group_n::N_ACCUMULATORS;
use super::accumulators::{
    parse_accumulator, parse_count, parse_first_last, parse_n, windowed_acc, windowed_first_last,
    windowed_n,
};
use super::calculus::{parse_with_unit, windowed_derivative};
use super::common::{fail, Ctx};
use super::position::{parse_rank, parse_shift, ranks, shifted};
use super::series::{linear_fill, parse_exp_moving_avg, parse_left_unbounded};
use super::spec::{is_function, Func, WindowFn};
use crate::error::Result;
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use bson::Bson;

impl WindowFn {
    /// Parses the spec of output field `field`: `{<function>: <args>,
    /// window?: {...}}`.
    pub(crate) fn parse(
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
    pub(crate) fn compute(&self, ctx: &Ctx<'_>) -> Result<Vec<Option<Bson>>> {
        match &self.func {
            Func::Acc(kind, input) => windowed_acc(*kind, input, &self.window, ctx),
            Func::N(spec) => windowed_n(spec, &self.window, ctx),
            Func::First(e) | Func::Last(e) => {
                let first = matches!(self.func, Func::First(_));
                windowed_first_last(e, first, &self.window, ctx)
            }
            Func::Rank(kind) => Ok(ranks(*kind, ctx)),
            Func::Shift {
                output,
                by,
                default,
            } => shifted(output, *by, default, ctx),
            Func::Derivative { input, unit_ms } => {
                windowed_derivative(input, *unit_ms, &self.window, ctx)
            }
            Func::LinearFill(input) => linear_fill(input, ctx),
        }
    }
}
