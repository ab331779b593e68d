//! Ephemeral SecantusDB servers for the runners.
//!
//! [`EphemeralServer::start`] runs `secantusdb-rs --host 127.0.0.1 --port 0
//! --in-memory --enable-test-commands`, waits for its log line "Waiting for
//! connections" (mongod's id 23016, with the port) and stops it with SIGTERM
//! (by PID) when dropped. The log after that line is read and dropped, so a
//! chatty server cannot block on a full pipe.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

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
}

impl EphemeralServer {
    /// Starts a server from `bin` and waits until it listens.
    pub fn start(bin: &Path) -> Result<Self, String> {
        let mut child = Command::new(bin)
            .args([
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--in-memory",
                "--enable-test-commands",
            ])
            .env(
                "RUST_LOG",
                std::env::var("SECANTUS_SERVER_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        drain(stderr);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            // The server's log, one JSON line each, until mongod's
            // "Waiting for connections" (id 23016); then the rest is read
            // and dropped, so the server never waits on a full pipe.
            let mut lines = BufReader::new(stdout);
            let mut last = String::new();
            let found = loop {
                let mut line = String::new();
                match lines.read_line(&mut line) {
                    Ok(0) => break Err(format!("the server exited; last line: {}", last.trim())),
                    Ok(_) if line.contains("\"id\":23016") => break Ok(line),
                    Ok(_) => last = line,
                    Err(e) => break Err(format!("reading server output: {e}")),
                }
            };
            let _ = tx.send(found);
            let mut sink = Vec::new();
            let _ = lines.read_to_end(&mut sink);
        });
        let line = match rx.recv_timeout(START_TIMEOUT) {
            Ok(Ok(line)) => line,
            Ok(Err(e)) => return Err(stop_with(child, e)),
            Err(_) => {
                return Err(stop_with(
                    child,
                    "server did not report its address in time".into(),
                ))
            }
        };
        let port = serde_json::from_str::<serde_json::Value>(&line)
            .ok()
            .and_then(|v| v["attr"]["port"].as_u64());
        match port {
            Some(port) => {
                let addr = format!("127.0.0.1:{port}");
                if let Ok(mut live) = LIVE.lock() {
                    live.insert(child.id());
                }
                Ok(EphemeralServer {
                    child,
                    address: addr.to_string(),
                })
            }
            _ => Err(stop_with(
                child,
                format!("no port in the server's ready line: {:?}", line.trim()),
            )),
        }
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

fn stop_with(mut child: Child, msg: String) -> String {
    let _ = child.kill();
    let _ = child.wait();
    msg
}
