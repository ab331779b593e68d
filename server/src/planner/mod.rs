//! Query planning: how a command reads the documents its filter selects.
//! Sits between the commands (find, count, distinct, aggregate's leading
//! `$match`, update/delete/findAndModify targeting) and storage: it picks a
//! collection scan, an `_id` lookup, or a scan of key ranges of one index
//! (equality on leading fields, `$in`, then one range — both bounds of it
//! only when the index is not multikey), honours `hint`, and
//! can hand back documents already in a sort's order when an index provides
//! it; wildcard (`$**`) indexes are planned in `wildcard`. Every candidate
//! document is matched against the whole filter, so plans only change
//! speed, never results. A `find` whose filter and projection need only
//! the index's fields reads no documents (`covered`). `explain` reports the
//! chosen plan with mongod's stage names.

pub mod bounds;
mod covered;
mod exec;
pub mod explain;
mod implies;
#[cfg(test)]
mod snapshot_tests;
mod wildcard;

pub use covered::{cover, filter_on_keys};
pub use exec::run;

use crate::error::{Error, Result};
use crate::query::filter::Filter;
use crate::query::sort::SortSpec;
use crate::storage::{CollMeta, IndexMeta};
use crate::value::collation::Collation;
use bounds::{KeyRange, Pred, Span};
use bson::{doc, Bson, Document};
use std::cmp::Ordering;

/// How documents are read.
#[derive(Debug, Clone)]
pub enum Plan {
    /// Every document in record-id order (`reverse`: newest first).
    CollScan { reverse: bool },
    /// One `_id` index lookup.
    IdHack(Bson),
    /// Ranges of one index, fetching each document once.
    IxScan(Box<IxScan>),
    /// A `$or` whose every branch has an index plan: the union of the
    /// branches' documents, each fetched once.
    Or(Vec<IxScan>),
}

#[derive(Debug, Clone)]
pub struct IxScan {
    pub index: IndexMeta,
    pub ranges: Vec<KeyRange>,
    /// Walk the ranges backwards (a reversed sort).
    pub reverse: bool,
    /// The documents come out in the order the command's sort asks for.
    pub provides_sort: bool,
    /// What explain shows as `indexBounds`.
    pub bounds_doc: Document,
    /// Answered from the index entries alone (see `covered`): the consumer
    /// gets key documents, not stored documents.
    pub covered: bool,
}

impl Plan {
    /// Chooses a plan for a filter, an optional sort and the command's hint.
    pub fn choose(
        meta: &CollMeta,
        filter: &Filter,
        sort: Option<&SortSpec>,
        hint: Option<&Bson>,
    ) -> Result<Plan> {
        let (preds, coll) = bounds::predicates(filter);
        let root = match filter {
            Filter::Collated(f, _) => f.as_ref(),
            f => f,
        };
        if let Some(h) = hint {
            if let Some(p) = hinted(meta, h, &preds, root, coll, sort)? {
                return Ok(p);
            }
        }
        if let Some(id) = filter.id_equality() {
            return Ok(Plan::IdHack(id.clone()));
        }
        let mut best: Option<(u32, IxScan)> = None;
        // A partial index holds only some documents: usable when the
        // query's filter implies the index's.
        let usable = |i: &&IndexMeta| {
            !is_hidden(i)
                && i.partial
                    .as_ref()
                    .is_none_or(|p| implies::implies(filter, p))
        };
        for idx in meta.indexes.iter().filter(usable) {
            let Some((score, scan)) = candidate(idx, &preds, root, coll, sort) else {
                continue;
            };
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, scan));
            }
        }
        if best.is_none() {
            // No predicate fits an index: an index whose order is the sort's
            // still spares the sort (and with a limit, most of the reading).
            if let Some(s) = sort.filter(|s| !s.is_empty()) {
                for idx in meta.indexes.iter().filter(|i| !is_hidden(i) && complete(i)) {
                    if let Some(reverse) = sort_direction(idx, 0, s, coll) {
                        return Ok(Plan::IxScan(Box::new(IxScan {
                            index: idx.clone(),
                            ranges: bounds::full(),
                            reverse,
                            provides_sort: true,
                            bounds_doc: full_bounds_doc(idx, reverse),
                            covered: false,
                        })));
                    }
                }
            }
        }
        if let (None, Some(branches)) = (&best, bounds::or_branches(filter)) {
            let mut scans = Vec::with_capacity(branches.len());
            for b in branches {
                let preds = bounds::branch_predicates(b);
                let scan = meta
                    .indexes
                    .iter()
                    .filter(|i| !is_hidden(i) && i.partial.is_none())
                    .filter_map(|idx| candidate(idx, &preds, b, coll, None))
                    .max_by_key(|(score, _)| *score);
                match scan {
                    Some((_, s)) => scans.push(s),
                    // One branch without an index means reading everything.
                    None => return Ok(Plan::CollScan { reverse: false }),
                }
            }
            return Ok(Plan::Or(scans));
        }
        Ok(match best {
            Some((_, scan)) => Plan::IxScan(Box::new(scan)),
            None => Plan::CollScan { reverse: false },
        })
    }

    /// Whether the plan's output is already in the sort's order.
    pub fn provides_sort(&self) -> bool {
        matches!(self, Plan::IxScan(s) if s.provides_sort)
    }

    /// The index a plan reads, if any (for returnKey and explain).
    pub fn index(&self) -> Option<&IndexMeta> {
        match self {
            Plan::IxScan(s) => Some(&s.index),
            _ => None,
        }
    }

    /// explain's `winningPlan` for this plan.
    pub fn explain(&self, filter: &Document) -> Document {
        match self {
            Plan::CollScan { reverse } => {
                let mut d = doc! { "stage": "COLLSCAN" };
                if !filter.is_empty() {
                    d.insert("filter", filter.clone());
                }
                d.insert("direction", if *reverse { "backward" } else { "forward" });
                d
            }
            Plan::IdHack(_) => doc! { "stage": "IDHACK" },
            Plan::Or(scans) => {
                let mut fetch = doc! { "stage": "FETCH" };
                if !filter.is_empty() {
                    fetch.insert("filter", filter.clone());
                }
                let inputs: Vec<Bson> = scans
                    .iter()
                    .map(|s| Bson::Document(ixscan_doc(s)))
                    .collect();
                fetch.insert("inputStage", doc! { "stage": "OR", "inputStages": inputs });
                fetch
            }
            // A covered scan filters the keys itself: no FETCH above it.
            Plan::IxScan(s) if s.covered => {
                let mut ix = ixscan_doc(s);
                if !filter.is_empty() {
                    let mut with_filter = doc! { "stage": "IXSCAN", "filter": filter.clone() };
                    ix.remove("stage");
                    with_filter.extend(ix);
                    ix = with_filter;
                }
                ix
            }
            Plan::IxScan(s) => {
                let ix = ixscan_doc(s);
                let mut fetch = doc! { "stage": "FETCH" };
                if !filter.is_empty() {
                    fetch.insert("filter", filter.clone());
                }
                fetch.insert("inputStage", ix);
                fetch
            }
        }
    }
}

/// Whether every document has a key in the index in value order (not
/// sparse, partial or hashed), so a full scan of it sees them all in order.
fn complete(idx: &IndexMeta) -> bool {
    !idx.sparse && idx.partial.is_none() && idx.hashed.is_none() && idx.wildcard.is_none()
}

/// The best use of `idx` for a filter's conjuncts (`preds`, from `root`):
/// a wildcard index also offers its (path, value) plans.
fn candidate(
    idx: &IndexMeta,
    preds: &[(String, Pred)],
    root: &Filter,
    coll: Option<&Collation>,
    sort: Option<&SortSpec>,
) -> Option<(u32, IxScan)> {
    let plain = plan_for(idx, preds, coll, sort);
    if idx.wildcard.is_none() {
        return plain;
    }
    match (plain, wildcard::plan_for(idx, root, coll)) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

fn ixscan_doc(s: &IxScan) -> Document {
    let key_pattern = match s.index.wildcard {
        Some(_) => wildcard::key_pattern(&s.index, &s.bounds_doc),
        None => s.index.key.clone(),
    };
    doc! {
        "stage": "IXSCAN",
        "keyPattern": key_pattern,
        "indexName": s.index.name.clone(),
        "isMultiKey": s.index.is_multikey(),
        "isUnique": s.index.unique,
        "isSparse": s.index.sparse,
        "isPartial": s.index.partial.is_some(),
        "indexVersion": 2,
        "direction": if s.reverse { "backward" } else { "forward" },
        "indexBounds": s.bounds_doc.clone(),
    }
}

/// Hidden indexes, and indexes still being built, are not planned with.
fn is_hidden(idx: &IndexMeta) -> bool {
    !idx.ready || idx.spec.get_bool("hidden").unwrap_or(false)
}

/// A hinted plan: `{$natural: ±1}` forces a collection scan, an index name
/// or key pattern forces that index (with whatever bounds the filter gives).
fn hinted(
    meta: &CollMeta,
    hint: &Bson,
    preds: &[(String, Pred)],
    root: &Filter,
    coll: Option<&Collation>,
    sort: Option<&SortSpec>,
) -> Result<Option<Plan>> {
    let idx = match hint {
        Bson::String(name) => meta.indexes.iter().find(|i| i.ready && &i.name == name),
        Bson::Document(k) if k.is_empty() => return Ok(None),
        Bson::Document(k) if k.contains_key("$natural") => {
            let reverse = k
                .get("$natural")
                .and_then(crate::value::as_f64)
                .is_some_and(|d| d < 0.0);
            return Ok(Some(Plan::CollScan { reverse }));
        }
        Bson::Document(k) => meta.indexes.iter().find(|i| i.ready && &i.key == k),
        _ => return Ok(None),
    };
    let Some(idx) = idx else {
        return Err(Error::bad_value(format!(
            "error processing query: ns={} planner returned error :: caused by :: hint provided does not correspond to an existing index",
            meta.ns()
        )));
    };
    let scan = candidate(idx, preds, root, coll, sort);
    // A wildcard index holds only the documents with indexed paths: a
    // query it cannot bound has no plan with it, as in mongod.
    if scan.is_none() && idx.wildcard.is_some() && idx.fields.len() == 1 {
        return Err(Error::new(
            crate::error::ErrorCode::NoQueryExecutionPlans,
            format!(
                "error processing query: ns={} planner returned error :: caused by :: No query solutions",
                meta.ns()
            ),
        ));
    }
    let reverse = sort
        .and_then(|s| sort_direction(idx, 0, s, coll))
        .unwrap_or(false);
    Ok(Some(Plan::IxScan(Box::new(match scan {
        Some((_, scan)) => scan,
        None => IxScan {
            index: idx.clone(),
            ranges: bounds::full(),
            reverse,
            provides_sort: sort
                .is_some_and(|s| !s.is_empty() && sort_direction(idx, 0, s, coll).is_some()),
            bounds_doc: full_bounds_doc(idx, reverse),
            covered: false,
        },
    }))))
}

/// The best use of `idx` for these predicates: equality on as many leading
/// fields as possible, then one range. The score ranks plans: equality
/// fields count most, a unique index wins ties, a provided sort helps.
fn plan_for(
    idx: &IndexMeta,
    preds: &[(String, Pred)],
    coll: Option<&Collation>,
    sort: Option<&SortSpec>,
) -> Option<(u32, IxScan)> {
    let find = |field: &str| {
        preds
            .iter()
            .find(|(p, pred)| {
                p == field && bounds::collation_ok(pred, idx.collation.as_deref(), coll)
            })
            .map(|(_, pred)| pred)
    };
    let mut points: Vec<&Vec<Bson>> = Vec::new();
    let mut range = None;
    let mut combos = 1usize;
    for (i, (field, _)) in idx.fields.iter().enumerate() {
        // A wildcard component is planned by `wildcard::plan_for`.
        if crate::index::wildcard::is_wildcard_field(field) {
            break;
        }
        match find(field) {
            Some(Pred::Points(vs)) if combos * vs.len() <= 4096 => {
                combos *= vs.len();
                points.push(vs);
            }
            // A hashed field only answers equality.
            Some(Pred::Range(ord, eq, v)) if idx.hashed != Some(i) => {
                range = Some(Span::One(*ord, *eq, v));
                break;
            }
            Some(Pred::Interval((le, lv), (he, hv))) if idx.hashed != Some(i) => {
                range = Some(if idx.is_multikey() {
                    Span::One(Ordering::Greater, *le, lv)
                } else {
                    Span::Two((*le, lv), (*he, hv))
                });
                break;
            }
            _ => break,
        }
    }
    if points.is_empty() && range.is_none() {
        return None;
    }
    let ranges = bounds::ranges(idx, &points, range);
    // With one equality point per leading field, the rest of the index is
    // in key order: it provides a sort on the following fields.
    let single_points = points.iter().all(|p| p.len() == 1);
    let sort_dir = sort
        .filter(|s| !s.is_empty() && single_points)
        .and_then(|s| sort_direction(idx, points.len(), s, coll));
    let mut score = points.len() as u32 * 4 + u32::from(range.is_some()) * 2;
    let full_key = points.len() == idx.fields.len();
    if idx.unique && full_key {
        score += 3;
    }
    if sort_dir.is_some() {
        score += 1;
    }
    let bounds_doc = bounds_doc(idx, &points, range, sort_dir.unwrap_or(false));
    Some((
        score,
        IxScan {
            index: idx.clone(),
            ranges,
            reverse: sort_dir.unwrap_or(false),
            provides_sort: sort_dir.is_some(),
            bounds_doc,
            covered: false,
        },
    ))
}

/// Whether a scan of `idx` from field `from` on gives the sort's order:
/// Some(false) forwards, Some(true) backwards. Only single-field sorts are
/// provided (a compound sort over a multikey index would need per-key
/// array rules), and only when string order is the same collation's.
fn sort_direction(
    idx: &IndexMeta,
    from: usize,
    sort: &SortSpec,
    coll: Option<&Collation>,
) -> Option<bool> {
    if sort.fields.len() != 1 {
        return None;
    }
    let (path, desc) = &sort.fields[0];
    let (field, idx_desc) = idx.fields.get(from)?;
    if idx.hashed.is_some_and(|h| h <= from) || idx.wildcard.is_some() {
        return None;
    }
    if path.join(".") != *field || path.first().is_some_and(|p| p == "$natural") {
        return None;
    }
    let same_collation = match (idx.collation.as_deref(), coll) {
        (None, None) => true,
        (Some(a), Some(b)) => a == b,
        _ => false,
    };
    same_collation.then_some(desc != idx_desc)
}

fn full_bounds_doc(idx: &IndexMeta, reverse: bool) -> Document {
    idx.fields
        .iter()
        .map(|(f, desc)| {
            let all = if *desc != reverse {
                "[MaxKey, MinKey]"
            } else {
                "[MinKey, MaxKey]"
            };
            (f.clone(), Bson::Array(vec![Bson::String(all.into())]))
        })
        .collect()
}

/// One end of an interval as mongod prints it.
#[derive(Clone)]
struct End {
    text: String,
    inclusive: bool,
}

/// A bound value as mongod prints it (doubles keep a `.0`).
fn bound_text(v: &Bson) -> String {
    match v {
        Bson::Double(d) if d.is_infinite() => if *d > 0.0 { "inf.0" } else { "-inf.0" }.to_string(),
        Bson::Double(d) if d.fract() == 0.0 && d.abs() < 1e15 => format!("{d:.1}"),
        v => v.to_string(),
    }
}

/// The far ends of a value's type bracket, as mongod prints open-ended
/// comparisons: numbers run to infinity, strings from "" to the start of
/// objects; other types end at MinKey/MaxKey here.
fn bracket_ends(v: &Bson) -> (&'static str, &'static str) {
    match v {
        Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_) => {
            ("-inf.0", "inf.0")
        }
        Bson::String(_) | Bson::Symbol(_) => ("\"\"", "{}"),
        _ => ("MinKey", "MaxKey"),
    }
}

/// An interval in scan order: mongod prints a descending field's (or a
/// backward scan's) intervals from high to low.
fn interval(lo: End, hi: End, flip: bool) -> String {
    let (a, b) = if flip { (hi, lo) } else { (lo, hi) };
    format!(
        "{}{}, {}{}",
        if a.inclusive { '[' } else { '(' },
        a.text,
        b.text,
        if b.inclusive { ']' } else { ')' }
    )
}

/// explain's `indexBounds`: mongod's interval strings per field, in the
/// order the scan visits them.
fn bounds_doc(
    idx: &IndexMeta,
    points: &[&Vec<Bson>],
    range: Option<Span<'_>>,
    reverse: bool,
) -> Document {
    let end = |text: String, inclusive: bool| End { text, inclusive };
    let mut d = Document::new();
    for (i, (f, desc)) in idx.fields.iter().enumerate() {
        let flip = *desc != reverse;
        let mut intervals: Vec<String> = if let Some(vs) = points.get(i) {
            let mut sorted: Vec<&Bson> = vs.iter().collect();
            sorted.sort_by(|a, b| crate::value::compare::compare(a, b));
            sorted.dedup_by(|a, b| crate::value::compare::compare(a, b) == Ordering::Equal);
            sorted
                .into_iter()
                .map(|v| format!("[{0}, {0}]", bound_text(v)))
                .collect()
        } else if let (true, Some(span)) = (i == points.len(), range) {
            let (lo, hi) = match span {
                Span::One(Ordering::Greater, eq, v) => (
                    end(bound_text(v), eq),
                    end(bracket_ends(v).1.to_string(), true),
                ),
                Span::One(_, eq, v) => (
                    end(bracket_ends(v).0.to_string(), true),
                    end(bound_text(v), eq),
                ),
                Span::Two((le, lv), (he, hv)) => (end(bound_text(lv), le), end(bound_text(hv), he)),
            };
            vec![interval(lo, hi, flip)]
        } else {
            vec![interval(
                end("MinKey".into(), true),
                end("MaxKey".into(), true),
                flip,
            )]
        };
        if flip {
            intervals.reverse();
        }
        d.insert(f.clone(), intervals);
    }
    d
}
