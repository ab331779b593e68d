//! WiredTiger's connection statistics (a `statistics:` cursor), read for
//! `serverStatus.wiredTiger` and for the oplog keeper's view of cache
//! pressure. The connection is opened with `statistics=(fast)`.

use super::{check, cstring, Session, WtError, WT_NOTFOUND};
use std::os::raw::{c_char, c_int};
use std::ptr::{self, NonNull};
use wiredtiger_sys as sys;

/// The connection statistics this server reads.
#[derive(Clone, Copy, Debug)]
pub enum Stat {
    BytesInCache,
    CacheMaxBytes,
    DirtyBytesInCache,
    CleanPagesEvicted,
    DirtyPagesEvicted,
}

impl Stat {
    fn key(self) -> c_int {
        (match self {
            Stat::BytesInCache => sys::WT_STAT_CONN_CACHE_BYTES_INUSE,
            Stat::CacheMaxBytes => sys::WT_STAT_CONN_CACHE_BYTES_MAX,
            Stat::DirtyBytesInCache => sys::WT_STAT_CONN_CACHE_BYTES_DIRTY,
            Stat::CleanPagesEvicted => sys::WT_STAT_CONN_CACHE_EVICTION_CLEAN,
            Stat::DirtyPagesEvicted => sys::WT_STAT_CONN_CACHE_EVICTION_DIRTY,
        }) as c_int
    }
}

impl Session {
    /// The current values of `stats` (0 for a statistic WiredTiger does
    /// not report).
    pub fn connection_stats(&self, stats: &[Stat]) -> Result<Vec<i64>, WtError> {
        let s = self.raw();
        // SAFETY: the session is open; the method table is filled in by WiredTiger.
        let open = unsafe { (*s).open_cursor.expect("WT_SESSION.open_cursor") };
        let (uri, config) = (cstring("statistics:"), cstring(""));
        let mut cursor: *mut sys::WT_CURSOR = ptr::null_mut();
        // SAFETY: s is open; the strings live for the call; cursor is a valid
        // out-pointer.
        check(unsafe {
            open(
                s,
                uri.as_ptr(),
                ptr::null_mut(),
                config.as_ptr(),
                &mut cursor,
            )
        })?;
        let c = NonNull::new(cursor).ok_or_else(|| WtError {
            code: -1,
            message: "open_cursor(statistics:) returned no cursor".into(),
        })?;
        let c = c.as_ptr();
        let mut out = Vec::with_capacity(stats.len());
        let mut result = Ok(());
        for stat in stats {
            // SAFETY: the cursor is open; its method table is filled in.
            let (set_key, search, get_value) = unsafe {
                (
                    (*c).set_key.expect("WT_CURSOR.set_key"),
                    (*c).search.expect("WT_CURSOR.search"),
                    (*c).get_value.expect("WT_CURSOR.get_value"),
                )
            };
            // SAFETY: a statistics cursor's key format is "i": one int.
            unsafe { set_key(c, stat.key()) };
            // SAFETY: the cursor is open and its key is set.
            let rc = unsafe { search(c) };
            if rc == WT_NOTFOUND {
                out.push(0);
                continue;
            }
            if let Err(e) = check(rc) {
                result = Err(e);
                break;
            }
            let mut desc: *const c_char = ptr::null();
            let mut shown: *const c_char = ptr::null();
            let mut value: i64 = 0;
            // SAFETY: the value format of a statistics cursor is "SSq": two
            // string pointers (owned by the cursor) and one int64.
            let rc = unsafe { get_value(c, &mut desc, &mut shown, &mut value) };
            if let Err(e) = check(rc) {
                result = Err(e);
                break;
            }
            out.push(value);
        }
        // SAFETY: the cursor is open and is closed exactly once here.
        let rc = unsafe { (*c).close.expect("WT_CURSOR.close")(c) };
        result?;
        check(rc)?;
        Ok(out)
    }
}
