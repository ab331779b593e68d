//! Fail points on the request path (only with `--enable-test-commands`):
//! `failCommand` (block, close the connection, fail with an error or a
//! write concern error) matched on the command name and the connection's
//! app name, and `maxTimeAlwaysTimeOut`. (`onPrimaryTransactionalWrite` is
//! met per statement written, in `Ctx::autocommit`.)

use super::labels::Labeling;
use crate::commands::ConnInfo;
use crate::error::{Error, ErrorCode, Result};
use crate::state::ServerState;
use bson::Document;

/// What a `failCommand` fail point leaves the command to do.
pub(super) enum Injected {
    /// Run it (with this writeConcernError instead of its own, if any).
    Run(Option<Document>),
    /// Close the connection without a reply.
    Close,
}

/// The `failCommand` and `maxTimeAlwaysTimeOut` fail points, checked
/// before the command runs.
pub(super) fn before_command(
    state: &ServerState,
    conn: &ConnInfo,
    name: &str,
    body: &Document,
    labeling: &mut Labeling,
) -> Result<Injected> {
    let mut write_concern_error = None;
    let app_of = crate::commands::app_name_of;
    // The connection's app name; during the handshake that sets it, the
    // one the handshake carries (a fail point may target the handshake).
    let app = conn
        .client_metadata
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .as_deref()
        .and_then(app_of)
        .or_else(|| body.get_document("client").ok().and_then(app_of));
    // A failCommands entry matches a command by its name or any alias, as
    // mongod's `hasAlias` (pymongo names the legacy handshake `ismaster`).
    let names: &[&str] = match name {
        "isMaster" | "ismaster" => &["isMaster", "ismaster"],
        "buildInfo" | "buildinfo" => &["buildInfo", "buildinfo"],
        _ => std::slice::from_ref(&name),
    };
    if let Some(action) = state.failpoints.check(names, app.as_deref()) {
        labeling.fail_point_labels = action.error_labels;
        if let Some(ms) = action.block_ms {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        if action.close_connection {
            return Ok(Injected::Close);
        }
        if let Some(e) = action.error {
            return Err(e);
        }
        write_concern_error = action.write_concern_error;
    }
    let has_deadline = body
        .get("maxTimeMS")
        .and_then(crate::value::as_i64)
        .is_some_and(|ms| ms > 0);
    if has_deadline && state.failpoints.max_time_expired() {
        return Err(Error::new(
            ErrorCode::MaxTimeMSExpired,
            "operation exceeded time limit",
        ));
    }
    Ok(Injected::Run(write_concern_error))
}
