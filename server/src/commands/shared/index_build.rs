//! Building an index over existing documents while the collection stays
//! usable, in the spirit of mongod's hybrid builds:
//!
//! 1. the index is published as "building": every write from then on
//!    maintains it, but queries and listIndexes do not see it;
//! 2. the build waits until no command still holds the metadata from before
//!    (those writes would not know the index);
//! 3. existing documents are added in batches of their own transactions,
//!    each rewriting its records so a concurrent update or delete conflicts
//!    with the batch (which is retried) rather than leaving a stale key;
//! 4. the finished index is written to the catalog and published as ready.
//!
//! A duplicate key (for a unique index) or any other failure unpublishes the
//! index and drops its table. Batches keep each transaction small, so a
//! build never needs more cache than one batch.

use crate::error::{Error, ErrorCode, Result};
use crate::storage::{CollMeta, Engine, IndexMeta};
use bson::Document;
use std::sync::Arc;
use std::time::{Duration, Instant};

const BATCH: usize = 2_000;

/// How long a build waits for commands that started before it.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(60);

/// Builds the index `spec` on `meta`'s collection; returns the metadata
/// with the ready index (already published). The caller holds the DDL lock.
pub fn build(engine: &Engine, meta: Arc<CollMeta>, spec: Document) -> Result<Arc<CollMeta>> {
    let table = engine.create_index_table()?;
    let idx = IndexMeta::from_spec(spec, table);
    let built = backfill(engine, meta, idx, |m, idx| {
        let mut indexes = m.indexes.clone();
        indexes.push(idx);
        m.with_indexes(indexes)
    })?;
    Ok(built.ready)
}

/// What [`backfill`] published.
pub struct Built {
    /// The final metadata, committed and published.
    pub ready: Arc<CollMeta>,
    /// The metadata published while building: commands that still hold it
    /// may write to every table it names.
    pub building: Arc<CollMeta>,
}

/// Fills `idx` (whose table is new and empty) from the collection's
/// documents while every write maintains it next to `meta`'s indexes, then
/// commits and publishes the metadata `finish` makes from `meta` and the
/// ready index. collMod's unique conversions rebuild an index this way. The
/// caller holds the DDL lock and no other clone of `meta`.
pub fn backfill(
    engine: &Engine,
    meta: Arc<CollMeta>,
    mut idx: IndexMeta,
    finish: impl FnOnce(&CollMeta, IndexMeta) -> CollMeta,
) -> Result<Built> {
    let table = idx.table.clone();
    idx.ready = false;
    let mut indexes = meta.indexes.clone();
    indexes.push(idx.clone());
    let building = Arc::new(meta.with_indexes(indexes));
    engine.publish(building.clone());
    let fail = |e: Error| {
        engine.publish(meta.clone());
        engine.drop_tables(vec![table.clone()]);
        e
    };
    // Only this function may still hold the old metadata.
    if !drained(&meta) {
        return Err(fail(Error::new(
            ErrorCode::CannotCreateIndex,
            "index build gave up waiting for earlier operations on the collection to finish",
        )));
    }
    let mut from = i64::MIN;
    loop {
        let next = engine
            .with_txn(false, |txn| {
                txn.backfill_index(&building, &idx, from, BATCH)
            })
            .map_err(&fail)?;
        match next {
            Some(n) => from = n,
            None => break,
        }
    }
    idx.ready = true;
    // A new index is a createIndexes in the oplog (a rebuilt one, by
    // collMod, is not).
    let created = (!meta.indexes.iter().any(|i| i.name == idx.name)).then(|| {
        let mut o = bson::doc! { "createIndexes": &meta.name };
        o.extend(idx.spec.clone());
        o
    });
    let ready = Arc::new(finish(&meta, idx));
    engine
        .with_txn(false, |txn| {
            engine.stage_meta(txn, &ready)?;
            if let Some(o) = &created {
                txn.log_command(&ready.db, Some(ready.uuid), o.clone(), None)?;
            }
            Ok(())
        })
        .map_err(&fail)?;
    engine.publish(ready.clone());
    Ok(Built { ready, building })
}

/// Waits until the caller holds the only reference to `meta` (commands
/// that started with it have finished); false after [`DRAIN_TIMEOUT`].
pub fn drained(meta: &Arc<CollMeta>) -> bool {
    let started = Instant::now();
    while Arc::strong_count(meta) > 1 {
        if started.elapsed() > DRAIN_TIMEOUT {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    true
}
