//! mongod's slow-query log line (id 51803, "Slow query"): a command that
//! ran at least `slowms` milliseconds (100 unless `profile` set another
//! value) is logged with its namespace, the command, how it ended and how
//! long it took.

use crate::commands::ConnInfo;
use crate::log::SLOW_MS;
use bson::{Bson, Document};
use std::sync::atomic::Ordering;

pub(super) fn log(conn: &ConnInfo, body: &Document, reply: &Document, micros: u64) {
    let millis = micros / 1000;
    if millis < SLOW_MS.load(Ordering::Relaxed) {
        return;
    }
    let Some((name, first)) = body.iter().next() else {
        return;
    };
    // The time an awaitData getMore (one with `maxTimeMS`) spends waiting
    // for new data does not count: mongod pauses the operation's timer
    // while it waits, so a change stream's wait is not a slow query.
    if name == "getMore" && body.contains_key("maxTimeMS") {
        return;
    }
    let db = body.get_str("$db").unwrap_or("admin");
    let ns = match first {
        Bson::String(coll) => format!("{db}.{coll}"),
        _ => format!("{db}.$cmd"),
    };
    let command = serde_json::to_string(body).unwrap_or_default();
    let ok = reply.get("ok").and_then(crate::value::as_f64) == Some(1.0);
    let (err_code, err_msg) = if ok {
        (None, None)
    } else {
        (
            reply.get("code").and_then(crate::value::as_i64),
            reply.get_str("errmsg").ok(),
        )
    };
    tracing::info!(target: "COMMAND", id = 51803, ctx = %format_args!("conn{}", conn.id),
        r#type = "command", ns = %ns, command = %command, commandName = %name,
        ok = ok, errCode = err_code, errMsg = err_msg,
        remote = %conn.peer, protocol = "op_msg", durationMillis = millis,
        "Slow query");
}
