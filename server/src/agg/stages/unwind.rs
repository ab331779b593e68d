//! `$unwind`: one output document per element of an array field, with
//! `includeArrayIndex` and `preserveNullAndEmptyArrays`.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::value::path::{get_path, set_path};
use bson::{Bson, Document};

pub struct Unwind {
    path: String,
    index_field: Option<String>,
    preserve: bool,
}

fn parse_path(v: &Bson) -> Result<String> {
    match v {
        Bson::String(s) if s.starts_with('$') && s.len() > 1 => Ok(s[1..].to_string()),
        Bson::String(_) => Err(Error::new(
            ErrorCode::Location(28818),
            "path option to $unwind stage should be prefixed with a '$'",
        )),
        _ => Err(Error::new(
            ErrorCode::Location(15981),
            "expected either a string or an object as specification for $unwind stage",
        )),
    }
}

impl Unwind {
    pub fn parse(arg: &Bson) -> Result<Unwind> {
        match arg {
            Bson::Document(d) => {
                let path = parse_path(d.get("path").ok_or_else(|| {
                    Error::new(
                        ErrorCode::Location(28812),
                        "no path specified to $unwind stage",
                    )
                })?)?;
                let index_field = match d.get("includeArrayIndex") {
                    None => None,
                    Some(Bson::String(s)) => Some(s.clone()),
                    Some(_) => return Err(Error::new(ErrorCode::Location(28810), "expected a non-empty string for the includeArrayIndex option to $unwind stage")),
                };
                let preserve = match d.get("preserveNullAndEmptyArrays") {
                    None => false,
                    Some(Bson::Boolean(b)) => *b,
                    Some(_) => return Err(Error::new(ErrorCode::Location(28809), "expected a boolean for the preserveNullAndEmptyArrays option to $unwind stage")),
                };
                Ok(Unwind {
                    path,
                    index_field,
                    preserve,
                })
            }
            other => Ok(Unwind {
                path: parse_path(other)?,
                index_field: None,
                preserve: false,
            }),
        }
    }
}

impl Stage for Unwind {
    fn apply(&self, input: Vec<Document>, _vars: &Vars) -> Result<Vec<Document>> {
        let mut out = Vec::new();
        for mut d in input {
            match get_path(&d, &self.path).cloned() {
                Some(Bson::Array(a)) if !a.is_empty() => {
                    // Each output copies the document without the array
                    // (copying it with the array made unwinding quadratic).
                    set_path(&mut d, &self.path, Bson::Null)?;
                    for (i, e) in a.into_iter().enumerate() {
                        let mut nd = d.clone();
                        set_path(&mut nd, &self.path, e)?;
                        if let Some(f) = &self.index_field {
                            set_path(&mut nd, f, Bson::Int64(i as i64))?;
                        }
                        out.push(nd);
                    }
                }
                Some(Bson::Array(_)) | None | Some(Bson::Null) => {
                    if self.preserve {
                        let mut nd = d.clone();
                        if let Some(f) = &self.index_field {
                            set_path(&mut nd, f, Bson::Null)?;
                        }
                        if matches!(get_path(&d, &self.path), Some(Bson::Array(_))) {
                            crate::value::path::set_path(&mut nd, &self.path, Bson::Null).ok();
                            let parts: Vec<&str> = self.path.split('.').collect();
                            if parts.len() == 1 {
                                nd.remove(parts[0]);
                            }
                        }
                        out.push(nd);
                    }
                }
                Some(_) => {
                    let mut nd = d.clone();
                    if let Some(f) = &self.index_field {
                        set_path(&mut nd, f, Bson::Null)?;
                    }
                    out.push(nd);
                }
            }
        }
        Ok(out)
    }
}
