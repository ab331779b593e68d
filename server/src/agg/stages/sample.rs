//! `$sample`: a random subset of `size` documents.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{Bson, Document};
use rand::seq::SliceRandom;

pub struct Sample(usize);

impl Sample {
    pub fn parse(arg: &Bson) -> Result<Sample> {
        let size = match arg {
            Bson::Document(d) => d.get("size").and_then(crate::value::as_i64),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(28745),
                    "the $sample stage specification must be an object",
                ))
            }
        };
        match size {
            Some(n) if n >= 0 => Ok(Sample(n as usize)),
            Some(_) => Err(Error::new(
                ErrorCode::Location(28747),
                "size argument to $sample must not be negative",
            )),
            None => Err(Error::new(
                ErrorCode::Location(28749),
                "$sample stage must specify a size",
            )),
        }
    }
}

impl Stage for Sample {
    fn apply(&self, mut input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        input.shuffle(&mut rand::rng());
        input.truncate(self.0);
        Ok(input)
    }
}
