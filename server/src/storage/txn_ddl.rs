//! Collections and indexes created inside a multi-document transaction, as
//! mongod 8.0 allows (`create`, an insert or upsert into a collection that
//! does not exist, `createIndexes` on a collection the transaction created
//! and left empty). Commands reach this through `Engine::create_in_txn` and
//! friends; the rest of storage sees only the catalog it already knows.
//!
//! WiredTiger creates tables outside transactions, so the tables are made at
//! once; the catalog record and the oplog entry go into the transaction's
//! own WiredTiger transaction and commit or roll back with it. In memory,
//! the new metadata is published at once but marked as owned by the
//! transaction: only commands running in that transaction (the thread-local
//! [`TxnScope`]) see it until it commits. On abort — however it happens:
//! abortTransaction, a failed statement, the lifetime reaper, a dropped
//! session — [`TxnCatalog`]'s drop takes the metadata back out and hands
//! the tables to the deferred drops.

use super::catalog::CollMeta;
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

/// The in-memory catalog: namespace → metadata.
pub(crate) type CatalogMap = RwLock<BTreeMap<String, Arc<CollMeta>>>;

/// Namespaces created by transactions that have not committed yet, with the
/// transaction that owns each.
#[derive(Default)]
pub(crate) struct Owners {
    map: RwLock<HashMap<String, u64>>,
    /// How many entries `map` holds: lookups skip the lock when none.
    count: AtomicUsize,
}

impl Owners {
    /// The transaction that created `ns` and has not committed, if any.
    pub(crate) fn owner(&self, ns: &str) -> Option<u64> {
        if self.count.load(Ordering::Acquire) == 0 {
            return None;
        }
        self.map
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(ns)
            .copied()
    }

    /// Whether `ns` is hidden from the command running on this thread (it
    /// belongs to another transaction's uncommitted DDL).
    pub(crate) fn hides(&self, ns: &str) -> bool {
        self.owner(ns).is_some_and(|o| o != current())
    }

    fn set(&self, ns: &str, owner: u64) {
        let mut m = self
            .map
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if m.insert(ns.to_string(), owner).is_none() {
            self.count.fetch_add(1, Ordering::Release);
        }
    }

    fn clear(&self, ns: &str, owner: u64) -> bool {
        let mut m = self
            .map
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if m.get(ns) == Some(&owner) {
            m.remove(ns);
            self.count.fetch_sub(1, Ordering::Release);
            true
        } else {
            false
        }
    }
}

static NEXT_OWNER: AtomicU64 = AtomicU64::new(1);

/// A new transaction identity for DDL ownership.
pub(crate) fn new_owner() -> u64 {
    NEXT_OWNER.fetch_add(1, Ordering::Relaxed)
}

thread_local! {
    /// The transaction the command on this thread runs in (0: none).
    static CURRENT: Cell<u64> = const { Cell::new(0) };
}

fn current() -> u64 {
    CURRENT.with(Cell::get)
}

/// While alive, the command on this thread runs in transaction `owner` and
/// sees the collections it created.
pub struct TxnScope(u64);

impl TxnScope {
    pub fn enter(owner: u64) -> TxnScope {
        TxnScope(CURRENT.with(|c| c.replace(owner)))
    }
}

impl Drop for TxnScope {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

/// The DDL of one transaction, until it commits or goes away.
pub(crate) struct TxnCatalog {
    owner: u64,
    catalog: Arc<CatalogMap>,
    owners: Arc<Owners>,
    drops: Arc<Mutex<Vec<String>>>,
    namespaces: Vec<String>,
    tables: Vec<String>,
    committed: bool,
}

impl TxnCatalog {
    pub(crate) fn new(
        owner: u64,
        catalog: Arc<CatalogMap>,
        owners: Arc<Owners>,
        drops: Arc<Mutex<Vec<String>>>,
    ) -> TxnCatalog {
        TxnCatalog {
            owner,
            catalog,
            owners,
            drops,
            namespaces: Vec::new(),
            tables: Vec::new(),
            committed: false,
        }
    }

    /// Publishes `meta` as this transaction's (new or changed) collection.
    /// `tables` are the tables it made for it.
    pub(crate) fn stage(&mut self, meta: Arc<CollMeta>, tables: Vec<String>) {
        let ns = meta.ns();
        // Lock order: the catalog, then the owners (as lookups take them).
        let mut cat = self
            .catalog
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.owners.set(&ns, self.owner);
        cat.insert(ns.clone(), meta);
        drop(cat);
        if !self.namespaces.contains(&ns) {
            self.namespaces.push(ns);
        }
        self.tables.extend(tables);
    }

    /// Whether this transaction created `ns`.
    pub(crate) fn created(&self, ns: &str) -> bool {
        self.namespaces.iter().any(|n| n == ns)
    }

    /// The transaction committed: its collections are everyone's.
    pub(crate) fn commit(mut self) {
        self.committed = true;
        for ns in &self.namespaces {
            self.owners.clear(ns, self.owner);
        }
    }
}

impl Drop for TxnCatalog {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let mut cat = self
            .catalog
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for ns in &self.namespaces {
            if self.owners.clear(ns, self.owner) {
                cat.remove(ns);
            }
        }
        drop(cat);
        self.drops
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .append(&mut self.tables);
    }
}
