//! `$unionWith`: appends the documents of another collection (optionally
//! passed through a pipeline) to the stream.

use super::Stage;
use crate::agg::expr::Vars;
use crate::agg::{Loader, Pipeline};
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};
use std::sync::Arc;

pub struct UnionWith {
    docs: Vec<Document>,
}

impl UnionWith {
    pub fn parse(arg: &Bson, vars: &Arc<Vars>, loader: Option<&Loader<'_>>) -> Result<UnionWith> {
        let loader =
            loader.ok_or_else(|| Error::not_implemented("$unionWith is not available here"))?;
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
        let mut docs = loader(&coll)?;
        if let Some(p) = pipeline {
            docs = Pipeline::parse_with(&p, vars.clone(), Some(loader))?.run(docs)?;
        }
        Ok(UnionWith { docs })
    }
}

impl Stage for UnionWith {
    fn apply(&self, mut input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        input.extend(self.docs.iter().cloned());
        Ok(input)
    }
}
