//! The reads of a transaction: a document by record id or by `_id`, a
//! collection scan in record order, an index's record ids in key order —
//! as `Document`s or, for callers that copy a document into a reply
//! without reading it, as the bytes the record store holds.

use super::Txn;
use crate::error::Result;
use crate::index::keyenc::{decode_i64, encode_value, ordered_i64};
use crate::storage::catalog::{CollMeta, IndexMeta};
use crate::storage::wt_err;
use bson::{Bson, Document};
use std::ops::ControlFlow;

impl Txn<'_> {
    /// Reads the document at `rid`.
    pub fn get(&mut self, meta: &CollMeta, rid: i64) -> Result<Option<Document>> {
        match self.get_bytes(meta, rid)? {
            Some(v) => Ok(Some(crate::value::decode(v.as_slice())?)),
            None => Ok(None),
        }
    }

    /// The bytes of the document at `rid`, as stored.
    pub fn get_bytes(&mut self, meta: &CollMeta, rid: i64) -> Result<Option<Vec<u8>>> {
        self.get_raw(&meta.table, &ordered_i64(rid))
    }

    /// The record ids of an index's entries with keys in `[lo, hi)` (`hi`
    /// None: to the end), in key order, until `f` breaks. Non-unique index
    /// keys carry the record id as a suffix; unique ones map to it.
    pub fn index_range(
        &mut self,
        idx: &IndexMeta,
        lo: &[u8],
        hi: Option<&[u8]>,
        mut f: impl FnMut(i64) -> Result<ControlFlow<()>>,
    ) -> Result<()> {
        let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
        // WiredTiger keys are never empty: an empty bound means the start.
        let positioned = if lo.is_empty() {
            c.next()
        } else {
            c.seek_ge(lo)
        };
        if !positioned.map_err(wt_err)? {
            return Ok(());
        }
        let mut seen = 0u32;
        loop {
            seen = seen.wrapping_add(1);
            if seen.is_multiple_of(256) {
                self.check_deadline()?;
            }
            let key = c.key().map_err(wt_err)?;
            if hi.is_some_and(|h| key >= h) {
                return Ok(());
            }
            let rid = if idx.unique {
                decode_i64(c.value().map_err(wt_err)?)
            } else {
                decode_i64(&key[key.len() - 8..])
            };
            if f(rid)?.is_break() {
                return Ok(());
            }
            if !c.next().map_err(wt_err)? {
                return Ok(());
            }
        }
    }

    /// Fetches documents by record id with one cursor, calling `f` with
    /// each one that still exists.
    pub fn fetch_each(
        &mut self,
        meta: &CollMeta,
        rids: &[i64],
        mut f: impl FnMut(i64, Document) -> Result<ControlFlow<()>>,
    ) -> Result<()> {
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        for (i, rid) in rids.iter().enumerate() {
            if i % 256 == 255 {
                self.check_deadline()?;
            }
            if let Some(v) = c.search(&ordered_i64(*rid)).map_err(wt_err)? {
                if f(*rid, crate::value::decode(v.as_slice())?)?.is_break() {
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    /// Finds a document by `_id` through the `_id` index.
    pub fn find_by_id(&mut self, meta: &CollMeta, id: &Bson) -> Result<Option<(i64, Document)>> {
        match self.find_by_id_raw(meta, id)? {
            Some((rid, v)) => Ok(Some((rid, crate::value::decode(v.as_slice())?))),
            None => Ok(None),
        }
    }

    /// [`Txn::find_by_id`] with the document's bytes as stored.
    pub fn find_by_id_raw(&mut self, meta: &CollMeta, id: &Bson) -> Result<Option<(i64, Vec<u8>)>> {
        let Some(idx) = meta.id_index() else {
            return Ok(None);
        };
        let mut key = Vec::new();
        match &idx.collation {
            Some(c) => encode_value(&crate::value::compare::collation_key(id, c), &mut key),
            None => encode_value(id, &mut key),
        }
        let rid = {
            let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
            match c.search(&key).map_err(wt_err)? {
                Some(v) => decode_i64(&v),
                None => return Ok(None),
            }
        };
        Ok(self.get_bytes(meta, rid)?.map(|d| (rid, d)))
    }

    /// Scans the collection in record-id order starting at `from` (inclusive),
    /// calling `f` for each document until it breaks. Returns the record id
    /// to resume from, or None at the end.
    pub fn scan(
        &mut self,
        meta: &CollMeta,
        from: i64,
        mut f: impl FnMut(i64, Document) -> Result<ControlFlow<()>>,
    ) -> Result<Option<i64>> {
        self.scan_raw(meta, from, |rid, bytes| {
            f(rid, crate::value::decode(bytes)?)
        })
    }

    /// [`Txn::scan`] over the records' bytes as stored, for callers that
    /// copy a document without reading it.
    pub fn scan_raw(
        &mut self,
        meta: &CollMeta,
        from: i64,
        mut f: impl FnMut(i64, &[u8]) -> Result<ControlFlow<()>>,
    ) -> Result<Option<i64>> {
        let mut c = self.s().open_cursor(&meta.table, "").map_err(wt_err)?;
        if !c.seek_ge(&ordered_i64(from)).map_err(wt_err)? {
            return Ok(None);
        }
        let mut seen = 0u32;
        loop {
            seen = seen.wrapping_add(1);
            if seen.is_multiple_of(128) {
                self.check_deadline()?;
            }
            let rid = decode_i64(c.key().map_err(wt_err)?);
            if f(rid, c.value().map_err(wt_err)?)?.is_break() {
                return Ok(Some(rid + 1));
            }
            if !c.next().map_err(wt_err)? {
                return Ok(None);
            }
        }
    }
}
