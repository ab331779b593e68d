//! The ratchet: compares the statuses of a run with the committed
//! `reports/results.tsv` and names every change.
//!
//! A change is a regression when
//! - a test that passed now fails, errors or is skipped;
//! - a test that was recorded is missing from the run (it panicked, its
//!   module no longer imports, it was deselected or renamed);
//! - a test fails or errors that was not failing before (a new test, or a
//!   skipped one that now runs and fails);
//! - a failing test is now skipped (a skip must not hide a failure).
//!
//! `make test` (`check`) runs the quick subset, so only the tests inside it
//! are compared; `make conformance` (`report`) compares every test and will
//! not rewrite `reports/` over a regression unless it is accepted.
//! Run-level markers (ids with `<`, such as a module's `<collection>` error)
//! are not tests: their disappearance is no regression.

use crate::results::Outcome;
use crate::statuses::{word, Statuses};

/// One test whose status differs between the previous and the current run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub id: String,
    pub before: Option<Outcome>,
    pub after: Option<Outcome>,
}

impl Change {
    pub fn is_regression(&self) -> bool {
        use Outcome::{Error, Failed, Passed, Skipped};
        match (self.before, self.after) {
            (Some(Passed), Some(Passed)) => false,
            (Some(Passed), _) => true,
            (Some(_), None) => !self.id.contains('<'),
            (Some(Failed | Error), Some(Skipped)) => true,
            (Some(Failed | Error), Some(_)) => false,
            (_, Some(Failed | Error)) => true,
            _ => false,
        }
    }

    /// `pass → fail`, `(new) → skip`, `fail → (missing)`.
    pub fn transition(&self) -> String {
        let w = |o: Option<Outcome>, none: &str| o.map(word).unwrap_or(none).to_string();
        format!(
            "{} → {}",
            w(self.before, "(new)"),
            w(self.after, "(missing)")
        )
    }
}

/// Every status change between `before` and `after`, over the ids `in_scope`
/// accepts (a quick run is compared only with the tests it covers), sorted by id.
pub fn changes(
    before: &Statuses,
    after: &Statuses,
    in_scope: impl Fn(&str) -> bool,
) -> Vec<Change> {
    let mut out = Vec::new();
    for (id, b) in before.iter().filter(|(id, _)| in_scope(id)) {
        let a = after.get(id).map(|s| s.outcome);
        if a != Some(b.outcome) {
            out.push(Change {
                id: id.clone(),
                before: Some(b.outcome),
                after: a,
            });
        }
    }
    for (id, a) in after.iter().filter(|(id, _)| !before.contains_key(*id)) {
        out.push(Change {
            id: id.clone(),
            before: None,
            after: Some(a.outcome),
        });
    }
    out.sort_by(|x, y| x.id.cmp(&y.id));
    out
}

/// The regressions among `changes`.
pub fn regressions(changes: &[Change]) -> Vec<&Change> {
    changes.iter().filter(|c| c.is_regression()).collect()
}

/// Statuses made from a bare list of failing ids, for comparing with a
/// report that predates `results.tsv`: listed ids failed, nothing else is known.
pub fn from_failing_list(ids: &std::collections::BTreeSet<String>) -> Statuses {
    ids.iter()
        .map(|id| {
            (
                id.clone(),
                crate::statuses::Status {
                    outcome: Outcome::Failed,
                    reason: None,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statuses::Status;

    fn st(pairs: &[(&str, Outcome)]) -> Statuses {
        pairs
            .iter()
            .map(|(id, o)| {
                (
                    id.to_string(),
                    Status {
                        outcome: *o,
                        reason: None,
                    },
                )
            })
            .collect()
    }

    fn regressed(before: &Statuses, after: &Statuses) -> Vec<String> {
        regressions(&changes(before, after, |_| true))
            .into_iter()
            .map(|c| c.id.clone())
            .collect()
    }

    use Outcome::*;

    #[test]
    fn a_pass_turned_skip_is_a_regression() {
        let before = st(&[("unified:a", Passed)]);
        let after = st(&[("unified:a", Skipped)]);
        assert_eq!(regressed(&before, &after), vec!["unified:a"]);
    }

    #[test]
    fn a_missing_test_is_a_regression() {
        // A trial that panicked before it was recorded, or a module that no
        // longer imports, leaves its tests out of the run altogether.
        let before = st(&[("pymongo:m.py::t1", Passed), ("pymongo:m.py::t2", Failed)]);
        let after = st(&[]);
        assert_eq!(
            regressed(&before, &after),
            vec!["pymongo:m.py::t1", "pymongo:m.py::t2"]
        );
    }

    #[test]
    fn an_import_error_is_a_regression() {
        let before = st(&[("pymongo:m.py::t1", Passed)]);
        let after = st(&[("pymongo:m.py::<collection>", Error)]);
        assert_eq!(
            regressed(&before, &after),
            vec!["pymongo:m.py::<collection>", "pymongo:m.py::t1"]
        );
    }

    #[test]
    fn new_failures_and_hidden_failures_are_regressions() {
        let before = st(&[("unified:f", Failed), ("unified:s", Skipped)]);
        let after = st(&[
            ("unified:f", Skipped),
            ("unified:s", Failed),
            ("unified:new", Error),
        ]);
        assert_eq!(
            regressed(&before, &after),
            vec!["unified:f", "unified:new", "unified:s"]
        );
    }

    #[test]
    fn improvements_and_known_failures_are_not() {
        let before = st(&[
            ("unified:a", Failed),
            ("unified:b", Skipped),
            ("unified:c", Error),
            ("unified:d", Failed),
            ("pymongo:m.py::<collection>", Error),
        ]);
        let after = st(&[
            ("unified:a", Passed),
            ("unified:b", Passed),
            ("unified:c", Failed),
            ("unified:d", Failed),
            ("unified:e", Passed),
        ]);
        let all = changes(&before, &after, |_| true);
        assert_eq!(all.len(), 5);
        assert!(regressions(&all).is_empty());
        assert_eq!(all[0].transition(), "error → (missing)");
    }

    #[test]
    fn only_tests_in_scope_are_compared() {
        let before = st(&[("unified:crud/x", Passed), ("unified:gridfs/y", Passed)]);
        let after = st(&[("unified:crud/x", Passed)]);
        let quick = |id: &str| id.starts_with("unified:crud/");
        assert!(regressions(&changes(&before, &after, quick)).is_empty());
    }
}
