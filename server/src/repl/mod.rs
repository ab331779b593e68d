//! The replica set this server is the one member of: its configuration
//! (mongod's `local.system.replset` document), whether it has one yet, and
//! the topology version `hello` reports.
//!
//! Three topologies, chosen at start (the README's topology rule): without
//! `--replSet`, a set named `secantus` (or `--replica-set NAME`) that is
//! already initiated, so transactions and change streams work at once;
//! with `--replSet NAME`, mongod's behaviour — no configuration until
//! `replSetInitiate` (hello says so, reads and writes answer "not
//! primary"), then primary of NAME, the configuration kept in
//! `local.system.replset` across restarts; with `--standalone`, none.
//! `replSetInitiate`/`replSetReconfig` install a configuration here; every
//! change bumps the topology version, which wakes awaitable `hello`s.

pub mod config;

use crate::error::Result;
use crate::storage::Engine;
use bson::{Bson, Document};
use std::sync::Mutex;
use tokio::sync::watch;

/// Where mongod keeps the set's configuration.
pub const CONFIG_DB: &str = "local";
pub const CONFIG_COLL: &str = "system.replset";

pub struct ReplSet {
    /// The set's name (`--replSet`, `--replica-set` or `secantus`); None
    /// for a standalone server.
    name: Option<String>,
    config: Mutex<Option<Document>>,
    /// `topologyVersion.counter`: bumped on every change of state.
    topology: watch::Sender<i64>,
}

impl ReplSet {
    pub fn standalone() -> ReplSet {
        ReplSet {
            name: None,
            config: Mutex::new(None),
            topology: watch::channel(0).0,
        }
    }

    /// A set named `name`: its saved configuration if an earlier start left
    /// one, else (unless it is to wait for `replSetInitiate`) a default
    /// one-member configuration naming `me`.
    pub fn open(engine: &Engine, name: &str, awaits_initiate: bool, me: &str) -> Result<ReplSet> {
        let saved = load(engine, name)?;
        let config = match saved {
            Some(c) => Some(c),
            None if awaits_initiate => None,
            None => Some(config::normalize(&config::default_for(name, me), 1)),
        };
        Ok(ReplSet {
            name: Some(name.to_string()),
            config: Mutex::new(config),
            topology: watch::channel(0).0,
        })
    }

    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    pub fn is_replica_set(&self) -> bool {
        self.name.is_some()
    }

    /// True once the set has a configuration (this member is primary); a
    /// standalone server is always writable.
    pub fn writable(&self) -> bool {
        self.name.is_none() || self.lock().is_some()
    }

    pub fn config(&self) -> Option<Document> {
        self.lock().clone()
    }

    /// The member's `host` in the configuration, if there is one.
    pub fn host(&self) -> Option<String> {
        let c = self.lock();
        let members = c.as_ref()?.get_array("members").ok()?;
        match members.first()? {
            Bson::Document(m) => m.get_str("host").ok().map(str::to_string),
            _ => None,
        }
    }

    /// Installs (and saves) a new configuration: the set is now initiated,
    /// or reconfigured.
    pub fn install(&self, engine: &Engine, config: Document) -> Result<()> {
        save(engine, &config)?;
        *self.lock() = Some(config);
        self.topology.send_modify(|v| *v += 1);
        Ok(())
    }

    pub fn topology_version(&self) -> i64 {
        *self.topology.borrow()
    }

    /// Changes as the topology version moves (awaitable `hello`).
    pub fn watch(&self) -> watch::Receiver<i64> {
        self.topology.subscribe()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Document>> {
        self.config
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn load(engine: &Engine, name: &str) -> Result<Option<Document>> {
    let Some(meta) = engine.collection(CONFIG_DB, CONFIG_COLL) else {
        return Ok(None);
    };
    let id = Bson::String(name.to_string());
    engine.with_txn(false, |t| Ok(t.find_by_id(&meta, &id)?.map(|(_, d)| d)))
}

fn save(engine: &Engine, config: &Document) -> Result<()> {
    let meta = engine.ensure_collection(CONFIG_DB, CONFIG_COLL)?;
    let id = config.get("_id").cloned().unwrap_or(Bson::Null);
    engine.with_txn(true, |t| {
        match t.find_by_id(&meta, &id)? {
            Some((rid, old)) => t.replace(&meta, rid, &old, config)?,
            None => {
                t.insert(&meta, config)?;
            }
        }
        Ok(())
    })
}
