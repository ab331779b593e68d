//! Running a plan: reading candidate documents in the plan's order and
//! passing those that match the filter on, until the consumer stops.

use super::Plan;
use crate::error::Result;
use crate::query::Filter;
use crate::storage::{CollMeta, Txn};
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
            // Each branch's keys, then every document once.
            let mut rids = Vec::new();
            let mut seen = HashSet::new();
            let mut keys = 0u64;
            for scan in scans {
                scan.index
                    .accesses
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                for (lo, hi) in &scan.ranges {
                    txn.index_range(&scan.index, lo, hi.as_deref(), |rid| {
                        keys += 1;
                        if seen.insert(rid) {
                            rids.push(rid);
                        }
                        Ok(ControlFlow::Continue(()))
                    })?;
                }
            }
            // Natural order, as a collection scan would give.
            rids.sort_unstable();
            txn.fetch_each(meta, &rids, |rid, d| {
                docs += 1;
                if filter.matches(&d)? {
                    return f(rid, d);
                }
                Ok(ControlFlow::Continue(()))
            })?;
            Ok((keys, docs))
        }
        Plan::IxScan(scan) => {
            scan.index
                .accesses
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            // Keys first (a multikey index lists a document once per
            // distinct key; the first occurrence fixes its place), then the
            // documents with one cursor.
            let mut rids = Vec::new();
            let mut seen = HashSet::new();
            let mut keys = 0u64;
            for (lo, hi) in scan.ranges.iter().filter(|_| !scan.reverse) {
                txn.index_range(&scan.index, lo, hi.as_deref(), |rid| {
                    keys += 1;
                    if seen.insert(rid) {
                        rids.push(rid);
                    }
                    Ok(ControlFlow::Continue(()))
                })?;
            }
            if scan.reverse {
                // Walking backwards, a document's place is its last key.
                let mut seen = HashSet::new();
                let mut back = Vec::with_capacity(rids.len());
                for (lo, hi) in scan.ranges.iter().rev() {
                    let mut part = Vec::new();
                    txn.index_range(&scan.index, lo, hi.as_deref(), |rid| {
                        part.push(rid);
                        Ok(ControlFlow::Continue(()))
                    })?;
                    keys += part.len() as u64;
                    for rid in part.into_iter().rev() {
                        if seen.insert(rid) {
                            back.push(rid);
                        }
                    }
                }
                rids = back;
            }
            txn.fetch_each(meta, &rids, |rid, d| {
                docs += 1;
                if filter.matches(&d)? {
                    return f(rid, d);
                }
                Ok(ControlFlow::Continue(()))
            })?;
            Ok((keys, docs))
        }
    }
}
