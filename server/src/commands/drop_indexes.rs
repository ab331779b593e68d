//! `dropIndexes`: drops indexes by name, list of names, key pattern or "*"
//! (all but `_id_`).

use super::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};
use std::sync::Arc;

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "dropIndexes")?;
    check_fields(cmd, "dropIndexes", &["index"])?;
    let engine = &ctx.state.engine;
    let ns = format!("{}.{coll}", ctx.db);
    let _g = engine.ddl_lock();
    let meta = engine
        .collection(&ctx.db, &coll)
        .ok_or_else(|| Error::new(ErrorCode::NamespaceNotFound, format!("ns not found {ns}")))?;
    let was = meta.indexes.len() as i32;
    let names: Vec<String> = match cmd.get("index") {
        Some(Bson::String(s)) if s == "*" => meta
            .indexes
            .iter()
            .filter(|i| i.name != "_id_")
            .map(|i| i.name.clone())
            .collect(),
        Some(Bson::String(s)) => vec![s.clone()],
        Some(Bson::Array(a)) => a
            .iter()
            .map(|v| match v {
                Bson::String(s) => Ok(s.clone()),
                v => Err(crate::value::field_type_error(
                    "dropIndexes",
                    "index",
                    v,
                    "string",
                )),
            })
            .collect::<Result<_>>()?,
        Some(Bson::Document(key)) => match meta.indexes.iter().find(|i| &i.key == key) {
            Some(i) => vec![i.name.clone()],
            None => {
                return Err(Error::new(
                    ErrorCode::IndexNotFound,
                    format!("can't find index with key: {key}"),
                ))
            }
        },
        Some(v) => {
            return Err(crate::value::field_type_error(
                "dropIndexes",
                "index",
                v,
                "string",
            ))
        }
        None => return Err(Error::missing_field("dropIndexes", "index")),
    };
    for n in &names {
        if n == "_id_" {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                "cannot drop _id index",
            ));
        }
        if !meta.indexes.iter().any(|i| &i.name == n) {
            return Err(Error::new(
                ErrorCode::IndexNotFound,
                format!("index not found with name [{n}]"),
            ));
        }
    }
    let (drop, keep): (Vec<_>, Vec<_>) = meta
        .indexes
        .iter()
        .cloned()
        .partition(|i| names.contains(&i.name));
    let new_meta = meta.with_indexes(keep);
    engine.with_txn(false, |txn| {
        engine.stage_meta(txn, &new_meta)?;
        for i in &drop {
            txn.log_command(
                &new_meta.db,
                Some(new_meta.uuid),
                bson::doc! { "dropIndexes": &new_meta.name, "index": &i.name },
                Some(i.spec.clone()),
            )?;
        }
        Ok(())
    })?;
    engine.publish(Arc::new(new_meta));
    engine.drop_tables(drop.into_iter().map(|i| i.table).collect());
    ctx.wrote();
    Ok(doc! { "nIndexesWas": was })
}
