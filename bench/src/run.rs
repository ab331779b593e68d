//! One measurement: a workload at a concurrency, through one client kind,
//! against one server, for a fixed time after a warm-up. It counts the
//! operations and documents that completed inside the window, each
//! operation's latency, and the CPU time the server and this process used
//! over the window (from `/proc`).

use crate::raw::RawConn;
use crate::workloads::{driver_op, raw_op, DriverColls, Shape, Workload};
use rand::SeedableRng;
use secantus_bench::target::{cpu_micros, Target};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClientKind {
    /// The raw OP_MSG client (`raw.rs`).
    Raw,
    /// The official Rust driver.
    Driver,
}

impl ClientKind {
    pub fn label(self) -> &'static str {
        match self {
            ClientKind::Raw => "raw",
            ClientKind::Driver => "driver",
        }
    }
}

/// A server's clients, kept across measurements.
pub struct Clients {
    pub driver: mongodb::Client,
    raw: Vec<RawConn>,
    addr: String,
}

impl Clients {
    pub async fn new(target: &Target) -> Result<Clients, String> {
        let driver = mongodb::Client::with_uri_str(&target.uri)
            .await
            .map_err(|e| format!("{}: {e}", target.uri))?;
        Ok(Clients {
            driver,
            raw: Vec::new(),
            addr: target.addr.clone(),
        })
    }

    async fn take_raw(&mut self, n: usize) -> Result<Vec<RawConn>, String> {
        while self.raw.len() < n {
            self.raw.push(RawConn::connect(&self.addr).await?);
        }
        Ok(self.raw.drain(..n).collect())
    }
}

/// What one measurement saw.
#[derive(Clone, Debug, Default)]
pub struct Sample {
    pub ops: u64,
    pub docs: u64,
    pub secs: f64,
    pub latencies_us: Vec<f64>,
    pub server_cpu_us: Option<f64>,
    pub client_cpu_us: Option<f64>,
    pub rss_mb: Option<f64>,
}

/// The measurement window, shared with the tasks: it opens at `start` and
/// closes when `stop` is set (after `secs`, or later if too few operations
/// have completed by then, so slow operations are measured, not missed).
struct Window {
    start: Instant,
    stop: AtomicBool,
    completed: AtomicU64,
}

#[derive(Default)]
struct TaskResult {
    ops: u64,
    docs: u64,
    latencies_us: Vec<f64>,
}

/// Counts an operation that completed inside the window (whenever it
/// began: throughput is completions over the window's length).
fn record(r: &mut TaskResult, w: &Window, began: Instant, docs: u64) {
    let done = Instant::now();
    if done >= w.start && !w.stop.load(Ordering::Acquire) {
        w.completed.fetch_add(1, Ordering::Relaxed);
        r.ops += 1;
        r.docs += docs;
        r.latencies_us.push((done - began).as_secs_f64() * 1e6);
    }
}

/// Runs `workload` from `conc` concurrent clients: `warmup`, then `secs`
/// measured.
#[allow(clippy::too_many_arguments)]
pub async fn measure(
    target: &Target,
    clients: &mut Clients,
    kind: ClientKind,
    workload: Workload,
    shape: Arc<Shape>,
    conc: usize,
    warmup: Duration,
    secs: Duration,
    seed: u64,
) -> Result<Sample, String> {
    let start = Instant::now() + warmup;
    let window = Arc::new(Window {
        start,
        stop: AtomicBool::new(false),
        completed: AtomicU64::new(0),
    });
    let mut tasks = tokio::task::JoinSet::new();
    match kind {
        ClientKind::Raw => {
            for (t, mut conn) in clients.take_raw(conc).await?.into_iter().enumerate() {
                let (w, shape) = (window.clone(), shape.clone());
                tasks.spawn(async move {
                    let mut rng = rand::rngs::StdRng::seed_from_u64(seed ^ (t as u64) << 32);
                    let mut r = TaskResult::default();
                    let mut failed = None;
                    while !w.stop.load(Ordering::Acquire) {
                        let began = Instant::now();
                        match raw_op(workload, &shape, &mut conn, &mut rng).await {
                            Ok(n) => record(&mut r, &w, began, n),
                            Err(e) => {
                                failed = Some(e);
                                break;
                            }
                        }
                    }
                    (Some(conn), r, failed)
                });
            }
        }
        ClientKind::Driver => {
            let colls = DriverColls::new(&clients.driver, shape.concern);
            for t in 0..conc {
                let (w, shape, colls) = (window.clone(), shape.clone(), colls.clone());
                tasks.spawn(async move {
                    let mut rng = rand::rngs::StdRng::seed_from_u64(seed ^ (t as u64) << 32);
                    let mut r = TaskResult::default();
                    let mut failed = None;
                    while !w.stop.load(Ordering::Acquire) {
                        let began = Instant::now();
                        match driver_op(workload, &shape, &colls, &mut rng).await {
                            Ok(n) => record(&mut r, &w, began, n),
                            Err(e) => {
                                failed = Some(e);
                                break;
                            }
                        }
                    }
                    (None, r, failed)
                });
            }
        }
    }
    tokio::time::sleep_until(window.start.into()).await;
    let server_before = target.cpu_micros();
    let client_before = cpu_micros("/proc/self/stat");
    tokio::time::sleep_until((start + secs).into()).await;
    // Long operations (a scan of the whole collection at 16 clients) need
    // more than a short window: it stays open until each client has
    // completed two on average, so the CPU measured over the window is
    // not dominated by the operations cut at its edges.
    let min_ops = (2 * conc as u64).max(4);
    while window.completed.load(Ordering::Relaxed) < min_ops {
        if start.elapsed() > Duration::from_secs(120) {
            window.stop.store(true, Ordering::Release);
            return Err(format!(
                "{}: fewer than {min_ops} operations completed in 120 s",
                workload.name()
            ));
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let server_after = target.cpu_micros();
    let client_after = cpu_micros("/proc/self/stat");
    window.stop.store(true, Ordering::Release);
    let mut sample = Sample {
        secs: start.elapsed().as_secs_f64(),
        server_cpu_us: server_before.zip(server_after).map(|(a, b)| b - a),
        client_cpu_us: client_before.zip(client_after).map(|(a, b)| b - a),
        ..Sample::default()
    };
    let mut error = None;
    while let Some(joined) = tasks.join_next().await {
        let (conn, r, failed) = joined.map_err(|e| format!("client task: {e}"))?;
        if let Some(c) = conn {
            clients.raw.push(c);
        }
        sample.ops += r.ops;
        sample.docs += r.docs;
        sample.latencies_us.extend(r.latencies_us);
        error = error.or(failed);
    }
    if let Some(e) = error {
        return Err(format!("{} over {}: {e}", workload.name(), kind.label()));
    }
    sample.rss_mb = target.rss_mb();
    Ok(sample)
}
