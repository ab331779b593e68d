//! The command line as clap reads it: mongod's flags, and this server's own
//! older spellings beside them (`--host`, `--storage-path`, `--in-memory`,
//! …). Nothing has a default here: a flag left out may come from the
//! `--config` file, and [`super::resolve`] fills in what neither gives.

use clap::Parser;
use std::path::PathBuf;

#[derive(Parser, Debug, Default)]
#[command(
    name = "secantusdb-rs",
    disable_version_flag = true,
    args_override_self = true,
    about = "A MongoDB-wire-compatible server on WiredTiger; takes mongod's flags"
)]
pub struct Args {
    /// mongod's YAML configuration file; the command line overrides it.
    #[arg(short = 'f', long = "config")]
    pub config: Option<PathBuf>,
    /// Addresses to listen on, comma-separated (mongod's `--bind_ip`;
    /// default 127.0.0.1).
    #[arg(long, alias = "bind_ip")]
    pub host: Option<String>,
    /// Listen on every IPv4 address (and every IPv6 one with `--ipv6`).
    #[arg(long = "bind_ip_all")]
    pub bind_ip_all: bool,
    /// Allow IPv6 addresses (with `--bind_ip_all`, listen on `::` too).
    #[arg(long)]
    pub ipv6: bool,
    /// Port to listen on (default 27017; 0 = OS-assigned).
    #[arg(long)]
    pub port: Option<u16>,
    /// Directory for the data files (mongod's `--dbpath`; default
    /// ./secantus-data).
    #[arg(long, alias = "dbpath")]
    pub storage_path: Option<PathBuf>,
    /// Keep everything in memory (nothing is written to disk).
    #[arg(long)]
    pub in_memory: bool,
    /// mongod's `--storageEngine`: `wiredTiger` (on disk) or `inMemory`.
    #[arg(long = "storageEngine", value_parser = ["wiredTiger", "inMemory"])]
    pub storage_engine: Option<String>,
    /// Enable test-only commands such as configureFailPoint (also
    /// `--setParameter enableTestCommands=1`).
    #[arg(long)]
    pub enable_test_commands: bool,
    /// mongod's `--setParameter name=value` (repeatable).
    #[arg(long = "setParameter", value_name = "NAME=VALUE")]
    pub set_parameter: Vec<String>,
    /// A standalone server instead of a replica set member.
    #[arg(long)]
    pub standalone: bool,
    /// mongod's `--replSet NAME`: a member of set NAME that waits for
    /// `replSetInitiate` (then stays initiated across restarts).
    #[arg(long = "replSet")]
    pub repl_set: Option<String>,
    /// The name of the one-member set this server starts as, already
    /// initiated (default `secantus`; see `--replSet` for mongod's way).
    #[arg(long)]
    pub replica_set: Option<String>,
    /// WiredTiger cache size in MiB (default 1024).
    #[arg(long)]
    pub cache_size_mb: Option<u64>,
    /// mongod's `--wiredTigerCacheSizeGB` (overrides `--cache-size-mb`).
    #[arg(long = "wiredTigerCacheSizeGB")]
    pub wired_tiger_cache_size_gb: Option<f64>,
    /// mongod's `--inMemorySizeGB`: the in-memory store's size.
    #[arg(long = "inMemorySizeGB")]
    pub in_memory_size_gb: Option<f64>,
    /// The oplog's size in MB (default: 5 % of free disk space, at least
    /// 990 MB, or of memory for an in-memory store, within half the cache).
    #[arg(long = "oplogSize")]
    pub oplog_size: Option<u64>,
    /// How often, in milliseconds, writes that did not ask to wait for the
    /// journal are flushed to it (mongod's flag, 1–500; default 100).
    #[arg(long = "journalCommitInterval",
          value_parser = clap::value_parser!(u64).range(1..=500))]
    pub journal_commit_interval: Option<u64>,
    /// The most connections open at once (mongod's flag; default 10000);
    /// past it, new connections are closed as they are accepted.
    #[arg(long = "maxConns", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_conns: Option<u64>,
    /// Log level (error, warn, info, debug, trace) or a tracing filter.
    #[arg(long)]
    pub log_level: Option<String>,
    /// mongod's `--quiet`: no connection lines in the log.
    #[arg(long)]
    pub quiet: bool,
    /// mongod's `-v`/`--verbose` (repeatable): debug lines in the log.
    #[arg(short = 'v', long, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Write the log to this file instead of standard output.
    #[arg(long)]
    pub logpath: Option<PathBuf>,
    /// Append to the `--logpath` file instead of renaming it aside.
    #[arg(long)]
    pub logappend: bool,
    /// What `logRotate` does: `rename` (default) or `reopen` (needs
    /// `--logappend`).
    #[arg(long = "logRotate", value_parser = ["rename", "reopen"])]
    pub log_rotate: Option<String>,
    /// Log time stamps: `iso8601-local` (default) or `iso8601-utc`.
    #[arg(long = "timeStampFormat")]
    pub time_stamp_format: Option<String>,
    /// Run in the background once ready (needs `--logpath`).
    #[arg(long)]
    pub fork: bool,
    /// Do not listen on the Unix domain socket.
    #[arg(long)]
    pub nounixsocket: bool,
    /// The directory of the Unix domain socket (default /tmp).
    #[arg(long = "unixSocketPrefix")]
    pub unix_socket_prefix: Option<PathBuf>,
    /// The Unix domain socket's permissions, in octal (default 0700).
    #[arg(long = "filePermissions")]
    pub file_permissions: Option<String>,
    /// mongod's `--noauth` (authentication is off; there are no users).
    #[arg(long)]
    pub noauth: bool,
    /// mongod's `--auth`: refused (users and authentication are not built).
    #[arg(long)]
    pub auth: bool,
    /// mongod's `--pidfilepath`: write the process id to this file.
    #[arg(long = "pidfilepath")]
    pub pid_file_path: Option<PathBuf>,
    /// Print the version (as mongod does: `db version v…`, the build info,
    /// then this server's own version) and exit.
    #[arg(long)]
    pub version: bool,
}
