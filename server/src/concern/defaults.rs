//! The cluster-wide read and write concern defaults
//! (getDefaultRWConcern/setDefaultRWConcern). A replica set's implicit
//! default write concern is `{w: "majority"}` (mongod 5.0+), a
//! standalone's `{w: 1}`; a default set by the user is kept in
//! `config.settings` under `_id: "ReadWriteConcernDefaults"`, as mongod
//! keeps it, and survives restarts.

use super::write::{Provenance, WriteConcern};
use crate::error::Result;
use crate::storage::Engine;
use bson::{doc, Bson, DateTime, Document, Timestamp};
use std::sync::RwLock;

const SETTINGS_DB: &str = "config";
const SETTINGS_COLL: &str = "settings";
const DEFAULTS_ID: &str = "ReadWriteConcernDefaults";

#[derive(Clone, Debug, Default)]
struct Stored {
    write: Option<WriteConcern>,
    read: Option<Document>,
    update_op_time: Option<Timestamp>,
    update_wall: Option<DateTime>,
}

pub struct RwDefaults {
    stored: RwLock<Stored>,
    replica_set: bool,
    /// When this process last loaded or changed the defaults.
    local_update: RwLock<DateTime>,
}

impl RwDefaults {
    /// Reads the stored defaults (none on a new store).
    pub fn load(engine: &Engine, replica_set: bool) -> Result<RwDefaults> {
        let mut stored = Stored::default();
        if let Some(meta) = engine.collection(SETTINGS_DB, SETTINGS_COLL) {
            let mut txn = engine.begin()?;
            if let Some((_, d)) = txn.find_by_id(&meta, &Bson::from(DEFAULTS_ID))? {
                if let Ok(w) = d.get_document("defaultWriteConcern") {
                    stored.write = WriteConcern::parse(w, Provenance::CustomDefault)?;
                }
                stored.read = d.get_document("defaultReadConcern").ok().cloned();
                stored.update_op_time = d.get_timestamp("updateOpTime").ok();
                stored.update_wall = d.get_datetime("updateWallClockTime").ok().copied();
            }
            txn.rollback()?;
        }
        Ok(RwDefaults {
            stored: RwLock::new(stored),
            replica_set,
            local_update: RwLock::new(DateTime::now()),
        })
    }

    /// The write concern of a command that gives none.
    pub fn write_concern(&self) -> WriteConcern {
        let stored = self.stored.read().unwrap_or_else(|p| p.into_inner());
        match &stored.write {
            Some(w) => w.clone(),
            None if self.replica_set => WriteConcern::majority(Provenance::ImplicitDefault),
            None => WriteConcern::w1(Provenance::ImplicitDefault),
        }
    }

    /// Whether a default write concern was set (it cannot be unset then).
    pub fn has_custom_write(&self) -> bool {
        self.stored
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .write
            .is_some()
    }

    /// getDefaultRWConcern's reply.
    pub fn reply(&self) -> Document {
        let stored = self.stored.read().unwrap_or_else(|p| p.into_inner());
        let mut r = Document::new();
        if let Some(t) = stored.update_op_time {
            r.insert("updateOpTime", t);
        }
        if let Some(w) = stored.update_wall {
            r.insert("updateWallClockTime", w);
        }
        r.insert(
            "defaultReadConcern",
            stored
                .read
                .clone()
                .unwrap_or_else(|| doc! { "level": "local" }),
        );
        r.insert("defaultWriteConcern", self.write_concern().to_doc());
        let source = |custom: bool| if custom { "global" } else { "implicit" };
        r.insert("defaultWriteConcernSource", source(stored.write.is_some()));
        r.insert("defaultReadConcernSource", source(stored.read.is_some()));
        r.insert(
            "localUpdateWallClockTime",
            *self.local_update.read().unwrap_or_else(|p| p.into_inner()),
        );
        r
    }

    /// Sets the defaults given (None leaves one as it is), stores them in
    /// `config.settings` (journaled) and applies them.
    pub fn set(
        &self,
        engine: &Engine,
        write: Option<WriteConcern>,
        read: Option<Document>,
        at: Timestamp,
    ) -> Result<()> {
        let mut next = self
            .stored
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        if write.is_some() {
            next.write = write;
        }
        if read.is_some() {
            next.read = read;
        }
        let wall = DateTime::now();
        next.update_op_time = Some(at);
        next.update_wall = Some(wall);
        let mut d = doc! { "_id": DEFAULTS_ID };
        if let Some(w) = &next.write {
            d.insert("defaultWriteConcern", w.to_doc());
        }
        if let Some(r) = &next.read {
            d.insert("defaultReadConcern", r.clone());
        }
        d.insert("updateOpTime", at);
        d.insert("updateWallClockTime", wall);
        let meta = engine.ensure_collection(SETTINGS_DB, SETTINGS_COLL)?;
        engine.with_txn(true, |t| {
            match t.find_by_id(&meta, &Bson::from(DEFAULTS_ID))? {
                Some((rid, old)) => t.replace(&meta, rid, &old, &d),
                None => t.insert(&meta, &d).map(|_| ()),
            }
        })?;
        *self.stored.write().unwrap_or_else(|p| p.into_inner()) = next;
        *self.local_update.write().unwrap_or_else(|p| p.into_inner()) = wall;
        Ok(())
    }
}
