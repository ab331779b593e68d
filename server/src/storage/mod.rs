//! Storage: the catalog, record stores and index stores on WiredTiger. This
//! is the only module that talks to `wt`. Commands open a [`Txn`], read and
//! write through it, and commit; every write of a command (documents, index
//! entries, catalog entries) lands in that one WiredTiger transaction.
//!
//! Layout: `table:_catalog` maps a namespace (`db.coll`) to its metadata
//! document; each collection is a table keyed by an order-preserving 64-bit
//! record id with the BSON document as value; each index is a table whose key
//! is the encoded index key (plus the record id for non-unique indexes) and
//! whose value is a unique index's record id followed by the entry's
//! covered-query payload (`index::payload`).

mod catalog;
mod engine;
mod engine_config;
mod group_commit;
mod index_unique;
mod index_walk;
pub mod oplog;
mod sessions;
mod txn;
mod txn_create;
mod txn_ddl;
pub mod validation;

pub use catalog::{CollMeta, IndexMeta};
pub use engine::{Engine, EngineConfig};
pub use index_walk::{Examined, Found, KeyDocs, KeyRange, Take, WalkPos};
pub use txn::{HeldTxn, Txn, ValidateReport};
pub use txn_ddl::TxnScope;

use crate::error::{Error, ErrorCode};
use crate::wt::WtError;

/// mongod's WriteConflict: the operation conflicted with another one.
pub fn write_conflict() -> Error {
    Error::new(ErrorCode::WriteConflict, "WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction.")
}

/// Maps a WiredTiger failure to a mongod error: a rollback is a write
/// conflict; anything else is an internal error carrying WiredTiger's message.
pub fn wt_err(e: WtError) -> Error {
    if e.is_rollback() {
        write_conflict()
    } else if e.is_cache_full() {
        Error::new(
            ErrorCode::ExceededMemoryLimit,
            format!("the in-memory store is full ({e}); start the server with a larger --cache-size-mb or on disk"),
        )
    } else {
        Error::internal(format!("storage engine error: {e}"))
    }
}
