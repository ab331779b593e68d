//! `collStats`: document count and sizes of a collection and its indexes.
//! [`storage_stats`] is shared with the `$collStats` stage.

use crate::commands::Ctx;
use crate::error::Result;
use crate::storage::CollMeta;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "collStats")?;
    let scale = crate::commands::args::opt_i64(cmd, "collStats", "scale")?
        .unwrap_or(1)
        .max(1);
    let ns = format!("{}.{coll}", ctx.db);
    let meta = ctx.state.engine.collection(&ctx.db, &coll);
    let mut r = doc! { "ns": ns };
    r.extend(storage_stats(ctx, meta.as_deref(), scale)?);
    Ok(r)
}

/// Sizes and counts of a collection (all zero when it does not exist), in
/// units of `scale` bytes.
pub fn storage_stats(ctx: &Ctx<'_>, meta: Option<&CollMeta>, scale: i64) -> Result<Document> {
    let Some(meta) = meta else {
        return Ok(doc! {
            "size": 0, "count": 0, "storageSize": 0, "totalIndexSize": 0,
            "totalSize": 0, "indexSizes": {}, "scaleFactor": scale as i32, "nindexes": 0,
        });
    };
    let mut txn = ctx.state.engine.begin()?;
    let (count, bytes) = txn.data_size(meta)?;
    let mut index_sizes = Document::new();
    let mut index_total = 0i64;
    for i in &meta.indexes {
        let b = txn.index_bytes(i)? as i64;
        index_total += b;
        index_sizes.insert(i.name.clone(), b / scale);
    }
    let mut r = doc! {
        "size": (bytes as i64 / scale),
        "count": count as i64,
        "storageSize": (bytes as i64 / scale),
        "totalIndexSize": index_total / scale,
        "totalSize": (bytes as i64 + index_total) / scale,
        "indexSizes": index_sizes,
        "nindexes": meta.indexes.len() as i32,
        "scaleFactor": scale as i32,
        "capped": meta.is_capped(),
    };
    if let Some(avg) = bytes.checked_div(count) {
        r.insert("avgObjSize", avg as i64);
    }
    // A capped collection's bounds, as mongod reports them (max 0: no
    // document limit).
    if let Some((size, max)) = meta.cap() {
        r.insert("max", max.unwrap_or(0) as i64);
        r.insert("maxSize", size as i64 / scale);
    }
    Ok(r)
}
