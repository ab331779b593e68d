//! Finding the documents a write targets (update, delete, findAndModify),
//! through the query planner, in natural order or in the order of a sort.

use crate::error::Result;
use crate::planner::Plan;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::storage::{CollMeta, Txn};
use bson::{Bson, Document};
use std::ops::ControlFlow;

/// The matching documents with their record ids; at most one when `one`.
/// The planner picks how to read them (and honours the statement's hint).
pub fn find_matches(
    txn: &mut Txn<'_>,
    meta: &CollMeta,
    filter: &Filter,
    one: bool,
    sort: Option<&SortSpec>,
    hint: Option<&Bson>,
) -> Result<Vec<(i64, Document)>> {
    let sort = sort.filter(|s| !s.is_empty());
    let plan = Plan::choose(meta, filter, sort, hint)?;
    // Without a sort, or when the plan yields the sort's order, the first
    // match is the one.
    let stop_early = one && (sort.is_none() || plan.provides_sort());
    let mut out = Vec::new();
    crate::planner::run(txn, meta, &plan, filter, |rid, d| {
        out.push((rid, d));
        Ok(if stop_early {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        })
    })?;
    if let (Some(s), false) = (sort, plan.provides_sort()) {
        s.check(out.iter().map(|(_, d)| d))?;
        let mut keyed: Vec<(Vec<Bson>, (i64, Document))> =
            out.into_iter().map(|(r, d)| (s.key(&d), (r, d))).collect();
        keyed.sort_by(|a, b| s.compare_keys(&a.0, &b.0));
        out = keyed.into_iter().map(|(_, x)| x).collect();
    }
    if one {
        out.truncate(1);
    }
    Ok(out)
}
