//! Keeping the oplog: its default size (mongod's rule), finding its newest
//! entry at start-up, and the periodic work — letting WiredTiger forget
//! history older than `minSnapshotHistoryWindowInSeconds`, and truncating
//! the oldest entries once the oplog outgrows its size (readers that fall
//! behind then get ChangeStreamHistoryLost).

use super::{clock, wt_ts, Oplog};
use crate::error::Result;
use crate::index::keyenc::decode_i64;
use crate::storage::engine_config::EngineConfig;
use crate::storage::sessions::SessionPool;
use crate::storage::wt_err;
use crate::wt::Session;

const MB: u64 = 1024 * 1024;

/// mongod's default oplog size: 5 % of the free disk space (at least 990
/// MB) on disk, 5 % of physical memory (at least 50 MB) in memory, at most
/// 50 GB. An in-memory store's cache holds the oplog with the data and the
/// snapshot history, so there it is also kept within a quarter of the
/// cache. `--oplogSize` overrides the rule.
pub fn default_max_bytes(cfg: &EngineConfig) -> u64 {
    if let Some(mb) = cfg.oplog_size_mb {
        return mb.max(1) * MB;
    }
    if cfg.in_memory {
        let five_percent = physical_memory().unwrap_or(1024 * MB) / 20;
        five_percent
            .clamp(50 * MB, 50 * 1024 * MB)
            .min(cfg.cache_size_mb * MB / 4)
    } else {
        let free = fs2::available_space(&cfg.path).unwrap_or(20 * 1024 * MB);
        (free / 20).clamp(990 * MB, 50 * 1024 * MB)
    }
}

fn physical_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The newest entry's time (0 when empty) and the bytes the oplog holds.
pub(crate) fn newest_and_bytes(s: &Session, table: &str) -> Result<(u64, u64)> {
    let mut c = s.open_cursor(table, "").map_err(wt_err)?;
    let mut bytes = 0u64;
    let mut newest = 0u64;
    while c.next().map_err(wt_err)? {
        newest = decode_i64(c.key().map_err(wt_err)?) as u64;
        bytes += c.value().map_err(wt_err)?.len() as u64;
    }
    Ok((newest, bytes))
}

/// How much snapshot history an in-memory store's cache may hold: a
/// quarter of it (on disk, WiredTiger moves history out of the cache).
pub fn history_budget(cfg: &EngineConfig) -> u64 {
    if cfg.in_memory {
        cfg.cache_size_mb * MB / 4
    } else {
        0
    }
}

/// Above this share of the cache in use, an in-memory store drops its
/// snapshot history at once: everything newer than the oldest timestamp
/// stays in the cache (as update chains beside the page images), and
/// WiredTiger answers WT_CACHE_FULL when it cannot evict (mongod likewise
/// gives up snapshot history under cache pressure before failing writes).
const CACHE_PRESSURE_PERCENT: u64 = 50;

/// One round of maintenance.
pub(crate) fn keep(sessions: &SessionPool, oplog: &Oplog) -> Result<()> {
    let relief = oplog.begin_round();
    let window = oplog
        .history_window_secs
        .load(std::sync::atomic::Ordering::Relaxed);
    let now = oplog.clock.now_packed();
    let mut horizon = oplog.history_horizon((now >> 32).saturating_sub(window)) << 32;
    let mut cache = None;
    if oplog.history_in_cache() {
        let (used, max) = sessions.cache_usage()?;
        cache = Some((used, max));
        if relief || used * 100 > max * CACHE_PRESSURE_PERCENT {
            horizon = u64::MAX;
            oplog.clear_history();
        }
    }
    // Everything visible is stable: every table is logged, so the stable
    // timestamp does not decide what survives a crash, but WiredTiger
    // only reconciles (and so frees) updates at or before it — on an
    // in-memory store, nothing newer could ever leave the cache.
    let visible = oplog.visible();
    let oldest = horizon.min(visible);
    sessions.set_timestamp(&format!(
        "oldest_timestamp={},stable_timestamp={}",
        wt_ts(oldest.max(oplog.oldest())),
        wt_ts(visible)
    ))?;
    oplog.set_oldest(oldest);
    tracing::debug!(
        "oplog keeper: oldest {} stable {} bytes {} max {} cache {:?}",
        clock::unpack(oldest),
        clock::unpack(visible),
        oplog.bytes(),
        oplog.max_bytes(),
        cache
    );
    if oplog.bytes() > oplog.max_bytes() {
        truncate(sessions, oplog)?;
    }
    Ok(())
}

/// Removes the oldest entries until the oplog fits its size again, a
/// thousand per transaction (the newest entry always stays).
fn truncate(sessions: &SessionPool, oplog: &Oplog) -> Result<()> {
    while oplog.bytes() > oplog.max_bytes() {
        let s = sessions.take()?;
        let r = truncate_batch(&s, oplog);
        if r.is_err() {
            let _ = s.rollback_transaction();
        }
        sessions.give_back(s);
        if r? == 0 {
            break;
        }
    }
    Ok(())
}

fn truncate_batch(s: &Session, oplog: &Oplog) -> Result<usize> {
    s.begin_transaction("isolation=snapshot").map_err(wt_err)?;
    let mut removed = Vec::new();
    let mut freed = 0u64;
    let excess = oplog.bytes().saturating_sub(oplog.max_bytes());
    {
        let newest = {
            let mut c = s.open_cursor(oplog.table(), "").map_err(wt_err)?;
            if c.last().map_err(wt_err)? {
                Some(c.key().map_err(wt_err)?.to_vec())
            } else {
                None
            }
        };
        let mut c = s.open_cursor(oplog.table(), "").map_err(wt_err)?;
        while removed.len() < 1000 && freed < excess && c.next().map_err(wt_err)? {
            let key = c.key().map_err(wt_err)?.to_vec();
            if Some(&key) == newest.as_ref() {
                break;
            }
            freed += c.value().map_err(wt_err)?.len() as u64;
            removed.push(key);
        }
    }
    let mut c = s.open_cursor(oplog.table(), "").map_err(wt_err)?;
    for k in &removed {
        c.remove(k).map_err(wt_err)?;
    }
    drop(c);
    if let Some(last) = removed.last() {
        // Images of removed entries go with them.
        let until = (decode_i64(last) as u64).saturating_add(1);
        let mut c = s.open_cursor(super::entry::IMAGES, "").map_err(wt_err)?;
        let mut stale = Vec::new();
        while c.next().map_err(wt_err)? {
            let k = c.key().map_err(wt_err)?;
            if k.len() < 8 || u64::from_be_bytes(k[..8].try_into().unwrap_or_default()) >= until {
                break;
            }
            stale.push(k.to_vec());
        }
        for k in stale {
            c.remove(&k).map_err(wt_err)?;
        }
    }
    s.commit_transaction("").map_err(wt_err)?;
    oplog.sub_bytes(freed);
    if let Some(last) = removed.last() {
        oplog.note_truncated(decode_i64(last) as u64);
    }
    tracing::debug!(
        "oplog truncated: {} entries before {}",
        removed.len(),
        clock::unpack(oplog.visible())
    );
    Ok(removed.len())
}
