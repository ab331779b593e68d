//! The logical-session commands: `startSession`, `endSessions`,
//! `killSessions`, `killAllSessions`, `refreshSessions`. Ending or killing a
//! session kills the cursors opened in it, as in mongod.

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{doc, spec::BinarySubtype, Binary, Bson, Document};

fn lsid_ids<'a>(cmd: &'a Document, name: &str) -> Result<Vec<&'a Bson>> {
    let arr = match cmd.get(name) {
        Some(Bson::Array(a)) => a,
        Some(v) => return Err(crate::value::field_type_error(name, name, v, "array")),
        None => return Ok(Vec::new()),
    };
    arr.iter()
        .map(|e| match e {
            Bson::Document(d) => d.get("id").ok_or_else(|| {
                Error::new(
                    crate::error::ErrorCode::IDLFailedToParse,
                    format!("BSON field '{name}.id' is missing but a required field"),
                )
            }),
            v => Err(crate::value::field_type_error(name, "lsid", v, "object")),
        })
        .collect()
}

pub fn start_session(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let id = Bson::Binary(Binary {
        subtype: BinarySubtype::Uuid,
        bytes: uuid::Uuid::new_v4().as_bytes().to_vec(),
    });
    ctx.state.sessions.touch(&id);
    Ok(doc! {
        "id": { "id": id },
        "timeoutMinutes": crate::session::SESSION_TIMEOUT_MINUTES,
    })
}

pub fn end_sessions(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    for id in lsid_ids(cmd, "endSessions")? {
        ctx.state.sessions.end(id);
        ctx.state.cursors.kill_session(id);
    }
    Ok(Document::new())
}

pub fn kill_sessions(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    for id in lsid_ids(cmd, "killSessions")? {
        ctx.state.sessions.end(id);
        ctx.state.cursors.kill_session(id);
    }
    Ok(Document::new())
}

pub fn kill_all_sessions(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    match cmd.get("killAllSessions") {
        Some(Bson::Array(_)) | None => {}
        Some(v) => {
            return Err(crate::value::field_type_error(
                "killAllSessions",
                "killAllSessions",
                v,
                "array",
            ))
        }
    }
    ctx.state.sessions.end_all();
    ctx.state.cursors.kill_all_sessions();
    Ok(Document::new())
}

pub fn refresh_sessions(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    for id in lsid_ids(cmd, "refreshSessions")? {
        ctx.state.sessions.touch(id);
    }
    Ok(Document::new())
}
