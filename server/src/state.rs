//! State shared by every connection: the storage engine, the cursor and
//! session registries, the logical clock and the server's identity.

use crate::config::Config;
use crate::cursor::CursorRegistry;
use crate::session::SessionRegistry;
use crate::storage::Engine;
use bson::oid::ObjectId;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub struct ServerState {
    pub config: Config,
    pub engine: Arc<Engine>,
    pub cursors: CursorRegistry,
    pub sessions: SessionRegistry,
    pub started: Instant,
    /// `topologyVersion.processId` in `hello`: new on every start.
    pub process_id: ObjectId,
    pub addr: SocketAddr,
    pub next_connection_id: AtomicU64,
    pub current_connections: AtomicU64,
    pub total_connections: AtomicU64,
    pub op_counters: OpCounters,
    pub startup_log: Mutex<Vec<String>>,
    pub failpoints: crate::failpoint::FailPoints,
    /// The operations in progress (currentOp, killOp).
    pub ops: crate::ops::Ops,
    /// Per-collection latency and scan counters ($collStats).
    pub top: crate::ops::Top,
    /// mongod's `ttlMonitorSleepSecs`: seconds between TTL passes.
    pub ttl_monitor_sleep_secs: AtomicU64,
    /// The ingress connection establishment rate limiter (`setParameter`).
    pub ingress: crate::ingress::IngressLimiter,
    /// The threads commands run on.
    pub threads: crate::threads::CommandThreads,
    /// The cluster-wide read and write concern defaults.
    pub rw_defaults: crate::concern::RwDefaults,
    /// The replica set (its configuration and topology version).
    pub repl: crate::repl::ReplSet,
    /// Set by the `shutdown` command; whoever runs the server stops it.
    pub shutdown_requested: tokio::sync::watch::Sender<bool>,
}

impl ServerState {
    /// The `host:port` this server advertises in `hello`: the member's
    /// host in the set's configuration, else [`default_me`].
    pub fn me(&self) -> String {
        self.repl.host().unwrap_or_else(|| default_me(self.addr))
    }

    /// Asks whoever runs the server to stop it (the `shutdown` command).
    pub fn request_shutdown(&self) {
        self.shutdown_requested.send_replace(true);
    }

    /// The cluster time, kept by the oplog.
    pub fn clock(&self) -> &crate::storage::oplog::clock::LogicalClock {
        &self.engine.oplog().clock
    }

    /// The optime of the newest write every reader can see (mongod's last
    /// applied optime), and its wall-clock date.
    pub fn last_applied(&self) -> (bson::Document, bson::DateTime) {
        let ts = crate::storage::oplog::clock::unpack(self.engine.oplog().visible());
        let date = bson::DateTime::from_millis(i64::from(ts.time) * 1000);
        (
            bson::doc! { "ts": ts, "t": crate::storage::oplog::entry::TERM },
            date,
        )
    }

    pub fn is_replica_set(&self) -> bool {
        self.repl.is_replica_set()
    }
}

/// The address clients should use, as mongod picks it for a default
/// configuration: the address listened on, or, when that is every address
/// (`--bind_ip_all`), the machine's host name, so that clients in another
/// container can reach the set by the name it advertises.
pub fn default_me(addr: SocketAddr) -> String {
    let host = if addr.ip().is_unspecified() {
        hostname::get()
            .ok()
            .and_then(|h| h.into_string().ok())
            .unwrap_or_else(|| "localhost".to_string())
    } else if addr.is_ipv6() {
        format!("[{}]", addr.ip())
    } else {
        addr.ip().to_string()
    };
    format!("{host}:{}", addr.port())
}

/// Counters reported in `serverStatus.opcounters`.
#[derive(Default)]
pub struct OpCounters {
    pub insert: AtomicU64,
    pub query: AtomicU64,
    pub update: AtomicU64,
    pub delete: AtomicU64,
    pub getmore: AtomicU64,
    pub command: AtomicU64,
}

impl OpCounters {
    pub fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }
}
