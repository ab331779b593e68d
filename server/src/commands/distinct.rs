//! `distinct`: the distinct values of `key` among documents matching
//! `query`. Array values contribute their elements; values are returned in
//! BSON order without duplicates (numerically equal numbers count once).

use super::check_fields;
use super::find::command_collation;
use crate::commands::args::opt_doc;
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::query::Filter;
use crate::value::compare::compare_with;
use crate::value::path::{collect, split};
use bson::{doc, Bson, Document};
use std::cmp::Ordering;
use std::ops::ControlFlow;

const KNOWN: &[&str] = &["key", "query", "collation", "hint", "readConcern"];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "distinct")?;
    check_fields(cmd, "distinct", KNOWN)?;
    let key = match cmd.get("key") {
        Some(Bson::String(s)) => s.clone(),
        Some(v) => {
            return Err(crate::value::field_type_error(
                "distinct", "key", v, "string",
            ))
        }
        None => return Err(Error::missing_field("distinct", "key")),
    };
    let query = opt_doc(cmd, "distinct", "query")?
        .cloned()
        .unwrap_or_default();
    let meta = ctx.state.engine.collection(&ctx.db, &coll);
    let collation = command_collation(cmd, meta.as_deref())?;
    let filter = Filter::parse_collated(&query, collation.clone())?;
    let mut values: Vec<Bson> = Vec::new();
    if meta.is_none() && super::shared::views::get(&ctx.state.engine, &ctx.db, &coll)?.is_some() {
        values = super::on_view::distinct(ctx, cmd, &coll, &key)?;
    }
    if let Some(meta) = meta {
        let path = split(&key);
        let plan = crate::planner::Plan::choose(&meta, &filter, None, cmd.get("hint"))?;
        ctx.read(|txn| {
            crate::planner::run(txn, &meta, &plan, &filter, |_, d| {
                let root = Bson::Document(d);
                let mut found = Vec::new();
                collect(&root, &path, &mut found);
                for v in found.into_iter().flatten() {
                    match v {
                        Bson::Array(a) => values.extend(a.iter().cloned()),
                        other => values.push(other.clone()),
                    }
                }
                Ok(ControlFlow::Continue(()))
            })
        })?;
    }
    // Values equal under the collation are one value (the first seen).
    let c = collation.as_deref();
    values.sort_by(|a, b| compare_with(a, b, c));
    values.dedup_by(|a, b| compare_with(a, b, c) == Ordering::Equal);
    Ok(doc! { "values": values })
}
