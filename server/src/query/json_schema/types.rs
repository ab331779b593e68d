//! BSON type sets: what `type`, `bsonType` and `encrypt.bsonType` name,
//! and parsing those names as mongod does (JSON Schema's names for `type`,
//! `$type`'s aliases for `bsonType`, "number" for every numeric type).

use super::kw;
use super::Val;
use crate::error::{Error, Result};
use bson::Bson;

/// A set of BSON types named by `type` or `bsonType`; "number" stands for
/// all four numeric types.
#[derive(Debug, Clone, Default)]
pub(super) struct TypeSet {
    pub(super) all_numbers: bool,
    pub(super) codes: Vec<i32>,
}

impl TypeSet {
    pub(super) fn has_code(&self, code: i32) -> bool {
        (self.all_numbers && matches!(code, 1 | 16 | 18 | 19)) || self.codes.contains(&code)
    }

    pub(super) fn matches(&self, v: Val) -> bool {
        self.has_code(v.type_code())
    }
}

pub(super) fn json_type_alias(name: &str) -> Option<i32> {
    Some(match name {
        "array" => 4,
        "boolean" => 8,
        "null" => 10,
        "object" => 3,
        "string" => 2,
        _ => return None,
    })
}

pub(super) fn bson_type_alias(name: &str) -> Option<i32> {
    crate::value::type_number(name)
}

/// A type name or an array of them, for `type`, `bsonType` and
/// `encrypt.bsonType`. "integer" is JSON Schema's, which mongod rejects.
pub(super) fn type_set(keyword: &str, v: &Bson, alias: fn(&str) -> Option<i32>) -> Result<TypeSet> {
    let integer =
        || Error::failed_to_parse("$jsonSchema type 'integer' is not currently supported.");
    let mut names: Vec<&str> = Vec::new();
    match v {
        Bson::String(s) => {
            if s == "integer" {
                return Err(integer());
            }
            names.push(s);
        }
        Bson::Array(items) => {
            for item in items {
                let Bson::String(s) = item else {
                    return Err(Error::type_mismatch(kw(
                        keyword,
                        "array elements must be strings",
                    )));
                };
                if s == "integer" {
                    return Err(integer());
                }
                if names.contains(&s.as_str()) {
                    return Err(Error::failed_to_parse(kw(
                        keyword,
                        &format!("has duplicate value: {s}"),
                    )));
                }
                names.push(s);
            }
        }
        _ => {
            return Err(Error::type_mismatch(kw(
                keyword,
                "must be either a string or an array of strings",
            )))
        }
    }
    // mongod resolves the names in sorted order, so that is the order in
    // which an unknown one is reported.
    names.sort_unstable();
    let mut set = TypeSet::default();
    for name in names {
        if name == "number" {
            set.all_numbers = true;
        } else if let Some(code) = alias(name) {
            set.codes.push(code);
        } else if name == "missing" {
            return Err(Error::bad_value(
                "'missing' is not a legal type name. To query for non-existence of a field, \
                 use {$exists:false}.",
            ));
        } else {
            return Err(Error::bad_value(format!("Unknown type name alias: {name}")));
        }
    }
    if !set.all_numbers && set.codes.is_empty() {
        return Err(Error::failed_to_parse(kw(
            keyword,
            "must name at least one type",
        )));
    }
    Ok(set)
}
