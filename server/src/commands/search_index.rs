//! Atlas Search index commands (`createSearchIndexes`, `updateSearchIndex`,
//! `dropSearchIndex`, and the `$listSearchIndexes` stage). A mongod without
//! a search process answers them with SearchNotEnabled; so do we.

use crate::dispatch::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::Document;

/// mongod's error for search commands when no search process is configured.
pub fn not_enabled() -> Error {
    Error::new(
        ErrorCode::SearchNotEnabled,
        "Using Atlas Search Database Commands and the $listSearchIndexes aggregation stage requires additional configuration. Please connect to Atlas or an AtlasCLI local deployment to enable. For more information on how to connect, see https://dochub.mongodb.org/core/atlas-cli-deploy-local-reqs",
    )
}

pub fn run(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let name = cmd.keys().next().cloned().unwrap_or_default();
    super::collection_arg(cmd, &name)?;
    Err(not_enabled())
}
