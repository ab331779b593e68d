//! `secantus-harness`: the command-line side of the conformance harness.
//!
//! - `report`: raw results → `reports/` (validation-report.md, failing-tests.txt,
//!   summary.json, results.tsv); refuses to overwrite them over a regression
//!   unless `ACCEPT_REGRESSIONS=1`;
//! - `check`: the ratchet of `make test`: fail when a test of the quick subset
//!   changed status for the worse against the committed `reports/results.tsv`;
//! - `pymongo`: run pymongo's suite against ephemeral servers (or `--target`);
//! - `client-only`: run pymongo's suite with no server to list its client-only tests.
//!
//! The unified runner is the `unified` test binary (`cargo test -p secantus-harness --test unified`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use secantus_harness::results::{Suite, SuiteResults};
use secantus_harness::{check, compare, paths, pymongo, report, specs, statuses};

#[derive(Parser)]
#[command(name = "secantus-harness", about = "SecantusDB conformance harness")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate reports/ from raw results.
    Report {
        /// Unified results (default target/conformance/unified.json).
        #[arg(long)]
        unified: Option<PathBuf>,
        /// pymongo results (default target/conformance/pymongo.json).
        #[arg(long)]
        pymongo: Option<PathBuf>,
        /// pymongo async results (default target/conformance/pymongo-async.json).
        #[arg(long)]
        pymongo_async: Option<PathBuf>,
        /// Motor results (default target/conformance/motor.json).
        #[arg(long)]
        motor: Option<PathBuf>,
        /// Output directory (default reports/).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Results to compare with: a results.tsv, or a failing-tests.txt
        /// (default: reports/results.tsv as committed at HEAD, else its failing-tests.txt).
        #[arg(long)]
        previous: Option<PathBuf>,
        /// Where to write the JUnit XML of both suites (default: `junit/`
        /// beside the unified results).
        #[arg(long)]
        junit: Option<PathBuf>,
    },
    /// List the tests whose status differs between two result sets (a
    /// report directory, a raw results directory, or a results file).
    Compare { a: PathBuf, b: PathBuf },
    /// Write JUnit XML (one file per suite) from raw result files.
    Junit {
        /// Output directory.
        #[arg(long)]
        out: PathBuf,
        /// Raw result files.
        results: Vec<PathBuf>,
    },
    /// The ratchet: fail on any regression against the committed statuses.
    Check {
        /// The statuses to compare with (default: reports/results.tsv).
        #[arg(long)]
        previous: Option<PathBuf>,
        /// The results are a run of the quick subset (specs/quick.txt): compare
        /// only the tests it covers, and check it covers every area and module.
        #[arg(long)]
        quick: bool,
        /// Raw result files.
        results: Vec<PathBuf>,
    },
    /// Regenerate the generated part of specs/quick.txt from reports/results.tsv.
    Quick,
    /// Run pymongo's synchronous suite.
    Pymongo(pymongo::Args),
    /// Run pymongo's suite against a closed port and write specs/pymongo-client-only.txt.
    ClientOnly(pymongo::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Report {
            unified,
            pymongo,
            pymongo_async,
            motor,
            out,
            previous,
            junit,
        } => run_report(
            unified,
            [pymongo, pymongo_async, motor],
            out,
            previous,
            junit,
        ),
        Command::Junit { out, results } => run_junit(&out, &results),
        Command::Compare { a, b } => run_compare(&a, &b),
        Command::Check {
            previous,
            quick,
            results,
        } => run_check(previous, quick, results),
        Command::Quick => run_quick(),
        Command::Pymongo(args) => pymongo::run(&args).map(|_| ()),
        Command::ClientOnly(args) => pymongo::client_only(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("secantus-harness: {e}");
            ExitCode::FAILURE
        }
    }
}

fn load(path: Option<PathBuf>, default: &str, suite: Suite) -> Result<SuiteResults, String> {
    let path = path.unwrap_or_else(|| paths::results_dir().join(default));
    if !path.exists() {
        eprintln!(
            "report: {} not found; {} counted as not run",
            path.display(),
            suite.name()
        );
        return Ok(SuiteResults::new(suite));
    }
    let results = SuiteResults::read(&path).map_err(|e| e.to_string())?;
    if results.suite != suite {
        return Err(format!(
            "{} holds {} results",
            path.display(),
            results.suite.name()
        ));
    }
    Ok(results)
}

fn git(args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("git")
        .args(args)
        .current_dir(paths::root())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
}

fn header() -> String {
    match (
        git(&["rev-parse", "--short=12", "HEAD"]),
        git(&["log", "-1", "--format=%cs"]),
    ) {
        (Some(commit), Some(date)) => format!("generated at commit {commit} ({date})"),
        _ => "generated before the first commit".into(),
    }
}

/// A file of `out` as committed at HEAD, if it is.
fn committed(out: &std::path::Path, name: &str) -> Option<String> {
    let root = paths::root();
    let abs = std::fs::canonicalize(out).ok()?;
    let rel = abs.strip_prefix(std::fs::canonicalize(&root).ok()?).ok()?;
    let spec = format!("HEAD:{}", rel.join(name).display());
    let shown = std::process::Command::new("git")
        .args(["show", &spec])
        .current_dir(&root)
        .output()
        .ok()?;
    shown
        .status
        .success()
        .then(|| String::from_utf8_lossy(&shown.stdout).to_string())
}

/// What a new report is compared with: `--previous`, else the results.tsv
/// committed at HEAD, else the failing list committed at HEAD.
fn previous_results(
    previous: Option<PathBuf>,
    out: &std::path::Path,
) -> Result<report::Previous, String> {
    if let Some(path) = previous {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(if path.extension().is_some_and(|e| e == "tsv") {
            report::Previous::Statuses(statuses::parse_tsv(&text)?)
        } else {
            report::Previous::FailingList(report::parse_failing(&text))
        });
    }
    // The committed files, not the working tree: two runs on the same commit
    // compare with the same thing, and an uncommitted run cannot become the
    // baseline that hides its own regressions.
    if let Some(text) = committed(out, "results.tsv") {
        return Ok(report::Previous::Statuses(statuses::parse_tsv(&text)?));
    }
    Ok(match committed(out, "failing-tests.txt") {
        Some(text) => report::Previous::FailingList(report::parse_failing(&text)),
        None => report::Previous::None,
    })
}

fn accept_regressions() -> bool {
    std::env::var("ACCEPT_REGRESSIONS").is_ok_and(|v| !v.is_empty() && v != "0")
}

fn run_report(
    unified: Option<PathBuf>,
    [pymongo, pymongo_async, motor]: [Option<PathBuf>; 3],
    out: Option<PathBuf>,
    previous: Option<PathBuf>,
    junit: Option<PathBuf>,
) -> Result<(), String> {
    let out = out.unwrap_or_else(|| paths::root().join("reports"));
    let junit = junit.unwrap_or_else(|| {
        unified
            .as_deref()
            .and_then(std::path::Path::parent)
            .map_or_else(paths::results_dir, std::path::Path::to_path_buf)
            .join("junit")
    });
    let mut input = report::ReportInput::empty(header());
    input.unified = load(unified, "unified.json", Suite::Unified)?;
    input.pymongo = load(pymongo, "pymongo.json", Suite::Pymongo)?;
    input.pymongo_async = load(pymongo_async, "pymongo-async.json", Suite::PymongoAsync)?;
    input.motor = load(motor, "motor.json", Suite::Motor)?;
    input.client_only = specs::load_client_only(&paths::specs_dir());
    input.pymongo_excludes = specs::load_pymongo_excludes(&paths::specs_dir())?;
    input.previous = previous_results(previous, &out)?;
    input.accept_regressions = accept_regressions();
    let built = report::build(&input);
    report::write_junit(&built, &junit).map_err(|e| e.to_string())?;
    println!("JUnit XML written to {}", junit.display());
    let regressions = built.regressions();
    for c in &regressions {
        println!("REGRESSION {}: {}", c.id, c.transition());
    }
    let summary: report::Summary =
        serde_json::from_str(&built.summary_json).map_err(|e| e.to_string())?;
    for (name, t) in [
        ("unified", summary.unified.totals),
        ("pymongo", summary.pymongo.totals),
        ("pymongo-async", summary.pymongo_async.totals),
        ("motor", summary.motor.totals),
    ] {
        println!(
            "{name}: {} passed, {} failed, {} errors, {} skipped ({})",
            t.passed,
            t.failed,
            t.errors,
            t.skipped,
            report_rate(&t)
        );
    }
    println!(
        "{} status changes since the previous results",
        built.changes.len()
    );
    if !regressions.is_empty() && !input.accept_regressions {
        let aside = paths::results_dir().join("rejected-report");
        report::write(&built, &aside).map_err(|e| e.to_string())?;
        return Err(format!(
            "{} regressions: {} left as it is; the new report is in {} \
             (fix them, or rerun with ACCEPT_REGRESSIONS=1 to record them, named in the report)",
            regressions.len(),
            out.display(),
            aside.display()
        ));
    }
    report::write(&built, &out).map_err(|e| e.to_string())?;
    println!("report written to {}", out.display());
    Ok(())
}

fn run_compare(a: &std::path::Path, b: &std::path::Path) -> Result<(), String> {
    let (sa, sb) = (compare::load(a)?, compare::load(b)?);
    print!(
        "{}",
        compare::render(&a.display().to_string(), &sa, &b.display().to_string(), &sb)
    );
    Ok(())
}

fn run_junit(out: &std::path::Path, results: &[PathBuf]) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    for path in results {
        let r = SuiteResults::read(path).map_err(|e| e.to_string())?;
        let file = out.join(format!("{}.xml", r.suite.name()));
        std::fs::write(&file, secantus_harness::junit::render(&r)).map_err(|e| e.to_string())?;
        println!("JUnit XML written to {}", file.display());
    }
    Ok(())
}

fn report_rate(t: &secantus_harness::results::Totals) -> String {
    t.pass_rate()
        .map(|r| format!("{:.1} %", r * 100.0))
        .unwrap_or_else(|| "nothing ran".into())
}

fn run_check(previous: Option<PathBuf>, quick: bool, results: Vec<PathBuf>) -> Result<(), String> {
    if results.is_empty() {
        return Err("check: no result files given".into());
    }
    let mut runs = Vec::new();
    for path in &results {
        runs.push(SuiteResults::read(path).map_err(|e| e.to_string())?);
    }
    let mut ran = 0;
    for run in &runs {
        let t = run.totals();
        ran += t.ran();
        println!(
            "check: {}: {} passed, {} failed, {} errors, {} skipped",
            run.suite.name(),
            t.passed,
            t.failed,
            t.errors,
            t.skipped
        );
    }
    if ran == 0 {
        return Err("check: no test ran".into());
    }
    let reports = paths::root().join("reports");
    let (previous_path, before) = match previous {
        Some(p) => {
            let s = statuses::read(&p)?.ok_or_else(|| format!("{} not found", p.display()))?;
            (p, s)
        }
        None => {
            let p = reports.join("results.tsv");
            match statuses::read(&p)? {
                Some(s) => (p, s),
                None => {
                    // A checkout from before results.tsv: only the failing
                    // list is known.
                    let known = reports.join("failing-tests.txt");
                    let list = report::read_failing(&known).unwrap_or_default();
                    eprintln!(
                        "check: {} missing; comparing failures with {}",
                        p.display(),
                        known.display()
                    );
                    (known, check::from_failing_list(&list))
                }
            }
        }
    };
    let refs: Vec<&SuiteResults> = runs.iter().collect();
    let now = statuses::from_runs(&refs);
    let suites: Vec<String> = runs
        .iter()
        .map(|r| format!("{}:", r.suite.name()))
        .collect();
    let in_suites = |id: &str| suites.iter().any(|s| id.starts_with(s.as_str()));
    let changes = if quick {
        let subset = specs::load_quick(&paths::specs_dir())?;
        let uncovered = uncovered(&subset, &before)?;
        if !uncovered.is_empty() {
            for u in &uncovered {
                println!("NOT COVERED {u}");
            }
            return Err(format!(
                "specs/quick.txt covers no test of {} areas/modules (rule: specs/README.md)",
                uncovered.len()
            ));
        }
        check::changes(&before, &now, |id| in_suites(id) && subset.covers(id))
    } else {
        check::changes(&before, &now, in_suites)
    };
    let regressions = check::regressions(&changes);
    for c in &changes {
        let tag = if c.is_regression() {
            "REGRESSION"
        } else {
            "changed"
        };
        println!("{tag} {}: {}", c.id, c.transition());
    }
    if regressions.is_empty() {
        println!(
            "check: no regressions against {} ({} tests compared)",
            previous_path.display(),
            now.len()
        );
        return Ok(());
    }
    Err(format!(
        "{} regressions against {}",
        regressions.len(),
        previous_path.display()
    ))
}

/// Unified areas and pymongo modules of the committed results that the quick
/// subset does not reach at all.
fn uncovered(subset: &specs::Quick, before: &statuses::Statuses) -> Result<Vec<String>, String> {
    // Group of a test: `unified:AREA/` or `pymongo:MODULE`; every area in
    // scope counts even when results.tsv has none of its cases.
    let mut groups: std::collections::BTreeMap<String, bool> =
        specs::load_areas(&paths::specs_dir())?
            .into_iter()
            .map(|a| (format!("unified:{}/", a.area), false))
            .collect();
    for id in before.keys() {
        let group = match (id.strip_prefix("unified:"), id.strip_prefix("pymongo:")) {
            (Some(rest), _) => format!("unified:{}/", rest.split('/').next().unwrap_or(rest)),
            (_, Some(rest)) => format!("pymongo:{}", rest.split("::").next().unwrap_or(rest)),
            _ => continue,
        };
        *groups.entry(group).or_insert(false) |= subset.covers(id);
    }
    Ok(groups
        .into_iter()
        .filter(|(_, covered)| !covered)
        .map(|(g, _)| g)
        .collect())
}

fn run_quick() -> Result<(), String> {
    let path = paths::specs_dir().join("quick.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let tsv = paths::root().join("reports/results.tsv");
    let statuses = statuses::read(&tsv)?
        .ok_or_else(|| format!("{} missing: run `make conformance` first", tsv.display()))?;
    let new = secantus_harness::quick::regenerate(&text, &statuses)?;
    std::fs::write(&path, &new).map_err(|e| e.to_string())?;
    println!(
        "quick: {} entries in {}",
        specs::parse_quick(&new).map(|q| q.unified.len() + q.pymongo.len())?,
        path.display()
    );
    Ok(())
}
