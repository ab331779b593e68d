//! `configureFailPoint` (test-only): arms or disarms the `failCommand` fail
//! point (see `failpoint`).

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let count = ctx.state.failpoints.configure(cmd)?;
    Ok(doc! { "count": count })
}
