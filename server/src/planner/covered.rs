//! Covered plans: a `find` whose filter and projection only need the
//! fields of the index it scans is answered from the index entries alone,
//! with no document fetch (mongod's PROJECTION_COVERED over an IXSCAN, and
//! totalDocsExamined 0). Called by `find` and `explain` after
//! [`super::Plan::choose`]; the walk itself is `storage::index_walk`, which
//! reads each entry's key document (`index::payload`).
//!
//! As in mongod, the projection must be an inclusion of index fields only,
//! with `_id` excluded unless the index holds it; no `$elemMatch`, `$slice`,
//! positional or computed fields. The filter may only test index fields, so
//! that it decides exactly as it would on the whole document (the key
//! document holds those fields' original values, missing fields left out).
//! Hashed, wildcard and collated indexes are never covering, as in mongod,
//! and neither is a multikey index (one that has seen an array on an
//! indexed path): its documents are fetched and their fields come back in
//! document order.

use super::Plan;
use crate::index::payload;
use crate::query::Filter;
use bson::{Bson, Document};

/// Marks `plan` covered when its index can answer `filter` and
/// `projection` alone. The caller has checked that nothing else needs the
/// whole document (no blocking sort, returnKey, showRecordId or min/max).
pub fn cover(plan: &mut Plan, filter: &Filter, projection: Option<&Document>) {
    let (Plan::IxScan(scan), Some(projection)) = (plan, projection) else {
        return;
    };
    let fields: Vec<&str> = scan.index.fields.iter().map(|(f, _)| f.as_str()).collect();
    scan.covered = payload::supported(&scan.index)
        && !scan.index.is_multikey()
        && projection_covered(projection, &fields)
        && filter_covered(filter, &fields);
}

/// Whether the filter of a scan through `index` can be decided on each
/// entry's key document (`index::payload`) before its document is read:
/// the same conditions as a covered plan's filter, whatever the
/// projection. An entry without a key document (its document has an array
/// on an indexed path, written after the plan was made) is decided on the
/// stored document instead.
pub fn filter_on_keys(index: &crate::storage::IndexMeta, filter: &Filter) -> bool {
    let fields: Vec<&str> = index.fields.iter().map(|(f, _)| f.as_str()).collect();
    payload::supported(index) && !index.is_multikey() && filter_covered(filter, &fields)
}

/// Whether an inclusion projection names only index fields, with `_id`
/// (included unless excluded or only parts of it are named) indexed too.
fn projection_covered(spec: &Document, fields: &[&str]) -> bool {
    let indexed = |f: &str| fields.contains(&f);
    let mut includes = false;
    let mut id_named = false;
    for (k, v) in spec {
        let flag = match v {
            Bson::Boolean(b) => *b,
            Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_) => {
                crate::value::truthy(v)
            }
            // Sub-projections, operators and computed fields.
            _ => return false,
        };
        if k.contains('$') {
            return false;
        }
        id_named |= k == "_id" || k.starts_with("_id.");
        if k == "_id" {
            if flag && !indexed("_id") {
                return false;
            }
            includes |= flag;
            continue;
        }
        if !flag || !indexed(k) {
            return false;
        }
        includes = true;
    }
    includes && (id_named || indexed("_id"))
}

/// Whether every predicate of the filter tests an index field.
fn filter_covered(f: &Filter, fields: &[&str]) -> bool {
    match f {
        Filter::And(v) | Filter::Or(v) | Filter::Nor(v) => {
            v.iter().all(|f| filter_covered(f, fields))
        }
        Filter::Path { path, .. } | Filter::NotPath { path, .. } => {
            fields.contains(&path.join(".").as_str())
        }
        Filter::Collated(f, _) => filter_covered(f, fields),
        // $expr and $jsonSchema see the whole document.
        Filter::Expr(..) | Filter::JsonSchema(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    #[test]
    fn projections() {
        let ab = ["a", "b.c"];
        let with_id = ["a", "_id"];
        for (spec, fields, want) in [
            (doc! {"a": 1, "_id": 0}, &ab[..], true),
            (doc! {"a": true, "b.c": 1, "_id": false}, &ab, true),
            (doc! {"a": 1}, &ab, false),
            (doc! {"a": 1}, &with_id, true),
            (doc! {"_id": 1}, &with_id, true),
            (doc! {"_id": 0}, &with_id, false),
            (doc! {"a": 0}, &with_id, false),
            (doc! {"b": 1, "_id": 0}, &ab, false),
            (doc! {"b": {"c": 1}, "_id": 0}, &ab, false),
            (doc! {"a.$": 1, "_id": 0}, &ab, false),
            (doc! {"a": {"$slice": 1}, "_id": 0}, &ab, false),
            (doc! {"a": "$a", "_id": 0}, &ab, false),
            (doc! {"_id.x": 1, "a": 1}, &["a", "_id.x"][..], true),
        ] {
            assert_eq!(
                projection_covered(&spec, fields),
                want,
                "{spec} over {fields:?}"
            );
        }
    }

    #[test]
    fn filters() {
        let fields = ["a", "b.c"];
        for (f, want) in [
            (doc! {}, true),
            (doc! {"a": 1, "b.c": {"$gt": 1}}, true),
            (doc! {"$or": [{"a": 1}, {"b.c": {"$ne": 2}}]}, true),
            (doc! {"a": {"$elemMatch": {"x": 1}}}, true),
            (doc! {"b": {"c": 1}}, false),
            (doc! {"a": 1, "d": 1}, false),
            (doc! {"$expr": {"$eq": ["$a", 1]}}, false),
        ] {
            let parsed = Filter::parse(&f).unwrap();
            assert_eq!(filter_covered(&parsed, &fields), want, "{f}");
        }
    }
}
