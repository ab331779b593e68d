//! `collMod`: changes a collection's options after creation — its document
//! validation rules (`validator`, `validationLevel`, `validationAction`),
//! an index's `hidden`, `expireAfterSeconds` and uniqueness options
//! (`prepareUnique`, `unique`, `forceNonUnique`: coll_mod_unique.rs), and a
//! capped collection's limits. The new metadata is written to the catalog in
//! one transaction and then published, so concurrent commands see either the
//! old or the new options; a uniqueness conversion rebuilds the index first.

mod unique;

use crate::commands::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::{validation, IndexMeta};
use bson::{Bson, Document};
use std::sync::Arc;
use unique::{Conversion, UniqueRequest};

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

/// The fields of collMod's `index` document (IDL `CollModIndex`).
const INDEX_KNOWN: &[&str] = &[
    "name",
    "keyPattern",
    "expireAfterSeconds",
    "hidden",
    "unique",
    "prepareUnique",
    "forceNonUnique",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = crate::commands::collection_arg(cmd, "collMod")?;
    check_fields(cmd, "collMod", KNOWN)?;
    if ctx.state.engine.collection(&ctx.db, &coll).is_none()
        && crate::commands::shared::views::get(&ctx.state.engine, &ctx.db, &coll)?.is_some()
    {
        return modify_view(ctx, cmd, &coll);
    }
    for f in ["viewOn", "pipeline"] {
        if cmd.contains_key(f) {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!("option not supported on a collection: {f}"),
            ));
        }
    }
    for f in ["expireAfterSeconds", "timeseries"] {
        if cmd.contains_key(f) {
            return Err(Error::not_implemented(format!(
                "collMod option '{f}' is not implemented yet"
            )));
        }
    }
    let index_spec = index_arg(cmd)?;
    let dry_run = cmd.get("dryRun").is_some_and(crate::value::truthy);
    if dry_run {
        check_dry_run(index_spec)?;
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
    // mongod counts the modifications: prepareUnique and a dry run must
    // come alone.
    let mut modifications = modify_options(cmd, &meta, &ctx.db, &coll, &mut options)?;
    let mut indexes = meta.indexes.clone();
    let mut reply = Document::new();
    let mut changed: Option<(usize, UniqueRequest)> = None;
    if let Some(spec) = index_spec {
        let ns = format!("{}.{coll}", ctx.db);
        let (pos, req, n) = modify_index(spec, &mut indexes, &mut reply, &ns)?;
        modifications += n;
        changed = Some((pos, req));
    }
    let req = changed.as_ref().map(|(_, r)| r);
    if req.is_some_and(|r| r.prepare.is_some()) && modifications > 1 {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "prepareUnique cannot be combined with any other modification.",
        ));
    }
    if dry_run {
        if modifications > 1 {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                "unique: true cannot be combined with any other modification in dry run mode.",
            ));
        }
        if let Some((pos, _)) = &changed {
            unique::check_duplicates(engine, &meta, &meta.indexes[*pos])?;
        }
        return Ok(Document::new());
    }
    let new_meta = meta.with_indexes(indexes).with_options(options);
    match changed {
        Some((
            pos,
            UniqueRequest {
                convert: Some(conversion),
                ..
            },
        )) => {
            if conversion == Conversion::ToUnique {
                unique::check_duplicates(engine, &meta, &meta.indexes[pos])?;
            }
            unique::convert(engine, meta, pos, conversion, new_meta)?;
        }
        _ => {
            let mut logged = cmd.clone();
            for f in crate::commands::args::GENERIC_FIELDS {
                logged.remove(*f);
            }
            logged.remove("dryRun");
            engine.with_txn(false, |txn| {
                engine.stage_meta(txn, &new_meta)?;
                txn.log_command(&ctx.db, Some(new_meta.uuid), logged.clone(), None)
            })?;
            engine.publish(Arc::new(new_meta));
        }
    }
    ctx.wrote();
    Ok(reply)
}

/// collMod's `index` document, with no field mongod does not know.
fn index_arg(cmd: &Document) -> Result<Option<&Document>> {
    match cmd.get("index") {
        None => Ok(None),
        Some(Bson::Document(d)) => {
            if let Some(k) = d.keys().find(|k| !INDEX_KNOWN.contains(&k.as_str())) {
                return Err(Error::unknown_field("collMod.index", k));
            }
            Ok(Some(d))
        }
        Some(v) => Err(crate::value::field_type_error(
            "collMod", "index", v, "object",
        )),
    }
}

/// mongod's dry run only checks a conversion to unique.
fn check_dry_run(index_spec: Option<&Document>) -> Result<()> {
    let Some(spec) = index_spec else {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "dry run mode requires an valid index modification.",
        ));
    };
    if unique::safe_bool(spec, "unique")? != Some(true) {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "dry run mode requires an index modification with unique: true.",
        ));
    }
    Ok(())
}

/// Applies collMod's validation and capped-size options to the collection's
/// options; returns how many modifications they are.
fn modify_options(
    cmd: &Document,
    meta: &crate::storage::CollMeta,
    db: &str,
    coll: &str,
    options: &mut Document,
) -> Result<usize> {
    let mut modifications = 0;
    for f in ["validator", "validationLevel", "validationAction"] {
        if let Some(v) = cmd.get(f) {
            options.insert(f, v.clone());
            modifications += 1;
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
    validation::check_options(options)?;
    if let Some(v) = cmd.get("changeStreamPreAndPostImages") {
        modifications += 1;
        if images_enabled(v)? {
            options.insert(
                "changeStreamPreAndPostImages",
                bson::doc! { "enabled": true },
            );
        } else {
            options.remove("changeStreamPreAndPostImages");
        }
    }
    if cmd.contains_key("cappedSize") || cmd.contains_key("cappedMax") {
        modifications += 1;
        if !meta.is_capped() {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!("collection {db}.{coll} is not capped"),
            ));
        }
        if let Some(v) = cmd.get("cappedSize") {
            match crate::value::as_i64(v) {
                Some(n) if n > 0 => options.insert("size", n),
                _ => return Err(Error::bad_value("cappedSize must be greater than 0")),
            };
        }
        if let Some(v) = cmd.get("cappedMax") {
            match crate::value::as_i64(v) {
                Some(n) if n >= 0 => options.insert("max", n),
                _ => return Err(Error::bad_value("cappedMax must be non-negative")),
            };
        }
    }
    Ok(modifications)
}

/// Reads `changeStreamPreAndPostImages: {enabled: <bool>}` (IDL
/// `ChangeStreamPreAndPostImagesOptions`).
pub fn images_enabled(v: &Bson) -> Result<bool> {
    const FIELD: &str = "changeStreamPreAndPostImages";
    let Bson::Document(d) = v else {
        return Err(crate::value::field_type_error(
            "collMod", FIELD, v, "object",
        ));
    };
    if let Some(k) = d.keys().find(|k| k.as_str() != "enabled") {
        return Err(Error::unknown_field(FIELD, k));
    }
    match d.get("enabled") {
        Some(Bson::Boolean(b)) => Ok(*b),
        Some(other) => Err(crate::value::field_type_error(
            FIELD, "enabled", other, "bool",
        )),
        None => Err(Error::missing_field(FIELD, "enabled")),
    }
}

/// The index collMod's `index` document names, by key pattern or by name
/// (ready indexes only; a key pattern must match exactly one).
fn find_index(
    spec: &Document,
    indexes: &[IndexMeta],
    ns: &str,
    modifications: usize,
) -> Result<usize> {
    let invalid = |m: &str| Error::new(ErrorCode::InvalidOptions, m);
    Ok(match (spec.get("keyPattern"), spec.get("name")) {
        (Some(_), Some(_)) => return Err(invalid("Cannot specify both key pattern and name.")),
        (None, None) => return Err(invalid("Must specify either index name or key pattern.")),
        _ if modifications == 0 => {
            return Err(invalid(
                "no expireAfterSeconds, hidden, unique, or prepareUnique field",
            ))
        }
        (Some(Bson::Document(k)), None) => {
            let found: Vec<usize> = (0..indexes.len())
                .filter(|&i| indexes[i].ready && &indexes[i].key == k)
                .collect();
            match found[..] {
                [i] => i,
                [] => {
                    return Err(Error::new(
                        ErrorCode::IndexNotFound,
                        format!("cannot find index {k} for ns {ns}"),
                    ))
                }
                [a, b, ..] => {
                    return Err(Error::new(
                        ErrorCode::AmbiguousIndexKeyPattern,
                        format!(
                            "index keyPattern {k} matches {} indexes, must use index name. Conflicting indexes:{}, {}",
                            found.len(),
                            indexes[a].spec,
                            indexes[b].spec
                        ),
                    ))
                }
            }
        }
        (None, Some(Bson::String(n))) => indexes
            .iter()
            .position(|i| i.ready && &i.name == n)
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::IndexNotFound,
                    format!("cannot find index {n} for ns {ns}"),
                )
            })?,
        (Some(v), None) => {
            return Err(crate::value::field_type_error(
                "collMod.index",
                "keyPattern",
                v,
                "object",
            ))
        }
        (None, Some(v)) => {
            return Err(crate::value::field_type_error(
                "collMod.index",
                "name",
                v,
                "string",
            ))
        }
    })
}

/// Applies collMod's `index` document to its index in `indexes`, adding
/// mongod's `<option>_old`/`<option>_new` fields to `reply` (in mongod's
/// order). Returns the index's position, its uniqueness request and how
/// many modifications the document asks for.
fn modify_index(
    spec: &Document,
    indexes: &mut [IndexMeta],
    reply: &mut Document,
    ns: &str,
) -> Result<(usize, UniqueRequest, usize)> {
    let invalid = |m: &str| Error::new(ErrorCode::InvalidOptions, m);
    let modifications = [
        "expireAfterSeconds",
        "hidden",
        "unique",
        "prepareUnique",
        "forceNonUnique",
    ]
    .iter()
    .filter(|f| spec.contains_key(f))
    .count();
    let hidden = unique::safe_bool(spec, "hidden")?;
    let pos = find_index(spec, indexes, ns, modifications)?;
    let idx = &indexes[pos];
    let mut new_spec = idx.spec.clone();
    if let Some(v) = spec.get("expireAfterSeconds") {
        let Some(old) = idx.spec.get("expireAfterSeconds").cloned() else {
            return Err(invalid("no expireAfterSeconds field to update"));
        };
        let secs = crate::value::as_i64(v)
            .filter(|s| (0..=i32::MAX as i64).contains(s))
            .ok_or_else(|| {
                Error::bad_value(format!(
                    "TTL index 'expireAfterSeconds' option must be within an acceptable range, rejecting value {v}"
                ))
            })?;
        if crate::value::as_i64(&old) != Some(secs) {
            reply.insert("expireAfterSeconds_old", old);
            reply.insert("expireAfterSeconds_new", secs);
        }
        new_spec.insert("expireAfterSeconds", secs);
    }
    let req = unique::parse(spec, idx)?;
    if let Some(hide) = hidden {
        if idx.name == "_id_" {
            return Err(Error::bad_value("can't hide _id index"));
        }
        let old = idx.spec.get_bool("hidden").unwrap_or(false);
        if old != hide {
            reply.insert("hidden_old", old);
            reply.insert("hidden_new", hide);
        }
        if hide {
            new_spec.insert("hidden", true);
        } else {
            new_spec.remove("hidden");
        }
    }
    if req.convert == Some(Conversion::ToUnique) {
        reply.insert("unique_new", true);
    }
    if let Some(p) = req.prepare {
        reply.insert("prepareUnique_old", idx.prepare_unique);
        reply.insert("prepareUnique_new", p);
    }
    if req.convert == Some(Conversion::ToNonUnique) {
        reply.insert("forceNonUnique_new", true);
    }
    unique::apply_to_spec(&req, &mut new_spec);
    let mut fresh = IndexMeta::from_spec(new_spec, idx.table.clone());
    fresh.accesses = idx.accesses.clone();
    fresh.multikey = idx.multikey.clone();
    fresh.since = idx.since;
    indexes[pos] = fresh;
    Ok((pos, req, modifications))
}

/// collMod on a view: a new source and pipeline (both must be given), the
/// definition in `system.views` replaced.
fn modify_view(ctx: &mut Ctx<'_>, cmd: &Document, name: &str) -> Result<Document> {
    use crate::commands::shared::views;
    for (k, _) in cmd.iter().skip(1) {
        if KNOWN.contains(&k.as_str())
            && !matches!(k.as_str(), "viewOn" | "pipeline" | "writeConcern")
        {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!("option not supported on a view: {k}"),
            ));
        }
    }
    let (Some(view_on), Some(pipeline)) = (cmd.get("viewOn"), cmd.get("pipeline")) else {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "must specify both 'viewOn' and 'pipeline' when modifying a view",
        ));
    };
    let engine = &ctx.state.engine;
    let db = ctx.db.clone();
    let old = views::get(engine, &db, name)?;
    let mut view = views::check_definition(engine, &db, name, view_on, Some(pipeline))?;
    view.collation = old.and_then(|v| v.collation);
    let record = views::definition_doc(&db, name, &view);
    let meta = ctx.ensure_collection(&db, views::SYSTEM_VIEWS)?;
    let id = Bson::String(format!("{db}.{name}"));
    ctx.write(|t| match t.find_by_id(&meta, &id)? {
        Some((rid, d)) => t.replace(&meta, rid, &d, &record),
        None => Err(views::not_a_collection(&db, name)),
    })?;
    ctx.wrote();
    Ok(Document::new())
}
