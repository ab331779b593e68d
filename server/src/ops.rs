//! The operations in progress, for `currentOp`/`$currentOp` and `killOp`.
//! The dispatcher registers each command as it starts ([`Ops::begin`]) and
//! the registration ends with the returned guard; `killOp` raises the
//! operation's kill flag, which its next interrupt check turns into
//! `Interrupted` (see `interrupt`).

use bson::{doc, Bson, Document};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What `currentOp` reports about one operation.
pub struct OpInfo {
    pub connection_id: u64,
    pub client: std::net::SocketAddr,
    pub app_name: Option<String>,
    pub client_metadata: Option<Arc<Document>>,
    pub ns: String,
    /// mongod's `op`: command, query, insert, update, remove, getmore.
    pub op: &'static str,
    pub command: Arc<Document>,
    pub lsid: Option<Document>,
}

struct Entry {
    info: OpInfo,
    started: Instant,
    killed: Arc<AtomicBool>,
}

#[derive(Default)]
pub struct Ops {
    next: AtomicU32,
    running: Mutex<BTreeMap<u32, Entry>>,
}

/// Ends an operation's registration when dropped.
pub struct OpGuard<'a> {
    ops: &'a Ops,
    pub opid: u32,
    pub killed: Arc<AtomicBool>,
}

impl Drop for OpGuard<'_> {
    fn drop(&mut self) {
        self.ops
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&self.opid);
    }
}

impl Ops {
    /// Registers an operation that starts now.
    pub fn begin(&self, info: OpInfo) -> OpGuard<'_> {
        let opid = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let killed = Arc::new(AtomicBool::new(false));
        self.running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(
                opid,
                Entry {
                    info,
                    started: Instant::now(),
                    killed: killed.clone(),
                },
            );
        OpGuard {
            ops: self,
            opid,
            killed,
        }
    }

    /// Raises the kill flag of operation `opid`; false when none runs.
    pub fn kill(&self, opid: u32) -> bool {
        match self
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&opid)
        {
            Some(e) => {
                e.killed.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// The operations in progress, as `currentOp` reports them.
    pub fn report(&self, host: &str) -> Vec<Document> {
        let running = self
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        running
            .iter()
            .map(|(opid, e)| {
                let elapsed = e.started.elapsed();
                let i = &e.info;
                let mut d = doc! {
                    "type": "op",
                    "host": host,
                    "desc": format!("conn{}", i.connection_id),
                    "connectionId": i.connection_id as i64,
                    "client": i.client.to_string(),
                };
                if let Some(app) = &i.app_name {
                    d.insert("appName", app.clone());
                }
                if let Some(m) = &i.client_metadata {
                    d.insert("clientMetadata", (**m).clone());
                }
                d.insert("active", true);
                d.insert(
                    "currentOpTime",
                    bson::DateTime::now()
                        .try_to_rfc3339_string()
                        .unwrap_or_default(),
                );
                d.insert("opid", i64::from(*opid));
                if let Some(lsid) = &i.lsid {
                    d.insert("lsid", lsid.clone());
                }
                d.insert("secs_running", elapsed.as_secs() as i64);
                d.insert("microsecs_running", elapsed.as_micros() as i64);
                d.insert("op", i.op);
                d.insert("ns", i.ns.clone());
                d.insert("command", (*i.command).clone());
                d.insert("numYields", 0);
                d.insert("killPending", e.killed.load(Ordering::Relaxed));
                d.insert("waitingForLock", false);
                d.insert("locks", Document::new());
                d.insert("lockStats", Document::new());
                d
            })
            .collect()
    }
}

/// The collection a command names: its first field's value, or a
/// getMore's `collection`.
fn target_collection<'a>(name: &str, body: &'a Document) -> Option<&'a str> {
    if name == "getMore" {
        body.get_str("collection").ok()
    } else {
        body.values().next().and_then(Bson::as_str)
    }
}

/// mongod's `op` for a command name, and its namespace: the collection for
/// CRUD commands, `db.$cmd` for the rest.
pub fn kind_and_ns(name: &str, db: &str, body: &Document) -> (&'static str, String) {
    let coll = target_collection(name, body);
    let op = match name {
        "insert" => "insert",
        "update" => "update",
        "delete" => "remove",
        "find" => "query",
        "getMore" => "getmore",
        _ => "command",
    };
    let ns = match (op, coll) {
        ("command", _) | (_, None) => format!("{db}.$cmd"),
        (_, Some(c)) => format!("{db}.{c}"),
    };
    (op, ns)
}

/// Per-collection usage, as mongod's `Top` keeps it for `$collStats`:
/// latency and count of reads, writes and other commands, and how many
/// queries scanned the whole collection.
#[derive(Default)]
pub struct Top {
    map: Mutex<std::collections::HashMap<String, Usage>>,
}

/// One collection's counters.
#[derive(Default, Clone, Copy)]
pub struct Usage {
    /// (total latency in microseconds, operations).
    pub reads: (u64, u64),
    pub writes: (u64, u64),
    pub commands: (u64, u64),
    pub collection_scans: u64,
    pub collection_scans_non_tailable: u64,
}

impl Top {
    /// A command on `db.coll` took `micros`: counted as a read, a write or
    /// another command, as mongod's commands declare themselves.
    pub fn record(&self, name: &str, db: &str, body: &Document, micros: u64) {
        let Some(coll) = target_collection(name, body).filter(|c| !c.is_empty()) else {
            return;
        };
        let mut map = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let u = map.entry(format!("{db}.{coll}")).or_default();
        let slot = match name {
            "find" | "getMore" | "aggregate" | "count" | "distinct" => &mut u.reads,
            "insert" | "update" | "delete" | "findAndModify" => &mut u.writes,
            _ => &mut u.commands,
        };
        slot.0 += micros;
        slot.1 += 1;
    }

    /// A query on `ns` read the whole collection.
    pub fn collection_scan(&self, ns: &str, tailable: bool) {
        let mut map = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let u = map.entry(ns.to_string()).or_default();
        u.collection_scans += 1;
        if !tailable {
            u.collection_scans_non_tailable += 1;
        }
    }

    /// The counters of `ns` (zero for one never used).
    pub fn usage(&self, ns: &str) -> Usage {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(ns)
            .copied()
            .unwrap_or_default()
    }
}
