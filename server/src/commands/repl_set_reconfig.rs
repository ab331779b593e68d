//! `replSetReconfig`: replaces the set's configuration. As mongod: the
//! set's name cannot change, the version must grow (unless `force`, which
//! mongod then raises itself), and the one member must still be this
//! server. The new configuration is saved and the topology version moves.

use crate::commands::args::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::repl::config;
use bson::{Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "replSetReconfig", &["force", "maxTimeMS"])?;
    let state = ctx.state;
    let Some(name) = state.repl.name() else {
        return Err(Error::new(
            ErrorCode::NoReplicationEnabled,
            "not running with --replSet",
        ));
    };
    let Some(old) = state.repl.config() else {
        return Err(Error::new(
            ErrorCode::NotYetInitialized,
            "no replset config has been received",
        ));
    };
    let mut given = match cmd.get("replSetReconfig") {
        Some(Bson::Document(c)) => c.clone(),
        _ => return Err(Error::bad_value("no configuration specified")),
    };
    let force = cmd.get("force").is_some_and(crate::value::truthy);
    if given.get_str("_id").ok() != Some(name) {
        return Err(Error::new(
            ErrorCode::InvalidReplicaSetConfig,
            format!(
                "New and old configurations differ in replica set name; old was {name}, and new is {}",
                given.get("_id").map_or("<none>".into(), ToString::to_string)
            ),
        ));
    }
    let (old_version, new_version) = (config::version(&old), config::version(&given));
    let term = old.get_i64("term").unwrap_or(1);
    if force {
        if new_version <= old_version {
            given.insert("version", (old_version + 1) as i32);
        }
    } else if new_version <= old_version {
        return Err(Error::new(
            ErrorCode::NewReplicaSetConfigurationIncompatible,
            format!(
                "New replica set configuration version and term must be greater than old, but {{version: {new_version}, term: {term}}} is not greater than {{version: {old_version}, term: {term}}} for replica set {name}"
            ),
        ));
    }
    config::check(&given, name, state.addr.port())?;
    // The set's identity stays: its replicaSetId is not the caller's to set.
    let mut installed = config::normalize(&given, term);
    if let (Ok(old_settings), Ok(settings)) = (
        old.get_document("settings"),
        installed.get_document_mut("settings"),
    ) {
        if let Some(id) = old_settings.get("replicaSetId") {
            settings.insert("replicaSetId", id.clone());
        }
    }
    state.repl.install(&state.engine, installed)?;
    Ok(Document::new())
}
