//! A safe wrapper over the WiredTiger C API (`wiredtiger-sys`). This is the
//! bottom of the request path: `storage` is its only caller (and `memory`,
//! for the two allocator calls at the end of this file), and this module
//! holds every `unsafe` block in the project.
//!
//! Handles are RAII newtypes: a [`Connection`] closes (with a checkpoint) when
//! the last [`Session`] and the owner have dropped it; a [`Session`] is `Send`
//! but not `Sync`, as WiredTiger allows a session to move between threads but
//! never to be used by two at once; a [`Cursor`] borrows its session, so it
//! cannot outlive it. Keys and values are raw byte strings (format `u`).

// The one place `unsafe` is allowed (the workspace denies it elsewhere).
#![allow(unsafe_code)]

mod connection;
mod cursor;
mod session;
mod stats;

pub use connection::Connection;
pub use cursor::Cursor;
pub use session::Session;
pub use stats::Stat;

use std::ffi::CStr;
use std::fmt;

/// WiredTiger's own return codes (see `wiredtiger.h`).
pub const WT_ROLLBACK: i32 = -31800;
pub const WT_DUPLICATE_KEY: i32 = -31801;
pub const WT_NOTFOUND: i32 = -31803;
pub const WT_PREPARE_CONFLICT: i32 = -31808;
pub const WT_CACHE_FULL: i32 = -31807;

/// A failed WiredTiger call: its return code and WiredTiger's message for it.
#[derive(Debug, Clone)]
pub struct WtError {
    pub code: i32,
    pub message: String,
}

impl WtError {
    /// True when WiredTiger asks the caller to roll back and retry
    /// (a write-write conflict between concurrent transactions).
    pub fn is_rollback(&self) -> bool {
        self.code == WT_ROLLBACK || self.code == WT_PREPARE_CONFLICT
    }

    /// An in-memory store that has filled its cache.
    pub fn is_cache_full(&self) -> bool {
        self.code == WT_CACHE_FULL
    }

    pub fn is_duplicate_key(&self) -> bool {
        self.code == WT_DUPLICATE_KEY
    }

    /// `EBUSY`: the object is in use (an open cursor on a table being dropped).
    pub fn is_busy(&self) -> bool {
        self.code == libc::EBUSY
    }
}

impl fmt::Display for WtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WiredTiger error {}: {}", self.code, self.message)
    }
}

impl std::error::Error for WtError {}

/// Turns a WiredTiger return code into a `Result`. Every call goes through here.
pub(crate) fn check(code: i32) -> Result<(), WtError> {
    if code == 0 {
        return Ok(());
    }
    // SAFETY: wiredtiger_strerror accepts any code and returns a pointer to a
    // static (or thread-local) NUL-terminated string.
    let message = unsafe { CStr::from_ptr(wiredtiger_sys::wiredtiger_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    Err(WtError { code, message })
}

/// Makes a C string for a WiredTiger config or URI. Our callers build these
/// strings themselves, so an interior NUL is a programming error.
pub(crate) fn cstring(s: &str) -> std::ffi::CString {
    std::ffi::CString::new(s).expect("WiredTiger strings never contain NUL")
}

/// Gives the C library's free heap pages back to the system. WiredTiger
/// allocates with `malloc` (the Rust side uses mimalloc), and glibc keeps
/// what a burst of sessions freed unless asked: called after idle sessions
/// are closed, so memory returns to its idle figure once the burst is over.
pub fn release_freed_c_memory() {
    // SAFETY: malloc_trim only walks the allocator's own arenas under their
    // locks; it takes no pointers and is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Gives the pages the calling thread's Rust heap (mimalloc) has free back
/// to the system, with the free pages of threads that have exited.
/// mimalloc returns freed pages lazily, when the thread that owns them
/// allocates again: a thread that goes quiet after a burst keeps them until
/// asked.
pub fn release_thread_heap() {
    // SAFETY: mi_collect works on the calling thread's own heap and on pages
    // no thread owns any more, under mimalloc's locks; it takes no pointers
    // and is safe to call from any thread at any time.
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
}

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_e` (the sys crate
/// names no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Makes mimalloc return freed pages 100 ms after they are free instead
/// of a second (its default), unless `MIMALLOC_PURGE_DELAY` in the
/// environment chose otherwise: what a burst of connections freed is gone
/// from the resident set within half a second (the storage keeper collects
/// every 250 ms). Shorter costs throughput: at 1 ms, a 1,000-document
/// insert spent a fifth of its CPU handing pages back and faulting them in
/// again (`make bench`, insert_many: 15-22 ms of server CPU at 1 ms,
/// 12-14 ms at 100 ms).
pub fn configure_rust_heap() {
    // SAFETY: sets one integer in mimalloc's option table; mimalloc reads
    // it on each purge decision, and a value set from the environment
    // (marked initialized) is left alone.
    unsafe {
        libmimalloc_sys::mi_option_set_default(MI_OPTION_PURGE_DELAY, 100);
    }
}
