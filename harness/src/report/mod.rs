//! The report writer: turns the raw results of both suites into the three
//! committed files under `reports/`.
//!
//! - `validation-report.md`: headline pass rates, one table per suite (areas,
//!   modules) and the tests that changed state since the previous report;
//! - `failing-tests.txt`: every failing id, sorted, prefixed by its suite;
//! - `summary.json`: the machine-readable totals.
//!
//! Everything is sorted and there are no timestamps in the body, so running it
//! twice on the same results gives byte-identical files; only the header line
//! names the commit.

mod markdown;
mod summary;

use std::collections::BTreeSet;
use std::path::Path;

use crate::results::{Suite, SuiteResults};

pub use summary::{SuiteSummary, Summary};

/// Everything the report is made from.
#[derive(Clone, Debug)]
pub struct ReportInput {
    pub unified: SuiteResults,
    pub pymongo: SuiteResults,
    /// pymongo ids that pass with no server (client-only unit tests).
    pub client_only: BTreeSet<String>,
    /// The failing ids of the previously committed report, if there was one.
    pub previous_failing: Option<BTreeSet<String>>,
    /// The single header line (commit and date), without the leading `<!--`.
    pub header: String,
}

/// The three generated files, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub markdown: String,
    pub failing: String,
    pub summary_json: String,
}

impl ReportInput {
    /// An input with empty results for both suites.
    pub fn empty(header: impl Into<String>) -> Self {
        ReportInput {
            unified: SuiteResults::new(Suite::Unified),
            pymongo: SuiteResults::new(Suite::Pymongo),
            client_only: BTreeSet::new(),
            previous_failing: None,
            header: header.into(),
        }
    }
}

/// Builds the report.
pub fn build(input: &ReportInput) -> Report {
    let mut input = input.clone();
    input.unified.normalize();
    input.pymongo.normalize();
    let summary = Summary::from_results(&input.unified, &input.pymongo);
    let mut failing: Vec<String> = input.unified.failing_ids();
    failing.extend(input.pymongo.failing_ids());
    failing.sort();
    let mut failing_text = failing.join("\n");
    if !failing_text.is_empty() {
        failing_text.push('\n');
    }
    Report {
        markdown: markdown::render(&input, &summary, &failing),
        failing: failing_text,
        summary_json: summary.to_json(),
    }
}

/// Reads a `failing-tests.txt` (missing file → `None`).
pub fn read_failing(path: &Path) -> Option<BTreeSet<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect(),
    )
}

/// Writes the report into `dir` (normally `reports/`).
pub fn write(report: &Report, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("validation-report.md"), &report.markdown)?;
    std::fs::write(dir.join("failing-tests.txt"), &report.failing)?;
    std::fs::write(dir.join("summary.json"), &report.summary_json)?;
    Ok(())
}

#[cfg(test)]
mod tests;
