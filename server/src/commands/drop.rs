//! `drop`: drops a collection, its indexes and its cursors, or a view. Since MongoDB 7.0
//! dropping a collection that does not exist succeeds.

use super::check_fields;
use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "drop")?;
    check_fields(cmd, "drop", &[])?;
    let ns = format!("{}.{coll}", ctx.db);
    if drop_view(ctx, &coll)? {
        return Ok(Document::new());
    }
    let n_indexes = ctx
        .state
        .engine
        .collection(&ctx.db, &coll)
        .map(|m| m.indexes.len() as i32);
    ctx.state.cursors.kill_ns(&ns);
    ctx.state.engine.drop_collection(&ctx.db, &coll)?;
    ctx.wrote();
    Ok(match n_indexes {
        Some(n) => doc! { "nIndexesWas": n, "ns": ns },
        None => Document::new(),
    })
}

/// Drops `coll` when it is a view: its definition leaves `system.views`.
fn drop_view(ctx: &mut Ctx<'_>, coll: &str) -> Result<bool> {
    use crate::commands::shared::views;
    let engine = &ctx.state.engine;
    if engine.collection(&ctx.db, coll).is_some() {
        return Ok(false);
    }
    let Some(meta) = engine.collection(&ctx.db, views::SYSTEM_VIEWS) else {
        return Ok(false);
    };
    let id = bson::Bson::String(format!("{}.{coll}", ctx.db));
    let dropped = ctx.write(|t| match t.find_by_id(&meta, &id)? {
        Some((rid, d)) => t.delete(&meta, rid, &d).map(|()| true),
        None => Ok(false),
    })?;
    if dropped {
        ctx.wrote();
    }
    Ok(dropped)
}
