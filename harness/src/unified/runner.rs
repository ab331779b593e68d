//! Running one test case: initial data, entities, its steps (`step.rs`),
//! expected events, outcome, and cleanup.

use std::collections::HashMap;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::{ReadConcern, WriteConcern};
use mongodb::Client;

pub use super::ctx::{Ctx, Failure};
use super::entities::Entities;
use super::matcher::{self, NoEntities};
use super::model::{CollectionData, TestCase, TestFile};
use super::ops::{self, entity_error, OpError};
use super::requirements::ServerInfo;
use super::step::{execute, step_failure};

async fn setup_data(internal: &Client, data: &[CollectionData]) -> Result<(), String> {
    let majority = WriteConcern::majority();
    for c in data {
        let db = internal.database(&c.database_name);
        let coll = db.collection::<Document>(&c.collection_name);
        coll.drop()
            .write_concern(majority.clone())
            .await
            .map_err(|e| {
                format!(
                    "initialData drop {}.{}: {e}",
                    c.database_name, c.collection_name
                )
            })?;
        let mut create = doc! {"create": &c.collection_name, "writeConcern": {"w": "majority"}};
        if let Some(opts) = &c.create_options {
            create.extend(opts.clone());
        }
        if c.documents.is_empty() || c.create_options.is_some() {
            db.run_command(create).await.map_err(|e| {
                format!(
                    "initialData create {}.{}: {e}",
                    c.database_name, c.collection_name
                )
            })?;
        }
        if !c.documents.is_empty() {
            coll.insert_many(c.documents.clone())
                .write_concern(majority.clone())
                .await
                .map_err(|e| {
                    format!(
                        "initialData insert into {}.{}: {e}",
                        c.database_name, c.collection_name
                    )
                })?;
        }
    }
    Ok(())
}

async fn check_outcome(internal: &Client, outcome: &[CollectionData]) -> Result<(), Failure> {
    for c in outcome {
        let coll = internal
            .database(&c.database_name)
            .collection::<Document>(&c.collection_name);
        let docs: Vec<Document> = coll
            .find(doc! {})
            .sort(doc! {"_id": 1})
            .read_concern(ReadConcern::local())
            .await
            .map_err(|e| Failure::Failed(format!("outcome: find on {}: {e}", c.collection_name)))?
            .try_collect()
            .await
            .map_err(|e| Failure::Failed(format!("outcome: find on {}: {e}", c.collection_name)))?;
        let expected = Bson::Array(c.documents.iter().cloned().map(Bson::Document).collect());
        let actual = Bson::Array(docs.into_iter().map(Bson::Document).collect());
        matcher::matches_exact(&expected, Some(&actual), &NoEntities).map_err(|m| {
            Failure::Failed(format!(
                "outcome of {}.{}: {m}",
                c.database_name, c.collection_name
            ))
        })?;
    }
    Ok(())
}

/// The case's `expectLogMessages` entries.
fn log_expectations(case: &TestCase) -> Result<Vec<&bson::Document>, Failure> {
    match &case.expect_log_messages {
        None => Ok(Vec::new()),
        Some(Bson::Array(a)) => a
            .iter()
            .map(|e| {
                e.as_document().ok_or_else(|| {
                    Failure::Error("expectLogMessages entry is not a document".into())
                })
            })
            .collect(),
        Some(_) => Err(Failure::Error("expectLogMessages is not an array".into())),
    }
}

/// Runs one case of `file` against the server at `uri`.
pub async fn run_case(
    file: &TestFile,
    case: &TestCase,
    uri: &str,
    info: &ServerInfo,
) -> Result<(), Failure> {
    if let Some(reason) = &case.skip_reason {
        return Err(Failure::Skipped(format!(
            "skipReason in the spec: {reason}"
        )));
    }
    for reqs in [&file.run_on_requirements, &case.run_on_requirements]
        .into_iter()
        .flatten()
    {
        info.check(reqs).map_err(Failure::Skipped)?;
    }
    if let Some(expected) = &case.expect_log_messages {
        super::logs::expressible(expected).map_err(Failure::Skipped)?;
    }
    let internal = Client::with_uri_str(uri)
        .await
        .map_err(|e| Failure::Error(format!("internal client: {e}")))?;
    // Transactions left open by an earlier case would block this one.
    let _ = internal
        .database("admin")
        .run_command(doc! {"killAllSessions": []})
        .await;
    if let Some(data) = &file.initial_data {
        setup_data(&internal, data).await.map_err(Failure::Error)?;
    }
    let mut ctx = Ctx {
        entities: Entities::default(),
        uri: uri.to_string(),
        internal: internal.clone(),
        fail_points: Vec::new(),
        cursor_sessions: HashMap::new(),
    };
    if let Some(list) = &file.create_entities {
        if let Err(e) = ctx.entities.create(list, uri).await {
            return Err(match entity_error(e) {
                OpError::Skip(m) => Failure::Skipped(m),
                OpError::Runner(m) => Failure::Error(format!("createEntities: {m}")),
                _ => Failure::Error("createEntities".into()),
            });
        }
    }
    let mut result = Ok(());
    for op in &case.operations {
        if let Err(e) = execute(op, &mut ctx).await.map(drop) {
            result = Err(step_failure(e, op));
            break;
        }
    }
    ops::clear_fail_points(&mut ctx).await;
    result?;
    if case.expect_events.is_some() {
        // The driver publishes some events after the operation returns
        // (connection check-in, killCursors of a dropped cursor).
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    for expected in case.expect_events.iter().flatten() {
        let client = ctx
            .entities
            .client(&expected.client)
            .map_err(Failure::Error)?;
        super::events::check(expected, &client.events, &ctx.entities).map_err(Failure::Failed)?;
    }
    for expected in log_expectations(case)? {
        let client = ctx
            .entities
            .client(expected.get_str("client").unwrap_or_default())
            .map_err(Failure::Error)?;
        let logs = client.logs.as_ref().ok_or_else(|| {
            Failure::Error("expectLogMessages for a client that observes no log messages".into())
        })?;
        super::logs::check(expected, logs, &ctx.entities).map_err(Failure::Failed)?;
    }
    if let Some(outcome) = &case.outcome {
        check_outcome(&internal, outcome).await?;
    }
    drop(ctx);
    internal.shutdown().await;
    Ok(())
}
