//! One step of a case: an operation run with its expectations (result,
//! error, entity to save), and withTransaction, whose callback is a list of
//! such steps. Above the operations (`ops/`), beneath the case runner.

use std::time::{Duration, Instant};

use bson::{Bson, Document};
use mongodb::error::ErrorKind;

use super::ctx::{Ctx, Failure, StepError};
use super::entities::{transaction_options, Entity, SessionEntity};
use super::expect_error::{self, describe, error_code, Mismatch};
use super::matcher;
use super::model::Operation;
use super::ops::{self, OpError, OpOutcome, OpResult};

const WITH_TRANSACTION_LIMIT: Duration = Duration::from_secs(120);
/// mongod's MaxTimeMSExpired: a commit that timed out is not retried.
const MAX_TIME_MS_EXPIRED: i32 = 50;

/// Runs one operation with its expectations. Ok(Some(error)): the operation
/// failed as expected (or its error was to be ignored); a withTransaction
/// callback re-throws it, as the unified format's runners do.
pub(super) async fn execute(
    op: &Operation,
    ctx: &mut Ctx,
) -> Result<Option<mongodb::error::Error>, StepError> {
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
    let result = if op.name == "withTransaction" {
        match ctx.entities.session(&op.object) {
            Ok(s) => with_transaction(&s, &args, ctx).await,
            Err(e) => Err(OpError::Runner(e)),
        }
    } else {
        ops::run(&op.name, &op.object, args, ctx).await
    };
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
            Err(OpError::Driver(e)) => Ok(Some(e)),
            Ok(_) => Ok(None),
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
            })?;
            Ok(Some(e))
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
            Ok(None)
        }
    }
}

/// Client-side refusals of the Rust driver for things other drivers send
/// (e.g. `hint` with an unacknowledged write concern).
fn is_driver_refusal(e: &mongodb::error::Error) -> bool {
    matches!(e.kind.as_ref(), ErrorKind::InvalidArgument { message, .. } if message.contains("nacknowledged"))
}

pub(super) fn step_failure(e: StepError, op: &Operation) -> Failure {
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

/// A case-ending failure inside a withTransaction callback, as the
/// operation's own error.
fn into_op_error(f: Failure) -> OpError {
    match f {
        Failure::Failed(m) => OpError::Assertion(m),
        Failure::Error(m) => OpError::Runner(m),
        Failure::Skipped(m) => OpError::Skip(m),
    }
}

/// withTransaction, driven by the runner itself, following the convenient
/// transactions API algorithm (retry the whole transaction on
/// TransientTransactionError, retry the commit on
/// UnknownTransactionCommitResult, give up after 120 seconds), because the
/// callback's operations need the session entity the driver's own helper
/// would hold borrowed.
async fn with_transaction(s: &SessionEntity, args: &Document, ctx: &mut Ctx) -> OpOutcome {
    let callback: Vec<Operation> = match args.get("callback") {
        Some(b @ Bson::Array(_)) => bson::deserialize_from_bson(b.clone())
            .map_err(|e| OpError::Runner(format!("callback: {e}")))?,
        _ => return Err(OpError::Runner("withTransaction without callback".into())),
    };
    let mut options = args.clone();
    options.remove("callback");
    let opts = transaction_options(&options).map_err(OpError::Runner)?;
    let started = Instant::now();
    'transaction: loop {
        s.session
            .lock()
            .await
            .start_transaction()
            .with_options(opts.clone())
            .await?;
        s.set_state("starting");
        let mut failed: Option<StepError> = None;
        for op in &callback {
            match Box::pin(execute(op, ctx)).await {
                Ok(None) => {}
                // An expected or ignored error still ends the callback.
                Ok(Some(e)) => {
                    failed = Some(StepError::Driver(e));
                    break;
                }
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if let Some(err) = failed {
            if matches!(s.state(), "starting" | "in_progress") {
                let _ = s.session.lock().await.abort_transaction().await;
                s.set_state("aborted");
            }
            match err {
                StepError::Driver(e)
                    if e.contains_label("TransientTransactionError")
                        && started.elapsed() < WITH_TRANSACTION_LIMIT =>
                {
                    continue 'transaction
                }
                StepError::Driver(e) => return Err(OpError::Driver(e)),
                StepError::Failure(f) => return Err(into_op_error(f)),
            }
        }
        if !matches!(s.state(), "starting" | "in_progress") {
            // The callback ended the transaction itself.
            return Ok(OpResult::None);
        }
        loop {
            let r = s.session.lock().await.commit_transaction().await;
            match r {
                Ok(()) => {
                    s.set_state("committed");
                    return Ok(OpResult::None);
                }
                Err(e) => {
                    let timed_out = error_code(&e) == Some(MAX_TIME_MS_EXPIRED);
                    if e.contains_label("UnknownTransactionCommitResult")
                        && !timed_out
                        && started.elapsed() < WITH_TRANSACTION_LIMIT
                    {
                        continue;
                    }
                    if e.contains_label("TransientTransactionError")
                        && started.elapsed() < WITH_TRANSACTION_LIMIT
                    {
                        continue 'transaction;
                    }
                    s.set_state("committed");
                    return Err(OpError::Driver(e));
                }
            }
        }
    }
}
