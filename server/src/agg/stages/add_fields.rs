//! `$addFields` (alias `$set`): adds or replaces fields with computed values.
//! A dotted path is set as a projection sets it, not as an update: through
//! an array it sets the field in every element (a scalar element becomes a
//! document holding just the field), and a scalar on the way is replaced.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
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
                    Some(v) => {
                        let parts: Vec<&str> = k.split('.').collect();
                        add_field(&mut nd, &parts, &v);
                    }
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

/// Sets `parts` to `v` in `doc`, projection-style.
fn add_field(doc: &mut Document, parts: &[&str], v: &Bson) {
    if parts.len() == 1 {
        doc.insert(parts[0], v.clone());
        return;
    }
    match doc.get_mut(parts[0]) {
        Some(Bson::Document(sub)) => add_field(sub, &parts[1..], v),
        Some(Bson::Array(elements)) => {
            for e in elements {
                add_to_value(e, &parts[1..], v);
            }
        }
        _ => {
            let mut sub = Document::new();
            add_field(&mut sub, &parts[1..], v);
            doc.insert(parts[0], sub);
        }
    }
}

/// The rest of the path applied to one array element.
fn add_to_value(e: &mut Bson, parts: &[&str], v: &Bson) {
    match e {
        Bson::Document(d) => add_field(d, parts, v),
        Bson::Array(nested) => {
            for n in nested {
                add_to_value(n, parts, v);
            }
        }
        other => {
            let mut sub = Document::new();
            add_field(&mut sub, parts, v);
            *other = Bson::Document(sub);
        }
    }
}
