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
//!
//! It also keeps a couple of large reply buffers between replies (cursor
//! batches of scans), dropped once unused for a second.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

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
    release_spares();
    if c_heap {
        crate::wt::release_freed_c_memory();
    }
    crate::wt::release_thread_heap();
}

/// At most this many spare buffers are kept.
const MAX_SPARES: usize = 2;

/// Large reply buffers kept between replies (see `cursor::Batch`), and
/// when one was last taken or given back.
static SPARES: Mutex<(Vec<Vec<u8>>, Option<Instant>)> = Mutex::new((Vec::new(), None));

fn spares() -> std::sync::MutexGuard<'static, (Vec<Vec<u8>>, Option<Instant>)> {
    SPARES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The largest kept buffer, if its capacity is above `than`.
pub fn spare_buffer(than: usize) -> Option<Vec<u8>> {
    let mut s = spares();
    s.1 = Some(Instant::now());
    let i =
        s.0.iter()
            .enumerate()
            .max_by_key(|(_, b)| b.capacity())
            .filter(|(_, b)| b.capacity() > than)?
            .0;
    Some(s.0.swap_remove(i))
}

/// Keeps a large buffer for a later reply (up to [`MAX_SPARES`]).
pub fn keep_buffer(buf: Vec<u8>) {
    let mut s = spares();
    s.1 = Some(Instant::now());
    if s.0.len() < MAX_SPARES {
        s.0.push(buf);
    }
}

/// Drops the kept buffers unless one was used in the last second.
fn release_spares() {
    let mut s = spares();
    if s.1.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
        s.0.clear();
    }
}
