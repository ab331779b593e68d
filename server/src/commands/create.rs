//! `create`: creates a collection explicitly. Options whose behaviour is not
//! implemented yet (capped, validators, views, time series, clustered)
//! are refused rather than stored and ignored.

use super::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

const KNOWN: &[&str] = &[
    "capped",
    "size",
    "max",
    "autoIndexId",
    "idIndex",
    "validator",
    "validationLevel",
    "validationAction",
    "indexOptionDefaults",
    "viewOn",
    "pipeline",
    "collation",
    "timeseries",
    "expireAfterSeconds",
    "clusteredIndex",
    "changeStreamPreAndPostImages",
    "storageEngine",
    "encryptedFields",
    "flags",
];
const UNIMPLEMENTED: &[&str] = &[
    "viewOn",
    "timeseries",
    "clusteredIndex",
    "expireAfterSeconds",
    "encryptedFields",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "create")?;
    check_fields(cmd, "create", KNOWN)?;
    for f in UNIMPLEMENTED {
        if let Some(v) = cmd.get(*f) {
            if !matches!(v, Bson::Boolean(false) | Bson::Null) {
                return Err(Error::not_implemented(format!(
                    "create option '{f}' is not implemented yet"
                )));
            }
        }
    }
    let collation = match cmd.get("collation") {
        Some(c) => crate::value::collation::Collation::parse(c)?,
        None => None,
    };
    if cmd.get("capped").is_some_and(crate::value::truthy) {
        match cmd.get("size") {
            Some(v) if crate::value::as_i64(v).is_some_and(|n| n > 0) => {}
            Some(v) if crate::value::is_number(v) => {
                return Err(Error::new(
                    ErrorCode::InvalidOptions,
                    "size must be greater than 0",
                ))
            }
            _ => {
                return Err(Error::new(
                    ErrorCode::InvalidOptions,
                    "the 'size' field is required when 'capped' is true",
                ))
            }
        }
    }
    let mut options = Document::new();
    for (k, v) in cmd.iter().skip(1) {
        if KNOWN.contains(&k.as_str()) {
            options.insert(k.clone(), v.clone());
        }
    }
    // The default collation is stored resolved (every field filled in), as
    // listCollections shows it; a simple one is not stored at all.
    match &collation {
        Some(c) => options.insert("collation", c.spec().clone()),
        None => options.remove("collation"),
    };
    crate::storage::validation::check_options(&options)?;
    if options.contains_key("validator") {
        // mongod records the defaults next to a validator.
        for (f, default) in [("validationLevel", "strict"), ("validationAction", "error")] {
            if !options.contains_key(f) {
                options.insert(f, default);
            }
        }
    }
    if ctx.in_txn() {
        let (engine, db) = (&ctx.state.engine, ctx.db.clone());
        ctx.write(|t| engine.create_in_txn(t, &db, &coll, options.clone()))?;
    } else {
        ctx.state
            .engine
            .create_collection(&ctx.db, &coll, options)?;
    }
    ctx.wrote();
    Ok(Document::new())
}
