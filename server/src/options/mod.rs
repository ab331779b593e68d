//! The command line and `--config` file, read as mongod reads them, into
//! the [`Config`] the server starts with and the [`LogOptions`] its log
//! uses. It runs once, before anything else, in the binary; the server
//! library itself takes a ready [`Config`].
//!
//! Bad input is answered as mongod answers it: its message on standard
//! error and its exit code (2, EXIT_BADOPTIONS), never a panic.

pub mod args;
pub mod parsed;
pub mod yaml;

use crate::config::{Config, UnixSocket};
use crate::log::{Destination, LogOptions, TimeFormat};
use args::Args;
use clap::Parser;
use std::path::PathBuf;

/// mongod's exit code for options it cannot accept (EXIT_BADOPTIONS).
pub const EXIT_BADOPTIONS: i32 = 2;

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

/// What the process is to do.
pub enum Outcome {
    Run(Box<Options>),
    /// `--version`.
    Version,
    /// Print and exit with this code (help, or mongod's answer to bad
    /// options).
    Exit {
        code: i32,
        stdout: String,
        stderr: String,
    },
}

pub struct Options {
    pub config: Config,
    pub log: LogOptions,
    /// `--fork`: run in the background once ready.
    pub fork: bool,
    pub pid_file: Option<PathBuf>,
}

fn bad(msg: impl std::fmt::Display) -> Outcome {
    Outcome::Exit {
        code: EXIT_BADOPTIONS,
        stdout: String::new(),
        stderr: format!(
            "Error parsing command line: {msg}\ntry 'secantusdb-rs --help' for more information\n"
        ),
    }
}

/// Reads `argv` (with the program name first).
pub fn parse(argv: Vec<String>) -> Outcome {
    let args = match clap_parse(&argv) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let args = match &args.config {
        None => args,
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    return Outcome::Exit {
                        code: EXIT_BADOPTIONS,
                        stdout: String::new(),
                        stderr: format!("Error reading config file: {}: {e}\n", path.display()),
                    }
                }
            };
            let flags = match yaml::to_flags(&text) {
                Ok(f) => f,
                Err(e) => {
                    return Outcome::Exit {
                        code: EXIT_BADOPTIONS,
                        stdout: String::new(),
                        stderr: format!("{e}\ntry 'secantusdb-rs --help' for more information\n"),
                    }
                }
            };
            let mut all = vec![argv[0].clone()];
            all.extend(flags);
            all.extend(argv[1..].iter().cloned());
            match clap_parse(&all) {
                Ok(a) => a,
                Err(o) => return o,
            }
        }
    };
    if args.version {
        return Outcome::Version;
    }
    match resolve(args, argv) {
        Ok(o) => Outcome::Run(Box::new(o)),
        Err(o) => o,
    }
}

fn clap_parse(argv: &[String]) -> Result<Args, Outcome> {
    Args::try_parse_from(argv).map_err(|e| match e.kind() {
        clap::error::ErrorKind::DisplayHelp => Outcome::Exit {
            code: 0,
            stdout: e.render().to_string(),
            stderr: String::new(),
        },
        clap::error::ErrorKind::UnknownArgument => {
            let arg = e
                .get(clap::error::ContextKind::InvalidArg)
                .map(ToString::to_string)
                .unwrap_or_default();
            bad(format_args!("unrecognised option '{arg}'"))
        }
        _ => Outcome::Exit {
            code: EXIT_BADOPTIONS,
            stdout: String::new(),
            stderr: e.render().to_string(),
        },
    })
}

/// Fills in what neither the command line nor the file gave, and checks the
/// combinations mongod refuses.
fn resolve(args: Args, argv: Vec<String>) -> Result<Options, Outcome> {
    if args.auth {
        return Err(Outcome::Exit {
            code: EXIT_BADOPTIONS,
            stdout: String::new(),
            stderr: "--auth is not supported: SecantusDB has no users or authentication yet (run without --auth, or with --noauth)\n".into(),
        });
    }
    if args.fork && args.logpath.is_none() {
        return Err(bad(
            "BadValue: --fork has to be used with --logpath or --syslog",
        ));
    }
    if args.log_rotate.as_deref() == Some("reopen") && !args.logappend {
        return Err(bad(
            "logRotate method 'reopen' requires logAppend to be set",
        ));
    }
    if args.standalone && args.repl_set.is_some() {
        return Err(bad("--standalone and --replSet cannot be used together"));
    }
    let parameters = startup_parameters(&args.set_parameter)?;
    let time_format = match args.time_stamp_format.as_deref() {
        None => TimeFormat::Local,
        Some(s) => TimeFormat::parse(s)
            .ok_or_else(|| bad(format_args!("Value of logTimestampFormat must be one of iso8601-utc or iso8601-local; not \"{s}\".")))?,
    };
    let log = LogOptions {
        destination: match &args.logpath {
            Some(path) => Destination::File {
                path: path.clone(),
                append: args.logappend,
            },
            None => Destination::Stdout,
        },
        filter: match (&args.log_level, args.verbose) {
            (Some(l), _) => l.clone(),
            (None, 0) => "info".into(),
            (None, 1) => "debug".into(),
            (None, _) => "trace".into(),
        },
        quiet: args.quiet,
        time_format,
    };
    let config = config(&args, argv, parameters)?;
    Ok(Options {
        config,
        log,
        fork: args.fork,
        pid_file: args.pid_file_path.clone(),
    })
}

fn config(
    args: &Args,
    argv: Vec<String>,
    parameters: Vec<(String, String)>,
) -> Result<Config, Outcome> {
    let defaults = Config::default();
    let in_memory = args.in_memory || args.storage_engine.as_deref() == Some("inMemory");
    let gb = if in_memory {
        args.in_memory_size_gb.or(args.wired_tiger_cache_size_gb)
    } else {
        args.wired_tiger_cache_size_gb
    };
    let cache_size_mb = match gb {
        Some(g) if g > 0.0 => ((g * 1024.0) as u64).max(1),
        Some(_) => return Err(bad("the cache size must be greater than 0")),
        None => args.cache_size_mb.unwrap_or(defaults.cache_size_mb),
    };
    let enable_test_commands = args.enable_test_commands
        || parameters
            .iter()
            .any(|(k, v)| k == "enableTestCommands" && matches!(v.as_str(), "1" | "true"));
    let unix_socket = if args.nounixsocket {
        None
    } else {
        let mode = match &args.file_permissions {
            None => 0o700,
            Some(p) => u32::from_str_radix(p.trim_start_matches("0o"), 8).map_err(|_| {
                bad(format_args!(
                    "filePermissions must be an octal number, not {p:?}"
                ))
            })?,
        };
        Some(UnixSocket {
            prefix: args
                .unix_socket_prefix
                .clone()
                .unwrap_or_else(|| PathBuf::from("/tmp")),
            mode,
        })
    };
    let host = match (args.bind_ip_all, args.ipv6) {
        (true, false) => "0.0.0.0".to_string(),
        // `::` takes IPv4 connections too (a dual-stack socket).
        (true, true) => "::".to_string(),
        (false, _) => args.host.clone().unwrap_or(defaults.host),
    };
    let parsed = parsed::document(args, &parameters);
    Ok(Config {
        host,
        port: args.port.unwrap_or(defaults.port),
        storage_path: args.storage_path.clone().unwrap_or(defaults.storage_path),
        in_memory,
        enable_test_commands,
        standalone: args.standalone,
        replica_set_name: args
            .repl_set
            .clone()
            .or_else(|| args.replica_set.clone())
            .unwrap_or(defaults.replica_set_name),
        awaits_initiate: args.repl_set.is_some(),
        cache_size_mb,
        oplog_size_mb: args.oplog_size,
        journal_commit_interval_ms: args
            .journal_commit_interval
            .unwrap_or(defaults.journal_commit_interval_ms),
        max_connections: args
            .max_conns
            .map_or(defaults.max_connections, |n| n as usize),
        unix_socket,
        log_rotate_reopen: args.log_rotate.as_deref() == Some("reopen"),
        remove_storage_on_stop: false,
        argv,
        parsed_options: parsed,
        parameters: parameters
            .into_iter()
            .filter(|(k, _)| k != "enableTestCommands")
            .collect(),
    })
}

/// `--setParameter name=value` pairs, checked against the names this server
/// knows (mongod refuses an unknown one at startup).
fn startup_parameters(list: &[String]) -> Result<Vec<(String, String)>, Outcome> {
    list.iter()
        .map(|p| {
            let Some((k, v)) = p.split_once('=') else {
                return Err(bad(format_args!("--setParameter {p}: expected name=value")));
            };
            if !STARTUP_PARAMETERS.contains(&k) {
                return Err(Outcome::Exit {
                    code: EXIT_BADOPTIONS,
                    stdout: String::new(),
                    stderr: format!("Illegal --setParameter parameter: \"{k}\"\n"),
                });
            }
            Ok((k.to_string(), v.to_string()))
        })
        .collect()
}
