//! `hello` (and its legacy spellings `isMaster`/`ismaster`): the handshake.
//! The server presents itself as the primary of a one-member replica set, so
//! drivers enable transactions, change streams and retryable writes — or,
//! started with `--replSet` and not initiated yet, as mongod's member without
//! a configuration, or as a standalone. The awaitable form
//! (`topologyVersion` + `maxAwaitTimeMS`) is handled by `net`, which delays
//! the reply until the wait runs out or the topology version moves
//! (`replSetInitiate`, `replSetReconfig`).

use super::build_info::MONGOD_VERSION;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::session::SESSION_TIMEOUT_MINUTES;
use crate::wire::{MAX_BSON_OBJECT_SIZE, MAX_MESSAGE_SIZE, MAX_WRITE_BATCH_SIZE};
use bson::{doc, oid::ObjectId, Bson, Document};

/// The wire versions we speak: 0 lets legacy drivers connect; 25 is 8.0's.
pub const MIN_WIRE_VERSION: i32 = 0;
pub const MAX_WIRE_VERSION: i32 = 25;

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let name = cmd.keys().next().map(String::as_str).unwrap_or("hello");
    if let Some(client) = cmd.get("client") {
        let Bson::Document(client) = client else {
            return Err(crate::value::field_type_error(
                name, "client", client, "object",
            ));
        };
        let mut slot = ctx
            .conn
            .client_metadata
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if slot.is_some() {
            return Err(Error::new(
                ErrorCode::ClientMetadataCannotBeMutated,
                "The client metadata document may only be sent in the first hello",
            ));
        }
        *slot = Some(std::sync::Arc::new(client.clone()));
    }
    let state = ctx.state;
    let mut r = Document::new();
    if let Some(Bson::Boolean(true)) = cmd.get("helloOk") {
        r.insert("helloOk", true);
    }
    r.insert(
        "topologyVersion",
        doc! { "processId": state.process_id, "counter": state.repl.topology_version() },
    );
    let writable = state.repl.writable();
    if name == "hello" {
        r.insert("isWritablePrimary", writable);
    } else {
        r.insert("ismaster", writable);
    }
    if !writable {
        // A member started with --replSet that has no configuration yet.
        r.insert("secondary", false);
        r.insert("info", "Does not have a valid replica set config");
        r.insert("isreplicaset", true);
    } else if let (Some(config), Some(set)) = (state.repl.config(), state.repl.name()) {
        let me = state.me();
        let (optime, date) = state.last_applied();
        r.insert("hosts", vec![me.clone()]);
        r.insert("setName", set);
        r.insert("setVersion", crate::repl::config::version(&config) as i32);
        r.insert("secondary", false);
        r.insert("primary", me.clone());
        r.insert("me", me);
        r.insert(
            "electionId",
            ObjectId::from_bytes([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 1]),
        );
        r.insert(
            "lastWrite",
            doc! {
                "opTime": optime.clone(),
                "lastWriteDate": date,
                "majorityOpTime": optime,
                "majorityWriteDate": date,
            },
        );
    }
    r.insert("maxBsonObjectSize", MAX_BSON_OBJECT_SIZE as i32);
    r.insert("maxMessageSizeBytes", MAX_MESSAGE_SIZE as i32);
    r.insert("maxWriteBatchSize", MAX_WRITE_BATCH_SIZE as i32);
    r.insert("localTime", bson::DateTime::now());
    r.insert("logicalSessionTimeoutMinutes", SESSION_TIMEOUT_MINUTES);
    r.insert("connectionId", ctx.conn.id as i32);
    r.insert("minWireVersion", MIN_WIRE_VERSION);
    r.insert("maxWireVersion", MAX_WIRE_VERSION);
    r.insert("readOnly", false);
    let _ = MONGOD_VERSION;
    Ok(r)
}
