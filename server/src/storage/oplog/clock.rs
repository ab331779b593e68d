//! The cluster time: a (seconds, increment) timestamp that never goes
//! backwards. Every write that reaches the oplog commits at a time handed out
//! here, so the clock and the WiredTiger commit timestamps are one sequence.

use bson::Timestamp;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub struct LogicalClock {
    packed: AtomicU64,
}

/// A timestamp as one ordered integer (seconds in the high half).
pub fn pack(t: Timestamp) -> u64 {
    (u64::from(t.time) << 32) | u64::from(t.increment)
}

pub fn unpack(p: u64) -> Timestamp {
    Timestamp {
        time: (p >> 32) as u32,
        increment: p as u32,
    }
}

fn wall_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl LogicalClock {
    /// A clock that continues after `last` (the newest oplog entry) or from
    /// the wall clock, whichever is later.
    pub fn starting_after(last: u64) -> LogicalClock {
        let c = LogicalClock {
            packed: AtomicU64::new(last),
        };
        c.reserve(1);
        c
    }

    /// The latest timestamp handed out.
    pub fn now(&self) -> Timestamp {
        unpack(self.now_packed())
    }

    pub fn now_packed(&self) -> u64 {
        self.packed.load(Ordering::SeqCst)
    }

    /// Hands out `n` consecutive timestamps, all larger than any before,
    /// and returns the first. A new second starts the increment at 1, as
    /// mongod's clock does.
    pub fn reserve(&self, n: u32) -> u64 {
        let wall = wall_secs();
        let mut cur = self.packed.load(Ordering::SeqCst);
        loop {
            let first = if wall > cur >> 32 {
                (wall << 32) | 1
            } else {
                cur + 1
            };
            let last = first + u64::from(n.max(1)) - 1;
            match self
                .packed
                .compare_exchange(cur, last, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) => return first,
                Err(actual) => cur = actual,
            }
        }
    }

    /// Moves the clock forward to at least `t` (a cluster time a client saw).
    pub fn advance_to(&self, t: u64) {
        self.packed.fetch_max(t, Ordering::SeqCst);
    }
}
