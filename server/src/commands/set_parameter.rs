//! `setParameter`: changes the runtime parameters this server has, each of
//! which takes effect at once — `ttlMonitorSleepSecs` (how often the TTL
//! monitor runs), `minSnapshotHistoryWindowInSeconds` (how much history
//! snapshot reads can reach), `transactionLifetimeLimitSeconds` (when an
//! idle transaction is aborted) and `cursorTimeoutMillis` (when an idle
//! cursor is closed) and the `ingressConnectionEstablishment*` rate limiter
//! (see `crate::ingress`) — and answers with the previous value. Any other
//! name is refused as mongod refuses a parameter it does not know.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::state::ServerState;
use bson::{Bson, Document};
use std::sync::atomic::{AtomicU64, Ordering};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let mut out = Document::new();
    for (k, v) in cmd.iter().skip(1) {
        if crate::commands::GENERIC_FIELDS.contains(&k.as_str()) {
            continue;
        }
        out.insert("was", set(ctx.state, k, v)?);
    }
    if out.is_empty() {
        return Err(Error::bad_value(
            "no option found to set, use help:true to see options ",
        ));
    }
    Ok(out)
}

/// Sets one parameter (as `setParameter` does, and `--setParameter` at
/// startup); the previous value.
pub fn set(state: &ServerState, k: &str, v: &Bson) -> Result<Bson> {
    if let Some(was) = set_ingress(state, k, v)? {
        return Ok(was);
    }
    let (cell, min): (&AtomicU64, i64) = match k {
        "ttlMonitorSleepSecs" => (&state.ttl_monitor_sleep_secs, 1),
        "minSnapshotHistoryWindowInSeconds" => (&state.engine.oplog().history_window_secs, 0),
        "transactionLifetimeLimitSeconds" => (&crate::session::txn::LIFETIME_SECS, 1),
        "cursorTimeoutMillis" => (&crate::cursor::CURSOR_TIMEOUT_MS, 0),
        _ => {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!(
                    "attempted to set unrecognized parameter [{k}], use help:true to see options "
                ),
            ))
        }
    };
    let value = integer(k, v)?;
    if value < min {
        return Err(Error::bad_value(format!(
            "{k} must be greater than or equal to {min}"
        )));
    }
    let was = cell.swap(value as u64, Ordering::Relaxed);
    Ok(i32::try_from(was).map_or(Bson::Int64(was as i64), Bson::Int32))
}

/// The ingress connection establishment rate limiter's parameters: the
/// previous value when `name` is one of them.
fn set_ingress(state: &ServerState, name: &str, v: &Bson) -> Result<Option<Bson>> {
    let l = &state.ingress;
    let was = match name {
        "ingressConnectionEstablishmentRateLimiterEnabled" => {
            let on = match v {
                Bson::Boolean(b) => *b,
                Bson::String(s) if s == "true" || s == "1" => true,
                Bson::String(s) if s == "false" || s == "0" => false,
                other => crate::value::as_f64(other)
                    .map(|n| n != 0.0)
                    .ok_or_else(|| {
                        Error::bad_value(format!(
                            "Invalid value for parameter {name}: {other} is not a boolean"
                        ))
                    })?,
            };
            Bson::Boolean(l.enabled.swap(on, Ordering::Relaxed))
        }
        "ingressConnectionEstablishmentRatePerSec" => {
            let n = integer(name, v)?;
            if n < 1 {
                return Err(Error::bad_value(format!(
                    "{name} must be greater than or equal to 1"
                )));
            }
            Bson::Int32(
                l.rate_per_sec
                    .swap(n as u64, Ordering::Relaxed)
                    .min(i32::MAX as u64) as i32,
            )
        }
        "ingressConnectionEstablishmentBurstCapacitySecs" => {
            let secs = match v {
                Bson::String(s) => s.trim().parse::<f64>().ok(),
                other => crate::value::as_f64(other),
            }
            .filter(|s| *s > 0.0)
            .ok_or_else(|| Error::bad_value(format!("{name} must be a number greater than 0")))?;
            Bson::Double(f64::from_bits(
                l.burst_capacity_secs
                    .swap(secs.to_bits(), Ordering::Relaxed),
            ))
        }
        "ingressConnectionEstablishmentMaxQueueDepth" => {
            let n = integer(name, v)?;
            if n < 0 {
                return Err(Error::bad_value(format!(
                    "{name} must be greater than or equal to 0"
                )));
            }
            Bson::Int64(l.max_queue_depth.swap(n as u64, Ordering::Relaxed) as i64)
        }
        _ => return Ok(None),
    };
    l.reset();
    Ok(Some(was))
}

/// A parameter's value: an integral number (mongod also parses strings of
/// digits, as `--setParameter name=value` gives them).
fn integer(name: &str, v: &Bson) -> Result<i64> {
    let n = match v {
        Bson::Int32(n) => Some(i64::from(*n)),
        Bson::Int64(n) => Some(*n),
        Bson::Double(f) if f.fract() == 0.0 => Some(*f as i64),
        Bson::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    n.ok_or_else(|| {
        Error::bad_value(format!(
            "Invalid value for parameter {name}: {v} is not an integer"
        ))
    })
}
