//! `$project`: inclusion/exclusion of fields plus computed fields, and
//! `$unset` (an exclusion projection).

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::query::projection::Projection;
use crate::value::path::set_path;
use bson::{Bson, Document};

pub struct Project {
    base: Base,
    computed: Vec<(String, Bson)>,
}

/// What the output starts from before computed fields are added.
enum Base {
    Input,
    Projected(Box<Projection>),
    Empty,
}

fn base(p: Option<Projection>) -> Base {
    match p {
        Some(p) => Base::Projected(Box::new(p)),
        None => Base::Input,
    }
}

fn is_flag(v: &Bson) -> bool {
    matches!(
        v,
        Bson::Boolean(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_)
    )
}

impl Project {
    pub fn parse(arg: &Bson) -> Result<Project> {
        let spec = match arg {
            Bson::Document(d) if d.is_empty() => {
                return Err(Error::new(
                    ErrorCode::Location(51272),
                    "Invalid $project :: caused by :: projection specification must have at least one field",
                ))
            }
            Bson::Document(d) => d,
            _ => return Err(Error::new(ErrorCode::Location(15969), "$project specification must be an object")),
        };
        let computed: Vec<(String, Bson)> = spec
            .iter()
            .filter(|(_, v)| !is_flag(v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if computed.is_empty() {
            return Ok(Project {
                base: base(Projection::parse(spec)?),
                computed,
            });
        }
        // Computed fields make this an inclusion projection.
        let mut plain = Document::new();
        for (k, v) in spec.iter().filter(|(_, v)| is_flag(v)) {
            if k != "_id" && !crate::value::truthy(v) {
                return Err(Error::new(
                    ErrorCode::Location(31254),
                    format!("Invalid $project :: caused by :: Cannot do exclusion on field {k} in inclusion projection"),
                ));
            }
            plain.insert(k.clone(), v.clone());
        }
        if !plain.contains_key("_id") && !computed.iter().any(|(k, _)| k == "_id") {
            plain.insert("_id", true);
        }
        if plain
            .iter()
            .all(|(k, v)| k == "_id" && !crate::value::truthy(v))
        {
            // Nothing kept from the input: the output is the computed fields only.
            return Ok(Project {
                base: Base::Empty,
                computed,
            });
        }
        Ok(Project {
            base: base(Projection::parse(&plain)?),
            computed,
        })
    }

    pub fn parse_unset(arg: &Bson) -> Result<Project> {
        let fields: Vec<String> = match arg {
            Bson::String(s) => vec![s.clone()],
            Bson::Array(a) if !a.is_empty() => a
                .iter()
                .map(|v| v.as_str().map(str::to_string))
                .collect::<Option<_>>()
                .ok_or_else(|| Error::new(ErrorCode::Location(31120), "$unset specification must be a string or an array containing only string values"))?,
            _ => return Err(Error::new(ErrorCode::Location(31002), "$unset specification must be a string or an array with at least one field")),
        };
        let mut spec = Document::new();
        for f in fields {
            spec.insert(f, 0);
        }
        Ok(Project {
            base: base(Projection::parse(&spec)?),
            computed: Vec::new(),
        })
    }
}

impl Stage for Project {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut out = Vec::with_capacity(input.len());
        for d in input {
            let mut nd = match &self.base {
                Base::Projected(p) => p.apply(&d)?,
                Base::Input => d.clone(),
                Base::Empty => Document::new(),
            };
            let scope = Scope { root: &d, vars };
            for (k, e) in &self.computed {
                if let Some(v) = eval(e, &scope)? {
                    set_path(&mut nd, k, v)?;
                }
            }
            out.push(nd);
        }
        Ok(out)
    }
}
