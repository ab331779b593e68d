//! Creating collections and indexes inside a multi-document transaction
//! (see `txn_ddl` for how they stay private to it until it commits).
//! Called by the `create`, `createIndexes` and write commands when they run
//! in a transaction.

use super::catalog::{CollMeta, IndexMeta};
use super::engine::Engine;
use super::txn::Txn;
use super::txn_ddl::TxnCatalog;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Document};
use std::sync::Arc;

impl Engine {
    /// The collection, created in `txn` if it does not exist (an insert or
    /// an upsert in a transaction).
    pub fn ensure_in_txn(&self, txn: &mut Txn<'_>, db: &str, coll: &str) -> Result<Arc<CollMeta>> {
        if let Some(m) = self.collection(db, coll) {
            return Ok(m);
        }
        self.create_in_txn(txn, db, coll, Document::new())
    }

    /// Creates a collection in `txn`: its catalog record and oplog entry
    /// commit with the transaction, and no one else sees it before.
    pub fn create_in_txn(
        &self,
        txn: &mut Txn<'_>,
        db: &str,
        coll: &str,
        options: Document,
    ) -> Result<Arc<CollMeta>> {
        let _g = self.ddl_lock();
        let meta = self.new_collection_meta(db, coll, options)?;
        let mut logged = doc! { "create": coll };
        for (k, v) in &meta.options {
            logged.insert(k.clone(), v.clone());
        }
        logged.insert("idIndex", meta.indexes[0].spec.clone());
        let tables = vec![meta.table.clone(), meta.indexes[0].table.clone()];
        let staged = self
            .write_catalog(txn, &meta)
            .and_then(|()| txn.log_command(db, Some(meta.uuid), logged, None));
        let meta = Arc::new(meta);
        // Staged even when the catalog write failed: the transaction is
        // aborted then, and aborting takes the tables away.
        self.txn_catalog(txn).stage(meta.clone(), tables);
        staged.map(|()| meta)
    }

    /// Whether `txn` created the collection `db.coll`.
    pub fn created_in_txn(&self, txn: &Txn<'_>, db: &str, coll: &str) -> bool {
        txn.ddl
            .as_ref()
            .is_some_and(|d| d.created(&format!("{db}.{coll}")))
    }

    /// Adds an index to a collection `txn` created and left empty (mongod
    /// builds no index on data inside a transaction).
    pub fn create_index_in_txn(
        &self,
        txn: &mut Txn<'_>,
        meta: &Arc<CollMeta>,
        spec: Document,
    ) -> Result<Arc<CollMeta>> {
        let _g = self.ddl_lock();
        if txn.count(meta)? > 0 {
            return Err(Error::new(
                ErrorCode::OperationNotSupportedInTransaction,
                format!(
                    "Cannot create new indexes on non-empty collection {} in a multi-document transaction.",
                    meta.ns()
                ),
            ));
        }
        let table = self.new_table("index")?;
        let mut logged = doc! { "createIndexes": meta.name.clone() };
        for (k, v) in &spec {
            logged.insert(k.clone(), v.clone());
        }
        let mut indexes = meta.indexes.clone();
        indexes.push(IndexMeta::from_spec(spec, table.clone()));
        let updated = Arc::new(meta.with_indexes(indexes));
        let staged = self
            .write_catalog(txn, &updated)
            .and_then(|()| txn.log_command(&meta.db, Some(meta.uuid), logged, None));
        self.txn_catalog(txn).stage(updated.clone(), vec![table]);
        staged.map(|()| updated)
    }

    fn txn_catalog<'t>(&self, txn: &'t mut Txn<'_>) -> &'t mut TxnCatalog {
        let owner = txn.owner;
        txn.ddl.get_or_insert_with(|| {
            TxnCatalog::new(
                owner,
                self.catalog.clone(),
                self.owners.clone(),
                self.pending_drops.clone(),
            )
        })
    }
}
