//! The servers a benchmark runs against: this build (spawned), a baseline
//! build (`BASELINE_BIN`, spawned the same way) or any server already
//! running (`BASELINE_URI`). For each it knows the process, found by the
//! port it listens on when the bench did not start it, so the server's own
//! CPU time and resident memory can be read from `/proc`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the server keeps its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Store {
    /// WiredTiger on disk with its journal (`--dbpath`).
    Disk,
    /// `--storageEngine inMemory`.
    Memory,
}

impl Store {
    pub fn label(self) -> &'static str {
        match self {
            Store::Disk => "on-disk",
            Store::Memory => "in-memory (`--inMemorySizeGB 4`)",
        }
    }
}

/// One server under test.
pub struct Target {
    /// "this" or "baseline".
    pub role: &'static str,
    /// What it is, for the report (a binary path or the URI without
    /// credentials).
    pub describe: String,
    /// `host:port` to connect to.
    pub addr: String,
    /// The URI the driver client uses.
    pub uri: String,
    /// The server's process, when it runs on this machine.
    pub pid: Option<u32>,
    child: Option<Child>,
    _dir: Option<tempfile::TempDir>,
}

impl Target {
    /// Starts `bin` on a free loopback port with a fresh store.
    pub fn spawn(role: &'static str, bin: &Path, store: Store) -> Result<Target, String> {
        let dir = tempfile::tempdir().map_err(|e| format!("temporary directory: {e}"))?;
        // The write workloads keep adding documents for as long as they
        // run, so the volume grows with the server's speed: an in-memory
        // store must hold all of it (a full one refuses writes with
        // ExceededMemoryLimit, as mongod's does; this server's default
        // in-memory size is 1 GB). 4 GB holds the full profile's writes
        // several times over.
        let size: &[&str] = match store {
            Store::Memory => &["--inMemorySizeGB", "4"],
            Store::Disk => &[],
        };
        let (child, port) = start(bin, dir.path(), store, size)?;
        let addr = format!("127.0.0.1:{port}");
        Ok(Target {
            role,
            describe: bin.display().to_string(),
            uri: format!("mongodb://{addr}/?directConnection=true&maxPoolSize=64"),
            addr,
            pid: Some(child.id()),
            child: Some(child),
            _dir: Some(dir),
        })
    }

    /// A server someone else started: `uri` as given (credentials and
    /// options kept); its process is looked up by port when it is local.
    pub fn external(role: &'static str, uri: &str) -> Result<Target, String> {
        let rest = uri
            .strip_prefix("mongodb://")
            .ok_or_else(|| format!("BASELINE_URI must be a mongodb:// URI, not {uri:?}"))?;
        let hosts = rest.split(['/', '?']).next().unwrap_or_default();
        let host = hosts.rsplit('@').next().unwrap_or(hosts);
        let host = host.split(',').next().unwrap_or(host).to_string();
        let port = host
            .rsplit(':')
            .next()
            .and_then(|p| p.parse::<u16>().ok())
            .unwrap_or(27017);
        let addr = if host.contains(':') {
            host.clone()
        } else {
            format!("{host}:27017")
        };
        let shown = match hosts.rsplit_once('@') {
            Some((_, h)) => format!("mongodb://…@{h}"),
            None => format!("mongodb://{hosts}"),
        };
        Ok(Target {
            role,
            describe: shown,
            uri: uri.to_string(),
            addr,
            pid: pid_listening_on(port),
            child: None,
            _dir: None,
        })
    }

    /// The server's CPU time so far (user + system, all threads), in µs.
    pub fn cpu_micros(&self) -> Option<f64> {
        self.pid
            .and_then(|p| cpu_micros(&format!("/proc/{p}/stat")))
    }

    /// The server's resident set, in MB.
    pub fn rss_mb(&self) -> Option<f64> {
        Some(rss_kb(self.pid?)? as f64 / 1024.0)
    }
}

/// Starts `bin` on a free loopback port over the store in `dir`, and
/// returns once it is listening: the process (its stdout drained by a
/// thread) and the port.
/// `extra` are further command-line options.
pub fn start(bin: &Path, dir: &Path, store: Store, extra: &[&str]) -> Result<(Child, u16), String> {
    let mut cmd = Command::new(bin);
    cmd.args([
        "--bind_ip",
        "127.0.0.1",
        "--port",
        "0",
        "--nounixsocket",
        "--dbpath",
    ])
    .arg(dir)
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    if store == Store::Memory {
        cmd.args(["--storageEngine", "inMemory"]);
    }
    cmd.args(extra);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    match ready_port(&mut child) {
        Ok(port) => Ok((child, port)),
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!("{}: {e}", bin.display()))
        }
    }
}

/// A process's resident set (`VmRSS`), in kB.
pub fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

impl Drop for Target {
    /// Stops a server the bench started as mongod is stopped (SIGTERM, a
    /// clean shutdown), and kills it only if it has not exited in 10 s.
    fn drop(&mut self) {
        let Some(child) = &mut self.child else {
            return;
        };
        let _ = Command::new("kill").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// The port from the server's "Waiting for connections" log line
/// (mongod's id 23016), or an older build's "listening on ADDR" line.
fn ready_port(child: &mut Child) -> Result<u16, String> {
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        let mut sent = false;
        while let Some(Ok(line)) = lines.next() {
            if !sent {
                if let Some(port) = port_in(&line) {
                    let _ = tx.send(port);
                    sent = true;
                }
            }
            // Keep draining so the server never blocks on a full pipe.
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(port) = rx.recv_timeout(Duration::from_millis(50)) {
            return Ok(port);
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("exited before listening ({status})"));
        }
        if Instant::now() > deadline {
            return Err("not listening after 60 s".into());
        }
    }
}

fn port_in(line: &str) -> Option<u16> {
    if line.contains("\"id\":23016") {
        let at = line.find("\"port\":")? + "\"port\":".len();
        let digits: String = line[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        return digits.parse().ok();
    }
    let at = line.find("listening on ")? + "listening on ".len();
    line[at..]
        .split_whitespace()
        .next()?
        .rsplit(':')
        .next()?
        .parse()
        .ok()
}

/// user + system CPU time from a `/proc/…/stat` file, in µs.
pub fn cpu_micros(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) * 1e6 / clock_ticks())
}

/// The kernel's clock tick rate for `/proc` times (USER_HZ): 100 on every
/// Linux architecture the project builds for.
fn clock_ticks() -> f64 {
    100.0
}

/// The process listening on TCP `port` on this machine, found through the
/// socket's inode in `/proc/net/tcp{,6}` and the processes' descriptors.
fn pid_listening_on(port: u16) -> Option<u32> {
    let mut inodes = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split_whitespace().collect();
            // local_address is HEXADDR:HEXPORT, state 0A is LISTEN.
            let (Some(local), Some(state), Some(inode)) = (f.get(1), f.get(3), f.get(9)) else {
                continue;
            };
            let p = local
                .rsplit(':')
                .next()
                .and_then(|h| u16::from_str_radix(h, 16).ok());
            if p == Some(port) && *state == "0A" {
                inodes.push(format!("socket:[{inode}]"));
            }
        }
    }
    if inodes.is_empty() {
        return None;
    }
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Ok(link) = std::fs::read_link(fd.path()) {
                if inodes.iter().any(|i| link.as_os_str() == i.as_str()) {
                    return Some(pid);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_port_from_either_log_format() {
        let json = r#"{"t":{"$date":"2026-12-07T10:00:00.000+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":40123,"ssl":"off"}}"#;
        assert_eq!(port_in(json), Some(40123));
        assert_eq!(port_in("INFO listening on 127.0.0.1:5555"), Some(5555));
        assert_eq!(port_in("something else"), None);
    }

    #[test]
    fn reads_its_own_cpu_time() {
        assert!(cpu_micros("/proc/self/stat").is_some());
    }
}
