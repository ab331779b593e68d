//! Aggregation: a pipeline of stages over a stream of documents, and the
//! expression language stages use. `aggregate` feeds it a collection scan
//! (with a leading `$match` applied during the scan) and returns a cursor.

pub mod change_stream;
pub mod foreign;
pub mod sink;
pub mod stages;

use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{Bson, Document};
pub use foreign::Foreign;
use std::sync::Arc;

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pipeline({} stages)", self.stages.len())
    }
}

/// A parsed pipeline.
pub struct Pipeline {
    pub stages: Vec<Box<dyn stages::Stage>>,
    /// The `let` variables of the command.
    pub vars: Arc<Vars>,
}

impl Pipeline {
    pub fn parse(pipeline: &[Bson], vars: Arc<Vars>) -> Result<Pipeline> {
        Self::parse_with(pipeline, vars, None)
    }

    /// Parses a pipeline whose `$lookup`/`$graphLookup`/`$unionWith` stages
    /// read other collections of the database through `foreign` (without
    /// it they are refused). Nothing is read until the pipeline runs.
    pub fn parse_with(
        pipeline: &[Bson],
        vars: Arc<Vars>,
        foreign: Option<&Arc<dyn Foreign>>,
    ) -> Result<Pipeline> {
        let mut out = Vec::with_capacity(pipeline.len());
        for s in pipeline {
            let Bson::Document(d) = s else {
                return Err(Error::type_mismatch(
                    "Each element of the 'pipeline' array must be an object",
                ));
            };
            if d.len() != 1 {
                return Err(Error::new(
                    ErrorCode::Location(40323),
                    "A pipeline stage specification object must contain exactly one field.",
                ));
            }
            let (name, arg) = d.iter().next().unwrap();
            out.push(stages::parse(name, arg, &vars, foreign)?);
        }
        Ok(Pipeline { stages: out, vars })
    }

    /// The filter of a leading `$match`, which the scan can apply itself.
    pub fn leading_match(&self) -> Option<&crate::query::Filter> {
        self.stages.first().and_then(|s| s.as_match())
    }

    /// Runs the pipeline over `input`.
    pub fn run(&self, input: Vec<Document>) -> Result<Vec<Document>> {
        self.run_from(0, input)
    }

    /// Runs stages `from..` over `input`.
    fn run_from(&self, from: usize, input: Vec<Document>) -> Result<Vec<Document>> {
        let mut docs = input;
        for s in &self.stages[from..] {
            self.vars.check_deadline()?;
            docs = s.apply(docs, &self.vars)?;
        }
        Ok(docs)
    }

    /// Runs the pipeline over inputs given as stored bytes, when its first
    /// stage reads them without decoding (a `$group` of field paths); None
    /// (and `source` unused) otherwise.
    pub fn run_raw(
        &self,
        source: impl FnOnce(&mut dyn FnMut(&bson::RawDocument) -> Result<()>) -> Result<()>,
    ) -> Option<Result<Vec<Document>>> {
        let mut sink = self.stages.first()?.absorber(&self.vars)?;
        if !sink.reads_raw() {
            return None;
        }
        let run = || {
            source(&mut |d| sink.add_raw(d))?;
            let out = sink.finish()?;
            self.run_from(1, out)
        };
        Some(run())
    }

    /// Runs the pipeline over the documents `source` produces, without
    /// holding them all when it can: leading `$match` stages filter each
    /// document as it arrives and a blocking stage that takes documents
    /// one at a time (`$group`) absorbs them, so `source`'s documents are
    /// dropped as they are consumed. `source` already applied the first
    /// stage when `first_applied` (a leading `$match` the scan evaluated).
    pub fn run_streaming(
        &self,
        first_applied: bool,
        source: impl FnOnce(&mut dyn FnMut(Document) -> Result<()>) -> Result<()>,
    ) -> Result<Vec<Document>> {
        let start = usize::from(first_applied && self.leading_match().is_some());
        let filters: Vec<&crate::query::Filter> = self.stages[start..]
            .iter()
            .map_while(|s| s.as_match())
            .collect();
        let next = start + filters.len();
        let passes = |d: &Document| -> Result<bool> {
            for f in &filters {
                if !f.matches(d)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        match self.stages.get(next).and_then(|s| s.absorber(&self.vars)) {
            Some(mut sink) => {
                source(&mut |d| if passes(&d)? { sink.add(d) } else { Ok(()) })?;
                let out = sink.finish()?;
                self.run_from(next + 1, out)
            }
            None => {
                let mut docs = Vec::new();
                source(&mut |d| {
                    if passes(&d)? {
                        docs.push(d);
                    }
                    Ok(())
                })?;
                self.run_from(next, docs)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn run(p: Bson, input: Vec<Document>) -> Result<Vec<Document>> {
        let foreign: Arc<dyn Foreign> = Arc::new(foreign::Memory::new(&[(
            "inv",
            vec![
                doc! {"sku": "a", "qty": 1},
                doc! {"sku": "b", "qty": 5},
                doc! {"sku": "a", "qty": 2},
            ],
        )]));
        let Bson::Array(stages) = p else {
            unreachable!()
        };
        Pipeline::parse_with(&stages, Arc::new(Vars::new()), Some(&foreign))?.run(input)
    }

    #[test]
    fn lookup_facet_sort_by_count() {
        let out = run(bson!([{"$lookup": {"from": "inv", "localField": "item", "foreignField": "sku", "as": "stock"}}, {"$project": {"n": {"$size": "$stock"}, "_id": 0}}]), vec![doc! {"item": "a"}, doc! {"item": "z"}]).unwrap();
        assert_eq!(out, vec![doc! {"n": 2}, doc! {"n": 0}]);
        let out = run(
            bson!([{"$lookup": {"from": "inv", "let": {"s": "$item"}, "pipeline": [{"$match": {"$expr": {"$eq": ["$sku", "$$s"]}}}, {"$match": {"qty": {"$gt": 1}}}], "as": "big"}}, {"$project": {"big.qty": 1, "_id": 0}}]),
            vec![doc! {"item": "a"}],
        )
        .unwrap();
        assert_eq!(out, vec![doc! {"big": [{"qty": 2}]}]);
        let out = run(
            bson!([{"$facet": {"all": [{"$count": "n"}], "first": [{"$limit": 1}]}}]),
            vec![doc! {"x": 1}, doc! {"x": 2}],
        )
        .unwrap();
        assert_eq!(out, vec![doc! {"all": [{"n": 2}], "first": [{"x": 1}]}]);
        let out = run(
            bson!([{"$sortByCount": "$x"}]),
            vec![doc! {"x": 1}, doc! {"x": 2}, doc! {"x": 2}],
        )
        .unwrap();
        assert_eq!(
            out,
            vec![doc! {"_id": 2, "count": 2}, doc! {"_id": 1, "count": 1}]
        );
        let out = run(
            bson!([{"$unionWith": "inv"}, {"$count": "n"}]),
            vec![doc! {}],
        )
        .unwrap();
        assert_eq!(out, vec![doc! {"n": 4}]);
        assert!(run(bson!([{"$out": "x"}, {"$match": {}}]), vec![]).is_err());
    }
}
