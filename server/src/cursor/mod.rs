//! Server-side cursors: what `find`/`aggregate`/`listCollections`/... leave
//! behind when a result does not fit in the first batch, for `getMore` to
//! continue and `killCursors` to end. A cursor either resumes a collection
//! scan by record id (plain finds, so large results are never held in
//! memory), resumes an index scan at its next key (finds answered through
//! an index), or hands out a buffered result (sorted finds, aggregations).
//! Idle cursors expire after `cursorTimeoutMillis` (10 minutes) unless
//! created with `noCursorTimeout`; cursors opened in a session belong to it.

mod batch;

pub use batch::Batch;

use crate::query::projection::Projection;
use crate::query::Filter;
use bson::{Bson, Document};
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// `cursorTimeoutMillis` (mongod's default: ten minutes; setParameter
/// changes it): an idle cursor older than this is closed.
pub static CURSOR_TIMEOUT_MS: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(600_000);

/// Where the rest of a cursor's results come from.
pub enum Source {
    Buffered(VecDeque<Document>),
    Scan(Box<ScanState>),
    Index(Box<IndexScanState>),
    /// A change stream over the oplog (built by `agg::change_stream`).
    Stream(Box<dyn Stream>),
}

/// A never-ending source: a change stream. Each batch reads what the
/// oplog holds now; an empty batch may wait for more.
pub trait Stream: Send {
    /// Up to `limit` events; `true` once the stream has ended (after an
    /// `invalidate`).
    fn next_batch(
        &mut self,
        engine: &crate::storage::Engine,
        limit: usize,
        deadline: Option<Instant>,
    ) -> crate::error::Result<(Vec<Document>, bool)>;

    /// The token a driver resumes from after this batch.
    fn post_batch_resume_token(&self) -> Document;

    /// Waits until the oplog may hold something new for this stream, or
    /// `until`; false when the time ran out.
    fn wait(&self, engine: &crate::storage::Engine, until: Instant) -> bool;
}

/// A resumable scan of key ranges of one index (a find the planner answers
/// through an index, in the index's order): each batch continues at the key
/// after the last document handed out.
pub struct IndexScanState {
    pub db: String,
    pub coll: String,
    /// The index, found again by name for every batch (a dropped index ends
    /// the cursor with QueryPlanKilled, as in mongod).
    pub index: String,
    /// The index's table when the scan began: a rebuilt or recreated
    /// index (same name, other table) kills the cursor.
    pub table: String,
    pub ranges: Vec<crate::storage::KeyRange>,
    pub reverse: bool,
    /// A covered scan (batches come from the index entries alone,
    /// `Instead`), or one whose filter is decided on the entries' key
    /// documents, the stored documents copied into batches undecoded
    /// (`Beside`).
    pub keys: crate::storage::KeyDocs,
    pub pos: crate::storage::WalkPos,
    /// Record ids already handed out (multikey indexes list a document
    /// once per key).
    pub seen: std::collections::HashSet<i64>,
    pub filter: Filter,
    pub projection: Option<Projection>,
    /// Matching documents still to skip.
    pub skip: u64,
    /// Documents still to return (None = no limit).
    pub remaining: Option<i64>,
}

/// A resumable collection scan.
pub struct ScanState {
    pub db: String,
    pub coll: String,
    pub filter: Filter,
    pub projection: Option<Projection>,
    pub next_rid: i64,
    /// Matching documents still to skip.
    pub skip: u64,
    /// Documents still to return (None = no limit).
    pub remaining: Option<i64>,
    /// A tailable cursor on a capped collection stays open at the end of
    /// the data and continues from there when more is inserted.
    pub tailable: bool,
    /// With `awaitData`, an empty getMore waits for new documents.
    pub await_data: bool,
    /// The record the scan last moved past: a tailable cursor whose record
    /// was trimmed from the capped collection has lost its position.
    pub position: Option<i64>,
}

pub struct ServerCursor {
    pub id: i64,
    pub ns: String,
    pub lsid: Option<Bson>,
    /// A snapshot read's cluster time: every batch reads as of then.
    pub read_at: Option<bson::Timestamp>,
    pub source: Source,
    pub no_timeout: bool,
    pub last_used: Instant,
    /// What is left of the opening command's `maxTimeMS`: mongod charges
    /// every getMore's run time against it.
    pub time_left: Option<std::time::Duration>,
}

#[derive(Default)]
pub struct CursorRegistry {
    map: Mutex<HashMap<i64, ServerCursor>>,
}

/// Why a cursor could not be checked out.
pub enum Checkout {
    NotFound,
    InUse,
}

impl CursorRegistry {
    /// Registers a cursor and returns its id (never 0, always positive).
    pub fn register(&self, mut c: ServerCursor) -> i64 {
        let mut map = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.reap(&mut map);
        loop {
            let id = rand::random::<i64>() & i64::MAX;
            if id != 0 && !map.contains_key(&id) {
                c.id = id;
                c.last_used = Instant::now();
                map.insert(id, c);
                return id;
            }
        }
    }

    /// Takes a cursor out for a getMore; put it back with [`CursorRegistry::put_back`].
    pub fn checkout(&self, id: i64) -> Result<ServerCursor, Checkout> {
        let mut map = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.reap(&mut map);
        map.remove(&id).ok_or(Checkout::NotFound)
    }

    pub fn put_back(&self, mut c: ServerCursor) {
        c.last_used = Instant::now();
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(c.id, c);
    }

    /// Removes a cursor; true when it existed.
    pub fn kill(&self, id: i64) -> bool {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&id)
            .is_some()
    }

    /// Whether a getMore on this cursor may wait for new data (a change
    /// stream, a tailable awaitData scan).
    pub fn may_wait(&self, id: i64) -> bool {
        let map = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match map.get(&id).map(|c| &c.source) {
            Some(Source::Stream(_)) => true,
            Some(Source::Scan(s)) => s.await_data,
            _ => false,
        }
    }

    /// Whether a cursor exists (for killCursors' report).
    pub fn exists(&self, id: i64) -> bool {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .contains_key(&id)
    }

    /// The namespace of a cursor, if it exists.
    pub fn ns_of(&self, id: i64) -> Option<String> {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&id)
            .map(|c| c.ns.clone())
    }

    /// Kills every cursor owned by a session (endSessions/killSessions).
    pub fn kill_session(&self, lsid_id: &Bson) {
        self.map
            .lock()
            .unwrap()
            .retain(|_, c| c.lsid.as_ref() != Some(lsid_id));
    }

    /// Kills every cursor opened in any session (killAllSessions).
    pub fn kill_all_sessions(&self) {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .retain(|_, c| c.lsid.is_none());
    }

    /// Kills every cursor on a namespace (drop, rename). Change streams
    /// stay: they report the drop and end with an invalidate.
    pub fn kill_ns(&self, ns: &str) {
        self.map
            .lock()
            .unwrap()
            .retain(|_, c| c.ns != ns || matches!(c.source, Source::Stream(_)));
    }

    /// Kills every cursor on a database (dropDatabase).
    pub fn kill_db(&self, db: &str) {
        let prefix = format!("{db}.");
        self.map
            .lock()
            .unwrap()
            .retain(|_, c| !c.ns.starts_with(&prefix) || matches!(c.source, Source::Stream(_)));
    }

    pub fn open_count(&self) -> usize {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    fn reap(&self, map: &mut HashMap<i64, ServerCursor>) {
        let now = Instant::now();
        let timeout =
            Duration::from_millis(CURSOR_TIMEOUT_MS.load(std::sync::atomic::Ordering::Relaxed));
        map.retain(|_, c| c.no_timeout || now.duration_since(c.last_used) < timeout);
    }
}
