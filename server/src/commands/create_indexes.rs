//! `createIndexes`: validates index specs, builds each new index over the
//! existing documents and records it in the catalog, in one transaction per
//! index. Wildcard specs are checked by `index::wildcard`. Index types whose
//! semantics are not implemented yet (text, geo) are refused.

use super::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::index::wildcard;
use crate::storage::CollMeta;
use crate::value::{as_f64, is_number};
use bson::{doc, Bson, Document};

const KNOWN: &[&str] = &[
    "indexes",
    "commitQuorum",
    "ignoreUnknownIndexOptions",
    "isTimeseriesNamespace",
];
const SPEC_KNOWN: &[&str] = &[
    "key",
    "name",
    "unique",
    "background",
    "v",
    "hidden",
    "ns",
    "sparse",
    "partialFilterExpression",
    "expireAfterSeconds",
    "collation",
    "weights",
    "default_language",
    "language_override",
    "textIndexVersion",
    "2dsphereIndexVersion",
    "bits",
    "min",
    "max",
    "wildcardProjection",
    "storageEngine",
    "dropDups",
    "prepareUnique",
];

fn spec_error(spec: &Document, why: &str) -> Error {
    Error::new(
        ErrorCode::CannotCreateIndex,
        format!("Error in specification {spec} :: caused by :: {why}"),
    )
}

/// An error from a spec check, in mongod's "Error in specification" context.
fn in_spec(spec: &Document, e: Error) -> Error {
    Error::new(
        e.code,
        format!(
            "Error in specification {spec} :: caused by :: {}",
            e.message
        ),
    )
}

/// Validates one spec and returns it normalized (v: 2 first, then key, name).
fn validate(spec: &Document) -> Result<Document> {
    for k in spec.keys() {
        if !SPEC_KNOWN.contains(&k.as_str()) {
            return Err(Error::new(ErrorCode::InvalidIndexSpecificationOption, format!("The field '{k}' is not valid for an index specification. Specification: {spec}")));
        }
    }
    let key = match spec.get("key") {
        Some(Bson::Document(k)) if !k.is_empty() => k.clone(),
        Some(Bson::Document(_)) => return Err(spec_error(spec, "Index keys cannot be empty.")),
        _ => return Err(Error::failed_to_parse(format!("Error in specification {spec} :: caused by :: The 'key' field is a required property of an index specification"))),
    };
    let plugin = key.values().find_map(Bson::as_str);
    let wildcard_index = plugin.is_none() && key.keys().any(|f| wildcard::is_wildcard_field(f));
    if !wildcard_index && spec.contains_key("wildcardProjection") {
        // Refused whatever else the key pattern holds.
        wildcard::validate(spec, &key).map_err(|e| in_spec(spec, e))?;
    }
    for (f, v) in &key {
        // "$**" is a wildcard component, or with "text" a text index; in an
        // index of any other plugin it is an illegal field name.
        if wildcard::is_wildcard_field(f)
            && plugin.is_some()
            && !(f == "$**" && v.as_str() == Some("text"))
        {
            return Err(spec_error(
                spec,
                "Index key contains an illegal field name: field name starts with '$'.",
            ));
        }
        if f.is_empty() {
            return Err(spec_error(spec, "Index keys cannot be an empty field."));
        }
        match v {
            Bson::String(t) if t == "hashed" => {}
            Bson::String(t) if t == "wildcard" => return Err(spec_error(spec, "The key pattern value for an 'wildcard' index must be a non-zero number, not a string.")),
            Bson::String(t) if matches!(t.as_str(), "text" | "2d" | "2dsphere" | "geoHaystack") => return Err(Error::not_implemented(format!("'{t}' indexes are not implemented yet"))),
            Bson::String(t) => return Err(spec_error(spec, &format!("Unknown index plugin '{t}'"))),
            _ if is_number(v) && as_f64(v).is_some_and(|d| d != 0.0 && !d.is_nan()) => {}
            _ => return Err(spec_error(spec, &format!("Values in the index key pattern can only be positive numbers or negative numbers or 'text' or '2dsphere' or 'hashed' or '2d', found {f}: {v}"))),
        }
        // Only the last component may be "$**" (and only in a wildcard or
        // text index, checked above); others starting with '$' may only be
        // part of a DBRef ($ref, $id, $db).
        let last = f.split('.').count() - 1;
        let illegal = f.split('.').enumerate().any(|(i, p)| {
            p.starts_with('$')
                && !(p == "$**" && i == last)
                && !(i > 0 && matches!(p, "$ref" | "$id" | "$db"))
        });
        if illegal {
            return Err(spec_error(
                spec,
                "Index key contains an illegal field name: field name starts with '$'.",
            ));
        }
    }
    let name = match spec.get("name") {
        Some(Bson::String(n)) if !n.is_empty() => n.clone(),
        Some(Bson::String(_)) => return Err(spec_error(spec, "index name cannot be empty")),
        Some(_) => return Err(Error::type_mismatch(format!("The field 'name' must be a string: {spec}"))),
        None => return Err(Error::failed_to_parse(format!("Error in specification {spec} :: caused by :: The 'name' field is a required property of an index specification"))),
    };
    if wildcard_index {
        wildcard::validate(spec, &key).map_err(|e| in_spec(spec, e))?;
        wildcard::check_options(spec)?;
    }
    check_special_options(spec, &key)?;
    if name == "_id_" && key != doc! { "_id": 1 } {
        return Err(spec_error(spec, "The index name '_id_' is reserved for the _id index, which must have key pattern {_id: 1}"));
    }
    let mut out = doc! { "v": 2, "key": key, "name": name };
    if spec.get("unique").is_some_and(crate::value::truthy) {
        out.insert("unique", true);
    }
    if spec.get("hidden").is_some_and(crate::value::truthy) {
        out.insert("hidden", true);
    }
    // `prepareUnique`: refuse new duplicate keys without being unique yet
    // (collMod converts such an index); meaningless next to `unique`.
    if spec.get("prepareUnique").is_some_and(crate::value::truthy) {
        if out.contains_key("unique") {
            return Err(spec_error(
                spec,
                "Cannot set both 'unique' and 'prepareUnique' on an index",
            ));
        }
        out.insert("prepareUnique", true);
    }
    for f in [
        "sparse",
        "partialFilterExpression",
        "expireAfterSeconds",
        "wildcardProjection",
    ] {
        if let Some(v) = spec.get(f) {
            out.insert(f, v.clone());
        }
    }
    // mongod builds every index in the background since 4.2 but still
    // records the option as given.
    if let Some(b) = spec.get("background") {
        out.insert("background", b.clone());
    }
    // The collation is recorded resolved; an explicit simple collation is
    // recorded as {locale: "simple"} until the collection default is applied.
    if let Some(c) = spec.get("collation") {
        let resolved = crate::value::collation::Collation::parse(c)?;
        out.insert("collation", crate::value::collation::spec_of(&resolved));
    }
    Ok(out)
}

/// mongod's rules for hashed, sparse, partial and TTL indexes.
fn check_special_options(spec: &Document, key: &Document) -> Result<()> {
    let hashed = key
        .values()
        .filter(|v| v.as_str() == Some("hashed"))
        .count();
    if hashed > 1 {
        return Err(spec_error(
            spec,
            "A maximum of one index field is allowed to be hashed",
        ));
    }
    if hashed == 1 && spec.get("unique").is_some_and(crate::value::truthy) {
        return Err(spec_error(
            spec,
            "Currently hashed indexes cannot guarantee uniqueness. Use a regular index.",
        ));
    }
    if spec.contains_key("sparse") && spec.contains_key("partialFilterExpression") {
        return Err(spec_error(
            spec,
            "cannot mix \"partialFilterExpression\" and \"sparse\" options",
        ));
    }
    if let Some(v) = spec.get("sparse") {
        if !matches!(v, Bson::Boolean(_)) && !is_number(v) {
            return Err(Error::type_mismatch(format!(
                "The field 'sparse' must be a boolean or number: {spec}"
            )));
        }
    }
    if let Some(f) = spec.get("partialFilterExpression") {
        let Bson::Document(f) = f else {
            return Err(Error::type_mismatch(format!(
                "The field 'partialFilterExpression' must be an object: {spec}"
            )));
        };
        check_partial(f, spec)?;
        crate::query::Filter::parse(f)?;
    }
    if let Some(v) = spec.get("expireAfterSeconds") {
        let secs = match v {
            _ if is_number(v) => as_f64(v).unwrap_or(f64::NAN),
            _ => {
                return Err(Error::type_mismatch(
                    "TTL index 'expireAfterSeconds' option must be numeric",
                ))
            }
        };
        if !(0.0..=i32::MAX as f64).contains(&secs) {
            return Err(spec_error(
                spec,
                &format!("TTL index 'expireAfterSeconds' option must be within an acceptable range, rejecting value {v}"),
            ));
        }
        if key.len() > 1 {
            return Err(spec_error(
                spec,
                "TTL indexes are single-field indexes, compound indexes do not support TTL.",
            ));
        }
        if key.contains_key("_id") {
            return Err(spec_error(
                spec,
                "The field 'expireAfterSeconds' is not valid for an _id index specification.",
            ));
        }
    }
    Ok(())
}

/// The operators a partial index filter may use (mongod's list).
fn check_partial(f: &Document, spec: &Document) -> Result<()> {
    for (k, v) in f {
        if let Some(op) = k.strip_prefix('$') {
            if !matches!(
                op,
                "and" | "or" | "in" | "eq" | "exists" | "gt" | "gte" | "lt" | "lte" | "type"
            ) {
                return Err(spec_error(
                    spec,
                    &format!("Expression not supported in partial index: ${op}"),
                ));
            }
        }
        match v {
            Bson::Document(d) if k.starts_with('$') || d.keys().any(|x| x.starts_with('$')) => {
                check_partial(d, spec)?;
            }
            Bson::Array(a) if k.starts_with('$') => {
                for e in a {
                    if let Bson::Document(d) = e {
                        check_partial(d, spec)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// createIndexes' `indexes`: a non-empty array of index specifications,
/// each checked as mongod checks it.
fn index_specs(cmd: &Document) -> Result<Vec<Document>> {
    let specs = match cmd.get("indexes") {
        Some(Bson::Array(a)) if !a.is_empty() => a,
        Some(Bson::Array(_)) => {
            return Err(Error::bad_value(
                "Must specify at least one index to create",
            ))
        }
        Some(v) => {
            return Err(crate::value::field_type_error(
                "createIndexes",
                "indexes",
                v,
                "array",
            ))
        }
        None => return Err(Error::missing_field("createIndexes", "indexes")),
    };
    let mut wanted = Vec::new();
    for s in specs {
        match s {
            Bson::Document(d) => wanted.push(validate(d)?),
            v => {
                return Err(crate::value::field_type_error(
                    "createIndexes",
                    "indexes",
                    v,
                    "object",
                ))
            }
        }
    }
    Ok(wanted)
}

/// Whether an index like `spec` already exists (then there is nothing to
/// build), or mongod's error when one conflicts with it. An index without a
/// collation gets the collection's default one first.
fn exists(meta: &CollMeta, spec: &mut Document) -> Result<bool> {
    // An index without a collation gets the collection's default one.
    match spec.get_document("collation") {
        Ok(c) if c.get_str("locale").ok() == Some("simple") => {
            spec.remove("collation");
        }
        Ok(_) => {}
        Err(_) => {
            if let Some(c) = meta.collation() {
                spec.insert("collation", c.spec().clone());
            }
        }
    }
    let collation = spec.get_document("collation").ok().cloned();
    let name = spec.get_str("name").unwrap_or_default().to_string();
    let key = spec.get_document("key").cloned().unwrap_or_default();
    let unique = spec.get_bool("unique").unwrap_or(false);
    if let Some(existing) = meta.indexes.iter().find(|i| i.name == name) {
        if existing.key == key
            && existing.unique == unique
            && existing.prepare_unique == spec.contains_key("prepareUnique")
            && existing.spec.get_document("collation").ok() == collation.as_ref()
            && existing.spec.get("wildcardProjection") == spec.get("wildcardProjection")
        {
            return Ok(true);
        }
        if existing.key == key
            && existing.unique == unique
            && existing.prepare_unique != spec.contains_key("prepareUnique")
        {
            return Err(Error::new(
                ErrorCode::IndexOptionsConflict,
                format!("An existing index has the same name as the requested index but different options. Requested index: {spec}, existing index: {}", existing.spec),
            ));
        }
        return Err(Error::new(
            ErrorCode::IndexKeySpecsConflict,
            format!("An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: {spec}, existing index: {}", existing.spec),
        ));
    }
    // Indexes on the same keys may coexist when their collations (or
    // wildcard projections) differ.
    if let Some(existing) = meta.indexes.iter().find(|i| {
        i.key == key
            && i.spec.get_document("collation").ok() == collation.as_ref()
            && i.spec.get("wildcardProjection") == spec.get("wildcardProjection")
    }) {
        if existing.unique == unique
            && existing.prepare_unique == spec.contains_key("prepareUnique")
        {
            return Err(Error::new(
                ErrorCode::IndexOptionsConflict,
                format!(
                    "Index already exists with a different name: {}",
                    existing.name
                ),
            ));
        }
        return Err(Error::new(
            ErrorCode::IndexKeySpecsConflict,
            format!(
                "An existing index has the same key pattern but different options: {}",
                existing.spec
            ),
        ));
    }
    Ok(false)
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "createIndexes")?;
    check_fields(cmd, "createIndexes", KNOWN)?;
    let wanted = index_specs(cmd)?;
    if ctx.in_txn() {
        return run_in_txn(ctx, &coll, wanted);
    }
    let engine = &ctx.state.engine;
    let created_coll = engine.collection(&ctx.db, &coll).is_none();
    // No metadata may be held while waiting for the DDL lock: an index
    // build in progress waits for every holder of the old metadata.
    drop(engine.ensure_collection(&ctx.db, &coll)?);
    let _g = engine.ddl_lock();
    let mut meta = engine.collection(&ctx.db, &coll).ok_or_else(|| {
        Error::new(
            ErrorCode::NamespaceNotFound,
            format!(
                "collection {}.{coll} was dropped during createIndexes",
                ctx.db
            ),
        )
    })?;
    let before = meta.indexes.len() as i32;
    let mut added = 0;
    for mut spec in wanted {
        if exists(&meta, &mut spec)? {
            continue;
        }
        // mongod allows 64 indexes per collection, the _id index included.
        if meta.indexes.len() >= 64 {
            return Err(Error::new(
                ErrorCode::CannotCreateIndex,
                format!(
                    "add index fails, too many indexes for {} key:{}",
                    meta.ns(),
                    spec.get_document("key").cloned().unwrap_or_default()
                ),
            ));
        }
        meta = super::shared::index_build::build(engine, meta, spec)?;
        added += 1;
    }
    ctx.wrote();
    Ok(reply(before, added, created_coll))
}

/// createIndexes in a multi-document transaction: mongod 8.0 builds indexes
/// there only on a collection that does not exist yet (created by the
/// command) or that the transaction created and left empty.
fn run_in_txn(ctx: &mut Ctx<'_>, coll: &str, wanted: Vec<Document>) -> Result<Document> {
    let (engine, db) = (&ctx.state.engine, ctx.db.clone());
    let existing = engine.collection(&db, coll);
    let created_coll = existing.is_none();
    let mut meta = ctx.write(|t| match &existing {
        None => engine.create_in_txn(t, &db, coll, Document::new()),
        Some(m) if engine.created_in_txn(t, &db, coll) => Ok(m.clone()),
        Some(m) => Err(Error::new(
            ErrorCode::OperationNotSupportedInTransaction,
            format!(
                "Cannot create new indexes on existing collection {} in a multi-document transaction.",
                m.ns()
            ),
        )),
    })?;
    let before = meta.indexes.len() as i32;
    let mut added = 0;
    for mut spec in wanted {
        if exists(&meta, &mut spec)? {
            continue;
        }
        let current = meta.clone();
        meta = ctx.write(|t| engine.create_index_in_txn(t, &current, spec.clone()))?;
        added += 1;
    }
    ctx.wrote();
    Ok(reply(before, added, created_coll))
}

/// createIndexes' reply, as mongod words it.
fn reply(before: i32, added: i32, created_coll: bool) -> Document {
    let mut r = doc! {
        "numIndexesBefore": before,
        "numIndexesAfter": before + added,
        "createdCollectionAutomatically": created_coll,
    };
    if added == 0 {
        r.insert("note", "all indexes already exist");
    }
    r
}
