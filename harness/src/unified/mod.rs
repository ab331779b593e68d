//! The unified-format spec runner.
//!
//! [`main`] is the body of the `unified` test binary: it reads the areas in
//! `specs/unified-areas.txt`, turns every case of every spec file into one
//! libtest-mimic trial named `area/file/case`, and writes the per-case results
//! to `target/conformance/unified.json` (or `$SECANTUS_RESULTS`).
//!
//! Each spec file gets its own ephemeral in-memory server, started when its
//! first case runs and stopped after its last; cases of one file run one at a
//! time on it, files run in parallel. With `SECANTUS_TARGET` every case runs
//! against that server instead (use `--test-threads 1`).

pub mod bulk_result;
pub mod ctx;
pub mod entities;
pub mod events;
pub mod expect_error;
pub mod json;
pub mod logs;
pub mod matcher;
pub mod model;
pub mod ops;
pub mod requirements;
pub mod runner;
#[cfg(test)]
mod selftest;
mod step;
mod trials;

pub use trials::main;
