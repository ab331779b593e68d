//! `secantus-harness`: the command-line side of the conformance harness.
//!
//! - `report`: raw results → `reports/` (validation-report.md, failing-tests.txt, summary.json);
//! - `check`: fail when a run has failures not listed in `reports/failing-tests.txt`;
//! - `pymongo`: run pymongo's suite against ephemeral servers (or `--target`);
//! - `client-only`: run pymongo's suite with no server to list its client-only tests.
//!
//! The unified runner is the `unified` test binary (`cargo test -p secantus-harness --test unified`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use secantus_harness::results::{Suite, SuiteResults};
use secantus_harness::{check, paths, pymongo, report, specs};

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
        /// Output directory (default reports/).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Failing list to compare with (default: failing-tests.txt as committed at HEAD).
        #[arg(long)]
        previous: Option<PathBuf>,
    },
    /// Fail if any failing test in the given results is not a known failure.
    Check {
        /// The committed list of known failures.
        #[arg(long)]
        known: Option<PathBuf>,
        /// Raw result files.
        results: Vec<PathBuf>,
    },
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
            out,
            previous,
        } => run_report(unified, pymongo, out, previous),
        Command::Check { known, results } => run_check(known, results),
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

/// `failing-tests.txt` in `out` as committed at HEAD, if it is.
fn committed_failing(out: &std::path::Path) -> Option<std::collections::BTreeSet<String>> {
    let root = paths::root();
    let abs = std::fs::canonicalize(out).ok()?;
    let rel = abs.strip_prefix(std::fs::canonicalize(&root).ok()?).ok()?;
    let spec = format!("HEAD:{}", rel.join("failing-tests.txt").display());
    let shown = std::process::Command::new("git")
        .args(["show", &spec])
        .current_dir(&root)
        .output()
        .ok()?;
    if !shown.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&shown.stdout).to_string();
    Some(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect(),
    )
}

fn run_report(
    unified: Option<PathBuf>,
    pymongo: Option<PathBuf>,
    out: Option<PathBuf>,
    previous: Option<PathBuf>,
) -> Result<(), String> {
    let out = out.unwrap_or_else(|| paths::root().join("reports"));
    let mut input = report::ReportInput::empty(header());
    input.unified = load(unified, "unified.json", Suite::Unified)?;
    input.pymongo = load(pymongo, "pymongo.json", Suite::Pymongo)?;
    input.client_only = specs::load_client_only(&paths::specs_dir());
    // Compare with the list committed at HEAD, not the working tree, so two
    // runs on the same commit write the same "changes" section.
    input.previous_failing = match &previous {
        Some(path) => report::read_failing(path),
        None => committed_failing(&out),
    };
    let built = report::build(&input);
    report::write(&built, &out).map_err(|e| e.to_string())?;
    let summary: report::Summary =
        serde_json::from_str(&built.summary_json).map_err(|e| e.to_string())?;
    for (name, t) in [
        ("unified", summary.unified.totals),
        ("pymongo", summary.pymongo.totals),
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
    println!("report written to {}", out.display());
    Ok(())
}

fn report_rate(t: &secantus_harness::results::Totals) -> String {
    t.pass_rate()
        .map(|r| format!("{:.1} %", r * 100.0))
        .unwrap_or_else(|| "nothing ran".into())
}

fn run_check(known: Option<PathBuf>, results: Vec<PathBuf>) -> Result<(), String> {
    let known_path = known.unwrap_or_else(|| paths::root().join("reports/failing-tests.txt"));
    let known = report::read_failing(&known_path).unwrap_or_default();
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
    let regressions = check::regressions(&runs, &known);
    if regressions.is_empty() {
        println!(
            "check: no failures beyond the {} known ones in {}",
            known.len(),
            known_path.display()
        );
        return Ok(());
    }
    for id in &regressions {
        println!("REGRESSION {id}");
    }
    Err(format!(
        "{} failing tests are not listed in {}",
        regressions.len(),
        known_path.display()
    ))
}
