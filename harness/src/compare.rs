//! `secantus-harness compare A B` (`make conformance-compare A=… B=…`):
//! the tests whose status differs between two result sets — this server
//! against a real mongod or an older build run with `TARGET=`, or two
//! commits' reports.
//!
//! A result set is a directory holding `results.tsv` (a report: `reports/`,
//! `target/conformance/<target>/report/`), or raw runner results
//! (`unified.json`, `pymongo.json`, as in `target/conformance/<target>/`),
//! or one such file.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use crate::check::{self, Change};
use crate::results::{Outcome, SuiteResults, Totals};
use crate::statuses::{self, Statuses};

/// Every test's status in the result set at `path`.
pub fn load(path: &Path) -> Result<Statuses, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    if path.is_dir() {
        let tsv = path.join("results.tsv");
        if tsv.exists() {
            return statuses::parse_tsv(&read(&tsv)?);
        }
        let runs: Vec<SuiteResults> = ["unified.json", "pymongo.json"]
            .iter()
            .map(|f| path.join(f))
            .filter(|p| p.exists())
            .map(|p| SuiteResults::read(&p).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?;
        if runs.is_empty() {
            return Err(format!(
                "{}: no results.tsv, unified.json or pymongo.json",
                path.display()
            ));
        }
        return Ok(statuses::from_runs(&runs.iter().collect::<Vec<_>>()));
    }
    if path.extension().is_some_and(|e| e == "tsv") {
        return statuses::parse_tsv(&read(path)?);
    }
    let run = SuiteResults::read(path).map_err(|e| e.to_string())?;
    Ok(statuses::from_runs(&[&run]))
}

fn totals(s: &Statuses, suite: &str) -> Totals {
    let mut t = Totals::default();
    for (_, st) in s.iter().filter(|(id, _)| id.starts_with(suite)) {
        t.add(st.outcome);
    }
    t
}

fn line(t: &Totals) -> String {
    let rate = t
        .pass_rate()
        .map_or_else(|| "—".to_string(), |r| format!("{:.1} %", r * 100.0));
    format!(
        "{} passed, {} failed, {} errors, {} skipped ({rate})",
        t.passed, t.failed, t.errors, t.skipped
    )
}

/// The comparison as text: totals of each side per suite, then the tests
/// that differ, grouped by transition (A's status → B's).
pub fn render(a_name: &str, a: &Statuses, b_name: &str, b: &Statuses) -> String {
    let changes = check::changes(a, b, |_| true);
    let mut out = String::new();
    let _ = writeln!(out, "A = {a_name}\nB = {b_name}\n");
    for suite in ["unified:", "pymongo:"] {
        let _ = writeln!(out, "{}", suite.trim_end_matches(':'));
        let _ = writeln!(out, "  A: {}", line(&totals(a, suite)));
        let _ = writeln!(out, "  B: {}", line(&totals(b, suite)));
    }
    let better = changes.iter().filter(|c| improves(c)).count();
    let _ = writeln!(
        out,
        "\n{} tests differ ({} better in B, {} worse, {} other changes)",
        changes.len(),
        better,
        changes.iter().filter(|c| c.is_regression()).count(),
        changes.len() - better - changes.iter().filter(|c| c.is_regression()).count()
    );
    let mut by_transition: BTreeMap<String, Vec<&Change>> = BTreeMap::new();
    for c in &changes {
        by_transition.entry(c.transition()).or_default().push(c);
    }
    for (transition, list) in by_transition {
        let _ = writeln!(out, "\n{transition} ({}):", list.len());
        for c in list {
            let _ = writeln!(out, "  {}", c.id);
        }
    }
    out
}

/// B passes what A did not.
fn improves(c: &Change) -> bool {
    c.after == Some(Outcome::Passed) && c.before != Some(Outcome::Passed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statuses::Status;

    fn s(entries: &[(&str, Outcome)]) -> Statuses {
        entries
            .iter()
            .map(|(id, o)| {
                (
                    (*id).to_string(),
                    Status {
                        outcome: *o,
                        reason: None,
                    },
                )
            })
            .collect()
    }

    #[test]
    fn lists_what_differs_by_transition() {
        let a = s(&[
            ("unified:a/x/1", Outcome::Passed),
            ("unified:a/x/2", Outcome::Failed),
            ("pymongo:t.py::T::a", Outcome::Passed),
        ]);
        let b = s(&[
            ("unified:a/x/1", Outcome::Failed),
            ("unified:a/x/2", Outcome::Passed),
            ("pymongo:t.py::T::a", Outcome::Passed),
            ("pymongo:t.py::T::b", Outcome::Skipped),
        ]);
        let text = render("mine", &a, "theirs", &b);
        assert!(
            text.contains("3 tests differ (1 better in B, 1 worse, 1 other changes)"),
            "{text}"
        );
        assert!(
            text.contains("pass → fail (1):\n  unified:a/x/1\n"),
            "{text}"
        );
        assert!(
            text.contains("fail → pass (1):\n  unified:a/x/2\n"),
            "{text}"
        );
        assert!(
            text.contains("(new) → skip (1):\n  pymongo:t.py::T::b\n"),
            "{text}"
        );
        assert!(
            text.contains("  A: 1 passed, 1 failed, 0 errors, 0 skipped (50.0 %)"),
            "{text}"
        );
    }
}
