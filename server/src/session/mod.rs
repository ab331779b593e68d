//! Logical sessions: the server remembers each `lsid` it has seen and when it
//! was last used, so `endSessions`, `killSessions` and `killAllSessions` can
//! end them (and the cursors opened in them), and `serverStatus` can count
//! them. Sessions expire after `logicalSessionTimeoutMinutes` (30) idle.

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub mod txn;

pub const SESSION_TIMEOUT_MINUTES: i32 = 30;

#[derive(Default)]
pub struct SessionRegistry {
    map: Mutex<HashMap<Vec<u8>, (Bson, Instant, bson::DateTime)>>,
    /// Retryable writes: per session, the latest txnNumber and its reply, so
    /// a retry of that write returns the first outcome instead of writing
    /// again.
    retries: Mutex<HashMap<Vec<u8>, (i64, Document)>>,
    /// Multi-document transactions.
    pub txns: txn::Transactions,
}

fn key(id: &Bson) -> Vec<u8> {
    match id {
        Bson::Binary(b) => b.bytes.clone(),
        other => other.to_string().into_bytes(),
    }
}

impl SessionRegistry {
    /// Records a use of the session with this `lsid.id`.
    pub fn touch(&self, id: &Bson) {
        let mut m = self
            .map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        let timeout = Duration::from_secs(SESSION_TIMEOUT_MINUTES as u64 * 60);
        if m.len() > 10_000 {
            m.retain(|_, (_, t, _)| now.duration_since(*t) < timeout);
        }
        m.insert(key(id), (id.clone(), now, bson::DateTime::now()));
    }

    pub fn end(&self, id: &Bson) {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&key(id));
        self.retries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&key(id));
        self.txns.end(id);
    }

    /// The recorded reply when `txn_number` was already executed in this
    /// session; an error when a newer one has started.
    pub fn retried_write(&self, id: &Bson, txn_number: i64) -> Result<Option<Document>> {
        match self.retries.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&key(id)) {
            Some((n, reply)) if *n == txn_number => Ok(Some(reply.clone())),
            Some((n, _)) if *n > txn_number => Err(Error::new(
                ErrorCode::TransactionTooOld,
                format!("Retryable write with txnNumber {txn_number} is prohibited on session because a newer retryable write with txnNumber {n} has already started on this session."),
            )),
            _ => Ok(None),
        }
    }

    /// Records the reply of a retryable write.
    pub fn record_write(&self, id: &Bson, txn_number: i64, reply: &Document) {
        self.retries
            .lock()
            .unwrap()
            .insert(key(id), (txn_number, reply.clone()));
    }

    pub fn end_all(&self) {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
        self.retries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
        self.txns.end_all();
    }

    /// The known sessions: their `lsid.id` and last use.
    pub fn list(&self) -> Vec<(Bson, bson::DateTime)> {
        self.map
            .lock()
            .unwrap()
            .values()
            .map(|(id, _, at)| (id.clone(), *at))
            .collect()
    }

    pub fn active_count(&self) -> usize {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }
}

/// A session id as mongod records it in the oplog and reports it in
/// change events: `{id, uid}`, where `uid` is the SHA-256 digest of the
/// user name — without authentication, of the empty name.
pub fn lsid_doc(id: &Bson) -> Document {
    use sha2::Digest;
    let uid = sha2::Sha256::digest(b"");
    bson::doc! {
        "id": id.clone(),
        "uid": bson::Binary { subtype: bson::spec::BinarySubtype::Generic, bytes: uid.to_vec() },
    }
}
