//! `shutdown`: stops the server as SIGTERM does — no new connections,
//! in-flight requests finish, the store closes with a checkpoint, and the
//! process exits with code 0. mongod exits without answering the command,
//! so the connection that sent it is closed (dispatch does that once this
//! handler accepted the request). A one-member set has no secondaries to
//! wait for, so `timeoutSecs` has nothing to bound and `force` changes
//! nothing.

use crate::commands::args::check_fields;
use crate::commands::Ctx;
use crate::error::Result;
use bson::{Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "shutdown", &["force", "timeoutSecs"])?;
    if let Some(v) = cmd.get("force") {
        if !matches!(v, Bson::Boolean(_)) && !crate::value::is_number(v) {
            return Err(crate::value::field_type_error(
                "shutdown", "force", v, "bool",
            ));
        }
    }
    if let Some(v) = cmd.get("timeoutSecs") {
        if !crate::value::is_number(v) {
            return Err(crate::value::field_type_error(
                "shutdown",
                "timeoutSecs",
                v,
                "long",
            ));
        }
    }
    tracing::info!(target: "COMMAND", id = 4695400, ctx = %format_args!("conn{}", ctx.conn.id),
        force = cmd.get("force").is_some_and(crate::value::truthy),
        timeoutSecs = cmd.get("timeoutSecs").and_then(crate::value::as_i64),
        "Terminating via shutdown command");
    ctx.state.request_shutdown();
    Ok(Document::new())
}
