//! `commitTransaction` and `abortTransaction`: end a logical session's
//! multi-document transaction. Committing again a committed transaction
//! succeeds (drivers retry commits); aborting a committed one fails.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::session::txn::no_such_transaction;
use bson::Document;

pub fn commit(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let (id, n) = ctx.txn_key.clone().ok_or_else(|| no_such_transaction(0))?;
    let txns = &ctx.state.sessions.txns;
    if txns.is_committed(&id, n) {
        return Ok(Document::new());
    }
    let held = txns.checkout(&id, n)?;
    let origin = crate::storage::oplog::TxnOrigin {
        lsid: crate::session::lsid_doc(&id),
        txn_number: n,
    };
    match ctx
        .state
        .engine
        .attach(held)
        .commit_as(ctx.journal, Some(&origin))
    {
        Ok(()) => {
            txns.finish(&id, n, true);
            ctx.wrote();
            Ok(Document::new())
        }
        Err(e) => {
            txns.finish(&id, n, false);
            Err(e)
        }
    }
}

pub fn abort(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let (id, n) = ctx.txn_key.clone().ok_or_else(|| no_such_transaction(0))?;
    let txns = &ctx.state.sessions.txns;
    if txns.is_committed(&id, n) {
        return Err(Error::new(
            ErrorCode::TransactionCommitted,
            format!("Transaction with txnNumber {n} has been committed."),
        ));
    }
    let held = txns.checkout(&id, n)?;
    let r = ctx.state.engine.attach(held).rollback();
    txns.finish(&id, n, false);
    r.map(|()| Document::new())
}
