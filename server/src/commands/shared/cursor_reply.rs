//! Batching and cursor replies shared by every command that returns a cursor
//! (`find`, `aggregate`, `listCollections`, `listIndexes`, `getMore`):
//! fills a batch from a cursor source, registers the cursor when results
//! remain, and builds `{cursor: {firstBatch|nextBatch, id, ns}}`.

use crate::commands::Ctx;
use crate::cursor::{Batch, IndexScanState, ScanState, ServerCursor, Source};
use crate::error::{Error, ErrorCode, Result};
use crate::storage::{Examined, Found, Take};
use bson::{doc, Bson, Document};
use std::ops::ControlFlow;
use std::time::Instant;

/// mongod's default first batch size (documents) when none is given.
pub const DEFAULT_FIRST_BATCH: usize = 101;
/// A batch stops growing past this many bytes (mongod's reply budget).
pub const MAX_BATCH_BYTES: usize = 16 * 1024 * 1024 - 16 * 1024;

/// Takes up to `max_docs` documents from `source`. Returns the batch and
/// whether the source is exhausted.
pub fn fill_batch(
    ctx: &Ctx<'_>,
    source: &mut Source,
    max_docs: Option<usize>,
) -> Result<(Batch, bool)> {
    let limit = max_docs.unwrap_or(usize::MAX);
    match source {
        Source::Buffered(buf) => {
            let mut batch = Batch::new();
            while batch.len() < limit {
                let Some(d) = buf.front() else { break };
                // An aggregation's results may nest deeper than a reply can
                // hold, which mongod refuses when it turns them into BSON.
                check_reply_depth(d)?;
                if !batch.push_within(d, MAX_BATCH_BYTES)? {
                    break;
                }
                buf.pop_front();
            }
            let done = buf.is_empty();
            Ok((batch, done))
        }
        Source::Index(scan) => fill_from_index(ctx, scan, limit),
        Source::Stream(stream) => {
            let (docs, done) = stream.next_batch(&ctx.state.engine, limit, ctx.deadline)?;
            let mut batch = Batch::new();
            for d in &docs {
                batch.push(d)?;
            }
            Ok((batch, done))
        }
        Source::Scan(scan) => fill_from_scan(ctx, scan, limit),
    }
}

/// Stored documents nest at most 180 levels; computed ones (an
/// aggregation's results, a find's projection) may nest deeper than a reply
/// can hold: mongod's Overflow error.
fn check_reply_depth(d: &Document) -> Result<()> {
    if crate::value::too_deep_for_reply(d) {
        return Err(Error::new(
            ErrorCode::Overflow,
            format!(
                "cannot convert document to BSON because it exceeds the limit of {} levels of nesting",
                crate::value::MAX_BSON_DEPTH
            ),
        ));
    }
    Ok(())
}

/// Takes up to `limit` documents from a collection scan, resuming at the
/// record after the last one handed out. Without a filter or projection
/// the records' bytes go into the batch as stored, never decoded.
fn fill_from_scan(ctx: &Ctx<'_>, scan: &mut ScanState, limit: usize) -> Result<(Batch, bool)> {
    let mut batch = Batch::new();
    let ScanState {
        db,
        coll,
        filter,
        projection,
        next_rid,
        skip,
        remaining,
        tailable,
        position,
        ..
    } = scan;
    let Some(meta) = ctx.state.engine.collection(db, coll) else {
        return Ok((batch, true));
    };
    if *remaining == Some(0) {
        return Ok((batch, true));
    }
    let mut txn = ctx.begin_read()?;
    if let (true, Some(p)) = (*tailable, *position) {
        if txn.get(&meta, p)?.is_none() {
            return Err(Error::new(
                ErrorCode::CappedPositionLost,
                format!("CollectionScan died due to failure to restore tailable cursor position. Last seen record id: RecordId({p})"),
            ));
        }
    }
    let copy_as_stored = filter.matches_everything() && projection.is_none();
    // Where the next batch starts when this one stops early; None
    // when the scan ended or the limit was reached.
    let mut resume_at = None;
    let mut last_seen = None;
    // The oplog is read only up to the newest entry before which
    // every commit has landed, so no entry is skipped that commits
    // later at an earlier time.
    let visible = meta.is_oplog().then(|| ctx.state.engine.oplog().visible());
    txn.scan_raw(&meta, *next_rid, |rid, bytes| {
        if visible.is_some_and(|v| rid as u64 > v) {
            resume_at = Some(rid);
            return Ok(ControlFlow::Break(()));
        }
        last_seen = Some(rid);
        if batch.len() >= limit {
            resume_at = Some(rid);
            return Ok(ControlFlow::Break(()));
        }
        let previous = position.replace(rid);
        let fits = if copy_as_stored {
            if *skip > 0 {
                *skip -= 1;
                return Ok(ControlFlow::Continue(()));
            }
            batch.push_raw_within(bytes, MAX_BATCH_BYTES)
        } else {
            let d = crate::value::decode(bytes)?;
            if !filter.matches(&d)? {
                return Ok(ControlFlow::Continue(()));
            }
            if *skip > 0 {
                *skip -= 1;
                return Ok(ControlFlow::Continue(()));
            }
            match projection {
                Some(p) => {
                    let out = p.apply(&d)?;
                    check_reply_depth(&out)?;
                    batch.push_within(&out, MAX_BATCH_BYTES)?
                }
                None => batch.push_raw_within(bytes, MAX_BATCH_BYTES),
            }
        };
        if !fits {
            // Not returned: the next batch starts with it.
            *position = previous;
            resume_at = Some(rid);
            return Ok(ControlFlow::Break(()));
        }
        if let Some(r) = remaining {
            *r -= 1;
            if *r == 0 {
                return Ok(ControlFlow::Break(()));
            }
        }
        // Like mongod's collection scan, a full batch ends without
        // looking further: the cursor stays open even when nothing
        // is left, and the next getMore finds the end.
        if batch.len() >= limit {
            resume_at = Some(rid + 1);
            return Ok(ControlFlow::Break(()));
        }
        Ok(ControlFlow::Continue(()))
    })?;
    let done = match resume_at {
        Some(r) => {
            *next_rid = r;
            false
        }
        // A tailable cursor waits at the end for more data.
        None if *tailable && *remaining != Some(0) => {
            if let Some(r) = last_seen {
                *next_rid = r + 1;
            }
            false
        }
        None => true,
    };
    Ok((batch, done))
}

/// Takes up to `limit` documents from an index scan, resuming where the
/// last batch stopped (a covered scan filters and projects key documents).
/// Like a collection scan, a full batch ends without looking further.
fn fill_from_index(
    ctx: &Ctx<'_>,
    scan: &mut IndexScanState,
    limit: usize,
) -> Result<(Batch, bool)> {
    let mut batch = Batch::new();
    if scan.remaining == Some(0) {
        return Ok((batch, true));
    }
    let meta = ctx.state.engine.collection(&scan.db, &scan.coll);
    let Some(idx) = meta.as_deref().and_then(|m| {
        m.indexes
            .iter()
            .find(|i| i.name == scan.index && i.table == scan.table)
    }) else {
        return Err(Error::new(
            ErrorCode::QueryPlanKilled,
            format!("index '{}' dropped", scan.index),
        ));
    };
    let meta = meta.as_deref().expect("found with its index");
    let mut txn = ctx.begin_read()?;
    let IndexScanState {
        ranges,
        reverse,
        keys,
        pos,
        seen,
        filter,
        projection,
        skip,
        remaining,
        ..
    } = scan;
    let finished = txn.index_walk(
        meta,
        idx,
        ranges,
        *reverse,
        *keys,
        pos,
        seen,
        &mut Examined::default(),
        |_, found| {
            if batch.len() >= limit {
                return Ok(Take::StopBefore);
            }
            // The document is decoded only when the filter needs it (its
            // entry has no key document to decide on) or a projection
            // reshapes it; otherwise its stored bytes go into the batch.
            // `decoded` is the key document when `only_keys`.
            let (stored, decoded, only_keys) = match found {
                Found::Stored {
                    bytes,
                    keys: Some(k),
                } => (Some(bytes), k, true),
                Found::Stored { bytes, keys: None } => {
                    (Some(bytes), crate::value::decode(bytes)?, false)
                }
                Found::Keys(d) => (None, d, false),
            };
            if !filter.matches(&decoded)? {
                return Ok(Take::More);
            }
            if *skip > 0 {
                *skip -= 1;
                return Ok(Take::More);
            }
            let fits = match (projection.as_ref(), stored) {
                (None, Some(bytes)) => batch.push_raw_within(bytes, MAX_BATCH_BYTES),
                (None, None) => batch.push_within(&decoded, MAX_BATCH_BYTES)?,
                (Some(p), stored) => {
                    let out = match stored {
                        Some(bytes) if only_keys => p.apply(&crate::value::decode(bytes)?)?,
                        _ => p.apply(&decoded)?,
                    };
                    check_reply_depth(&out)?;
                    batch.push_within(&out, MAX_BATCH_BYTES)?
                }
            };
            if !fits {
                return Ok(Take::StopBefore);
            }
            if let Some(r) = remaining {
                *r -= 1;
                if *r == 0 {
                    return Ok(Take::StopAfter);
                }
            }
            Ok(if batch.len() >= limit {
                Take::StopAfter
            } else {
                Take::More
            })
        },
    )?;
    Ok((batch, finished || *remaining == Some(0)))
}

/// Builds the first-batch reply of a cursor-returning command, registering
/// a server cursor when results remain.
pub fn first_batch_reply(
    ctx: &Ctx<'_>,
    ns: &str,
    mut source: Source,
    batch_size: Option<usize>,
    single_batch: bool,
    no_timeout: bool,
) -> Result<Document> {
    let (batch, done) = fill_batch(
        ctx,
        &mut source,
        Some(batch_size.unwrap_or(DEFAULT_FIRST_BATCH)),
    )?;
    let resume_token = stream_token(&source);
    let id = if done || single_batch {
        0
    } else {
        // A tailable awaitData cursor's getMores wait by their own maxTimeMS
        // instead of sharing the opening command's time limit.
        let awaits = matches!(&source, Source::Scan(s) if s.tailable)
            || matches!(&source, Source::Stream(_));
        let time_left = ctx
            .deadline
            .filter(|_| !awaits)
            .map(|d| d.saturating_duration_since(Instant::now()));
        ctx.state.cursors.register(ServerCursor {
            id: 0,
            ns: ns.to_string(),
            lsid: ctx.lsid.clone(),
            read_at: ctx.read_at,
            source,
            no_timeout,
            last_used: Instant::now(),
            time_left,
        })
    };
    let mut reply = cursor_doc(ctx, id, ns, batch, "firstBatch");
    add_resume_token(&mut reply, resume_token);
    Ok(reply)
}

/// A change stream's `postBatchResumeToken` after a batch.
pub fn stream_token(source: &Source) -> Option<Document> {
    match source {
        Source::Stream(s) => Some(s.post_batch_resume_token()),
        _ => None,
    }
}

/// Puts a change stream's `postBatchResumeToken` into a cursor reply.
pub fn add_resume_token(reply: &mut Document, token: Option<Document>) {
    if let (Some(t), Ok(c)) = (token, reply.get_document_mut("cursor")) {
        c.insert("postBatchResumeToken", t);
    }
}

/// `{cursor: {<key>: [...], id, ns}}`. The batch stays in `ctx` as wire
/// bytes; the document holds an empty array in its place, first in
/// `cursor`, which is first in the reply (where the encoder,
/// `wire::encode_reply`, looks for it).
pub fn cursor_doc(ctx: &Ctx<'_>, id: i64, ns: &str, batch: Batch, key: &str) -> Document {
    let mut c = Document::new();
    c.insert(key, Vec::<Bson>::new());
    c.insert("id", id);
    c.insert("ns", ns);
    ctx.batch.set(Some(batch));
    doc! { "cursor": c }
}

/// Puts the batch `ctx` holds into the reply's document, for a caller
/// inside the server that reads the reply (a view's `count`, a retryable
/// write's stored reply) rather than sending it.
pub fn materialize(ctx: &Ctx<'_>, reply: &mut Document) {
    if let Some(batch) = ctx.batch.take() {
        put_batch(reply, &batch);
    }
}

/// Writes `batch` into the placeholder array of a cursor reply.
pub fn put_batch(reply: &mut Document, batch: &Batch) {
    if let Ok(c) = reply.get_document_mut("cursor") {
        for key in ["firstBatch", "nextBatch"] {
            if c.contains_key(key) {
                let docs: Vec<Bson> = batch
                    .to_documents()
                    .into_iter()
                    .map(Bson::Document)
                    .collect();
                c.insert(key, docs);
                return;
            }
        }
    }
}

/// Reads `cursor.batchSize` of aggregate/listCollections/listIndexes.
pub fn cursor_batch_size(cmd: &Document, name: &str) -> Result<Option<usize>> {
    match cmd.get("cursor") {
        None => Ok(None),
        Some(Bson::Document(c)) => match crate::commands::args::opt_i64(c, name, "batchSize")? {
            Some(n) if n < 0 => Err(crate::error::Error::bad_value(
                "BatchSize value must be non-negative",
            )),
            Some(n) => Ok(Some(n as usize)),
            None => Ok(None),
        },
        Some(v) => Err(crate::value::field_type_error(name, "cursor", v, "object")),
    }
}
