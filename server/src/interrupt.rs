//! Killing a running operation (`killOp`). Sits below the engines: the
//! dispatcher marks the command thread with its operation's kill flag
//! ([`OpScope`]), and the interrupt checks of long work — the storage
//! transaction's and the expression evaluator's deadline checks — call
//! [`check`], so a killed operation ends with `Interrupted` (11601) at its
//! next check point, as mongod's does.

use crate::error::{Error, ErrorCode, Result};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

thread_local! {
    /// The kill flag of the operation running on this thread.
    static KILLED: RefCell<Option<Arc<AtomicBool>>> = const { RefCell::new(None) };
}

/// While alive, the command on this thread is the operation `flag` kills.
pub struct OpScope(Option<Arc<AtomicBool>>);

impl OpScope {
    pub fn enter(flag: Arc<AtomicBool>) -> OpScope {
        OpScope(KILLED.with(|k| k.replace(Some(flag))))
    }
}

impl Drop for OpScope {
    fn drop(&mut self) {
        let previous = self.0.take();
        KILLED.with(|k| *k.borrow_mut() = previous);
    }
}

/// Fails with Interrupted once the operation on this thread was killed.
pub fn check() -> Result<()> {
    let killed = KILLED.with(|k| {
        k.borrow()
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
    });
    if killed {
        return Err(Error::new(
            ErrorCode::Interrupted,
            "operation was interrupted",
        ));
    }
    Ok(())
}
