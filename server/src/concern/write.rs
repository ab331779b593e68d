//! A command's `writeConcern`, parsed as mongod parses it
//! (`WriteConcernOptions::parse`): `w` a number 0–50, a mode name or a tag
//! set; `j` and `fsync` booleans (numbers accepted), not both; `wtimeout`
//! a number. An empty document means "the default".

use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};

/// mongod's largest replica set: the most a numeric `w` may ask for.
const MAX_MEMBERS: i64 = 50;

#[derive(Clone, Debug, PartialEq)]
pub enum W {
    Nodes(i64),
    Majority,
    /// A named mode other than "majority" (this set defines none).
    Mode(String),
    Tags(Document),
}

/// Where a write concern came from, as mongod reports it in
/// `writeConcernError.errInfo.writeConcern.provenance`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Provenance {
    ClientSupplied,
    ImplicitDefault,
    CustomDefault,
}

impl Provenance {
    pub fn name(self) -> &'static str {
        match self {
            Provenance::ClientSupplied => "clientSupplied",
            Provenance::ImplicitDefault => "implicitDefault",
            Provenance::CustomDefault => "customDefault",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WriteConcern {
    pub w: W,
    pub j: Option<bool>,
    pub fsync: bool,
    pub wtimeout: i64,
    pub provenance: Provenance,
}

fn failed(msg: impl Into<String>) -> Error {
    Error::new(ErrorCode::FailedToParse, msg)
}

fn flag(field: &str, v: &Bson) -> Result<bool> {
    match v {
        Bson::Boolean(b) => Ok(*b),
        Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_) => {
            Ok(crate::value::truthy(v))
        }
        Bson::Null => Ok(false),
        other => Err(crate::value::field_type_error(
            "writeConcern",
            field,
            other,
            "bool",
        )),
    }
}

impl WriteConcern {
    /// `{w: 1}`: what a standalone defaults to.
    pub fn w1(provenance: Provenance) -> WriteConcern {
        WriteConcern {
            w: W::Nodes(1),
            j: None,
            fsync: false,
            wtimeout: 0,
            provenance,
        }
    }

    /// `{w: "majority"}`: a replica set's implicit default since 5.0.
    pub fn majority(provenance: Provenance) -> WriteConcern {
        WriteConcern {
            w: W::Majority,
            ..WriteConcern::w1(provenance)
        }
    }

    /// Parses a `writeConcern` document; None when it is empty (the
    /// default applies).
    pub fn parse(d: &Document, provenance: Provenance) -> Result<Option<WriteConcern>> {
        if d.is_empty() {
            return Ok(None);
        }
        let w = match d.get("w") {
            None | Some(Bson::Null) => W::Nodes(1),
            Some(v @ (Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_))) => {
                if matches!(v, Bson::Double(f) if f.is_nan()) {
                    return Err(failed("w cannot be NaN"));
                }
                let n = crate::value::as_f64(v).unwrap_or(0.0) as i64;
                if !(0..=MAX_MEMBERS).contains(&n) {
                    return Err(failed(format!(
                        "w has to be a non-negative number and not greater than {MAX_MEMBERS}; found: {n}"
                    )));
                }
                W::Nodes(n)
            }
            Some(Bson::String(s)) if s.contains('\0') => {
                return Err(failed(format!("w has illegal embedded NUL byte, w: {s}")))
            }
            Some(Bson::String(s)) if s == "majority" => W::Majority,
            Some(Bson::String(s)) => W::Mode(s.clone()),
            Some(Bson::Document(tags)) => {
                if tags.is_empty() {
                    return Err(failed("tagged write concern requires tags"));
                }
                if let Some((k, v)) = tags.iter().find(|(_, v)| crate::value::as_f64(v).is_none()) {
                    return Err(failed(format!(
                        "tags must be a single level document with only number values; found: {k}: {v}"
                    )));
                }
                W::Tags(tags.clone())
            }
            Some(_) => return Err(failed("w has to be a number, string, or object")),
        };
        let j = d.get("j").map(|v| flag("j", v)).transpose()?;
        let fsync = d.get("fsync").map(|v| flag("fsync", v)).transpose()?;
        if j == Some(true) && fsync == Some(true) {
            return Err(failed("fsync and j options cannot be used together"));
        }
        let wtimeout = match d.get("wtimeout") {
            None | Some(Bson::Null) => 0,
            Some(v) => match crate::value::as_f64(v) {
                Some(f) => f as i64,
                None => {
                    return Err(crate::value::field_type_error(
                        "writeConcern",
                        "wtimeout",
                        v,
                        "int",
                    ))
                }
            },
        };
        Ok(Some(WriteConcern {
            w,
            j,
            fsync: fsync.unwrap_or(false),
            wtimeout,
            provenance,
        }))
    }

    /// Whether the write waits for the journal before it is acknowledged:
    /// `j: true`, `fsync`, or a majority (mongod's
    /// `writeConcernMajorityJournalDefault` is true).
    pub fn journals(&self) -> bool {
        self.j == Some(true) || self.fsync || (self.w == W::Majority && self.j != Some(false))
    }

    /// The document form, as getDefaultRWConcern and errInfo show it.
    pub fn to_doc(&self) -> Document {
        let mut d = Document::new();
        match &self.w {
            W::Nodes(n) => {
                d.insert("w", *n as i32);
            }
            W::Majority => {
                d.insert("w", "majority");
            }
            W::Mode(m) => {
                d.insert("w", m.clone());
            }
            W::Tags(t) => {
                d.insert("w", t.clone());
            }
        }
        if let Some(j) = self.j {
            d.insert("j", j);
        }
        d.insert("wtimeout", self.wtimeout as i32);
        d
    }

    /// `errInfo` of a writeConcernError: the write concern the server
    /// waited for and where it came from.
    pub fn err_info(&self) -> Document {
        let mut wc = self.to_doc();
        wc.insert("provenance", self.provenance.name());
        doc! { "writeConcern": wc }
    }
}
