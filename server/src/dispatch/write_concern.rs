//! The command's write concern: the one it gives (`writeConcern`, parsed
//! with mongod's rules) or the cluster-wide default, whether its writes
//! wait for the journal, and what this one-member set cannot satisfy.

use crate::concern::{Provenance, WriteConcern, W};
use crate::error::{Error, ErrorCode, Result};
use crate::state::ServerState;
use bson::{doc, Bson, Document};

/// The write concern that applies to the command.
pub(super) fn of(state: &ServerState, name: &str, body: &Document) -> Result<WriteConcern> {
    let given = match body.get("writeConcern") {
        None | Some(Bson::Null) => None,
        Some(Bson::Document(d)) => WriteConcern::parse(d, Provenance::ClientSupplied)?,
        Some(v) => {
            return Err(crate::value::field_type_error(
                name,
                "writeConcern",
                v,
                "object",
            ))
        }
    };
    Ok(given.unwrap_or_else(|| state.rw_defaults.write_concern()))
}

/// A write concern this one-member set can never satisfy: `w` above one
/// member, or a mode or tag set it does not define. mongod still performs
/// the write and reports the problem as a writeConcernError (on a
/// standalone, a `w` above 1 is refused outright).
pub(super) fn unsatisfiable(state: &ServerState, wc: &WriteConcern) -> Result<Option<Document>> {
    let (code, errmsg) = match &wc.w {
        W::Mode(mode) => (
            ErrorCode::UnknownReplWriteConcern,
            format!("No write concern mode named '{mode}' found in replica set configuration"),
        ),
        W::Tags(_) => (
            ErrorCode::UnsatisfiableWriteConcern,
            "Not enough nodes match write concern tags".to_string(),
        ),
        W::Nodes(n) if *n > 1 => {
            if !state.is_replica_set() {
                return Err(Error::bad_value(
                    "cannot use 'w' > 1 on a standalone mongod",
                ));
            }
            (
                ErrorCode::UnsatisfiableWriteConcern,
                "Not enough data-bearing nodes".to_string(),
            )
        }
        _ => return Ok(None),
    };
    Ok(Some(doc! {
        "code": code.code(),
        "codeName": code.name().into_owned(),
        "errmsg": errmsg,
        "errInfo": wc.err_info(),
    }))
}
