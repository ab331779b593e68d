//! `$match`: keeps the documents that match a query filter.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::query::Filter;
use bson::{Bson, Document};

pub struct Match(Filter);

impl Match {
    pub fn parse(arg: &Bson, vars: &std::sync::Arc<Vars>) -> Result<Match> {
        match arg {
            Bson::Document(d) => Ok(Match(Filter::parse_with_vars(d, vars)?)),
            _ => Err(Error::new(
                ErrorCode::Location(15959),
                "the match filter must be an expression in an object",
            )),
        }
    }
}

impl Stage for Match {
    fn apply(&self, input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        let mut out = Vec::with_capacity(input.len());
        for d in input {
            if self.0.matches(&d)? {
                out.push(d);
            }
        }
        Ok(out)
    }
    fn as_match(&self) -> Option<&Filter> {
        Some(&self.0)
    }
}
