//! collMod's uniqueness options for one index (called by `coll_mod` after
//! the request is parsed, inside the DDL lock):
//!
//! - `prepareUnique: true|false` only flips a flag: the index keeps its
//!   entries and existing duplicates but refuses new duplicate keys
//!   (storage/index_unique.rs);
//! - `unique: true` converts a prepareUnique index after scanning it for
//!   duplicate keys (CannotConvertIndexToUnique with `violations` when there
//!   are any; with `dryRun` the scan is all that happens);
//! - `forceNonUnique: true` converts a unique index back.
//!
//! A unique index stores key → record id and a non-unique one key + record
//! id, so a conversion rebuilds the index into a new table the way an index
//! build does (commands/index_build.rs) and swaps it in with the catalog
//! change in one transaction; a crash before that leaves the old index.

use crate::error::{Error, ErrorCode, Result};
use crate::storage::{CollMeta, Engine, IndexMeta};
use bson::{doc, Bson, Document};
use std::ops::ControlFlow;
use std::sync::Arc;

/// The layout change a collMod asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    ToUnique,
    ToNonUnique,
}

/// The uniqueness part of collMod's `index` document, checked against the
/// index as mongod's `parseCollModRequest` does.
#[derive(Debug, Default)]
pub struct UniqueRequest {
    /// The new `prepareUnique` value, when it changes the index.
    pub prepare: Option<bool>,
    pub convert: Option<Conversion>,
}

/// collMod's boolean index options are IDL `safeBool`s: a bool or a number.
pub fn safe_bool(spec: &Document, field: &str) -> Result<Option<bool>> {
    match spec.get(field) {
        None => Ok(None),
        Some(v @ (Bson::Boolean(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_))) => {
            Ok(Some(crate::value::truthy(v)))
        }
        Some(v) => Err(Error::type_mismatch(format!(
            "BSON field 'collMod.index.{field}' is the wrong type '{}', expected types '[bool, long, int, decimal, double]'",
            crate::value::type_name(v)
        ))),
    }
}

/// Checks the uniqueness options of `spec` against the index `idx`.
pub fn parse(spec: &Document, idx: &IndexMeta) -> Result<UniqueRequest> {
    let unique = safe_bool(spec, "unique")?;
    let prepare = safe_bool(spec, "prepareUnique")?;
    let force = safe_bool(spec, "forceNonUnique")?;
    let mut req = UniqueRequest::default();
    if unique.is_some() && force.is_some() {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "collMod does not support 'unique' and 'forceNonUnique' options at the same time",
        ));
    }
    // Hashed and wildcard keys cannot be unique (createIndexes refuses
    // them), so neither can they be prepared for it.
    let uniqueable = idx.hashed.is_none() && idx.wildcard.is_none();
    match unique {
        Some(false) => return Err(Error::bad_value("Cannot make index non-unique")),
        // Already unique: a no-op.
        Some(true) if idx.unique => {}
        Some(true) if !idx.prepare_unique => {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                "Cannot make index unique with 'prepareUnique=false'. Run collMod to set it first.",
            ))
        }
        Some(true) => req.convert = Some(Conversion::ToUnique),
        None => {}
    }
    if let Some(p) = prepare {
        // Setting the current value, or any value on a unique index, is a no-op.
        if p != idx.prepare_unique && !idx.unique {
            if p && !uniqueable {
                return Err(Error::new(
                    ErrorCode::InvalidOptions,
                    format!("index {} cannot be made unique: hashed and wildcard indexes cannot guarantee uniqueness", idx.name),
                ));
            }
            req.prepare = Some(p);
        }
    }
    match force {
        Some(false) => return Err(Error::bad_value("'forceNonUnique: false' is not supported")),
        // The _id index is always unique: lookups by _id rely on it.
        Some(true) if idx.name == "_id_" => {
            return Err(Error::bad_value("cannot make the _id index non-unique"))
        }
        Some(true) if idx.unique => req.convert = Some(Conversion::ToNonUnique),
        _ => {}
    }
    Ok(req)
}

/// The index spec after the request: mongod adds `unique: true` and drops
/// `prepareUnique` on conversion, and drops `unique` when forced back.
pub fn apply_to_spec(req: &UniqueRequest, spec: &mut Document) {
    if let Some(p) = req.prepare {
        if p {
            spec.insert("prepareUnique", true);
        } else {
            spec.remove("prepareUnique");
        }
    }
    match req.convert {
        Some(Conversion::ToUnique) => {
            spec.insert("unique", true);
            spec.remove("prepareUnique");
        }
        Some(Conversion::ToNonUnique) => {
            spec.remove("unique");
        }
        None => {}
    }
}

/// mongod gathers up to 16 MiB of record ids; a record id here is 8 bytes.
const MAX_DUPLICATE_RIDS: usize = 16 * 1024 * 1024 / 8;

/// mongod reports the `_id`s of violating documents up to 8 MiB.
const MAX_VIOLATION_BYTES: usize = 8 * 1024 * 1024;

/// Fails with CannotConvertIndexToUnique (and the `_id`s of each group of
/// documents sharing a key) when the index holds duplicate keys.
pub fn check_duplicates(engine: &Engine, meta: &CollMeta, idx: &IndexMeta) -> Result<()> {
    let mut txn = engine.begin()?;
    let groups = txn.duplicate_groups(idx, MAX_DUPLICATE_RIDS)?;
    if groups.is_empty() {
        return Ok(());
    }
    let mut violations: Vec<Bson> = Vec::new();
    let mut size = 0usize;
    for group in &groups {
        let mut ids: Vec<Bson> = Vec::new();
        let mut full = false;
        txn.fetch_each(meta, group, |_, d| {
            let id = d.get("_id").cloned().unwrap_or(Bson::Null);
            size += crate::value::doc_size(&doc! { "": id.clone() });
            if size > MAX_VIOLATION_BYTES && !(violations.is_empty() && ids.is_empty()) {
                full = true;
                return Ok(ControlFlow::Break(()));
            }
            ids.push(id);
            Ok(ControlFlow::Continue(()))
        })?;
        if !ids.is_empty() {
            violations.push(Bson::Document(doc! { "ids": ids }));
        }
        if full {
            return Err(violations_error(
                violations,
                "Cannot convert the index to unique. Too many conflicting documents were detected. Please resolve them and rerun collMod.",
            ));
        }
    }
    Err(violations_error(
        violations,
        "Cannot convert the index to unique. Please resolve conflicting documents before running collMod again.",
    ))
}

fn violations_error(violations: Vec<Bson>, message: &str) -> Error {
    Error::new(ErrorCode::CannotConvertIndexToUnique, message)
        .with_extra(doc! { "violations": violations })
}

/// Rebuilds `meta.indexes[pos]` in the layout `conversion` asks for and
/// publishes `target` (the collection's new metadata, whose index at `pos`
/// carries the new spec) with the rebuilt index in its place. The caller
/// holds the DDL lock and no other clone of `meta`.
pub fn convert(
    engine: &Engine,
    meta: Arc<CollMeta>,
    pos: usize,
    conversion: Conversion,
    target: CollMeta,
) -> Result<()> {
    let old = meta.indexes[pos].clone();
    let table = engine.create_index_table()?;
    let fresh = IndexMeta::from_spec(target.indexes[pos].spec.clone(), table);
    debug_assert_eq!(fresh.unique, conversion == Conversion::ToUnique);
    let finish = |_: &CollMeta, mut idx: IndexMeta| {
        // The index keeps its usage statistics.
        idx.accesses = old.accesses.clone();
        idx.since = old.since;
        let mut indexes = target.indexes.clone();
        indexes[pos] = idx;
        target.with_indexes(indexes)
    };
    let (db, name) = (meta.db.clone(), meta.name.clone());
    let built = match crate::commands::shared::index_build::backfill(engine, meta, fresh, finish) {
        Ok(b) => b,
        // A duplicate a write committed just before prepareUnique took
        // effect: report it as the scan would have (the failed build put
        // the old metadata back).
        Err(e) if e.code == ErrorCode::DuplicateKey && conversion == Conversion::ToUnique => {
            if let Some(m) = engine.collection(&db, &name) {
                check_duplicates(engine, &m, &old)?;
            }
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    // Commands that started while the index was rebuilt may still write to
    // the old table; drop it once they are done (a busy table is dropped
    // later by the engine).
    crate::commands::shared::index_build::drained(&built.building);
    engine.drop_tables(vec![old.table]);
    Ok(())
}
