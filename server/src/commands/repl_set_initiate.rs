//! `replSetInitiate`: gives a member started with `--replSet` its
//! configuration, after which it is the set's primary. Without a
//! configuration mongod makes one of the set's name and this member
//! (answering `info2` and `me`). The configuration is checked as mongod
//! checks one (the set's name, one member that is this server) and kept
//! in `local.system.replset`, so the set stays initiated across restarts.

use crate::commands::args::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::repl::config;
use bson::{Bson, Document};

/// The term of the election this member wins at once.
const TERM: i64 = 1;

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "replSetInitiate", &[])?;
    let state = ctx.state;
    let Some(name) = state.repl.name() else {
        return Err(Error::new(
            ErrorCode::NoReplicationEnabled,
            "This node was not started with replication enabled.",
        ));
    };
    if state.repl.config().is_some() {
        return Err(Error::new(
            ErrorCode::AlreadyInitialized,
            "already initialized",
        ));
    }
    let mut reply = Document::new();
    let given = match cmd.get("replSetInitiate") {
        Some(Bson::Document(c)) => c.clone(),
        Some(Bson::Null) | None | Some(Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_)) => {
            let me = crate::state::default_me(state.addr);
            reply.insert(
                "info2",
                "no configuration specified. Using a default configuration for the set",
            );
            reply.insert("me", me.clone());
            config::default_for(name, &me)
        }
        Some(v) => {
            return Err(crate::value::field_type_error(
                "replSetInitiate",
                "replSetInitiate",
                v,
                "object",
            ))
        }
    };
    config::check(&given, name, state.addr.port())?;
    let installed = config::normalize(&given, TERM);
    state.repl.install(&state.engine, installed)?;
    tracing::info!(target: "REPL", id = 21358, ctx = "ReplCoord-0",
        oldState = "SECONDARY", newState = "PRIMARY", "Replica set state transition");
    tracing::info!(target: "REPL", id = 21331, ctx = "OplogApplier-0", term = TERM,
        "Transition to primary complete; database writes are now permitted");
    Ok(reply)
}
