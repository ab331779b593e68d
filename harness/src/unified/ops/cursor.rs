//! Iterating and closing cursor and change-stream entities.

use bson::Bson;
use futures_util::StreamExt;

use super::{to_bson, OpError, OpOutcome, OpResult};

/// How long iterateUntilDocumentOrError waits for a document. The driver
/// would keep sending getMore forever on a tailable cursor or change stream
/// that never yields one; mongod's tests produce their events immediately.
const ITERATE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

fn no_document() -> OpError {
    OpError::Assertion(format!(
        "no document or error within {} s",
        ITERATE_TIMEOUT.as_secs()
    ))
}
use crate::unified::ctx::Ctx;
use crate::unified::entities::{CursorKind, Entity};

pub async fn run(name: &str, object: &str, entity: &Entity, ctx: &mut Ctx) -> OpOutcome {
    match (name, entity) {
        ("iterateUntilDocumentOrError", Entity::ChangeStream(cs)) => {
            let mut cs = cs.lock().await;
            let next = tokio::time::timeout(ITERATE_TIMEOUT, cs.next())
                .await
                .map_err(|_| no_document())?;
            match next {
                Some(event) => Ok(OpResult::Value(to_bson(&event?)?)),
                None => Err(OpError::Runner("change stream ended".into())),
            }
        }
        ("iterateOnce", Entity::ChangeStream(cs)) => {
            let mut cs = cs.lock().await;
            match cs.next_if_any().await? {
                Some(event) => Ok(OpResult::Value(to_bson(&event)?)),
                None => Ok(OpResult::None),
            }
        }
        ("iterateUntilDocumentOrError" | "iterateOnce", Entity::Cursor(c)) => {
            let mut c = c.lock().await;
            let next = match &mut *c {
                CursorKind::Plain(cursor) => tokio::time::timeout(ITERATE_TIMEOUT, cursor.next())
                    .await
                    .map_err(|_| no_document())?,
                CursorKind::Session(cursor, session) => {
                    let mut guard = session.lock().await;
                    tokio::time::timeout(ITERATE_TIMEOUT, cursor.next(&mut guard))
                        .await
                        .map_err(|_| no_document())?
                }
                CursorKind::Closed => return Err(OpError::Runner("cursor is closed".into())),
            };
            match next {
                Some(doc) => Ok(OpResult::Value(Bson::Document(doc?))),
                None if name == "iterateOnce" => Ok(OpResult::None),
                None => Err(OpError::Runner(
                    "cursor exhausted without a document".into(),
                )),
            }
        }
        ("close", Entity::Cursor(c)) => {
            *c.lock().await = CursorKind::Closed;
            Ok(OpResult::None)
        }
        ("close", Entity::ChangeStream(_)) => {
            ctx.entities.map.remove(object);
            Ok(OpResult::None)
        }
        _ => Err(OpError::Runner(format!(
            "operation {name} on a {} is not implemented by the runner",
            entity.kind()
        ))),
    }
}
