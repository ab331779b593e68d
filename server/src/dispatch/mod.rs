//! Dispatch: the command envelope and the one command table. A request body
//! arrives from `net`; here its name is looked up, the envelope fields
//! (`$db`, `lsid`, `writeConcern`, ...) are read, policy is checked (admin
//! only, test only), the handler runs, and the result — or the error, turned
//! into a reply in exactly one place — gets `$clusterTime`/`operationTime`.

mod table;

pub use table::{lookup, CommandSpec, COMMANDS};

use crate::commands::{ConnInfo, Ctx};

use crate::error::{Error, ErrorCode, Result};
use crate::state::ServerState;
use bson::{doc, Bson, Document};
use std::sync::Arc;

/// Runs one command body and returns the reply document (success or error),
/// or None when the connection must be closed without a reply (a fail point).
pub fn run_command(state: &Arc<ServerState>, conn: &ConnInfo, body: Document) -> Option<Document> {
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| execute(state, conn, &body)));
    let (mut reply, op_time) = match result {
        Ok(Ok(Some((reply, op_time)))) => (reply, op_time),
        Ok(Ok(None)) => return None,
        Ok(Err(e)) => (e.to_reply(), None),
        Err(p) => {
            let what = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            tracing::error!("command panicked: {what}");
            (
                Error::internal(format!("internal error while running the command: {what}"))
                    .to_reply(),
                None,
            )
        }
    };
    if state.is_replica_set() {
        let ct = state.clock.now();
        reply.insert(
            "$clusterTime",
            doc! {
                "clusterTime": ct,
                "signature": { "hash": Bson::Binary(bson::Binary { subtype: bson::spec::BinarySubtype::Generic, bytes: vec![0; 20] }), "keyId": 0_i64 },
            },
        );
        reply.insert("operationTime", op_time.unwrap_or(ct));
    }
    Some(reply)
}

/// The command's outcome: the reply and its operationTime, or None to close
/// the connection.
type Outcome = Option<(Document, Option<bson::Timestamp>)>;

fn execute(state: &Arc<ServerState>, conn: &ConnInfo, body: &Document) -> Result<Outcome> {
    let Some(name) = body.keys().next().cloned() else {
        return Err(Error::new(ErrorCode::FailedToParse, "Empty command body"));
    };
    let db = match body.get("$db") {
        Some(Bson::String(s)) => s.clone(),
        Some(v) => return Err(crate::value::field_type_error(&name, "$db", v, "string")),
        None => {
            return Err(Error::new(
                ErrorCode::Location(40571),
                "OP_MSG requests require a $db argument",
            ))
        }
    };
    crate::value::validate_db_name(&db)?;
    let spec = lookup(&name).ok_or_else(|| {
        Error::new(
            ErrorCode::CommandNotFound,
            format!("no such command: '{name}'"),
        )
    })?;
    if spec.test_only && !state.config.enable_test_commands {
        return Err(Error::new(
            ErrorCode::CommandNotFound,
            format!("no such command: '{name}'"),
        ));
    }
    if spec.admin_only && db != "admin" {
        return Err(Error::new(
            ErrorCode::Unauthorized,
            format!("{name} may only be run against the admin database."),
        ));
    }
    let lsid = match body.get("lsid") {
        None => None,
        Some(Bson::Document(d)) => match d.get("id") {
            Some(id @ Bson::Binary(_)) => Some(id.clone()),
            _ => return Err(Error::missing_field("OperationSessionInfo.lsid", "id")),
        },
        Some(v) => return Err(crate::value::field_type_error(&name, "lsid", v, "object")),
    };
    if let Some(id) = &lsid {
        state.sessions.touch(id);
    }
    check_api_version(spec.name, body)?;
    let txn_key = transaction_of(&name, body, lsid.as_ref())?;
    check_snapshot_support(spec.name, body, txn_key.is_some())?;
    let journal = match body.get("writeConcern") {
        Some(Bson::Document(wc)) => wc.get("j").is_some_and(crate::value::truthy),
        Some(Bson::Null) | None => false,
        Some(v) => {
            return Err(crate::value::field_type_error(
                &name,
                "writeConcern",
                v,
                "object",
            ))
        }
    };
    // An aggregate writing with $out/$merge honours its write concern too.
    let writes_out = name == "aggregate"
        && body.get_array("pipeline").is_ok_and(|p| {
            p.last()
                .and_then(Bson::as_document)
                .is_some_and(|s| s.contains_key("$out") || s.contains_key("$merge"))
        });
    let mut write_concern_error = if spec.is_write || writes_out {
        unsatisfiable_write_concern(state, body)?
    } else {
        None
    };
    crate::state::OpCounters::add(&state.op_counters.command, 1);
    if state.config.enable_test_commands {
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
        let retryable_write = spec.is_write
            && body.contains_key("txnNumber")
            && !matches!(body.get("autocommit"), Some(Bson::Boolean(false)));
        if let Some(action) = state
            .failpoints
            .check(&name, app.as_deref(), retryable_write)
        {
            if let Some(ms) = action.block_ms {
                std::thread::sleep(std::time::Duration::from_millis(ms));
            }
            if action.close_connection {
                return Ok(None);
            }
            if let Some(e) = action.error {
                return Err(e);
            }
            if action.write_concern_error.is_some() {
                write_concern_error = action.write_concern_error;
            }
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
    }
    let mut ctx = Ctx {
        state,
        conn,
        db,
        lsid,
        journal,
        op_time: None,
        txn: None,
        txn_key: None,
        // getMore's own maxTimeMS is how long an awaitData cursor waits; its
        // time limit comes from the cursor (see commands/get_more.rs).
        deadline: match max_time_ms(body)? {
            Some(ms) if name != "getMore" => {
                Some(std::time::Instant::now() + std::time::Duration::from_millis(ms))
            }
            _ => None,
        },
        bypass_validation: body
            .get("bypassDocumentValidation")
            .is_some_and(crate::value::truthy),
    };
    // A retryable write (lsid + txnNumber outside a transaction) that already
    // ran in this session returns its first reply instead of writing again.
    if let Some((id, n)) = &txn_key {
        if body
            .get("startTransaction")
            .is_some_and(crate::value::truthy)
        {
            let held = crate::storage::Txn::begin_detached(&state.engine)?;
            state.sessions.txns.start(id, *n, held)?;
        }
        if !matches!(name.as_str(), "commitTransaction" | "abortTransaction") {
            ctx.txn = Some(state.sessions.txns.checkout(id, *n)?);
        }
        ctx.txn_key = txn_key.clone();
    }
    let retry_key = match (&ctx.lsid, body.get("txnNumber")) {
        _ if txn_key.is_some() => None,
        (Some(id), Some(Bson::Int64(n))) if spec.is_write => Some((id.clone(), *n)),
        (_, Some(v @ (Bson::Int32(_) | Bson::Double(_) | Bson::String(_)))) => {
            return Err(crate::value::field_type_error(
                &name,
                "txnNumber",
                v,
                "long",
            ))
        }
        _ => None,
    };
    let mut fault = None;
    if let Some((id, n)) = &retry_key {
        if let Some(reply) = state.sessions.retried_write(id, *n)? {
            return Ok(Some((reply, ctx.op_time)));
        }
        if state.config.enable_test_commands {
            fault = state.failpoints.transactional_write_fault();
            if let Some(crate::failpoint::TransactionalWriteFault::FailBeforeCommit(code)) = fault {
                return Err(Error::new(
                    ErrorCode::from_code(code),
                    "Failing the write before commit via 'onPrimaryTransactionalWrite' failpoint",
                )
                .with_label("RetryableWriteError"));
            }
        }
    }
    let result = (spec.handler)(&mut ctx, body);
    if let Some((id, n)) = &txn_key {
        match (ctx.txn.take(), &result) {
            (Some(held), Ok(_)) => state.sessions.txns.put_back(id, *n, held),
            (Some(held), Err(_)) => {
                // A failed statement aborts its transaction, as in mongod.
                let _ = crate::storage::Txn::attach(&state.engine, held).rollback();
                state.sessions.txns.finish(id, *n, false);
            }
            (None, _) => {}
        }
    }
    let mut reply = match result {
        Err(e) if txn_key.is_some() && transient(&e) => {
            return Err(e.with_label("TransientTransactionError"))
        }
        r => r?,
    };
    if !reply.contains_key("ok") {
        reply.insert("ok", 1.0);
    }
    if let Some((id, n)) = &retry_key {
        state.sessions.record_write(id, *n, &reply);
        if matches!(
            fault,
            Some(crate::failpoint::TransactionalWriteFault::CloseAfterCommit)
        ) {
            return Ok(None);
        }
    }
    // Snapshot reads outside a transaction report the time they read at.
    let snapshot = body
        .get_document("readConcern")
        .ok()
        .and_then(|rc| rc.get_str("level").ok())
        == Some("snapshot");
    if snapshot && txn_key.is_none() {
        let at = state.clock.now();
        match reply.get_mut("cursor") {
            Some(Bson::Document(c)) => {
                c.insert("atClusterTime", at);
            }
            _ => {
                reply.insert("atClusterTime", at);
            }
        }
    }
    if let Some(wce) = write_concern_error {
        reply.insert("writeConcernError", wce);
    }
    if !reply.contains_key("ok") {
        reply.insert("ok", 1.0);
    }
    Ok(Some((reply, ctx.op_time)))
}

/// A write concern this one-member set can never satisfy: `w` above one
/// member, or a `w` mode name it does not define. mongod still performs the
/// write and reports the problem as a writeConcernError (on a standalone, a
/// `w` above 1 is refused outright).
fn unsatisfiable_write_concern(state: &ServerState, body: &Document) -> Result<Option<Document>> {
    let Some(Bson::Document(wc)) = body.get("writeConcern") else {
        return Ok(None);
    };
    match wc.get("w") {
        Some(Bson::String(mode)) if mode != "majority" => Ok(Some(doc! {
            "code": ErrorCode::UnknownReplWriteConcern.code(),
            "codeName": "UnknownReplWriteConcern",
            "errmsg": format!("No write concern mode named '{mode}' found in replica set configuration"),
        })),
        Some(w) if crate::value::as_i64(w).is_some_and(|n| n > 1) => {
            if !state.is_replica_set() {
                return Err(Error::bad_value(
                    "cannot use 'w' > 1 on a standalone mongod",
                ));
            }
            Ok(Some(doc! {
                "code": ErrorCode::UnsatisfiableWriteConcern.code(),
                "codeName": "UnsatisfiableWriteConcern",
                "errmsg": "Not enough data-bearing nodes",
            }))
        }
        _ => Ok(None),
    }
}

/// Commands a multi-document transaction may contain.
const TXN_COMMANDS: &[&str] = &[
    "abortTransaction",
    "aggregate",
    "bulkWrite",
    "commitTransaction",
    "create",
    "createIndexes",
    "delete",
    "distinct",
    "find",
    "findAndModify",
    "findandmodify",
    "getMore",
    "insert",
    "killCursors",
    "update",
];

/// `(lsid.id, txnNumber)` when the command belongs to a multi-document
/// transaction (`autocommit: false`), after mongod's envelope checks.
fn transaction_of(name: &str, body: &Document, lsid: Option<&Bson>) -> Result<Option<(Bson, i64)>> {
    let autocommit = body.get("autocommit");
    let starting = body.get("startTransaction");
    match autocommit {
        None => {
            if starting.is_some() {
                return Err(Error::new(ErrorCode::Location(50768), "txnNumber may only be provided for multi-document transactions and retryable write commands. autocommit:false was not provided, and startTransaction was provided"));
            }
            if matches!(name, "commitTransaction" | "abortTransaction") {
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
    if !TXN_COMMANDS.contains(&name) {
        return Err(Error::new(
            ErrorCode::OperationNotSupportedInTransaction,
            format!("Cannot run '{name}' in a multi-document transaction."),
        ));
    }
    Ok(Some((id.clone(), n)))
}

/// Errors after which a transaction can simply be retried from the start.
fn transient(e: &Error) -> bool {
    matches!(
        e.code,
        ErrorCode::WriteConflict | ErrorCode::LockTimeout | ErrorCode::NoSuchTransaction
    )
}

/// The commands of Stable API version 1.
const API_V1: &[&str] = &[
    "abortTransaction",
    "aggregate",
    "authenticate",
    "bulkWrite",
    "collMod",
    "commitTransaction",
    "count",
    "create",
    "createIndexes",
    "delete",
    "drop",
    "dropDatabase",
    "dropIndexes",
    "endSessions",
    "explain",
    "find",
    "findAndModify",
    "getMore",
    "hello",
    "insert",
    "killCursors",
    "listCollections",
    "listIndexes",
    "ping",
    "refreshSessions",
    "testVersion1",
    "update",
];

/// Aggregation stages outside API Version 1.
const NON_V1_STAGES: &[&str] = &[
    "$currentOp",
    "$indexStats",
    "$listLocalSessions",
    "$listSessions",
    "$planCacheStats",
    "$search",
    "$searchMeta",
];

/// The Stable API envelope: `apiVersion` must be "1"; `apiStrict` refuses
/// commands outside version 1.
/// Outside a transaction, mongod serves `readConcern: {level: "snapshot"}`
/// only for reads that run at one point in time: find, aggregate and
/// distinct (and their getMores); everything else is refused.
fn check_snapshot_support(command: &str, body: &Document, in_txn: bool) -> Result<()> {
    let level = body
        .get_document("readConcern")
        .ok()
        .and_then(|rc| rc.get_str("level").ok());
    if in_txn
        || level != Some("snapshot")
        || matches!(
            command,
            "find" | "aggregate" | "distinct" | "getMore" | "explain"
        )
    {
        return Ok(());
    }
    Err(Error::new(
        ErrorCode::InvalidOptions,
        format!("Command {command} does not support {{ readConcern: {{ level: \"snapshot\" }} }} :: caused by :: read concern snapshot is not supported outside transactions for this command"),
    ))
}

fn check_api_version(command: &str, body: &Document) -> Result<()> {
    let strict = body.get("apiStrict").is_some_and(crate::value::truthy);
    match body.get("apiVersion") {
        None => {
            if body.contains_key("apiStrict") || body.contains_key("apiDeprecationErrors") {
                return Err(Error::new(
                    ErrorCode::APIVersionError,
                    "Cannot pass in API parameter field apiStrict or apiDeprecationErrors without apiVersion",
                ));
            }
            Ok(())
        }
        Some(Bson::String(v)) if v == "1" => {
            if strict && !API_V1.contains(&command) {
                return Err(Error::new(
                    ErrorCode::APIStrictError,
                    format!("Provided apiStrict:true, but the command {command} is not in API Version 1. Information on supported commands and migrations in API Version 1 can be found at https://dochub.mongodb.org/core/manual-versioning"),
                ));
            }
            // Stages that are not part of API Version 1.
            if strict && command == "aggregate" {
                for stage in body.get_array("pipeline").into_iter().flatten() {
                    let name = stage.as_document().and_then(|d| d.keys().next());
                    if let Some(n) = name.filter(|n| NON_V1_STAGES.contains(&n.as_str())) {
                        return Err(Error::new(
                            ErrorCode::APIStrictError,
                            format!("{n} is not allowed with 'apiStrict: true' in API Version 1"),
                        ));
                    }
                }
            }
            Ok(())
        }
        Some(Bson::String(v)) => Err(Error::new(
            ErrorCode::APIVersionError,
            format!("API version must be \"1\", but found \"{v}\""),
        )),
        Some(v) => Err(crate::value::field_type_error(
            command,
            "apiVersion",
            v,
            "string",
        )),
    }
}

/// The command's `maxTimeMS` in milliseconds (`None` or 0: no limit), with
/// mongod's validation of the value.
fn max_time_ms(body: &Document) -> Result<Option<u64>> {
    let Some(v) = body.get("maxTimeMS") else {
        return Ok(None);
    };
    let ms = match v {
        Bson::Int32(i) => *i as f64,
        Bson::Int64(i) => *i as f64,
        Bson::Double(d) => *d,
        Bson::Null => return Ok(None),
        _ => return Err(Error::bad_value("maxTimeMS must be a number")),
    };
    if ms.fract() != 0.0 {
        return Err(Error::bad_value(format!(
            "maxTimeMS has non-integral value {ms}"
        )));
    }
    if !(0.0..=i32::MAX as f64).contains(&ms) {
        return Err(Error::bad_value(format!(
            "{ms} value for maxTimeMS is out of range [0, 2147483647]"
        )));
    }
    Ok(Some(ms as u64).filter(|ms| *ms > 0))
}
