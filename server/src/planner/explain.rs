//! The pure part of `explain` for a find-like command: which plan it
//! reports (the planner's choice, covered when `find` would read the index
//! alone) and the `winningPlan` document built around that plan's stages
//! (`SKIP`, `SORT` with its `limitAmount`, `LIMIT`, and the
//! `PROJECTION_SIMPLE` / `PROJECTION_DEFAULT` / `PROJECTION_COVERED` stage
//! of a find's projection), stacked in mongod's order: SORT, SKIP, the
//! projection (moved under a SORT without a limit when it keeps the sort's
//! fields), LIMIT. Needs no connection or storage, so the planner's
//! snapshot tests call it directly.

use crate::error::Result;
use crate::planner::Plan;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::storage::CollMeta;
use bson::{doc, Bson, Document};

/// The plan explain reports for `inner` (a command named `name`): the
/// planner's choice for `filter` and `sort`, or a collection scan when the
/// collection does not exist; a find is covered as `find` decides it.
pub(crate) fn choose_plan(
    meta: Option<&CollMeta>,
    name: &str,
    inner: &Document,
    filter: &Filter,
    sort: Option<&SortSpec>,
) -> Result<Plan> {
    let mut plan = match meta {
        Some(m) => Plan::choose(m, filter, sort, inner.get("hint"))?,
        None => Plan::CollScan { reverse: false },
    };
    // As find decides: an index holding all the query needs is read alone.
    let whole_docs = ["returnKey", "showRecordId", "min", "max"]
        .iter()
        .any(|k| inner.get(k).is_some_and(|v| v != &Bson::Boolean(false)));
    if name == "find" && !blocking_sort(Some(&plan), sort) && !whole_docs {
        crate::planner::cover(&mut plan, filter, inner.get_document("projection").ok());
    }
    Ok(plan)
}

/// Whether a `SORT` stage orders the plan's output (the plan does not
/// already yield the sort's order).
fn blocking_sort(plan: Option<&Plan>, sort: Option<&SortSpec>) -> bool {
    sort.is_some_and(|s| !s.is_empty()) && !plan.is_some_and(Plan::provides_sort)
}

/// explain's `winningPlan` for `inner` (a command named `name`, whose
/// filter is `filter_doc`): `plan`'s stages (`EOF` when the collection does
/// not exist, `plan` None) under the find's skip, sort, limit and
/// projection stages.
pub(crate) fn winning_plan(
    name: &str,
    inner: &Document,
    filter_doc: &Document,
    plan: Option<&Plan>,
    sort: Option<&SortSpec>,
) -> Document {
    let sorts = blocking_sort(plan, sort);
    let covered = matches!(plan, Some(Plan::IxScan(s)) if s.covered);
    let mut winning = match plan {
        Some(p) => p.explain(filter_doc),
        // No collection: mongod's plan that produces nothing.
        None => doc! { "stage": "EOF" },
    };
    let limit = inner
        .get("limit")
        .and_then(crate::value::as_i64)
        .map(i64::abs)
        .filter(|l| *l > 0 && name == "find");
    let skip = inner
        .get("skip")
        .and_then(crate::value::as_i64)
        .filter(|s| *s > 0 && name == "find");
    // mongod's order (planner_analysis.cpp, analyzeDataAccess): a SORT
    // (applying limit + skip itself as limitAmount), then SKIP, then the
    // projection, then LIMIT when no SORT applied it.
    if sorts {
        let mut stage = doc! {
            "stage": "SORT",
            "sortPattern": inner.get_document("sort").cloned().unwrap_or_default(),
            "memLimit": crate::query::sort::SORT_MEMORY_LIMIT as i64,
        };
        if let Some(l) = limit {
            stage.insert("limitAmount", l + skip.unwrap_or(0));
        }
        stage.insert("type", "simple");
        stage.insert("inputStage", winning);
        winning = stage;
    }
    if let Some(s) = skip {
        winning = doc! { "stage": "SKIP", "skipAmount": s, "inputStage": winning };
    }
    if let (Ok(p), "find") = (inner.get_document("projection"), name) {
        if !p.is_empty() {
            // Plain inclusions/exclusions of top-level fields are "simple".
            let simple = p.iter().all(|(k, v)| {
                !k.contains('.') && !k.contains('$') && !matches!(v, Bson::Document(_))
            });
            // Over a covered scan a simple projection is built from the
            // keys (PROJECTION_COVERED); dotted ones stay DEFAULT, as in
            // mongod.
            let stage = match (simple, covered) {
                (true, true) => "PROJECTION_COVERED",
                (true, false) => "PROJECTION_SIMPLE",
                (false, _) => "PROJECTION_DEFAULT",
            };
            winning = if sorts && limit.is_none() && keeps_sort_fields(p, inner) {
                push_beneath_sort(winning, stage, p)
            } else {
                doc! { "stage": stage, "transformBy": p.clone(), "inputStage": winning }
            };
        }
    }
    if let (Some(l), false) = (limit, sorts) {
        winning = doc! { "stage": "LIMIT", "limitAmount": l, "inputStage": winning };
    }
    write_or_count_stage(name, inner, filter_doc, plan, winning)
}

/// The stage a write or a count puts on top of the plan that finds its
/// documents: UPDATE or DELETE (findAndModify by its `remove` flag), COUNT
/// — or, for a count of a whole existing collection, mongod's
/// RECORD_STORE_FAST_COUNT, which reads the stored count instead of a plan.
fn write_or_count_stage(
    name: &str,
    inner: &Document,
    filter_doc: &Document,
    plan: Option<&Plan>,
    winning: Document,
) -> Document {
    let remove = inner.get("remove").is_some_and(crate::value::truthy);
    let stage = match name {
        "update" => "UPDATE",
        "delete" => "DELETE",
        "findAndModify" | "findandmodify" if remove => "DELETE",
        "findAndModify" | "findandmodify" => "UPDATE",
        "count" if filter_doc.is_empty() && plan.is_some() => {
            return doc! { "stage": "RECORD_STORE_FAST_COUNT" };
        }
        "count" => "COUNT",
        _ => return winning,
    };
    doc! { "stage": stage, "inputStage": winning }
}

/// Whether a projection of plain inclusions or exclusions keeps every
/// field the command sorts on: mongod then projects before a SORT with no
/// limit, so that less data is sorted (tryPushdownProjectBeneathSort).
fn keeps_sort_fields(projection: &Document, inner: &Document) -> bool {
    let flags: Option<Vec<(&str, bool)>> = projection
        .iter()
        .map(|(k, v)| match v {
            _ if k.contains('$') => None,
            Bson::Boolean(b) => Some((k.as_str(), *b)),
            Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_) => {
                Some((k.as_str(), crate::value::truthy(v)))
            }
            // Computed fields, $slice, $elemMatch and sub-projections.
            _ => None,
        })
        .collect();
    let Some(flags) = flags else {
        return false;
    };
    let under = |field: &str, k: &str| {
        field == k || field.strip_prefix(k).is_some_and(|r| r.starts_with('.'))
    };
    let inclusion = flags.iter().any(|(k, on)| *on && *k != "_id");
    let keeps = |field: &str| {
        let excluded = flags.iter().any(|(k, on)| !*on && under(field, k));
        // An inclusion keeps `_id` unless it is excluded.
        let included =
            !inclusion || under(field, "_id") || flags.iter().any(|(k, on)| *on && under(field, k));
        !excluded && included
    };
    inner
        .get_document("sort")
        .map(|s| s.keys().all(|f| keeps(f)))
        .unwrap_or(false)
}

/// Puts the projection stage between the SORT (under an optional SKIP)
/// at the root of `winning` and the SORT's input.
fn push_beneath_sort(mut winning: Document, stage: &str, projection: &Document) -> Document {
    let sort = match winning.get_str("stage") {
        Ok("SKIP") => match winning.get_document_mut("inputStage") {
            Ok(d) => d,
            Err(_) => return winning,
        },
        _ => &mut winning,
    };
    if let Some(Bson::Document(input)) = sort.remove("inputStage") {
        let projected =
            doc! { "stage": stage, "transformBy": projection.clone(), "inputStage": input };
        sort.insert("inputStage", projected);
    }
    winning
}
