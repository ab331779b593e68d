//! The server's log, written as mongod 4.4+ writes it: one JSON object per
//! line (`{"t":{"$date":…},"s":"I","c":"NETWORK","id":23016,"ctx":"listener",
//! "msg":"Waiting for connections","attr":{"port":27017}}`).
//!
//! It sits beside the request path, not in it: code anywhere emits `tracing`
//! events (the component as the event's `target`, mongod's message id as an
//! `id` field, the thread context as an optional `ctx` field, everything
//! else as `attr`), the [`layer::MongoLayer`] formats them and the
//! [`sink::Sink`] writes them — to standard output, as mongod does without
//! `--logpath`, or to a file that `logRotate` renames or reopens. A writer
//! thread does the writing, so a stalled reader of standard output never
//! blocks a command. The most recent lines are kept in memory for `getLog`.

pub mod layer;
pub mod line;
pub mod sink;

pub use line::TimeFormat;
pub use sink::{recent_lines, rotate, Destination, RotateMode};

use std::sync::atomic::AtomicU64;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// mongod's `slowms`: a command that runs this many milliseconds or more
/// is logged as a slow query (the `profile` command sets it).
pub static SLOW_MS: AtomicU64 = AtomicU64::new(100);

/// How the binary sets up its log (`--logpath`, `--logappend`, `--quiet`,
/// `-v`, `--timeStampFormat`).
#[derive(Debug, Clone)]
pub struct LogOptions {
    pub destination: Destination,
    /// A `tracing` filter: `info`, `debug`, … (`-v` raises it).
    pub filter: String,
    /// `--quiet`: leave out connection and client-metadata lines as mongod
    /// does.
    pub quiet: bool,
    pub time_format: TimeFormat,
}

/// Installs the log for the process. Fails (with a message for the user)
/// when the log file cannot be opened.
pub fn init(opts: &LogOptions) -> Result<(), String> {
    sink::open(&opts.destination)?;
    let layer = layer::MongoLayer::new(opts.quiet, opts.time_format);
    // A plain level needs no directive parser (`EnvFilter` compiles a
    // regular expression to read one, which an idle server would keep
    // resident); a filter with targets gets the full parser.
    let result = match opts
        .filter
        .parse::<tracing_subscriber::filter::LevelFilter>()
    {
        Ok(level) => tracing_subscriber::registry()
            .with(level)
            .with(layer)
            .try_init(),
        Err(_) => {
            let filter = tracing_subscriber::EnvFilter::try_new(&opts.filter)
                .map_err(|e| format!("bad log level {:?}: {e}", opts.filter))?;
            tracing_subscriber::registry()
                .with(filter)
                .with(layer)
                .try_init()
        }
    };
    result.map_err(|e| format!("cannot install the log: {e}"))
}

/// Waits (briefly) until every line logged so far has been written, so the
/// last lines reach the file before the process exits.
pub fn flush() {
    sink::flush();
}
