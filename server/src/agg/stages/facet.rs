//! `$facet`: runs several sub-pipelines over the same input and returns one
//! document with each sub-pipeline's results as an array.

use super::Stage;
use crate::agg::{Foreign, Pipeline};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{Bson, Document};
use std::sync::Arc;

pub struct Facet {
    facets: Vec<(String, Pipeline)>,
}

impl Facet {
    pub fn parse(
        arg: &Bson,
        vars: &Arc<Vars>,
        foreign: Option<&Arc<dyn Foreign>>,
    ) -> Result<Facet> {
        let Bson::Document(spec) = arg else {
            return Err(Error::new(
                ErrorCode::Location(15947),
                "the $facet specification must be a non-empty object",
            ));
        };
        if spec.is_empty() {
            return Err(Error::new(
                ErrorCode::Location(40169),
                "the $facet specification must be a non-empty object",
            ));
        }
        let mut facets = Vec::new();
        for (name, p) in spec {
            let Bson::Array(stages) = p else {
                return Err(Error::new(
                    ErrorCode::Location(40170),
                    format!(
                        "arguments to $facet must be arrays, {name} is type {}",
                        crate::value::type_name(p)
                    ),
                ));
            };
            for st in stages {
                if let Some(n) = st.as_document().and_then(|d| d.keys().next()) {
                    if matches!(
                        n.as_str(),
                        "$facet" | "$out" | "$merge" | "$collStats" | "$indexStats"
                    ) {
                        return Err(Error::new(
                            ErrorCode::Location(40600),
                            format!("{n} is not allowed to be used within a $facet stage"),
                        ));
                    }
                }
            }
            facets.push((
                name.clone(),
                Pipeline::parse_with(stages, vars.clone(), foreign)?,
            ));
        }
        Ok(Facet { facets })
    }
}

impl Stage for Facet {
    fn apply(&self, input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        let mut out = Document::new();
        for (name, p) in &self.facets {
            let r = p.run(input.clone())?;
            out.insert(
                name.clone(),
                Bson::Array(r.into_iter().map(Bson::Document).collect()),
            );
        }
        Ok(vec![out])
    }
}
