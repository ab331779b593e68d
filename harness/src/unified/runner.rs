//! Running one test case: initial data, entities, operations with their
//! expectations, expected events, outcome, and cleanup.

use std::collections::HashMap;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::error::ErrorKind;
use mongodb::options::{ReadConcern, WriteConcern};
use mongodb::Client;

use super::entities::{Entities, Entity};
use super::expect_error::{self, Mismatch};
use super::matcher::{self, NoEntities};
use super::model::{CollectionData, Operation, TestCase, TestFile};
use super::ops::{self, OpError, OpResult};
use super::requirements::ServerInfo;

/// How a case ended when it did not pass.
#[derive(Debug)]
pub enum Failure {
    /// An expectation about the server's behaviour did not hold.
    Failed(String),
    /// The runner could not carry the case out.
    Error(String),
    /// The case cannot be run (requirements, driver limit), with the reason.
    Skipped(String),
}

impl Failure {
    pub fn into_op_error(self) -> OpError {
        match self {
            Failure::Failed(m) => OpError::Assertion(m),
            Failure::Error(m) => OpError::Runner(m),
            Failure::Skipped(m) => OpError::Skip(m),
        }
    }
}

/// Why one operation step stopped the case.
pub enum StepError {
    /// An unexpected error from the driver (withTransaction retries on these).
    Driver(mongodb::error::Error),
    Failure(Failure),
}

/// The state of one running case.
pub struct Ctx {
    pub entities: Entities,
    /// URI of the server under test (clients add their uriOptions to it).
    pub uri: String,
    /// The runner's own client: setup, outcome checks, cleanup.
    pub internal: Client,
    /// Failpoints to turn off at the end, with the client that set each.
    pub fail_points: Vec<(Client, String)>,
    pub cursor_sessions: HashMap<String, String>,
}

pub use super::expect_error::{describe, error_code};

/// Entity-creation errors that name a limit or out-of-scope feature are skips.
pub fn entity_error(msg: String) -> OpError {
    if msg.starts_with("out of scope")
        || msg.starts_with("driver limit")
        || msg.starts_with("runner limit")
    {
        OpError::Skip(msg)
    } else {
        OpError::Runner(msg)
    }
}

/// Runs one operation with its expectations.
pub async fn execute(op: &Operation, ctx: &mut Ctx) -> Result<(), StepError> {
    let args = op.arguments.clone().unwrap_or_default();
    // Collection bulkWrite runs only when all its models are inserts
    // (as one insertMany), so both carry insertMany's partial result.
    let batch = match op.name.as_str() {
        "insertMany" => args.get_array("documents").ok(),
        "bulkWrite" => args.get_array("requests").ok(),
        _ => None,
    };
    let sent = batch.map(|d| expect_error::Sent {
        documents: d.len(),
        ordered: args.get_bool("ordered").unwrap_or(true),
    });
    let result = ops::run(&op.name, &op.object, args, ctx).await;
    let fail = |m: String| {
        StepError::Failure(Failure::Failed(format!(
            "{} on {}: {m}",
            op.name, op.object
        )))
    };
    if op.ignore_result_and_error == Some(true) {
        return match result {
            // The operation's own result and error are ignored, not the
            // expectations of operations nested in it (a withTransaction callback).
            Err(OpError::Assertion(m)) => Err(fail(m)),
            Err(OpError::Runner(m)) => Err(StepError::Failure(Failure::Error(m))),
            Err(OpError::Skip(m)) => Err(StepError::Failure(Failure::Skipped(m))),
            _ => Ok(()),
        };
    }
    match (result, &op.expect_error) {
        (Err(OpError::Runner(m)), _) => Err(StepError::Failure(Failure::Error(format!(
            "{}: {m}",
            op.name
        )))),
        (Err(OpError::Skip(m)), _) => Err(StepError::Failure(Failure::Skipped(m))),
        // A runner-side assertion (an iteration that found nothing, a wrong
        // result inside a withTransaction callback) fails the case even when
        // the operation expects an error: it is not the error expected.
        (Err(OpError::Assertion(m)), _) => Err(fail(m)),
        (Err(OpError::Driver(e)), Some(expected)) => {
            expect_error::check(expected, &e, &ctx.entities, sent).map_err(|m| match m {
                Mismatch::Failed(m) => fail(m),
                Mismatch::Unchecked(m) => {
                    StepError::Failure(Failure::Error(format!("{} on {}: {m}", op.name, op.object)))
                }
            })
        }
        (Err(OpError::Driver(e)), None) if is_driver_refusal(&e) => {
            Err(StepError::Failure(Failure::Skipped(format!(
                "driver limit: the Rust driver refuses this client-side: {}",
                describe(&e)
            ))))
        }
        (Err(OpError::Driver(e)), None) => Err(StepError::Driver(e)),
        (Ok(_), Some(_)) => Err(fail("expected an error, the operation succeeded".into())),
        (Ok(result), None) => {
            if let Some(expected) = &op.expect_result {
                let actual = match &result {
                    OpResult::Value(v) => Some(v),
                    _ => None,
                };
                matcher::matches_root(expected, actual, &ctx.entities)
                    .map_err(|m| fail(format!("result: {m}")))?;
            }
            if let Some(id) = &op.save_result_as_entity {
                let entity = match result {
                    OpResult::Value(v) => Entity::Value(v),
                    OpResult::Entity(e) => e,
                    OpResult::None => Entity::Value(Bson::Null),
                };
                ctx.entities.map.insert(id.clone(), entity);
            }
            Ok(())
        }
    }
}

/// Client-side refusals of the Rust driver for things other drivers send
/// (e.g. `hint` with an unacknowledged write concern).
fn is_driver_refusal(e: &mongodb::error::Error) -> bool {
    matches!(e.kind.as_ref(), ErrorKind::InvalidArgument { message, .. } if message.contains("nacknowledged"))
}

fn step_failure(e: StepError, op: &Operation) -> Failure {
    match e {
        StepError::Driver(e) => Failure::Failed(format!(
            "{} on {}: unexpected error: {}",
            op.name,
            op.object,
            describe(&e)
        )),
        StepError::Failure(f) => f,
    }
}

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
    if case.expect_log_messages.is_some() {
        return Err(Failure::Skipped(
            "runner limit: expectLogMessages is not implemented (the Rust driver logs through \
             one process-wide `tracing` subscriber; this runner does not capture it per client)"
                .into(),
        ));
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
        if let Err(e) = execute(op, &mut ctx).await {
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
        if expected.event_type.as_deref() == Some("sdam") {
            return Err(Failure::Skipped(
                "runner limit: SDAM event assertions are not implemented".into(),
            ));
        }
        super::events::check(expected, &client.events, &ctx.entities).map_err(Failure::Failed)?;
    }
    if let Some(outcome) = &case.outcome {
        check_outcome(&internal, outcome).await?;
    }
    drop(ctx);
    internal.shutdown().await;
    Ok(())
}
