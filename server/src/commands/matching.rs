//! Finding the documents a write targets (update, delete, findAndModify):
//! through the `_id` index for an `_id` equality, otherwise by scanning, in
//! natural order or in the order of a sort.

use crate::error::Result;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::storage::{CollMeta, Txn};
use bson::Document;
use std::ops::ControlFlow;

/// The matching documents with their record ids; at most one when `one`.
pub fn find_matches(
    txn: &mut Txn<'_>,
    meta: &CollMeta,
    filter: &Filter,
    one: bool,
    sort: Option<&SortSpec>,
) -> Result<Vec<(i64, Document)>> {
    if let Some(id) = filter.id_equality() {
        return Ok(txn
            .find_by_id(meta, id)?
            .map(|(r, d)| filter.matches(&d).map(|m| m.then_some((r, d))))
            .transpose()?
            .flatten()
            .into_iter()
            .collect());
    }
    let sorted = sort.is_some_and(|s| !s.is_empty());
    let mut out = Vec::new();
    txn.scan(meta, i64::MIN, |rid, d| {
        if filter.matches(&d)? {
            out.push((rid, d));
            if one && !sorted {
                return Ok(ControlFlow::Break(()));
            }
        }
        Ok(ControlFlow::Continue(()))
    })?;
    if let (Some(s), true) = (sort, sorted) {
        let mut keyed: Vec<(Vec<bson::Bson>, (i64, Document))> =
            out.into_iter().map(|(r, d)| (s.key(&d), (r, d))).collect();
        keyed.sort_by(|a, b| s.compare_keys(&a.0, &b.0));
        out = keyed.into_iter().map(|(_, x)| x).collect();
        if one {
            out.truncate(1);
        }
    }
    Ok(out)
}
