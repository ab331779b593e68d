//! `findAndModify`: finds one document (the first by `sort`), then removes
//! or updates it (or upserts), returning the old or `new` version, projected
//! by `fields`, with `lastErrorObject` describing what happened.

use super::check_fields;
use super::find::command_collation;
use super::shared::matching::find_matches;
use super::shared::modification::Modification;
use crate::commands::args::{opt_bool, opt_doc};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::query::projection::Projection;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::update::upsert_seed;
use bson::{doc, Bson, Document};

const KNOWN: &[&str] = &[
    "query",
    "sort",
    "remove",
    "update",
    "new",
    "fields",
    "upsert",
    "bypassDocumentValidation",
    "collation",
    "arrayFilters",
    "hint",
    "let",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let name = cmd.keys().next().cloned().unwrap_or_default();
    let coll = super::collection_arg(cmd, &name)?;
    check_fields(cmd, "findAndModify", KNOWN)?;
    let query = opt_doc(cmd, "findAndModify", "query")?
        .cloned()
        .unwrap_or_default();
    let collation = command_collation(cmd, ctx.state.engine.collection(&ctx.db, &coll).as_deref())?;
    let sort = SortSpec::parse(opt_doc(cmd, "findAndModify", "sort")?.unwrap_or(&Document::new()))?
        .with_collation(collation.clone());
    let fields = Projection::parse_with_query(
        opt_doc(cmd, "findAndModify", "fields")?.unwrap_or(&Document::new()),
        &query,
    )?;
    let remove = opt_bool(cmd, "findAndModify", "remove")?.unwrap_or(false);
    let return_new = opt_bool(cmd, "findAndModify", "new")?.unwrap_or(false);
    let upsert = opt_bool(cmd, "findAndModify", "upsert")?.unwrap_or(false);
    let mut vars = super::find::let_vars(cmd, "findAndModify")?;
    vars.collation = collation;
    let vars = std::sync::Arc::new(vars);
    let update = match cmd.get("update") {
        None | Some(Bson::Null) => None,
        Some(u) => Some(Modification::parse(
            u,
            &query,
            cmd.get("arrayFilters"),
            vars.clone(),
        )?),
    };
    match (remove, &update) {
        (true, Some(_)) => return Err(Error::failed_to_parse("Cannot specify both an update and remove=true")),
        (false, None) => return Err(Error::failed_to_parse("Either an update or remove=true must be specified")),
        (true, None) if upsert => return Err(Error::failed_to_parse("Cannot specify both upsert=true and remove=true")),
        (true, None) if return_new => return Err(Error::failed_to_parse("Cannot specify both new=true and remove=true; 'remove' always returns the deleted document")),
        _ => {}
    }
    let filter = Filter::parse_with_vars(&query, &vars)?;
    let engine = &ctx.state.engine;
    let meta = if upsert {
        let db = ctx.db.clone();
        ctx.ensure_collection(&db, &coll)?
    } else {
        match engine.collection(&ctx.db, &coll) {
            Some(m) => m,
            None => {
                let mut leo = doc! { "n": 0 };
                if !remove {
                    leo.insert("updatedExisting", false);
                }
                return Ok(doc! { "lastErrorObject": leo, "value": Bson::Null });
            }
        }
    };
    let project = |d: Document| -> Result<Document> {
        match &fields {
            Some(p) => p.apply(&d),
            None => Ok(d),
        }
    };
    super::find::check_hint(&meta, cmd.get("hint"))?;
    let (leo, value, wrote) = ctx.write(|txn| {
        let found = find_matches(txn, &meta, &filter, true, Some(&sort), cmd.get("hint"))?
            .into_iter()
            .next();
        match (found, &update) {
            (Some((rid, old)), None) => {
                txn.delete(&meta, rid, &old)?;
                Ok((doc! { "n": 1 }, Bson::Document(project(old)?), true))
            }
            (None, None) => Ok((doc! { "n": 0 }, Bson::Null, false)),
            (Some((rid, old)), Some(spec)) => {
                let new = spec.apply(&old, false)?;
                let changed = !crate::value::same_bytes(&new, &old);
                if changed && spec.is_replacement() {
                    txn.replace(&meta, rid, &old, &new)?;
                } else if changed {
                    txn.update(&meta, rid, &old, &new)?;
                }
                let v = if return_new { new } else { old };
                Ok((
                    doc! { "n": 1, "updatedExisting": true },
                    Bson::Document(project(v)?),
                    changed,
                ))
            }
            (None, Some(spec)) if upsert => {
                let seed = upsert_seed(&query)?;
                let new = super::insert::prepare_for_insert(spec.apply(&seed, true)?)?;
                txn.insert(&meta, &new)?;
                let id = new.get("_id").cloned().unwrap_or(Bson::Null);
                let v = if return_new {
                    Bson::Document(project(new)?)
                } else {
                    Bson::Null
                };
                Ok((
                    doc! { "n": 1, "updatedExisting": false, "upserted": id },
                    v,
                    true,
                ))
            }
            (None, Some(_)) => Ok((doc! { "n": 0, "updatedExisting": false }, Bson::Null, false)),
        }
    })?;
    if wrote {
        ctx.wrote();
    }
    Ok(doc! { "lastErrorObject": leo, "value": value })
}
