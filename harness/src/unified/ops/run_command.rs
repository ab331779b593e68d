//! Database-level commands: runCommand, runCursorCommand,
//! createCommandCursor and database aggregate.

use bson::{Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::AggregateOptions;
use mongodb::Database;

use super::{Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;
use crate::unified::entities::{read_preference, CursorKind, Entity};
use crate::with_session;

pub async fn run(name: &str, db: &Database, args: &Document, ctx: &Ctx) -> Option<OpOutcome> {
    let mut a = Args::new(args);
    let r = async {
        let session = a.take_session(ctx)?;
        match name {
            "runCommand" => {
                let command = a.take_doc("command")?;
                a.take("commandName");
                let reply = match a.take("readPreference") {
                    Some(Bson::Document(rp)) => {
                        let criteria = read_preference(&rp).map_err(OpError::Runner)?;
                        with_session!(
                            session,
                            db.run_command(command).selection_criteria(criteria.clone())
                        )?
                    }
                    _ => with_session!(session, db.run_command(command))?,
                };
                Ok(OpResult::Value(Bson::Document(reply)))
            }
            "runCursorCommand" | "createCommandCursor" => {
                let command = a.take_doc("command")?;
                a.take("commandName");
                if a.take("timeoutMode").is_some() || a.take("timeoutMS").is_some() {
                    return Err(OpError::Skip(
                        "driver limit: timeoutMS/timeoutMode (CSOT) is not in the Rust driver"
                            .into(),
                    ));
                }
                let batch_size = a.take("batchSize");
                let max_time = a.take("maxTimeMS");
                let comment = a.take("comment");
                let kind = match &session {
                    Some(s) => {
                        let mut guard = s.session.lock().await;
                        let mut action = db.run_cursor_command(command).session(&mut *guard);
                        if let Some(n) = batch_size
                            .as_ref()
                            .and_then(crate::unified::matcher::as_f64)
                        {
                            action = action.batch_size(n as u32);
                        }
                        if let Some(c) = comment {
                            action = action.comment(c);
                        }
                        if let Some(ms) =
                            max_time.as_ref().and_then(crate::unified::matcher::as_f64)
                        {
                            action = action.max_time(std::time::Duration::from_millis(ms as u64));
                        }
                        CursorKind::Session(action.await?, s.session.clone())
                    }
                    None => {
                        let mut action = db.run_cursor_command(command);
                        if let Some(n) = batch_size
                            .as_ref()
                            .and_then(crate::unified::matcher::as_f64)
                        {
                            action = action.batch_size(n as u32);
                        }
                        if let Some(c) = comment {
                            action = action.comment(c);
                        }
                        if let Some(ms) =
                            max_time.as_ref().and_then(crate::unified::matcher::as_f64)
                        {
                            action = action.max_time(std::time::Duration::from_millis(ms as u64));
                        }
                        CursorKind::Plain(action.await?)
                    }
                };
                if name == "createCommandCursor" {
                    return Ok(OpResult::Entity(Entity::Cursor(std::sync::Arc::new(
                        tokio::sync::Mutex::new(kind),
                    ))));
                }
                let docs: Vec<Document> = match (kind, &session) {
                    (CursorKind::Plain(c), _) => c.try_collect().await?,
                    (CursorKind::Session(mut c, _), Some(s)) => {
                        let mut guard = s.session.lock().await;
                        c.stream(&mut guard).try_collect().await?
                    }
                    _ => Vec::new(),
                };
                Ok(OpResult::Value(docs.into()))
            }
            "aggregate" => {
                let pipeline = a.take_docs("pipeline")?;
                let opts: AggregateOptions = a.options()?;
                let docs: Vec<Document> = match &session {
                    Some(s) => {
                        let mut guard = s.session.lock().await;
                        let mut cursor = db
                            .aggregate(pipeline)
                            .with_options(opts)
                            .session(&mut *guard)
                            .await?;
                        cursor.stream(&mut guard).try_collect().await?
                    }
                    None => {
                        db.aggregate(pipeline)
                            .with_options(opts)
                            .await?
                            .try_collect()
                            .await?
                    }
                };
                Ok(OpResult::Value(docs.into()))
            }
            _ => Err(OpError::Runner(String::new())),
        }
    }
    .await;
    match r {
        Err(OpError::Runner(m)) if m.is_empty() => None,
        other => Some(other),
    }
}
