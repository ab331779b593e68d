//! Reads of a view by `find`, `count` and `distinct`: as mongod, each is
//! rewritten into the aggregation it stands for and run by `aggregate`
//! (which puts the views' pipelines in front and reads the collection
//! under them). The handlers call in here when their namespace is a view.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};

/// Fields every rewritten command carries over unchanged.
const PASSED_ON: &[&str] = &[
    "collation",
    "let",
    "maxTimeMS",
    "comment",
    "readConcern",
    "hint",
];

/// find options an aggregation cannot express.
const NOT_IN_AGGREGATION: &[&str] = &[
    "tailable",
    "awaitData",
    "min",
    "max",
    "returnKey",
    "showRecordId",
    "oplogReplay",
    "noCursorTimeout",
    "allowPartialResults",
];

fn aggregate_command(view: &str, cmd: &Document, pipeline: Vec<Document>) -> Document {
    let mut agg = doc! { "aggregate": view, "pipeline": pipeline, "cursor": {} };
    for f in PASSED_ON {
        if let Some(v) = cmd.get(*f) {
            agg.insert(*f, v.clone());
        }
    }
    agg
}

fn non_empty<'a>(cmd: &'a Document, field: &str) -> Option<&'a Document> {
    cmd.get_document(field).ok().filter(|d| !d.is_empty())
}

/// The `find` command: on a view as [`find`] rewrites it, otherwise
/// `find::run`. (Routed here by the command table, so that `find`, which
/// `explain` and through it `aggregate` use, does not depend on
/// `aggregate` in turn.)
pub fn find_command(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    if let Ok(coll) = super::collection_arg(cmd, "find") {
        let engine = &ctx.state.engine;
        if engine.collection(&ctx.db, &coll).is_none()
            && super::shared::views::get(engine, &ctx.db, &coll)?.is_some()
        {
            super::check_fields(cmd, "find", super::find::KNOWN)?;
            return find(ctx, cmd, &coll);
        }
    }
    super::find::run(ctx, cmd)
}

/// `find` on a view: `$match`, `$sort`, `$skip`, `$limit` and `$project`
/// after the view's pipeline.
pub fn find(ctx: &mut Ctx<'_>, cmd: &Document, view: &str) -> Result<Document> {
    for f in NOT_IN_AGGREGATION {
        if cmd.get(*f).is_some_and(crate::value::truthy) {
            return Err(Error::new(
                ErrorCode::InvalidPipelineOperator,
                format!("Option {f} not supported in aggregation."),
            ));
        }
    }
    let mut pipeline = Vec::new();
    if let Some(f) = non_empty(cmd, "filter") {
        pipeline.push(doc! { "$match": f.clone() });
    }
    if let Some(s) = non_empty(cmd, "sort") {
        pipeline.push(doc! { "$sort": s.clone() });
    }
    let skip = cmd.get("skip").and_then(crate::value::as_i64).unwrap_or(0);
    if skip > 0 {
        pipeline.push(doc! { "$skip": skip });
    }
    let limit = cmd.get("limit").and_then(crate::value::as_i64).unwrap_or(0);
    if limit != 0 {
        pipeline.push(doc! { "$limit": limit.abs() });
    }
    if let Some(p) = non_empty(cmd, "projection") {
        pipeline.push(doc! { "$project": p.clone() });
    }
    let mut agg = aggregate_command(view, cmd, pipeline);
    let single = limit < 0 || cmd.get("singleBatch").is_some_and(crate::value::truthy);
    if let Some(b) = cmd.get("batchSize") {
        agg.insert("cursor", doc! { "batchSize": b.clone() });
    }
    let mut reply = super::aggregate::run(ctx, &agg)?;
    if single {
        // One batch and no cursor left open.
        if let Ok(c) = reply.get_document_mut("cursor") {
            if let Ok(id) = c.get_i64("id") {
                if id != 0 {
                    ctx.state.cursors.kill(id);
                    c.insert("id", 0i64);
                }
            }
        }
    }
    Ok(reply)
}

fn first_batch(reply: &Document) -> Vec<Document> {
    reply
        .get_document("cursor")
        .and_then(|c| c.get_array("firstBatch"))
        .map(|a| a.iter().filter_map(|d| d.as_document().cloned()).collect())
        .unwrap_or_default()
}

/// `count` on a view: the matching documents counted by `$count`.
pub fn count(ctx: &mut Ctx<'_>, cmd: &Document, view: &str) -> Result<Document> {
    let mut pipeline = Vec::new();
    if let Some(q) = non_empty(cmd, "query") {
        pipeline.push(doc! { "$match": q.clone() });
    }
    let skip = cmd.get("skip").and_then(crate::value::as_i64).unwrap_or(0);
    if skip > 0 {
        pipeline.push(doc! { "$skip": skip });
    }
    let limit = cmd.get("limit").and_then(crate::value::as_i64).unwrap_or(0);
    if limit != 0 {
        pipeline.push(doc! { "$limit": limit.abs() });
    }
    pipeline.push(doc! { "$count": "count" });
    let mut reply = super::aggregate::run(ctx, &aggregate_command(view, cmd, pipeline))?;
    super::shared::cursor_reply::materialize(ctx, &mut reply);
    let n = first_batch(&reply)
        .first()
        .and_then(|d| d.get("count").and_then(crate::value::as_i64))
        .unwrap_or(0);
    Ok(doc! { "n": n as i32 })
}

/// `distinct` on a view: the key's values (array elements one by one)
/// gathered by `$group` (the caller orders them and drops duplicates).
pub fn distinct(ctx: &mut Ctx<'_>, cmd: &Document, view: &str, key: &str) -> Result<Vec<Bson>> {
    let mut pipeline = Vec::new();
    if let Some(q) = non_empty(cmd, "query") {
        pipeline.push(doc! { "$match": q.clone() });
    }
    let path = format!("${key}");
    pipeline.push(doc! { "$unwind": { "path": &path, "preserveNullAndEmptyArrays": true } });
    pipeline.push(doc! { "$group": { "_id": Bson::Null, "values": { "$addToSet": &path } } });
    let mut reply = super::aggregate::run(ctx, &aggregate_command(view, cmd, pipeline))?;
    super::shared::cursor_reply::materialize(ctx, &mut reply);
    Ok(first_batch(&reply)
        .first()
        .and_then(|d| d.get_array("values").ok().cloned())
        .unwrap_or_default())
}
