//! `configureFailPoint` (test-only): arms or disarms the `failCommand` fail
//! point (see `failpoint`).

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let count = ctx.state.failpoints.configure(cmd)?;
    // mongod appends the count as an int when it fits (appendIntOrLL).
    Ok(match i32::try_from(count) {
        Ok(n) => doc! { "count": n },
        Err(_) => doc! { "count": count },
    })
}
