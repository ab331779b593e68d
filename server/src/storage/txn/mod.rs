//! A storage transaction: one WiredTiger session with a running transaction.
//! Document writes maintain every index of the collection in the same
//! transaction; a unique-index collision becomes mongod's duplicate-key error.
//! Index entries carry the covered-query payload (`index::payload`) in their
//! values, after a unique index's record id.
//! Dropping an uncommitted `Txn` rolls it back.

mod log;
mod read;

use super::catalog::{CollMeta, IndexMeta};
use super::oplog::{self, Oplog, PendingOp};
use super::sessions::SessionPool;
use super::wt_err;
use crate::error::{Error, ErrorCode, Result};
use crate::index::keyenc::{decode_i64, ordered_i64};
use crate::index::keys::{key_value_doc, keys_for};
use crate::index::payload;
use crate::wt::Session;
use bson::raw::RawDocumentBuf;
use bson::{Bson, Document};
use std::ops::ControlFlow;
use std::sync::atomic::Ordering;

/// An open transaction kept between commands (a logical session's
/// multi-document transaction). Resume it with [`Txn::attach`]; dropping it
/// without committing rolls it back (when attached and dropped). Its writes'
/// oplog entries wait with it for the commit.
pub struct HeldTxn {
    session: Session,
    pending: Vec<PendingOp>,
    /// This transaction's identity as the owner of the collections it
    /// creates (see `txn_ddl`).
    owner: u64,
    /// The collections and indexes it created; dropped after the session
    /// (whose closing rolls the transaction back), which takes them away.
    ddl: Option<super::txn_ddl::TxnCatalog>,
    /// Dropped after the session (whose closing rolls the transaction back).
    open: Option<super::sessions::OpenTxn>,
}

impl HeldTxn {
    /// This transaction's identity for `TxnScope`.
    pub fn owner(&self) -> u64 {
        self.owner
    }
}

/// What `validate` found.
#[derive(Debug, Default)]
pub struct ValidateReport {
    pub records: u64,
    pub corrupt: u64,
    /// (index name, keys expected from the documents, keys stored).
    pub indexes: Vec<(String, u64, u64)>,
}

/// mongod's largest stored document (16 MiB).
const MAX_DOC_BYTES: usize = 16 * 1024 * 1024;

pub struct Txn<'e> {
    sessions: &'e SessionPool,
    oplog: &'e Oplog,
    session: Option<Session>,
    active: bool,
    /// The oplog entries of this transaction's writes, written at commit.
    pending: Vec<PendingOp>,
    /// The command's `maxTimeMS` deadline: long scans stop with
    /// MaxTimeMSExpired once it passes.
    pub deadline: Option<std::time::Instant>,
    /// `bypassDocumentValidation`: writes skip the collection's validator.
    pub bypass_validation: bool,
    /// A retryable write's session and the `stmtId` of its next write.
    pub retry: Option<(oplog::RetryOrigin, i32)>,
    /// Owner of the collections this transaction creates (0: a transaction
    /// of one command, which creates none this way).
    pub(super) owner: u64,
    /// The collections and indexes a multi-document transaction created,
    /// made everyone's when it commits (taken away when dropped otherwise).
    pub(super) ddl: Option<super::txn_ddl::TxnCatalog>,
    /// Counts this transaction as open; dropped after the `Drop` below has
    /// ended it (fields drop after `drop` runs).
    open: Option<super::sessions::OpenTxn>,
}

/// How long a write on a full in-memory store keeps retrying while the
/// cache is relieved.
const CACHE_FULL_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

impl<'e> Txn<'e> {
    pub(crate) fn begin(sessions: &'e SessionPool, oplog: &'e Oplog) -> Result<Txn<'e>> {
        // Sessions open with snapshot isolation, WiredTiger's default.
        Self::begin_with(sessions, oplog, "")
    }

    /// Begins a transaction that reads the data as of cluster time `at`
    /// (a snapshot read at `atClusterTime`).
    pub(crate) fn begin_at(
        sessions: &'e SessionPool,
        oplog: &'e Oplog,
        at: u64,
    ) -> Result<Txn<'e>> {
        let cfg = format!("isolation=snapshot,read_timestamp={}", oplog::wt_ts(at));
        Self::begin_with(sessions, oplog, &cfg)
    }

    fn begin_with(sessions: &'e SessionPool, oplog: &'e Oplog, cfg: &str) -> Result<Txn<'e>> {
        let open = sessions.open_txn();
        let session = sessions.take()?;
        if let Err(e) = session.begin_transaction(cfg) {
            sessions.give_back(session);
            return Err(wt_err(e));
        }
        Ok(Txn {
            sessions,
            oplog,
            session: Some(session),
            active: true,
            pending: Vec::new(),
            deadline: None,
            bypass_validation: false,
            retry: None,
            owner: 0,
            ddl: None,
            open: Some(open),
        })
    }

    /// Runs `f` in a transaction of its own and commits it, retrying on
    /// write conflicts as mongod does for single-document and
    /// non-transactional writes.
    pub(crate) fn run<T>(
        sessions: &'e SessionPool,
        oplog: &'e Oplog,
        sync: bool,
        mut f: impl FnMut(&mut Txn<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut attempt = 0u32;
        let mut full_since: Option<std::time::Instant> = None;
        loop {
            let mut txn = Txn::begin(sessions, oplog)?;
            let r = f(&mut txn).and_then(|v| txn.commit(sync).map(|()| v));
            match r {
                Err(e) if e.code == ErrorCode::WriteConflict && attempt < 1000 => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_micros(
                        50 * attempt.min(100) as u64,
                    ));
                }
                // An in-memory store's cache is full: have the keeper drop
                // the snapshot history and truncate the oplog, give
                // eviction a moment, and try again for a while before
                // reporting ExceededMemoryLimit.
                Err(e)
                    if e.code == ErrorCode::ExceededMemoryLimit
                        && sessions.is_in_memory()
                        && full_since.is_none_or(|t| t.elapsed() < CACHE_FULL_PATIENCE) =>
                {
                    full_since.get_or_insert_with(std::time::Instant::now);
                    oplog.ring(true);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    /// Starts a transaction that outlives this handle: the caller keeps the
    /// returned session (a multi-document transaction between commands).
    pub(crate) fn begin_detached(sessions: &SessionPool, at: Option<u64>) -> Result<HeldTxn> {
        let open = sessions.open_txn();
        let session = sessions.take()?;
        let cfg = match at {
            Some(at) => format!("isolation=snapshot,read_timestamp={}", oplog::wt_ts(at)),
            None => String::new(),
        };
        if let Err(e) = session.begin_transaction(&cfg) {
            sessions.give_back(session);
            return Err(wt_err(e));
        }
        Ok(HeldTxn {
            session,
            pending: Vec::new(),
            owner: super::txn_ddl::new_owner(),
            ddl: None,
            open: Some(open),
        })
    }

    /// Resumes a transaction begun with [`Txn::begin_detached`].
    pub(crate) fn attach(sessions: &'e SessionPool, oplog: &'e Oplog, held: HeldTxn) -> Txn<'e> {
        Txn {
            sessions,
            oplog,
            session: Some(held.session),
            active: true,
            pending: held.pending,
            deadline: None,
            bypass_validation: false,
            retry: None,
            owner: held.owner,
            ddl: held.ddl,
            open: held.open,
        }
    }

    /// Hands the still-open transaction back to its owner.
    pub fn detach(mut self) -> HeldTxn {
        self.active = false;
        HeldTxn {
            session: self.session.take().expect("session present until drop"),
            pending: std::mem::take(&mut self.pending),
            owner: self.owner,
            ddl: self.ddl.take(),
            open: self.open.take(),
        }
    }

    /// Fails with MaxTimeMSExpired (50) once the command's time limit has
    /// passed, as mongod's interrupt checks do during long operations.
    /// A server shutting down interrupts it too (InterruptedAtShutdown).
    pub fn check_deadline(&self) -> Result<()> {
        crate::interrupt::check()?;
        if self
            .sessions
            .interrupt_flag()
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            return Err(crate::error::Error::interrupted_at_shutdown());
        }
        match self.deadline {
            Some(d) if std::time::Instant::now() >= d => Err(crate::error::Error::new(
                ErrorCode::MaxTimeMSExpired,
                "operation exceeded time limit",
            )),
            _ => Ok(()),
        }
    }

    pub(super) fn s(&self) -> &Session {
        self.session.as_ref().expect("session present until drop")
    }

    pub fn rollback(mut self) -> Result<()> {
        self.active = false;
        self.s().rollback_transaction().map_err(wt_err)
    }

    pub(crate) fn put_raw(&mut self, table: &str, key: &[u8], value: &[u8]) -> Result<()> {
        let mut c = self.s().open_cursor(table, "").map_err(wt_err)?;
        c.insert(key, value).map_err(wt_err)
    }

    pub(crate) fn remove_raw(&mut self, table: &str, key: &[u8]) -> Result<bool> {
        let mut c = self.s().open_cursor(table, "").map_err(wt_err)?;
        c.remove(key).map_err(wt_err)
    }
    // ---- documents ---------------------------------------------------------

    /// Inserts a document, maintaining all indexes. Returns its record id.
    pub fn insert(&mut self, meta: &CollMeta, doc: &Document) -> Result<i64> {
        self.insert_encoded(meta, doc, &doc.to_vec()?)
    }

    /// [`Txn::insert`] of a document whose BSON the caller already has
    /// (`bytes` must be `doc`'s encoding): those bytes are stored and become
    /// the oplog entry's `o` without being encoded again.
    pub fn insert_encoded(&mut self, meta: &CollMeta, doc: &Document, bytes: &[u8]) -> Result<i64> {
        if let (false, Some(v)) = (self.bypass_validation, meta.validator()) {
            v.check_insert(doc)?;
        }
        if bytes.len() > MAX_DOC_BYTES {
            return Err(crate::error::Error::new(
                ErrorCode::BSONObjectTooLarge,
                format!(
                    "object to insert too large. size in bytes: {}, max size: {MAX_DOC_BYTES}",
                    bytes.len()
                ),
            ));
        }
        let rid = meta.next_rid.fetch_add(1, Ordering::Relaxed);
        for idx in &meta.indexes {
            self.add_keys(meta, idx, rid, doc)?;
        }
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        c.insert(&ordered_i64(rid), bytes).map_err(wt_err)?;
        drop(c);
        let o = RawDocumentBuf::from_bytes(bytes.to_vec())?;
        let o2 = match o.get("_id")? {
            Some(id) => {
                let mut d = RawDocumentBuf::new();
                d.append(bson::raw::cstr!("_id"), id);
                Some(d)
            }
            None => None,
        };
        self.log_write(meta, "i", o, o2, None);
        Ok(rid)
    }

    /// Updates the document at `rid` (whose current version is `old`) by
    /// update operators or a pipeline: the oplog records the difference.
    pub fn update(
        &mut self,
        meta: &CollMeta,
        rid: i64,
        old: &Document,
        new: &Document,
    ) -> Result<()> {
        self.store_update(meta, rid, old, new)?;
        let diff = oplog::diff::diff(old, new);
        if !diff.is_empty() {
            let o = RawDocumentBuf::try_from(&bson::doc! { "$v": 2, "diff": diff })?;
            let o2 = old.get("_id").map(oplog::entry::id_doc).transpose()?;
            self.log_write(meta, "u", o, o2, Some((old, Some(new))));
        }
        Ok(())
    }

    /// Replaces the document at `rid` with a whole new document: the oplog
    /// records the replacement.
    pub fn replace(
        &mut self,
        meta: &CollMeta,
        rid: i64,
        old: &Document,
        new: &Document,
    ) -> Result<()> {
        self.store_update(meta, rid, old, new)?;
        if old != new {
            let o2 = old.get("_id").map(oplog::entry::id_doc).transpose()?;
            self.log_write(
                meta,
                "u",
                RawDocumentBuf::try_from(new)?,
                o2,
                Some((old, Some(new))),
            );
        }
        Ok(())
    }

    fn store_update(
        &mut self,
        meta: &CollMeta,
        rid: i64,
        old: &Document,
        new: &Document,
    ) -> Result<()> {
        let bytes = new.to_vec()?;
        // The old version stays as history (about the new one's size).
        self.oplog.note_history(bytes.len());
        if bytes.len() > MAX_DOC_BYTES {
            // Checked before any index changes: nothing is partly written.
            return Err(crate::error::Error::new(
                ErrorCode::BSONObjectTooLarge,
                format!("Resulting document after update is larger than {MAX_DOC_BYTES}"),
            ));
        }
        if let (false, Some(v)) = (self.bypass_validation, meta.validator()) {
            v.check_update(old, new)?;
        }
        for idx in &meta.indexes {
            self.note_multikey(idx, new)?;
            let old_keys = keys_for(idx, old)?;
            let new_keys = keys_for(idx, new)?;
            // Equal keys may hold different values (1 becoming 1.0 keeps
            // its key): the covered-query payload must follow the document.
            let old_payload = payload::for_doc(idx, old);
            let new_payload = payload::for_doc(idx, new);
            if old_keys == new_keys && old_payload == new_payload {
                continue;
            }
            for k in old_keys.iter().filter(|k| !new_keys.contains(k)) {
                self.remove_key(idx, rid, k)?;
            }
            for k in &new_keys {
                if !old_keys.contains(k) {
                    self.add_key(meta, idx, rid, k, new, &new_payload)?;
                } else if old_payload != new_payload {
                    self.rewrite_key(idx, rid, k, &new_payload)?;
                }
            }
        }
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        c.insert(&ordered_i64(rid), &bytes).map_err(wt_err)
    }

    /// Deletes the document at `rid` (whose current version is `doc`).
    pub fn delete(&mut self, meta: &CollMeta, rid: i64, doc: &Document) -> Result<()> {
        for idx in &meta.indexes {
            for k in keys_for(idx, doc)? {
                self.remove_key(idx, rid, &k)?;
            }
        }
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        c.remove(&ordered_i64(rid)).map_err(wt_err)?;
        drop(c);
        if self.sessions.is_in_memory() {
            self.oplog.note_history(crate::value::doc_size(doc));
        }
        let o = oplog::entry::id_doc(doc.get("_id").unwrap_or(&Bson::Null))?;
        self.log_write(meta, "d", o, None, Some((doc, None)));
        Ok(())
    }

    /// Keeps a capped collection within its `size` (bytes) and `max`
    /// (documents) by deleting the oldest documents, as mongod does on insert.
    pub fn trim_capped(&mut self, meta: &CollMeta) -> Result<()> {
        let Some((size, max)) = meta.cap() else {
            return Ok(());
        };
        let mut docs: Vec<(i64, Document, u64)> = Vec::new();
        let mut total = 0u64;
        self.scan(meta, i64::MIN, |rid, d| {
            let sz = crate::value::doc_size(&d) as u64;
            total += sz;
            docs.push((rid, d, sz));
            Ok(ControlFlow::Continue(()))
        })?;
        let mut count = docs.len() as u64;
        for (rid, d, sz) in docs {
            let over = total > size || max.is_some_and(|m| count > m);
            if !over || count <= 1 {
                break;
            }
            self.delete(meta, rid, &d)?;
            total -= sz;
            count -= 1;
        }
        Ok(())
    }

    /// Number of documents in the collection.
    pub fn count(&mut self, meta: &CollMeta) -> Result<u64> {
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        let mut n = 0;
        while c.next().map_err(wt_err)? {
            n += 1;
        }
        Ok(n)
    }

    /// Total BSON bytes of the collection's documents (for collStats/dbStats).
    pub fn data_size(&mut self, meta: &CollMeta) -> Result<(u64, u64)> {
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        let (mut n, mut bytes) = (0u64, 0u64);
        while c.next().map_err(wt_err)? {
            n += 1;
            bytes += c.value().map_err(wt_err)?.len() as u64;
        }
        Ok((n, bytes))
    }

    /// The bytes of an index's entries (keys and values, uncompressed):
    /// what collStats and dbStats report as its size.
    pub fn index_bytes(&mut self, idx: &IndexMeta) -> Result<u64> {
        let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
        let mut bytes = 0u64;
        while c.next().map_err(wt_err)? {
            bytes += (c.key().map_err(wt_err)?.len() + c.value().map_err(wt_err)?.len()) as u64;
        }
        Ok(bytes)
    }

    /// Checks the collection: records that do not decode, and for each
    /// index the number of keys its documents produce and the number stored.
    pub fn validate(&mut self, meta: &CollMeta) -> Result<ValidateReport> {
        let mut report = ValidateReport::default();
        let mut expected = vec![0u64; meta.indexes.len()];
        {
            let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
            while c.next().map_err(wt_err)? {
                report.records += 1;
                match crate::value::decode(c.value().map_err(wt_err)?) {
                    Ok(d) => {
                        for (i, idx) in meta.indexes.iter().enumerate() {
                            expected[i] += keys_for(idx, &d).map(|k| k.len() as u64).unwrap_or(0);
                        }
                    }
                    Err(_) => report.corrupt += 1,
                }
            }
        }
        for (i, idx) in meta.indexes.iter().enumerate() {
            let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
            let mut n = 0;
            while c.next().map_err(wt_err)? {
                n += 1;
            }
            report.indexes.push((idx.name.clone(), expected[i], n));
        }
        Ok(report)
    }

    // ---- indexes -------------------------------------------------------------

    /// Adds the keys of every document of the collection to a new index
    /// (createIndexes). Fails with a duplicate-key error on a unique violation.
    pub fn build_index(&mut self, meta: &CollMeta, idx: &IndexMeta) -> Result<()> {
        let mut docs = Vec::new();
        self.scan(meta, i64::MIN, |rid, d| {
            docs.push((rid, d));
            Ok(ControlFlow::Continue(()))
        })?;
        for (rid, d) in docs {
            self.add_keys(meta, idx, rid, &d)?;
        }
        Ok(())
    }

    /// One batch of an index build: adds the keys of up to `limit`
    /// documents from record id `from` on, rewriting each record unchanged
    /// so that a concurrent update or delete of it conflicts with this
    /// batch (which is then retried) instead of leaving a stale key.
    /// Returns where the next batch starts, or None at the end.
    pub fn backfill_index(
        &mut self,
        meta: &CollMeta,
        idx: &IndexMeta,
        from: i64,
        limit: usize,
    ) -> Result<Option<i64>> {
        let mut batch = Vec::with_capacity(limit);
        let next = self.scan(meta, from, |rid, d| {
            if batch.len() == limit {
                return Ok(ControlFlow::Break(()));
            }
            batch.push((rid, d));
            Ok(ControlFlow::Continue(()))
        })?;
        for (rid, d) in &batch {
            let bytes = d.to_vec()?;
            let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
            c.insert(&ordered_i64(*rid), &bytes).map_err(wt_err)?;
            drop(c);
            self.add_keys(meta, idx, *rid, d)?;
        }
        // `scan` reports the record it stopped at (the first one not taken).
        Ok(next.map(|n| n - 1))
    }

    fn add_keys(
        &mut self,
        meta: &CollMeta,
        idx: &IndexMeta,
        rid: i64,
        doc: &Document,
    ) -> Result<()> {
        self.note_multikey(idx, doc)?;
        let keys = keys_for(idx, doc)?;
        let payload = payload::for_doc(idx, doc);
        for k in keys {
            self.add_key(meta, idx, rid, &k, doc, &payload)?;
        }
        Ok(())
    }

    /// Marks the index multikey when `doc` has an array on an indexed path.
    /// Like mongod, the flag is recorded in its own transaction that commits
    /// even if this one rolls back (a stale "multikey" only costs speed; a
    /// missing one would lose documents to intersected bounds).
    fn note_multikey(&mut self, idx: &IndexMeta, doc: &Document) -> Result<()> {
        if idx.is_multikey() || !crate::index::keys::touches_array(&idx.fields, doc) {
            return Ok(());
        }
        Txn::run(self.sessions, self.oplog, false, |t| {
            t.put_raw(super::catalog::MULTIKEY, idx.table.as_bytes(), &[1])
        })?;
        idx.multikey.store(true, Ordering::Relaxed);
        Ok(())
    }

    /// Replaces the value of an entry the document keeps (its payload changed).
    fn rewrite_key(&mut self, idx: &IndexMeta, rid: i64, key: &[u8], payload: &[u8]) -> Result<()> {
        let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
        let rid_bytes = ordered_i64(rid);
        let value = payload::entry_value(idx.unique, &rid_bytes, payload);
        if idx.unique {
            c.insert(key, &value).map_err(wt_err)
        } else {
            let mut full = key.to_vec();
            full.extend_from_slice(&rid_bytes);
            c.insert(&full, &value).map_err(wt_err)
        }
    }

    /// Adds one entry: a unique index maps the key to the record id, a
    /// non-unique one suffixes the key with it; either way the value ends
    /// with the covered-query payload.
    fn add_key(
        &mut self,
        meta: &CollMeta,
        idx: &IndexMeta,
        rid: i64,
        key: &[u8],
        doc: &Document,
        payload: &[u8],
    ) -> Result<()> {
        let rid_bytes = ordered_i64(rid);
        let value = payload::entry_value(idx.unique, &rid_bytes, payload);
        if idx.unique {
            let mut c = self
                .s()
                .open_cursor(&idx.table, "overwrite=false")
                .map_err(wt_err)?;
            match c.insert(key, &value) {
                Ok(()) => Ok(()),
                // The same key of the same document (an index build meeting
                // a key a concurrent write already added) is no duplicate.
                Err(e) if e.is_duplicate_key() => match c.search(key).map_err(wt_err)? {
                    Some(v) if decode_i64(&v) == rid => Ok(()),
                    _ => Err(duplicate_key(meta, idx, doc)),
                },
                Err(e) => Err(wt_err(e)),
            }
        } else {
            // While a prepareUnique index is built, existing duplicates
            // go in as they are (mongod builds it like a regular index).
            if idx.prepare_unique && idx.ready {
                self.check_prepare_unique(meta, idx, rid, key, doc)?;
            }
            let mut full = key.to_vec();
            full.extend_from_slice(&rid_bytes);
            let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
            c.insert(&full, &value).map_err(wt_err)
        }
    }

    fn remove_key(&mut self, idx: &IndexMeta, rid: i64, key: &[u8]) -> Result<()> {
        let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
        if idx.unique {
            c.remove(key).map_err(wt_err)?;
        } else {
            let mut full = key.to_vec();
            full.extend_from_slice(&ordered_i64(rid));
            c.remove(&full).map_err(wt_err)?;
        }
        Ok(())
    }
}

/// mongod's E11000 error with keyPattern and keyValue.
pub(super) fn duplicate_key(meta: &CollMeta, idx: &IndexMeta, doc: &Document) -> Error {
    let kv = key_value_doc(&idx.fields, doc);
    let shown: Vec<String> = kv
        .iter()
        .map(|(k, v)| format!("{k}: {}", render(v)))
        .collect();
    Error::new(
        ErrorCode::DuplicateKey,
        format!(
            "E11000 duplicate key error collection: {} index: {} dup key: {{ {} }}",
            meta.ns(),
            idx.name,
            shown.join(", ")
        ),
    )
    .with_extra(bson::doc! { "keyPattern": idx.key.clone(), "keyValue": kv })
}

/// Renders a value roughly as mongod's error messages do.
fn render(v: &Bson) -> String {
    match v {
        Bson::String(s) => format!("\"{s}\""),
        Bson::ObjectId(o) => format!("ObjectId('{o}')"),
        other => other.to_string(),
    }
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if let Some(s) = self.session.take() {
            // A panic may have stopped this transaction inside a WiredTiger
            // call: the session is closed (which rolls its transaction
            // back) rather than reused.
            if std::thread::panicking() {
                drop(s);
                return;
            }
            if self.active {
                let _ = s.rollback_transaction();
            }
            self.sessions.give_back(s);
        }
    }
}
