//! Running a plan: reading candidate documents in the plan's order and
//! passing those that match the filter on, until the consumer stops.

use super::{IxScan, Plan};
use crate::error::Result;
use crate::query::Filter;
use crate::storage::{CollMeta, Examined, KeyDocs, Take, Txn, WalkPos};
use bson::Document;
use std::collections::HashSet;
use std::ops::ControlFlow;

/// Calls `f` with each matching document (and its record id) in the plan's
/// order until `f` breaks. Returns how many keys and documents were examined
/// (explain's totalKeysExamined / totalDocsExamined).
pub fn run(
    txn: &mut Txn<'_>,
    meta: &CollMeta,
    plan: &Plan,
    filter: &Filter,
    mut f: impl FnMut(i64, Document) -> Result<ControlFlow<()>>,
) -> Result<(u64, u64)> {
    let mut docs = 0u64;
    match plan {
        Plan::CollScan { reverse: false } => {
            txn.scan(meta, i64::MIN, |rid, d| {
                docs += 1;
                if filter.matches(&d)? {
                    return f(rid, d);
                }
                Ok(ControlFlow::Continue(()))
            })?;
            Ok((0, docs))
        }
        Plan::CollScan { reverse: true } => {
            let mut all = Vec::new();
            txn.scan(meta, i64::MIN, |rid, d| {
                all.push((rid, d));
                Ok(ControlFlow::Continue(()))
            })?;
            for (rid, d) in all.into_iter().rev() {
                docs += 1;
                if filter.matches(&d)? && f(rid, d)?.is_break() {
                    break;
                }
            }
            Ok((0, docs))
        }
        Plan::IdHack(id) => {
            if let Some(idx) = meta.id_index() {
                idx.accesses
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            if let Some((rid, d)) = txn.find_by_id(meta, id)? {
                docs += 1;
                if filter.matches(&d)? {
                    let _ = f(rid, d)?;
                }
            }
            Ok((docs, docs))
        }
        Plan::Or(scans) => {
            // Each branch's keys, then every document once, in natural
            // order as a collection scan would give.
            let mut rids = Rids::default();
            for scan in scans {
                rids.add(txn, scan)?;
            }
            rids.order.sort_unstable();
            fetch(txn, meta, &rids.order, filter, &mut docs, f)?;
            Ok((rids.keys, docs))
        }
        Plan::IxScan(scan) => {
            // Keys in order, each document fetched as its first key is
            // reached, so a consumer that stops early reads no further; a
            // covered scan passes key documents on instead.
            scan.index
                .accesses
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut examined = Examined::default();
            txn.index_walk(
                meta,
                &scan.index,
                &scan.ranges,
                scan.reverse,
                if scan.covered {
                    KeyDocs::Instead
                } else {
                    KeyDocs::No
                },
                &mut WalkPos::default(),
                &mut HashSet::new(),
                &mut examined,
                |rid, found| {
                    let d = found.into_document()?;
                    if !filter.matches(&d)? {
                        return Ok(Take::More);
                    }
                    Ok(match f(rid, d)? {
                        ControlFlow::Continue(()) => Take::More,
                        ControlFlow::Break(()) => Take::StopAfter,
                    })
                },
            )?;
            Ok((examined.keys, examined.docs))
        }
    }
}

/// Record ids gathered from index scans, each once, in first-seen order.
#[derive(Default)]
struct Rids {
    order: Vec<i64>,
    seen: HashSet<i64>,
    keys: u64,
}

impl Rids {
    /// Adds the record ids of a scan's ranges; walking backwards, a
    /// document's place is its last key in index order.
    fn add(&mut self, txn: &mut Txn<'_>, scan: &IxScan) -> Result<()> {
        scan.index
            .accesses
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let ranges: Vec<_> = if scan.reverse {
            scan.ranges.iter().rev().collect()
        } else {
            scan.ranges.iter().collect()
        };
        for (lo, hi) in ranges {
            let mut part = Vec::new();
            txn.index_range(&scan.index, lo, hi.as_deref(), |rid| {
                part.push(rid);
                Ok(ControlFlow::Continue(()))
            })?;
            self.keys += part.len() as u64;
            if scan.reverse {
                part.reverse();
            }
            for rid in part {
                if self.seen.insert(rid) {
                    self.order.push(rid);
                }
            }
        }
        Ok(())
    }
}

/// Fetches the documents and passes those matching the filter on.
fn fetch(
    txn: &mut Txn<'_>,
    meta: &CollMeta,
    rids: &[i64],
    filter: &Filter,
    docs: &mut u64,
    mut f: impl FnMut(i64, Document) -> Result<ControlFlow<()>>,
) -> Result<()> {
    txn.fetch_each(meta, rids, |rid, d| {
        *docs += 1;
        if filter.matches(&d)? {
            return f(rid, d);
        }
        Ok(ControlFlow::Continue(()))
    })
}
