//! The SecantusDB conformance harness.
//!
//! Two runners feed one report writer:
//! - [`unified`]: the MongoDB unified-format spec tests, run through the official
//!   `mongodb` Rust driver (the `unified` test binary, one libtest-mimic trial per case);
//! - [`pymongo`]: pymongo's own synchronous test suite, run with pytest from the
//!   pinned sdist against ephemeral servers.
//!
//! Both produce [`results::SuiteResults`] files; [`report`] turns them into
//! `reports/validation-report.md`, `reports/failing-tests.txt` and
//! `reports/summary.json` and `reports/results.tsv` (every test's status), and
//! [`check`] compares a run's statuses with the committed ones.

pub mod check;
pub mod compare;
pub mod junit;
pub mod paths;
pub mod project;
pub mod pymongo;
pub mod quick;
pub mod reasons;
pub mod report;
pub mod results;
pub mod server;
pub mod specs;
pub mod statuses;
pub mod unified;
