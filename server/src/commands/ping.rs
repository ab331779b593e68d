//! `ping`: answers `{ok: 1}`; drivers use it for liveness checks.

use crate::commands::Ctx;
use crate::error::Result;
use bson::Document;

pub fn run(_ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    Ok(Document::new())
}
