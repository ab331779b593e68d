//! `$skip`: drops the first n documents.

use super::{whole_number, Stage};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{Bson, Document};

pub struct Skip(usize);

impl Skip {
    pub fn parse(arg: &Bson) -> Result<Skip> {
        let n = whole_number("$skip", arg, 15972)?;
        if n < 0 {
            return Err(Error::new(ErrorCode::Location(15956), format!("invalid argument to $skip stage: Expected a non-negative number in: $skip: {n}")));
        }
        Ok(Skip(n as usize))
    }
}

impl Stage for Skip {
    fn apply(&self, input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        Ok(input.into_iter().skip(self.0).collect())
    }
}
