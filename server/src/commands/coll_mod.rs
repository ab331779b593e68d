//! `collMod`: changes a collection's options after creation — its document
//! validation rules (`validator`, `validationLevel`, `validationAction`),
//! an index's `hidden` flag, and a capped collection's limits. The new
//! metadata is written to the catalog in one transaction and then published,
//! so concurrent commands see either the old or the new options.

use super::check_fields;
use crate::dispatch::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::validation;
use bson::{Bson, Document};
use std::sync::Arc;

const KNOWN: &[&str] = &[
    "validator",
    "validationLevel",
    "validationAction",
    "index",
    "cappedSize",
    "cappedMax",
    "viewOn",
    "pipeline",
    "expireAfterSeconds",
    "changeStreamPreAndPostImages",
    "timeseries",
    "dryRun",
    "writeConcern",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "collMod")?;
    check_fields(cmd, "collMod", KNOWN)?;
    for f in ["viewOn", "pipeline", "expireAfterSeconds", "timeseries"] {
        if cmd.contains_key(f) {
            return Err(Error::not_implemented(format!(
                "collMod option '{f}' is not implemented yet"
            )));
        }
    }
    let engine = &ctx.state.engine;
    let _g = engine.ddl_lock();
    let Some(meta) = engine.collection(&ctx.db, &coll) else {
        return Err(Error::new(
            ErrorCode::NamespaceNotFound,
            format!("ns does not exist: {}.{coll}", ctx.db),
        ));
    };
    let mut options = meta.options.clone();
    let mut reply = Document::new();
    for f in ["validator", "validationLevel", "validationAction"] {
        if let Some(v) = cmd.get(f) {
            options.insert(f, v.clone());
        }
    }
    if options.contains_key("validator") {
        // mongod records the defaults next to a validator.
        for (f, default) in [("validationLevel", "strict"), ("validationAction", "error")] {
            if !options.contains_key(f) {
                options.insert(f, default);
            }
        }
    }
    validation::check_options(&options)?;
    if cmd.contains_key("cappedSize") || cmd.contains_key("cappedMax") {
        if !meta.is_capped() {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!("collection {}.{coll} is not capped", ctx.db),
            ));
        }
        if let Some(v) = cmd.get("cappedSize") {
            match crate::bsonutil::as_i64(v) {
                Some(n) if n > 0 => options.insert("size", n),
                _ => return Err(Error::bad_value("cappedSize must be greater than 0")),
            };
        }
        if let Some(v) = cmd.get("cappedMax") {
            match crate::bsonutil::as_i64(v) {
                Some(n) if n >= 0 => options.insert("max", n),
                _ => return Err(Error::bad_value("cappedMax must be non-negative")),
            };
        }
    }
    let mut indexes = meta.indexes.clone();
    if let Some(spec) = cmd.get("index") {
        let Bson::Document(spec) = spec else {
            return Err(Error::field_type("collMod", "index", spec, "object"));
        };
        let target = match (spec.get("keyPattern"), spec.get("name")) {
            (Some(Bson::Document(k)), None) => indexes.iter_mut().find(|i| &i.key == k),
            (None, Some(Bson::String(n))) => indexes.iter_mut().find(|i| &i.name == n),
            _ => {
                return Err(Error::new(
                    ErrorCode::InvalidOptions,
                    "must specify either index name or key pattern",
                ))
            }
        };
        let Some(idx) = target else {
            return Err(Error::new(
                ErrorCode::IndexNotFound,
                format!("cannot find index {spec} for ns {}.{coll}", ctx.db),
            ));
        };
        for (k, v) in spec {
            match k.as_str() {
                "keyPattern" | "name" => {}
                "hidden" => {
                    let Bson::Boolean(hide) = v else {
                        return Err(Error::field_type("collMod.index", "hidden", v, "bool"));
                    };
                    if idx.name == "_id_" {
                        return Err(Error::bad_value("can't hide _id index"));
                    }
                    let old = idx.spec.get_bool("hidden").unwrap_or(false);
                    if old != *hide {
                        reply.insert("hidden_old", old);
                        reply.insert("hidden_new", *hide);
                    }
                    if *hide {
                        idx.spec.insert("hidden", true);
                    } else {
                        idx.spec.remove("hidden");
                    }
                }
                "expireAfterSeconds" => {
                    let Some(old) = idx.spec.get("expireAfterSeconds").cloned() else {
                        return Err(Error::new(
                            ErrorCode::InvalidOptions,
                            "no expireAfterSeconds field to update",
                        ));
                    };
                    let secs = crate::bsonutil::as_i64(v)
                        .filter(|s| (0..=i32::MAX as i64).contains(s))
                        .ok_or_else(|| {
                            Error::bad_value(format!(
                                "TTL index 'expireAfterSeconds' option must be within an acceptable range, rejecting value {v}"
                            ))
                        })?;
                    if crate::bsonutil::as_i64(&old) != Some(secs) {
                        reply.insert("expireAfterSeconds_old", old);
                        reply.insert("expireAfterSeconds_new", secs);
                    }
                    idx.spec.insert("expireAfterSeconds", secs);
                    idx.expire_after = Some(secs);
                }
                other => {
                    return Err(Error::not_implemented(format!(
                        "collMod index option '{other}' is not implemented yet"
                    )))
                }
            }
        }
    }
    if cmd.get("dryRun").is_some_and(crate::bsonutil::truthy) {
        return Ok(reply);
    }
    let new_meta = meta.with_indexes(indexes).with_options(options);
    engine.with_txn(false, |txn| engine.stage_meta(txn, &new_meta))?;
    engine.publish(Arc::new(new_meta));
    ctx.wrote();
    Ok(reply)
}
