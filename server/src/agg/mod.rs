//! Aggregation: a pipeline of stages over a stream of documents, and the
//! expression language stages use. `aggregate` feeds it a collection scan
//! (with a leading `$match` applied during the scan) and returns a cursor.

pub mod expr;
pub mod sink;
pub mod stages;

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};
use expr::Vars;
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
            out.push(stages::parse(name, arg, &vars)?);
        }
        Ok(Pipeline { stages: out, vars })
    }

    /// The filter of a leading `$match`, which the scan can apply itself.
    pub fn leading_match(&self) -> Option<&crate::query::Filter> {
        self.stages.first().and_then(|s| s.as_match())
    }

    /// Runs the pipeline over `input`.
    pub fn run(&self, input: Vec<Document>) -> Result<Vec<Document>> {
        let mut docs = input;
        for s in &self.stages {
            docs = s.apply(docs, &self.vars)?;
        }
        Ok(docs)
    }
}
