//! `make bench`: SecantusDB's load generator. It starts this build of the
//! server (and, when asked, a baseline: `BASELINE_BIN`, an older build
//! started the same way, or `BASELINE_URI`, any server already running),
//! seeds the same data set in each, and measures every workload
//! (`workloads.rs`) through the official Rust driver and through a raw
//! OP_MSG client, at concurrency 1 and 16, alternating the servers run by
//! run. Each figure is a median over the repetitions; a loopback echo gives
//! the floor. The table goes to `reports/bench.md`, the figures to
//! `reports/bench.json` (`target/bench/` for the quick and smoke profiles).
//!
//! Settings (environment): `BENCH_QUICK=1` (one short run of each cell, on
//! disk with `w: 1` only: about two minutes), `BENCH_SMOKE=1` (a few
//! seconds on a small data set: what CI runs to prove the tool works),
//! `BENCH_SECS`, `BENCH_REPS`, `BENCH_DOCS`, `BENCH_ONLY=scan,group`,
//! `BENCH_BIN` (default `target/release/secantusdb-rs`), `BENCH_OUT`.

mod echo;
mod raw;
mod report;
mod run;
mod stats;
mod workloads;

use rand::SeedableRng;
use run::{ClientKind, Clients};
use secantus_bench::target::{Store, Target};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use workloads::{Concern, Shape, Workload};

/// What to run, from the environment.
pub struct Settings {
    pub profile: &'static str,
    pub docs: u64,
    pub secs: Duration,
    pub warmup: Duration,
    pub reps: usize,
    pub conc: Vec<usize>,
    pub workloads: Vec<Workload>,
    /// The stores and, for each, the write concerns its writes run with.
    pub plan: Vec<(Store, Vec<Concern>)>,
    pub bin: PathBuf,
    pub baseline_bin: Option<PathBuf>,
    pub baseline_uri: Option<String>,
    pub out: PathBuf,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn env_num<T: std::str::FromStr>(name: &str) -> Result<Option<T>, String> {
    env(name)
        .map(|v| v.parse().map_err(|_| format!("{name}={v} is not a number")))
        .transpose()
}

impl Settings {
    fn from_env() -> Result<Settings, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (profile, docs, secs, reps, warmup) = if env("BENCH_SMOKE").is_some() {
            ("smoke", 2_000, 0.1, 1, 0.05)
        } else if env("BENCH_QUICK").is_some() {
            ("quick", 100_000, 0.5, 1, 0.2)
        } else {
            ("full", 100_000, 2.0, 3, 0.3)
        };
        let full = profile == "full";
        let workloads = match env("BENCH_ONLY") {
            Some(list) => list
                .split(',')
                .map(|n| Workload::by_name(n.trim()).ok_or(format!("unknown workload {n:?}")))
                .collect::<Result<Vec<_>, _>>()?,
            None => Workload::ALL.to_vec(),
        };
        let mut plan = vec![(
            Store::Disk,
            if full {
                vec![Concern::W1, Concern::Default]
            } else {
                vec![Concern::W1]
            },
        )];
        if full {
            plan.push((Store::Memory, vec![Concern::W1]));
        }
        let out = env("BENCH_OUT").map_or_else(
            || {
                if full {
                    root.join("reports")
                } else {
                    root.join("target/bench")
                }
            },
            PathBuf::from,
        );
        Ok(Settings {
            profile,
            docs: env_num("BENCH_DOCS")?.unwrap_or(docs),
            secs: Duration::from_secs_f64(env_num("BENCH_SECS")?.unwrap_or(secs)),
            warmup: Duration::from_secs_f64(warmup),
            reps: env_num("BENCH_REPS")?.unwrap_or(reps).max(1),
            conc: vec![1, 16],
            workloads,
            plan,
            bin: env("BENCH_BIN")
                .map_or_else(|| root.join("target/release/secantusdb-rs"), PathBuf::from),
            baseline_bin: env("BASELINE_BIN").map(PathBuf::from),
            baseline_uri: env("BASELINE_URI"),
            out,
        })
    }
}

/// A server and its clients for one store.
struct Server {
    target: Target,
    clients: Clients,
}

async fn start(s: &Settings, store: Store) -> Result<Vec<Server>, String> {
    let mut targets = vec![Target::spawn("this", &s.bin, store)?];
    if let Some(bin) = &s.baseline_bin {
        targets.push(Target::spawn("baseline", bin, store)?);
    } else if let (Some(uri), Store::Disk) = (&s.baseline_uri, store) {
        // A server someone else started runs with whatever store it was
        // given; it is compared on the on-disk rows only.
        targets.push(Target::external("baseline", uri)?);
    }
    let mut servers = Vec::new();
    for target in targets {
        let clients = Clients::new(&target).await?;
        let mut rng = rand::rngs::StdRng::seed_from_u64(42);
        let began = Instant::now();
        workloads::seed(&clients.driver, s.docs, &mut rng).await?;
        eprintln!(
            "bench: {} ({}, {}) seeded {} documents in {:.1} s",
            target.role,
            target.describe,
            store.label(),
            s.docs,
            began.elapsed().as_secs_f64()
        );
        servers.push(Server { target, clients });
    }
    Ok(servers)
}

async fn run_store(
    s: &Settings,
    store: Store,
    concerns: &[Concern],
    cells: &mut Vec<report::Cell>,
) -> Result<(), String> {
    let mut servers = start(s, store).await?;
    for &concern in concerns {
        let shape = Arc::new(Shape {
            docs: i32::try_from(s.docs).map_err(|_| "BENCH_DOCS too large")?,
            concern,
        });
        for &workload in &s.workloads {
            // The default write concern only changes what writes do.
            if concern == Concern::Default && !workload.writes() {
                continue;
            }
            for kind in [ClientKind::Raw, ClientKind::Driver] {
                for &conc in &s.conc {
                    let mut samples: Vec<Vec<run::Sample>> = vec![Vec::new(); servers.len()];
                    for rep in 0..s.reps {
                        // Alternate which server goes first.
                        let order: Vec<usize> = if rep % 2 == 0 {
                            (0..servers.len()).collect()
                        } else {
                            (0..servers.len()).rev().collect()
                        };
                        for i in order {
                            let sv = &mut servers[i];
                            let seed = (rep as u64) << 48 | conc as u64;
                            let sample = run::measure(
                                &sv.target,
                                &mut sv.clients,
                                kind,
                                workload,
                                shape.clone(),
                                conc,
                                s.warmup,
                                s.secs,
                                seed,
                            )
                            .await
                            .map_err(|e| format!("{}: {e}", sv.target.role))?;
                            samples[i].push(sample);
                        }
                    }
                    let mut sums = samples
                        .iter_mut()
                        .map(|v| stats::summarize(v, workload.counts_docs()));
                    let cell = report::Cell {
                        store,
                        concern,
                        workload,
                        client: kind,
                        conc,
                        this: sums.next().ok_or("no samples")?,
                        baseline: sums.next(),
                    };
                    report::progress(&cell);
                    cells.push(cell);
                }
            }
        }
    }
    Ok(())
}

async fn main_async() -> Result<(), String> {
    let s = Settings::from_env()?;
    if !s.bin.exists() {
        return Err(format!(
            "{} does not exist (build it, or set BENCH_BIN)",
            s.bin.display()
        ));
    }
    let load_before = report::load_average();
    let began = Instant::now();
    let mut floor = Vec::new();
    for &conc in &s.conc {
        floor.push(echo::measure(conc, s.secs.max(Duration::from_millis(200))).await?);
    }
    let mut cells = Vec::new();
    for (store, concerns) in &s.plan {
        run_store(&s, *store, concerns, &mut cells).await?;
    }
    let rep = report::Report {
        profile: s.profile,
        generated: bson::DateTime::now()
            .try_to_rfc3339_string()
            .unwrap_or_default(),
        cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_before,
        load_after: report::load_average(),
        elapsed_s: began.elapsed().as_secs_f64(),
        server: s.bin.display().to_string(),
        baseline: s
            .baseline_bin
            .as_ref()
            .map(|b| b.display().to_string())
            .or_else(|| s.baseline_uri.as_deref().map(report::hide_credentials)),
        docs: s.docs,
        secs: s.secs.as_secs_f64(),
        warmup_s: s.warmup.as_secs_f64(),
        reps: s.reps,
        floor: floor.iter().map(report::FloorRow::from).collect(),
        cells,
    };
    report::write(&rep, &s.out)
}

fn main() {
    echo::serve_if_child();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("bench: cannot start the runtime: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = rt.block_on(main_async()) {
        eprintln!("bench: {e}");
        std::process::exit(1);
    }
}
