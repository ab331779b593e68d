//! Dispatch: the layer above `commands/`. A request body arrives from
//! `net`; here its name is looked up in the one command table (`table`),
//! the envelope is read and checked (`envelope`), fail points fire
//! (`faults`), the command is routed to its session's transaction or
//! retryable write (`transactions`), the handler runs, and the result — or
//! the error, turned into a reply in exactly one place — gets
//! `$clusterTime`/`operationTime`.

mod envelope;
mod faults;
mod inline;
mod labels;
mod primary;
mod slow;
mod table;
mod transactions;
mod write_concern;

pub use inline::runs_inline;
pub use table::{lookup, CommandSpec, COMMANDS};

use crate::commands::{ConnInfo, Ctx};
use crate::error::{Error, Result};
use crate::state::ServerState;
use bson::{doc, Bson, Document};
use faults::Injected;
use labels::Labeling;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// A command's reply: the document and, for a cursor reply, its batch as
/// wire bytes (the document holds an empty array in its place; encode it
/// with `wire::encode_reply`).
pub struct Reply {
    pub doc: Document,
    pub batch: Option<crate::cursor::Batch>,
}

impl Reply {
    /// The reply as one document, the batch decoded into it (for callers
    /// that read a reply rather than send it).
    pub fn into_document(self) -> Document {
        let mut doc = self.doc;
        if let Some(b) = &self.batch {
            crate::commands::shared::cursor_reply::put_batch(&mut doc, b);
        }
        doc
    }
}

/// Runs one command body and returns the reply (success or error), or None
/// when the connection must be closed without a reply (a fail point).
pub fn run_command(state: &Arc<ServerState>, conn: &ConnInfo, body: Document) -> Option<Reply> {
    let mut labeling = Labeling {
        last_op_before: conn.last_op.load(Ordering::Relaxed),
        ..Labeling::default()
    };
    // Shared with the operation's entry in currentOp, not copied.
    let body = Arc::new(body);
    let started = std::time::Instant::now();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        execute(state, conn, &body, &mut labeling)
    }));
    let micros = started.elapsed().as_micros() as u64;
    if let (Some(name), Some(db)) = (body.keys().next(), body.get_str("$db").ok()) {
        state.top.record(name, db, &body, micros);
    }
    let (mut reply, op_time, batch) = match result {
        Ok(Ok(Some((reply, op_time, batch)))) => (reply, op_time, batch),
        Ok(Ok(None)) => return None,
        Ok(Err(e)) => (e.to_reply(), None, None),
        Err(p) => {
            let what = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            tracing::error!("command panicked: {what}");
            // Its transaction, if it ran in one, is gone with it (the
            // panic dropped the WiredTiger session it held): mark it
            // aborted so the session can go on.
            transactions::abort_after_panic(state, &body);
            (
                Error::internal(format!("internal error while running the command: {what}"))
                    .to_reply(),
                None,
                None,
            )
        }
    };
    // A command that failed after it started writing still reports what
    // its write concern could not satisfy, as mongod waits for the write
    // concern whether or not the command succeeded.
    if let Some(wce) = labeling.write_concern_error.take() {
        if !reply.contains_key("writeConcernError") {
            reply.insert("writeConcernError", wce);
        }
    }
    labeling.last_op_after = conn.last_op.load(Ordering::Relaxed);
    labels::apply(&mut reply, &body, &labeling);
    primary::add_topology_version(state, &mut reply);
    slow::log(conn, &body, &reply, micros);
    if state.is_replica_set() {
        let ct = state.clock().now();
        reply.insert(
            "$clusterTime",
            doc! {
                "clusterTime": ct,
                "signature": { "hash": Bson::Binary(bson::Binary { subtype: bson::spec::BinarySubtype::Generic, bytes: vec![0; 20] }), "keyId": 0_i64 },
            },
        );
        reply.insert("operationTime", op_time.unwrap_or(ct));
    }
    Some(Reply { doc: reply, batch })
}

/// Registers the command as an operation in progress (currentOp, killOp).
fn begin_op<'s>(
    state: &'s ServerState,
    conn: &ConnInfo,
    name: &str,
    db: &str,
    body: &Arc<Document>,
) -> crate::ops::OpGuard<'s> {
    let (op, ns) = crate::ops::kind_and_ns(name, db, body);
    let metadata = conn
        .client_metadata
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    let app_name = metadata.as_deref().and_then(crate::commands::app_name_of);
    state.ops.begin(crate::ops::OpInfo {
        connection_id: conn.id,
        client: conn.peer,
        app_name,
        client_metadata: metadata,
        ns,
        op,
        command: body.clone(),
        lsid: body.get_document("lsid").ok().cloned(),
    })
}

/// The command's outcome: the reply, its operationTime and a cursor reply's
/// batch, or None to close the connection.
type Outcome = Option<(
    Document,
    Option<bson::Timestamp>,
    Option<crate::cursor::Batch>,
)>;

/// Reads the envelope, routes the command and runs its handler, in mongod's
/// order of checks.
fn execute(
    state: &Arc<ServerState>,
    conn: &ConnInfo,
    body: &Arc<Document>,
    labeling: &mut Labeling,
) -> Result<Outcome> {
    let (name, spec, db) = envelope::command(state, body)?;
    let op = begin_op(state, conn, name, &db, body);
    let _interrupt = crate::interrupt::OpScope::enter(op.killed.clone());
    let lsid = envelope::lsid(name, body)?;
    if let Some(id) = &lsid {
        state.sessions.touch(id);
    }
    envelope::check_api_version(spec, body)?;
    if !state.repl.writable() {
        primary::check(spec, body)?;
    }
    let txn_key = transactions::transaction_of(name, spec, body, lsid.as_ref())?;
    envelope::check_snapshot_support(spec, body, txn_key.is_some())?;
    let write_concern = write_concern::of(state, name, body)?;
    let journal = write_concern.journals();
    let mut write_concern_error = if envelope::writes(spec, body) {
        write_concern::unsatisfiable(state, &write_concern)?
    } else {
        None
    };
    crate::state::OpCounters::add(&state.op_counters.command, 1);
    if state.config.enable_test_commands {
        match faults::before_command(state, conn, name, body, labeling)? {
            Injected::Close => return Ok(None),
            Injected::Run(Some(wce)) => write_concern_error = Some(wce),
            Injected::Run(None) => {}
        }
    }
    let deadline = envelope::deadline(spec, body)?;
    let read_at = envelope::read_time(state, body, txn_key.is_some(), deadline)?;
    let mut ctx = Ctx {
        state,
        conn,
        db,
        lsid,
        journal,
        op_time: None,
        read_at,
        txn: None,
        txn_key: None,
        deadline,
        bypass_validation: body
            .get("bypassDocumentValidation")
            .is_some_and(crate::value::truthy),
        retry: None,
        stmt_id: 0,
        command: spec.name,
        close_connection: std::cell::Cell::new(false),
        batch: std::cell::Cell::new(None),
    };
    if let Some(key) = &txn_key {
        transactions::check_out(&mut ctx, spec, body, key)?;
    }
    // A command of a transaction sees the collections the transaction
    // created (no one else does before it commits).
    let _scope = ctx
        .txn
        .as_ref()
        .map(|h| crate::storage::TxnScope::enter(h.owner()));
    let retry_key =
        transactions::retry_key(name, spec, body, ctx.lsid.as_ref(), txn_key.is_some())?;
    if let Some((id, n)) = &retry_key {
        ctx.retry = Some(crate::storage::oplog::RetryOrigin {
            origin: crate::storage::oplog::TxnOrigin {
                lsid: crate::session::lsid_doc(id),
                txn_number: *n,
            },
            last: Default::default(),
        });
    }
    // From here on the command counts as run: its write concern is waited
    // for, and reported, whatever the outcome (a replayed retry included).
    labeling.write_concern_error = write_concern_error;
    if let Some(key) = &retry_key {
        // A retryable write that already ran in this session returns its
        // first reply instead of writing again.
        if let Some(reply) = transactions::replay(state, key)? {
            return Ok(Some((reply, ctx.op_time, None)));
        }
    }
    refuse_on_view(&ctx, spec, body)?;
    let result = (spec.handler)(&mut ctx, body);
    if let Some(t) = ctx.op_time {
        conn.last_op.store(
            u64::from(t.time) << 32 | u64::from(t.increment),
            Ordering::Relaxed,
        );
    }
    // mongod exits without answering `shutdown`: the connection closes.
    if spec.name == "shutdown" && result.is_ok() {
        return Ok(None);
    }
    // The onPrimaryTransactionalWrite fail point closed the connection;
    // what was committed stays, and a retry finds the write not recorded.
    if ctx.close_connection.get() {
        if let (Some((id, n)), Ok(reply)) = (&retry_key, &result) {
            if !reply.contains_key("writeErrors") {
                let mut reply = reply.clone();
                reply.insert("ok", 1.0);
                crate::commands::shared::cursor_reply::materialize(&ctx, &mut reply);
                state.sessions.record_write(id, *n, &reply);
            }
        }
        return Ok(None);
    }
    let mut reply = match &txn_key {
        Some(key) => transactions::check_in(&mut ctx, key, result)?,
        None => result?,
    };
    if !reply.contains_key("ok") {
        reply.insert("ok", 1.0);
    }
    if let Some((id, n)) = &retry_key {
        // The stored reply is replayed whole: its batch goes into it.
        crate::commands::shared::cursor_reply::materialize(&ctx, &mut reply);
        state.sessions.record_write(id, *n, &reply);
    }
    // Snapshot reads outside a transaction report the time they read at.
    if let (Some(at), None) = (ctx.read_at, &txn_key) {
        match reply.get_mut("cursor") {
            Some(Bson::Document(c)) => {
                c.insert("atClusterTime", at);
            }
            _ => {
                reply.insert("atClusterTime", at);
            }
        }
    }
    Ok(Some((reply, ctx.op_time, ctx.batch.take())))
}

/// Commands that need a collection and refuse a view (mongod's
/// `CommandNotSupportedOnView`): writes, index commands, stats.
const REFUSED_ON_VIEWS: &[&str] = &[
    "insert",
    "update",
    "delete",
    "findAndModify",
    "createIndexes",
    "dropIndexes",
    "listIndexes",
    "collStats",
    "validate",
    "compact",
    "reIndex",
];

fn refuse_on_view(ctx: &Ctx<'_>, spec: &CommandSpec, body: &Document) -> Result<()> {
    if !REFUSED_ON_VIEWS.contains(&spec.name) {
        return Ok(());
    }
    match body.iter().next() {
        Some((_, Bson::String(coll))) => {
            crate::commands::shared::views::refuse_view(&ctx.state.engine, &ctx.db, coll)
        }
        _ => Ok(()),
    }
}
