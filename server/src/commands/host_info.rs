//! `hostInfo`: facts about the machine the server runs on.

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(_ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let host = hostname::get()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "localhost".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get() as i32)
        .unwrap_or(1);
    let mem_mb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<i64>().ok())
        })
        .map(|kb| kb / 1024)
        .unwrap_or(0);
    Ok(doc! {
        "system": {
            "currentTime": bson::DateTime::now(),
            "hostname": host,
            "cpuAddrSize": 64,
            "memSizeMB": mem_mb,
            "memLimitMB": mem_mb,
            "numCores": cores,
            "numPhysicalCores": cores,
            "numCoresAvailableToProcess": cores,
            "cpuArch": std::env::consts::ARCH,
            "numaEnabled": false,
        },
        "os": { "type": std::env::consts::OS, "name": std::env::consts::OS },
        "extra": {},
    })
}
