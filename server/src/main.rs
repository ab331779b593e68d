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
    disable_version_flag = true,
    about = "A MongoDB-wire-compatible server on WiredTiger; takes mongod's flags"
)]
struct Args {
    /// Addresses to listen on, comma-separated (mongod's `--bind_ip`).
    #[arg(long, alias = "bind_ip", default_value = "127.0.0.1")]
    host: String,
    /// Listen on every IPv4 address (mongod's `--bind_ip_all`).
    #[arg(long = "bind_ip_all")]
    bind_ip_all: bool,
    /// Allow IPv6 addresses in `--bind_ip` (mongod's flag; always allowed here).
    #[arg(long)]
    ipv6: bool,
    /// Port to listen on (0 = OS-assigned).
    #[arg(long, default_value_t = 27017)]
    port: u16,
    /// Directory for the data files (mongod's `--dbpath`).
    #[arg(long, alias = "dbpath", default_value = "./secantus-data")]
    storage_path: PathBuf,
    /// Keep everything in memory (nothing is written to disk).
    #[arg(long)]
    in_memory: bool,
    /// mongod's `--storageEngine`: `wiredTiger` (on disk) or `inMemory`.
    #[arg(long = "storageEngine", value_parser = ["wiredTiger", "inMemory"])]
    storage_engine: Option<String>,
    /// Enable test-only commands such as configureFailPoint (also
    /// `--setParameter enableTestCommands=1`).
    #[arg(long)]
    enable_test_commands: bool,
    /// mongod's `--setParameter name=value` (repeatable).
    #[arg(long = "setParameter", value_name = "NAME=VALUE")]
    set_parameter: Vec<String>,
    /// Present a standalone server instead of a one-member replica set.
    #[arg(long)]
    standalone: bool,
    /// Replica set name reported in hello.
    #[arg(long, default_value = "secantus")]
    replica_set: String,
    /// WiredTiger cache size in MiB.
    #[arg(long, default_value_t = 1024)]
    cache_size_mb: u64,
    /// mongod's `--wiredTigerCacheSizeGB` (overrides `--cache-size-mb`).
    #[arg(long = "wiredTigerCacheSizeGB")]
    wired_tiger_cache_size_gb: Option<f64>,
    /// mongod's `--inMemorySizeGB`: the in-memory store's size.
    #[arg(long = "inMemorySizeGB")]
    in_memory_size_gb: Option<f64>,
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
    /// mongod's `--quiet`: warnings and errors only.
    #[arg(long)]
    quiet: bool,
    /// mongod's `-v`/`--verbose` (repeatable): more detail.
    #[arg(short = 'v', long, action = clap::ArgAction::Count)]
    verbose: u8,
    /// mongod's `--noauth` (authentication is off; there are no users).
    #[arg(long)]
    noauth: bool,
    /// mongod's `--auth`: refused (users and authentication are not built).
    #[arg(long)]
    auth: bool,
    /// mongod's `--pidfilepath`: write the process id to this file.
    #[arg(long = "pidfilepath")]
    pid_file_path: Option<PathBuf>,
    /// Print the version (as mongod does: `db version v…`, the build info,
    /// then this server's own version) and exit.
    #[arg(long)]
    version: bool,
}

/// mongod's exit code for options it cannot accept (EXIT_BADOPTIONS).
const EXIT_BADOPTIONS: i32 = 2;

/// The runtime parameters `--setParameter` may set at startup: the ones
/// `setParameter` takes, and `enableTestCommands`.
const STARTUP_PARAMETERS: &[&str] = &[
    "enableTestCommands",
    "ttlMonitorSleepSecs",
    "minSnapshotHistoryWindowInSeconds",
    "transactionLifetimeLimitSeconds",
    "cursorTimeoutMillis",
    "ingressConnectionEstablishmentRateLimiterEnabled",
    "ingressConnectionEstablishmentRatePerSec",
    "ingressConnectionEstablishmentBurstCapacitySecs",
    "ingressConnectionEstablishmentMaxQueueDepth",
];

/// Parses the command line as mongod answers a bad one: its message for an
/// unknown option, exit code 2.
fn parse_args() -> Args {
    match Args::try_parse() {
        Ok(a) => a,
        Err(e) => match e.kind() {
            clap::error::ErrorKind::DisplayHelp => {
                let _ = e.print();
                std::process::exit(0);
            }
            clap::error::ErrorKind::UnknownArgument => {
                let arg = e
                    .get(clap::error::ContextKind::InvalidArg)
                    .map(ToString::to_string)
                    .unwrap_or_default();
                eprintln!("Error parsing command line: unrecognised option '{arg}'");
                eprintln!("try 'secantusdb-rs --help' for more information");
                std::process::exit(EXIT_BADOPTIONS);
            }
            _ => {
                let _ = e.print();
                std::process::exit(EXIT_BADOPTIONS);
            }
        },
    }
}

fn bad_option(msg: &str) -> ! {
    eprintln!("Error parsing command line: {msg}");
    eprintln!("try 'secantusdb-rs --help' for more information");
    std::process::exit(EXIT_BADOPTIONS)
}

/// `--setParameter name=value` pairs, checked against the names this server
/// knows (mongod refuses an unknown one at startup).
fn startup_parameters(args: &Args) -> Vec<(String, String)> {
    args.set_parameter
        .iter()
        .map(|p| {
            let Some((k, v)) = p.split_once('=') else {
                bad_option(&format!("--setParameter {p}: expected name=value"));
            };
            if !STARTUP_PARAMETERS.contains(&k) {
                eprintln!("Illegal --setParameter parameter: \"{k}\"");
                std::process::exit(EXIT_BADOPTIONS);
            }
            (k.to_string(), v.to_string())
        })
        .collect()
}

fn print_version() {
    let info = secantusdb::commands::build_info::info();
    println!(
        "db version v{}",
        secantusdb::commands::build_info::MONGOD_VERSION
    );
    println!(
        "Build Info: {}",
        serde_json::to_string_pretty(&info).unwrap_or_default()
    );
    println!("secantusdb-rs {}", env!("CARGO_PKG_VERSION"));
}

fn main() {
    let args = parse_args();
    if args.version {
        print_version();
        return;
    }
    if args.auth {
        eprintln!("--auth is not supported: SecantusDB has no users or authentication yet (run without --auth, or with --noauth)");
        std::process::exit(EXIT_BADOPTIONS);
    }
    let parameters = startup_parameters(&args);
    let level = if args.quiet {
        "warn".to_string()
    } else {
        match args.verbose {
            0 => args.log_level.clone(),
            1 => "debug".to_string(),
            _ => "trace".to_string(),
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(&level))
        .with_writer(std::io::stderr)
        .init();
    let in_memory = args.in_memory || args.storage_engine.as_deref() == Some("inMemory");
    let gb = if in_memory {
        args.in_memory_size_gb.or(args.wired_tiger_cache_size_gb)
    } else {
        args.wired_tiger_cache_size_gb
    };
    let cache_size_mb = match gb {
        Some(g) if g > 0.0 => ((g * 1024.0) as u64).max(1),
        Some(_) => bad_option("the cache size must be greater than 0"),
        None => args.cache_size_mb,
    };
    let enable_test_commands = args.enable_test_commands
        || parameters
            .iter()
            .any(|(k, v)| k == "enableTestCommands" && matches!(v.as_str(), "1" | "true"));
    let config = Config {
        host: if args.bind_ip_all {
            "0.0.0.0".to_string()
        } else {
            args.host
        },
        port: args.port,
        storage_path: args.storage_path,
        in_memory,
        enable_test_commands,
        standalone: args.standalone,
        replica_set_name: args.replica_set,
        cache_size_mb,
        oplog_size_mb: args.oplog_size,
        journal_commit_interval_ms: args.journal_commit_interval,
        max_connections: args.max_conns as usize,
        argv: std::env::args().collect(),
        parameters: parameters
            .into_iter()
            .filter(|(k, _)| k != "enableTestCommands")
            .collect(),
    };
    if let Some(p) = &args.pid_file_path {
        if let Err(e) = std::fs::write(p, format!("{}\n", std::process::id())) {
            eprintln!("cannot write the pid file {}: {e}", p.display());
            std::process::exit(1);
        }
    }
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
