//! The network layer: the TCP listener and one task per connection. A
//! connection reads whole messages (`wire`), runs each command on the
//! blocking pool (WiredTiger calls block) through `dispatch`, and writes the
//! reply. It also implements the two streaming forms of OP_MSG: awaitable
//! `hello` (the reply waits up to `maxAwaitTimeMS`, and with `exhaustAllowed`
//! repeats until the client goes away) and exhaust `getMore`.
//!
//! Framing errors (bad length, broken checksum, an unknown opcode) close the
//! connection, as mongod does; a malformed OP_MSG body gets an error reply.

use crate::commands::ConnInfo;
use crate::dispatch::{run_command, Reply};
use crate::error::ErrorCode;
use crate::state::ServerState;
use crate::wire::{self, Header};
use bson::{doc, Bson, Document};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;
use tokio::task::JoinSet;

pub mod listener;

pub use listener::{bind_unix, Listener, Reader, Writer};

static NEXT_REQUEST_ID: AtomicI32 = AtomicI32::new(1);

fn next_request_id() -> i32 {
    NEXT_REQUEST_ID.fetch_add(1, Ordering::Relaxed)
}

/// Accepts connections until `shutdown` turns true, then waits for every
/// connection to finish its in-flight request.
pub async fn serve(
    listeners: Vec<Listener>,
    state: Arc<ServerState>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut conns = JoinSet::new();
    loop {
        // The next connection on any of the addresses listened on.
        let accept =
            futures_util::future::select_all(listeners.iter().map(|l| Box::pin(l.accept())));
        tokio::select! {
            (r, _, _) = accept => match r {
                Ok((rd, wr, peer)) => {
                    // Counted here, before the connection's task runs, so a
                    // burst of connections cannot slip past the limit.
                    let current = state.current_connections.fetch_add(1, Ordering::Relaxed) as usize;
                    if current >= state.config.max_connections {
                        state.current_connections.fetch_sub(1, Ordering::Relaxed);
                        tracing::info!(target: "NETWORK", id = 22942, ctx = "listener",
                            remote = %peer, connectionCount = current,
                            "Connection refused because there are too many open connections");
                        drop((rd, wr));
                        continue;
                    }
                    let id = state.next_connection_id.fetch_add(1, Ordering::Relaxed) + 1;
                    let conn = Arc::new(ConnInfo { id, peer, client_metadata: Mutex::new(None), last_op: Default::default() });
                    let state = state.clone();
                    let rx = shutdown.clone();
                    conns.spawn(async move {
                        // The ingress rate limiter (when on) admits it, maybe
                        // after a wait, or closes it before anything is read.
                        if !state.ingress.admit().await {
                            tracing::debug!(conn = id, %peer, "connection refused by the ingress rate limiter");
                            state.current_connections.fetch_sub(1, Ordering::Relaxed);
                            return;
                        }
                        state.total_connections.fetch_add(1, Ordering::Relaxed);
                        let count = state.current_connections.load(Ordering::Relaxed);
                        tracing::info!(target: "NETWORK", id = 22943, ctx = "listener",
                            remote = %peer, isLoadBalanced = false, connectionId = id,
                            connectionCount = count, "Connection accepted");
                        handle(rd, wr, state.clone(), conn, rx).await;
                        let count = state.current_connections.load(Ordering::Relaxed) - 1;
                        tracing::info!(target: "NETWORK", id = 22944, ctx = %format_args!("conn{id}"),
                            remote = %peer, isLoadBalanced = false, connectionId = id,
                            connectionCount = count, "Connection ended");
                        crate::memory::connection_closed();
                        state.current_connections.fetch_sub(1, Ordering::Relaxed);
                    });
                }
                Err(e) => {
                    tracing::warn!(target: "NETWORK", id = 23019, ctx = "listener", error = %e, "Error accepting new connection");
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            },
            _ = shutdown.changed() => break,
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
        }
    }
    drop(listeners);
    while conns.join_next().await.is_some() {}
}

/// Runs a command: in place when it never waits (`dispatch::runs_inline`;
/// this task's worker has a command thread's stack), else on the blocking
/// pool. None: close the connection.
async fn run(state: &Arc<ServerState>, conn: &Arc<ConnInfo>, body: Document) -> Option<Reply> {
    if crate::dispatch::runs_inline(state, &body) {
        return run_command(state, conn, body);
    }
    let (s, c) = (state.clone(), conn.clone());
    match state.threads.spawn(move || run_command(&s, &c, body)).await {
        Ok(d) => d,
        Err(e) => Some(Reply {
            doc: crate::error::Error::internal(format!("command task failed: {e}")).to_reply(),
            batch: None,
        }),
    }
}

async fn write(wr: &mut Writer, bytes: &[u8]) -> bool {
    wr.write_all(bytes).await.is_ok()
}

async fn handle(
    mut rd: Reader,
    mut wr: Writer,
    state: Arc<ServerState>,
    conn: Arc<ConnInfo>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            break;
        }
        let msg = tokio::select! {
            m = wire::read_message(&mut rd) => m,
            _ = shutdown.changed() => break,
        };
        let (header, body) = match msg {
            Ok(Some(m)) => m,
            Ok(None) => break,
            Err(e) => {
                closing(&conn, &e);
                break;
            }
        };
        let keep = match header.op_code {
            wire::OP_MSG => {
                on_op_msg(
                    &state,
                    &conn,
                    &header,
                    &body,
                    &mut rd,
                    &mut wr,
                    &mut shutdown,
                )
                .await
            }
            wire::OP_QUERY => on_op_query(&state, &conn, &header, &body, &mut wr).await,
            other => {
                closing(&conn, &format_args!("unsupported opcode {other}"));
                false
            }
        };
        if !keep {
            break;
        }
    }
}

/// mongod's line for a connection it ends because of what the client sent.
fn closing(conn: &ConnInfo, error: &dyn std::fmt::Display) {
    tracing::info!(target: "NETWORK", id = 22988, ctx = %format_args!("conn{}", conn.id),
        error = %error, remote = %conn.peer, connectionId = conn.id,
        "Error receiving request from client. Ending connection from remote");
}

/// Verifies an OP_MSG checksum (CRC-32C over the whole message but the
/// checksum itself).
fn checksum_ok(header: &Header, body: &[u8]) -> bool {
    if body.len() < 8 {
        return false;
    }
    let mut h = Vec::with_capacity(16);
    h.extend_from_slice(&header.length.to_le_bytes());
    h.extend_from_slice(&header.request_id.to_le_bytes());
    h.extend_from_slice(&header.response_to.to_le_bytes());
    h.extend_from_slice(&header.op_code.to_le_bytes());
    let end = body.len() - 4;
    let crc = crc32c::crc32c_append(crc32c::crc32c(&h), &body[..end]);
    crc == u32::from_le_bytes(body[end..].try_into().unwrap())
}

/// How long an awaitable hello waits: its `maxAwaitTimeMS` when its
/// `topologyVersion` is our current one (the wait ends early if the
/// topology moves, see [`topology_wait`]); None for an ordinary hello or
/// one whose client has not seen the current topology yet.
fn hello_wait(state: &ServerState, body: &Document) -> Option<Duration> {
    let name = body.keys().next()?;
    if !matches!(name.as_str(), "hello" | "isMaster" | "ismaster") {
        return None;
    }
    let ms = crate::value::as_i64(body.get("maxAwaitTimeMS")?)?;
    let tv = body.get_document("topologyVersion").ok()?;
    let same = tv.get("processId") == Some(&Bson::ObjectId(state.process_id))
        && tv.get("counter").and_then(crate::value::as_i64) == Some(state.repl.topology_version());
    same.then(|| Duration::from_millis(ms.max(0) as u64))
}

/// Waits out an awaitable hello's period, or less if the topology version
/// moves meanwhile (`replSetInitiate`, `replSetReconfig`).
async fn topology_wait(state: &ServerState, d: Duration) {
    let mut topology = state.repl.watch();
    tokio::select! {
        () = tokio::time::sleep(d) => {}
        _ = topology.changed() => {}
    }
}

#[allow(clippy::too_many_arguments)]
async fn on_op_msg(
    state: &Arc<ServerState>,
    conn: &Arc<ConnInfo>,
    header: &Header,
    body: &[u8],
    rd: &mut Reader,
    wr: &mut Writer,
    shutdown: &mut watch::Receiver<bool>,
) -> bool {
    let flags = crate::wire::le_i32(body, 0).unwrap_or(0) as u32;
    if flags & wire::CHECKSUM_PRESENT != 0 && !checksum_ok(header, body) {
        closing(conn, &"OP_MSG checksum mismatch");
        return false;
    }
    let msg = match wire::parse_op_msg(body) {
        Ok(m) => m,
        Err((code, message)) => {
            if code == ErrorCode::IllegalOpMsgFlag {
                // IllegalOpMsgFlag is fatal to the connection in mongod.
                closing(conn, &message);
                return false;
            }
            let err = crate::error::Error::new(code, message);
            let reply = wire::encode_op_msg(0, &err.to_reply());
            return write(
                wr,
                &wire::frame(next_request_id(), header.request_id, wire::OP_MSG, &reply),
            )
            .await;
        }
    };
    let more_to_come = msg.flags & wire::MORE_TO_COME != 0;
    let exhaust = msg.flags & wire::EXHAUST_ALLOWED != 0;
    let wait = hello_wait(state, &msg.body);
    if let Some(d) = wait {
        // A monitoring client that hangs up mid-wait ends the connection at
        // once, so its resources do not outlive it by `maxAwaitTimeMS`
        // (drivers send nothing else on a connection awaiting hello).
        let mut probe = [0u8; 1];
        tokio::select! {
            () = topology_wait(state, d) => {}
            _ = rd.read(&mut probe) => return false,
            _ = shutdown.changed() => return false,
        }
    }
    let is_get_more = msg.body.keys().next().is_some_and(|k| k == "getMore");
    // Only an exhaust request runs again (each streamed reply re-runs it).
    let again = exhaust.then(|| msg.body.clone());
    let Some(mut reply) = run(state, conn, msg.body).await else {
        return false;
    };
    if more_to_come {
        return true;
    }
    let mut response_to = header.request_id;
    loop {
        let streaming = exhaust
            && reply.doc.get("ok").and_then(crate::value::as_f64) == Some(1.0)
            && (wait.is_some() || (is_get_more && cursor_id(&reply.doc) != 0));
        let flags = if streaming { wire::MORE_TO_COME } else { 0 };
        let request_id = next_request_id();
        if !send(wr, request_id, response_to, flags, reply).await {
            return false;
        }
        let (true, Some(body)) = (streaming, &again) else {
            return true;
        };
        response_to = request_id;
        if let Some(d) = wait {
            // Wait out the next period, watching for the client hanging up.
            let mut probe = [0u8; 1];
            tokio::select! {
                () = topology_wait(state, d) => {}
                _ = rd.read(&mut probe) => return false,
                _ = shutdown.changed() => return false,
            }
        }
        reply = match run(state, conn, body.clone()).await {
            Some(r) => r,
            None => return false,
        };
    }
}

/// Writes the reply message: the document with its batch's bytes written
/// in place (a large batch straight from its buffer, without another copy),
/// or, should the document not have the layout that allows that, the batch
/// decoded into it.
async fn send(
    wr: &mut Writer,
    request_id: i32,
    response_to: i32,
    flags: u32,
    reply: Reply,
) -> bool {
    /// Below this a batch is copied into one buffer: one write.
    const COPIED: usize = 64 << 10;
    if let Some(batch) = &reply.batch {
        let bytes = batch.elements();
        if let Some((mut head, tail)) =
            wire::encode_reply_parts(request_id, response_to, flags, &reply.doc, bytes.len())
        {
            if bytes.len() < COPIED {
                head.extend_from_slice(bytes);
                head.extend_from_slice(&tail);
                return write(wr, &head).await;
            }
            return write(wr, &head).await && write(wr, bytes).await && write(wr, &tail).await;
        }
    }
    let bytes = wire::frame(
        request_id,
        response_to,
        wire::OP_MSG,
        &wire::encode_op_msg(flags, &reply.into_document()),
    );
    write(wr, &bytes).await
}

fn cursor_id(reply: &Document) -> i64 {
    reply
        .get_document("cursor")
        .ok()
        .and_then(|c| c.get_i64("id").ok())
        .unwrap_or(0)
}

async fn on_op_query(
    state: &Arc<ServerState>,
    conn: &Arc<ConnInfo>,
    header: &Header,
    body: &[u8],
    wr: &mut Writer,
) -> bool {
    let reply = match wire::parse_op_query(body) {
        Err((code, e)) => {
            doc! { "$err": e.clone(), "errmsg": e, "code": code.code(), "codeName": code.name().to_string(), "ok": 0.0 }
        }
        Ok(q) => {
            let (db, coll) = q
                .full_collection_name
                .split_once('.')
                .unwrap_or((&q.full_collection_name, ""));
            // Drivers may wrap the command as {$query: {...}, $readPreference: ...}.
            let mut cmd = match q.query.get("$query") {
                Some(Bson::Document(inner)) => inner.clone(),
                _ => q.query.clone(),
            };
            let name = cmd.keys().next().cloned().unwrap_or_default();
            if coll == "$cmd" && matches!(name.as_str(), "isMaster" | "ismaster" | "hello") {
                cmd.insert("$db", db);
                match run(state, conn, cmd).await {
                    Some(r) => r.into_document(),
                    None => return false,
                }
            } else {
                let msg = format!("Unsupported OP_QUERY command: {name}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal");
                doc! { "$err": msg.clone(), "errmsg": msg, "code": ErrorCode::UnsupportedOpQueryCommand.code(), "codeName": ErrorCode::UnsupportedOpQueryCommand.name().to_string(), "ok": 0.0 }
            }
        }
    };
    let bytes = wire::frame(
        next_request_id(),
        header.request_id,
        wire::OP_REPLY,
        &wire::encode_op_reply(&reply),
    );
    write(wr, &bytes).await
}
