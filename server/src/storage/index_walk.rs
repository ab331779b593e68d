//! Streaming index scans: walks the key ranges of one index in order (or
//! backwards) and fetches each document as its key is reached, so a query
//! through an index reads no further than its consumer wants and a cursor
//! can stop after a batch and resume at the next key in a later `getMore`.
//! Sits under the planner's executor (`planner::exec`) and the `find`
//! cursor source that resumes index scans. A covered walk (see
//! `planner::covered`) hands out the key document an entry's payload holds
//! (`index::payload`) instead, fetching only the documents of entries
//! without one (multikey, or written before payloads existed).

use super::catalog::{CollMeta, IndexMeta};
use super::txn::Txn;
use super::wt_err;
use crate::error::Result;
use crate::index::keyenc::{decode_i64, ordered_i64};
use crate::index::payload;
use crate::wt::Cursor;
use bson::Document;
use std::collections::HashSet;

/// An encoded key range `[lo, hi)`; an empty `lo` is the start of the
/// index, a missing `hi` its end.
pub type KeyRange = (Vec<u8>, Option<Vec<u8>>);

/// Where a walk stands: the range being walked (counted in walking order)
/// and the key to continue from.
#[derive(Debug, Clone, Default)]
pub struct WalkPos {
    pub range: usize,
    /// The last key reached; the walk continues after it, or at it when
    /// `inclusive` (its document was not taken).
    pub key: Option<Vec<u8>>,
    pub inclusive: bool,
}

/// What the consumer of a walk does with a document.
pub enum Take {
    /// Keep walking.
    More,
    /// Stop after this document (it was consumed).
    StopAfter,
    /// Stop before this document (the next walk starts with it).
    StopBefore,
}

/// What a walk hands out besides, or instead of, each stored document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyDocs {
    /// The stored document only.
    No,
    /// A covered walk: the entry's key document instead of the stored
    /// document, which is fetched only for entries without one.
    Instead,
    /// The stored document together with its entry's key document, when
    /// the entry has one (a filter decided on the keys leaves the stored
    /// bytes undecoded).
    Beside,
}

/// One document a walk reached.
pub enum Found<'a> {
    /// The entry's key document (a covered walk).
    Keys(Document),
    /// The stored document's bytes, and with [`KeyDocs::Beside`] its
    /// entry's key document.
    Stored {
        bytes: &'a [u8],
        keys: Option<Document>,
    },
}

impl Found<'_> {
    /// The document the walk reached, decoded.
    pub fn into_document(self) -> Result<Document> {
        match self {
            Found::Keys(d) => Ok(d),
            Found::Stored { bytes, .. } => Ok(crate::value::decode(bytes)?),
        }
    }
}

/// Keys and documents examined (explain's totalKeysExamined and
/// totalDocsExamined).
#[derive(Debug, Clone, Copy, Default)]
pub struct Examined {
    pub keys: u64,
    pub docs: u64,
}

impl Txn<'_> {
    /// Walks `ranges` of `idx` from `pos`, fetching each document once
    /// (`seen` holds the record ids already handed out: a multikey index
    /// lists a document under each of its keys, and the first key reached
    /// fixes its place). `keys_wanted` says whether `f` gets entries' key documents
    /// (only the index's fields) instead of or beside the stored documents.
    /// Returns true when every range is done, false when `f`
    /// stopped the walk (`pos` then says where to continue).
    #[allow(clippy::too_many_arguments)]
    pub fn index_walk(
        &mut self,
        meta: &CollMeta,
        idx: &IndexMeta,
        ranges: &[KeyRange],
        reverse: bool,
        keys_wanted: KeyDocs,
        pos: &mut WalkPos,
        seen: &mut HashSet<i64>,
        examined: &mut Examined,
        mut f: impl FnMut(i64, Found<'_>) -> Result<Take>,
    ) -> Result<bool> {
        let session = self.s();
        let mut keys = session.open_cursor(&idx.table, "").map_err(wt_err)?;
        let mut docs = session.open_cursor(&meta.table, "").map_err(wt_err)?;
        let order: Vec<&KeyRange> = if reverse {
            ranges.iter().rev().collect()
        } else {
            ranges.iter().collect()
        };
        let mut ticks = 0u32;
        while let Some((lo, hi)) = order.get(pos.range) {
            let mut on = if reverse {
                start_backward(&mut keys, hi.as_deref(), pos)?
            } else {
                start_forward(&mut keys, lo, pos)?
            };
            while on {
                ticks = ticks.wrapping_add(1);
                if ticks.is_multiple_of(256) {
                    self.check_deadline()?;
                }
                let key = keys.key().map_err(wt_err)?;
                let outside = if reverse {
                    key < lo.as_slice()
                } else {
                    hi.as_deref().is_some_and(|h| key >= h)
                };
                if outside {
                    break;
                }
                examined.keys += 1;
                let rid = if idx.unique {
                    decode_i64(keys.value().map_err(wt_err)?)
                } else {
                    decode_i64(&key[key.len() - 8..])
                };
                if !seen.insert(rid) {
                    on = if reverse { keys.prev() } else { keys.next() }.map_err(wt_err)?;
                    continue;
                }
                let key_doc = key_doc(&keys, idx, keys_wanted)?;
                let found = match key_doc {
                    Some(d) if keys_wanted == KeyDocs::Instead => Some(Found::Keys(d)),
                    key_doc => {
                        if docs.seek_exact(&ordered_i64(rid)).map_err(wt_err)? {
                            examined.docs += 1;
                            Some(Found::Stored {
                                bytes: docs.value().map_err(wt_err)?,
                                keys: key_doc,
                            })
                        } else {
                            None
                        }
                    }
                };
                if let Some(found) = found {
                    match f(rid, found)? {
                        Take::More => {}
                        stop => {
                            let before = matches!(stop, Take::StopBefore);
                            if before {
                                seen.remove(&rid);
                            }
                            pos.key = Some(keys.key().map_err(wt_err)?.to_vec());
                            pos.inclusive = before;
                            return Ok(false);
                        }
                    }
                }
                on = if reverse { keys.prev() } else { keys.next() }.map_err(wt_err)?;
            }
            pos.range += 1;
            pos.key = None;
        }
        Ok(true)
    }
}

/// The key document of the entry `c` is on, when the walk wants them.
fn key_doc(c: &Cursor<'_>, idx: &IndexMeta, wanted: KeyDocs) -> Result<Option<Document>> {
    if wanted == KeyDocs::No {
        return Ok(None);
    }
    let value = c.value().map_err(wt_err)?;
    payload::key_doc(payload::of_value(idx.unique, value))
}

/// Positions a forward walk at its first key: the range's start, or where
/// an earlier walk stopped.
fn start_forward(c: &mut Cursor<'_>, lo: &[u8], pos: &WalkPos) -> Result<bool> {
    let Some(k) = &pos.key else {
        // WiredTiger keys are never empty: an empty bound is the start.
        return if lo.is_empty() {
            c.next()
        } else {
            c.seek_ge(lo)
        }
        .map_err(wt_err);
    };
    if !c.seek_ge(k).map_err(wt_err)? {
        return Ok(false);
    }
    if !pos.inclusive && c.key().map_err(wt_err)? == k.as_slice() {
        return c.next().map_err(wt_err);
    }
    Ok(true)
}

/// Positions a backward walk at its first key: the last one below the
/// range's end, or where an earlier walk stopped.
fn start_backward(c: &mut Cursor<'_>, hi: Option<&[u8]>, pos: &WalkPos) -> Result<bool> {
    let (bound, inclusive) = match &pos.key {
        Some(k) => (Some(k.as_slice()), pos.inclusive),
        None => (hi, false),
    };
    let Some(b) = bound else {
        return c.last().map_err(wt_err);
    };
    if !c.seek_ge(b).map_err(wt_err)? {
        // Every key is below the bound.
        return c.last().map_err(wt_err);
    }
    if inclusive && c.key().map_err(wt_err)? == b {
        return Ok(true);
    }
    c.prev().map_err(wt_err)
}
