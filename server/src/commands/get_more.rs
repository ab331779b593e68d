//! `getMore`: the next batch of a server cursor. The cursor must exist, be
//! on the same namespace and — when it was opened in a session — be used from
//! that session; a drained cursor is closed and reported with id 0.

use super::check_fields;
use super::shared::cursor_reply::{add_resume_token, cursor_doc, fill_batch, stream_token};
use crate::commands::args::opt_i64;
use crate::commands::Ctx;
use crate::cursor::{Checkout, Source};
use crate::error::{Error, ErrorCode, Result};
use crate::state::OpCounters;
use bson::{Bson, Document};
use std::time::{Duration, Instant};

const KNOWN: &[&str] = &[
    "collection",
    "batchSize",
    "maxTimeMS",
    "comment",
    "term",
    "lastKnownCommittedOpTime",
    "includeQueryStatsMetrics",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let id = match cmd.get("getMore") {
        Some(Bson::Int64(i)) => *i,
        Some(v) => {
            return Err(crate::value::field_type_error(
                "getMore", "getMore", v, "long",
            ))
        }
        None => return Err(Error::failed_to_parse("missing cursor id")),
    };
    check_fields(cmd, "getMore", KNOWN)?;
    let coll = match cmd.get("collection") {
        Some(Bson::String(s)) => s.clone(),
        Some(v) => {
            return Err(crate::value::field_type_error(
                "getMore",
                "collection",
                v,
                "string",
            ))
        }
        None => return Err(Error::missing_field("getMore", "collection")),
    };
    let batch_size = match opt_i64(cmd, "getMore", "batchSize")? {
        Some(n) if n < 0 => return Err(Error::bad_value("batchSize must be non-negative")),
        Some(0) | None => None,
        Some(n) => Some(n as usize),
    };
    OpCounters::add(&ctx.state.op_counters.getmore, 1);
    let ns = format!("{}.{coll}", ctx.db);
    let cursor = match ctx.state.cursors.checkout(id) {
        Ok(c) => c,
        Err(Checkout::NotFound) | Err(Checkout::InUse) => {
            return Err(Error::new(
                ErrorCode::CursorNotFound,
                format!("cursor id {id} not found"),
            ))
        }
    };
    if cursor.ns != ns {
        let owner = cursor.ns.clone();
        ctx.state.cursors.put_back(cursor);
        return Err(Error::new(
            ErrorCode::Unauthorized,
            format!("Requested getMore on namespace '{ns}', but cursor belongs to a different namespace {owner}"),
        ));
    }
    if cursor.lsid != ctx.lsid {
        let msg = match (&cursor.lsid, &ctx.lsid) {
            (Some(_), Some(_)) => (50738, format!("Cannot run getMore on cursor {id}, which was created in a different session")),
            (Some(_), None) => (50737, format!("Cannot run getMore on cursor {id}, which was created in a session, without an lsid")),
            _ => (50736, format!("Cannot run getMore on cursor {id}, which was not created in a session, in a session")),
        };
        ctx.state.cursors.put_back(cursor);
        return Err(Error::new(ErrorCode::Location(msg.0), msg.1));
    }
    let is_stream = matches!(cursor.source, Source::Stream(_));
    let result = more(ctx, cmd, id, &ns, cursor, batch_size);
    // mongod labels a change stream's errors for the driver: resumable
    // ones (the driver reopens the stream from its resume token) and the
    // fatal ones it must not retry.
    result.map_err(|e| if is_stream { label_stream_error(e) } else { e })
}

/// Codes after which a driver may resume a change stream.
fn resumable(code: ErrorCode) -> bool {
    matches!(
        code.code(),
        6 | 7
            | 89
            | 91
            | 189
            | 262
            | 9001
            | 10107
            | 11600
            | 11602
            | 13435
            | 13436
            | 63
            | 150
            | 13388
            | 234
            | 133
    )
}

fn label_stream_error(e: Error) -> Error {
    if !e.labels.is_empty() {
        e
    } else if matches!(
        e.code,
        ErrorCode::ChangeStreamFatalError | ErrorCode::ChangeStreamHistoryLost
    ) {
        e.with_label("NonResumableChangeStreamError")
    } else if resumable(e.code) {
        e.with_label("ResumableChangeStreamError")
    } else {
        e
    }
}

/// The batch of a checked-out cursor.
fn more(
    ctx: &mut Ctx<'_>,
    cmd: &Document,
    id: i64,
    ns: &str,
    mut cursor: crate::cursor::ServerCursor,
    batch_size: Option<usize>,
) -> Result<Document> {
    if let Some(e) = ctx.state.failpoints.get_more_fault() {
        return Err(e);
    }
    ctx.read_at = cursor.read_at;
    // A cursor opened with maxTimeMS keeps its time limit across getMores.
    let started = Instant::now();
    if let Some(left) = cursor.time_left {
        if left.is_zero() || ctx.state.failpoints.max_time_expired() {
            return Err(Error::new(
                ErrorCode::MaxTimeMSExpired,
                "operation exceeded time limit",
            ));
        }
        ctx.deadline = Some(started + left);
    }
    let mut result = fill_batch(ctx, &mut cursor.source, batch_size);
    if let Some(left) = cursor.time_left.as_mut() {
        *left = left.saturating_sub(started.elapsed());
    }
    // awaitData: an empty batch waits (up to maxTimeMS, 1 s by default) for
    // documents inserted into the capped collection meanwhile.
    if let (Source::Scan(scan), Ok((batch, false))) = (&cursor.source, &result) {
        if scan.await_data && batch.is_empty() {
            let wait = opt_i64(cmd, "getMore", "maxTimeMS")?
                .filter(|ms| *ms > 0)
                .unwrap_or(1000);
            let deadline = Instant::now() + Duration::from_millis(wait as u64);
            while Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
                result = fill_batch(ctx, &mut cursor.source, batch_size);
                if !matches!(&result, Ok((b, false)) if b.is_empty()) {
                    break;
                }
            }
        }
    }
    // A change stream waits (up to maxTimeMS, 1 s by default) until a
    // write it may care about commits, without polling.
    if let (Source::Stream(_), Ok((batch, false))) = (&cursor.source, &result) {
        if batch.is_empty() {
            let wait = opt_i64(cmd, "getMore", "maxTimeMS")?
                .filter(|ms| *ms > 0)
                .unwrap_or(1000);
            let until = Instant::now() + Duration::from_millis(wait as u64);
            let wait_for_more = |source: &Source| match source {
                Source::Stream(stream) => stream.wait(&ctx.state.engine, until),
                _ => false,
            };
            while wait_for_more(&cursor.source) {
                result = fill_batch(ctx, &mut cursor.source, batch_size);
                if !matches!(&result, Ok((b, false)) if b.is_empty()) {
                    break;
                }
            }
        }
    }
    // On error the cursor is dropped: mongod kills a cursor whose getMore fails.
    let (batch, done) = result?;
    let id = if done { 0 } else { id };
    let token = stream_token(&cursor.source);
    if !done {
        ctx.state.cursors.put_back(cursor);
    }
    let mut reply = cursor_doc(ctx, id, ns, batch, "nextBatch");
    add_resume_token(&mut reply, token);
    Ok(reply)
}
