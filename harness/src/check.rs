//! The regression check behind `make conformance-check` (called by `make test`):
//! a test that fails now and is not in the committed `reports/failing-tests.txt`
//! is a regression.

use std::collections::BTreeSet;

use crate::results::SuiteResults;

/// Failing ids (prefixed by suite) of `runs` that `known` does not list, sorted.
pub fn regressions(runs: &[SuiteResults], known: &BTreeSet<String>) -> Vec<String> {
    let mut out: Vec<String> = runs
        .iter()
        .flat_map(SuiteResults::failing_ids)
        .filter(|id| !known.contains(id))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::{Outcome, Suite, TestResult};

    #[test]
    fn only_unknown_failures_are_regressions() {
        let mut run = SuiteResults::new(Suite::Unified);
        for (id, outcome) in [
            ("a", Outcome::Failed),
            ("b", Outcome::Error),
            ("c", Outcome::Passed),
        ] {
            run.tests.push(TestResult {
                id: id.into(),
                group: "g".into(),
                outcome,
                message: None,
            });
        }
        let known: BTreeSet<String> = ["unified:a".to_string()].into_iter().collect();
        assert_eq!(regressions(&[run], &known), vec!["unified:b".to_string()]);
    }
}
