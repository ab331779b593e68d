//! `getParameter`: server parameters by name, or all of them with `"*"`.
//! pymongo's test suite requires `enableTestCommands` in the `"*"` answer.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{doc, Bson, Document};
use std::sync::atomic::Ordering::Relaxed;

fn all(ctx: &Ctx<'_>) -> Document {
    doc! {
        "enableTestCommands": ctx.state.config.enable_test_commands,
        "authenticationMechanisms": ["SCRAM-SHA-1", "SCRAM-SHA-256"],
        "cursorTimeoutMillis": crate::cursor::CURSOR_TIMEOUT_MS.load(Relaxed) as i64,
        "featureCompatibilityVersion": { "version": "8.0" },
        "ingressConnectionEstablishmentRateLimiterEnabled": ctx.state.ingress.enabled.load(Relaxed),
        "ingressConnectionEstablishmentRatePerSec": ctx.state.ingress.rate_per_sec.load(Relaxed).min(i32::MAX as u64) as i32,
        "ingressConnectionEstablishmentBurstCapacitySecs": ctx.state.ingress.burst_capacity_secs(),
        "ingressConnectionEstablishmentMaxQueueDepth": ctx.state.ingress.max_queue_depth.load(Relaxed) as i64,
        "internalQueryMaxBlockingSortMemoryUsageBytes": 104_857_600_i64,
        "logicalSessionRefreshMillis": 300_000,
        "localLogicalSessionTimeoutMinutes": crate::session::SESSION_TIMEOUT_MINUTES,
        "maxBSONDepth": 200,
        "maxTransactionLockRequestTimeoutMillis": 5,
        "minSnapshotHistoryWindowInSeconds": ctx
            .state
            .engine
            .oplog()
            .history_window_secs
            .load(std::sync::atomic::Ordering::Relaxed) as i32,
        "notablescan": false,
        "requireApiVersion": false,
        "transactionLifetimeLimitSeconds": crate::session::txn::LIFETIME_SECS.load(Relaxed) as i32,
        "ttlMonitorSleepSecs": ctx.state.ttl_monitor_sleep_secs.load(Relaxed) as i32,
        "quiet": false,
    }
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let params = all(ctx);
    let selector = cmd.get("getParameter").cloned().unwrap_or(Bson::Null);
    let want_all = matches!(&selector, Bson::String(s) if s == "*")
        || matches!(&selector, Bson::Document(d) if d.get("allParameters").is_some_and(crate::value::truthy));
    if want_all {
        return Ok(params);
    }
    let mut out = Document::new();
    for (k, _) in cmd.iter().skip(1) {
        if crate::commands::GENERIC_FIELDS.contains(&k.as_str()) {
            continue;
        }
        if let Some(v) = params.get(k) {
            out.insert(k.clone(), v.clone());
        }
    }
    if out.is_empty() {
        return Err(Error::bad_value("no option found to get"));
    }
    Ok(out)
}
