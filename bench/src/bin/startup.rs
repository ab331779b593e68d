//! `make bench` (start-up): what an ephemeral server per test costs. The
//! release binary, in memory on port 0 (started as the load generator starts
//! it, `secantus_bench::target::start`): exec → the first successful `ping`
//! (the port read from the log's "Waiting for connections" line), SIGTERM → process
//! exit, and the resident memory of the idle server; then the size of an
//! empty on-disk store after a clean stop.
//!
//! It measures `BENCH_BIN` (default `target/release/secantusdb-rs`, what
//! `make release-bin` builds and users run: a benchmark inside the server's
//! package would measure the server rebuilt with the benchmarks' features,
//! whose code is laid out differently; see server/build.rs).
//! BENCH_STARTS sets the number of starts (default 20); medians are
//! reported. With `BASELINE_BIN=<path>` the same is measured for that
//! binary in the same run, alternating. The table goes to stdout and to
//! `reports/bench-startup.md`.

use secantus_bench::target::{self, Store};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// An OP_MSG `{ping: 1, $db: "admin"}`.
fn ping_message() -> Vec<u8> {
    let body = bson::doc! { "ping": 1, "$db": "admin" }.to_vec().unwrap();
    let len = 16 + 4 + 1 + body.len();
    let mut m = Vec::with_capacity(len);
    m.extend_from_slice(&(len as i32).to_le_bytes());
    m.extend_from_slice(&1i32.to_le_bytes());
    m.extend_from_slice(&0i32.to_le_bytes());
    m.extend_from_slice(&2013i32.to_le_bytes());
    m.extend_from_slice(&0u32.to_le_bytes());
    m.push(0);
    m.extend_from_slice(&body);
    m
}

fn ping(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    if s.write_all(&ping_message()).is_err() {
        return false;
    }
    let mut len = [0u8; 4];
    if s.read_exact(&mut len).is_err() {
        return false;
    }
    let mut rest = vec![0u8; i32::from_le_bytes(len) as usize - 4];
    s.read_exact(&mut rest).is_ok()
}

struct Sample {
    start_ms: f64,
    stop_ms: f64,
    rss_kb: u64,
}

fn one(bin: &Path, measure_rss: bool) -> Sample {
    let dir = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let (mut child, port) = target::start(bin, dir.path(), Store::Memory, &[]).unwrap();
    while !ping(port) {
        std::thread::sleep(Duration::from_micros(200));
    }
    let start_ms = t.elapsed().as_secs_f64() * 1000.0;
    let rss_kb = if measure_rss {
        // Idle: after the start's work has settled.
        std::thread::sleep(Duration::from_secs(1));
        target::rss_kb(child.id()).unwrap_or(0)
    } else {
        0
    };
    let t = Instant::now();
    Command::new("kill")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    child.wait().unwrap();
    let stop_ms = t.elapsed().as_secs_f64() * 1000.0;
    Sample {
        start_ms,
        stop_ms,
        rss_kb,
    }
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    let m = e.metadata().unwrap();
                    if m.is_dir() {
                        dir_size(&e.path())
                    } else {
                        // Blocks actually used (preallocated files count).
                        std::os::unix::fs::MetadataExt::blocks(&m) * 512
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// An empty on-disk store after a start, a `ping` and a clean stop.
fn empty_store_bytes(bin: &Path) -> u64 {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, port) = target::start(bin, dir.path(), Store::Disk, &[]).unwrap();
    while !ping(port) {
        std::thread::sleep(Duration::from_millis(1));
    }
    Command::new("kill")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    child.wait().unwrap();
    dir_size(dir.path())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

struct Figures {
    start_ms: f64,
    start_max_ms: f64,
    stop_ms: f64,
    rss_mb: f64,
    store_mb: f64,
}

fn figures(samples: &[Sample], store: u64) -> Figures {
    let rss: Vec<f64> = samples
        .iter()
        .filter(|s| s.rss_kb > 0)
        .map(|s| s.rss_kb as f64 / 1024.0)
        .collect();
    Figures {
        start_ms: median(samples.iter().map(|s| s.start_ms).collect()),
        start_max_ms: samples.iter().map(|s| s.start_ms).fold(0.0, f64::max),
        stop_ms: median(samples.iter().map(|s| s.stop_ms).collect()),
        rss_mb: median(rss),
        store_mb: store as f64 / 1_048_576.0,
    }
}

fn main() {
    let n: usize = std::env::var("BENCH_STARTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let this = PathBuf::from(
        std::env::var("BENCH_BIN").unwrap_or_else(|_| "target/release/secantusdb-rs".into()),
    );
    let baseline = std::env::var("BASELINE_BIN").ok().map(PathBuf::from);
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..n {
        // Idle RSS from every fifth start (each costs a second of idling).
        let rss = i % 5 == 0;
        ours.push(one(&this, rss));
        if let Some(b) = &baseline {
            theirs.push(one(b, rss));
        }
    }
    let mut rows = vec![(
        "this build".to_string(),
        figures(&ours, empty_store_bytes(&this)),
    )];
    if let Some(b) = &baseline {
        rows.push((
            format!("baseline `{}`", b.display()),
            figures(&theirs, empty_store_bytes(b)),
        ));
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut out = String::new();
    out.push_str("# Start-up (make bench)\n\n");
    out.push_str(&format!(
        "`{}`, in memory, port 0, {n} starts (medians); machine load at the end: {}.\n\
         Start = exec → first successful `ping`; stop = SIGTERM → exit; RSS = idle resident \
         memory a second after the start; store = an empty on-disk store after a clean stop.\n\n",
        this.display(),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    ));
    out.push_str("| binary | start ms (median) | start ms (max) | stop ms | idle RSS MB | empty store MB |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for (name, f) in &rows {
        out.push_str(&format!(
            "| {name} | {:.1} | {:.1} | {:.1} | {:.1} | {:.2} |\n",
            f.start_ms, f.start_max_ms, f.stop_ms, f.rss_mb, f.store_mb
        ));
    }
    print!("{out}");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../reports/bench-startup.md");
    std::fs::write(path, out).unwrap();
}
