//! Session operations: startTransaction, commitTransaction,
//! abortTransaction and endSession. withTransaction, which runs operations
//! of its own, is carried out by the step executor (`step.rs`).

use bson::Document;

use super::{OpError, OpOutcome, OpResult};
use crate::unified::entities::{transaction_options, SessionEntity};

pub async fn run(name: &str, _object: &str, s: &SessionEntity, args: &Document) -> OpOutcome {
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
            // The driver ends a session when it is dropped, aborting a
            // transaction still in progress (on a task of its own). The
            // entity stays so that `$$sessionLsid` can still name it, so the
            // runner does what the drop would, and waits for it.
            if matches!(s.state(), "starting" | "in_progress") {
                let _ = s.session.lock().await.abort_transaction().await;
                s.set_state("aborted");
            }
            Ok(OpResult::None)
        }
        _ => Err(OpError::Runner(format!(
            "operation {name} on a session is not implemented by the runner"
        ))),
    }
}
