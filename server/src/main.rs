//! The `secantusdb-rs` binary: parses flags, starts a [`secantusdb::Server`],
//! prints `listening on HOST:PORT` once ready, and shuts down cleanly on
//! SIGINT/SIGTERM.

use clap::Parser;
use secantusdb::{Config, Server};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "secantusdb-rs",
    version,
    about = "A MongoDB-wire-compatible server on WiredTiger"
)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Port to listen on (0 = OS-assigned).
    #[arg(long, default_value_t = 27017)]
    port: u16,
    /// Directory for the data files.
    #[arg(long, default_value = "./secantus-data")]
    storage_path: PathBuf,
    /// Keep everything in memory (nothing is written to disk).
    #[arg(long)]
    in_memory: bool,
    /// Enable test-only commands such as configureFailPoint.
    #[arg(long)]
    enable_test_commands: bool,
    /// Present a standalone server instead of a one-member replica set.
    #[arg(long)]
    standalone: bool,
    /// Replica set name reported in hello.
    #[arg(long, default_value = "secantus")]
    replica_set: String,
    /// WiredTiger cache size in MiB.
    #[arg(long, default_value_t = 1024)]
    cache_size_mb: u64,
    /// The oplog's size in MB (default: 5 % of free disk space, at least
    /// 990 MB, or of memory for an in-memory store, within half the cache).
    #[arg(long = "oplogSize")]
    oplog_size: Option<u64>,
    /// How often, in milliseconds, writes that did not ask to wait for the
    /// journal are flushed to it (mongod's flag, 1–500).
    #[arg(long = "journalCommitInterval", default_value_t = 100,
          value_parser = clap::value_parser!(u64).range(1..=500))]
    journal_commit_interval: u64,
    /// The most connections open at once (mongod's flag); past it, new
    /// connections are closed as they are accepted.
    #[arg(long = "maxConns", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(1..))]
    max_conns: u64,
    /// Log level (error, warn, info, debug, trace) or a tracing filter.
    #[arg(long, default_value = "info")]
    log_level: String,
}

fn main() {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(&args.log_level))
        .with_writer(std::io::stderr)
        .init();
    let config = Config {
        host: args.host,
        port: args.port,
        storage_path: args.storage_path,
        in_memory: args.in_memory,
        enable_test_commands: args.enable_test_commands,
        standalone: args.standalone,
        replica_set_name: args.replica_set,
        cache_size_mb: args.cache_size_mb,
        oplog_size_mb: args.oplog_size,
        journal_commit_interval_ms: args.journal_commit_interval,
        max_connections: args.max_conns as usize,
        argv: std::env::args().collect(),
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .on_thread_park(secantusdb::memory::on_idle)
        .build()
        .expect("tokio runtime");
    let code = rt.block_on(async move {
        let server = match Server::start(config).await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("secantusdb-rs: cannot start: {}", e.message);
                return 1;
            }
        };
        println!("listening on {}", server.addr());
        let _ = std::io::stdout().flush();
        tokio::select! {
            () = wait_for_signal() => {}
            () = server.shutdown_requested() => {}
        }
        tracing::info!("shutting down");
        server.stop().await;
        0
    });
    std::process::exit(code);
}

async fn wait_for_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
}
