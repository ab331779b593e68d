//! `$count`: one document `{<name>: n}` (nothing when there is no input).

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use bson::{doc, Bson, Document};

pub struct Count(String);

impl Count {
    pub fn parse(arg: &Bson) -> Result<Count> {
        match arg {
            Bson::String(s) if s.is_empty() => Err(Error::new(
                ErrorCode::Location(40156),
                "the count field must be a non-empty string",
            )),
            Bson::String(s) if s.starts_with('$') => Err(Error::new(
                ErrorCode::Location(40158),
                "the count field cannot be a $-prefixed path",
            )),
            Bson::String(s) if s.contains('.') => Err(Error::new(
                ErrorCode::Location(40160),
                "the count field cannot contain '.'",
            )),
            Bson::String(s) => Ok(Count(s.clone())),
            _ => Err(Error::new(
                ErrorCode::Location(40156),
                "the count field must be a non-empty string",
            )),
        }
    }
}

impl Stage for Count {
    fn apply(&self, input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        if input.is_empty() {
            return Ok(Vec::new());
        }
        Ok(vec![doc! { self.0.clone(): input.len() as i32 }])
    }
}
