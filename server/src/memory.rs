//! Returning memory after a burst of connections. Runs beside the request
//! path: `Server::start` sets the allocator up ([`configure`]), a
//! connection's task reports its end ([`connection_closed`]), the
//! runtimes' worker threads call [`on_idle`] when they run out of work
//! (tokio's park hook), and the storage keeper calls [`release`].
//!
//! The binary's allocator (mimalloc; the library leaves the choice of global
//! allocator to the program, and these calls only reach mimalloc's own
//! heaps, so under another allocator they find nothing to do) gives freed
//! pages back lazily, when the
//! thread that owns them next allocates: a worker that served a thousand
//! connections and then goes quiet would keep their buffers' pages
//! resident for as long as it stays quiet. So a worker that parks after
//! connections have closed gives its free pages back. A collect walks the
//! thread's heap; tying it to connection closes keeps it off the path of
//! ordinary requests (drivers keep their connections open).

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Connections closed since the server started.
static CLOSED: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// `CLOSED` when this thread last gave its free pages back.
    static SEEN: Cell<u64> = const { Cell::new(0) };
}

/// Sets the allocator's options (see `wt::configure_rust_heap`).
pub fn configure() {
    crate::wt::configure_rust_heap();
}

/// A client connection has ended and its buffers are freed.
pub fn connection_closed() {
    CLOSED.fetch_add(1, Ordering::Relaxed);
}

/// A worker thread has no more work: if connections have closed since it
/// last did, it gives its free heap pages back.
pub fn on_idle() {
    let closed = CLOSED.load(Ordering::Relaxed);
    if SEEN.with(Cell::get) != closed {
        SEEN.with(|seen| seen.set(closed));
        crate::wt::release_thread_heap();
    }
}

/// Gives back the C heap's free pages (WiredTiger's) and the free pages of
/// command threads that have exited. Called by the storage keeper after it
/// closes idle sessions, and on its rounds.
pub fn release(c_heap: bool) {
    crate::cursor::release_batch_buffers();
    if c_heap {
        crate::wt::release_freed_c_memory();
    }
    crate::wt::release_thread_heap();
}
