//! A WiredTiger session: the unit of transactions and cursors.

use super::connection::ConnHandle;
use super::{check, cstring, Cursor, WtError};
use std::ptr::{self, NonNull};
use std::sync::Arc;
use wiredtiger_sys as sys;

/// A `WT_SESSION`. Closed on drop; keeps its connection open while it lives.
pub struct Session {
    ptr: NonNull<sys::WT_SESSION>,
    _conn: Arc<ConnHandle>,
}

// SAFETY: WiredTiger sessions may be used from any thread, one thread at a
// time. Session is not Sync, and every method takes &self or &mut self through
// a single owner, so it is never used by two threads at once.
unsafe impl Send for Session {}

macro_rules! method {
    ($self:ident, $name:ident) => {{
        let s = $self.ptr.as_ptr();
        // SAFETY: the session is open; the method table is filled in by WiredTiger.
        (s, unsafe {
            (*s).$name.expect(concat!("WT_SESSION.", stringify!($name)))
        })
    }};
}

impl Session {
    pub(crate) fn from_raw(ptr: NonNull<sys::WT_SESSION>, conn: Arc<ConnHandle>) -> Self {
        Session { ptr, _conn: conn }
    }

    pub(crate) fn raw(&self) -> *mut sys::WT_SESSION {
        self.ptr.as_ptr()
    }

    /// Creates a table (or other object) if it does not exist yet.
    pub fn create(&self, uri: &str, config: &str) -> Result<(), WtError> {
        let (s, f) = method!(self, create);
        let (uri, config) = (cstring(uri), cstring(config));
        // SAFETY: s is open; uri/config are valid C strings for the call.
        check(unsafe { f(s, uri.as_ptr(), config.as_ptr()) })
    }

    /// Drops a table. Fails with EBUSY while a cursor on it is open anywhere.
    pub fn drop_table(&self, uri: &str, config: &str) -> Result<(), WtError> {
        let (s, f) = method!(self, drop);
        let (uri, config) = (cstring(uri), cstring(config));
        // SAFETY: s is open; uri/config are valid C strings for the call.
        check(unsafe { f(s, uri.as_ptr(), config.as_ptr()) })
    }

    /// Opens a cursor on `uri`.
    pub fn open_cursor(&self, uri: &str, config: &str) -> Result<Cursor<'_>, WtError> {
        let (s, f) = method!(self, open_cursor);
        let (curi, cconfig) = (cstring(uri), cstring(config));
        let mut cursor: *mut sys::WT_CURSOR = ptr::null_mut();
        // SAFETY: s is open; strings are valid for the call; cursor is a valid
        // out-pointer.
        check(unsafe {
            f(
                s,
                curi.as_ptr(),
                ptr::null_mut(),
                cconfig.as_ptr(),
                &mut cursor,
            )
        })?;
        let ptr = NonNull::new(cursor).ok_or_else(|| WtError {
            code: -1,
            message: format!("open_cursor({uri}) returned no cursor"),
        })?;
        Ok(Cursor::from_raw(ptr))
    }

    /// Begins a transaction; an empty `config` means the session's defaults
    /// (snapshot isolation), which WiredTiger takes without parsing a
    /// configuration string (a measurable share of a point read).
    pub fn begin_transaction(&self, config: &str) -> Result<(), WtError> {
        let (s, f) = method!(self, begin_transaction);
        let config = (!config.is_empty()).then(|| cstring(config));
        let p = config.as_ref().map_or(ptr::null(), |c| c.as_ptr());
        // SAFETY: s is open; p is null (the defaults) or a valid C string
        // that outlives the call.
        check(unsafe { f(s, p) })
    }

    /// Commits; an empty `config` means the defaults, passed as null.
    pub fn commit_transaction(&self, config: &str) -> Result<(), WtError> {
        let (s, f) = method!(self, commit_transaction);
        let config = (!config.is_empty()).then(|| cstring(config));
        let p = config.as_ref().map_or(ptr::null(), |c| c.as_ptr());
        // SAFETY: s is open; p is null (the defaults) or a valid C string
        // that outlives the call.
        check(unsafe { f(s, p) })
    }

    pub fn rollback_transaction(&self) -> Result<(), WtError> {
        let (s, f) = method!(self, rollback_transaction);
        // SAFETY: s is open; a null config means the defaults.
        check(unsafe { f(s, ptr::null()) })
    }

    /// Flushes (and with `sync=on`, syncs) the log.
    pub fn log_flush(&self, config: &str) -> Result<(), WtError> {
        let (s, f) = method!(self, log_flush);
        let config = cstring(config);
        // SAFETY: s is open; config is a valid C string for the call.
        check(unsafe { f(s, config.as_ptr()) })
    }

    pub fn checkpoint(&self) -> Result<(), WtError> {
        let (s, f) = method!(self, checkpoint);
        // SAFETY: s is open; a null config means the defaults.
        check(unsafe { f(s, ptr::null()) })
    }

    /// Closes every cursor cached by this session, so tables can be dropped.
    pub fn reset(&self) -> Result<(), WtError> {
        let (s, f) = method!(self, reset);
        // SAFETY: s is open and no cursor of ours is positioned (callers reset
        // only between operations).
        check(unsafe { f(s) })
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let (s, f) = method!(self, close);
        // SAFETY: s is open and is closed exactly once here; any cursors were
        // borrowed from &self and so are already gone.
        let rc = unsafe { f(s, ptr::null()) };
        if rc != 0 {
            tracing::error!(rc, "closing a WiredTiger session failed");
        }
    }
}
