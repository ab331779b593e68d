//! `$changeStream`: a cursor over the oplog that turns each write its scope
//! sees (one collection, one database, or the whole cluster) into a change
//! event, runs the stages that follow it on each event, and resumes from
//! any token it handed out. The command layer (`commands/aggregate`) opens
//! it and registers the cursor; `getMore` pulls batches through
//! [`crate::cursor::Stream`] and waits on the oplog when nothing is new.

pub mod event;
pub mod keystring;
pub mod options;
pub mod split;
pub mod token;
pub mod update_desc;

use crate::agg::Pipeline;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::oplog::clock::pack;
use crate::storage::oplog::entry::{image_key, IMAGES};
use crate::storage::oplog::{OPLOG_COLL, OPLOG_DB};
use crate::storage::Engine;
use bson::{Bson, Document};
pub use event::{Scope, Shape};
pub use options::{BeforeChange, FullDocument, Options};
use std::ops::ControlFlow;
use std::time::Instant;
use token::Token;

pub struct ChangeStream {
    scope: Scope,
    options: Options,
    shape: Shape,
    /// The stages after `$changeStream`.
    rest: Pipeline,
    /// The last (cluster time, rank) this stream has looked at.
    pos: (u64, u64),
    /// A resumed stream checks that the event it resumes after is still
    /// in the oplog.
    verify: Option<Token>,
    /// `$changeStreamSplitLargeEvent`: events too large for a reply are
    /// handed out in fragments.
    split: bool,
    /// Documents made from events, waiting for a batch, with their tokens.
    pending: std::collections::VecDeque<(Document, Document)>,
    /// The token of the last document handed out.
    returned: Option<Document>,
    /// Resuming from a fragment of a split event: that event's (time,
    /// rank) and how many of its fragments the client has.
    resume_fragment: Option<(u64, u64, usize)>,
    ended: bool,
}

impl ChangeStream {
    /// Opens a stream; `rest` are the stages after `$changeStream`.
    pub fn open(
        engine: &Engine,
        scope: Scope,
        options: Options,
        rest: Pipeline,
        split: bool,
    ) -> Result<ChangeStream> {
        let shape = Shape {
            expanded: options.show_expanded_events,
            show_system: options.show_system_events,
        };
        let (pos, verify) = options.start(engine)?;
        let resume_fragment = match &verify {
            Some(
                t @ Token {
                    fragment: Some(f), ..
                },
            ) => {
                if !split {
                    return Err(Error::new(
                        ErrorCode::ChangeStreamFatalError,
                        "To resume from a split event, the $changeStream pipeline must include a $changeStreamSplitLargeEvent stage",
                    ));
                }
                Some((
                    t.ts,
                    token::rank(t.txn_op_index, t.from_invalidate),
                    *f as usize + 1,
                ))
            }
            _ => None,
        };
        let mut cs = ChangeStream {
            scope,
            options,
            shape,
            rest,
            pos,
            verify,
            split,
            pending: std::collections::VecDeque::new(),
            returned: None,
            resume_fragment,
            ended: false,
        };
        cs.check_history(engine)?;
        Ok(cs)
    }

    /// The resume point must still be in the oplog.
    fn check_history(&mut self, engine: &Engine) -> Result<()> {
        let Some(meta) = engine.collection(OPLOG_DB, OPLOG_COLL) else {
            return Ok(());
        };
        let mut txn = engine.begin()?;
        let mut oldest = None;
        txn.scan(&meta, i64::MIN, |rid, _| {
            oldest = Some(rid as u64);
            Ok(ControlFlow::Break(()))
        })?;
        if let Some(o) = oldest {
            if o > self.pos.0 && self.options.resumes() {
                return Err(history_lost());
            }
        }
        Ok(())
    }

    /// Turns one event into what the client gets: the full document and
    /// the document before the change where asked, then the stages after
    /// `$changeStream`.
    fn finish(
        &self,
        engine: &Engine,
        txn: &mut crate::storage::Txn<'_>,
        mut e: event::Event,
        skip: usize,
    ) -> Result<Vec<Document>> {
        let op_type = e.doc.get_str("operationType").unwrap_or("").to_string();
        let is_write = matches!(op_type.as_str(), "update" | "replace" | "delete");
        let wants_post = op_type == "update"
            && matches!(
                self.options.full_document,
                FullDocument::WhenAvailable | FullDocument::Required
            );
        let wants_pre = is_write && self.options.full_document_before_change != BeforeChange::Off;
        let images = if wants_post || wants_pre {
            self.images(txn, &e)?
        } else {
            None
        };
        if op_type == "update" {
            match self.options.full_document {
                FullDocument::Default => {}
                FullDocument::UpdateLookup => {
                    let current = match &e.lookup {
                        Some((db, coll, id)) => match engine.collection(db, coll) {
                            Some(meta) => txn.find_by_id(&meta, id)?.map(|(_, d)| d),
                            None => None,
                        },
                        None => None,
                    };
                    e.doc
                        .insert("fullDocument", current.map_or(Bson::Null, Bson::Document));
                }
                mode => {
                    let post = images
                        .as_ref()
                        .and_then(|d| d.get_document("postImage").ok());
                    match post {
                        Some(p) => {
                            e.doc.insert("fullDocument", p.clone());
                        }
                        None if mode == FullDocument::Required => {
                            return Err(missing_image("post", &e.doc));
                        }
                        None => {
                            e.doc.insert("fullDocument", Bson::Null);
                        }
                    }
                }
            }
        }
        if wants_pre {
            match images
                .as_ref()
                .and_then(|d| d.get_document("preImage").ok())
            {
                Some(p) => {
                    e.doc.insert("fullDocumentBeforeChange", p.clone());
                }
                None if self.options.full_document_before_change == BeforeChange::Required => {
                    return Err(missing_image("pre", &e.doc));
                }
                None => {
                    e.doc.insert("fullDocumentBeforeChange", Bson::Null);
                }
            }
        }
        let id = e.doc.get("_id").cloned();
        let out = self.rest.run(vec![e.doc])?;
        let mut sized = Vec::with_capacity(out.len());
        for d in out {
            if d.get("_id") != id.as_ref() {
                return Err(Error::new(
                    ErrorCode::ChangeStreamFatalError,
                    "Encountered an event whose _id field, which contains the resume token, was modified by the pipeline. Modifying the _id field of an event makes it impossible to resume the stream from that point. Only transformations that retain the unmodified _id field are allowed.",
                ));
            }
            let size = crate::value::doc_size(&d);
            if size <= crate::wire::MAX_BSON_OBJECT_SIZE {
                if skip > 0 {
                    return Err(token_not_found(&id));
                }
                sized.push(d);
            } else if self.split {
                sized.extend(split::fragments(d, skip)?);
            } else {
                return Err(Error::new(
                    ErrorCode::BSONObjectTooLarge,
                    format!("BSONObj size: {size} is invalid. Size must be between 0 and 16793600(16MB). Consider using $changeStreamSplitLargeEvent to split events larger than 16MB"),
                ));
            }
        }
        Ok(sized)
    }
}

impl ChangeStream {
    /// The images recorded with the event's write, if its collection keeps
    /// them.
    fn images(
        &self,
        txn: &mut crate::storage::Txn<'_>,
        e: &event::Event,
    ) -> Result<Option<Document>> {
        let Some(Bson::Timestamp(t)) = e.doc.get("clusterTime") else {
            return Ok(None);
        };
        let key = image_key(pack(*t), (e.rank >> 1) as u32);
        match txn.get_raw(IMAGES, &key)? {
            Some(raw) => Ok(Some(crate::value::decode(raw.as_slice())?)),
            None => Ok(None),
        }
    }
}

/// The stream's resume point is no longer in the oplog.
fn history_lost() -> Error {
    Error::new(
        ErrorCode::ChangeStreamHistoryLost,
        "Resume of change stream was not possible, as the resume point may no longer be in the oplog.",
    )
}

/// The event a stream resumes after is not where its token says.
fn token_not_found(token: &Option<Bson>) -> Error {
    let shown = token.as_ref().map(|t| t.to_string()).unwrap_or_default();
    Error::new(
        ErrorCode::ChangeStreamFatalError,
        format!("cannot resume stream; the resume token was not found. {shown}"),
    )
}

/// mongod's error when a required image is missing.
fn missing_image(which: &str, event: &Document) -> Error {
    Error::new(
        ErrorCode::NoMatchingDocument,
        format!("Change stream was configured to require a {which}-image for all update, delete and replace events, but the {which}-image was not found for event: {event}"),
    )
}

/// At most this many oplog entries are read per batch (a selective
/// `$match` then returns a short batch and the next one goes on).
const ENTRIES_PER_BATCH: usize = 10_000;

impl ChangeStream {
    /// Reads committed oplog entries after the stream's position and queues
    /// the documents their events become, until a batch's worth is queued.
    fn fill(&mut self, engine: &Engine, limit: usize, deadline: Option<Instant>) -> Result<()> {
        let Some(meta) = engine.collection(OPLOG_DB, OPLOG_COLL) else {
            return Ok(());
        };
        // Everything up to `visible` has committed; later entries may still
        // be joined by earlier ones.
        let visible = engine.oplog().visible();
        // Everything of the entry at pos.0 seen: the scan starts after it,
        // and with nothing committed since there is nothing to read (a
        // getMore that finds its stream up to date goes straight to
        // waiting).
        let whole = self.pos.1 == u64::MAX;
        if whole && visible <= self.pos.0 && self.verify.is_none() {
            return Ok(());
        }
        let mut txn = engine.begin()?;
        txn.deadline = deadline;
        let from = if whole && self.verify.is_none() {
            self.pos.0.saturating_add(1)
        } else {
            self.pos.0
        };
        let start = from.min(i64::MAX as u64) as i64;
        let mut entries = Vec::new();
        txn.scan(&meta, start, |rid, d| {
            let ts = rid as u64;
            if ts > visible || entries.len() >= ENTRIES_PER_BATCH {
                return Ok(ControlFlow::Break(()));
            }
            entries.push((ts, d));
            Ok(ControlFlow::Continue(()))
        })?;
        if engine.oplog().lost_after(self.pos.0) {
            return Err(history_lost());
        }
        if let Some(t) = self.verify.take() {
            let first = entries.iter().map(|(ts, _)| *ts).find(|ts| *ts >= t.ts);
            if first != Some(t.ts) {
                return Err(token_not_found(&Some(Bson::Document(t.to_doc()))));
            }
        }
        let scanned_all = entries.len() < ENTRIES_PER_BATCH;
        let mut queued_bytes = 0usize;
        for (ts, d) in entries {
            for e in event::events(&d, ts, &self.scope, &self.shape) {
                if (ts, e.rank) <= self.pos {
                    continue;
                }
                if self.pending.len() >= limit.max(1) || queued_bytes >= MAX_BATCH_BYTES {
                    return Ok(());
                }
                self.pos = (ts, e.rank);
                let skip = match self.resume_fragment.take() {
                    Some((t, r, n)) if (t, r) == (ts, e.rank) => n,
                    _ => 0,
                };
                let invalidate = e.invalidate;
                for out in self.finish(engine, &mut txn, e, skip)? {
                    queued_bytes += crate::value::doc_size(&out);
                    let token = out.get_document("_id").cloned().unwrap_or_default();
                    self.pending.push_back((out, token));
                }
                if invalidate {
                    self.ended = true;
                    return Ok(());
                }
            }
            self.pos = (ts, u64::MAX);
        }
        if scanned_all && visible > self.pos.0 {
            self.pos = (visible, u64::MAX);
        }
        Ok(())
    }
}

/// A reply holds at most this much (mongod's budget under 16 MiB).
const MAX_BATCH_BYTES: usize = 16 * 1024 * 1024 - 16 * 1024;

impl crate::cursor::Stream for ChangeStream {
    fn next_batch(
        &mut self,
        engine: &Engine,
        limit: usize,
        deadline: Option<Instant>,
    ) -> Result<(Vec<Document>, bool)> {
        if self.pending.is_empty() && !self.ended && limit > 0 {
            self.fill(engine, limit, deadline)?;
        }
        let mut batch = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < limit {
            let Some((d, _)) = self.pending.front() else {
                break;
            };
            let size = crate::value::doc_size(d);
            if !batch.is_empty() && bytes + size > MAX_BATCH_BYTES {
                break;
            }
            bytes += size;
            let (d, token) = self.pending.pop_front().expect("front exists");
            self.returned = Some(token);
            batch.push(d);
        }
        Ok((batch, self.ended && self.pending.is_empty()))
    }

    fn post_batch_resume_token(&self) -> Document {
        // Mid-way through an entry's events or with documents still queued,
        // the client resumes after the last document it was given;
        // otherwise after everything read so far.
        if !self.pending.is_empty() || self.pos.1 != u64::MAX {
            if let Some(t) = &self.returned {
                return t.clone();
            }
        }
        Token::high_water_mark(self.pos.0).to_doc()
    }

    fn wait(&self, engine: &Engine, until: Instant) -> bool {
        engine.oplog().wait_past(self.pos.0, until)
    }
}
