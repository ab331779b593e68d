//! `explain`: describes how a find, count, distinct, aggregate, update,
//! delete or findAndModify would run. The plan is the planner's choice
//! (`IDHACK`, `FETCH` over `IXSCAN`, or `COLLSCAN`, under a `SORT` when the
//! plan does not yield the requested order; a covered find is
//! `PROJECTION_COVERED` straight over its `IXSCAN`, and its
//! totalDocsExamined counts only the documents of multikey entries).
//! The winning plan's shape is built in `planner::explain`.
//! With `executionStats` or `allPlansExecution` (the default) verbosity the
//! matching is run to count documents — writes are not performed.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::query::Filter;
use bson::{doc, Bson, Document};
use std::ops::ControlFlow;
use std::time::Instant;

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let inner = match cmd.get("explain") {
        Some(Bson::Document(d)) if !d.is_empty() => d,
        Some(Bson::Document(_)) => {
            return Err(Error::failed_to_parse(
                "explain command requires a nested object",
            ))
        }
        Some(v) => {
            return Err(crate::value::field_type_error(
                "explain", "explain", v, "object",
            ))
        }
        None => unreachable!("dispatch routes by the first field"),
    };
    let verbosity = match cmd.get("verbosity") {
        None => "allPlansExecution",
        Some(Bson::String(v)) if matches!(v.as_str(), "queryPlanner" | "executionStats" | "allPlansExecution") => v.as_str(),
        Some(v) => return Err(Error::bad_value(format!("verbosity string must be one of {{'queryPlanner', 'executionStats', 'allPlansExecution'}}, not {v}"))),
    };
    explain(ctx, inner, verbosity)
}

/// Explains the command `inner` at the given verbosity.
pub fn explain(ctx: &Ctx<'_>, inner: &Document, verbosity: &str) -> Result<Document> {
    let name = inner.keys().next().cloned().unwrap_or_default();
    let coll = match inner.get(&name) {
        Some(Bson::String(c)) => c.clone(),
        _ => {
            return Err(Error::failed_to_parse(format!(
                "explain of '{name}' needs a collection name"
            )))
        }
    };
    let filter_doc = match name.as_str() {
        "find" => inner.get_document("filter").cloned().unwrap_or_default(),
        "count" | "distinct" => inner.get_document("query").cloned().unwrap_or_default(),
        "findAndModify" | "findandmodify" => {
            inner.get_document("query").cloned().unwrap_or_default()
        }
        "aggregate" => leading_match(inner),
        "update" => first_stmt(inner, "updates"),
        "delete" => first_stmt(inner, "deletes"),
        _ => {
            return Err(Error::new(
                ErrorCode::CommandNotFound,
                format!("Explain failed due to unknown command: {name}"),
            ))
        }
    };
    let meta = ctx.state.engine.collection(&ctx.db, &coll);
    let collation = super::find::command_collation(inner, meta.as_deref())?;
    let filter = Filter::parse_collated(&filter_doc, collation.clone())?;
    let sort = match inner.get("sort") {
        Some(Bson::Document(d)) if name == "find" || name.eq_ignore_ascii_case("findAndModify") => {
            Some(crate::query::sort::SortSpec::parse(d)?.with_collation(collation))
        }
        _ => None,
    };
    let plan = crate::planner::explain::choose_plan(
        meta.as_deref(),
        &name,
        inner,
        &filter,
        sort.as_ref(),
    )?;
    let ns = format!("{}.{coll}", ctx.db);
    let winning = crate::planner::explain::winning_plan(
        &name,
        inner,
        &filter_doc,
        meta.is_some().then_some(&plan),
        sort.as_ref(),
    );
    let mut reply = doc! {
        "explainVersion": "1",
        "queryPlanner": {
            "namespace": ns,
            "indexFilterSet": false,
            "parsedQuery": filter_doc,
            "planCacheShapeHash": "0",
            "maxIndexedOrSolutionsReached": false,
            "maxIndexedAndSolutionsReached": false,
            "maxScansToExplodeReached": false,
            "winningPlan": winning.clone(),
            "rejectedPlans": [],
        },
    };
    if verbosity != "queryPlanner" {
        let started = Instant::now();
        let (mut returned, mut keys, mut examined) = (0i64, 0i64, 0i64);
        if let Some(meta) = &meta {
            let mut txn = ctx.state.engine.begin()?;
            let (k, d) = crate::planner::run(&mut txn, meta, &plan, &filter, |_, _| {
                returned += 1;
                Ok(ControlFlow::Continue(()))
            })?;
            keys = k as i64;
            examined = d as i64;
        }
        let millis = started.elapsed().as_millis() as i64;
        let mut exec_stage = winning;
        exec_stage.insert("nReturned", returned);
        exec_stage.insert("docsExamined", examined);
        exec_stage.insert("keysExamined", keys);
        exec_stage.insert("executionTimeMillisEstimate", millis);
        reply.insert(
            "executionStats",
            doc! {
                "executionSuccess": true,
                "nReturned": returned,
                "executionTimeMillis": millis,
                "totalKeysExamined": keys,
                "totalDocsExamined": examined,
                "executionStages": exec_stage,
            },
        );
        if verbosity == "allPlansExecution" {
            // One candidate plan: no rejected plans to report on.
            if let Ok(stats) = reply.get_document_mut("executionStats") {
                stats.insert("allPlansExecution", Bson::Array(Vec::new()));
            }
        }
    }
    let mut command = inner.clone();
    command.insert("$db", ctx.db.clone());
    reply.insert("command", command);
    reply.insert(
        "serverInfo",
        doc! {
            "host": ctx.state.me(),
            "port": ctx.state.addr.port() as i32,
            "version": super::build_info::MONGOD_VERSION,
            "gitVersion": "secantusdb",
        },
    );
    Ok(reply)
}

fn leading_match(inner: &Document) -> Document {
    inner
        .get_array("pipeline")
        .ok()
        .and_then(|p| p.first())
        .and_then(|s| s.as_document())
        .and_then(|s| s.get_document("$match").ok())
        .cloned()
        .unwrap_or_default()
}

fn first_stmt(inner: &Document, field: &str) -> Document {
    inner
        .get_array(field)
        .ok()
        .and_then(|a| a.first())
        .and_then(|s| s.as_document())
        .and_then(|s| s.get_document("q").ok())
        .cloned()
        .unwrap_or_default()
}
