//! Uniqueness over an index stored in the non-unique layout (key + record
//! id, empty value), for collMod's unique conversion (commands/coll_mod.rs
//! and coll_mod_unique.rs):
//!
//! - an index with `prepareUnique` keeps its layout and existing duplicates,
//!   but a write adding a key another record already has fails with
//!   DuplicateKey, as mongod's prepareUnique indexes do;
//! - before converting to unique, the index is scanned for groups of
//!   entries with equal keys (mongod's `scanIndexForDuplicates`).

use super::catalog::{CollMeta, IndexMeta};
use super::txn::{duplicate_key, Txn};
use super::wt_err;
use crate::error::Result;
use crate::index::keyenc::decode_i64;
use bson::Document;

impl Txn<'_> {
    /// Refuses `key` for record `rid` when another record already holds it
    /// in `idx` (a prepareUnique index).
    pub(super) fn check_prepare_unique(
        &mut self,
        meta: &CollMeta,
        idx: &IndexMeta,
        rid: i64,
        key: &[u8],
        doc: &Document,
    ) -> Result<()> {
        let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
        // Two transactions adding the same key would not see each other's
        // entries (they differ by record id). Writing and removing the bare
        // key — never a stored entry, since every component of an encoded
        // key is self-delimiting — makes them conflict on it instead, as
        // inserts into a unique index do; the retry then sees the winner.
        c.insert(key, &[]).map_err(wt_err)?;
        c.remove(key).map_err(wt_err)?;
        // Entries for `key` are exactly `key` + 8 record-id bytes.
        let mut on = c.seek_ge(key).map_err(wt_err)?;
        while on {
            let k = c.key().map_err(wt_err)?;
            if !k.starts_with(key) {
                break;
            }
            if k.len() == key.len() + 8 && decode_i64(&k[key.len()..]) != rid {
                return Err(duplicate_key(meta, idx, doc));
            }
            on = c.next().map_err(wt_err)?;
        }
        Ok(())
    }

    /// The groups of record ids that share a key in a non-unique index, in
    /// key order, stopping once `max_ids` record ids were collected (mongod
    /// also caps what it gathers). Empty for a unique index.
    pub fn duplicate_groups(&mut self, idx: &IndexMeta, max_ids: usize) -> Result<Vec<Vec<i64>>> {
        let mut groups: Vec<Vec<i64>> = Vec::new();
        if idx.unique {
            return Ok(groups);
        }
        let mut c = self.s().open_cursor(&idx.table, "").map_err(wt_err)?;
        let mut prev: Option<(Vec<u8>, i64)> = None;
        let mut current: Vec<i64> = Vec::new();
        let (mut collected, mut seen) = (0usize, 0u32);
        while c.next().map_err(wt_err)? {
            seen = seen.wrapping_add(1);
            if seen.is_multiple_of(256) {
                self.check_deadline()?;
            }
            let k = c.key().map_err(wt_err)?;
            let (prefix, rid) = k.split_at(k.len().saturating_sub(8));
            let rid = decode_i64(rid);
            match &prev {
                Some((p, first)) if p.as_slice() == prefix => {
                    if current.is_empty() {
                        current.push(*first);
                        collected += 1;
                    }
                    current.push(rid);
                    collected += 1;
                }
                _ => {
                    if !current.is_empty() {
                        groups.push(std::mem::take(&mut current));
                    }
                    prev = Some((prefix.to_vec(), rid));
                }
            }
            if collected >= max_ids {
                break;
            }
        }
        if !current.is_empty() {
            groups.push(current);
        }
        Ok(groups)
    }
}
