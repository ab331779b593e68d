//! `$project`: inclusion/exclusion of fields (computed fields arrive with
//! the expression language).

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::query::projection::Projection;
use bson::{Bson, Document};

pub struct Project(Option<Projection>);

impl Project {
    pub fn parse(arg: &Bson) -> Result<Project> {
        match arg {
            Bson::Document(d) if d.is_empty() => Err(Error::new(ErrorCode::Location(51272), "Invalid $project :: caused by :: projection specification must have at least one field")),
            Bson::Document(d) => Ok(Project(Projection::parse(d)?)),
            _ => Err(Error::new(ErrorCode::Location(15969), "$project specification must be an object")),
        }
    }
}

impl Stage for Project {
    fn apply(&self, input: Vec<Document>) -> Result<Vec<Document>> {
        Ok(match &self.0 {
            Some(p) => input.iter().map(|d| p.apply(d)).collect(),
            None => input,
        })
    }
}
