//! The report writer: turns the raw results of both suites into the three
//! committed files under `reports/`.
//!
//! - `validation-report.md`: headline pass rates, one table per suite (areas,
//!   modules) and the tests that changed state since the previous report;
//! - `failing-tests.txt`: every failing id, sorted, prefixed by its suite;
//! - `failing-reasons.txt`: the same ids, each with the one-line reason it
//!   failed (`crate::reasons`); the markdown groups them by cause;
//! - `summary.json`: the machine-readable totals;
//! - `results.tsv`: every test's status, what the ratchet compares with.
//!
//! The unified runner's self-tests (`unified-test-format/valid-fail`, cases
//! that must fail) check the runner, not the server: they are counted on a
//! line of their own, outside the headline and the area table.
//!
//! Everything is sorted and there are no timestamps in the body, so running it
//! twice on the same results gives byte-identical files; only the header line
//! names the commit.

mod markdown;
mod summary;

use crate::junit;

use std::collections::BTreeSet;
use std::path::Path;

use crate::check::{self, Change};
use crate::results::{Suite, SuiteResults};
use crate::statuses::{self, Statuses};

/// The unified area holding the runner's self-tests.
pub const SELF_TEST_AREA: &str = "unified-test-format-fail";

/// What the new run is compared with.
#[derive(Clone, Debug)]
pub enum Previous {
    /// No earlier report.
    None,
    /// The committed `results.tsv`: every test's status.
    Statuses(Statuses),
    /// A report from before `results.tsv`: only its failing list is known.
    FailingList(BTreeSet<String>),
}

pub use summary::{SuiteSummary, Summary};

/// Everything the report is made from.
#[derive(Clone, Debug)]
pub struct ReportInput {
    pub unified: SuiteResults,
    pub pymongo: SuiteResults,
    /// pymongo's asynchronous suite (empty when it was not run).
    pub pymongo_async: SuiteResults,
    /// Motor's own suite (empty when it was not run).
    pub motor: SuiteResults,
    /// What `specs/pymongo-excludes.txt` leaves out of both pymongo runs.
    pub pymongo_excludes: Vec<crate::specs::Skip>,
    /// pymongo ids that pass with no server (client-only unit tests).
    pub client_only: BTreeSet<String>,
    /// The previously committed results.
    pub previous: Previous,
    /// Whether regressions were accepted (`ACCEPT_REGRESSIONS=1`); the
    /// report then names them in its headline.
    pub accept_regressions: bool,
    /// The single header line (commit and date), without the leading `<!--`.
    pub header: String,
}

/// The generated files, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub markdown: String,
    pub failing: String,
    pub failing_reasons: String,
    /// JUnit XML of each suite (written beside the raw results, not to `reports/`).
    pub junit_unified: String,
    pub junit_pymongo: String,
    pub junit_pymongo_async: String,
    pub junit_motor: String,
    pub summary_json: String,
    pub results_tsv: String,
    /// Every status change since the previous results.
    pub changes: Vec<Change>,
}

impl Report {
    pub fn regressions(&self) -> Vec<&Change> {
        check::regressions(&self.changes)
    }
}

impl ReportInput {
    /// Every suite's results, in report order.
    pub fn suites(&self) -> [&SuiteResults; 4] {
        [
            &self.unified,
            &self.pymongo,
            &self.pymongo_async,
            &self.motor,
        ]
    }

    /// An input with empty results for both suites.
    pub fn empty(header: impl Into<String>) -> Self {
        ReportInput {
            unified: SuiteResults::new(Suite::Unified),
            pymongo: SuiteResults::new(Suite::Pymongo),
            pymongo_async: SuiteResults::new(Suite::PymongoAsync),
            motor: SuiteResults::new(Suite::Motor),
            pymongo_excludes: Vec::new(),
            client_only: BTreeSet::new(),
            previous: Previous::None,
            accept_regressions: false,
            header: header.into(),
        }
    }
}

/// Builds the report.
pub fn build(input: &ReportInput) -> Report {
    let mut input = input.clone();
    input.unified.normalize();
    input.pymongo.normalize();
    input.pymongo_async.normalize();
    input.motor.normalize();
    let summary = Summary::from_results(&input);
    let mut failing: Vec<String> = input
        .suites()
        .iter()
        .flat_map(|s| s.failing_ids())
        .collect();
    failing.sort();
    let mut failing_text = failing.join("\n");
    if !failing_text.is_empty() {
        failing_text.push('\n');
    }
    let now = statuses::from_runs(&input.suites());
    let changes = match &input.previous {
        Previous::None => Vec::new(),
        Previous::Statuses(before) => check::changes(before, &now, |_| true),
        Previous::FailingList(list) => {
            // Only failing-ness is known: compare the failing tests and
            // the ones the old list named.
            // The list does not tell a failure from an error, so neither
            // does this comparison.
            let now_known: Statuses = now
                .iter()
                .filter(|(id, s)| s.outcome.is_failing() || list.contains(*id))
                .map(|(id, s)| {
                    let mut s = s.clone();
                    if s.outcome.is_failing() {
                        s.outcome = crate::results::Outcome::Failed;
                    }
                    (id.clone(), s)
                })
                .collect();
            check::changes(&check::from_failing_list(list), &now_known, |_| true)
        }
    };
    Report {
        markdown: markdown::render(&input, &summary, &failing, &changes),
        failing: failing_text,
        failing_reasons: failing_reasons(&input),
        junit_unified: junit::render(&input.unified),
        junit_pymongo: junit::render(&input.pymongo),
        junit_pymongo_async: junit::render(&input.pymongo_async),
        junit_motor: junit::render(&input.motor),
        summary_json: summary.to_json(),
        results_tsv: statuses::to_tsv(&now),
        changes,
    }
}

/// `failing-reasons.txt`: `SUITE:ID<TAB>REASON` for every failing test, sorted.
fn failing_reasons(input: &ReportInput) -> String {
    let mut out = String::from(
        "# Why each failing test failed: SUITE:ID, a tab, the first line of its message\n\
         # with what differs from run to run (ports, ids, times) removed. The whole\n\
         # messages are in the raw results and in the JUnit files (target/conformance/).\n",
    );
    let mut lines: Vec<String> = input
        .suites()
        .iter()
        .flat_map(|suite| {
            suite
                .tests
                .iter()
                .filter(|t| t.outcome.is_failing())
                .map(|t| {
                    format!(
                        "{}:{}\t{}",
                        suite.suite.name(),
                        t.id,
                        crate::reasons::reason(t.message.as_deref().unwrap_or(""))
                    )
                })
        })
        .collect();
    lines.sort();
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// Reads a `failing-tests.txt` (missing file → `None`).
pub fn read_failing(path: &Path) -> Option<BTreeSet<String>> {
    std::fs::read_to_string(path)
        .ok()
        .map(|t| parse_failing(&t))
}

/// The ids of a `failing-tests.txt` text (blank lines and `#` comments skipped).
pub fn parse_failing(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Writes the report into `dir` (normally `reports/`).
pub fn write(report: &Report, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("validation-report.md"), &report.markdown)?;
    std::fs::write(dir.join("failing-tests.txt"), &report.failing)?;
    std::fs::write(dir.join("failing-reasons.txt"), &report.failing_reasons)?;
    std::fs::write(dir.join("summary.json"), &report.summary_json)?;
    std::fs::write(dir.join("results.tsv"), &report.results_tsv)?;
    Ok(())
}

/// Writes the JUnit files into `dir` (`target/conformance/junit/`).
pub fn write_junit(report: &Report, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("unified.xml"), &report.junit_unified)?;
    std::fs::write(dir.join("pymongo.xml"), &report.junit_pymongo)?;
    std::fs::write(dir.join("pymongo-async.xml"), &report.junit_pymongo_async)?;
    std::fs::write(dir.join("motor.xml"), &report.junit_motor)?;
    Ok(())
}

#[cfg(test)]
mod tests;
