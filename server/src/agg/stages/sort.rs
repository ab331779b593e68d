//! `$sort`: orders documents by a sort specification.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use bson::{Bson, Document};

pub struct Sort(SortSpec);

impl Sort {
    pub fn parse(arg: &Bson) -> Result<Sort> {
        match arg {
            Bson::Document(d) if !d.is_empty() => Ok(Sort(SortSpec::parse(d)?)),
            Bson::Document(_) => Err(Error::new(
                ErrorCode::Location(15976),
                "$sort stage must have at least one sort key",
            )),
            _ => Err(Error::new(
                ErrorCode::Location(15973),
                "the $sort key specification must be an object",
            )),
        }
    }
}

impl Stage for Sort {
    fn apply(&self, mut input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        if vars.no_disk_use {
            SortSpec::check_memory(input.iter())?;
        }
        self.0.check(input.iter())?;
        match &vars.collation {
            Some(_) => self
                .0
                .clone()
                .with_collation(vars.collation.clone())
                .sort(&mut input),
            None => self.0.sort(&mut input),
        }
        Ok(input)
    }
}
