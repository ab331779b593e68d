//! The machinery of `$setWindowFields` (set_window_fields.rs), which
//! `agg::Pipeline` runs for aggregate and pipeline updates and `$fill`
//! desugars into. The files stack, each using only those below it:
//!
//! - `functions.rs`: [`WindowFn`]'s parse and compute, dispatching on the
//!   function's family;
//! - the families: `accumulators.rs` ($sum, $avg, $first, $topN...),
//!   `position.rs` ($rank, $denseRank, $documentNumber, $shift),
//!   `calculus.rs` ($derivative, $integral), `series.rs` ($expMovingAvg,
//!   $locf, $linearFill);
//! - `spec.rs`: the parsed form of a window function and the names of
//!   mongod's window functions;
//! - `bounds.rs` (the `window` bounds) and `acc.rs` (accumulator states);
//! - `common.rs`: the partition view [`Ctx`] and helpers shared with the
//!   stage and `$densify`.

mod acc;
mod accumulators;
mod bounds;
mod calculus;
mod common;
mod functions;
mod position;
mod series;
mod spec;
#[cfg(test)]
mod tests;

pub(super) use common::{add_numbers, check_field_path, date_add, get_path, parse_time_unit, Ctx};
pub(super) use spec::WindowFn;
