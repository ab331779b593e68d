//! The storage side of [`Foreign`]: how `aggregate`'s `$lookup`,
//! `$graphLookup` and `$unionWith` stages read the other collections of the
//! command's database. Whole collections are read once per command and
//! shared by every stage (and every re-parse of a `$lookup` sub-pipeline);
//! value probes go through the query planner, so they use an index exactly
//! when `find` would for the same `$in` filter. Outside a transaction each
//! read is a fresh snapshot; inside one, the named collections are read
//! through the transaction before the pipeline runs, so the stages see its
//! own writes.

use crate::agg::Foreign;
use crate::error::Result;
use crate::planner::{self, Plan};
use crate::query::Filter;
use crate::storage::Engine;
use crate::value::collation::Coll;
use bson::{doc, Bson, Document};
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};

pub struct DbForeign {
    engine: Arc<Engine>,
    db: String,
    /// Collections already read in full, by name.
    read: Mutex<HashMap<String, Arc<Vec<Document>>>>,
    /// Inside a multi-document transaction the collections the pipeline
    /// names are read beforehand, in the transaction (so the stages see
    /// its own writes, as in mongod); nothing is probed through an index.
    in_txn: bool,
}

impl DbForeign {
    pub fn new(engine: Arc<Engine>, db: String) -> DbForeign {
        DbForeign {
            engine,
            db,
            read: Mutex::new(HashMap::new()),
            in_txn: false,
        }
    }

    /// A reader over collections already read (in the command's
    /// transaction).
    pub fn preloaded(
        engine: Arc<Engine>,
        db: String,
        read: HashMap<String, Arc<Vec<Document>>>,
    ) -> DbForeign {
        DbForeign {
            engine,
            db,
            read: Mutex::new(read),
            in_txn: true,
        }
    }
}

/// The collections a pipeline reads besides its own: `$lookup` and
/// `$graphLookup` `from`, `$unionWith`, at any depth (sub-pipelines,
/// `$facet`).
pub fn named_collections(pipeline: &[Bson], out: &mut Vec<String>) {
    for v in pipeline {
        walk(v, out);
    }
}

fn walk(v: &Bson, out: &mut Vec<String>) {
    match v {
        Bson::Document(d) => {
            for (k, arg) in d {
                let name = match (k.as_str(), arg) {
                    ("$lookup" | "$graphLookup", Bson::Document(a)) => a.get_str("from").ok(),
                    ("$unionWith", Bson::String(s)) => Some(s.as_str()),
                    ("$unionWith", Bson::Document(a)) => a.get_str("coll").ok(),
                    _ => None,
                };
                if let Some(n) = name {
                    if !out.iter().any(|o| o == n) {
                        out.push(n.to_string());
                    }
                }
                walk(arg, out);
            }
        }
        Bson::Array(a) => a.iter().for_each(|x| walk(x, out)),
        _ => {}
    }
}

impl Foreign for DbForeign {
    fn collection(&self, name: &str) -> Result<Arc<Vec<Document>>> {
        if let Some(docs) = self
            .read
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(name)
        {
            return Ok(docs.clone());
        }
        let docs = match self.engine.collection(&self.db, name) {
            Some(meta) => {
                let mut docs = Vec::new();
                let mut txn = self.engine.begin()?;
                txn.scan(&meta, i64::MIN, |_, d| {
                    docs.push(d);
                    Ok(ControlFlow::Continue(()))
                })?;
                docs
            }
            None => match crate::commands::shared::views::resolve(&self.engine, &self.db, name)? {
                // A view reads as its pipeline over the collection under it.
                Some(view) => {
                    let base = self.collection(&view.coll)?;
                    let nested: Arc<dyn Foreign> =
                        Arc::new(DbForeign::new(self.engine.clone(), self.db.clone()));
                    let vars = Arc::new(crate::expr::Vars::new());
                    crate::agg::Pipeline::parse_with(&view.pipeline, vars, Some(&nested))?
                        .run(base.as_ref().clone())?
                }
                None => return Ok(Arc::default()),
            },
        };
        let docs = Arc::new(docs);
        self.read
            .lock()
            .unwrap()
            .insert(name.to_string(), docs.clone());
        Ok(docs)
    }

    fn probe(
        &self,
        name: &str,
        field: &str,
        values: &[Bson],
        collation: &Coll,
    ) -> Result<Option<Vec<(i64, Document)>>> {
        if self.in_txn {
            return Ok(None);
        }
        let Some(meta) = self.engine.collection(&self.db, name) else {
            // A view has no index of its own: the caller reads it whole.
            if crate::commands::shared::views::get(&self.engine, &self.db, name)?.is_some() {
                return Ok(None);
            }
            return Ok(Some(Vec::new()));
        };
        // `{field: {$in: values}}` under the command's collation: the
        // planner picks an index on `field` (with bounds for each value)
        // when one can answer it. A field name the filter language reads
        // as an operator simply gets no index.
        let query = doc! { field: { "$in": values } };
        let Ok(filter) = Filter::parse_collated(&query, collation.clone()) else {
            return Ok(None);
        };
        let plan = Plan::choose(&meta, &filter, None, None)?;
        if matches!(plan, Plan::CollScan { .. }) {
            return Ok(None);
        }
        // The caller checks every candidate with its own join rules, so
        // the index only narrows the reading.
        let everything = Filter::And(Vec::new());
        let mut found = Vec::new();
        let mut txn = self.engine.begin()?;
        planner::run(&mut txn, &meta, &plan, &everything, |rid, d| {
            found.push((rid, d));
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(Some(found))
    }
}
