//! `count`: the number of documents matching `query`, after `skip` and
//! `limit` (a negative limit counts like its absolute value).

use super::check_fields;
use super::find::command_collation;
use crate::commands::args::{opt_doc, opt_i64};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::query::Filter;
use bson::{doc, Document};
use std::ops::ControlFlow;

const KNOWN: &[&str] = &[
    "query",
    "limit",
    "skip",
    "hint",
    "collation",
    "fields",
    "readConcern",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "count")?;
    check_fields(cmd, "count", KNOWN)?;
    let query = opt_doc(cmd, "count", "query")?.cloned().unwrap_or_default();
    let skip = opt_i64(cmd, "count", "skip")?.unwrap_or(0);
    if skip < 0 {
        return Err(Error::bad_value("skip value is negative in count query"));
    }
    let limit = opt_i64(cmd, "count", "limit")?.unwrap_or(0).unsigned_abs();
    let meta = ctx.state.engine.collection(&ctx.db, &coll);
    if meta.is_none() && super::shared::views::get(&ctx.state.engine, &ctx.db, &coll)?.is_some() {
        return super::on_view::count(ctx, cmd, &coll);
    }
    let filter = Filter::parse_collated(&query, command_collation(cmd, meta.as_deref())?)?;
    let Some(meta) = meta else {
        return Ok(doc! { "n": 0 });
    };
    super::find::check_hint(&meta, cmd.get("hint"))?;
    let plan = crate::planner::Plan::choose(&meta, &filter, None, cmd.get("hint"))?;
    // An empty query is answered from the record count, without a scan.
    if !query.is_empty() && matches!(plan, crate::planner::Plan::CollScan { .. }) {
        ctx.state.top.collection_scan(&meta.ns(), false);
    }
    let n = ctx.read(|txn| {
        if query.is_empty() {
            return txn.count(&meta);
        }
        let mut n = 0u64;
        crate::planner::run(txn, &meta, &plan, &filter, |_, _| {
            n += 1;
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(n)
    })?;
    let mut n = n.saturating_sub(skip as u64);
    if limit > 0 {
        n = n.min(limit);
    }
    Ok(doc! { "n": n as i32 })
}
