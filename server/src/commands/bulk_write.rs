//! `bulkWrite` (8.0, run against admin): inserts, updates and deletes
//! across namespaces in one command. Each operation runs like the matching
//! statement of `insert`/`update`/`delete`; results come back as a cursor of
//! per-operation replies (or only the errors with `errorsOnly`), with
//! totals beside it.

use super::split_ns;
use crate::commands::args::opt_bool;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::value::truthy;
use bson::{doc, Bson, Document};
use std::sync::Arc;

const KNOWN: &[&str] = &[
    "ops",
    "nsInfo",
    "ordered",
    "errorsOnly",
    "bypassDocumentValidation",
    "let",
    "cursor",
];

#[derive(Default)]
struct Totals {
    inserted: i64,
    matched: i64,
    modified: i64,
    upserted: i64,
    deleted: i64,
    errors: i64,
}

fn namespace(ns_info: &[(String, String)], op: &Document, kind: &str) -> Result<(String, String)> {
    let idx = op.get(kind).and_then(crate::value::as_i64).ok_or_else(|| {
        Error::failed_to_parse(format!(
            "BSON field 'bulkWrite.ops.{kind}' must be a namespace index"
        ))
    })?;
    ns_info.get(idx as usize).cloned().ok_or_else(|| {
        Error::bad_value(format!(
            "BulkWrite ops entry {idx} has an invalid nsInfo index"
        ))
    })
}

/// Runs one operation; returns its reply fields.
fn run_op(
    ctx: &mut Ctx<'_>,
    op: &Document,
    ns_info: &[(String, String)],
    vars: &Arc<Vars>,
    t: &mut Totals,
) -> Result<Document> {
    let kind = op.keys().next().cloned().unwrap_or_default();
    match kind.as_str() {
        "insert" => {
            let (db, coll) = namespace(ns_info, op, "insert")?;
            let Some(Bson::Document(d)) = op.get("document") else {
                return Err(Error::missing_field("bulkWrite.ops", "document"));
            };
            let d = super::insert::prepare_for_insert(d.clone())?;
            let meta = ctx.ensure_collection(&db, &coll)?;
            ctx.write(|txn| {
                txn.insert(&meta, &d)?;
                txn.trim_capped(&meta)
            })?;
            t.inserted += 1;
            Ok(doc! { "n": 1 })
        }
        "update" => {
            let (db, coll) = namespace(ns_info, op, "update")?;
            let u = op
                .get("updateMods")
                .cloned()
                .ok_or_else(|| Error::missing_field("bulkWrite.ops", "updateMods"))?;
            let mut stmt = doc! {
                "q": op.get_document("filter").cloned().unwrap_or_default(),
                "u": u,
                "multi": op.get("multi").is_some_and(truthy),
                "upsert": op.get("upsert").is_some_and(truthy),
            };
            for k in ["arrayFilters", "hint", "collation", "sort"] {
                if let Some(v) = op.get(k) {
                    stmt.insert(k, v.clone());
                }
            }
            let saved = std::mem::replace(&mut ctx.db, db);
            let r = super::update::update_one_stmt(ctx, &coll, &stmt, vars);
            ctx.db = saved;
            let o = r?;
            t.matched += o.matched as i64;
            t.modified += o.modified as i64;
            let mut reply =
                doc! { "n": o.matched + o.upserted.is_some() as i32, "nModified": o.modified };
            if let Some(id) = o.upserted {
                t.upserted += 1;
                reply.insert("upserted", doc! { "_id": id });
            }
            Ok(reply)
        }
        "delete" => {
            let (db, coll) = namespace(ns_info, op, "delete")?;
            let mut stmt = doc! {
                "q": op.get_document("filter").cloned().unwrap_or_default(),
                "limit": i32::from(!op.get("multi").is_some_and(truthy)),
            };
            for k in ["hint", "collation"] {
                if let Some(v) = op.get(k) {
                    stmt.insert(k, v.clone());
                }
            }
            let saved = std::mem::replace(&mut ctx.db, db);
            let r = super::delete::delete_stmt(ctx, &coll, &stmt, vars);
            ctx.db = saved;
            let n = r?;
            t.deleted += n as i64;
            Ok(doc! { "n": n })
        }
        other => Err(Error::failed_to_parse(format!(
            "Unrecognized bulkWrite operation: {other}"
        ))),
    }
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    super::check_fields(cmd, "bulkWrite", KNOWN)?;
    let ops = super::required_array(cmd, "bulkWrite", "ops")?;
    let ns_info: Vec<(String, String)> = super::required_array(cmd, "bulkWrite", "nsInfo")?
        .iter()
        .map(|e| match e {
            Bson::Document(d) => split_ns(
                d.get_str("ns")
                    .map_err(|_| Error::missing_field("bulkWrite.nsInfo", "ns"))?,
            ),
            v => Err(crate::value::field_type_error(
                "bulkWrite",
                "nsInfo",
                v,
                "object",
            )),
        })
        .collect::<Result<_>>()?;
    super::check_batch_len(ops.len())?;
    let ordered = opt_bool(cmd, "bulkWrite", "ordered")?.unwrap_or(true);
    let errors_only = opt_bool(cmd, "bulkWrite", "errorsOnly")?.unwrap_or(false);
    let vars = Arc::new(super::find::let_vars(cmd, "bulkWrite")?);
    let mut totals = Totals::default();
    let mut results: Vec<Bson> = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        ctx.stmt_id = i as i32;
        let Bson::Document(op) = op else {
            return Err(crate::value::field_type_error(
                "bulkWrite",
                "ops",
                op,
                "object",
            ));
        };
        match run_op(ctx, op, &ns_info, &vars, &mut totals) {
            Ok(mut r) => {
                if !errors_only {
                    let mut d = doc! { "ok": 1.0, "idx": i as i32 };
                    d.extend(std::mem::take(&mut r));
                    results.push(Bson::Document(d));
                }
            }
            Err(e) if ctx.in_txn() => return Err(e),
            Err(e) => {
                totals.errors += 1;
                let mut d = doc! { "ok": 0.0, "idx": i as i32, "code": e.code.code(), "codeName": e.code.name().into_owned(), "errmsg": e.message.clone() };
                d.extend(e.extra.iter().map(|(k, v)| (k.clone(), v.clone())));
                if e.code == ErrorCode::DuplicateKey
                    || matches!(
                        op.keys().next().map(String::as_str),
                        Some("update" | "delete")
                    )
                {
                    d.insert("n", 0);
                }
                results.push(Bson::Document(d));
                if ordered {
                    break;
                }
            }
        }
    }
    if totals.inserted + totals.modified + totals.upserted + totals.deleted > 0 {
        ctx.wrote();
    }
    // The results cursor's batches respect the reply size limit, so large
    // results (e.g. big upserted ids) continue through getMore.
    let batch_size = super::shared::cursor_reply::cursor_batch_size(cmd, "bulkWrite")?;
    let docs = results
        .into_iter()
        .filter_map(|r| match r {
            Bson::Document(d) => Some(d),
            _ => None,
        })
        .collect();
    let mut reply = super::shared::cursor_reply::first_batch_reply(
        ctx,
        "admin.$cmd.bulkWrite",
        crate::cursor::Source::Buffered(docs),
        batch_size,
        false,
        false,
    )?;
    reply.extend(doc! {
        "nErrors": totals.errors,
        "nInserted": totals.inserted,
        "nMatched": totals.matched,
        "nModified": totals.modified,
        "nUpserted": totals.upserted,
        "nDeleted": totals.deleted,
    });
    Ok(reply)
}
