//! The storage engine: one WiredTiger connection, a pool of sessions, and the
//! in-memory copy of the catalog. DDL (create/drop/rename of collections and
//! indexes) is serialized by one lock and writes the catalog in a WiredTiger
//! transaction; the cache is updated only after that transaction commits.

use super::catalog::{CollMeta, IndexMeta, CATALOG, MULTIKEY};
pub use super::engine_config::EngineConfig;
use super::oplog::{self, Oplog};
use super::sessions::SessionPool;
use super::txn::{HeldTxn, Txn};
use super::txn_ddl::{CatalogMap, Owners};
use super::wt_err;
use crate::error::{Error, ErrorCode, Result};
use crate::index::keyenc::decode_i64;
use crate::wt::Connection;
use bson::{doc, Bson, Document};
use std::collections::BTreeMap;
use std::fs::File;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Duration;

const TABLE_CONFIG: &str = "key_format=u,value_format=u";

/// The storage engine shared by every connection.
pub struct Engine {
    sessions: SessionPool,
    oplog: Oplog,
    pub(super) catalog: Arc<CatalogMap>,
    /// Collections created by transactions that have not committed.
    pub(super) owners: Arc<Owners>,
    ddl: Mutex<()>,
    pub(super) pending_drops: Arc<Mutex<Vec<String>>>,
    stopping: Arc<AtomicBool>,
    flusher: Mutex<Option<std::thread::JoinHandle<()>>>,
    keepers: Mutex<Vec<std::thread::JoinHandle<()>>>,
    _lock: Option<File>,
}

impl Engine {
    /// Opens the store, refusing one that another process holds.
    pub fn open(cfg: &EngineConfig) -> Result<Arc<Engine>> {
        let io = |what: &str, e: std::io::Error| {
            Error::new(
                ErrorCode::DBPathInUse,
                format!("{what} {}: {e}", cfg.path.display()),
            )
        };
        std::fs::create_dir_all(&cfg.path).map_err(|e| io("cannot create storage path", e))?;
        let lock = if cfg.in_memory {
            None
        } else {
            let f = File::create(cfg.path.join("secantus.lock"))
                .map_err(|e| io("cannot create the lock file in", e))?;
            fs2::FileExt::try_lock_exclusive(&f).map_err(|_| {
                Error::new(
                    ErrorCode::DBPathInUse,
                    format!(
                        "Unable to lock the lock file: {} (another SecantusDB process is using this storage path)",
                        cfg.path.join("secantus.lock").display()
                    ),
                )
            })?;
            Some(f)
        };
        let common = format!(
            "create,cache_size={}M,session_max=2000,eviction=(threads_min=1,threads_max=2),statistics=(fast)",
            cfg.cache_size_mb
        );
        // The journal as mongod configures it (100 MB log files, the next
        // ones created ahead of need), except that a new log file is
        // extended by 512 KB rather than its whole 100 MB: mongod's empty
        // store holds 300 MB of preallocated journal, ours under 2 MB. The
        // extension only reserves blocks (`fallocate`'s unwritten extents,
        // which the first write converts anyway), so writes and syncs under
        // load do the same work (`make bench`, reports/bench-write-concern.md).
        let config = if cfg.in_memory {
            format!("{common},in_memory=true")
        } else {
            format!("{common},log=(enabled=true,file_max=100MB),file_extend=(log=512KB),transaction_sync=(enabled=false),checkpoint=(wait=60)")
        };
        let conn = Connection::open(&cfg.path, &config).map_err(|e| {
            if e.is_busy() {
                Error::new(
                    ErrorCode::DBPathInUse,
                    format!("the storage path {} is in use: {e}", cfg.path.display()),
                )
            } else {
                Error::internal(format!(
                    "cannot open WiredTiger at {}: {e}",
                    cfg.path.display()
                ))
            }
        })?;
        let engine = Arc::new(Engine {
            sessions: SessionPool::new(conn, cfg.in_memory),
            oplog: Oplog::new(
                oplog::store::default_max_bytes(cfg),
                oplog::store::history_budget(cfg),
            ),
            catalog: Arc::new(RwLock::new(BTreeMap::new())),
            owners: Arc::default(),
            ddl: Mutex::new(()),
            pending_drops: Arc::default(),
            stopping: Arc::new(AtomicBool::new(false)),
            flusher: Mutex::new(None),
            keepers: Mutex::new(Vec::new()),
            _lock: lock,
        });
        engine.load_catalog()?;
        engine.open_oplog()?;
        if !cfg.in_memory {
            engine.start_flusher(Duration::from_millis(cfg.journal_commit_interval_ms));
        }
        engine.start_oplog_keeper();
        Ok(engine)
    }

    /// Creates `local.oplog.rs` on first start, and on every start sets the
    /// clock after its newest entry.
    fn open_oplog(&self) -> Result<()> {
        let meta = match self.collection(oplog::OPLOG_DB, oplog::OPLOG_COLL) {
            Some(m) => m,
            None => {
                let _g = self.ddl_lock();
                let options = doc! { "capped": true, "size": self.oplog.max_bytes() as i64 };
                let meta = CollMeta {
                    db: oplog::OPLOG_DB.to_string(),
                    name: oplog::OPLOG_COLL.to_string(),
                    uuid: *uuid::Uuid::new_v4().as_bytes(),
                    options,
                    table: self.new_table("collection")?,
                    indexes: Vec::new(),
                    next_rid: Arc::new(AtomicI64::new(1)),
                    validator: std::sync::OnceLock::new(),
                };
                self.with_txn(false, |t| self.write_catalog(t, &meta))?;
                let meta = Arc::new(meta);
                self.publish(meta.clone());
                meta
            }
        };
        let s = self.take_session()?;
        let r = oplog::store::newest_and_bytes(&s, &meta.table);
        self.return_session(s);
        let (newest, bytes) = r?;
        self.oplog.init(meta.table.clone(), newest, bytes);
        if newest == 0 {
            // A new replica set's oplog starts with this entry, so every
            // cluster time the server hands out lies within the oplog.
            self.with_txn(true, |t| t.log_noop(doc! { "msg": "initiating set" }))?;
        }
        Ok(())
    }

    /// Four times a second, or when a burst of writes on an in-memory store
    /// rings it: lets WiredTiger forget history older than the snapshot
    /// window, truncates the oplog to its size, closes the sessions a burst
    /// of connections left idle, and hands freed memory back.
    fn start_oplog_keeper(self: &Arc<Self>) {
        let weak = Arc::downgrade(self);
        let stopping = self.stopping.clone();
        let h = std::thread::Builder::new()
            .name("oplog-keeper".into())
            .spawn(move || {
                while !stopping.load(Ordering::Relaxed) {
                    let Some(engine) = weak.upgrade() else { break };
                    engine.oplog.wait_for_bell(Duration::from_millis(250));
                    if stopping.load(Ordering::Relaxed) {
                        break;
                    }
                    if let Err(e) = oplog::store::keep(&engine.sessions, &engine.oplog) {
                        tracing::warn!("oplog maintenance failed: {e}");
                    }
                    engine.sessions.trim_idle();
                    engine.retry_pending_drops();
                    crate::memory::release(false);
                }
            })
            .expect("spawn oplog keeper");
        self.keepers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(h);
    }

    /// The oplog: the cluster clock, commit visibility and its size.
    pub fn oplog(&self) -> &Oplog {
        &self.oplog
    }

    fn load_catalog(&self) -> Result<()> {
        let s = self.take_session()?;
        s.create(CATALOG, TABLE_CONFIG).map_err(wt_err)?;
        s.create(MULTIKEY, TABLE_CONFIG).map_err(wt_err)?;
        s.create(oplog::entry::IMAGES, TABLE_CONFIG)
            .map_err(wt_err)?;
        let mut multikey = std::collections::HashSet::new();
        {
            let mut c = s.open_cursor(MULTIKEY, "").map_err(wt_err)?;
            while c.next().map_err(wt_err)? {
                multikey.insert(String::from_utf8_lossy(c.key().map_err(wt_err)?).into_owned());
            }
        }
        let mut entries = BTreeMap::new();
        {
            let mut c = s.open_cursor(CATALOG, "").map_err(wt_err)?;
            while c.next().map_err(wt_err)? {
                let key = String::from_utf8_lossy(c.key().map_err(wt_err)?).into_owned();
                let value = crate::value::decode(c.value().map_err(wt_err)?)?;
                entries.insert(key, value);
            }
        }
        let mut cache = BTreeMap::new();
        for (ns, d) in entries {
            let table = d.get_str("table").unwrap_or_default().to_string();
            let next = {
                let mut c = s.open_cursor(&table, "").map_err(wt_err)?;
                if c.prev().map_err(wt_err)? {
                    decode_i64(c.key().map_err(wt_err)?) + 1
                } else {
                    1
                }
            };
            if let Some(meta) = CollMeta::from_doc(&d, Arc::new(AtomicI64::new(next))) {
                for idx in &meta.indexes {
                    if multikey.contains(&idx.table) {
                        idx.multikey
                            .store(true, std::sync::atomic::Ordering::Relaxed);
                    }
                }
                cache.insert(ns, Arc::new(meta));
            }
        }
        *self
            .catalog
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = cache;
        self.return_session(s);
        Ok(())
    }

    /// Syncs the journal every `--journalCommitInterval` (100 ms), as
    /// mongod does, so writes that did not wait for the journal (`w: 1`
    /// without `j`) are at most that old after a crash.
    fn start_flusher(self: &Arc<Self>, interval: Duration) {
        let weak = Arc::downgrade(self);
        let stopping = self.stopping.clone();
        let h = std::thread::Builder::new()
            .name("journal-flusher".into())
            .spawn(move || {
                while !stopping.load(Ordering::Relaxed) {
                    std::thread::sleep(interval);
                    let Some(engine) = weak.upgrade() else { break };
                    if let Err(e) = engine.flush_log() {
                        tracing::warn!("journal flush failed: {e}");
                    }
                }
            })
            .expect("spawn journal flusher");
        *self
            .flusher
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(h);
    }

    /// Forces the journal to disk (no-op for in-memory stores).
    pub fn flush_log(&self) -> Result<()> {
        if self.sessions.is_in_memory() {
            return Ok(());
        }
        let s = self.take_session()?;
        let r = s.log_flush("sync=on").map_err(wt_err);
        self.return_session(s);
        r
    }

    /// Takes a checkpoint and syncs the journal (`fsync`).
    pub fn checkpoint(&self) -> Result<()> {
        // An in-memory store has nothing to write out.
        if self.sessions.is_in_memory() {
            return Ok(());
        }
        let s = self.take_session()?;
        let r = s.checkpoint().map_err(wt_err);
        self.return_session(s);
        r?;
        self.flush_log()
    }

    /// WiredTiger's cache figures as `serverStatus.wiredTiger.cache`
    /// reports them.
    pub fn cache_status(&self) -> Result<bson::Document> {
        use crate::wt::Stat;
        let v = self.sessions.stats(&[
            Stat::BytesInCache,
            Stat::CacheMaxBytes,
            Stat::DirtyBytesInCache,
            Stat::CleanPagesEvicted,
            Stat::DirtyPagesEvicted,
        ])?;
        Ok(bson::doc! {
            "bytes currently in the cache": v[0],
            "maximum bytes configured": v[1],
            "tracked dirty bytes in the cache": v[2],
            "unmodified pages evicted": v[3],
            "modified pages evicted": v[4],
        })
    }

    pub fn is_in_memory(&self) -> bool {
        self.sessions.is_in_memory()
    }

    /// Interrupts the running operations: scans and in-memory stages stop
    /// at their next check with InterruptedAtShutdown (11600), as mongod's
    /// shutdown kills its operations, so a long query cannot hold the
    /// server up. Called when shutdown begins.
    pub fn interrupt_operations(&self) {
        self.sessions.interrupt();
    }

    /// The flag `interrupt_operations` sets, for in-memory stages to check.
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.sessions.interrupt_flag().clone()
    }

    /// Stops background work and takes a checkpoint. The connection itself
    /// closes when the last reference to the engine goes away.
    pub fn shutdown(&self) {
        self.stopping.store(true, Ordering::Relaxed);
        self.oplog.ring(false);
        if let Some(h) = self
            .flusher
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
        {
            let _ = h.join();
        }
        for h in self
            .keepers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .drain(..)
        {
            let _ = h.join();
        }
        self.retry_pending_drops();
        if !self.sessions.is_in_memory() {
            if let Ok(s) = self.take_session() {
                if let Err(e) = s.checkpoint() {
                    tracing::warn!("checkpoint at shutdown failed: {e}");
                }
                self.return_session(s);
            }
        }
    }

    fn take_session(&self) -> Result<crate::wt::Session> {
        self.sessions.take()
    }

    fn return_session(&self, s: crate::wt::Session) {
        self.sessions.give_back(s);
    }

    /// Begins a transaction (snapshot isolation).
    pub fn begin(&self) -> Result<Txn<'_>> {
        Txn::begin(&self.sessions, &self.oplog)
    }

    /// Begins a transaction reading the data as of cluster time `at`.
    /// Older than the history WiredTiger keeps: SnapshotTooOld.
    pub fn begin_at(&self, at: bson::Timestamp) -> Result<Txn<'_>> {
        Txn::begin_at(&self.sessions, &self.oplog, self.read_point(at)?)
    }

    /// `at` as a read timestamp, when the history still holds it.
    fn read_point(&self, at: bson::Timestamp) -> Result<u64> {
        let at = oplog::clock::pack(at);
        if at < self.oplog.oldest() {
            return Err(Error::new(
                ErrorCode::SnapshotTooOld,
                format!(
                    "Read timestamp {} is older than the oldest available timestamp.",
                    oplog::clock::unpack(at)
                ),
            ));
        }
        Ok(at)
    }

    /// Begins a transaction that outlives this call (a session's
    /// multi-document transaction, checked out per statement), reading
    /// the latest data or, with `at` (`readConcern: {level: "snapshot",
    /// atClusterTime}`), the data as of that cluster time.
    pub fn begin_detached(&self, at: Option<bson::Timestamp>) -> Result<HeldTxn> {
        let at = at.map(|t| self.read_point(t)).transpose()?;
        Txn::begin_detached(&self.sessions, at)
    }

    /// Resumes a detached transaction.
    pub fn attach(&self, held: HeldTxn) -> Txn<'_> {
        Txn::attach(&self.sessions, &self.oplog, held)
    }

    /// Runs `f` in a transaction and commits it, retrying on write conflicts
    /// as mongod does for single-document and non-transactional writes.
    pub fn with_txn<T>(&self, sync: bool, f: impl FnMut(&mut Txn<'_>) -> Result<T>) -> Result<T> {
        Txn::run(&self.sessions, &self.oplog, sync, f)
    }

    // ---- catalog ----------------------------------------------------------

    /// The collection's metadata, if it exists (for the command running on
    /// this thread: another transaction's uncommitted collections do not).
    pub fn collection(&self, db: &str, coll: &str) -> Option<Arc<CollMeta>> {
        let ns = format!("{db}.{coll}");
        let cat = self
            .catalog
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let meta = cat.get(&ns)?;
        (!self.owners.hides(&ns)).then(|| meta.clone())
    }

    /// All collections of a database, sorted by name.
    pub fn collections(&self, db: &str) -> Vec<Arc<CollMeta>> {
        self.catalog
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .filter(|(ns, m)| m.db == db && !self.owners.hides(ns))
            .map(|(_, m)| m.clone())
            .collect()
    }

    /// Names of databases that have at least one collection.
    pub fn databases(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .catalog
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .filter(|(ns, _)| !self.owners.hides(ns))
            .map(|(_, m)| m.db.clone())
            .collect();
        v.dedup();
        v
    }

    pub(crate) fn ddl_lock(&self) -> MutexGuard<'_, ()> {
        self.ddl.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(super) fn new_table(&self, kind: &str) -> Result<String> {
        let uri = format!("table:{kind}-{}", uuid::Uuid::new_v4().simple());
        let s = self.take_session()?;
        let r = s.create(&uri, TABLE_CONFIG).map_err(wt_err);
        self.return_session(s);
        r.map(|()| uri)
    }

    pub(super) fn write_catalog(&self, txn: &mut Txn<'_>, meta: &CollMeta) -> Result<()> {
        let bytes = meta.to_doc().to_vec()?;
        txn.put_raw(CATALOG, meta.ns().as_bytes(), &bytes)
    }

    /// Creates a collection with its `_id` index. Fails with NamespaceExists
    /// when it exists already.
    pub fn create_collection(
        &self,
        db: &str,
        coll: &str,
        options: Document,
    ) -> Result<Arc<CollMeta>> {
        self.wait_for_transaction_ddl(db, coll);
        let _g = self.ddl_lock();
        self.create_locked(db, coll, options)
    }

    /// Returns the collection, creating it (as an insert or upsert does) if needed.
    pub fn ensure_collection(&self, db: &str, coll: &str) -> Result<Arc<CollMeta>> {
        if let Some(m) = self.collection(db, coll) {
            return Ok(m);
        }
        self.wait_for_transaction_ddl(db, coll);
        let _g = self.ddl_lock();
        if let Some(m) = self.collection(db, coll) {
            return Ok(m);
        }
        self.create_locked(db, coll, Document::new())
    }

    fn create_locked(&self, db: &str, coll: &str, options: Document) -> Result<Arc<CollMeta>> {
        let meta = self.new_collection_meta(db, coll, options)?;
        let mut logged = doc! { "create": coll };
        for (k, v) in &meta.options {
            logged.insert(k.clone(), v.clone());
        }
        logged.insert("idIndex", meta.indexes[0].spec.clone());
        self.with_txn(false, |t| {
            self.write_catalog(t, &meta)?;
            t.log_command(db, Some(meta.uuid), logged.clone(), None)
        })?;
        let meta = Arc::new(meta);
        self.catalog
            .write()
            .unwrap()
            .insert(meta.ns(), meta.clone());
        Ok(meta)
    }

    /// Metadata and tables for a new collection with its `_id` index, after
    /// mongod's checks (the name is free, its namespace not too long). A
    /// name another transaction has created but not committed is a write
    /// conflict.
    pub(super) fn new_collection_meta(
        &self,
        db: &str,
        coll: &str,
        options: Document,
    ) -> Result<CollMeta> {
        if self.collection(db, coll).is_some() {
            return Err(Error::new(
                ErrorCode::NamespaceExists,
                format!("Collection {db}.{coll} already exists."),
            ));
        }
        if self.owners.owner(&format!("{db}.{coll}")).is_some() {
            return Err(super::write_conflict());
        }
        crate::value::validate_ns_length(db, coll)?;
        let table = self.new_table("collection")?;
        let id_table = self.new_table("index")?;
        let mut id_spec = doc! { "v": 2, "key": { "_id": 1 }, "name": "_id_" };
        // The _id index follows the collection's default collation.
        if let Ok(c) = options.get_document("collation") {
            id_spec.insert("collation", c.clone());
        }
        Ok(CollMeta {
            db: db.to_string(),
            name: coll.to_string(),
            uuid: *uuid::Uuid::new_v4().as_bytes(),
            options,
            table,
            indexes: vec![IndexMeta::from_spec(id_spec, id_table)],
            next_rid: Arc::new(AtomicI64::new(1)),
            validator: std::sync::OnceLock::new(),
        })
    }

    /// Outside the transaction that is creating `db.coll`, waits for it to
    /// commit or abort, as mongod's lock on the new collection makes others
    /// wait (a transaction lives at most a minute).
    fn wait_for_transaction_ddl(&self, db: &str, coll: &str) {
        let ns = format!("{db}.{coll}");
        let start = std::time::Instant::now();
        while self.owners.hides(&ns) && start.elapsed() < Duration::from_secs(65) {
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Replaces a collection's metadata (index changes) and persists it in `txn`.
    /// The caller holds the DDL lock and commits `txn`, then calls [`Engine::publish`].
    pub(crate) fn stage_meta(&self, txn: &mut Txn<'_>, meta: &CollMeta) -> Result<()> {
        self.write_catalog(txn, meta)
    }

    /// Makes committed metadata visible.
    pub(crate) fn publish(&self, meta: Arc<CollMeta>) {
        self.catalog
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(meta.ns(), meta);
    }

    /// Creates an empty index table.
    pub(crate) fn create_index_table(&self) -> Result<String> {
        self.new_table("index")
    }

    /// Drops a collection and its indexes. Returns false when it did not exist.
    pub fn drop_collection(&self, db: &str, coll: &str) -> Result<bool> {
        let _g = self.ddl_lock();
        self.drop_locked(db, coll)
    }

    fn drop_locked(&self, db: &str, coll: &str) -> Result<bool> {
        let Some(meta) = self.collection(db, coll) else {
            return Ok(false);
        };
        self.with_txn(false, |t| {
            t.remove_raw(CATALOG, meta.ns().as_bytes())?;
            t.log_command(db, Some(meta.uuid), doc! { "drop": coll }, None)
        })?;
        self.catalog
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&meta.ns());
        let mut tables = vec![meta.table.clone()];
        tables.extend(meta.indexes.iter().map(|i| i.table.clone()));
        self.drop_tables(tables);
        Ok(true)
    }

    /// Drops every collection of a database.
    pub fn drop_database(&self, db: &str) -> Result<()> {
        let _g = self.ddl_lock();
        for m in self.collections(db) {
            self.drop_locked(&m.db, &m.name)?;
        }
        self.with_txn(false, |t| {
            t.log_command(db, None, doc! { "dropDatabase": 1 }, None)
        })
    }

    /// Renames a collection (same or other database), optionally dropping an
    /// existing target. The catalog change is one transaction.
    pub fn rename_collection(
        &self,
        from: (&str, &str),
        to: (&str, &str),
        drop_target: bool,
    ) -> Result<()> {
        let _g = self.ddl_lock();
        crate::value::validate_ns_length(to.0, to.1).map_err(|e| {
            Error::new(
                e.code,
                format!("error with target namespace: {}", e.message),
            )
        })?;
        let src = self.collection(from.0, from.1).ok_or_else(|| {
            Error::new(
                ErrorCode::NamespaceNotFound,
                "source namespace does not exist",
            )
        })?;
        let mut dropped_target = Bson::Boolean(false);
        if let Some(target) = self.collection(to.0, to.1) {
            if !drop_target {
                return Err(Error::new(
                    ErrorCode::NamespaceExists,
                    "target namespace exists",
                ));
            }
            dropped_target = target.uuid_bson();
            self.drop_locked(to.0, to.1)?;
        }
        let renamed = src.renamed(to.0, to.1);
        let logged = doc! {
            "renameCollection": src.ns(),
            "to": renamed.ns(),
            "stayTemp": false,
            "dropTarget": dropped_target,
        };
        self.with_txn(false, |t| {
            t.remove_raw(CATALOG, src.ns().as_bytes())?;
            self.write_catalog(t, &renamed)?;
            t.log_command(from.0, Some(src.uuid), logged.clone(), None)
        })?;
        let mut cat = self
            .catalog
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cat.remove(&src.ns());
        let renamed = Arc::new(renamed);
        cat.insert(renamed.ns(), renamed);
        Ok(())
    }

    /// Drops WiredTiger tables. A table some session still has a cached cursor
    /// on is busy, and no table is dropped while a transaction is open; such
    /// drops are retried later (by the oplog keeper, at the next DDL and at
    /// shutdown), as mongod defers dropping idents.
    pub(crate) fn drop_tables(&self, tables: Vec<String>) {
        self.pending_drops
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(tables);
        self.retry_pending_drops();
    }

    fn retry_pending_drops(&self) {
        let mut pending = self
            .pending_drops
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if pending.is_empty() {
            return;
        }
        let Ok(s) = self.take_session() else { return };
        // Only while no transaction is open (see SessionPool::open_txn);
        // otherwise the oplog keeper tries again.
        self.sessions.drop_when_idle(|| {
            // Idle sessions may cache cursors on the tables: release them
            // first.
            self.sessions.reset_idle();
            pending.retain(|t| match s.drop_table(t, "force=true") {
                Ok(()) => false,
                Err(e) if e.is_busy() => true,
                Err(e) => {
                    tracing::warn!("dropping {t} failed: {e}");
                    false
                }
            });
        });
        self.return_session(s);
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::Relaxed);
        // Sessions must close before the connection.
        self.sessions.close_idle();
    }
}
