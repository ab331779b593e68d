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

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    fn error(code: i32) -> Document {
        doc! { "ok": 0.0, "errmsg": "x", "code": code }
    }

    fn wce(code: i32) -> Document {
        doc! { "ok": 1.0, "writeConcernError": { "code": code, "errmsg": "x" } }
    }

    fn labels_of(reply: Document, body: Document, labeling: &Labeling) -> Vec<String> {
        let mut reply = reply;
        apply(&mut reply, &body, labeling);
        reply
            .get_array("errorLabels")
            .map(|a| a.iter().map(|l| l.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    }

    /// mongod's rules, one row each: (command body, reply, expected labels).
    #[test]
    fn labels_follow_mongods_rules() {
        let none = Labeling::default();
        let in_txn = doc! { "insert": "c", "txnNumber": 1_i64, "autocommit": false };
        let retryable = doc! { "insert": "c", "txnNumber": 1_i64 };
        let plain = doc! { "insert": "c" };
        let commit = doc! { "commitTransaction": 1, "txnNumber": 1_i64, "autocommit": false };
        let abort = doc! { "abortTransaction": 1, "txnNumber": 1_i64, "autocommit": false };
        let rows: Vec<(Document, Document, &[&str])> = vec![
            // Transaction statements: transient codes, retriable codes and
            // NoSuchTransaction.
            (in_txn.clone(), error(112), &["TransientTransactionError"]),
            (in_txn.clone(), error(24), &["TransientTransactionError"]),
            (in_txn.clone(), error(246), &["TransientTransactionError"]),
            (in_txn.clone(), error(10107), &["TransientTransactionError"]),
            (in_txn.clone(), error(251), &["TransientTransactionError"]),
            (in_txn.clone(), error(11000), &[]),
            // Commit: NoSuchTransaction is transient only without a write
            // concern error; a retriable code is a retryable write error.
            (commit.clone(), error(251), &["TransientTransactionError"]),
            (
                commit.clone(),
                doc! { "ok": 0.0, "code": 251, "writeConcernError": { "code": 64 } },
                &[],
            ),
            (commit.clone(), error(112), &["TransientTransactionError"]),
            (commit.clone(), error(91), &["RetryableWriteError"]),
            (commit.clone(), wce(91), &["RetryableWriteError"]),
            (commit.clone(), wce(64), &[]),
            (abort.clone(), wce(11602), &["RetryableWriteError"]),
            // Retryable writes: retriable codes of the error or of the
            // write concern error.
            (retryable.clone(), error(91), &["RetryableWriteError"]),
            (retryable.clone(), wce(189), &["RetryableWriteError"]),
            (retryable.clone(), error(11000), &[]),
            (retryable.clone(), wce(100), &[]),
            // Neither: no labels.
            (plain.clone(), error(91), &[]),
            (plain.clone(), wce(91), &[]),
            (doc! { "find": "c" }, error(112), &[]),
        ];
        for (body, reply, want) in rows {
            let got = labels_of(reply.clone(), body.clone(), &none);
            assert_eq!(got, want, "{body} → {reply}");
        }
    }

    #[test]
    fn no_writes_performed_needs_a_known_unchanged_last_write() {
        let retryable = doc! { "insert": "c", "txnNumber": 1_i64 };
        let unchanged = Labeling {
            last_op_before: 7,
            last_op_after: 7,
            ..Labeling::default()
        };
        assert_eq!(
            labels_of(error(91), retryable.clone(), &unchanged),
            ["RetryableWriteError", "NoWritesPerformed"]
        );
        let wrote = Labeling {
            last_op_before: 7,
            last_op_after: 9,
            ..Labeling::default()
        };
        assert_eq!(
            labels_of(wce(91), retryable.clone(), &wrote),
            ["RetryableWriteError"]
        );
        // A connection that never wrote: unknown, so no label.
        assert_eq!(
            labels_of(error(91), retryable, &Labeling::default()),
            ["RetryableWriteError"]
        );
    }

    #[test]
    fn a_fail_points_labels_replace_the_servers() {
        let in_txn = doc! { "insert": "c", "txnNumber": 1_i64, "autocommit": false };
        let given = Labeling {
            fail_point_labels: Some(vec!["Custom".into()]),
            ..Labeling::default()
        };
        assert_eq!(labels_of(error(112), in_txn.clone(), &given), ["Custom"]);
        let empty = Labeling {
            fail_point_labels: Some(Vec::new()),
            ..Labeling::default()
        };
        assert!(labels_of(error(112), in_txn, &empty).is_empty());
    }

    #[test]
    fn labels_already_on_the_error_stay() {
        let reply = doc! { "ok": 0.0, "code": 91, "errorLabels": ["ResumableChangeStreamError"] };
        assert_eq!(
            labels_of(reply, doc! { "getMore": 1_i64 }, &Labeling::default()),
            ["ResumableChangeStreamError"]
        );
    }
}
