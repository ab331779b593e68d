//! Fail points on the request path (only with `--enable-test-commands`):
//! `failCommand` (block, close the connection, fail with an error or a
//! write concern error) matched on the command name and the connection's
//! app name, `maxTimeAlwaysTimeOut`, and `onPrimaryTransactionalWrite`
//! around retryable writes.

use crate::commands::ConnInfo;
use crate::error::{Error, ErrorCode, Result};
use crate::failpoint::TransactionalWriteFault;
use crate::state::ServerState;
use bson::{Bson, Document};

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
    is_write: bool,
    body: &Document,
) -> Result<Injected> {
    let mut write_concern_error = None;
    let app = conn
        .client_metadata
        .lock()
        .unwrap()
        .as_ref()
        .and_then(|m| m.get_document("application").ok())
        .and_then(|a| a.get_str("name").ok())
        .map(str::to_string);
    // Statements of a transaction are not retryable writes: mongod never
    // labels their errors RetryableWriteError.
    let retryable_write = is_write
        && body.contains_key("txnNumber")
        && !matches!(body.get("autocommit"), Some(Bson::Boolean(false)));
    if let Some(action) = state
        .failpoints
        .check(name, app.as_deref(), retryable_write)
    {
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

/// `onPrimaryTransactionalWrite` before a retryable write: fail before the
/// commit, or close the connection after it (returned for later).
pub(super) fn before_retryable_write(
    state: &ServerState,
) -> Result<Option<TransactionalWriteFault>> {
    let fault = state.failpoints.transactional_write_fault();
    if let Some(TransactionalWriteFault::FailBeforeCommit(code)) = fault {
        return Err(Error::new(
            ErrorCode::from_code(code),
            "Failing the write before commit via 'onPrimaryTransactionalWrite' failpoint",
        )
        .with_label("RetryableWriteError"));
    }
    Ok(fault)
}
