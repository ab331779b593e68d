//! The TTL monitor: like mongod's, a background task that wakes every
//! `ttlMonitorSleepSecs` (60 by default, settable with setParameter) and
//! deletes the documents whose TTL-indexed date is older than the index's
//! `expireAfterSeconds`. Deletes go through the normal write path (index
//! maintenance, one transaction per collection) and find their documents
//! through the TTL index itself.

use crate::planner::Plan;
use crate::query::Filter;
use crate::state::ServerState;
use bson::{doc, Bson, DateTime};
use std::ops::ControlFlow;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// Runs passes until shutdown.
pub async fn monitor(state: Arc<ServerState>, mut shutdown: watch::Receiver<bool>) {
    // Ticks every second so a changed ttlMonitorSleepSecs applies at once.
    let mut waited = 0u64;
    loop {
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = shutdown.changed() => return,
        }
        waited += 1;
        if waited < state.ttl_monitor_sleep_secs.load(Ordering::Relaxed).max(1) {
            continue;
        }
        waited = 0;
        let s = state.clone();
        let r = tokio::task::spawn_blocking(move || pass(&s)).await;
        match r {
            Ok(Ok(n)) if n > 0 => tracing::debug!(deleted = n, "TTL pass"),
            Ok(Err(e)) => tracing::warn!(error = %e, "TTL pass failed"),
            _ => {}
        }
    }
}

/// One pass over every TTL index; returns how many documents were deleted.
pub fn pass(state: &ServerState) -> crate::error::Result<u64> {
    let engine = &state.engine;
    let now = DateTime::now().timestamp_millis();
    let mut deleted = 0u64;
    for db in engine.databases() {
        for meta in engine.collections(&db) {
            for idx in &meta.indexes {
                let (Some(secs), [(field, _)], true) =
                    (idx.expire_after, idx.fields.as_slice(), idx.ready)
                else {
                    continue;
                };
                let cutoff = Bson::DateTime(DateTime::from_millis(now - secs * 1000));
                // Dates only: mongod ignores documents whose field holds no
                // date (arrays expire by their earliest date, which a
                // multikey match on any element gives).
                let filter = Filter::parse(&doc! { field.clone(): { "$lt": cutoff } })?;
                let plan =
                    Plan::choose(&meta, &filter, None, Some(&Bson::String(idx.name.clone())))?;
                deleted += engine.with_txn(false, |txn| {
                    let mut doomed = Vec::new();
                    crate::planner::run(txn, &meta, &plan, &filter, |rid, d| {
                        doomed.push((rid, d));
                        Ok(ControlFlow::Continue(()))
                    })?;
                    for (rid, d) in &doomed {
                        txn.delete(&meta, *rid, d)?;
                    }
                    Ok(doomed.len() as u64)
                })?;
            }
        }
    }
    Ok(deleted)
}
