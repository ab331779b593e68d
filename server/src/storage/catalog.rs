//! Collection and index metadata as stored in `table:_catalog` and cached in
//! memory by the engine.

use super::validation::Validator;
use crate::index::keys::pattern_fields;
use crate::index::wildcard::WildcardSpec;
use crate::query::collation::{Coll, Collation};
use crate::query::Filter;
use bson::{doc, spec::BinarySubtype, Binary, Bson, Document};
use std::sync::atomic::AtomicI64;
use std::sync::{Arc, OnceLock};

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

    fn to_doc(&self) -> Document {
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

/// A collection's metadata.
#[derive(Debug)]
pub struct CollMeta {
    pub db: String,
    pub name: String,
    pub uuid: [u8; 16],
    pub options: Document,
    pub table: String,
    pub indexes: Vec<IndexMeta>,
    /// The next record id to hand out (shared by all versions of this
    /// metadata, so index changes do not reset it).
    pub next_rid: Arc<AtomicI64>,
    /// The parsed `validator` options, built on first use.
    pub validator: OnceLock<Option<Arc<Validator>>>,
}

impl CollMeta {
    pub fn ns(&self) -> String {
        format!("{}.{}", self.db, self.name)
    }

    pub fn uuid_bson(&self) -> Bson {
        Bson::Binary(Binary {
            subtype: BinarySubtype::Uuid,
            bytes: self.uuid.to_vec(),
        })
    }

    /// The collection's default collation (`create`'s `collation` option,
    /// stored resolved).
    pub fn collation(&self) -> Coll {
        self.options
            .get("collation")
            .and_then(|c| Collation::parse(c).ok().flatten())
    }

    pub fn id_index(&self) -> Option<&IndexMeta> {
        self.indexes.iter().find(|i| i.name == "_id_")
    }

    pub fn is_capped(&self) -> bool {
        self.options.get_bool("capped").unwrap_or(false)
    }

    /// For a capped collection, its byte limit (mongod's rule: at least
    /// 4096, rounded up to a multiple of 256) and document limit.
    pub fn cap(&self) -> Option<(u64, Option<u64>)> {
        if !self.is_capped() {
            return None;
        }
        let size = self
            .options
            .get("size")
            .and_then(crate::value::as_i64)
            .unwrap_or(4096)
            .max(4096) as u64;
        let size = size.div_ceil(256) * 256;
        let max = self
            .options
            .get("max")
            .and_then(crate::value::as_i64)
            .filter(|m| *m > 0)
            .map(|m| m as u64);
        Some((size, max))
    }

    pub fn to_doc(&self) -> Document {
        doc! {
            "db": self.db.clone(),
            "name": self.name.clone(),
            "uuid": self.uuid_bson(),
            "options": self.options.clone(),
            "table": self.table.clone(),
            "indexes": self.indexes.iter().map(|i| Bson::Document(i.to_doc())).collect::<Vec<_>>(),
        }
    }

    pub fn from_doc(d: &Document, next_rid: Arc<AtomicI64>) -> Option<CollMeta> {
        let uuid = match d.get("uuid") {
            Some(Bson::Binary(b)) if b.bytes.len() == 16 => {
                let mut u = [0u8; 16];
                u.copy_from_slice(&b.bytes);
                u
            }
            _ => return None,
        };
        let indexes = d
            .get_array("indexes")
            .ok()?
            .iter()
            .filter_map(|i| {
                let i = i.as_document()?;
                let idx = IndexMeta::from_spec(
                    i.get_document("spec").ok()?.clone(),
                    i.get_str("table").ok()?.to_string(),
                );
                // Indexes recorded before multikey tracking may hold arrays.
                let multikey = i.get_bool("multikey").unwrap_or(true);
                idx.multikey
                    .store(multikey, std::sync::atomic::Ordering::Relaxed);
                Some(idx)
            })
            .collect();
        Some(CollMeta {
            db: d.get_str("db").ok()?.to_string(),
            name: d.get_str("name").ok()?.to_string(),
            uuid,
            options: d.get_document("options").cloned().unwrap_or_default(),
            table: d.get_str("table").ok()?.to_string(),
            indexes,
            next_rid,
            validator: OnceLock::new(),
        })
    }

    /// A copy with a different index list (for createIndexes/dropIndexes).
    pub fn with_indexes(&self, indexes: Vec<IndexMeta>) -> CollMeta {
        CollMeta {
            db: self.db.clone(),
            name: self.name.clone(),
            uuid: self.uuid,
            options: self.options.clone(),
            table: self.table.clone(),
            indexes,
            next_rid: self.next_rid.clone(),
            validator: OnceLock::new(),
        }
    }

    /// A copy with different options (for collMod).
    pub fn with_options(&self, options: Document) -> CollMeta {
        CollMeta {
            options,
            ..self.with_indexes(self.indexes.clone())
        }
    }

    /// The collection's document validator, if it has one that applies.
    pub fn validator(&self) -> Option<&Arc<Validator>> {
        self.validator
            .get_or_init(|| Validator::from_options(&self.options))
            .as_ref()
    }

    /// A copy under another namespace (for renameCollection).
    pub fn renamed(&self, db: &str, name: &str) -> CollMeta {
        CollMeta {
            db: db.to_string(),
            name: name.to_string(),
            ..self.with_indexes(self.indexes.clone())
        }
    }
}
