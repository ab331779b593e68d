//! `update`: each statement (`q`, `u`, `upsert`, `multi`) runs in its own
//! transaction; results are `n` (matched), `nModified` (actually changed),
//! `upserted` ({index, _id}) and per-statement `writeErrors`.

use super::check_fields;
use super::find::{collated_vars, command_collation};
use super::shared::matching::find_matches;
use super::shared::modification::Modification;
use crate::commands::args::opt_bool;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::state::OpCounters;
use crate::update::upsert_seed;
use crate::value::truthy;
use bson::{doc, Bson, Document};
use std::sync::Arc;

const KNOWN: &[&str] = &["updates", "ordered", "bypassDocumentValidation", "let"];
const STMT_KNOWN: &[&str] = &[
    "q",
    "u",
    "upsert",
    "multi",
    "arrayFilters",
    "collation",
    "hint",
    "c",
    "sort",
    "upsertSupplied",
];

/// The outcome of one update statement.
#[derive(Default)]
pub struct Outcome {
    pub matched: i32,
    pub modified: i32,
    pub upserted: Option<Bson>,
    /// A multi-document update outside a transaction that failed part way:
    /// the documents before the failure stay updated, as in mongod.
    pub failed: Option<Error>,
}

/// Runs one update statement.
pub fn update_one_stmt(
    ctx: &mut Ctx<'_>,
    coll: &str,
    stmt: &Document,
    vars: &Arc<Vars>,
) -> Result<Outcome> {
    for k in stmt.keys() {
        if !STMT_KNOWN.contains(&k.as_str()) {
            return Err(Error::unknown_field("update.updates", k));
        }
    }
    let q = match stmt.get("q") {
        Some(Bson::Document(d)) => d.clone(),
        Some(v) => {
            return Err(crate::value::field_type_error(
                "update.updates",
                "q",
                v,
                "object",
            ))
        }
        None => return Err(Error::missing_field("update.updates", "q")),
    };
    let u = stmt
        .get("u")
        .ok_or_else(|| Error::missing_field("update.updates", "u"))?;
    let upsert = stmt.get("upsert").is_some_and(truthy);
    let multi = stmt.get("multi").is_some_and(truthy);
    let collation = command_collation(stmt, ctx.state.engine.collection(&ctx.db, coll).as_deref())?;
    let vars = &collated_vars(vars, collation.clone());
    let spec = Modification::parse(u, &q, stmt.get("arrayFilters"), vars.clone())?;
    if multi && spec.is_replacement() {
        return Err(Error::failed_to_parse(
            "multi update is not supported for replacement-style update",
        ));
    }
    let filter = Filter::parse_with_vars(&q, vars)?;
    // mongod 8.0: updateOne/replaceOne may pick the document by a sort.
    let sort = match stmt.get("sort") {
        None => None,
        Some(Bson::Document(d)) if multi && !d.is_empty() => {
            return Err(Error::failed_to_parse(
                "Cannot specify sort with multi=true",
            ))
        }
        Some(Bson::Document(d)) => Some(SortSpec::parse(d)?.with_collation(collation)),
        Some(v) => {
            return Err(crate::value::field_type_error(
                "update.updates",
                "sort",
                v,
                "object",
            ))
        }
    };
    let engine = &ctx.state.engine;
    let meta = if upsert {
        let db = ctx.db.clone();
        ctx.ensure_collection(&db, coll)?
    } else {
        match engine.collection(&ctx.db, coll) {
            Some(m) => m,
            None => return Ok(Outcome::default()),
        }
    };
    super::find::check_hint(&meta, stmt.get("hint"))?;
    if multi && !ctx.in_txn() {
        if let Some(out) = update_each(ctx, &meta, &filter, &spec, stmt.get("hint"))? {
            return Ok(out);
        }
    }
    ctx.write(|txn| {
        let matches = find_matches(txn, &meta, &filter, !multi, sort.as_ref(), stmt.get("hint"))?;
        if matches.is_empty() {
            if !upsert {
                return Ok(Outcome::default());
            }
            let seed = upsert_seed(&q)?;
            let new = super::insert::prepare_for_insert(spec.apply(&seed, true)?)?;
            txn.insert(&meta, &new)?;
            return Ok(Outcome {
                upserted: new.get("_id").cloned(),
                ..Outcome::default()
            });
        }
        let (mut matched, mut modified) = (0, 0);
        for (rid, old) in matches {
            matched += 1;
            let new = spec.apply(&old, false)?;
            if !crate::value::same_bytes(&new, &old) {
                if crate::value::doc_size(&new) > crate::wire::MAX_BSON_OBJECT_SIZE {
                    return Err(Error::new(
                        ErrorCode::BSONObjectTooLarge,
                        "Resulting document after update is larger than 16777216",
                    ));
                }
                if spec.is_replacement() {
                    txn.replace(&meta, rid, &old, &new)?;
                } else {
                    txn.update(&meta, rid, &old, &new)?;
                }
                modified += 1;
            }
        }
        Ok(Outcome {
            matched,
            modified,
            ..Outcome::default()
        })
    })
}

/// A multi-document update outside a transaction: the matching documents
/// are found in one snapshot, then each is updated in a write of its own
/// (re-read and re-checked against the filter), so a failure part way
/// keeps the updates before it, as mongod's per-document writes do.
fn update_each(
    ctx: &mut Ctx<'_>,
    meta: &Arc<crate::storage::CollMeta>,
    filter: &Filter,
    spec: &Modification,
    hint: Option<&Bson>,
) -> Result<Option<Outcome>> {
    let matches = ctx.read(|txn| find_matches(txn, meta, filter, false, None, hint))?;
    if matches.is_empty() {
        return Ok(None);
    }
    let mut out = Outcome::default();
    // The write concern is waited for once, after the last document (as
    // mongod does), not after each.
    let journal = std::mem::replace(&mut ctx.journal, false);
    for (rid, _) in matches {
        let r = ctx.write(|txn| {
            let Some(old) = txn.get(meta, rid)? else {
                return Ok((0, 0));
            };
            if !filter.matches(&old)? {
                return Ok((0, 0));
            }
            let new = spec.apply(&old, false)?;
            if crate::value::same_bytes(&new, &old) {
                return Ok((1, 0));
            }
            if crate::value::doc_size(&new) > crate::wire::MAX_BSON_OBJECT_SIZE {
                return Err(Error::new(
                    ErrorCode::BSONObjectTooLarge,
                    "Resulting document after update is larger than 16777216",
                ));
            }
            txn.update(meta, rid, &old, &new)?;
            Ok((1, 1))
        });
        match r {
            Ok((m, md)) => {
                out.matched += m;
                out.modified += md;
            }
            Err(e) => {
                out.failed = Some(e);
                break;
            }
        }
    }
    ctx.journal = journal;
    if journal && out.matched > 0 {
        ctx.state.engine.flush_log()?;
    }
    Ok(Some(out))
}

/// mongod reads every update pipeline's stage names before running any
/// statement: a name it does not know fails the whole command (40324),
/// while a known stage that updates may not use fails only its statement.
fn refuse_unknown_stages(updates: &[Bson], vars: &Arc<crate::expr::Vars>) -> Result<()> {
    for stmt in updates {
        let Some(Bson::Array(stages)) = stmt.as_document().and_then(|s| s.get("u")) else {
            continue;
        };
        for stage in stages {
            let Some((name, arg)) = stage.as_document().and_then(|d| d.iter().next()) else {
                continue;
            };
            if let Err(e) = crate::agg::stages::parse(name, arg, vars, None) {
                if e.code == ErrorCode::Location(40324) {
                    return Err(e);
                }
            }
        }
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "update")?;
    check_fields(cmd, "update", KNOWN)?;
    let updates = super::required_array(cmd, "update", "updates")?;
    super::check_batch_len(updates.len())?;
    let ordered = opt_bool(cmd, "update", "ordered")?.unwrap_or(true);
    let vars = Arc::new(super::find::let_vars(cmd, "update")?);
    refuse_unknown_stages(updates, &vars)?;
    let (mut n, mut n_modified) = (0i32, 0i32);
    let mut upserted = Vec::new();
    let mut write_errors = Vec::new();
    for (i, stmt) in updates.iter().enumerate() {
        ctx.stmt_id = i as i32;
        let r = match stmt {
            Bson::Document(s) => update_one_stmt(ctx, &coll, s, &vars),
            v => Err(crate::value::field_type_error(
                "update", "updates", v, "object",
            )),
        };
        match r {
            Ok(o) => {
                n += o.matched;
                n_modified += o.modified;
                if let Some(id) = o.upserted {
                    n += 1;
                    upserted.push(Bson::Document(doc! { "index": i as i32, "_id": id }));
                }
                if let Some(e) = o.failed {
                    write_errors.push(Bson::Document(e.to_write_error(i)));
                    if ordered {
                        break;
                    }
                }
            }
            Err(e) if ctx.in_txn() => return Err(e),
            Err(e) => {
                write_errors.push(Bson::Document(e.to_write_error(i)));
                if ordered {
                    break;
                }
            }
        }
    }
    OpCounters::add(&ctx.state.op_counters.update, updates.len() as u64);
    if n_modified > 0 || !upserted.is_empty() {
        ctx.wrote();
    }
    let mut reply = doc! { "n": n, "nModified": n_modified };
    if !upserted.is_empty() {
        reply.insert("upserted", upserted);
    }
    if !write_errors.is_empty() {
        reply.insert("writeErrors", write_errors);
    }
    Ok(reply)
}
