//! Server configuration: what the `secantusdb-rs` flags set, and what an
//! embedding Rust test passes to [`crate::Server::start`].

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub host: String,
    /// 0 asks the OS for a free port.
    pub port: u16,
    pub storage_path: PathBuf,
    /// WiredTiger `in_memory`: nothing is written to disk.
    pub in_memory: bool,
    /// Enables test-only commands such as `configureFailPoint`.
    pub enable_test_commands: bool,
    /// Present as a standalone server instead of a one-member replica set.
    pub standalone: bool,
    pub replica_set_name: String,
    /// mongod's `--replSet`: the set waits for `replSetInitiate` (unless a
    /// configuration was saved by an earlier start). Without it a
    /// replica-set server starts already initiated.
    pub awaits_initiate: bool,
    pub cache_size_mb: u64,
    pub max_connections: usize,
    /// `--oplogSize` in MB (None: mongod's default rule).
    pub oplog_size_mb: Option<u64>,
    /// `--journalCommitInterval` in milliseconds (mongod: 1–500, 100).
    pub journal_commit_interval_ms: u64,
    /// The Unix domain socket (`<prefix>/mongodb-<port>.sock`), or None.
    pub unix_socket: Option<UnixSocket>,
    /// `logRotate` reopens the log file instead of renaming it.
    pub log_rotate_reopen: bool,
    /// Remove `storage_path` of an in-memory store when the server stops
    /// or is dropped (the temporary directory [`Config::ephemeral`] makes).
    pub remove_storage_on_stop: bool,
    /// The raw command line, reported by `getCmdLineOpts`.
    pub argv: Vec<String>,
    /// The options as `getCmdLineOpts.parsed` reports them.
    pub parsed_options: bson::Document,
    /// `--setParameter name=value` runtime parameters, applied at startup
    /// as the `setParameter` command applies them.
    pub parameters: Vec<(String, String)>,
}

/// Where the Unix domain socket goes (mongod: `/tmp`, mode 0700).
#[derive(Debug, Clone)]
pub struct UnixSocket {
    pub prefix: PathBuf,
    pub mode: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: "127.0.0.1".into(),
            port: 27017,
            storage_path: PathBuf::from("./secantus-data"),
            in_memory: false,
            enable_test_commands: false,
            standalone: false,
            replica_set_name: "secantus".into(),
            awaits_initiate: false,
            cache_size_mb: 1024,
            max_connections: 10_000,
            oplog_size_mb: None,
            journal_commit_interval_ms: 100,
            unix_socket: None,
            log_rotate_reopen: false,
            remove_storage_on_stop: false,
            argv: Vec::new(),
            parsed_options: bson::Document::new(),
            parameters: Vec::new(),
        }
    }
}

impl Config {
    /// An ephemeral in-memory server on a free port, as tests want it.
    pub fn ephemeral() -> Config {
        Config {
            port: 0,
            in_memory: true,
            enable_test_commands: true,
            // The oplog shares the cache (up to half of it).
            cache_size_mb: 512,
            storage_path: std::env::temp_dir()
                .join(format!("secantus-mem-{}", uuid::Uuid::new_v4().simple())),
            remove_storage_on_stop: true,
            ..Config::default()
        }
    }
}
