//! `drop`: drops a collection, its indexes and its cursors. Since MongoDB 7.0
//! dropping a collection that does not exist succeeds.

use super::check_fields;
use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "drop")?;
    check_fields(cmd, "drop", &[])?;
    let ns = format!("{}.{coll}", ctx.db);
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
