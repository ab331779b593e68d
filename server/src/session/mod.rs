//! Logical sessions: the server remembers each `lsid` it has seen and when it
//! was last used, so `endSessions`, `killSessions` and `killAllSessions` can
//! end them (and the cursors opened in them), and `serverStatus` can count
//! them. Sessions expire after `logicalSessionTimeoutMinutes` (30) idle.

use bson::Bson;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const SESSION_TIMEOUT_MINUTES: i32 = 30;

#[derive(Default)]
pub struct SessionRegistry {
    map: Mutex<HashMap<Vec<u8>, (Bson, Instant, bson::DateTime)>>,
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
        let mut m = self.map.lock().unwrap();
        let now = Instant::now();
        let timeout = Duration::from_secs(SESSION_TIMEOUT_MINUTES as u64 * 60);
        if m.len() > 10_000 {
            m.retain(|_, (_, t, _)| now.duration_since(*t) < timeout);
        }
        m.insert(key(id), (id.clone(), now, bson::DateTime::now()));
    }

    pub fn end(&self, id: &Bson) {
        self.map.lock().unwrap().remove(&key(id));
    }

    pub fn end_all(&self) {
        self.map.lock().unwrap().clear();
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
        self.map.lock().unwrap().len()
    }
}
