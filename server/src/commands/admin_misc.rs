//! Small administrative commands: `fsync` (a checkpoint plus journal sync),
//! `profile` (the profiler is off and stays off; `slowms` sets the
//! threshold of the slow-query log line), `currentOp` and `killOp`
//! (over the registry of operations in progress, `ops`).

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{doc, Document};

pub fn fsync(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    if cmd.get("lock").is_some_and(crate::value::truthy) {
        return Err(Error::not_implemented("fsync with lock is not implemented"));
    }
    ctx.state.engine.checkpoint()?;
    Ok(doc! { "numFiles": 1 })
}

pub fn profile(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    use std::sync::atomic::Ordering;
    match cmd.get("profile").and_then(crate::value::as_i64) {
        Some(-1) | Some(0) => {
            let was = crate::log::SLOW_MS.load(Ordering::Relaxed);
            if let Some(ms) = cmd.get("slowms").and_then(crate::value::as_i64) {
                crate::log::SLOW_MS.store(ms.max(0) as u64, Ordering::Relaxed);
            }
            Ok(doc! { "was": 0, "slowms": was as i64, "sampleRate": 1.0 })
        }
        Some(1) | Some(2) => Err(Error::not_implemented(
            "the database profiler is not implemented",
        )),
        _ => Err(Error::bad_value("profile level must be -1, 0, 1 or 2")),
    }
}

/// `currentOp`: the operations in progress (this one included), filtered
/// by the command's other fields as a query over their documents.
pub fn current_op(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let mut filter = Document::new();
    for (k, v) in cmd.iter().skip(1) {
        if matches!(k.as_str(), "$all" | "$ownOps" | "$truncateOps")
            || crate::commands::GENERIC_FIELDS.contains(&k.as_str())
        {
            continue;
        }
        filter.insert(k.clone(), v.clone());
    }
    let filter = crate::query::Filter::parse(&filter)?;
    let mut inprog = Vec::new();
    for op in ctx.state.ops.report(&ctx.state.me()) {
        if filter.matches(&op)? {
            inprog.push(bson::Bson::Document(op));
        }
    }
    Ok(doc! { "inprog": inprog })
}

/// `killOp`: marks the operation killed; it ends with Interrupted at its
/// next interrupt check. mongod answers the same whether or not the
/// operation still runs.
pub fn kill_op(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    match cmd.get("op") {
        Some(v) if crate::value::is_number(v) => {
            let opid = crate::value::as_i64(v).unwrap_or(-1);
            if let Ok(opid) = u32::try_from(opid) {
                ctx.state.ops.kill(opid);
            }
            Ok(doc! { "info": "attempting to kill op" })
        }
        Some(v) => Err(crate::value::field_type_error("killOp", "op", v, "int")),
        None => Err(Error::missing_field("killOp", "op")),
    }
}
