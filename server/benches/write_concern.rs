//! `make bench-more` (write concern): what durable-by-default costs. A
//! replica-set member's default write concern is `{w: "majority"}`, which
//! waits for the journal; `{w: 1}` does not (the journal catches up within
//! `--journalCommitInterval`). On an on-disk store, release binary:
//! `insert` of one ~120-byte document per command with `{w: 1}`, with no
//! write concern (the default) and with `{w: 1, j: true}`, at 1 and 16
//! concurrent clients; throughput and per-write latency (p50/p99).
//!
//! With `BASELINE_BIN=<path>`, the default write concern is also measured
//! against that binary in the same run (an older build, before the
//! default journaled). BENCH_SECS sets each run's length (default 3),
//! BENCH_REPS the number of alternating runs (default 3). The table goes to
//! stdout and to `reports/bench-write-concern.md`.

use bson::{doc, Bson, Document};
use mongodb::Client;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const THIS_BIN: &str = env!("CARGO_BIN_EXE_secantusdb-rs");

async fn start(bin: &Path) -> (Child, Client, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin)
        .args(["--port", "0", "--storage-path"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn server");
    let addr = ready_address(&mut child);
    let client = Client::with_uri_str(format!(
        "mongodb://{addr}/?directConnection=true&maxPoolSize=32"
    ))
    .await
    .unwrap();
    (child, client, dir)
}

/// Inserts from `clients` concurrent tasks for `secs` seconds; returns
/// (writes per second, per-write latencies in µs).
async fn run(bin: &Path, wc: Option<Document>, clients: usize, secs: f64) -> (f64, Vec<f64>) {
    let (mut child, client, _dir) = start(bin).await;
    let db = client.database("bench");
    db.create_collection("c").await.unwrap();
    let cmd = move |i: i64| {
        let mut c = doc! { "insert": "c", "documents": [{ "i": i, "pad": "x".repeat(100) }] };
        if let Some(wc) = &wc {
            c.insert("writeConcern", Bson::Document(wc.clone()));
        }
        c
    };
    let started = Instant::now();
    let mut tasks = Vec::new();
    for t in 0..clients {
        let db = db.clone();
        let cmd = cmd.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            // Half a second of warm-up is not counted.
            let warm_until = Instant::now() + Duration::from_millis(500);
            let end = warm_until + Duration::from_secs_f64(secs);
            let mut i = (t as i64) << 40;
            loop {
                let now = Instant::now();
                if now >= end {
                    break;
                }
                db.run_command(cmd(i)).await.unwrap();
                if now >= warm_until {
                    lat.push(now.elapsed().as_secs_f64() * 1e6);
                }
                i += 1;
            }
            lat
        }));
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await.unwrap());
    }
    let measured = started.elapsed().as_secs_f64() - 0.5;
    client.shutdown().immediate(true).await;
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    lat.sort_by(f64::total_cmp);
    (lat.len() as f64 / measured, lat)
}

fn pct(v: &[f64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
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
    let mut cases: Vec<(String, PathBuf, Option<Document>)> = vec![
        ("`{w: 1}`".into(), this.clone(), Some(doc! { "w": 1 })),
        ("default (`{w: \"majority\"}`)".into(), this.clone(), None),
        (
            "`{w: 1, j: true}`".into(),
            this.clone(),
            Some(doc! { "w": 1, "j": true }),
        ),
    ];
    if let Some(b) = &baseline {
        cases.push((
            format!(
                "default, baseline `{}`",
                b.file_name().unwrap_or_default().to_string_lossy()
            ),
            b.clone(),
            None,
        ));
    }
    let mut md = String::new();
    md.push_str("# Write concern: what durable-by-default costs\n\n");
    md.push_str(&format!(
        "`make bench-more` on {}; load average before: {}. Release binary, on-disk store, `insert` of one \
         ~120-byte document per command; {reps} alternating runs of {secs} s (after 0.5 s of warm-up), \
         medians of the rates, latencies from the median run.\n\n",
        std::env::consts::ARCH,
        load()
    ));
    md.push_str(
        "| write concern | clients | writes/s | p50 µs | p99 µs |\n|---|---|---|---|---|\n",
    );
    for clients in [1usize, 16] {
        let mut results: Vec<Vec<(f64, Vec<f64>)>> = vec![Vec::new(); cases.len()];
        for _ in 0..reps {
            for (i, (_, bin, wc)) in cases.iter().enumerate() {
                results[i].push(run(bin, wc.clone(), clients, secs).await);
            }
        }
        for (i, (name, _, _)) in cases.iter().enumerate() {
            let rates: Vec<f64> = results[i].iter().map(|r| r.0).collect();
            let m = median(rates.clone());
            let (_, lat) = results[i]
                .iter()
                .min_by(|a, b| (a.0 - m).abs().total_cmp(&(b.0 - m).abs()))
                .unwrap();
            let row = format!(
                "| {name} | {clients} | {m:.0} | {:.0} | {:.0} |",
                pct(lat, 0.5),
                pct(lat, 0.99)
            );
            println!("{row}");
            md.push_str(&row);
            md.push('\n');
        }
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../reports/bench-write-concern.md");
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
