//! Multi-document transactions of logical sessions: which transaction
//! number each session has open, committed or aborted, and the open
//! WiredTiger transaction itself between the commands that make it up.

use crate::error::{Error, ErrorCode, Result};
use crate::storage::HeldTxn;
use bson::Bson;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

enum State {
    /// Open; `None` while a command of the transaction is running.
    Open(Option<HeldTxn>),
    Committed,
    Aborted,
}

struct Entry {
    number: i64,
    state: State,
    started: Instant,
}

/// mongod's `transactionLifetimeLimitSeconds`: an open transaction older
/// than this is aborted, so an abandoned one cannot pin its snapshot forever.
pub static LIFETIME_SECS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(60);

/// The transactions of all sessions, keyed by `lsid.id`.
#[derive(Default)]
pub struct Transactions {
    map: Mutex<HashMap<Vec<u8>, Entry>>,
}

fn key(id: &Bson) -> Vec<u8> {
    match id {
        Bson::Binary(b) => b.bytes.clone(),
        other => other.to_string().into_bytes(),
    }
}

/// mongod's error for a transaction number the session does not have open.
pub fn no_such_transaction(n: i64) -> Error {
    Error::new(
        ErrorCode::NoSuchTransaction,
        format!("Transaction with txnNumber {n} has been aborted or does not exist."),
    )
}

impl Transactions {
    /// Opens transaction `n` (startTransaction). An older open transaction
    /// of the session is aborted, as mongod does.
    pub fn start(&self, id: &Bson, n: i64, held: HeldTxn) -> Result<()> {
        let mut m = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        reap(&mut m);
        if let Some(e) = m.get(&key(id)) {
            if e.number > n {
                return Err(Error::new(
                    ErrorCode::TransactionTooOld,
                    format!("Cannot start transaction {n} on session because a newer transaction {} has already started", e.number),
                ));
            }
            if e.number == n {
                return Err(Error::new(
                    ErrorCode::ConflictingOperationInProgress,
                    format!("Cannot start transaction {n} on session because a transaction with the same number has already started"),
                ));
            }
        }
        m.insert(
            key(id),
            Entry {
                number: n,
                state: State::Open(Some(held)),
                started: Instant::now(),
            },
        );
        Ok(())
    }

    /// Takes transaction `n` out for one command.
    pub fn checkout(&self, id: &Bson, n: i64) -> Result<HeldTxn> {
        let mut m = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        reap(&mut m);
        let Some(e) = m.get_mut(&key(id)) else {
            return Err(no_such_transaction(n));
        };
        if e.number != n {
            return Err(no_such_transaction(n));
        }
        match &mut e.state {
            State::Open(slot) => slot.take().ok_or_else(|| {
                Error::new(
                    ErrorCode::ConflictingOperationInProgress,
                    format!(
                        "Cannot run a command in transaction {n}: another command of it is running"
                    ),
                )
            }),
            State::Committed => Err(Error::new(
                ErrorCode::TransactionCommitted,
                format!("Transaction with txnNumber {n} has been committed."),
            )),
            State::Aborted => Err(no_such_transaction(n)),
        }
    }

    /// Puts the transaction back after a command.
    pub fn put_back(&self, id: &Bson, n: i64, held: HeldTxn) {
        if let Some(e) = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get_mut(&key(id))
        {
            if e.number == n {
                e.state = State::Open(Some(held));
            }
        }
    }

    /// Records that transaction `n` committed or aborted.
    pub fn finish(&self, id: &Bson, n: i64, committed: bool) {
        if let Some(e) = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get_mut(&key(id))
        {
            if e.number == n {
                e.state = if committed {
                    State::Committed
                } else {
                    State::Aborted
                };
            }
        }
    }

    /// Whether transaction `n` of the session committed.
    pub fn is_committed(&self, id: &Bson, n: i64) -> bool {
        matches!(self.map.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&key(id)), Some(Entry { number, state: State::Committed, .. }) if *number == n)
    }

    /// Aborts and forgets the session's transaction (endSessions).
    pub fn end(&self, id: &Bson) {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&key(id));
    }

    pub fn end_all(&self) {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }
}

/// Aborts open, idle transactions past their lifetime (dropping the held
/// WiredTiger session rolls it back).
fn reap(m: &mut HashMap<Vec<u8>, Entry>) {
    let now = Instant::now();
    let lifetime = Duration::from_secs(LIFETIME_SECS.load(std::sync::atomic::Ordering::Relaxed));
    for e in m.values_mut() {
        if matches!(e.state, State::Open(Some(_))) && now.duration_since(e.started) > lifetime {
            e.state = State::Aborted;
        }
    }
}
