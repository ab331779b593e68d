//! Iterating and closing cursor and change-stream entities.

use bson::Bson;
use futures_util::StreamExt;

use super::{to_bson, OpError, OpOutcome, OpResult};
use crate::unified::entities::{CursorKind, Entity};
use crate::unified::runner::Ctx;

pub async fn run(name: &str, object: &str, entity: &Entity, ctx: &mut Ctx) -> OpOutcome {
    match (name, entity) {
        ("iterateUntilDocumentOrError", Entity::ChangeStream(cs)) => {
            let mut cs = cs.lock().await;
            match cs.next().await {
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
                CursorKind::Plain(cursor) => cursor.next().await,
                CursorKind::Session(cursor, session) => {
                    let mut guard = session.lock().await;
                    cursor.next(&mut guard).await
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
