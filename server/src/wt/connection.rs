//! The WiredTiger connection: one per server, shared by all sessions.

use super::{check, cstring, Session, WtError};
use std::path::Path;
use std::ptr::{self, NonNull};
use std::sync::Arc;
use wiredtiger_sys as sys;

/// The owner of a `WT_CONNECTION`. It is closed when the last `Arc` goes away,
/// which happens only after every session opened from it has been closed.
pub(crate) struct ConnHandle {
    ptr: NonNull<sys::WT_CONNECTION>,
}

// SAFETY: WT_CONNECTION methods are thread-safe (WiredTiger documents the
// connection handle as shareable between threads).
unsafe impl Send for ConnHandle {}
// SAFETY: as above; all methods we call on a shared connection are thread-safe.
unsafe impl Sync for ConnHandle {}

impl ConnHandle {
    pub(crate) fn as_ptr(&self) -> *mut sys::WT_CONNECTION {
        self.ptr.as_ptr()
    }
}

impl Drop for ConnHandle {
    fn drop(&mut self) {
        let conn = self.ptr.as_ptr();
        // SAFETY: the connection is open and no session refers to it any more
        // (each Session holds an Arc to this handle). close() takes a final
        // checkpoint and releases every resource.
        unsafe {
            if let Some(close) = (*conn).close {
                let rc = close(conn, ptr::null());
                if rc != 0 {
                    tracing::error!(rc, "closing WiredTiger failed");
                }
            }
        }
    }
}

/// A WiredTiger connection (`WT_CONNECTION`).
#[derive(Clone)]
pub struct Connection {
    inner: Arc<ConnHandle>,
}

impl Connection {
    /// Opens (creating if needed) the database in `home` with `config`.
    pub fn open(home: &Path, config: &str) -> Result<Self, WtError> {
        let home = cstring(&home.to_string_lossy());
        let config = cstring(config);
        let mut conn: *mut sys::WT_CONNECTION = ptr::null_mut();
        // SAFETY: home and config are valid NUL-terminated strings for the
        // duration of the call; conn is a valid out-pointer.
        check(unsafe {
            sys::wiredtiger_open(home.as_ptr(), ptr::null_mut(), config.as_ptr(), &mut conn)
        })?;
        let ptr = NonNull::new(conn).ok_or_else(|| WtError {
            code: -1,
            message: "wiredtiger_open returned no connection".into(),
        })?;
        Ok(Connection {
            inner: Arc::new(ConnHandle { ptr }),
        })
    }

    /// Sets global timestamps (`oldest_timestamp=<hex>`, ...): how far back
    /// readers may ask for history.
    pub fn set_timestamp(&self, config: &str) -> Result<(), WtError> {
        let conn = self.inner.as_ptr();
        let config = cstring(config);
        // SAFETY: conn is open (we hold an Arc to it); set_timestamp is
        // thread-safe; config is a valid C string for the call.
        check(unsafe {
            let f = (*conn).set_timestamp.expect("WT_CONNECTION.set_timestamp");
            f(conn, config.as_ptr())
        })
    }

    /// Opens a new session on this connection.
    pub fn open_session(&self) -> Result<Session, WtError> {
        let conn = self.inner.as_ptr();
        let mut session: *mut sys::WT_SESSION = ptr::null_mut();
        // SAFETY: conn is open (we hold an Arc to it); open_session is
        // thread-safe; session is a valid out-pointer.
        check(unsafe {
            let open = (*conn).open_session.expect("WT_CONNECTION.open_session");
            open(conn, ptr::null_mut(), ptr::null(), &mut session)
        })?;
        let ptr = NonNull::new(session).ok_or_else(|| WtError {
            code: -1,
            message: "open_session returned no session".into(),
        })?;
        Ok(Session::from_raw(ptr, self.inner.clone()))
    }
}
