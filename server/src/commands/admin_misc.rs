//! Small administrative commands: `fsync` (a checkpoint plus journal sync),
//! `profile` (the profiler is off and stays off), `currentOp` and `killOp`.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{doc, Document};

pub fn fsync(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    if cmd.get("lock").is_some_and(crate::value::truthy) {
        return Err(Error::not_implemented("fsync with lock is not implemented"));
    }
    ctx.state.engine.checkpoint()?;
    Ok(doc! { "numFiles": 1 })
}

pub fn profile(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    match cmd.get("profile").and_then(crate::value::as_i64) {
        Some(-1) | Some(0) => Ok(doc! { "was": 0, "slowms": 100, "sampleRate": 1.0 }),
        Some(1) | Some(2) => Err(Error::not_implemented(
            "the database profiler is not implemented",
        )),
        _ => Err(Error::bad_value("profile level must be -1, 0, 1 or 2")),
    }
}

pub fn current_op(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let me = doc! {
        "type": "op",
        "active": true,
        "op": "command",
        "ns": "admin.$cmd",
        "command": { "currentOp": 1 },
        "connectionId": ctx.conn.id as i64,
        "client": ctx.conn.peer.to_string(),
    };
    Ok(doc! { "inprog": [me] })
}

pub fn kill_op(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    match cmd.get("op") {
        Some(v) if crate::value::is_number(v) => Ok(doc! { "info": "attempting to kill op" }),
        Some(v) => Err(crate::value::field_type_error("killOp", "op", v, "int")),
        None => Err(Error::missing_field("killOp", "op")),
    }
}
