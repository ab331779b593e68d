//! The WiredTiger connection and its pool of idle sessions: the ground floor
//! of `storage`. Transactions (`txn.rs`) take a session for their lifetime
//! and give it back; the engine (`engine.rs`) opens the connection and uses
//! sessions for catalog loads, checkpoints and table drops.

use super::wt_err;
use crate::error::Result;
use crate::wt::{Connection, Session, Stat};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// At most this many idle sessions are kept for reuse.
const MAX_IDLE: usize = 64;
/// Idle sessions kept however long they have been idle: enough for the
/// steady concurrency of a small deployment without reopening sessions
/// (each caches its cursors).
const KEEP_IDLE: usize = 8;
/// Past `KEEP_IDLE`, a session unused this long is closed: a burst of
/// connections leaves no sessions (and their memory) behind once it ends.
const IDLE_LIFETIME: Duration = Duration::from_secs(1);

pub struct SessionPool {
    conn: Connection,
    /// Most recently returned last, with the time it came back.
    idle: Mutex<Vec<(Session, Instant)>>,
    in_memory: bool,
    group: super::group_commit::GroupCommit,
    /// Set when the server shuts down: running operations stop at their
    /// next interrupt check with InterruptedAtShutdown, as mongod's do.
    interrupted: Arc<AtomicBool>,
    /// Open storage transactions, and whether tables are being dropped:
    /// see [`SessionPool::open_txn`].
    open_txns: Arc<AtomicUsize>,
    dropping: AtomicBool,
}

/// One open storage transaction, counted while it lives (it moves with a
/// multi-document transaction between commands and threads).
pub(crate) struct OpenTxn(Arc<AtomicUsize>);

impl Drop for OpenTxn {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl SessionPool {
    pub(crate) fn new(conn: Connection, in_memory: bool) -> SessionPool {
        SessionPool {
            conn,
            idle: Mutex::new(Vec::new()),
            in_memory,
            group: Default::default(),
            interrupted: Arc::default(),
            open_txns: Arc::default(),
            dropping: AtomicBool::new(false),
        }
    }

    /// An idle session, or a new one.
    pub(crate) fn take(&self) -> Result<Session> {
        if let Some(s) = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
        {
            return Ok(s.0);
        }
        self.conn.open_session().map_err(wt_err)
    }

    /// Gives a session back for reuse (closing it when enough are idle).
    pub(crate) fn give_back(&self, s: Session) {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if idle.len() < MAX_IDLE {
            idle.push((s, Instant::now()));
        }
    }

    /// Closes the sessions idle for longer than `IDLE_LIFETIME` beyond the
    /// `KEEP_IDLE` most recently used, and hands the memory they held back
    /// to the system. Called periodically by the engine's keeper.
    pub(crate) fn trim_idle(&self) {
        let closed: Vec<(Session, Instant)> = {
            let mut idle = self
                .idle
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let spare = idle.len().saturating_sub(KEEP_IDLE);
            // The oldest are at the front: take those idle long enough.
            let stale = idle[..spare]
                .iter()
                .take_while(|(_, at)| at.elapsed() >= IDLE_LIFETIME)
                .count();
            idle.drain(..stale).collect()
        };
        if !closed.is_empty() {
            drop(closed);
            crate::memory::release(true);
        }
    }

    /// Resets every idle session (releasing the cursors they cache).
    pub(crate) fn reset_idle(&self) {
        for s in self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
        {
            let _ = s.0.reset();
        }
    }

    /// Closes the idle sessions (they must close before the connection).
    pub(crate) fn close_idle(&self) {
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }

    /// Sets the connection's global timestamps.
    pub(crate) fn set_timestamp(&self, config: &str) -> Result<()> {
        self.conn.set_timestamp(config).map_err(wt_err)
    }

    /// Waits until the journal holds everything `s` has committed, sharing
    /// one flush with the writers waiting at the same time (group commit).
    pub(crate) fn wait_durable(&self, s: &Session) -> Result<()> {
        if self.in_memory {
            return Ok(());
        }
        self.group
            .wait_durable(|| s.log_flush("sync=on").map_err(wt_err))
    }

    /// Counts a transaction as open until the returned guard drops (after
    /// its commit or rollback). WiredTiger lets a table be dropped while a
    /// transaction that wrote to it is still open but has no cursor on it,
    /// and that transaction's rollback then writes to freed memory; mongod
    /// makes such a drop wait for the transaction's lock. So tables are
    /// dropped only while no transaction is open (`drop_when_idle`), and a
    /// transaction does not begin while a drop is under way.
    pub(crate) fn open_txn(&self) -> OpenTxn {
        loop {
            self.open_txns.fetch_add(1, Ordering::SeqCst);
            if !self.dropping.load(Ordering::SeqCst) {
                return OpenTxn(self.open_txns.clone());
            }
            self.open_txns.fetch_sub(1, Ordering::SeqCst);
            while self.dropping.load(Ordering::SeqCst) {
                std::thread::yield_now();
            }
        }
    }

    /// Runs `drop` (dropping tables) when no transaction is open and none
    /// can begin meanwhile; false (nothing run) while one is open.
    pub(crate) fn drop_when_idle(&self, drop: impl FnOnce()) -> bool {
        if self
            .dropping
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return false;
        }
        let idle = self.open_txns.load(Ordering::SeqCst) == 0;
        if idle {
            drop();
        }
        self.dropping.store(false, Ordering::SeqCst);
        idle
    }

    /// Interrupts every running operation (at shutdown).
    pub(crate) fn interrupt(&self) {
        self.interrupted.store(true, Ordering::Relaxed);
    }

    /// The flag operations check; shared with in-memory stages' variables.
    pub(crate) fn interrupt_flag(&self) -> &Arc<AtomicBool> {
        &self.interrupted
    }

    /// Whether the store lives in memory only (nothing to journal or sync).
    pub fn is_in_memory(&self) -> bool {
        self.in_memory
    }
}

impl SessionPool {
    /// The current values of WiredTiger connection statistics.
    pub(crate) fn stats(&self, stats: &[Stat]) -> Result<Vec<i64>> {
        let s = self.take()?;
        let r = s.connection_stats(stats);
        self.give_back(s);
        r.map_err(wt_err)
    }

    /// WiredTiger's cache: bytes in use and the configured maximum.
    pub(crate) fn cache_usage(&self) -> Result<(u64, u64)> {
        let v = self.stats(&[Stat::BytesInCache, Stat::CacheMaxBytes])?;
        Ok((v[0].max(0) as u64, v[1].max(0) as u64))
    }
}
