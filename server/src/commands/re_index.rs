//! `reIndex`: rebuilds every index of a collection from its documents.
//! Since 6.0 mongod allows it only on a standalone server; a replica-set
//! member (SecantusDB's default presentation) refuses it like mongod does.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::IndexMeta;
use bson::{doc, Bson, Document};
use std::sync::Arc;

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "reIndex")?;
    if ctx.state.is_replica_set() {
        return Err(Error::new(
            ErrorCode::IllegalOperation,
            "reIndex is only allowed on a standalone mongod instance",
        ));
    }
    let engine = &ctx.state.engine;
    let _g = engine.ddl_lock();
    let Some(meta) = engine.collection(&ctx.db, &coll) else {
        return Err(Error::new(
            ErrorCode::NamespaceNotFound,
            format!("collection {}.{coll} does not exist", ctx.db),
        ));
    };
    let mut fresh = Vec::with_capacity(meta.indexes.len());
    for idx in &meta.indexes {
        fresh.push(IndexMeta::from_spec(
            idx.spec.clone(),
            engine.create_index_table()?,
        ));
    }
    let new_meta = meta.with_indexes(fresh.clone());
    let built = engine.with_txn(false, |txn| {
        for idx in &fresh {
            txn.build_index(&new_meta, idx)?;
        }
        engine.stage_meta(txn, &new_meta)
    });
    if let Err(e) = built {
        engine.drop_tables(fresh.iter().map(|i| i.table.clone()).collect());
        return Err(e);
    }
    engine.publish(Arc::new(new_meta));
    engine.drop_tables(meta.indexes.iter().map(|i| i.table.clone()).collect());
    ctx.wrote();
    let specs: Vec<Bson> = fresh
        .iter()
        .map(|i| Bson::Document(i.spec.clone()))
        .collect();
    Ok(doc! {
        "nIndexesWas": meta.indexes.len() as i32,
        "nIndexes": fresh.len() as i32,
        "indexes": specs,
    })
}
