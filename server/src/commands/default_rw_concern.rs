//! `getDefaultRWConcern` and `setDefaultRWConcern`: the cluster-wide read
//! and write concern defaults (concern::defaults keeps and stores them).
//! A standalone has no cluster-wide defaults to manage.

use crate::commands::args::check_fields;
use crate::commands::Ctx;
use crate::concern::{Provenance, WriteConcern, W};
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

fn replica_set_only(ctx: &Ctx<'_>, name: &str) -> Result<()> {
    if ctx.state.is_replica_set() {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::IllegalOperation,
            format!("'{name}' is not supported on standalone nodes."),
        ))
    }
}

pub fn get(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "getDefaultRWConcern", &["inMemory"])?;
    replica_set_only(ctx, "getDefaultRWConcern")?;
    if let Some(v) = cmd.get("inMemory") {
        if !matches!(v, Bson::Boolean(_)) {
            return Err(crate::value::field_type_error(
                "getDefaultRWConcern",
                "inMemory",
                v,
                "bool",
            ));
        }
    }
    Ok(ctx.state.rw_defaults.reply())
}

/// A default write concern must acknowledge writes and name no mode this
/// set does not define.
fn check_write(wc: &WriteConcern) -> Result<()> {
    match &wc.w {
        W::Nodes(0) if wc.j != Some(true) => Err(Error::bad_value(
            "Unacknowledged write concern is not allowed as the default write concern.",
        )),
        W::Mode(m) => Err(Error::new(
            ErrorCode::UnknownReplWriteConcern,
            format!("No write concern mode named '{m}' found in replica set configuration"),
        )),
        W::Tags(_) => Err(Error::new(
            ErrorCode::UnknownReplWriteConcern,
            "Tagged write concerns are not defined in this replica set's configuration",
        )),
        _ => Ok(()),
    }
}

/// A default read concern is a level of local, available or majority and
/// nothing else.
fn check_read(rc: &Document) -> Result<()> {
    for k in rc.keys() {
        if k != "level" {
            return Err(Error::bad_value(format!(
                "'{k}' is not allowed in the default read concern."
            )));
        }
    }
    match rc.get("level") {
        None => Ok(()),
        Some(Bson::String(l)) if matches!(l.as_str(), "local" | "available" | "majority") => Ok(()),
        Some(Bson::String(l)) if matches!(l.as_str(), "snapshot" | "linearizable") => {
            Err(Error::bad_value(format!(
                "level: '{l}' is not allowed as a default read concern."
            )))
        }
        Some(Bson::String(l)) => Err(Error::bad_value(format!(
            "Enumeration value '{l}' for field 'level' is not a valid value."
        ))),
        Some(v) => Err(crate::value::field_type_error(
            "readConcern",
            "level",
            v,
            "string",
        )),
    }
}

pub fn set(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(
        cmd,
        "setDefaultRWConcern",
        &["defaultReadConcern", "defaultWriteConcern"],
    )?;
    replica_set_only(ctx, "setDefaultRWConcern")?;
    let doc_field = |f: &str| -> Result<Option<&Document>> {
        match cmd.get(f) {
            None => Ok(None),
            Some(Bson::Document(d)) => Ok(Some(d)),
            Some(v) => Err(crate::value::field_type_error(
                "setDefaultRWConcern",
                f,
                v,
                "object",
            )),
        }
    };
    let wc_doc = doc_field("defaultWriteConcern")?;
    let rc_doc = doc_field("defaultReadConcern")?;
    if wc_doc.is_none() && rc_doc.is_none() {
        return Err(Error::bad_value(
            "At least one of the \"defaultReadConcern\" or \"defaultWriteConcern\" fields must be present",
        ));
    }
    let state = ctx.state;
    let defaults = &state.rw_defaults;
    let mut write = None;
    if let Some(d) = wc_doc {
        match WriteConcern::parse(d, Provenance::CustomDefault)? {
            Some(wc) => {
                check_write(&wc)?;
                write = Some(wc);
            }
            None if defaults.has_custom_write() => {
                return Err(Error::bad_value(
                    "The global default write concern cannot be unset once it is set.",
                ))
            }
            None => {}
        }
    }
    let read = match rc_doc {
        Some(d) => {
            check_read(d)?;
            (!d.is_empty()).then(|| d.clone())
        }
        None => None,
    };
    let at = state.clock().now();
    defaults.set(&state.engine, write, read, at)?;
    ctx.wrote();
    Ok(defaults.reply())
}
