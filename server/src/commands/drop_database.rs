//! `dropDatabase`: drops every collection of the database.

use super::check_fields;
use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "dropDatabase", &[])?;
    ctx.state.cursors.kill_db(&ctx.db);
    ctx.state.engine.drop_database(&ctx.db)?;
    ctx.wrote();
    Ok(doc! { "dropped": ctx.db.clone() })
}
