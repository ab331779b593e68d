//! `serverStatus`: process, connection, operation and storage statistics in
//! mongod's shape (the sections drivers' and tools' checks read).

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};
use std::sync::atomic::Ordering::Relaxed;

pub fn run(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let s = ctx.state;
    let up = s.started.elapsed();
    let host = hostname::get()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "localhost".into());
    let current = s.current_connections.load(Relaxed) as i32;
    let rss_mb = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|t| {
            t.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<i64>().ok())
        })
        .map(|pages| pages * 4096 / (1024 * 1024))
        .unwrap_or(0);
    let oc = &s.op_counters;
    let mut r = doc! {
        "host": format!("{host}:{}", s.addr.port()),
        "version": super::build_info::MONGOD_VERSION,
        "process": "mongod",
        "pid": std::process::id() as i64,
        "uptime": up.as_secs_f64().floor(),
        "uptimeMillis": up.as_millis() as i64,
        "uptimeEstimate": up.as_secs() as i64,
        "localTime": bson::DateTime::now(),
        "connections": {
            "current": current,
            "available": (s.config.max_connections as i32 - current).max(0),
            "totalCreated": s.total_connections.load(Relaxed) as i64,
            "active": current,
        },
        "opcounters": {
            "insert": oc.insert.load(Relaxed) as i64,
            "query": oc.query.load(Relaxed) as i64,
            "update": oc.update.load(Relaxed) as i64,
            "delete": oc.delete.load(Relaxed) as i64,
            "getmore": oc.getmore.load(Relaxed) as i64,
            "command": oc.command.load(Relaxed) as i64,
        },
        "mem": { "bits": 64, "resident": rss_mb, "virtual": rss_mb, "supported": true },
        "storageEngine": {
            // mongod names the in-memory engine `inMemory`.
            "name": if s.engine.is_in_memory() { "inMemory" } else { "wiredTiger" },
            "supportsCommittedReads": true,
            "persistent": !s.engine.is_in_memory(),
            "readOnly": false,
        },
        "logicalSessionRecordCache": { "activeSessionsCount": s.sessions.active_count() as i32 },
        "metrics": { "cursor": { "open": { "total": s.cursors.open_count() as i64, "noTimeout": 0_i64 } } },
    };
    r.insert("wiredTiger", doc! { "cache": s.engine.cache_status()? });
    if s.is_replica_set() {
        let (optime, date) = s.last_applied();
        r.insert(
            "repl",
            doc! {
                "lastWrite": {
                    "opTime": optime.clone(),
                    "lastWriteDate": date,
                    "majorityOpTime": optime,
                    "majorityWriteDate": date,
                },
                "setName": s.config.replica_set_name.clone(),
                "isWritablePrimary": true,
                "secondary": false,
                "primary": s.me(),
                "me": s.me(),
                "hosts": [s.me()],
            },
        );
    }
    Ok(r)
}
