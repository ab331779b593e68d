//! The check mongod makes before running a command on a member that is not
//! primary — here, a member started with `--replSet` that has not been
//! initiated yet: writes answer NotWritablePrimary ("not primary"), reads
//! answer NotPrimaryNoSecondaryOk unless their read preference lets them
//! read from a non-primary. Commands allowed anywhere (hello, ping,
//! replSetInitiate, serverStatus, …) pass.

use super::envelope;
use super::table::CommandSpec;
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

/// Reads that need a primary unless the read preference says otherwise
/// (mongod's `AllowedOnSecondary::kOptIn` commands).
const READS: &[&str] = &[
    "aggregate",
    "count",
    "distinct",
    "find",
    "listCollections",
    "listIndexes",
];

pub(super) fn check(spec: &CommandSpec, body: &Document) -> Result<()> {
    if envelope::writes(spec, body) || (spec.is_write && spec.name != "shutdown") {
        return Err(Error::new(ErrorCode::NotWritablePrimary, "not primary"));
    }
    if READS.contains(&spec.name) && !secondary_ok(body) {
        return Err(Error::new(
            ErrorCode::NotPrimaryNoSecondaryOk,
            "not primary and secondaryOk=false",
        ));
    }
    Ok(())
}

/// A read preference other than `primary` lets a read run on a member
/// that is not primary (drivers send `primaryPreferred` on a direct
/// connection).
fn secondary_ok(body: &Document) -> bool {
    match body.get("$readPreference") {
        Some(Bson::Document(rp)) => rp.get_str("mode").is_ok_and(|m| m != "primary"),
        _ => false,
    }
}

/// mongod answers "not primary" with its current `topologyVersion`, so a
/// driver that has already seen that version knows the error tells it
/// nothing new (and does not stall on a fresh check of a server whose
/// state has not changed). Only for a member that is truly not primary:
/// an error a fail point makes up leaves the reply as it is.
pub(super) fn add_topology_version(state: &crate::state::ServerState, reply: &mut Document) {
    let code = reply.get("code").and_then(crate::value::as_i64);
    let not_primary = [
        ErrorCode::NotWritablePrimary.code(),
        ErrorCode::NotPrimaryNoSecondaryOk.code(),
    ];
    if !state.repl.writable() && code.is_some_and(|c| not_primary.contains(&(c as i32))) {
        reply.insert(
            "topologyVersion",
            bson::doc! {
                "processId": state.process_id,
                "counter": state.repl.topology_version(),
            },
        );
    }
}
