//! `replSetGetConfig`: the set's configuration as `replSetInitiate` or
//! `replSetReconfig` installed it (`{config: {...}}`).

use crate::commands::args::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(
        cmd,
        "replSetGetConfig",
        &["commitmentStatus", "includeNewlyAdded"],
    )?;
    let repl = &ctx.state.repl;
    if !repl.is_replica_set() {
        return Err(Error::new(
            ErrorCode::NoReplicationEnabled,
            "not running with --replSet",
        ));
    }
    let Some(config) = repl.config() else {
        return Err(Error::new(
            ErrorCode::NotYetInitialized,
            "no replset config has been received",
        ));
    };
    let mut reply = doc! { "config": config };
    if cmd
        .get("commitmentStatus")
        .is_some_and(crate::value::truthy)
    {
        // One member: every configuration is committed once installed.
        reply.insert("commitmentStatus", true);
    }
    Ok(reply)
}
