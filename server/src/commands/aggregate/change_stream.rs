//! `aggregate` with a leading `$changeStream`: checks where a stream may be
//! opened (as mongod: not on `admin`/`config`/`local` or a system
//! collection, the whole cluster only from `admin` with
//! `allChangesForCluster`, never in a transaction or on a standalone
//! server), which stages may follow it, and returns the first batch of a
//! cursor that stays open until the stream is invalidated.

use super::super::shared::cursor_reply::first_batch_reply;
use crate::agg::change_stream::{ChangeStream, Options, Scope};
use crate::agg::Pipeline;
use crate::commands::Ctx;
use crate::cursor::Source;
use crate::error::{Error, ErrorCode, Result};
use bson::Bson;

/// Stages a change stream may run on its events.
const ALLOWED_AFTER: &[&str] = &[
    "$match",
    "$project",
    "$addFields",
    "$set",
    "$unset",
    "$replaceRoot",
    "$replaceWith",
    "$redact",
];

fn invalid_ns(msg: String) -> Error {
    Error::new(ErrorCode::InvalidNamespace, msg)
}

/// Which events the stream sees.
fn scope(ctx: &Ctx<'_>, coll: Option<&str>, options: &Options) -> Result<Scope> {
    let db = ctx.db.as_str();
    match coll {
        Some(c) => {
            if matches!(db, "admin" | "config" | "local") {
                return Err(invalid_ns(format!(
                    "$changeStream may not be opened on the internal {db} database"
                )));
            }
            if c.starts_with("system.") {
                return Err(invalid_ns(format!(
                    "$changeStream may not be opened on the internal {db}.{c} collection"
                )));
            }
            if options.all_changes_for_cluster {
                return Err(Error::new(
                    ErrorCode::Location(ALL_CHANGES_CODE),
                    "A $changeStream with 'allChangesForCluster:true' may only be opened on the 'admin' database, and with no collection name",
                ));
            }
            Ok(Scope::Collection {
                db: db.to_string(),
                coll: c.to_string(),
            })
        }
        None if db == "admin" => {
            if options.all_changes_for_cluster {
                Ok(Scope::Cluster)
            } else {
                Err(invalid_ns(
                    "$changeStream may not be opened on the internal admin database".into(),
                ))
            }
        }
        None if matches!(db, "config" | "local") => Err(invalid_ns(format!(
            "$changeStream may not be opened on the internal {db} database"
        ))),
        None if options.all_changes_for_cluster => Err(Error::new(
            ErrorCode::Location(ALL_CHANGES_CODE),
            "A $changeStream with 'allChangesForCluster:true' may only be opened on the 'admin' database, and with no collection name",
        )),
        None => Ok(Scope::Database(db.to_string())),
    }
}

/// mongod's code for `allChangesForCluster` outside `admin`.
const ALL_CHANGES_CODE: i32 = 31123;

/// Refuses stages a change stream cannot run.
fn check_rest(rest: &[Bson]) -> Result<()> {
    for s in rest {
        let Some(name) = s.as_document().and_then(|d| d.keys().next()) else {
            continue;
        };
        if name == "$changeStream" {
            return Err(Error::new(
                ErrorCode::Location(40602),
                "$changeStream is only valid as the first stage in a pipeline.",
            ));
        }
        if !ALLOWED_AFTER.contains(&name.as_str()) {
            return Err(Error::new(
                ErrorCode::IllegalOperation,
                format!("{name} is not permitted in a $changeStream pipeline"),
            ));
        }
    }
    Ok(())
}

/// Takes a final `$changeStreamSplitLargeEvent` off the stages.
fn split_stage(rest: &[Bson]) -> Result<(&[Bson], bool)> {
    const NAME: &str = "$changeStreamSplitLargeEvent";
    let position = rest
        .iter()
        .position(|s| s.as_document().is_some_and(|d| d.contains_key(NAME)));
    let Some(at) = position else {
        return Ok((rest, false));
    };
    if at != rest.len() - 1 {
        return Err(Error::new(
            ErrorCode::Location(7182802),
            format!("{NAME} must be the last stage in the pipeline"),
        ));
    }
    let arg = rest[at].as_document().and_then(|d| d.get(NAME));
    if !matches!(arg, Some(Bson::Document(d)) if d.is_empty()) {
        return Err(Error::new(
            ErrorCode::Location(7182801),
            format!("{NAME} stage expects an empty document"),
        ));
    }
    Ok((&rest[..at], true))
}

/// A change stream reads majority-committed data only: no read concern
/// level but `majority` may be asked for.
fn check_read_concern(cmd: &bson::Document) -> Result<()> {
    let level = cmd
        .get_document("readConcern")
        .ok()
        .and_then(|rc| rc.get_str("level").ok());
    match level {
        None | Some("majority") => Ok(()),
        Some(other) => Err(Error::new(
            ErrorCode::InvalidOptions,
            format!(
                "Read concern level '{other}' is not supported by $changeStream; use 'majority'"
            ),
        )),
    }
}

/// Opens the stream and answers with its first batch.
pub fn open(
    ctx: &mut Ctx<'_>,
    cmd: &bson::Document,
    coll: Option<&str>,
    pipeline: &[Bson],
    vars: std::sync::Arc<crate::expr::Vars>,
    batch_size: Option<usize>,
) -> Result<bson::Document> {
    if ctx.in_txn() {
        return Err(Error::new(
            ErrorCode::OperationNotSupportedInTransaction,
            "Operation not permitted in transaction :: caused by :: $changeStream cannot run in a multi-document transaction",
        ));
    }
    check_read_concern(cmd)?;
    if !ctx.state.is_replica_set() {
        return Err(Error::new(
            ErrorCode::Location(40573),
            "The $changeStream stage is only supported on replica sets",
        ));
    }
    let spec = pipeline[0]
        .as_document()
        .and_then(|d| d.get("$changeStream"))
        .expect("the caller found $changeStream first");
    let options = Options::parse(spec)?;
    let scope = scope(ctx, coll, &options)?;
    let (rest, split) = split_stage(&pipeline[1..])?;
    let parsed = Pipeline::parse(rest, vars)?;
    check_rest(rest)?;
    let stream = ChangeStream::open(&ctx.state.engine, scope, options, parsed, split)?;
    let ns = match coll {
        Some(c) => format!("{}.{c}", ctx.db),
        None => format!("{}.$cmd.aggregate", ctx.db),
    };
    // A change stream's first batch holds what is already there; drivers
    // ask with batchSize 0 or none and wait in getMore.
    first_batch_reply(
        ctx,
        &ns,
        Source::Stream(Box::new(stream)),
        batch_size,
        false,
        false,
    )
}
