//! `renameCollection`: renames `db.a` to `db2.b` (run against admin), with
//! `dropTarget`. Cursors on the source are killed, as in mongod.

use super::{check_fields, split_ns};
use crate::commands::args::opt_bool;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

const KNOWN: &[&str] = &["to", "dropTarget", "stayTemp", "collectionUUID"];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "renameCollection", KNOWN)?;
    let from = match cmd.get("renameCollection") {
        Some(Bson::String(s)) => split_ns(s)?,
        Some(v) => {
            return Err(crate::value::field_type_error(
                "renameCollection",
                "renameCollection",
                v,
                "string",
            ))
        }
        None => unreachable!("dispatch routes by the first field"),
    };
    let to = match cmd.get("to") {
        Some(Bson::String(s)) => split_ns(s)?,
        Some(v) => {
            return Err(crate::value::field_type_error(
                "renameCollection",
                "to",
                v,
                "string",
            ))
        }
        None => return Err(Error::missing_field("renameCollection", "to")),
    };
    let drop_target = opt_bool(cmd, "renameCollection", "dropTarget")?.unwrap_or(false);
    if from == to {
        return Err(Error::new(
            ErrorCode::IllegalOperation,
            "Can't rename a collection to itself",
        ));
    }
    let engine = &ctx.state.engine;
    if engine.collection(&from.0, &from.1).is_none() {
        return Err(Error::new(
            ErrorCode::NamespaceNotFound,
            format!("Source collection {}.{} does not exist", from.0, from.1),
        ));
    }
    if engine.collection(&to.0, &to.1).is_some() && !drop_target {
        return Err(Error::new(
            ErrorCode::NamespaceExists,
            "target namespace exists",
        ));
    }
    ctx.state.cursors.kill_ns(&format!("{}.{}", from.0, from.1));
    ctx.state.cursors.kill_ns(&format!("{}.{}", to.0, to.1));
    engine.rename_collection((&from.0, &from.1), (&to.0, &to.1), drop_target)?;
    ctx.wrote();
    Ok(Document::new())
}
