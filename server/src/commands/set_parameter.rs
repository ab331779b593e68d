//! `setParameter`: accepts the parameters tests commonly set and answers
//! with the previous value. `ttlMonitorSleepSecs` changes how often the TTL
//! monitor runs, `minSnapshotHistoryWindowInSeconds` how much history
//! snapshot reads can reach; the others are acknowledged without effect.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let mut out = Document::new();
    for (k, v) in cmd.iter().skip(1) {
        if crate::commands::GENERIC_FIELDS.contains(&k.as_str()) {
            continue;
        }
        if k == "ttlMonitorSleepSecs" {
            let secs = crate::value::as_i64(v).filter(|s| *s > 0).ok_or_else(|| {
                Error::bad_value("ttlMonitorSleepSecs must be a positive integer")
            })?;
            let was = ctx
                .state
                .ttl_monitor_sleep_secs
                .swap(secs as u64, std::sync::atomic::Ordering::Relaxed);
            out.insert("was", was as i32);
            continue;
        }
        if k == "minSnapshotHistoryWindowInSeconds" {
            let secs = crate::value::as_i64(v).filter(|s| *s >= 0).ok_or_else(|| {
                Error::bad_value(
                    "minSnapshotHistoryWindowInSeconds must be greater than or equal to 0",
                )
            })?;
            let was = ctx
                .state
                .engine
                .oplog()
                .history_window_secs
                .swap(secs as u64, std::sync::atomic::Ordering::Relaxed);
            out.insert("was", was as i32);
            continue;
        }
        out.insert("was", Bson::Null);
    }
    if out.is_empty() {
        return Err(Error::bad_value(
            "no option found to set, use help:true to see options ",
        ));
    }
    Ok(out)
}
