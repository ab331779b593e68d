//! Ephemeral SecantusDB servers for the runners.
//!
//! [`EphemeralServer::start`] runs `secantusdb-rs --host 127.0.0.1 --port 0
//! --in-memory --enable-test-commands --logpath FILE`, waits for
//! its log line "Waiting for connections" (mongod's id 23016, with the port)
//! in that file and stops it with SIGTERM (by PID) when dropped.
//!
//! Each server's log is kept for the report: `logs/<name>.log` under the
//! results directory (`SECANTUS_LOG_DIR` overrides), named by the runner
//! after the spec file or pytest shard the server serves; the second server
//! of a name in one run writes `<name>.2.log`, and so on (a file is never
//! shared, so the port is read from the right server's line).
//! `SECANTUS_SERVER_LOG` is passed as the server's own `--log-level` (e.g.
//! `debug`, or a tracing filter).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a server may take to print its address.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a server gets to stop after SIGTERM before it is killed.
const STOP_TIMEOUT: Duration = Duration::from_secs(10);

/// PIDs of the servers this process started and has not stopped yet.
static LIVE: Mutex<BTreeSet<u32>> = Mutex::new(BTreeSet::new());

/// Sends SIGTERM to every server still running; for signal handlers, so an
/// interrupted run does not leave servers behind.
pub fn terminate_all() {
    let pids: Vec<u32> = LIVE
        .lock()
        .map(|l| l.iter().copied().collect())
        .unwrap_or_default();
    for pid in pids {
        let _ = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
    }
}

/// Stops all servers and exits when the runner gets SIGINT or SIGTERM.
pub fn stop_servers_on_signal() {
    std::thread::spawn(|| {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        rt.block_on(async {
            use tokio::signal::unix::{signal, SignalKind};
            let (Ok(mut term), Ok(mut int)) = (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            ) else {
                return;
            };
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        });
        terminate_all();
        std::process::exit(130);
    });
}

/// A server process owned by the harness.
#[derive(Debug)]
pub struct EphemeralServer {
    child: Child,
    /// `host:port` as printed by the server.
    pub address: String,
    /// Its log file (relative to the workspace root when inside it).
    pub log: String,
}

impl EphemeralServer {
    /// Starts a server from `bin`, logging to `logs/<log_name>.log`, and
    /// waits until it listens.
    pub fn start(bin: &Path, log_name: &str) -> Result<Self, String> {
        Self::start_with(bin, log_name, &[])
    }

    /// [`EphemeralServer::start`] with more arguments (`--standalone`).
    pub fn start_with(bin: &Path, log_name: &str, extra: &[&str]) -> Result<Self, String> {
        let log = log_file(log_name);
        if let Some(dir) = log.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        // A file left by an earlier run of the harness is replaced.
        let _ = std::fs::remove_file(&log);
        let mut cmd = Command::new(bin);
        cmd.args([
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--in-memory",
            "--enable-test-commands",
        ])
        .args(extra)
        .arg("--logpath")
        .arg(&log);
        if let Some(level) = std::env::var("SECANTUS_SERVER_LOG")
            .ok()
            .filter(|l| !l.trim().is_empty())
        {
            cmd.arg("--log-level").arg(level);
        }
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
        // Anything the server prints outside its log (a panic, a refused
        // option) is read so it cannot block on a full pipe; the log file
        // says what happened.
        drain(child.stdout.take().expect("stdout is piped"));
        drain(child.stderr.take().expect("stderr is piped"));
        let port = match wait_for_port(&mut child, &log) {
            Ok(port) => port,
            Err(e) => return Err(stop_with(child, e)),
        };
        if let Ok(mut live) = LIVE.lock() {
            live.insert(child.id());
        }
        Ok(EphemeralServer {
            child,
            address: format!("127.0.0.1:{port}"),
            log: crate::paths::relative_to_root(&log),
        })
    }

    /// `mongodb://host:port/` for this server.
    pub fn uri(&self) -> String {
        format!("mongodb://{}/", self.address)
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.address
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or(0)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the process is still running.
    pub fn is_alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends SIGTERM and waits; kills the process if it does not stop in time.
    pub fn stop(mut self) {
        self.terminate();
    }

    fn terminate(&mut self) {
        if let Ok(mut live) = LIVE.lock() {
            live.remove(&self.child.id());
        }
        if !self.is_alive() {
            return;
        }
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = std::time::Instant::now() + STOP_TIMEOUT;
        while std::time::Instant::now() < deadline {
            if !self.is_alive() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for EphemeralServer {
    fn drop(&mut self) {
        self.terminate();
    }
}

fn drain(mut from: impl Read + Send + 'static) {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while matches!(from.read(&mut buf), Ok(n) if n > 0) {}
    });
}

/// The log file of the next server named `name` in this process:
/// `<name>.log`, then `<name>.2.log`, …
fn log_file(name: &str) -> PathBuf {
    static USED: Mutex<BTreeMap<String, usize>> = Mutex::new(BTreeMap::new());
    let n = {
        let mut used = USED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = used.entry(name.to_string()).or_insert(0);
        *count += 1;
        *count
    };
    let file = if n == 1 {
        format!("{name}.log")
    } else {
        format!("{name}.{n}.log")
    };
    crate::paths::log_dir().join(file)
}

/// Reads the server's log until mongod's "Waiting for
/// connections" line (id 23016) gives the port.
fn wait_for_port(child: &mut Child, log: &Path) -> Result<u16, String> {
    let deadline = Instant::now() + START_TIMEOUT;
    let mut text = String::new();
    loop {
        if let Ok(mut f) = std::fs::File::open(log) {
            text.clear();
            if f.read_to_string(&mut text).is_ok() {
                if let Some(line) = text.lines().find(|l| l.contains("\"id\":23016")) {
                    let port = serde_json::from_str::<serde_json::Value>(line)
                        .ok()
                        .and_then(|v| v["attr"]["port"].as_u64())
                        .and_then(|p| u16::try_from(p).ok());
                    return port
                        .ok_or_else(|| format!("no port in the server's ready line: {line:?}"));
                }
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            let last = text.lines().last().unwrap_or("(nothing)");
            return Err(format!(
                "the server exited ({status}); last log line in {}: {last}",
                log.display()
            ));
        }
        if Instant::now() > deadline {
            return Err("server did not report its address in time".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn stop_with(mut child: Child, msg: String) -> String {
    let _ = child.kill();
    let _ = child.wait();
    msg
}
