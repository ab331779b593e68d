//! `$unionWith`: appends the documents of another collection (optionally
//! passed through a pipeline) to the stream. The collection is read through
//! the pipeline's [`Foreign`] when the stage runs.

use super::Stage;
use crate::agg::{Foreign, Pipeline};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{Bson, Document};
use std::sync::Arc;

pub struct UnionWith {
    coll: String,
    pipeline: Option<Pipeline>,
    foreign: Arc<dyn Foreign>,
}

impl UnionWith {
    pub fn parse(
        arg: &Bson,
        vars: &Arc<Vars>,
        foreign: Option<&Arc<dyn Foreign>>,
    ) -> Result<UnionWith> {
        let foreign =
            foreign.ok_or_else(|| Error::not_implemented("$unionWith is not available here"))?;
        let (coll, pipeline) = match arg {
            Bson::String(c) => (c.clone(), None),
            Bson::Document(d) => (
                d.get_str("coll")
                    .map_err(|_| {
                        Error::new(
                            ErrorCode::Location(40414),
                            "BSON field '$unionWith.coll' is missing but a required field",
                        )
                    })?
                    .to_string(),
                d.get_array("pipeline").ok().cloned(),
            ),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(40474),
                    "the $unionWith stage specification must be an object or string",
                ))
            }
        };
        let pipeline = match pipeline {
            Some(p) => Some(Pipeline::parse_with(&p, vars.clone(), Some(foreign))?),
            None => None,
        };
        Ok(UnionWith {
            coll,
            pipeline,
            foreign: foreign.clone(),
        })
    }
}

impl Stage for UnionWith {
    fn apply(&self, mut input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        let docs = self.foreign.collection(&self.coll)?;
        match &self.pipeline {
            Some(p) => input.extend(p.run(docs.to_vec())?),
            None => input.extend(docs.iter().cloned()),
        }
        Ok(input)
    }
}
