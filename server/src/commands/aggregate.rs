//! `aggregate`: runs a pipeline over a collection and returns a cursor.
//! A leading `$match` is applied while scanning; stages that read other
//! collections do so through [`db_reads::DbForeign`].

mod change_stream;
mod db_reads;

use super::check_fields;
use super::shared::cursor_reply::{cursor_batch_size, first_batch_reply};
use crate::agg::sink::{Sink, WhenMatched, WhenNotMatched};
use crate::agg::Pipeline;
use crate::commands::Ctx;
use crate::cursor::Source;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};
use std::ops::ControlFlow;

const KNOWN: &[&str] = &[
    "pipeline",
    "explain",
    "allowDiskUse",
    "cursor",
    "maxTimeMS",
    "bypassDocumentValidation",
    "readConcern",
    "collation",
    "hint",
    "comment",
    "writeConcern",
    "let",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = match cmd.get("aggregate") {
        Some(Bson::String(_)) => Some(super::collection_arg(cmd, "aggregate")?),
        Some(v) if crate::value::as_f64(v) == Some(1.0) => None,
        Some(v) => return Err(Error::new(ErrorCode::FailedToParse, format!("Invalid {{aggregate: ...}} argument: must be a collection name string or 1, not {}", crate::value::type_name(v)))),
        None => unreachable!("dispatch routes by the first field"),
    };
    check_fields(cmd, "aggregate", KNOWN)?;
    let pipeline = super::required_array(cmd, "aggregate", "pipeline")?;
    if ctx.in_txn() {
        refuse_writing_stages(pipeline)?;
    }
    if cmd.get("explain").is_some_and(crate::value::truthy) {
        let mut inner = cmd.clone();
        inner.remove("explain");
        return super::explain::explain(ctx, &inner, "queryPlanner");
    }
    if !cmd.contains_key("cursor") {
        return Err(Error::failed_to_parse(
            "The 'cursor' option is required, except for aggregate with the explain argument",
        ));
    }
    let batch_size = cursor_batch_size(cmd, "aggregate")?;
    let (view, combined) = through_view(ctx, coll.as_deref(), pipeline)?;
    let pipeline: &[Bson] = combined.as_deref().unwrap_or(pipeline);
    let source_coll = view.as_ref().map(|v| v.coll.clone()).or(coll.clone());
    let meta = source_coll
        .as_ref()
        .and_then(|c| ctx.state.engine.collection(&ctx.db, c));
    let mut vars = super::find::let_vars(cmd, "aggregate")?;
    vars.collation = match view.as_ref().and_then(|v| v.collation.as_ref()) {
        // A view's default collation applies unless the command sets one.
        Some(c) if !cmd.contains_key("collation") => {
            crate::value::collation::Collation::parse(&Bson::Document(c.clone()))?
        }
        _ => super::find::command_collation(cmd, meta.as_deref())?,
    };
    vars.no_disk_use = cmd.get("allowDiskUse") == Some(&Bson::Boolean(false));
    vars.deadline = ctx.deadline;
    vars.interrupted = Some(ctx.state.engine.interrupt_flag());
    let vars = std::sync::Arc::new(vars);
    if pipeline
        .first()
        .and_then(Bson::as_document)
        .is_some_and(|d| d.contains_key("$changeStream"))
    {
        return change_stream::open(ctx, cmd, coll.as_deref(), pipeline, vars, batch_size);
    }
    let Some(coll) = coll else {
        // {aggregate: 1}: the first stage produces the documents.
        let (docs, rest) = source_stage(ctx, pipeline, &vars)?;
        let (rest, sink) = split_sink(rest, &ctx.db)?;
        let foreign = collection_reader(ctx, rest)?;
        let mut out = Pipeline::parse_with(rest, vars, Some(&foreign))?.run(docs)?;
        if let Some(sink) = sink {
            write_sink(ctx, &sink, out)?;
            out = Vec::new();
        }
        let ns = format!("{}.$cmd.aggregate", ctx.db);
        return first_batch_reply(
            ctx,
            &ns,
            Source::Buffered(out.into()),
            batch_size,
            false,
            false,
        );
    };
    let (pipeline, sink) = split_sink(pipeline, &ctx.db)?;
    let linearizable = cmd
        .get_document("readConcern")
        .ok()
        .and_then(|rc| rc.get_str("level").ok())
        == Some("linearizable");
    if sink.is_some() && linearizable {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "$out and $merge cannot be used with a 'linearizable' read concern level",
        ));
    }
    let foreign = collection_reader(ctx, pipeline)?;
    // $collStats / $indexStats describe the collection instead of reading it.
    let read_coll = source_coll.clone().unwrap_or_default();
    let source = super::shared::stats_stages::leading(ctx, &read_coll, meta.as_deref(), pipeline)?;
    let rest = if source.is_some() {
        &pipeline[1..]
    } else {
        pipeline
    };
    let pipeline = Pipeline::parse_with(rest, vars, Some(&foreign))?;
    let mut out = match (meta, source) {
        (Some(meta), None) => run_on_collection(ctx, cmd, &meta, &pipeline)?,
        (_, source) => pipeline.run(source.unwrap_or_default())?,
    };
    let ns = format!("{}.{coll}", ctx.db);
    if let Some(sink) = sink {
        write_sink(ctx, &sink, out)?;
        out = Vec::new();
    }
    first_batch_reply(
        ctx,
        &ns,
        Source::Buffered(out.into()),
        batch_size,
        false,
        false,
    )
}

/// Runs the pipeline over the collection. A leading $match is answered
/// through the planner (an index when one fits); the rest of the pipeline
/// consumes the matching documents as the scan produces them.
fn run_on_collection(
    ctx: &mut Ctx<'_>,
    cmd: &Document,
    meta: &crate::storage::CollMeta,
    pipeline: &Pipeline,
) -> Result<Vec<Document>> {
    let everything = crate::query::Filter::And(Vec::new());
    let pre = pipeline.leading_match().unwrap_or(&everything);
    let plan = crate::planner::Plan::choose(meta, pre, None, cmd.get("hint"))?;
    if matches!(plan, crate::planner::Plan::CollScan { .. }) {
        ctx.state.top.collection_scan(&meta.ns(), false);
    }
    // A full scan into a `$group` of field paths: the records' bytes go to
    // it undecoded.
    let raw = matches!(plan, crate::planner::Plan::CollScan { reverse: false })
        && pre.matches_everything();
    ctx.read(|txn| {
        if raw {
            let ran = pipeline.run_raw(|emit| {
                txn.scan_raw(meta, i64::MIN, |_, b| {
                    emit(bson::RawDocument::from_bytes(b)?)?;
                    Ok(ControlFlow::Continue(()))
                })
                .map(|_| ())
            });
            if let Some(out) = ran {
                return out;
            }
        }
        pipeline.run_streaming(true, |emit| {
            crate::planner::run(txn, meta, &plan, pre, |_, d| {
                emit(d)?;
                Ok(ControlFlow::Continue(()))
            })
            .map(|_| ())
        })
    })
}

/// mongod runs no writing stage inside a multi-document transaction.
fn refuse_writing_stages(pipeline: &[Bson]) -> Result<()> {
    for stage in ["$out", "$merge"] {
        if pipeline
            .iter()
            .any(|s| s.as_document().is_some_and(|d| d.contains_key(stage)))
        {
            return Err(Error::new(
                ErrorCode::OperationNotSupportedInTransaction,
                format!("{stage} cannot be used in a transaction"),
            ));
        }
    }
    Ok(())
}

/// On a view, the pipeline runs over the collection under it after the
/// views' own stages (the cursor keeps the view's name): the resolved view
/// and that longer pipeline. A change stream cannot be opened on a view.
fn through_view(
    ctx: &Ctx<'_>,
    coll: Option<&str>,
    pipeline: &[Bson],
) -> Result<(Option<super::shared::views::Resolved>, Option<Vec<Bson>>)> {
    let Some(coll) = coll else {
        return Ok((None, None));
    };
    let Some(view) = super::shared::views::resolve(&ctx.state.engine, &ctx.db, coll)? else {
        return Ok((None, None));
    };
    if pipeline
        .first()
        .and_then(Bson::as_document)
        .is_some_and(|d| d.contains_key("$changeStream"))
    {
        return Err(Error::new(
            ErrorCode::CommandNotSupportedOnView,
            format!("$changeStream cannot be run on a view: {}.{coll}", ctx.db),
        ));
    }
    let combined = view.pipeline.iter().chain(pipeline).cloned().collect();
    Ok((Some(view), Some(combined)))
}

/// The documents of a database-level pipeline's first stage (`$documents`,
/// `$listLocalSessions`, `$currentOp`) and the stages after it.
fn source_stage<'p>(
    ctx: &Ctx<'_>,
    pipeline: &'p [Bson],
    vars: &crate::expr::Vars,
) -> Result<(Vec<Document>, &'p [Bson])> {
    let first = match pipeline.first() {
        Some(Bson::Document(d)) if d.len() == 1 => d,
        _ => {
            return Err(Error::new(
                ErrorCode::InvalidNamespace,
                "{aggregate: 1} is not valid for an empty pipeline or one that does not start with a stage that produces documents",
            ))
        }
    };
    let (name, arg) = first.iter().next().unwrap();
    let docs = match name.as_str() {
        "$documents" => {
            let empty = Document::new();
            let scope = crate::expr::Scope { root: &empty, vars };
            match crate::expr::eval_value(arg, &scope)? {
                Bson::Array(a) => a
                    .into_iter()
                    .map(|v| match v {
                        Bson::Document(d) => Ok(d),
                        _ => Err(Error::new(
                            ErrorCode::TypeMismatch,
                            "$documents expects only documents in its array",
                        )),
                    })
                    .collect::<Result<Vec<_>>>()?,
                _ => {
                    return Err(Error::new(
                        ErrorCode::Location(5858203),
                        "an array is expected for $documents",
                    ))
                }
            }
        }
        "$listLocalSessions" => ctx
            .state
            .sessions
            .list()
            .into_iter()
            .map(|(id, last_use)| doc! { "_id": { "id": id }, "lastUse": last_use })
            .collect(),
        "$currentOp" => {
            if ctx.db != "admin" {
                return Err(Error::new(
                    ErrorCode::InvalidNamespace,
                    "$currentOp must be run against the 'admin' database with {aggregate: 1}",
                ));
            }
            ctx.state.ops.report(&ctx.state.me())
        }
        _ => {
            return Err(Error::new(
                ErrorCode::InvalidNamespace,
                format!("{{aggregate: 1}} is not valid for '{name}'; a collection is required."),
            ))
        }
    };
    Ok((docs, &pipeline[1..]))
}

/// Splits a final `$out`/`$merge` off the pipeline.
fn split_sink<'p>(pipeline: &'p [Bson], db: &str) -> Result<(&'p [Bson], Option<Sink>)> {
    if let Some(Bson::Document(last)) = pipeline.last() {
        if let Some(sink) = Sink::parse(last, db)? {
            return Ok((&pipeline[..pipeline.len() - 1], Some(sink)));
        }
    }
    Ok((pipeline, None))
}

/// Writes a pipeline's results as `$out` or `$merge` say, in one transaction.
fn write_sink(ctx: &mut Ctx<'_>, sink: &Sink, docs: Vec<Document>) -> Result<()> {
    let engine = &ctx.state.engine;
    let (db, coll) = match sink {
        Sink::Out { db, coll } | Sink::Merge { db, coll, .. } => (db.clone(), coll.clone()),
    };
    crate::value::validate_db_name(&db)?;
    let meta = engine.ensure_collection(&db, &coll)?;
    let docs = docs
        .into_iter()
        .map(super::insert::prepare_for_insert)
        .collect::<Result<Vec<_>>>()?;
    ctx.autocommit(|txn| {
        match sink {
            Sink::Out { .. } => {
                let mut old = Vec::new();
                txn.scan(&meta, i64::MIN, |rid, d| {
                    old.push((rid, d));
                    Ok(ControlFlow::Continue(()))
                })?;
                for (rid, d) in &old {
                    txn.delete(&meta, *rid, d)?;
                }
                for d in &docs {
                    txn.insert(&meta, d)?;
                }
            }
            Sink::Merge { on, matched, not_matched, .. } => {
                for d in &docs {
                    let existing = find_on(txn, &meta, on, d)?;
                    match (existing, matched, not_matched) {
                        (Some(_), WhenMatched::KeepExisting, _) => {}
                        (Some(_), WhenMatched::Fail, _) => {
                            // mongod inserts and reports the unique index's
                            // duplicate-key error on the `on` fields.
                            let mut pattern = Document::new();
                            let mut value = Document::new();
                            for f in on {
                                pattern.insert(f.clone(), 1);
                                value.insert(
                                    f.clone(),
                                    crate::value::path::get_path(d, f).cloned().unwrap_or(Bson::Null),
                                );
                            }
                            let index = if on.len() == 1 && on[0] == "_id" {
                                "_id_".to_string()
                            } else {
                                on.join("_1_") + "_1"
                            };
                            let mut e = Error::new(
                                ErrorCode::DuplicateKey,
                                format!(
                                    "E11000 duplicate key error collection: {} index: {index} dup key: {value}",
                                    meta.ns()
                                ),
                            );
                            e.extra.insert("keyPattern", pattern);
                            e.extra.insert("keyValue", value);
                            return Err(e);
                        }
                        (Some((rid, old)), WhenMatched::Replace, _) => {
                            let mut new = d.clone();
                            if let Some(id) = old.get("_id") {
                                new.insert("_id", id.clone());
                            }
                            txn.replace(&meta, rid, &old, &new)?;
                        }
                        (Some((rid, old)), WhenMatched::Merge, _) => {
                            let mut new = old.clone();
                            for (k, v) in d {
                                if k != "_id" {
                                    new.insert(k.clone(), v.clone());
                                }
                            }
                            txn.update(&meta, rid, &old, &new)?;
                        }
                        (None, _, WhenNotMatched::Insert) => {
                            txn.insert(&meta, d)?;
                        }
                        (None, _, WhenNotMatched::Discard) => {}
                        (None, _, WhenNotMatched::Fail) => {
                            return Err(Error::new(
                                ErrorCode::MergeStageNoMatchingDocument,
                                "$merge could not find a matching document in the target collection for at least one document in the source collection",
                            ))
                        }
                    }
                }
            }
        }
        Ok(())
    })?;
    ctx.wrote();
    Ok(())
}

/// The target document whose `on` fields equal the result document's.
fn find_on(
    txn: &mut crate::storage::Txn<'_>,
    meta: &crate::storage::CollMeta,
    on: &[String],
    d: &Document,
) -> Result<Option<(i64, Document)>> {
    if on.len() == 1 && on[0] == "_id" {
        return match d.get("_id") {
            Some(id) => txn.find_by_id(meta, id),
            None => Ok(None),
        };
    }
    let want: Vec<Option<Bson>> = on
        .iter()
        .map(|f| crate::value::path::get_path(d, f).cloned())
        .collect();
    let mut found = None;
    txn.scan(meta, i64::MIN, |rid, t| {
        let same = on.iter().zip(want.iter()).all(|(f, w)| {
            match (crate::value::path::get_path(&t, f), w) {
                (Some(a), Some(b)) => crate::value::compare::values_equal(a, b),
                (None, None) => true,
                _ => false,
            }
        });
        if same {
            found = Some((rid, t));
            return Ok(ControlFlow::Break(()));
        }
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(found)
}

/// Reads the other collections of the command's database, for `$lookup`,
/// `$graphLookup` and `$unionWith`.
fn collection_reader(
    ctx: &mut Ctx<'_>,
    pipeline: &[Bson],
) -> Result<std::sync::Arc<dyn crate::agg::Foreign>> {
    let engine = ctx.state.engine.clone();
    if !ctx.in_txn() {
        return Ok(std::sync::Arc::new(db_reads::DbForeign::new(
            engine,
            ctx.db.clone(),
        )));
    }
    // In a transaction: the named collections (or the ones under named
    // views) read now, through the transaction.
    let mut names = Vec::new();
    db_reads::named_collections(pipeline, &mut names);
    for n in names.clone() {
        if let Some(v) = super::shared::views::resolve(&engine, &ctx.db, &n)? {
            names.push(v.coll);
        }
    }
    let db = ctx.db.clone();
    let read = ctx.read(|txn| {
        let mut read = std::collections::HashMap::new();
        for n in &names {
            if let Some(meta) = engine.collection(&db, n) {
                let mut docs = Vec::new();
                txn.scan(&meta, i64::MIN, |_, d| {
                    docs.push(d);
                    Ok(ControlFlow::Continue(()))
                })?;
                read.insert(n.clone(), std::sync::Arc::new(docs));
            }
        }
        Ok(read)
    })?;
    Ok(std::sync::Arc::new(db_reads::DbForeign::preloaded(
        engine, db, read,
    )))
}
