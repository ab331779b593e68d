//! Reading typed command arguments (`opt_bool`, `opt_i64`, `opt_doc`,
//! `opt_str`) with mongod's TypeMismatch errors.

use crate::error::{Error, Result};
use crate::value::{as_i64, is_number, truthy};
use bson::{Bson, Document};

/// Reads an optional boolean-ish command argument.
pub fn opt_bool(cmd: &Document, command: &str, field: &str) -> Result<Option<bool>> {
    match cmd.get(field) {
        None => Ok(None),
        Some(v @ (Bson::Boolean(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_))) => {
            Ok(Some(truthy(v)))
        }
        Some(Bson::Null) => Ok(None),
        Some(v) => Err(crate::value::field_type_error(command, field, v, "bool")),
    }
}

/// Reads an optional integral command argument (any numeric type that holds
/// an integer, as mongod's IDL `safeInt64` accepts).
pub fn opt_i64(cmd: &Document, command: &str, field: &str) -> Result<Option<i64>> {
    match cmd.get(field) {
        None | Some(Bson::Null) => Ok(None),
        Some(v) if is_number(v) => match as_i64(v) {
            Some(i) => Ok(Some(i)),
            None => Err(Error::failed_to_parse(format!(
                "Expected field {field} to have integral value, but found {v}"
            ))),
        },
        Some(v) => Err(crate::value::field_type_error(command, field, v, "long")),
    }
}

/// Reads an optional document command argument.
pub fn opt_doc<'a>(cmd: &'a Document, command: &str, field: &str) -> Result<Option<&'a Document>> {
    match cmd.get(field) {
        None | Some(Bson::Null) => Ok(None),
        Some(Bson::Document(d)) => Ok(Some(d)),
        Some(v) => Err(crate::value::field_type_error(command, field, v, "object")),
    }
}

/// Reads an optional string command argument.
pub fn opt_str<'a>(cmd: &'a Document, command: &str, field: &str) -> Result<Option<&'a str>> {
    match cmd.get(field) {
        None | Some(Bson::Null) => Ok(None),
        Some(Bson::String(s)) => Ok(Some(s)),
        Some(v) => Err(crate::value::field_type_error(command, field, v, "string")),
    }
}
