//! Raw per-test results, the interface between the runners and the report writer.
//!
//! A runner writes one [`SuiteResults`] as JSON (`target/conformance/*.json`);
//! the report writer and the regression check read them back. Test ids are
//! stable across runs: `area/file/case` for unified cases and pytest's node id
//! without the `test/` prefix for pymongo.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Which suite a result belongs to; also the prefix in `failing-tests.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Suite {
    Unified,
    Pymongo,
    /// pymongo's asynchronous suite (`test/asynchronous/`, AsyncMongoClient).
    #[serde(rename = "pymongo-async")]
    PymongoAsync,
    /// Motor's own suite (asyncio and Tornado), on the same pinned pymongo.
    Motor,
}

impl Suite {
    pub fn name(self) -> &'static str {
        match self {
            Suite::Unified => "unified",
            Suite::Pymongo => "pymongo",
            Suite::PymongoAsync => "pymongo-async",
            Suite::Motor => "motor",
        }
    }
}

/// The outcome of one test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Passed,
    /// An assertion about the server's behaviour did not hold.
    Failed,
    /// The test could not run to an assertion (setup failed, server died, timeout,
    /// an operation the runner does not implement).
    Error,
    /// Not run, with a reason (requirements not met, or listed in `specs/`).
    Skipped,
}

impl Outcome {
    /// Failed and errored tests both count as failing.
    pub fn is_failing(self) -> bool {
        matches!(self, Outcome::Failed | Outcome::Error)
    }
}

/// One test's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestResult {
    /// Stable id, unique within the suite.
    pub id: String,
    /// The area (unified) or module (pymongo) the test belongs to.
    pub group: String,
    pub outcome: Outcome,
    /// Why it failed or was skipped: the runner's whole message (the
    /// report shows its first line, `crate::reasons`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The log file of the server the test ran against, relative to the
    /// workspace root when it lies inside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log: Option<String>,
}

/// All results of one run of one suite.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuiteResults {
    pub suite: Suite,
    pub tests: Vec<TestResult>,
}

/// Pass/fail counts, in the field order `summary.json` uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub passed: u64,
    pub failed: u64,
    pub errors: u64,
    pub skipped: u64,
}

impl Totals {
    pub fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Passed => self.passed += 1,
            Outcome::Failed => self.failed += 1,
            Outcome::Error => self.errors += 1,
            Outcome::Skipped => self.skipped += 1,
        }
    }

    /// Tests that ran: passed + failed + errors.
    pub fn ran(&self) -> u64 {
        self.passed + self.failed + self.errors
    }

    /// passed / (passed + failed + errors), or `None` when nothing ran.
    pub fn pass_rate(&self) -> Option<f64> {
        let ran = self.ran();
        (ran > 0).then(|| self.passed as f64 / ran as f64)
    }
}

impl SuiteResults {
    pub fn new(suite: Suite) -> Self {
        SuiteResults {
            suite,
            tests: Vec::new(),
        }
    }

    /// Sorts by id and drops duplicate ids (keeping the worst outcome), so that
    /// everything derived from the results is deterministic.
    pub fn normalize(&mut self) {
        self.tests
            .sort_by(|a, b| a.id.cmp(&b.id).then(b.outcome.cmp(&a.outcome)));
        self.tests.dedup_by(|later, earlier| later.id == earlier.id);
    }

    pub fn totals(&self) -> Totals {
        self.totals_where(|_| true)
    }

    /// Totals over the tests `keep` accepts.
    pub fn totals_where(&self, keep: impl Fn(&TestResult) -> bool) -> Totals {
        let mut t = Totals::default();
        for r in self.tests.iter().filter(|r| keep(r)) {
            t.add(r.outcome);
        }
        t
    }

    /// Totals per group, sorted by group name.
    pub fn by_group(&self) -> BTreeMap<String, Totals> {
        let mut groups: BTreeMap<String, Totals> = BTreeMap::new();
        for r in &self.tests {
            groups.entry(r.group.clone()).or_default().add(r.outcome);
        }
        groups
    }

    /// Failing ids, prefixed by the suite (`unified:crud/...`), sorted.
    pub fn failing_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .tests
            .iter()
            .filter(|r| r.outcome.is_failing())
            .map(|r| format!("{}:{}", self.suite.name(), r.id))
            .collect();
        ids.sort();
        ids
    }

    pub fn read(path: &Path) -> std::io::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        let mut results: SuiteResults = serde_json::from_str(&text)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))?;
        results.normalize();
        Ok(results)
    }

    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut sorted = self.clone();
        sorted.normalize();
        let text = serde_json::to_string_pretty(&sorted).map_err(std::io::Error::other)?;
        std::fs::write(path, text + "\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(id: &str, group: &str, outcome: Outcome) -> TestResult {
        TestResult {
            id: id.into(),
            group: group.into(),
            outcome,
            log: None,
            message: None,
        }
    }

    #[test]
    fn normalize_sorts_and_keeps_worst_duplicate() {
        let mut s = SuiteResults::new(Suite::Pymongo);
        s.tests = vec![
            r("b", "g", Outcome::Passed),
            r("a", "g", Outcome::Passed),
            r("b", "g", Outcome::Error),
        ];
        s.normalize();
        assert_eq!(s.tests.len(), 2);
        assert_eq!(s.tests[0].id, "a");
        assert_eq!(s.tests[1].outcome, Outcome::Error);
        assert_eq!(s.failing_ids(), vec!["pymongo:b".to_string()]);
    }

    #[test]
    fn pass_rate_ignores_skipped() {
        let t = Totals {
            passed: 3,
            failed: 1,
            errors: 0,
            skipped: 10,
        };
        assert_eq!(t.pass_rate(), Some(0.75));
        assert_eq!(Totals::default().pass_rate(), None);
    }
}
