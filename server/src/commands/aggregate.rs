//! `aggregate`: runs a pipeline over a collection and returns a cursor.
//! A leading `$match` is applied while scanning.

use super::check_fields;
use super::cursor_reply::{cursor_batch_size, first_batch_reply};
use crate::agg::Pipeline;
use crate::cursor::Source;
use crate::dispatch::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};
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
        Some(Bson::String(_)) => super::collection_arg(cmd, "aggregate")?,
        Some(v) if crate::bsonutil::as_f64(v) == Some(1.0) => {
            return Err(Error::not_implemented("database-level aggregation ({aggregate: 1}) is not implemented yet"))
        }
        Some(v) => return Err(Error::new(ErrorCode::FailedToParse, format!("Invalid {{aggregate: ...}} argument: must be a collection name string or 1, not {}", crate::bsonutil::type_name(v)))),
        None => unreachable!("dispatch routes by the first field"),
    };
    check_fields(cmd, "aggregate", KNOWN)?;
    let pipeline = super::required_array(cmd, "aggregate", "pipeline")?;
    if cmd.get("explain").is_some_and(crate::bsonutil::truthy) {
        return Err(Error::not_implemented("explain is not implemented yet"));
    }
    if !cmd.contains_key("cursor") {
        return Err(Error::failed_to_parse(
            "The 'cursor' option is required, except for aggregate with the explain argument",
        ));
    }
    super::find::check_collation(cmd)?;
    let batch_size = cursor_batch_size(cmd, "aggregate")?;
    let vars = std::sync::Arc::new(super::find::let_vars(cmd, "aggregate")?);
    let pipeline = Pipeline::parse(pipeline, vars)?;
    let mut docs = Vec::new();
    if let Some(meta) = ctx.state.engine.collection(&ctx.db, &coll) {
        super::find::check_hint(&meta, cmd.get("hint"))?;
        let pre = pipeline.leading_match();
        let mut txn = ctx.state.engine.begin()?;
        txn.scan(&meta, i64::MIN, |_, d| {
            if pre.map_or(Ok(true), |f| f.matches(&d))? {
                docs.push(d);
            }
            Ok(ControlFlow::Continue(()))
        })?;
    }
    let out = pipeline.run(docs)?;
    let ns = format!("{}.{coll}", ctx.db);
    first_batch_reply(
        ctx,
        &ns,
        Source::Buffered(out.into()),
        batch_size,
        false,
        false,
    )
}
