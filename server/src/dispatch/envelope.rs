//! The command envelope: what every command body carries besides its own
//! arguments, read and checked before the handler runs. The command name
//! and `$db`, the command's policies from the table (test only, admin only),
//! `lsid`, the Stable API fields, snapshot read concern outside a
//! transaction, the write concern (journal, and what this one-member set
//! cannot satisfy) and `maxTimeMS`. Errors carry mongod's codes and
//! messages, in mongod's order of checks.

use super::table::{lookup, CommandSpec};
use crate::error::{Error, ErrorCode, Result};
use crate::state::ServerState;
use bson::{Bson, Document};

/// The command's name, its table entry and its target database.
pub(super) fn command<'b>(
    state: &ServerState,
    body: &'b Document,
) -> Result<(&'b str, &'static CommandSpec, String)> {
    let Some(name) = body.keys().next() else {
        return Err(Error::new(ErrorCode::FailedToParse, "Empty command body"));
    };
    let db = match body.get("$db") {
        Some(Bson::String(s)) => s.clone(),
        Some(v) => return Err(crate::value::field_type_error(name, "$db", v, "string")),
        None => {
            return Err(Error::new(
                ErrorCode::Location(40571),
                "OP_MSG requests require a $db argument",
            ))
        }
    };
    crate::value::validate_db_name(&db)?;
    let not_found = || {
        Error::new(
            ErrorCode::CommandNotFound,
            format!("no such command: '{name}'"),
        )
    };
    let spec = lookup(name).ok_or_else(not_found)?;
    if spec.test_only && !state.config.enable_test_commands {
        return Err(not_found());
    }
    if spec.admin_only && db != "admin" {
        return Err(Error::new(
            ErrorCode::Unauthorized,
            format!("{name} may only be run against the admin database."),
        ));
    }
    Ok((name, spec, db))
}

/// `lsid.id`, the logical session the command runs in.
pub(super) fn lsid(name: &str, body: &Document) -> Result<Option<Bson>> {
    match body.get("lsid") {
        None => Ok(None),
        Some(Bson::Document(d)) => match d.get("id") {
            Some(id @ Bson::Binary(_)) => Ok(Some(id.clone())),
            _ => Err(Error::missing_field("OperationSessionInfo.lsid", "id")),
        },
        Some(v) => Err(crate::value::field_type_error(name, "lsid", v, "object")),
    }
}

/// Whether the command writes: a write command, a transaction's commit or
/// abort, or a pipeline command whose last stage is `$out` or `$merge` (its
/// write concern applies too).
pub(super) fn writes(spec: &CommandSpec, body: &Document) -> bool {
    spec.is_write
        || spec.ends_txn
        || spec.pipeline
            && body.get_array("pipeline").is_ok_and(|p| {
                p.last()
                    .and_then(Bson::as_document)
                    .is_some_and(|s| s.contains_key("$out") || s.contains_key("$merge"))
            })
}

/// Aggregation stages outside API Version 1.
const NON_V1_STAGES: &[&str] = &[
    "$currentOp",
    "$indexStats",
    "$listLocalSessions",
    "$listSessions",
    "$planCacheStats",
    "$search",
    "$searchMeta",
];

/// The Stable API envelope: `apiVersion` must be "1"; `apiStrict` refuses
/// commands (and pipeline stages) outside version 1.
pub(super) fn check_api_version(spec: &CommandSpec, body: &Document) -> Result<()> {
    let command = spec.name;
    let strict = body.get("apiStrict").is_some_and(crate::value::truthy);
    match body.get("apiVersion") {
        None => {
            if body.contains_key("apiStrict") || body.contains_key("apiDeprecationErrors") {
                return Err(Error::new(
                    ErrorCode::APIVersionError,
                    "Cannot pass in API parameter field apiStrict or apiDeprecationErrors without apiVersion",
                ));
            }
            Ok(())
        }
        Some(Bson::String(v)) if v == "1" => {
            if strict && !spec.api_v1 {
                return Err(Error::new(
                    ErrorCode::APIStrictError,
                    format!("Provided apiStrict:true, but the command {command} is not in API Version 1. Information on supported commands and migrations in API Version 1 can be found at https://dochub.mongodb.org/core/manual-versioning"),
                ));
            }
            if strict && spec.pipeline {
                for stage in body.get_array("pipeline").into_iter().flatten() {
                    let name = stage.as_document().and_then(|d| d.keys().next());
                    if let Some(n) = name.filter(|n| NON_V1_STAGES.contains(&n.as_str())) {
                        return Err(Error::new(
                            ErrorCode::APIStrictError,
                            format!("{n} is not allowed with 'apiStrict: true' in API Version 1"),
                        ));
                    }
                }
            }
            Ok(())
        }
        Some(Bson::String(v)) => Err(Error::new(
            ErrorCode::APIVersionError,
            format!("API version must be \"1\", but found \"{v}\""),
        )),
        Some(v) => Err(crate::value::field_type_error(
            command,
            "apiVersion",
            v,
            "string",
        )),
    }
}

/// Whether the command asks for `readConcern: {level: "snapshot"}`.
pub(super) fn snapshot_read(body: &Document) -> bool {
    body.get_document("readConcern")
        .ok()
        .and_then(|rc| rc.get_str("level").ok())
        == Some("snapshot")
}

/// The cluster time a read runs at, from `readConcern`: a snapshot read
/// outside a transaction reads at `atClusterTime` or at the newest time
/// every commit has reached; `afterClusterTime` waits until that time is
/// visible. None: read the latest data.
pub(super) fn read_time(
    state: &ServerState,
    body: &Document,
    in_txn: bool,
    deadline: Option<std::time::Instant>,
) -> Result<Option<bson::Timestamp>> {
    use crate::storage::oplog::clock::{pack, unpack};
    let rc = match body.get("readConcern") {
        None | Some(Bson::Null) => return Ok(None),
        Some(Bson::Document(rc)) => rc,
        Some(v) => {
            return Err(crate::value::field_type_error(
                spec_name(body),
                "readConcern",
                v,
                "object",
            ))
        }
    };
    match rc.get("level") {
        None => {}
        Some(Bson::String(l))
            if matches!(
                l.as_str(),
                "local" | "majority" | "linearizable" | "available" | "snapshot"
            ) => {}
        Some(Bson::String(l)) => {
            return Err(Error::bad_value(format!(
                "Enumeration value '{l}' for field 'readConcern.level' is not a valid value."
            )))
        }
        Some(v) => {
            return Err(crate::value::field_type_error(
                "readConcern",
                "level",
                v,
                "string",
            ))
        }
    }
    let snapshot = rc.get_str("level").ok() == Some("snapshot");
    // A snapshot reads at a point of the replica set's history: mongod
    // refuses it on a standalone server before looking at the times.
    if snapshot && !state.is_replica_set() {
        return Err(Error::new(
            ErrorCode::NotAReplicaSet,
            "node needs to be a replica set member to use readConcern: snapshot",
        ));
    }
    let time = |field: &str| -> Result<Option<bson::Timestamp>> {
        match rc.get(field) {
            None => Ok(None),
            Some(Bson::Timestamp(t)) => Ok(Some(*t)),
            Some(v) => Err(crate::value::field_type_error(
                "readConcern",
                field,
                v,
                "timestamp",
            )),
        }
    };
    let after = time("afterClusterTime")?;
    let at = time("atClusterTime")?;
    if at.is_some() && !snapshot {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "atClusterTime field can be set only if level is snapshot",
        ));
    }
    if at.is_some() && after.is_some() {
        return Err(Error::new(
            ErrorCode::InvalidOptions,
            "Can not specify both afterClusterTime and atClusterTime",
        ));
    }
    let oplog = state.engine.oplog();
    if let Some((field, t)) = at
        .map(|t| ("atClusterTime", t))
        .or(after.map(|t| ("afterClusterTime", t)))
    {
        let now = oplog.clock.now();
        if pack(t) > pack(now) {
            return Err(Error::new(
                ErrorCode::InvalidOptions,
                format!("readConcern {field} value must not be greater than the current clusterTime. Requested clusterTime: {t}; current clusterTime: {now}"),
            ));
        }
        // Commits at or before `t` may still be landing.
        let until = deadline
            .unwrap_or_else(|| std::time::Instant::now() + std::time::Duration::from_secs(60));
        if !oplog.wait_past(pack(t).saturating_sub(1), until) {
            return Err(Error::new(
                ErrorCode::MaxTimeMSExpired,
                "operation exceeded time limit while waiting for the read concern's cluster time",
            ));
        }
    }
    if !snapshot || in_txn {
        return Ok(None);
    }
    Ok(Some(at.unwrap_or_else(|| unpack(oplog.visible()))))
}

/// Outside a transaction, mongod serves `readConcern: {level: "snapshot"}`
/// only for reads that run at one point in time: find, aggregate and
/// distinct (and their getMores, and explain); everything else is refused.
pub(super) fn check_snapshot_support(
    spec: &CommandSpec,
    body: &Document,
    in_txn: bool,
) -> Result<()> {
    if in_txn || !snapshot_read(body) || spec.snapshot_reads {
        return Ok(());
    }
    let command = spec.name;
    Err(Error::new(
        ErrorCode::InvalidOptions,
        format!("Command {command} does not support {{ readConcern: {{ level: \"snapshot\" }} }} :: caused by :: read concern snapshot is not supported outside transactions for this command"),
    ))
}

/// The command's name (its first field), for error messages.
fn spec_name(body: &Document) -> &str {
    body.keys().next().map_or("", String::as_str)
}

/// When the command's `maxTimeMS` runs out (a getMore's own `maxTimeMS`
/// is how long an awaitData cursor waits; its time limit comes from the
/// cursor, see commands/get_more.rs).
pub(super) fn deadline(spec: &CommandSpec, body: &Document) -> Result<Option<std::time::Instant>> {
    Ok(match max_time_ms(body)? {
        Some(ms) if !spec.cursor_time_limit => {
            Some(std::time::Instant::now() + std::time::Duration::from_millis(ms))
        }
        _ => None,
    })
}

/// The command's `maxTimeMS` in milliseconds (`None` or 0: no limit), with
/// mongod's validation of the value.
fn max_time_ms(body: &Document) -> Result<Option<u64>> {
    let Some(v) = body.get("maxTimeMS") else {
        return Ok(None);
    };
    let ms = match v {
        Bson::Int32(i) => *i as f64,
        Bson::Int64(i) => *i as f64,
        Bson::Double(d) => *d,
        Bson::Null => return Ok(None),
        _ => return Err(Error::bad_value("maxTimeMS must be a number")),
    };
    if ms.fract() != 0.0 {
        return Err(Error::bad_value(format!(
            "maxTimeMS has non-integral value {ms}"
        )));
    }
    if !(0.0..=i32::MAX as f64).contains(&ms) {
        return Err(Error::bad_value(format!(
            "{ms} value for maxTimeMS is out of range [0, 2147483647]"
        )));
    }
    Ok(Some(ms as u64).filter(|ms| *ms > 0))
}
