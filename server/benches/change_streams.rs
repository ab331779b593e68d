//! `make bench` (change streams): what the oplog costs a writer and how fast
//! an event reaches a waiting reader, measured on the release binary with
//! an on-disk store and explicit `w: 1` writes.
//!
//! - `insert_one` throughput (one client, one document per command) with 0,
//!   1 and 10 change streams open and being read;
//! - with `BASELINE_BIN=<path>` the same workloads against that binary (an
//!   older build, e.g. the last one before the oplog) in the same run,
//!   alternating runs, with the ratio of medians;
//! - the latency from a write's acknowledgement to its event arriving at a
//!   reader parked in `getMore` (p50/p99).
//!
//! BENCH_SECS sets each run's length (default 3), BENCH_REPS the number of
//! alternating runs (default 3). The table goes to stdout and to
//! `reports/bench-change-streams.md`.

#![allow(clippy::too_many_lines)]

use bson::{doc, Document};
use futures_util::StreamExt;
use mongodb::Client;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const THIS_BIN: &str = env!("CARGO_BIN_EXE_secantusdb-rs");

struct Running {
    child: Child,
    client: Client,
    _dir: tempfile::TempDir,
}

async fn start(bin: &Path) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin)
        .args(["--port", "0", "--storage-path"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_string();
    let client = Client::with_uri_str(format!("mongodb://{addr}/?directConnection=true"))
        .await
        .unwrap();
    Running {
        child,
        client,
        _dir: dir,
    }
}

fn stop(mut r: Running) {
    let _ = Command::new("kill")
        .args(["-TERM", &r.child.id().to_string()])
        .status();
    let _ = r.child.wait();
}

/// Inserts for `secs` seconds with `streams` change streams being read;
/// returns inserts per second.
async fn insert_rate(bin: &Path, streams: usize, secs: f64) -> f64 {
    let r = start(bin).await;
    let db = r.client.database("bench");
    db.create_collection("c").await.unwrap();
    let stop_flag = Arc::new(AtomicBool::new(false));
    let mut readers = Vec::new();
    for _ in 0..streams {
        let mut cs = db.collection::<Document>("c").watch().await.unwrap();
        let stop_flag = stop_flag.clone();
        readers.push(tokio::spawn(async move {
            while !stop_flag.load(Ordering::Relaxed) {
                match tokio::time::timeout(Duration::from_millis(200), cs.next()).await {
                    Ok(Some(Ok(_))) | Err(_) => {}
                    _ => break,
                }
            }
        }));
    }
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed().as_secs_f64() < secs {
        db.run_command(doc! { "insert": "c", "documents": [{ "i": n as i64, "pad": "x".repeat(100) }], "writeConcern": { "w": 1 } })
            .await
            .unwrap();
        n += 1;
    }
    let rate = n as f64 / started.elapsed().as_secs_f64();
    stop_flag.store(true, Ordering::Relaxed);
    for h in readers {
        let _ = h.await;
    }
    stop(r);
    rate
}

/// Write acknowledgement to event arrival, in microseconds (sorted).
async fn event_latencies(bin: &Path, samples: usize) -> Vec<f64> {
    let r = start(bin).await;
    let db = r.client.database("bench");
    db.create_collection("c").await.unwrap();
    let mut cs = db.collection::<Document>("c").watch().await.unwrap();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Instant>();
    let reader = tokio::spawn(async move {
        for _ in 0..samples {
            cs.next().await.unwrap().unwrap();
            tx.send(Instant::now()).unwrap();
        }
    });
    let mut out = Vec::with_capacity(samples);
    for i in 0..samples {
        // Let the reader park in getMore before each write.
        tokio::time::sleep(Duration::from_millis(3)).await;
        db.run_command(
            doc! { "insert": "c", "documents": [{ "i": i as i64 }], "writeConcern": { "w": 1 } },
        )
        .await
        .unwrap();
        let acked = Instant::now();
        let arrived = rx.recv().await.unwrap();
        out.push(arrived.saturating_duration_since(acked).as_secs_f64() * 1e6);
    }
    reader.await.unwrap();
    stop(r);
    out.sort_by(f64::total_cmp);
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn pct(v: &[f64], p: f64) -> f64 {
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let secs: f64 = std::env::var("BENCH_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3.0);
    let reps: usize = std::env::var("BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let this = PathBuf::from(THIS_BIN);
    let baseline = std::env::var("BASELINE_BIN").ok().map(PathBuf::from);
    let mut md = String::new();
    md.push_str("# Change streams: insert cost and event latency\n\n");
    md.push_str(&format!(
        "`make bench` on {}; load average before: {}. Release binaries, on-disk store, one client, \
         `insert` of one ~120-byte document per command with `writeConcern: {{w: 1}}`; {reps} \
         alternating runs of {secs} s each, medians.\n\n",
        std::env::consts::ARCH,
        load()
    ));
    md.push_str("| open streams | this build (inserts/s) |");
    if baseline.is_some() {
        md.push_str(" baseline (inserts/s) | this / baseline |");
    }
    md.push_str("\n|---|---|");
    if baseline.is_some() {
        md.push_str("---|---|");
    }
    md.push('\n');
    let mut base_zero = None;
    for streams in [0usize, 1, 10] {
        let mut ours = Vec::new();
        let mut theirs = Vec::new();
        for _ in 0..reps {
            ours.push(insert_rate(&this, streams, secs).await);
            if let Some(b) = &baseline {
                // The baseline has no change streams: it runs without them.
                theirs.push(insert_rate(b, 0, secs).await);
            }
        }
        let o = median(ours);
        let mut row = format!("| {streams} | {o:.0} |");
        if baseline.is_some() {
            let t = median(theirs);
            base_zero.get_or_insert(t);
            row.push_str(&format!(" {t:.0} | {:.2} |", o / t));
        }
        println!("{row}");
        md.push_str(&row);
        md.push('\n');
    }
    let lat = event_latencies(&this, 1000).await;
    let line = format!(
        "\nWrite acknowledged → event delivered to a waiting `getMore` (1000 writes): p50 {:.0} µs, p99 {:.0} µs.\n",
        pct(&lat, 0.5),
        pct(&lat, 0.99)
    );
    println!("{line}");
    md.push_str(&line);
    if baseline.is_some() {
        md.push_str(
            "\nThe baseline binary has no oplog; its column is measured without streams.\n",
        );
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../reports/bench-change-streams.md");
    std::fs::write(&out, md).unwrap();
    println!("written to {}", out.display());
}
