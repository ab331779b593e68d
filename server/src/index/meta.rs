//! One index of a collection as the catalog describes it: its key pattern,
//! options (unique, sparse, partial, hashed, wildcard, TTL, collation) and
//! the counters shared by every version of the catalog entry. Key
//! generation reads it; `storage` keeps it in the catalog.

use super::keys::pattern_fields;
use super::wildcard::WildcardSpec;
use crate::query::Filter;
use crate::value::collation::{Coll, Collation};
use bson::{doc, Document};
use std::sync::Arc;

/// One index of a collection.
#[derive(Debug, Clone)]
pub struct IndexMeta {
    pub name: String,
    pub key: Document,
    /// A unique index maps each key to one record id (the value); any other
    /// index stores key + record id with an empty value.
    pub unique: bool,
    /// `prepareUnique` (set by collMod before a unique conversion): the
    /// index keeps the non-unique layout and its existing duplicates, but
    /// new duplicate keys are refused as in a unique index.
    pub prepare_unique: bool,
    /// The WiredTiger table URI.
    pub table: String,
    /// The full spec as listIndexes reports it ({v, key, name, ...}).
    pub spec: Document,
    pub fields: Vec<(String, bool)>,
    /// The index's collation: string keys are stored as collation keys.
    pub collation: Coll,
    /// `sparse`: documents missing every indexed field get no key.
    pub sparse: bool,
    /// `partialFilterExpression`: only matching documents get keys.
    pub partial: Option<Arc<Filter>>,
    /// The position of a `"hashed"` field: its keys are value hashes.
    pub hashed: Option<usize>,
    /// `expireAfterSeconds`: a TTL index.
    pub expire_after: Option<i64>,
    /// The wildcard component (`$**`) and its projection, for a wildcard
    /// index: its keys are (path, value) pairs.
    pub wildcard: Option<Arc<WildcardSpec>>,
    /// How many times the planner chose this index (`$indexStats`), and
    /// since when (shared by every version of the catalog entry).
    pub accesses: Arc<std::sync::atomic::AtomicU64>,
    pub since: bson::DateTime,
    /// Some document has an array on an indexed path, so one document may
    /// have several keys and two bounds on one field cannot be intersected
    /// (each may hold for a different element). Only ever goes from false
    /// to true; shared by every version of the catalog entry and recorded
    /// in `table:_multikey` when it changes.
    pub multikey: Arc<std::sync::atomic::AtomicBool>,
    /// False while the index is being built: writes maintain it, but the
    /// planner and listIndexes do not see it yet.
    pub ready: bool,
}

impl IndexMeta {
    pub fn from_spec(spec: Document, table: String) -> IndexMeta {
        let key = spec.get_document("key").cloned().unwrap_or_default();
        let name = spec.get_str("name").unwrap_or_default().to_string();
        let unique = name == "_id_" || spec.get_bool("unique").unwrap_or(false);
        // The spec holds a resolved collation (checked when it was created).
        let collation = spec
            .get("collation")
            .and_then(|c| Collation::parse(c).ok().flatten());
        let partial = spec
            .get_document("partialFilterExpression")
            .ok()
            .and_then(|f| Filter::parse(f).ok())
            .map(Arc::new);
        IndexMeta {
            collation,
            sparse: spec.get("sparse").is_some_and(crate::value::truthy),
            partial,
            hashed: key.values().position(|v| v.as_str() == Some("hashed")),
            wildcard: WildcardSpec::from_spec(&key, &spec).map(Arc::new),
            accesses: Arc::default(),
            multikey: Arc::default(),
            ready: true,
            since: bson::DateTime::now(),
            expire_after: spec
                .get("expireAfterSeconds")
                .and_then(crate::value::as_i64),
            fields: pattern_fields(&key),
            name,
            key,
            unique,
            prepare_unique: !unique && spec.get("prepareUnique").is_some_and(crate::value::truthy),
            table,
            spec,
        }
    }

    /// The index's entry in its collection's catalog document.
    pub fn to_catalog_doc(&self) -> Document {
        doc! {
            "spec": self.spec.clone(),
            "table": self.table.clone(),
            "multikey": self.is_multikey(),
        }
    }

    pub fn is_multikey(&self) -> bool {
        self.multikey.load(std::sync::atomic::Ordering::Relaxed)
    }
}
