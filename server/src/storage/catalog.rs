//! Collection and index metadata as stored in `table:_catalog` and cached in
//! memory by the engine.

use super::validation::Validator;
pub use crate::index::IndexMeta;
use crate::value::collation::{Coll, Collation};
use bson::{doc, spec::BinarySubtype, Binary, Bson, Document};
use std::sync::atomic::AtomicI64;
use std::sync::{Arc, OnceLock};

/// The catalog table: namespace -> collection metadata document.
pub(crate) const CATALOG: &str = "table:_catalog";
/// Index tables known to hold multikey entries (keys: the index's table URI).
pub(crate) const MULTIKEY: &str = "table:_multikey";

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

    /// Whether writes keep pre- and post-images for change streams
    /// (`changeStreamPreAndPostImages: {enabled: true}`).
    pub fn records_images(&self) -> bool {
        self.options
            .get_document("changeStreamPreAndPostImages")
            .ok()
            .and_then(|d| d.get_bool("enabled").ok())
            == Some(true)
    }

    /// Whether this is `local.oplog.rs`.
    pub fn is_oplog(&self) -> bool {
        self.db == super::oplog::OPLOG_DB && self.name == super::oplog::OPLOG_COLL
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
            "indexes": self.indexes.iter().map(|i| Bson::Document(i.to_catalog_doc())).collect::<Vec<_>>(),
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
