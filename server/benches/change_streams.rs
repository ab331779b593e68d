//! `make bench-more` (change streams): what the oplog costs a writer and how fast
//! an event reaches a waiting reader, measured on the release binary with
//! explicit `w: 1` writes, on an on-disk and on an in-memory store.
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
//! alternating runs (default 3). The tables go to stdout and to
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
    /// The writer's client.
    client: Client,
    /// The stream readers' client: its own pool, so parked getMores never
    /// keep the writer waiting for a connection.
    readers: Client,
    _dir: tempfile::TempDir,
}

async fn start(bin: &Path, in_memory: bool) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(bin);
    cmd.args(["--port", "0", "--storage-path"]).arg(dir.path());
    if in_memory {
        cmd.arg("--in-memory");
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn server");
    let addr = ready_address(&mut child);
    let client = Client::with_uri_str(format!("mongodb://{addr}/?directConnection=true"))
        .await
        .unwrap();
    let readers = Client::with_uri_str(format!(
        "mongodb://{addr}/?directConnection=true&maxPoolSize=64"
    ))
    .await
    .unwrap();
    Running {
        child,
        client,
        readers,
        _dir: dir,
    }
}

async fn stop(mut r: Running) {
    // Clients shut down first, so nothing of theirs lingers in this process
    // (monitors, pool workers) to disturb the next run.
    r.client.clone().shutdown().immediate(true).await;
    r.readers.clone().shutdown().immediate(true).await;
    let _ = Command::new("kill")
        .args(["-TERM", &r.child.id().to_string()])
        .status();
    let _ = r.child.wait();
}

/// Inserts for `secs` seconds with `streams` change streams being read;
/// returns inserts per second.
async fn insert_rate(bin: &Path, in_memory: bool, streams: usize, secs: f64) -> f64 {
    let r = start(bin, in_memory).await;
    let db = r.client.database("bench");
    db.create_collection("c").await.unwrap();
    let stop_flag = Arc::new(AtomicBool::new(false));
    let mut readers = Vec::new();
    for _ in 0..streams {
        let mut cs = r
            .readers
            .database("bench")
            .collection::<Document>("c")
            .watch()
            .max_await_time(Duration::from_millis(100))
            .await
            .unwrap();
        let stop_flag = stop_flag.clone();
        readers.push(tokio::spawn(async move {
            while !stop_flag.load(Ordering::Relaxed) {
                if cs.next_if_any().await.is_err() {
                    break;
                }
            }
        }));
    }
    // Half a second of warm-up (connections, caches) is not counted.
    let warm = Instant::now();
    let mut n = 0u64;
    while warm.elapsed() < Duration::from_millis(500) {
        db.run_command(
            doc! { "insert": "c", "documents": [{ "i": -1i64 }], "writeConcern": { "w": 1 } },
        )
        .await
        .unwrap();
    }
    let started = Instant::now();
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
    stop(r).await;
    rate
}

/// Per write, in microseconds (each sorted): from sending it to its
/// acknowledgement, and from sending it to its event reaching the reader.
async fn event_latencies(bin: &Path, samples: usize) -> (Vec<f64>, Vec<f64>) {
    let r = start(bin, false).await;
    let db = r.client.database("bench");
    db.create_collection("c").await.unwrap();
    let mut cs = r
        .readers
        .database("bench")
        .collection::<Document>("c")
        .watch()
        .await
        .unwrap();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Instant>();
    let reader = tokio::spawn(async move {
        for _ in 0..samples {
            cs.next().await.unwrap().unwrap();
            tx.send(Instant::now()).unwrap();
        }
    });
    let mut acks = Vec::with_capacity(samples);
    let mut events = Vec::with_capacity(samples);
    for i in 0..samples {
        // Let the reader park in getMore before each write.
        tokio::time::sleep(Duration::from_millis(3)).await;
        let sent = Instant::now();
        db.run_command(
            doc! { "insert": "c", "documents": [{ "i": i as i64 }], "writeConcern": { "w": 1 } },
        )
        .await
        .unwrap();
        acks.push(sent.elapsed().as_secs_f64() * 1e6);
        let arrived = rx.recv().await.unwrap();
        events.push(arrived.saturating_duration_since(sent).as_secs_f64() * 1e6);
    }
    reader.await.unwrap();
    stop(r).await;
    acks.sort_by(f64::total_cmp);
    events.sort_by(f64::total_cmp);
    (acks, events)
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

/// Insert throughput with 0, 1 and 10 streams, against the baseline when
/// there is one: a markdown table.
async fn table(
    this: &Path,
    baseline: Option<&Path>,
    in_memory: bool,
    reps: usize,
    secs: f64,
) -> String {
    let mut md = String::from("| open streams | this build (inserts/s) |");
    if baseline.is_some() {
        md.push_str(" baseline (inserts/s) | this / baseline |");
    }
    md.push_str("\n|---|---|");
    if baseline.is_some() {
        md.push_str("---|---|");
    }
    md.push('\n');
    for streams in [0usize, 1, 10] {
        let mut ours = Vec::new();
        let mut theirs = Vec::new();
        for _ in 0..reps {
            ours.push(insert_rate(this, in_memory, streams, secs).await);
            if let Some(b) = baseline {
                // The baseline has no change streams: it runs without them.
                theirs.push(insert_rate(b, in_memory, 0, secs).await);
            }
        }
        let o = median(ours);
        let mut row = format!("| {streams} | {o:.0} |");
        if baseline.is_some() {
            let t = median(theirs);
            row.push_str(&format!(" {t:.0} | {:.2} |", o / t));
        }
        println!("{}: {row}", if in_memory { "in-memory" } else { "on-disk" });
        md.push_str(&row);
        md.push('\n');
    }
    md
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
        "`make bench-more` on {}; load average before: {}. Release binaries, one client, `insert` of one \
         ~120-byte document per command with `writeConcern: {{w: 1}}`; {reps} alternating runs of \
         {secs} s each (after 0.5 s of warm-up), medians.\n",
        std::env::consts::ARCH,
        load(),
    ));
    if let Some(b) = &baseline {
        md.push_str(&format!(
            "Baseline: `{}`.\n",
            b.file_name().unwrap_or_default().to_string_lossy()
        ));
    }
    for in_memory in [false, true] {
        md.push_str(if in_memory {
            "\n## In-memory store\n\n"
        } else {
            "\n## On-disk store\n\n"
        });
        md.push_str(&table(&this, baseline.as_deref(), in_memory, reps, secs).await);
    }
    let (acks, events) = event_latencies(&this, 1000).await;
    let line = format!(
        "\n1000 writes, each with a reader parked in `getMore`: write sent → acknowledged p50 {:.0} µs, p99 {:.0} µs; \
         write sent → its event at the reader p50 {:.0} µs, p99 {:.0} µs (the event often arrives before the acknowledgement \
         is read, so the difference, ack → event, is p50 {:.0} µs).\n",
        pct(&acks, 0.5),
        pct(&acks, 0.99),
        pct(&events, 0.5),
        pct(&events, 0.99),
        (pct(&events, 0.5) - pct(&acks, 0.5)).max(0.0)
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

/// The address the server reports once it listens: mongod's "Waiting for
/// connections" log line (id 23016, the port in `attr.port`), or the
/// `listening on HOST:PORT` line of builds before the JSON log (a
/// baseline binary may be one). A thread drains the rest of its output.
fn ready_address(child: &mut std::process::Child) -> String {
    let mut lines = BufReader::new(child.stdout.take().unwrap());
    loop {
        let mut line = String::new();
        assert!(lines.read_line(&mut line).unwrap() > 0, "server exited");
        let addr = if let Some(a) = line.trim().strip_prefix("listening on ") {
            a.to_string()
        } else if line.contains("\"id\":23016") {
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            format!("127.0.0.1:{}", v["attr"]["port"])
        } else {
            continue;
        };
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut lines, &mut std::io::sink());
        });
        return addr;
    }
}
