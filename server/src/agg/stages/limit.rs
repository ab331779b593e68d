//! `$limit`: keeps the first n documents (n must be positive).

use super::{whole_number, Stage};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{Bson, Document};

pub struct Limit(usize);

impl Limit {
    pub fn parse(arg: &Bson) -> Result<Limit> {
        let n = whole_number("$limit", arg, 15957)?;
        if n <= 0 {
            return Err(Error::new(ErrorCode::Location(15958), format!("invalid argument to $limit stage: Expected a non-negative number in: $limit: {n}")));
        }
        Ok(Limit(n as usize))
    }
}

impl Stage for Limit {
    fn apply(&self, input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        Ok(input.into_iter().take(self.0).collect())
    }
}
