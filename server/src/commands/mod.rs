//! Command handlers, one file per command (or small family), named as mongod
//! names them. Each parses its arguments (rejecting unknown fields the way
//! mongod's IDL parsers do), runs over `storage`, and returns its reply body
//! or an `Error`; `dispatch` adds `ok` and the envelope fields.

pub mod admin_misc;
pub mod aggregate;
pub mod build_info;
pub mod bulk_write;
pub mod coll_mod;
mod coll_mod_unique;
pub mod coll_stats;
pub mod configure_fail_point;
pub mod connection_status;
pub mod count;
pub mod create;
pub mod create_indexes;
pub mod cursor_reply;
pub mod db_stats;
pub mod delete;
pub mod distinct;
pub mod drop;
pub mod drop_database;
pub mod drop_indexes;
pub mod explain;
pub(crate) mod explain_shape;
pub mod find;
pub mod find_and_modify;
pub mod find_bounds;
pub mod get_cmd_line_opts;
pub mod get_log;
pub mod get_more;
pub mod get_parameter;
pub mod hello;
pub mod host_info;
pub mod index_build;
pub mod insert;
pub mod kill_cursors;
pub mod list_collections;
pub mod list_commands;
pub mod list_databases;
pub mod list_indexes;
pub mod matching;
pub mod ping;
pub mod re_index;
pub mod rename_collection;
pub mod repl_set_get_status;
pub mod search_index;
pub mod server_status;
pub mod sessions;
pub mod set_parameter;
pub mod shared;
pub mod stats_stages;
pub mod test_version;
pub mod transaction;
pub mod update;
pub mod validate;
pub mod whatsmyuri;

use crate::dispatch::GENERIC_FIELDS;
use crate::error::{Error, ErrorCode, Result};
use crate::value::{validate_coll_name, validate_db_name};
use bson::{Bson, Document};

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
