//! `listIndexes`: the index specs of a collection as a cursor.

use super::check_fields;
use super::shared::cursor_reply::{cursor_batch_size, first_batch_reply};
use crate::commands::Ctx;
use crate::cursor::Source;
use crate::error::{Error, ErrorCode, Result};
use bson::Document;

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "listIndexes")?;
    check_fields(
        cmd,
        "listIndexes",
        &["cursor", "includeBuildUUIDs", "includeIndexBuildInfo"],
    )?;
    let batch_size = cursor_batch_size(cmd, "listIndexes")?;
    let ns = format!("{}.{coll}", ctx.db);
    let meta = ctx.state.engine.collection(&ctx.db, &coll).ok_or_else(|| {
        Error::new(
            ErrorCode::NamespaceNotFound,
            format!("ns does not exist: {ns}"),
        )
    })?;
    let specs: Vec<Document> = meta
        .indexes
        .iter()
        .filter(|i| i.ready)
        .map(|i| i.spec.clone())
        .collect();
    first_batch_reply(
        ctx,
        &ns,
        Source::Buffered(specs.into()),
        batch_size,
        false,
        false,
    )
}
