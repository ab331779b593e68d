//! Reading command arguments with mongod's IDL errors: the envelope fields
//! every command accepts (`GENERIC_FIELDS`), unknown-field checks, the
//! collection argument, typed optional arguments (`opt_bool`, `opt_i64`,
//! `opt_doc`, `opt_str`, with TypeMismatch errors), batch and namespace
//! arguments. Every handler parses its command through these.

use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_i64, is_number, truthy, validate_coll_name, validate_db_name};
use bson::{Bson, Document};

/// Envelope fields every command accepts; command parsers skip them.
pub const GENERIC_FIELDS: &[&str] = &[
    "$db",
    "lsid",
    "txnNumber",
    "autocommit",
    "startTransaction",
    "$clusterTime",
    "$readPreference",
    "readConcern",
    "writeConcern",
    "apiVersion",
    "apiStrict",
    "apiDeprecationErrors",
    "comment",
    "maxTimeMS",
    "$audit",
    "$client",
    "$configServerState",
    "$gleStats",
    "$oplogQueryData",
    "$queryOptions",
    "$replData",
    "mayBypassWriteBlocking",
    "clientOperationKey",
    "readOnly",
];

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

/// Rejects fields a command does not know, as mongod's IDL parsers do
/// (code 40415 IDLUnknownField). `known` excludes the envelope fields.
pub fn check_fields(cmd: &Document, name: &str, known: &[&str]) -> Result<()> {
    for k in cmd.keys().skip(1) {
        if !known.contains(&k.as_str()) && !GENERIC_FIELDS.contains(&k.as_str()) {
            return Err(Error::unknown_field(name, k));
        }
    }
    Ok(())
}

/// The collection named by the command's first field (`{find: "coll"}`).
pub fn collection_arg(cmd: &Document, name: &str) -> Result<String> {
    match cmd.get(name) {
        Some(Bson::String(s)) => {
            validate_coll_name(s)?;
            Ok(s.clone())
        }
        Some(v) => Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!(
                "collection name has invalid type {}",
                crate::value::type_name(v)
            ),
        )),
        None => Err(Error::failed_to_parse(format!(
            "missing collection name for {name}"
        ))),
    }
}

/// A required array argument (`documents`, `updates`, `deletes`, `pipeline`).
pub fn required_array<'a>(cmd: &'a Document, command: &str, field: &str) -> Result<&'a Vec<Bson>> {
    match cmd.get(field) {
        Some(Bson::Array(a)) => Ok(a),
        Some(v) => Err(crate::value::field_type_error(command, field, v, "array")),
        None => Err(Error::missing_field(command, field)),
    }
}

/// mongod's bounds on the number of statements in one write command.
pub fn check_batch_len(n: usize) -> Result<()> {
    if n == 0 || n > crate::wire::MAX_WRITE_BATCH_SIZE {
        return Err(Error::new(
            ErrorCode::InvalidLength,
            format!("Write batch sizes must be between 1 and 100000. Got {n} operations."),
        ));
    }
    Ok(())
}

/// Parses "db.coll" (renameCollection's arguments).
pub fn split_ns(ns: &str) -> Result<(String, String)> {
    match ns.split_once('.') {
        Some((db, coll)) if !db.is_empty() && !coll.is_empty() => {
            validate_db_name(db)?;
            validate_coll_name(coll)?;
            Ok((db.to_string(), coll.to_string()))
        }
        _ => Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!("Invalid namespace specified '{ns}'"),
        )),
    }
}
