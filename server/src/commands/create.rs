//! `create`: creates a collection explicitly, or a view (`viewOn`,
//! `pipeline`; see `shared::views`). Options whose behaviour is not
//! implemented yet (time series, clustered) are refused rather than stored
//! and ignored.

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
    if let Some(view_on) = cmd.get("viewOn") {
        return create_view(ctx, cmd, &coll, view_on, collation);
    }
    if cmd.contains_key("pipeline") {
        return Err(Error::new(
            ErrorCode::BadValue,
            "'pipeline' requires 'viewOn' to also be specified",
        ));
    }
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

/// Options a view may be created with (besides `viewOn` and `pipeline`).
const VIEW_OPTIONS: &[&str] = &["viewOn", "pipeline", "collation", "flags"];

/// `create` with `viewOn`: stores the view's definition in `system.views`.
fn create_view(
    ctx: &mut Ctx<'_>,
    cmd: &Document,
    name: &str,
    view_on: &Bson,
    collation: Option<std::sync::Arc<crate::value::collation::Collation>>,
) -> Result<Document> {
    use crate::commands::shared::views;
    if ctx.in_txn() {
        return Err(Error::new(
            ErrorCode::OperationNotSupportedInTransaction,
            "Cannot create a view in a multi-document transaction.",
        ));
    }
    for (k, _) in cmd.iter().skip(1) {
        if KNOWN.contains(&k.as_str()) && !VIEW_OPTIONS.contains(&k.as_str()) {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!("option not supported on a view: {k}"),
            ));
        }
    }
    crate::value::validate_coll_name(name)?;
    crate::value::validate_ns_length(&ctx.db, name)?;
    let engine = &ctx.state.engine;
    let db = ctx.db.clone();
    if engine.collection(&db, name).is_some() || views::get(engine, &db, name)?.is_some() {
        return Err(Error::new(
            ErrorCode::NamespaceExists,
            format!("Namespace already exists: {db}.{name}"),
        ));
    }
    let mut view = views::check_definition(engine, &db, name, view_on, cmd.get("pipeline"))?;
    view.collation = collation.map(|c| c.spec().clone());
    let record = views::definition_doc(&db, name, &view);
    let meta = ctx.ensure_collection(&db, views::SYSTEM_VIEWS)?;
    ctx.write(|t| t.insert(&meta, &record).map(|_| ()))?;
    ctx.wrote();
    Ok(Document::new())
}
