//! The parsed form of a `$setWindowFields` output: which window function
//! it runs ([`Func`]) over which window ([`WindowFn`]), and the names of the
//! window functions mongod knows. The per-family parsers (accumulators.rs,
//! position.rs, calculus.rs, series.rs) build it; functions.rs dispatches
//! on it.

use super::super::group_n::NSpec;
use super::acc::AccKind;
use super::bounds::Window;
use bson::Bson;

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

/// Whether `name` is one of mongod's window functions.
pub(super) fn is_function(name: &str) -> bool {
    WINDOW_FUNCTIONS.contains(&name)
}

/// The ordinal functions, which number the documents of a partition.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum RankKind {
    Rank,
    Dense,
    DocumentNumber,
}

/// A window function with its parsed arguments.
pub(super) enum Func {
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
pub(crate) struct WindowFn {
    pub(super) func: Func,
    pub(super) window: Window,
}
