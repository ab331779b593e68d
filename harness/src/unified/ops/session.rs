//! Session operations: startTransaction, commitTransaction,
//! abortTransaction, withTransaction (the convenient API) and endSession.
//!
//! withTransaction is driven by the runner itself, following the convenient
//! transactions API algorithm (retry the whole transaction on
//! TransientTransactionError, retry the commit on
//! UnknownTransactionCommitResult, give up after 120 seconds), because the
//! callback's operations need the session entity the driver's own helper
//! would hold borrowed.

use std::time::{Duration, Instant};

use bson::{Bson, Document};

use super::{OpError, OpOutcome, OpResult};
use crate::unified::entities::{transaction_options, SessionEntity};
use crate::unified::model::Operation;
use crate::unified::runner::{self, Ctx, StepError};

const WITH_TRANSACTION_LIMIT: Duration = Duration::from_secs(120);
/// mongod's MaxTimeMSExpired: a commit that timed out is not retried.
const MAX_TIME_MS_EXPIRED: i32 = 50;

pub async fn run(
    name: &str,
    _object: &str,
    s: &SessionEntity,
    args: &Document,
    ctx: &mut Ctx,
) -> OpOutcome {
    match name {
        "startTransaction" => {
            let opts = transaction_options(args).map_err(OpError::Runner)?;
            s.session
                .lock()
                .await
                .start_transaction()
                .with_options(opts)
                .await?;
            s.set_state("starting");
            Ok(OpResult::None)
        }
        "commitTransaction" => {
            let r = s.session.lock().await.commit_transaction().await;
            if r.is_ok() || s.state() != "none" {
                s.set_state("committed");
            }
            r?;
            Ok(OpResult::None)
        }
        "abortTransaction" => {
            let r = s.session.lock().await.abort_transaction().await;
            s.set_state("aborted");
            r?;
            Ok(OpResult::None)
        }
        "endSession" => {
            // The driver ends a session when it is dropped; the entity stays so
            // that `$$sessionLsid` can still name it.
            Ok(OpResult::None)
        }
        "withTransaction" => with_transaction(s, args, ctx).await,
        _ => Err(OpError::Runner(format!(
            "operation {name} on a session is not implemented by the runner"
        ))),
    }
}

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
            if let Err(e) = Box::pin(runner::execute(op, ctx)).await {
                failed = Some(e);
                break;
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
                StepError::Failure(f) => return Err(f.into_op_error()),
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
                    let timed_out = runner::error_code(&e) == Some(MAX_TIME_MS_EXPIRED);
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
