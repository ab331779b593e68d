//! `$replaceRoot` / `$replaceWith`: makes a computed document the new root.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::value::type_name;
use bson::{Bson, Document};

pub struct ReplaceRoot(Bson);

impl ReplaceRoot {
    pub fn parse(name: &str, arg: &Bson) -> Result<ReplaceRoot> {
        if name == "$replaceWith" {
            return Ok(ReplaceRoot(arg.clone()));
        }
        match arg {
            Bson::Document(d) => d.get("newRoot").cloned().map(ReplaceRoot).ok_or_else(|| {
                Error::new(
                    ErrorCode::Location(40231),
                    "no newRoot specified for the $replaceRoot stage",
                )
            }),
            _ => Err(Error::new(
                ErrorCode::Location(40229),
                "expected an object as specification for $replaceRoot stage",
            )),
        }
    }
}

impl Stage for ReplaceRoot {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        input
            .iter()
            .map(|d| match eval(&self.0, &Scope { root: d, vars })? {
                Some(Bson::Document(nd)) => Ok(nd),
                other => Err(Error::new(
                    ErrorCode::Location(40228),
                    format!(
                        "'newRoot' expression must evaluate to an object, but resulting value was: {}. Type of resulting value: '{}'.",
                        other.clone().unwrap_or(Bson::Null),
                        other.as_ref().map(type_name).unwrap_or("missing")
                    ),
                )),
            })
            .collect()
    }
}
