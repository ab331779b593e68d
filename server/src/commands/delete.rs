//! `delete`: each statement (`q`, `limit` 0 = all or 1 = one) runs in its own
//! transaction; the reply counts deleted documents in `n`.

use super::check_fields;
use super::find::{collated_vars, command_collation};
use super::shared::matching::find_matches;
use crate::commands::args::opt_bool;
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::expr::Vars;
use crate::query::Filter;
use crate::state::OpCounters;
use crate::value::as_i64;
use bson::{doc, Bson, Document};
use std::sync::Arc;

const KNOWN: &[&str] = &["deletes", "ordered", "let"];
const STMT_KNOWN: &[&str] = &["q", "limit", "collation", "hint"];

pub fn delete_stmt(
    ctx: &mut Ctx<'_>,
    coll: &str,
    stmt: &Document,
    vars: &Arc<Vars>,
) -> Result<i32> {
    for k in stmt.keys() {
        if !STMT_KNOWN.contains(&k.as_str()) {
            return Err(Error::unknown_field("delete.deletes", k));
        }
    }
    let q = match stmt.get("q") {
        Some(Bson::Document(d)) => d,
        Some(v) => {
            return Err(crate::value::field_type_error(
                "delete.deletes",
                "q",
                v,
                "object",
            ))
        }
        None => return Err(Error::missing_field("delete.deletes", "q")),
    };
    let limit = match stmt.get("limit") {
        Some(v) => match as_i64(v) {
            Some(0) => 0,
            Some(1) => 1,
            _ => {
                return Err(Error::failed_to_parse(format!(
                    "The limit field in delete objects must be 0 or 1. Got {v}"
                )))
            }
        },
        None => return Err(Error::missing_field("delete.deletes", "limit")),
    };
    let meta = ctx.state.engine.collection(&ctx.db, coll);
    let vars = collated_vars(vars, command_collation(stmt, meta.as_deref())?);
    let filter = Filter::parse_with_vars(q, &vars)?;
    let Some(meta) = meta else {
        return Ok(0);
    };
    super::find::check_hint(&meta, stmt.get("hint"))?;
    ctx.write(|txn| {
        let matches = find_matches(txn, &meta, &filter, limit == 1, None, stmt.get("hint"))?;
        for (rid, d) in &matches {
            txn.delete(&meta, *rid, d)?;
        }
        Ok(matches.len() as i32)
    })
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "delete")?;
    check_fields(cmd, "delete", KNOWN)?;
    let deletes = super::required_array(cmd, "delete", "deletes")?;
    super::check_batch_len(deletes.len())?;
    let ordered = opt_bool(cmd, "delete", "ordered")?.unwrap_or(true);
    let vars = Arc::new(super::find::let_vars(cmd, "delete")?);
    let mut n = 0;
    let mut write_errors = Vec::new();
    for (i, stmt) in deletes.iter().enumerate() {
        ctx.stmt_id = i as i32;
        let r = match stmt {
            Bson::Document(s) => delete_stmt(ctx, &coll, s, &vars),
            v => Err(crate::value::field_type_error(
                "delete", "deletes", v, "object",
            )),
        };
        match r {
            Ok(k) => n += k,
            Err(e) if ctx.in_txn() => return Err(e),
            Err(e) => {
                write_errors.push(Bson::Document(e.to_write_error(i)));
                if ordered {
                    break;
                }
            }
        }
    }
    OpCounters::add(&ctx.state.op_counters.delete, n as u64);
    if n > 0 {
        ctx.wrote();
    }
    let mut reply = doc! { "n": n };
    if !write_errors.is_empty() {
        reply.insert("writeErrors", write_errors);
    }
    Ok(reply)
}
