//! A WiredTiger cursor over a table with raw byte keys and values.

use super::{check, WtError, WT_NOTFOUND};
use std::marker::PhantomData;
use std::ptr::NonNull;
use wiredtiger_sys as sys;

/// A `WT_CURSOR` borrowed from its session. Closed on drop.
pub struct Cursor<'s> {
    ptr: NonNull<sys::WT_CURSOR>,
    _session: PhantomData<&'s super::Session>,
}

macro_rules! method {
    ($self:ident, $name:ident) => {{
        let c = $self.ptr.as_ptr();
        // SAFETY: the cursor is open; the method table is filled in by WiredTiger.
        (c, unsafe {
            (*c).$name.expect(concat!("WT_CURSOR.", stringify!($name)))
        })
    }};
}

fn item(bytes: &[u8]) -> sys::WT_ITEM {
    // SAFETY: WT_ITEM is a plain C struct for which all-zero is a valid value.
    let mut it: sys::WT_ITEM = unsafe { std::mem::zeroed() };
    it.data = bytes.as_ptr().cast();
    it.size = bytes.len();
    it
}

/// Maps WT_NOTFOUND to `Ok(false)`.
fn found(rc: i32) -> Result<bool, WtError> {
    if rc == WT_NOTFOUND {
        Ok(false)
    } else {
        check(rc).map(|()| true)
    }
}

impl<'s> Cursor<'s> {
    pub(crate) fn from_raw(ptr: NonNull<sys::WT_CURSOR>) -> Self {
        Cursor {
            ptr,
            _session: PhantomData,
        }
    }

    fn set_key(&mut self, key: &sys::WT_ITEM) {
        let (c, f) = method!(self, set_key);
        // SAFETY: the key format is "u", so set_key takes one WT_ITEM pointer.
        // WiredTiger keeps the pointer to the bytes until the next operation,
        // which every caller performs while `key` is still borrowed.
        unsafe { f(c, key as *const sys::WT_ITEM) }
    }

    fn set_value(&mut self, value: &sys::WT_ITEM) {
        let (c, f) = method!(self, set_value);
        // SAFETY: as for set_key: value format "u", one WT_ITEM pointer, kept
        // alive by the caller until the operation completes.
        unsafe { f(c, value as *const sys::WT_ITEM) }
    }

    /// The key at the cursor's position. Valid until the next cursor call.
    pub fn key(&self) -> Result<&[u8], WtError> {
        let (c, f) = method!(self, get_key);
        // SAFETY: WT_ITEM is a plain C struct; zeroed is a valid value.
        let mut it: sys::WT_ITEM = unsafe { std::mem::zeroed() };
        // SAFETY: the cursor is positioned (callers only ask after a successful
        // move); key format "u" writes one WT_ITEM.
        check(unsafe { f(c, &mut it as *mut sys::WT_ITEM) })?;
        // SAFETY: WiredTiger guarantees data/size describe readable memory until
        // the next operation on this cursor, which the borrow of &self prevents.
        Ok(unsafe { bytes_of(&it) })
    }

    /// The value at the cursor's position. Valid until the next cursor call.
    pub fn value(&self) -> Result<&[u8], WtError> {
        let (c, f) = method!(self, get_value);
        // SAFETY: WT_ITEM is a plain C struct; zeroed is a valid value.
        let mut it: sys::WT_ITEM = unsafe { std::mem::zeroed() };
        // SAFETY: as in key(): positioned cursor, value format "u".
        check(unsafe { f(c, &mut it as *mut sys::WT_ITEM) })?;
        // SAFETY: as in key().
        Ok(unsafe { bytes_of(&it) })
    }

    /// Moves to the next record; false at the end.
    pub fn next(&mut self) -> Result<bool, WtError> {
        let (c, f) = method!(self, next);
        // SAFETY: the cursor is open.
        found(unsafe { f(c) })
    }

    /// Moves to the previous record; false at the start.
    pub fn prev(&mut self) -> Result<bool, WtError> {
        let (c, f) = method!(self, prev);
        // SAFETY: the cursor is open.
        found(unsafe { f(c) })
    }

    /// Moves to the last record (a fresh walk backwards); false when empty.
    pub fn last(&mut self) -> Result<bool, WtError> {
        let (c, f) = method!(self, reset);
        // SAFETY: the cursor is open; reset only drops its position.
        check(unsafe { f(c) })?;
        self.prev()
    }

    /// Looks `key` up and leaves the cursor on it: true when present (read
    /// it with [`Cursor::value`], no copy).
    pub fn seek_exact(&mut self, key: &[u8]) -> Result<bool, WtError> {
        let k = item(key);
        self.set_key(&k);
        let (c, f) = method!(self, search);
        // SAFETY: the cursor is open and its key was set from `k`, alive here.
        found(unsafe { f(c) })
    }

    /// Looks `key` up; returns its value when present.
    pub fn search(&mut self, key: &[u8]) -> Result<Option<Vec<u8>>, WtError> {
        let k = item(key);
        self.set_key(&k);
        let (c, f) = method!(self, search);
        // SAFETY: the cursor is open and its key was set from `k`, alive here.
        if found(unsafe { f(c) })? {
            Ok(Some(self.value()?.to_vec()))
        } else {
            Ok(None)
        }
    }

    /// Positions the cursor at the first record with a key >= `key`.
    /// Returns false when there is none.
    pub fn seek_ge(&mut self, key: &[u8]) -> Result<bool, WtError> {
        let k = item(key);
        self.set_key(&k);
        let (c, f) = method!(self, search_near);
        let mut exact: i32 = 0;
        // SAFETY: the cursor is open and its key was set from `k`, alive here.
        if !found(unsafe { f(c, &mut exact) })? {
            return Ok(false);
        }
        if exact >= 0 {
            return Ok(true);
        }
        // Landed on a smaller key: step forward once.
        self.next()
    }

    /// Inserts or overwrites (depending on the cursor's `overwrite` config).
    /// With `overwrite=false`, an existing key fails with WT_DUPLICATE_KEY.
    pub fn insert(&mut self, key: &[u8], value: &[u8]) -> Result<(), WtError> {
        let (k, v) = (item(key), item(value));
        self.set_key(&k);
        self.set_value(&v);
        let (c, f) = method!(self, insert);
        // SAFETY: key and value were set from `k` and `v`, alive here.
        check(unsafe { f(c) })
    }

    /// Removes `key`; returns false when it was not there.
    pub fn remove(&mut self, key: &[u8]) -> Result<bool, WtError> {
        let k = item(key);
        self.set_key(&k);
        let (c, f) = method!(self, remove);
        // SAFETY: the key was set from `k`, alive here.
        found(unsafe { f(c) })
    }
}

/// # Safety
/// `it` must describe memory that stays valid for the returned lifetime.
unsafe fn bytes_of<'a>(it: &sys::WT_ITEM) -> &'a [u8] {
    if it.size == 0 || it.data.is_null() {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(it.data.cast::<u8>(), it.size) }
    }
}

impl Drop for Cursor<'_> {
    fn drop(&mut self) {
        let (c, f) = method!(self, close);
        // SAFETY: the cursor is open and is closed exactly once here.
        let rc = unsafe { f(c) };
        if rc != 0 {
            tracing::error!(rc, "closing a WiredTiger cursor failed");
        }
    }
}
