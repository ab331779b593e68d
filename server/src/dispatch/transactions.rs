//! Routing a command to its session's transaction or retryable write:
//! which transaction the envelope names (`lsid`, `txnNumber`, `autocommit`,
//! `startTransaction`, with mongod's checks), checking the transaction out
//! for the handler and back in after it (a failed statement aborts it),
//! the `TransientTransactionError` label, and the retryable-write key under
//! which a write's first reply is kept and replayed.

use super::table::CommandSpec;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::state::ServerState;
use bson::{Bson, Document};

/// A session's transaction: `(lsid.id, txnNumber)`.
pub(super) type TxnKey = (Bson, i64);

/// `(lsid.id, txnNumber)` when the command belongs to a multi-document
/// transaction (`autocommit: false`), after mongod's envelope checks.
pub(super) fn transaction_of(
    name: &str,
    spec: &CommandSpec,
    body: &Document,
    lsid: Option<&Bson>,
) -> Result<Option<TxnKey>> {
    let starting = body.get("startTransaction");
    match body.get("autocommit") {
        None => {
            if starting.is_some() {
                return Err(Error::new(ErrorCode::NotARetryableWriteCommand, "txnNumber may only be provided for multi-document transactions and retryable write commands. autocommit:false was not provided, and startTransaction was provided"));
            }
            if spec.ends_txn {
                return Err(Error::new(
                    ErrorCode::InvalidOptions,
                    format!("{name} must be run within a transaction"),
                ));
            }
            return Ok(None);
        }
        Some(Bson::Boolean(false)) => {}
        Some(Bson::Boolean(true)) => {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                "Specifying autocommit=true is not allowed.",
            ))
        }
        Some(v) => {
            return Err(crate::value::field_type_error(
                name,
                "autocommit",
                v,
                "bool",
            ))
        }
    }
    if let Some(v) = starting {
        if !matches!(v, Bson::Boolean(true)) {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                "Specifying startTransaction=false is not allowed.",
            ));
        }
    }
    let Some(id) = lsid else {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "Transaction requires a session ID (lsid)",
        ));
    };
    let n = match body.get("txnNumber") {
        Some(Bson::Int64(n)) => *n,
        Some(v) => return Err(crate::value::field_type_error(name, "txnNumber", v, "long")),
        None => {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                "txnNumber is required for a multi-document transaction",
            ))
        }
    };
    if !spec.in_txn {
        return Err(Error::new(
            ErrorCode::OperationNotSupportedInTransaction,
            format!("Cannot run '{name}' in a multi-document transaction."),
        ));
    }
    Ok(Some((id.clone(), n)))
}

/// Starts the transaction when the command says so, and checks it out for
/// the handler (commit and abort find it themselves).
pub(super) fn check_out(
    ctx: &mut Ctx<'_>,
    spec: &CommandSpec,
    body: &Document,
    key: &TxnKey,
) -> Result<()> {
    let state = ctx.state;
    let (id, n) = key;
    if body
        .get("startTransaction")
        .is_some_and(crate::value::truthy)
    {
        let held = state.engine.begin_detached(snapshot_time(body))?;
        state.sessions.txns.start(id, *n, held)?;
    }
    if !spec.ends_txn {
        ctx.txn = Some(state.sessions.txns.checkout(id, *n)?);
    }
    ctx.txn_key = Some(key.clone());
    Ok(())
}

/// After a command of a transaction panicked: the transaction is aborted
/// (its statements answer NoSuchTransaction, as after any failed one).
pub(super) fn abort_after_panic(state: &ServerState, body: &Document) {
    let id = body
        .get_document("lsid")
        .ok()
        .and_then(|l| l.get("id"))
        .cloned();
    if let (Some(id), Ok(n), Some(Bson::Boolean(false))) =
        (id, body.get_i64("txnNumber"), body.get("autocommit"))
    {
        state.sessions.txns.finish(&id, n, false);
    }
}

/// The `atClusterTime` of a transaction's `readConcern: {level:
/// "snapshot"}` (checked with the rest of the read concern in
/// envelope::read_time).
fn snapshot_time(body: &Document) -> Option<bson::Timestamp> {
    let rc = body.get_document("readConcern").ok()?;
    if rc.get_str("level").ok() != Some("snapshot") {
        return None;
    }
    match rc.get("atClusterTime") {
        Some(Bson::Timestamp(t)) => Some(*t),
        _ => None,
    }
}

/// Puts the transaction back after the statement ran; a failed statement
/// aborts its transaction, as in mongod.
pub(super) fn check_in(
    ctx: &mut Ctx<'_>,
    key: &TxnKey,
    result: Result<Document>,
) -> Result<Document> {
    let state = ctx.state;
    let (id, n) = key;
    match (ctx.txn.take(), &result) {
        (Some(held), Ok(_)) => state.sessions.txns.put_back(id, *n, held),
        (Some(held), Err(_)) => {
            let _ = state.engine.attach(held).rollback();
            state.sessions.txns.finish(id, *n, false);
        }
        (None, _) => {}
    }
    result
}

/// The key of a retryable write (lsid + txnNumber on a write outside a
/// transaction), under which its first reply is kept.
pub(super) fn retry_key(
    name: &str,
    spec: &CommandSpec,
    body: &Document,
    lsid: Option<&Bson>,
    in_txn: bool,
) -> Result<Option<TxnKey>> {
    match (lsid, body.get("txnNumber")) {
        _ if in_txn => Ok(None),
        (Some(id), Some(Bson::Int64(n))) if spec.is_write => Ok(Some((id.clone(), *n))),
        (_, Some(v @ (Bson::Int32(_) | Bson::Double(_) | Bson::String(_)))) => {
            Err(crate::value::field_type_error(name, "txnNumber", v, "long"))
        }
        _ => Ok(None),
    }
}

/// A retryable write that already ran in this session: its first reply.
pub(super) fn replay(state: &ServerState, key: &TxnKey) -> Result<Option<Document>> {
    state.sessions.retried_write(&key.0, key.1)
}
