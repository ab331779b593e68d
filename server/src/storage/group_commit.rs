//! Group commit: writes that must reach the journal before they are
//! acknowledged (`j: true`, and majority writes, the replica set's default)
//! commit without syncing, then wait here for one journal flush that covers
//! them. One writer flushes; the writers that arrive while it does wait for
//! the next flush, which covers all of them — so N concurrent writers pay
//! for about two flushes, not N.

use crate::error::Result;
use std::sync::{Condvar, Mutex};

#[derive(Default)]
struct State {
    /// Writers that asked for a flush so far (each takes the next number).
    requested: u64,
    /// Every writer numbered up to this one is in the journal.
    flushed: u64,
    /// A flush is under way.
    flushing: bool,
}

#[derive(Default)]
pub(crate) struct GroupCommit {
    state: Mutex<State>,
    done: Condvar,
}

impl GroupCommit {
    /// Returns once the journal holds everything committed before this
    /// call. `flush` syncs the journal; it runs on one waiting writer at a
    /// time, on behalf of everyone who asked before it started.
    pub(crate) fn wait_durable(&self, flush: impl Fn() -> Result<()>) -> Result<()> {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        st.requested += 1;
        let me = st.requested;
        loop {
            if st.flushed >= me {
                return Ok(());
            }
            if st.flushing {
                st = self.done.wait(st).unwrap_or_else(|p| p.into_inner());
                continue;
            }
            // Lead a flush for every writer numbered so far: each of them
            // committed before it took its number.
            st.flushing = true;
            let target = st.requested;
            drop(st);
            let r = flush();
            st = self.state.lock().unwrap_or_else(|p| p.into_inner());
            st.flushing = false;
            if r.is_ok() {
                st.flushed = st.flushed.max(target);
            }
            self.done.notify_all();
            r?;
        }
    }
}
