//! The embeddable server: [`Server::start`] opens the store, binds the
//! listener and serves on the current tokio runtime; [`Server::stop`] stops
//! accepting, lets in-flight requests finish and closes WiredTiger with a
//! checkpoint. The binary and in-process tests use this same code path.

use crate::config::Config;
use crate::cursor::CursorRegistry;
use crate::error::{Error, Result};
use crate::net::Listener;
use crate::session::SessionRegistry;
use crate::state::{OpCounters, ServerState};
use crate::storage::{Engine, EngineConfig};
use bson::oid::ObjectId;
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// A running server. Dropped without [`Server::stop`], it stops accepting
/// and ends its connections in the background, and removes the temporary
/// directory of an in-memory store made by [`Config::ephemeral`].
pub struct Server {
    addr: SocketAddr,
    state: Arc<ServerState>,
    shutdown: watch::Sender<bool>,
    /// The accept loop; None once stopped.
    task: Option<JoinHandle<()>>,
}

impl Server {
    /// Opens the store and starts listening.
    pub async fn start(config: Config) -> Result<Server> {
        crate::memory::configure();
        let engine_cfg = EngineConfig {
            path: config.storage_path.clone(),
            in_memory: config.in_memory,
            cache_size_mb: config.cache_size_mb,
            oplog_size_mb: config.oplog_size_mb,
            journal_commit_interval_ms: config.journal_commit_interval_ms,
        };
        let engine = tokio::task::spawn_blocking(move || Engine::open(&engine_cfg))
            .await
            .map_err(|e| Error::internal(format!("opening the store failed: {e}")))??;
        // Connections run on the server's own runtime, so its listeners
        // are bound there (a socket belongs to the runtime it was made in).
        let threads = crate::threads::CommandThreads::new()
            .map_err(|e| Error::internal(format!("cannot start the command threads: {e}")))?;
        let (host, port, unix) = (config.host.clone(), config.port, config.unix_socket.clone());
        let (listeners, addr) = threads
            .spawn_task(async move { bind_listeners(&host, port, unix.as_ref()).await })
            .await
            .map_err(|e| Error::internal(format!("binding the listeners failed: {e}")))??;
        ensure_version_document(&engine)?;
        ensure_sessions_collection(&engine)?;
        let rw_defaults = crate::concern::RwDefaults::load(&engine, !config.standalone)?;
        let repl = if config.standalone {
            crate::repl::ReplSet::standalone()
        } else {
            crate::repl::ReplSet::open(
                &engine,
                &config.replica_set_name,
                config.awaits_initiate,
                &crate::state::default_me(addr),
            )?
        };
        let state = Arc::new(ServerState {
            config,
            engine,
            rw_defaults,
            repl,
            shutdown_requested: watch::channel(false).0,
            cursors: CursorRegistry::default(),
            sessions: SessionRegistry::default(),
            started: Instant::now(),
            process_id: ObjectId::new(),
            addr,
            next_connection_id: AtomicU64::new(0),
            current_connections: AtomicU64::new(0),
            total_connections: AtomicU64::new(0),
            op_counters: OpCounters::default(),
            failpoints: Default::default(),
            ops: Default::default(),
            top: Default::default(),
            ttl_monitor_sleep_secs: AtomicU64::new(60),
            ingress: crate::ingress::IngressLimiter::default(),
            threads,
            startup_log: Mutex::new(vec![format!(
                "SecantusDB {} listening on {addr}",
                env!("CARGO_PKG_VERSION")
            )]),
        });
        // `--setParameter name=value`: a value as the command line gives it
        // (a string), read as `setParameter` reads it.
        for (k, v) in &state.config.parameters {
            crate::commands::set_parameter::set(&state, k, &bson::Bson::String(v.clone()))?;
        }
        for l in &listeners {
            tracing::info!(target: "NETWORK", id = 23015, ctx = "listener",
                address = %l.describe(), "Listening on");
        }
        tracing::info!(target: "NETWORK", id = 23016, ctx = "listener",
            port = addr.port(), ssl = "off", "Waiting for connections");
        // What opening the store and parsing the start-up options freed
        // goes back to the system now: an idle server has no later
        // allocation to trigger it.
        crate::memory::release(true);
        let (tx, rx) = watch::channel(false);
        state
            .threads
            .spawn_task(crate::ttl::monitor(state.clone(), rx.clone()));
        let task = state
            .threads
            .spawn_task(crate::net::serve(listeners, state.clone(), rx));
        Ok(Server {
            addr,
            state,
            shutdown: tx,
            task: Some(task),
        })
    }

    /// The address the server listens on (with the OS-assigned port).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A `mongodb://` URI for this server.
    pub fn uri(&self) -> String {
        format!("mongodb://{}/", self.addr)
    }

    /// Waits until the `shutdown` command asks for the server to stop.
    pub async fn shutdown_requested(&self) {
        let mut rx = self.state.shutdown_requested.subscribe();
        let _ = rx.wait_for(|v| *v).await;
    }

    /// Stops accepting connections, interrupts long operations (scans and
    /// aggregation stages end with InterruptedAtShutdown at their next
    /// check, as mongod's shutdown kills operations), waits for in-flight
    /// requests, and closes the store (with a checkpoint for on-disk stores).
    pub async fn stop(mut self) {
        self.state.engine.interrupt_operations();
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        let state = self.state.clone();
        let _ = tokio::task::spawn_blocking(move || {
            state.engine.shutdown();
            drop(state);
        })
        .await;
        self.remove_temporary_dir();
    }

    /// Removes the directory [`Config::ephemeral`] made for an in-memory
    /// store (a config that points an on-disk store elsewhere keeps it).
    fn remove_temporary_dir(&self) {
        let c = &self.state.config;
        if c.remove_storage_on_stop && c.in_memory {
            let _ = std::fs::remove_dir_all(&c.storage_path);
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.task.is_some() {
            self.state.engine.interrupt_operations();
            let _ = self.shutdown.send(true);
            // An in-memory store keeps nothing in its directory, so it can
            // go at once; WiredTiger closes when the last connection ends.
            self.remove_temporary_dir();
        }
    }
}

/// The TCP listeners and, when configured, the Unix domain socket (first).
async fn bind_listeners(
    hosts: &str,
    port: u16,
    unix: Option<&crate::config::UnixSocket>,
) -> Result<(Vec<Listener>, SocketAddr)> {
    let (mut listeners, addr) = bind_all(hosts, port).await?;
    if let Some(u) = unix {
        let l = crate::net::bind_unix(&u.prefix, addr.port(), u.mode).map_err(|e| {
            Error::new(
                crate::error::ErrorCode::SocketException,
                format!(
                    "Failed to set up the Unix domain socket in {}: {e}",
                    u.prefix.display()
                ),
            )
        })?;
        listeners.insert(0, l);
    }
    Ok((listeners, addr))
}

/// Listens on every address of a comma-separated list (mongod's
/// `--bind_ip`), all on one port: with port 0 the first address gets one
/// from the OS and the others take the same. A port in use is mongod's
/// SocketException ("Address already in use"); the binary exits with
/// mongod's code for it.
async fn bind_all(hosts: &str, port: u16) -> Result<(Vec<Listener>, SocketAddr)> {
    let mut listeners = Vec::new();
    let mut first = None;
    let mut port = port;
    for host in hosts.split(',').map(str::trim).filter(|h| !h.is_empty()) {
        let l = TcpListener::bind((host, port)).await.map_err(|e| {
            Error::new(
                crate::error::ErrorCode::SocketException,
                format!("Failed to set up listener: {host}:{port}: {e}"),
            )
        })?;
        let a = l
            .local_addr()
            .map_err(|e| Error::internal(format!("cannot read the bound address: {e}")))?;
        port = a.port();
        first.get_or_insert(a);
        listeners.push(Listener::Tcp(l));
    }
    match first {
        Some(a) => Ok((listeners, a)),
        None => Err(Error::new(
            crate::error::ErrorCode::BadValue,
            format!("no address to listen on in '{hosts}'"),
        )),
    }
}

/// `config.system.sessions`, the collection mongod keeps its logical
/// sessions' records in, with its TTL index (`lsidTTLIndex`: records expire
/// 30 minutes after their last use), created at the first start as mongod
/// creates it (so `config` is listed too).
fn ensure_sessions_collection(engine: &Arc<crate::storage::Engine>) -> Result<()> {
    if engine.collection("config", "system.sessions").is_some() {
        return Ok(());
    }
    let meta = engine.ensure_collection("config", "system.sessions")?;
    let spec = bson::doc! {
        "v": 2,
        "key": { "lastUse": 1 },
        "name": "lsidTTLIndex",
        "expireAfterSeconds": 1800,
    };
    crate::commands::shared::index_build::build(engine, meta, spec).map(|_| ())
}

/// `admin.system.version` with the feature compatibility version, as
/// mongod keeps it from its first start (so `admin` is always listed).
fn ensure_version_document(engine: &crate::storage::Engine) -> Result<()> {
    let meta = engine.ensure_collection("admin", "system.version")?;
    let id = bson::Bson::from("featureCompatibilityVersion");
    engine.with_txn(true, |t| {
        if t.find_by_id(&meta, &id)?.is_none() {
            t.insert(&meta, &bson::doc! { "_id": id.clone(), "version": "8.0" })?;
        }
        Ok(())
    })
}
