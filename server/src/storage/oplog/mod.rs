//! The oplog, `local.oplog.rs`: one entry per write, keyed by the write's
//! cluster time, written in the same WiredTiger transaction as the write
//! itself (`Txn::commit` appends the entries and commits at their
//! timestamp). Change streams read it; `find` on `local.oplog.rs` sees it as
//! the capped collection mongod has.
//!
//! Commits reserve their timestamps just before committing and may finish
//! out of order, so a reader must not look past the oldest commit still in
//! flight: [`Oplog::visible`] is the newest time before which every commit
//! has landed, and waiters (`getMore` on a change stream) are woken when it
//! moves.

pub mod clock;
pub mod diff;
pub mod entry;
pub mod store;

use clock::LogicalClock;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Instant;

pub use entry::{PendingOp, RetryOrigin, TxnOrigin};

/// The oplog collection's namespace.
pub const OPLOG_DB: &str = "local";
pub const OPLOG_COLL: &str = "oplog.rs";

/// mongod's default `minSnapshotHistoryWindowInSeconds`.
pub const DEFAULT_HISTORY_WINDOW_SECS: u64 = 300;

pub struct Oplog {
    pub clock: LogicalClock,
    /// The WiredTiger table of `local.oplog.rs`.
    table: std::sync::OnceLock<String>,
    /// First timestamps of commits between reservation and commit.
    in_flight: Mutex<BTreeSet<u64>>,
    landed: Condvar,
    /// Readers parked in [`Oplog::wait_past`]: commits wake them only when
    /// there are some (a wake-up is a system call).
    waiters: std::sync::atomic::AtomicUsize,
    /// Bytes of entries held (kept near `max_bytes` by truncation).
    bytes: AtomicU64,
    max_bytes: AtomicU64,
    /// `minSnapshotHistoryWindowInSeconds`.
    pub history_window_secs: AtomicU64,
    /// The oldest timestamp readers may still ask for (WiredTiger's
    /// `oldest_timestamp`).
    oldest: AtomicU64,
    /// The newest entry truncation has removed (0: none since start).
    truncated_through: AtomicU64,
    /// On an in-memory store, the history WiredTiger keeps for snapshot
    /// reads lives in the cache: bytes of old versions written per second.
    history: Mutex<std::collections::VecDeque<(u64, u64)>>,
    /// How much of that history the cache may hold (0: no limit, on disk
    /// WiredTiger moves history out of the cache).
    history_budget: u64,
    /// Bytes committed since the keeper last ran, on an in-memory store:
    /// a burst of writes rings the keeper before its next round, as
    /// everything newer than the oldest timestamp stays in the cache.
    unkept: AtomicU64,
    /// Rung to run the keeper now; `relief` asks it to drop the snapshot
    /// history at once (the cache is full).
    bell: Mutex<bool>,
    bell_rung: Condvar,
    relief: std::sync::atomic::AtomicBool,
}

/// A reservation of commit timestamps; dropping it (after the commit or the
/// rollback) lets readers move past it.
pub struct Reservation<'o> {
    oplog: &'o Oplog,
    pub first: u64,
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        let mut set = self
            .oplog
            .in_flight
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        set.remove(&self.first);
        drop(set);
        if self.oplog.waiters.load(Ordering::SeqCst) > 0 {
            self.oplog.landed.notify_all();
        }
    }
}

impl Oplog {
    pub(crate) fn new(max_bytes: u64, history_budget: u64) -> Oplog {
        Oplog {
            clock: LogicalClock::starting_after(0),
            table: std::sync::OnceLock::new(),
            in_flight: Mutex::new(BTreeSet::new()),
            landed: Condvar::new(),
            waiters: std::sync::atomic::AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            max_bytes: AtomicU64::new(max_bytes),
            history_window_secs: AtomicU64::new(DEFAULT_HISTORY_WINDOW_SECS),
            oldest: AtomicU64::new(0),
            truncated_through: AtomicU64::new(0),
            history: Mutex::new(std::collections::VecDeque::new()),
            history_budget,
            unkept: AtomicU64::new(0),
            bell: Mutex::new(false),
            bell_rung: Condvar::new(),
            relief: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Ties the oplog to its table once the store is open: the clock
    /// continues after the newest entry.
    pub(crate) fn init(&self, table: String, newest: u64, bytes: u64) {
        let _ = self.table.set(table);
        self.clock.advance_to(newest);
        self.bytes.store(bytes, Ordering::Relaxed);
    }

    pub(crate) fn table(&self) -> &str {
        self.table.get().map_or("", String::as_str)
    }

    /// Reserves `n` consecutive commit timestamps.
    pub(crate) fn reserve(&self, n: u32) -> Reservation<'_> {
        let mut set = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        let first = self.clock.reserve(n);
        set.insert(first);
        Reservation { oplog: self, first }
    }

    /// The newest time at or before which every commit has landed.
    pub fn visible(&self) -> u64 {
        let set = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        match set.first() {
            Some(first) => first - 1,
            None => self.clock.now_packed(),
        }
    }

    /// Waits until something newer than `after` is visible or `deadline`
    /// passes; true when it is.
    pub fn wait_past(&self, after: u64, deadline: Instant) -> bool {
        let mut set = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            let visible = match set.first() {
                Some(first) => first - 1,
                None => self.clock.now_packed(),
            };
            if visible > after {
                return true;
            }
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            // Counted under the lock a committer takes before it looks at
            // the count, so no wake-up is missed.
            self.waiters.fetch_add(1, Ordering::SeqCst);
            set = self
                .landed
                .wait_timeout(set, deadline - now)
                .unwrap_or_else(|p| p.into_inner())
                .0;
            self.waiters.fetch_sub(1, Ordering::SeqCst);
        }
    }

    pub(crate) fn add_bytes(&self, n: u64) {
        self.bytes.fetch_add(n, Ordering::Relaxed);
        self.note_written(n);
    }

    /// Counts bytes committed on an in-memory store and rings the keeper
    /// once they reach an eighth of the history budget.
    fn note_written(&self, n: u64) {
        if self.history_budget == 0 {
            return;
        }
        let total = self.unkept.fetch_add(n, Ordering::Relaxed) + n;
        if total >= self.history_budget / 8 {
            self.ring(false);
        }
    }

    /// Wakes the keeper; with `relief`, it also drops the snapshot history.
    pub(crate) fn ring(&self, relief: bool) {
        if relief {
            self.relief.store(true, Ordering::Relaxed);
        }
        *self.bell.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.bell_rung.notify_one();
    }

    /// The keeper's pause between rounds: `period`, or less when rung.
    pub(crate) fn wait_for_bell(&self, period: std::time::Duration) {
        let mut rung = self.bell.lock().unwrap_or_else(|p| p.into_inner());
        if !*rung {
            rung = self
                .bell_rung
                .wait_timeout(rung, period)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
        *rung = false;
    }

    /// Starts a keeper round: clears the written-bytes count; true when
    /// relief was asked for.
    pub(crate) fn begin_round(&self) -> bool {
        self.unkept.store(0, Ordering::Relaxed);
        self.relief.swap(false, Ordering::Relaxed)
    }

    /// Whether snapshot history lives in the cache (an in-memory store).
    pub(crate) fn history_in_cache(&self) -> bool {
        self.history_budget > 0
    }

    /// Forgets the recorded history (it was just dropped).
    pub(crate) fn clear_history(&self) {
        self.history
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    pub(crate) fn sub_bytes(&self, n: u64) {
        let _ = self
            .bytes
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| {
                Some(b.saturating_sub(n))
            });
    }

    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    pub fn max_bytes(&self) -> u64 {
        self.max_bytes.load(Ordering::Relaxed)
    }

    /// The oldest time a snapshot read may ask for.
    pub fn oldest(&self) -> u64 {
        self.oldest.load(Ordering::Relaxed)
    }

    /// Records that a write left an old version of `bytes` behind (an
    /// update or delete), when the history is budgeted.
    pub(crate) fn note_history(&self, bytes: usize) {
        if self.history_budget == 0 {
            return;
        }
        let sec = self.clock.now_packed() >> 32;
        self.note_written(bytes as u64);
        let mut h = self.history.lock().unwrap_or_else(|p| p.into_inner());
        match h.back_mut() {
            Some((s, b)) if *s == sec => *b += bytes as u64,
            _ => h.push_back((sec, bytes as u64)),
        }
    }

    /// The second before which history may go: the configured window, or
    /// less when the history within it would outgrow its budget (as mongod
    /// shortens the window under cache pressure).
    pub(crate) fn history_horizon(&self, window_start: u64) -> u64 {
        let mut h = self.history.lock().unwrap_or_else(|p| p.into_inner());
        while h.front().is_some_and(|(s, _)| *s < window_start) {
            h.pop_front();
        }
        let mut total: u64 = h.iter().map(|(_, b)| b).sum();
        let mut horizon = window_start;
        while total > self.history_budget {
            let Some((s, b)) = h.pop_front() else { break };
            total -= b;
            horizon = s + 1;
        }
        horizon
    }

    /// Whether truncation removed entries after `t`: a reader positioned at
    /// `t` has lost history.
    pub fn lost_after(&self, t: u64) -> bool {
        self.truncated_through.load(Ordering::Relaxed) > t
    }

    pub(crate) fn note_truncated(&self, through: u64) {
        self.truncated_through.fetch_max(through, Ordering::Relaxed);
    }

    pub(crate) fn set_oldest(&self, t: u64) {
        self.oldest.fetch_max(t, Ordering::Relaxed);
    }
}

/// WiredTiger's spelling of a timestamp: hexadecimal.
pub fn wt_ts(t: u64) -> String {
    format!("{t:x}")
}

#[cfg(test)]
mod tests {
    use super::Oplog;
    use std::time::{Duration, Instant};

    #[test]
    fn readers_stop_before_the_oldest_commit_in_flight() {
        let oplog = Oplog::new(1 << 20, 0);
        let before = oplog.visible();
        let a = oplog.reserve(1);
        let b = oplog.reserve(3);
        assert!(b.first > a.first);
        assert_eq!(oplog.visible(), a.first - 1);
        // The later commit lands first: still nothing past `a` is visible.
        drop(b);
        assert_eq!(oplog.visible(), a.first - 1);
        assert!(!oplog.wait_past(a.first - 1, Instant::now() + Duration::from_millis(20)));
        drop(a);
        assert_eq!(oplog.visible(), oplog.clock.now_packed());
        assert!(oplog.visible() > before);
        assert!(oplog.wait_past(before, Instant::now()));
    }
}
