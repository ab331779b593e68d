//! `$addFields` (alias `$set`): adds or replaces fields with computed values.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::value::path::set_path;
use bson::{Bson, Document};

pub struct AddFields(Document);

impl AddFields {
    pub fn parse(name: &str, arg: &Bson) -> Result<AddFields> {
        match arg {
            Bson::Document(d) => Ok(AddFields(d.clone())),
            _ => Err(Error::new(
                ErrorCode::Location(40272),
                format!("{name} specification stage must be an object"),
            )),
        }
    }
}

impl Stage for AddFields {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut out = Vec::with_capacity(input.len());
        for d in input {
            let mut nd = d.clone();
            let scope = Scope { root: &d, vars };
            for (k, e) in &self.0 {
                match eval(e, &scope)? {
                    Some(v) => set_path(&mut nd, k, v)?,
                    None => {
                        crate::value::path::unset_path(&mut nd, k);
                    }
                }
            }
            out.push(nd);
        }
        Ok(out)
    }
}
