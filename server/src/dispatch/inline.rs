//! Which commands a connection runs in place, on the worker that read them,
//! instead of handing them to the blocking pool (`net::run`). The hand-off
//! costs two thread wake-ups per request, more than a point read or write
//! itself; but a worker that waits holds up every connection it serves. So
//! only commands that never wait run in place: reads and writes that do not
//! wait for the journal, cursors that do not await data, and the handshake.
//! Long work (aggregations, index builds, DDL, anything with a fail point
//! armed) stays on the pool, where a command that blocks costs one thread.

use crate::state::ServerState;
use bson::{Bson, Document};

/// Whether `body` may run on the connection's own worker.
pub fn runs_inline(state: &ServerState, body: &Document) -> bool {
    let Some((name, first)) = body.iter().next() else {
        return false;
    };
    // A fail point may block the command (`blockConnection`) or run it
    // long; the tests that arm them get the pool's behaviour.
    if state.config.enable_test_commands && state.failpoints.any_armed() {
        return false;
    }
    match name.as_str() {
        "find" | "count" | "distinct" | "ping" | "buildInfo" | "buildinfo" | "killCursors"
        | "endSessions" => true,
        // An awaitable hello waits in `net` before it runs; the command
        // itself only reads the topology.
        "hello" | "isMaster" | "ismaster" => true,
        // An awaitData cursor's getMore waits for new data.
        "getMore" => match first {
            Bson::Int64(id) => !state.cursors.may_wait(*id),
            _ => true,
        },
        // A write whose write concern waits for the journal goes to the
        // pool, where many waiting writers share one flush (group commit).
        "insert" | "update" | "delete" | "findAndModify" | "findandmodify" => {
            !journals(state, name, body)
        }
        _ => false,
    }
}

/// Whether the command's write concern (its own, or the default) waits for
/// the journal. A body whose write concern does not parse is answered with
/// an error, which never waits.
fn journals(state: &ServerState, name: &str, body: &Document) -> bool {
    super::write_concern::of(state, name, body).is_ok_and(|wc| wc.journals())
}
