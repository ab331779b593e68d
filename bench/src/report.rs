//! The results: a progress line per cell on stderr, and at the end
//! `bench.md` (tables, the targets checked) and `bench.json` (every
//! figure) in the output directory.

use crate::echo::Floor;
use crate::run::ClientKind;
use crate::stats::Summary;
use crate::workloads::{Concern, Workload};
use secantus_bench::target::Store;
use std::fmt::Write as _;
use std::path::Path;

#[derive(serde::Serialize)]
pub struct Cell {
    pub store: Store,
    pub concern: Concern,
    pub workload: Workload,
    pub client: ClientKind,
    pub conc: usize,
    pub this: Summary,
    pub baseline: Option<Summary>,
}

#[derive(serde::Serialize)]
pub struct FloorRow {
    pub conc: usize,
    pub round_trips_per_s: f64,
    pub p50_us: f64,
    pub p99_us: f64,
    pub server_cpu_us: Option<f64>,
}

impl From<&Floor> for FloorRow {
    fn from(f: &Floor) -> FloorRow {
        FloorRow {
            conc: f.conc,
            round_trips_per_s: f.round_trips_per_s,
            p50_us: f.p50_us,
            p99_us: f.p99_us,
            server_cpu_us: f.server_cpu_us,
        }
    }
}

#[derive(serde::Serialize)]
pub struct Report {
    pub profile: &'static str,
    pub generated: String,
    pub cores: usize,
    pub load_before: Option<String>,
    pub load_after: Option<String>,
    pub elapsed_s: f64,
    pub server: String,
    pub baseline: Option<String>,
    pub docs: u64,
    pub secs: f64,
    pub warmup_s: f64,
    pub reps: usize,
    pub floor: Vec<FloorRow>,
    pub cells: Vec<Cell>,
}

/// The 1, 5 and 15 minute load averages.
pub fn load_average() -> Option<String> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

/// A URI with its user name and password replaced.
pub fn hide_credentials(uri: &str) -> String {
    match (uri.find("://"), uri.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}…{}", &uri[..scheme + 3], &uri[at..]),
        _ => uri.to_string(),
    }
}

fn unit(w: Workload) -> &'static str {
    if w.counts_docs() {
        "docs/s"
    } else {
        "ops/s"
    }
}

pub fn progress(c: &Cell) {
    let mut line = format!(
        "bench: {:9} {:7} {:11} {:6} c{:<2} {:>12.0} {} p50 {:>8.0} µs cpu/op {}",
        c.store.label(),
        c.concern.label(),
        c.workload.name(),
        c.client.label(),
        c.conc,
        c.this.throughput,
        unit(c.workload),
        c.this.p50_us,
        opt(c.this.server_cpu_us_per_op, 1),
    );
    if let Some(b) = &c.baseline {
        let _ = write!(
            line,
            " | baseline ×{}",
            ratio(c.this.throughput, b.throughput)
        );
    }
    eprintln!("{line}");
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(|| "n/a".into(), |v| format!("{v:.digits$}"))
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{:.2}", a / b)
    } else {
        "n/a".into()
    }
}

fn table(out: &mut String, rep: &Report, store: Store, concern: Concern) {
    let cells: Vec<&Cell> = rep
        .cells
        .iter()
        .filter(|c| c.store == store && c.concern == concern)
        .collect();
    if cells.is_empty() {
        return;
    }
    let writes = match concern {
        Concern::W1 => "writes with `{w: 1}`",
        Concern::Default => {
            "writes with the default write concern (`{w: \"majority\"}`, journaled)"
        }
    };
    let _ = writeln!(out, "\n## {} store, {writes}\n", store.label());
    let base = rep.baseline.is_some();
    out.push_str("| workload | client | conc | throughput | p50 µs | p99 µs | server CPU µs/op | client CPU µs/op | server RSS MB |");
    if base {
        out.push_str(" baseline throughput | × | baseline server CPU µs/op | CPU × |");
    }
    out.push('\n');
    out.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    if base {
        out.push_str("---:|---:|---:|---:|");
    }
    out.push('\n');
    for c in cells {
        let t = &c.this;
        let _ = write!(
            out,
            "| {} | {} | {} | {:.0} {} | {:.0} | {:.0} | {} | {} | {} |",
            c.workload.name(),
            c.client.label(),
            c.conc,
            t.throughput,
            unit(c.workload),
            t.p50_us,
            t.p99_us,
            opt(t.server_cpu_us_per_op, 1),
            opt(t.client_cpu_us_per_op, 1),
            opt(t.rss_mb, 1),
        );
        if let Some(b) = &c.baseline {
            let cpu_ratio = match (t.server_cpu_us_per_op, b.server_cpu_us_per_op) {
                (Some(a), Some(b)) if a > 0.0 => format!("{:.2}", b / a),
                _ => "n/a".into(),
            };
            let _ = write!(
                out,
                " {:.0} | {} | {} | {} |",
                b.throughput,
                ratio(t.throughput, b.throughput),
                opt(b.server_cpu_us_per_op, 1),
                cpu_ratio
            );
        } else if base {
            out.push_str(" | | | |");
        }
        out.push('\n');
    }
}

/// The targets (#18), checked on the on-disk `w: 1` rows of the
/// raw client at one connection.
fn targets(out: &mut String, rep: &Report) {
    let cell = |w: Workload| {
        rep.cells.iter().find(|c| {
            c.store == Store::Disk
                && c.concern == Concern::W1
                && c.client == ClientKind::Raw
                && c.conc == 1
                && c.workload == w
        })
    };
    let rows: [(Workload, &str, f64); 6] = [
        (Workload::FindId, "server CPU per find by _id ≤ 30 µs", 30.0),
        (
            Workload::InsertOne,
            "server CPU per insert_one ≤ 35 µs",
            35.0,
        ),
        (
            Workload::UpdateInc,
            "server CPU per $inc update ≤ 40 µs",
            40.0,
        ),
        (
            Workload::FindEq,
            "server CPU per indexed equality find ≤ 50 µs",
            50.0,
        ),
        (Workload::Scan, "server CPU per full scan ≤ 25 ms", 25_000.0),
        (Workload::Group, "server CPU per $group ≤ 25 ms", 25_000.0),
    ];
    // What the echo server spends per round trip at one client: the part
    // of a point operation's CPU that is the socket's, not the server's.
    let floor = rep
        .floor
        .iter()
        .find(|f| f.conc == 1)
        .and_then(|f| f.server_cpu_us);
    out.push_str("\n## Targets (issue #18: raw client, one connection, on disk, `w: 1`)\n\n");
    if let Some(f) = floor {
        let _ = writeln!(
            out,
            "The echo server's CPU per round trip at one client (the floor above) was {f:.1} µs; \"above the floor\" is the measured figure less that.\n"
        );
    }
    out.push_str("| target | measured | above the floor | met |\n|---|---:|---:|---|\n");
    for (w, what, limit) in rows {
        let Some(c) = cell(w) else { continue };
        let v = c.this.server_cpu_us_per_op;
        let met = v.map_or("n/a", |v| if v <= limit { "yes" } else { "no" });
        let above = v.zip(floor).map(|(v, f)| v - f);
        let _ = writeln!(
            out,
            "| {what} | {} µs | {} µs | {met} |",
            opt(v, 1),
            opt(above, 1)
        );
    }
    if let Some(c) = cell(Workload::Scan) {
        let met = if c.this.throughput >= 3e6 {
            "yes"
        } else {
            "no"
        };
        let _ = writeln!(
            out,
            "| full scan ≥ 3,000,000 documents/s | {:.0} docs/s | | {met} |",
            c.this.throughput
        );
    }
}

fn markdown(rep: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Benchmark (`make bench`)\n\nRegenerated by `make bench` (the `bench/` crate, profile `{}`) at {}, in {:.0} s. Machine: {} cores; load average (1/5/15 min) {} before, {} after.\n",
        rep.profile,
        rep.generated,
        rep.elapsed_s,
        rep.cores,
        rep.load_before.as_deref().unwrap_or("n/a"),
        rep.load_after.as_deref().unwrap_or("n/a"),
    );
    let _ = writeln!(out, "- Server: `{}`", rep.server);
    match &rep.baseline {
        Some(b) => {
            let _ = writeln!(out, "- Baseline, same run, alternating: `{b}` (× is this server's throughput over the baseline's; CPU × the baseline's CPU per operation over this server's)");
        }
        None => out.push_str("- No baseline (set `BASELINE_BIN=` or `BASELINE_URI=`)\n"),
    }
    let _ = writeln!(
        out,
        "- Data: {} documents of 120 bytes (`bench/src/workloads.rs`). Each figure is the median of {} run(s) of {:.1} s after a {:.1} s warm-up. Throughput is documents/s for insert_many, scan, group and sort, operations/s otherwise; latency is per operation (for scan and group: the whole cursor). CPU per operation is the process's user + system time over the run (`/proc`, 10 ms ticks) divided by the operations completed; the client's includes the driver's or the raw client's work.",
        rep.docs, rep.reps, rep.secs, rep.warmup_s
    );
    out.push_str("- Floor (a loopback echo of 200 bytes each way to an echo server in its own process, `bench/src/echo.rs`; its CPU per round trip is what any server pays per request for the socket and the wake-ups):");
    for f in &rep.floor {
        let _ = write!(
            out,
            " {} client(s) {:.0} round trips/s, p50 {:.0} µs, p99 {:.0} µs, echo server CPU {} µs per round trip;",
            f.conc,
            f.round_trips_per_s,
            f.p50_us,
            f.p99_us,
            f.server_cpu_us.map_or("?".into(), |c| format!("{c:.1}"))
        );
    }
    out.push_str("\n\nWorkloads:\n\n");
    for w in Workload::ALL {
        let _ = writeln!(out, "- `{}`: {}", w.name(), w.describe(rep.docs));
    }
    targets(&mut out, rep);
    for store in [Store::Disk, Store::Memory] {
        for concern in [Concern::W1, Concern::Default] {
            table(&mut out, rep, store, concern);
        }
    }
    out
}

pub fn write(rep: &Report, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let md = dir.join("bench.md");
    let json = dir.join("bench.json");
    std::fs::write(&md, markdown(rep)).map_err(|e| format!("{}: {e}", md.display()))?;
    let text = serde_json::to_string_pretty(rep).map_err(|e| e.to_string())?;
    std::fs::write(&json, text + "\n").map_err(|e| format!("{}: {e}", json.display()))?;
    eprintln!("bench: wrote {} and {}", md.display(), json.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_credentials() {
        assert_eq!(
            hide_credentials("mongodb://u:p@h:1/?tls=true"),
            "mongodb://…@h:1/?tls=true"
        );
        assert_eq!(hide_credentials("mongodb://h:1"), "mongodb://h:1");
    }
}
