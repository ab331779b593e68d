//! What the engine is opened with: where the store lives, whether it is
//! in memory, and the sizes of the cache and the oplog. The engine and the
//! oplog's sizing rules both read it.

use std::path::PathBuf;

/// Where and how to open the store.
#[derive(Debug, Clone)]
pub struct EngineConfig {
    pub path: PathBuf,
    pub in_memory: bool,
    pub cache_size_mb: u64,
    /// `--oplogSize` in MB.
    pub oplog_size_mb: Option<u64>,
    /// `--journalCommitInterval`: how often writes that did not wait for
    /// the journal reach it (mongod: 1–500 ms, 100 by default).
    pub journal_commit_interval_ms: u64,
}
