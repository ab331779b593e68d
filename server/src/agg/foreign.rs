//! The other collections a pipeline reads. `$lookup`, `$graphLookup` and
//! `$unionWith` (and the sub-pipelines inside them) reach the database
//! through a [`Foreign`] that `aggregate` hands to [`Pipeline::parse_with`]
//! (`commands/aggregate/db_reads.rs` reads storage; [`Memory`] serves fixed
//! documents in tests). Nothing is read while a pipeline is parsed: a stage
//! asks when it first runs.
//!
//! [`Pipeline::parse_with`]: crate::agg::Pipeline::parse_with

use crate::error::Result;
use crate::planner::bounds::indexable;
use crate::value::collation::Coll;
use bson::{Bson, Document};
use std::collections::HashMap;
use std::sync::Arc;

/// How many distinct values one index probe looks up at most: the planner
/// turns each into a key range and stops using an index past a few
/// thousand, and smaller probes keep the candidate batches small.
pub const PROBE_VALUES: usize = 1000;

/// Read access to the collections of the command's database.
pub trait Foreign: Send + Sync {
    /// Every document of collection `name` in natural (record id) order; a
    /// missing collection reads as empty.
    fn collection(&self, name: &str) -> Result<Arc<Vec<Document>>>;

    /// The documents of collection `name` that an index says may have a
    /// `field` value equal (under `collation`, an array field by element)
    /// to one of `values`, with their record ids, in no particular order.
    /// They are candidates: the caller still checks each one. None when no
    /// index fits these values, so the caller reads the whole collection.
    fn probe(
        &self,
        name: &str,
        field: &str,
        values: &[Bson],
        collation: &Coll,
    ) -> Result<Option<Vec<(i64, Document)>>>;
}

/// Fixed collections in memory, for tests and for pipelines over literal
/// documents. `indexed` lists the `(collection, field)` pairs whose probes
/// are answered (with every document of the collection, newest first, so
/// callers must check and order the candidates themselves).
#[derive(Default)]
pub struct Memory {
    pub collections: HashMap<String, Arc<Vec<Document>>>,
    pub indexed: Vec<(String, String)>,
}

impl Memory {
    pub fn new(collections: &[(&str, Vec<Document>)]) -> Memory {
        Memory {
            collections: collections
                .iter()
                .map(|(n, d)| (n.to_string(), Arc::new(d.clone())))
                .collect(),
            indexed: Vec::new(),
        }
    }
}

impl Foreign for Memory {
    fn collection(&self, name: &str) -> Result<Arc<Vec<Document>>> {
        Ok(self.collections.get(name).cloned().unwrap_or_default())
    }

    fn probe(
        &self,
        name: &str,
        field: &str,
        values: &[Bson],
        _collation: &Coll,
    ) -> Result<Option<Vec<(i64, Document)>>> {
        let indexed = self.indexed.iter().any(|(c, f)| c == name && f == field);
        if !indexed || !values.iter().all(indexable) {
            return Ok(None);
        }
        let docs = self.collection(name)?;
        Ok(Some(
            docs.iter()
                .enumerate()
                .rev()
                .map(|(i, d)| (i as i64, d.clone()))
                .collect(),
        ))
    }
}
