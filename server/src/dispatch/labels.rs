//! Error labels, added to a reply in one place after the command ran (the
//! last step of dispatch before `$clusterTime`), by mongod's rules
//! (`ErrorLabelBuilder` in its error_labels.cpp):
//!
//! - `TransientTransactionError`: a command of a transaction (it carries
//!   `txnNumber` and `autocommit`) failed with a code after which the whole
//!   transaction can be retried — WriteConflict, LockTimeout,
//!   PreparedTransactionInProgress, snapshot and re-targeting errors, the
//!   retriable codes and NoSuchTransaction; on commit and abort only
//!   NoSuchTransaction without a write concern error, besides the first
//!   ones.
//! - otherwise `RetryableWriteError`: a retryable write (`txnNumber`
//!   without `autocommit`), or a transaction's commit or abort, whose error
//!   or write concern error has a retriable code; with `NoWritesPerformed`
//!   when the connection's last write is the same before and after it.
//! - `ResumableChangeStreamError`/`NonResumableChangeStreamError` are added
//!   by getMore, which knows its cursor is a change stream.
//!
//! A `failCommand` fail point given `errorLabels` replaces them all.

use crate::error::ErrorCode;
use bson::{Bson, Document};

/// What the label rules need to know about a command's run, filled in by
/// `execute` as it goes.
#[derive(Default)]
pub(super) struct Labeling {
    /// The labels a fail point set (replacing the server's own).
    pub fail_point_labels: Option<Vec<String>>,
    /// The connection's last write before the command (0: none yet).
    pub last_op_before: u64,
    /// The connection's last write after it.
    pub last_op_after: u64,
    /// The write concern error the command reports, success or not (set
    /// once its handler runs).
    pub write_concern_error: Option<Document>,
}

const COMMIT_OR_ABORT: [&str; 2] = ["commitTransaction", "abortTransaction"];

/// Adds the labels to a reply (success or error) of `body`.
pub(super) fn apply(reply: &mut Document, body: &Document, labeling: &Labeling) {
    let labels = match &labeling.fail_point_labels {
        Some(labels) => labels.clone(),
        None => {
            let mut labels: Vec<String> = match reply.get("errorLabels") {
                Some(Bson::Array(a)) => a
                    .iter()
                    .filter_map(|l| l.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            for l in server_labels(reply, body, labeling) {
                if !labels.iter().any(|have| have == l) {
                    labels.push(l.to_string());
                }
            }
            labels
        }
    };
    if labels.is_empty() {
        reply.remove("errorLabels");
    } else {
        reply.insert("errorLabels", labels);
    }
}

fn server_labels(reply: &Document, body: &Document, labeling: &Labeling) -> Vec<&'static str> {
    let code = code_of(reply).filter(|_| !is_ok(reply));
    let wc_code = reply
        .get_document("writeConcernError")
        .ok()
        .and_then(code_of);
    if code.is_none() && wc_code.is_none() {
        return Vec::new();
    }
    let command = body.keys().next().map(String::as_str).unwrap_or_default();
    let commit_or_abort = COMMIT_OR_ABORT.contains(&command);
    let has_txn_number = body.contains_key("txnNumber");
    let has_autocommit = body.contains_key("autocommit");
    if let Some(code) = code {
        if has_txn_number && has_autocommit && transient(code, wc_code.is_some(), commit_or_abort) {
            return vec!["TransientTransactionError"];
        }
    }
    let retryable_write = has_txn_number && !has_autocommit;
    let txn_end = has_txn_number && has_autocommit && commit_or_abort;
    if (retryable_write || txn_end)
        && (code.is_some_and(ErrorCode::is_retriable)
            || wc_code.is_some_and(ErrorCode::is_retriable))
    {
        let no_writes =
            labeling.last_op_before != 0 && labeling.last_op_before == labeling.last_op_after;
        return if no_writes {
            vec!["RetryableWriteError", "NoWritesPerformed"]
        } else {
            vec!["RetryableWriteError"]
        };
    }
    Vec::new()
}

/// mongod's `isTransientTransactionError`.
fn transient(code: ErrorCode, has_write_concern_error: bool, commit_or_abort: bool) -> bool {
    if code == ErrorCode::InternalTransactionNotSupported {
        return false;
    }
    if matches!(
        code,
        ErrorCode::WriteConflict
            | ErrorCode::LockTimeout
            | ErrorCode::PreparedTransactionInProgress
            | ErrorCode::ShardCannotRefreshDueToLocksHeld
            | ErrorCode::StaleDbVersion
    ) || code.is_snapshot_error()
        || code.is_need_retargetting_error()
    {
        return true;
    }
    if commit_or_abort {
        code == ErrorCode::NoSuchTransaction && !has_write_concern_error
    } else {
        code.is_retriable() || code == ErrorCode::NoSuchTransaction
    }
}

fn is_ok(reply: &Document) -> bool {
    reply
        .get("ok")
        .and_then(crate::value::as_f64)
        .is_some_and(|ok| ok == 1.0)
}

fn code_of(d: &Document) -> Option<ErrorCode> {
    d.get("code")
        .and_then(crate::value::as_i64)
        .and_then(|c| i32::try_from(c).ok())
        .map(ErrorCode::from_code)
}
