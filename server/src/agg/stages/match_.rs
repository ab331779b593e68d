//! `$match`: keeps the documents that match a query filter.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::query::Filter;
use bson::{Bson, Document};

pub struct Match(Filter);

impl Match {
    pub fn parse(arg: &Bson) -> Result<Match> {
        match arg {
            Bson::Document(d) => Ok(Match(Filter::parse(d)?)),
            _ => Err(Error::new(
                ErrorCode::Location(15959),
                "the match filter must be an expression in an object",
            )),
        }
    }
}

impl Stage for Match {
    fn apply(&self, input: Vec<Document>) -> Result<Vec<Document>> {
        Ok(input.into_iter().filter(|d| self.0.matches(d)).collect())
    }
    fn as_match(&self) -> Option<&Filter> {
        Some(&self.0)
    }
}
