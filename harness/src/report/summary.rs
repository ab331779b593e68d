//! `summary.json`: `{"pymongo": {"totals", "modules"}, "pymongo_async":
//! {"totals", "modules"}, "motor": {"totals", "modules"}, "unified":
//! {"totals", "areas", "runner_self_tests"}}`. The unified totals
//! and areas leave out the runner's self-tests, which have their own totals.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::results::{SuiteResults, Totals};

/// The pymongo half of the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PymongoSummary {
    pub totals: Totals,
    pub modules: BTreeMap<String, Totals>,
}

impl PymongoSummary {
    /// The totals and the module table, for the report.
    pub fn view(&self) -> SuiteSummary<'_> {
        SuiteSummary {
            totals: &self.totals,
            groups: &self.modules,
        }
    }
}

/// The unified half of the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnifiedSummary {
    pub totals: Totals,
    pub areas: BTreeMap<String, Totals>,
    /// `unified-test-format/valid-fail`: a pass means the runner caught the
    /// failure the case plants.
    pub runner_self_tests: Totals,
}

/// Either half, for code that treats both suites alike.
pub struct SuiteSummary<'a> {
    pub totals: &'a Totals,
    pub groups: &'a BTreeMap<String, Totals>,
}

/// The whole `summary.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub pymongo: PymongoSummary,
    /// The same suite over AsyncMongoClient (`test/asynchronous/`).
    #[serde(default)]
    pub pymongo_async: PymongoSummary,
    /// Motor's own suite.
    #[serde(default)]
    pub motor: PymongoSummary,
    pub unified: UnifiedSummary,
}

impl Summary {
    pub fn from_results(input: &super::ReportInput) -> Self {
        let unified = &input.unified;
        let modules = |s: &SuiteResults| PymongoSummary {
            totals: s.totals(),
            modules: s.by_group(),
        };
        Summary {
            pymongo: modules(&input.pymongo),
            pymongo_async: modules(&input.pymongo_async),
            motor: modules(&input.motor),
            unified: UnifiedSummary {
                totals: unified.totals_where(|r| r.group != super::SELF_TEST_AREA),
                areas: unified
                    .by_group()
                    .into_iter()
                    .filter(|(area, _)| area != super::SELF_TEST_AREA)
                    .collect(),
                runner_self_tests: unified.totals_where(|r| r.group == super::SELF_TEST_AREA),
            },
        }
    }

    pub fn unified_view(&self) -> SuiteSummary<'_> {
        SuiteSummary {
            totals: &self.unified.totals,
            groups: &self.unified.areas,
        }
    }

    /// Pretty JSON with a trailing newline; keys in a fixed order.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("summary serializes") + "\n"
    }
}
