//! `whatsmyuri`: the client's address as the server sees it.

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    Ok(doc! { "you": ctx.conn.peer.to_string() })
}
