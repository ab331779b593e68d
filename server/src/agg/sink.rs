//! The writing stages `$out` and `$merge`, which must end a pipeline. They
//! are parsed here and carried out by `aggregate`, which has the storage
//! engine at hand.

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

#[derive(Debug, Clone, PartialEq)]
pub enum WhenMatched {
    Replace,
    KeepExisting,
    Merge,
    Fail,
}

#[derive(Debug, Clone, PartialEq)]
pub enum WhenNotMatched {
    Insert,
    Discard,
    Fail,
}

#[derive(Debug, Clone)]
pub enum Sink {
    /// Replace the target collection's documents with the results.
    Out { db: String, coll: String },
    Merge {
        db: String,
        coll: String,
        on: Vec<String>,
        matched: WhenMatched,
        not_matched: WhenNotMatched,
    },
}

fn target(v: &Bson, default_db: &str, stage: &str) -> Result<(String, String)> {
    match v {
        Bson::String(c) => Ok((default_db.to_string(), c.clone())),
        Bson::Document(d) => {
            let db = d.get_str("db").unwrap_or(default_db).to_string();
            let coll = d
                .get_str("coll")
                .map_err(|_| {
                    Error::failed_to_parse(format!("{stage} target must have a 'coll' field"))
                })?
                .to_string();
            Ok((db, coll))
        }
        _ => Err(Error::failed_to_parse(format!(
            "{stage} target must be a string or an object"
        ))),
    }
}

impl Sink {
    /// Parses `$out`/`$merge` if `stage` is one.
    pub fn parse(stage: &Document, db: &str) -> Result<Option<Sink>> {
        let Some((name, arg)) = stage.iter().next() else {
            return Ok(None);
        };
        match name.as_str() {
            "$out" => {
                let (db, coll) = target(arg, db, "$out")?;
                crate::value::validate_coll_name(&coll)?;
                Ok(Some(Sink::Out { db, coll }))
            }
            "$merge" => {
                let spec = match arg {
                    Bson::String(_) => {
                        let mut d = Document::new();
                        d.insert("into", arg.clone());
                        d
                    }
                    Bson::Document(d) => d.clone(),
                    _ => {
                        return Err(Error::new(
                            ErrorCode::Location(51182),
                            "$merge requires a string or object argument",
                        ))
                    }
                };
                let into = spec.get("into").ok_or_else(|| {
                    Error::new(
                        ErrorCode::Location(40414),
                        "BSON field '$merge.into' is missing but a required field",
                    )
                })?;
                let (db, coll) = target(into, db, "$merge")?;
                let on = match spec.get("on") {
                    None => vec!["_id".to_string()],
                    Some(Bson::String(s)) => vec![s.clone()],
                    Some(Bson::Array(a)) => a
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    Some(_) => {
                        return Err(Error::new(
                            ErrorCode::Location(51186),
                            "$merge 'on' field must be a string or an array of strings",
                        ))
                    }
                };
                let matched = match spec.get("whenMatched") {
                    None => WhenMatched::Merge,
                    Some(Bson::String(s)) => match s.as_str() {
                        "replace" => WhenMatched::Replace,
                        "keepExisting" => WhenMatched::KeepExisting,
                        "merge" => WhenMatched::Merge,
                        "fail" => WhenMatched::Fail,
                        _ => return Err(Error::bad_value(format!("Enumeration value '{s}' for field '$merge.whenMatched' is not a valid value."))),
                    },
                    Some(Bson::Array(_)) => return Err(Error::not_implemented("$merge with a whenMatched pipeline is not implemented yet")),
                    Some(_) => return Err(Error::type_mismatch("$merge.whenMatched must be a string or an array")),
                };
                let not_matched = match spec.get("whenNotMatched") {
                    None => WhenNotMatched::Insert,
                    Some(Bson::String(s)) => match s.as_str() {
                        "insert" => WhenNotMatched::Insert,
                        "discard" => WhenNotMatched::Discard,
                        "fail" => WhenNotMatched::Fail,
                        _ => return Err(Error::bad_value(format!("Enumeration value '{s}' for field '$merge.whenNotMatched' is not a valid value."))),
                    },
                    Some(_) => return Err(Error::type_mismatch("$merge.whenNotMatched must be a string")),
                };
                Ok(Some(Sink::Merge {
                    db,
                    coll,
                    on,
                    matched,
                    not_matched,
                }))
            }
            _ => Ok(None),
        }
    }
}
