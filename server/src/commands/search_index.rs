//! Atlas Search index commands (`createSearchIndexes`, `updateSearchIndex`,
//! `dropSearchIndex`, and the `$listSearchIndexes` stage). A mongod without
//! a search process answers them with SearchNotEnabled; so do we.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::Document;

pub fn run(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let name = cmd.keys().next().cloned().unwrap_or_default();
    super::collection_arg(cmd, &name)?;
    Err(Error::search_not_enabled())
}
