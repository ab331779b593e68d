//! `dbStats`: counts and sizes over a database's collections.

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let scale = crate::commands::args::opt_i64(cmd, "dbStats", "scale")?
        .unwrap_or(1)
        .max(1);
    let engine = &ctx.state.engine;
    let colls = engine.collections(&ctx.db);
    let mut txn = engine.begin()?;
    let (mut objects, mut bytes, mut indexes, mut index_bytes) = (0u64, 0u64, 0i64, 0u64);
    for m in &colls {
        let (n, b) = txn.data_size(m)?;
        objects += n;
        bytes += b;
        indexes += m.indexes.len() as i64;
        for i in &m.indexes {
            index_bytes += txn.index_bytes(i)?;
        }
    }
    let avg = bytes.checked_div(objects).unwrap_or(0) as f64;
    let s = scale as f64;
    Ok(doc! {
        "db": ctx.db.clone(),
        "collections": colls.len() as i64,
        "views": 0_i64,
        "objects": objects as i64,
        "avgObjSize": avg,
        "dataSize": bytes as f64 / s,
        "storageSize": bytes as f64 / s,
        "indexes": indexes,
        "indexSize": index_bytes as f64 / s,
        "totalSize": (bytes + index_bytes) as f64 / s,
        "scaleFactor": scale,
        "fsUsedSize": 0.0,
        "fsTotalSize": 0.0,
    })
}
