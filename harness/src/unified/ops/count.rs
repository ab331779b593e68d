//! The deprecated collection `count` helper (CRUD spec: `count(filter,
//! options): Int64`, options collation, hint, limit, maxTimeMS, skip,
//! comment). The Rust driver has no such helper, so the runner does what the
//! other drivers' helpers do: it sends the `count` command through
//! `Database::run_command` on the collection's database and returns the
//! reply's `n`.
//!
//! `run_command` is a plain command to the driver, so the parts a driver's
//! read helper adds on its own are added here, the way the Rust driver adds
//! them to its other reads:
//! - the collection's read concern and read preference, except inside a
//!   transaction (the transaction's own apply there, added by the driver);
//! - `readConcern.afterClusterTime` in a causally consistent session (the
//!   driver adds it only to operations that take a read concern);
//! - one retry as a retryable read (the retryable reads spec lists `count`):
//!   when the client's `retryReads` is on, outside a transaction, after a
//!   network error or a server error with a retryable read code.
//!
//! Errors are the driver's own command errors, so `expectError` sees what it
//! would see from any other helper.

use bson::{doc, Bson, Document};
use mongodb::error::{Error, ErrorKind};
use mongodb::options::{RunCommandOptions, SelectionCriteria};
use mongodb::{Collection, Database};

use super::{Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;
use crate::unified::entities::SessionEntity;

/// The Rust driver's retryable read codes (`RETRYABLE_READ_CODES` in its
/// `error.rs`, crate-private): the codes after which it retries its own reads.
const RETRYABLE_READ_CODES: [i32; 13] = [
    11600, 11602, 10107, 13435, 13436, 189, 91, 7, 6, 89, 9001, 134, 262,
];

/// The CountOptions of the CRUD spec, sent as command fields of the same names.
const OPTIONS: [&str; 6] = ["skip", "limit", "collation", "hint", "maxTimeMS", "comment"];

/// Runs `count` on the collection entity `object`.
pub async fn run(object: &str, c: &Collection<Document>, args: &Document, ctx: &Ctx) -> OpOutcome {
    let mut a = Args::new(args);
    let session = a.take_session(ctx)?;
    let in_transaction = session
        .as_ref()
        .is_some_and(|s| matches!(s.state(), "starting" | "in_progress"));
    let command = command(c, a, session.as_ref(), in_transaction).await?;
    let criteria = if in_transaction {
        None
    } else {
        c.selection_criteria().cloned()
    };
    let retry = !in_transaction
        && ctx
            .entities
            .client_of(object)
            .map_err(OpError::Runner)?
            .retry_reads;
    let db = c.client().database(&c.namespace().db);
    let reply = send(&db, &command, session.as_ref(), criteria.as_ref(), retry).await?;
    match reply.get("n").and_then(crate::unified::matcher::as_f64) {
        Some(n) => Ok(OpResult::Value(Bson::Int64(n as i64))),
        None => Err(OpError::Assertion(format!(
            "the count reply has no numeric n: {reply}"
        ))),
    }
}

/// `{count: <collection>, query: <filter>, <options>, readConcern?}`; any
/// argument the helper does not take is a runner error.
async fn command(
    c: &Collection<Document>,
    mut a: Args,
    session: Option<&SessionEntity>,
    in_transaction: bool,
) -> Result<Document, OpError> {
    let mut command = doc! {"count": c.name(), "query": a.take_doc_or_empty("filter")?};
    for key in OPTIONS {
        if let Some(v) = a.take(key) {
            command.insert(key, v);
        }
    }
    if a.take("timeoutMS").is_some() {
        return Err(OpError::Skip(
            "driver limit: timeoutMS (CSOT) is not in the Rust driver".into(),
        ));
    }
    if let Some(key) = a.into_rest().keys().next() {
        return Err(OpError::Runner(format!("count: unknown argument {key}")));
    }
    if !in_transaction {
        if let Some(rc) = read_concern(c, session).await? {
            command.insert("readConcern", rc);
        }
    }
    Ok(command)
}

/// The read concern a driver's read helper sends outside a transaction: the
/// collection's level, plus `afterClusterTime` in a causally consistent
/// session that has seen an operation time. A snapshot session gets its
/// snapshot read concern from the driver itself, which replaces the
/// collection's.
async fn read_concern(
    c: &Collection<Document>,
    session: Option<&SessionEntity>,
) -> Result<Option<Document>, OpError> {
    if session.is_some_and(|s| s.snapshot) {
        return Ok(None);
    }
    let mut rc = match c.read_concern() {
        Some(rc) => bson::serialize_to_document(rc)
            .map_err(|e| OpError::Runner(format!("readConcern: {e}")))?,
        None => Document::new(),
    };
    if let Some(s) = session.filter(|s| s.causal_consistency) {
        if let Some(ts) = s.session.lock().await.operation_time() {
            rc.insert("afterClusterTime", ts);
        }
    }
    Ok((!rc.is_empty()).then_some(rc))
}

/// Sends the command, and once more after a retryable error when `retry`.
async fn send(
    db: &Database,
    command: &Document,
    session: Option<&SessionEntity>,
    criteria: Option<&SelectionCriteria>,
    retry: bool,
) -> Result<Document, Error> {
    match send_once(db, command, session, criteria).await {
        Err(e) if retry && is_read_retryable(&e) => send_once(db, command, session, criteria).await,
        other => other,
    }
}

async fn send_once(
    db: &Database,
    command: &Document,
    session: Option<&SessionEntity>,
    criteria: Option<&SelectionCriteria>,
) -> Result<Document, Error> {
    let options = RunCommandOptions::builder()
        .selection_criteria(criteria.cloned())
        .build();
    let action = db.run_command(command.clone()).with_options(options);
    match session {
        Some(s) => {
            let mut guard = s.session.lock().await;
            action.session(&mut *guard).await
        }
        None => action.await,
    }
}

/// The driver's rule for retrying a read: a network error (the connection
/// failed or its pool was cleared) or a server error with a retryable code.
fn is_read_retryable(e: &Error) -> bool {
    match e.kind.as_ref() {
        ErrorKind::Io(_) | ErrorKind::ConnectionPoolCleared { .. } => true,
        ErrorKind::Command(c) => RETRYABLE_READ_CODES.contains(&c.code),
        _ => false,
    }
}
