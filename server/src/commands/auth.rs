//! Authentication commands (`saslStart`, `saslContinue`, `authenticate`),
//! answered as a mongod without users answers them. This server keeps no
//! user store, so no credentials can match: every SCRAM conversation ends
//! at its first step with `AuthenticationFailed` ("Authentication failed.",
//! mongod's answer for an unknown user, which never says which part was
//! wrong), mechanisms mongod does not enable by default get
//! `MechanismUnavailable`, and a `saslContinue` without a conversation gets
//! `ProtocolError`. A client that sends no credentials never runs these.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

/// The mechanisms mongod enables by default (`authenticationMechanisms`).
const ENABLED: &[&str] = &["SCRAM-SHA-1", "SCRAM-SHA-256"];

fn failed() -> Error {
    Error::new(ErrorCode::AuthenticationFailed, "Authentication failed.")
}

fn mechanism(cmd: &Document, command: &str) -> Result<String> {
    match cmd.get("mechanism") {
        Some(Bson::String(m)) => Ok(m.clone()),
        Some(v) => Err(crate::value::field_type_error(
            command,
            "mechanism",
            v,
            "string",
        )),
        None => Err(Error::missing_field(command, "mechanism")),
    }
}

fn unavailable(m: &str) -> Error {
    Error::new(
        ErrorCode::MechanismUnavailable,
        format!("Received authentication for mechanism {m} which is not enabled"),
    )
}

pub fn sasl_start(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let m = mechanism(cmd, "saslStart")?;
    if !ENABLED.contains(&m.as_str()) {
        return Err(unavailable(&m));
    }
    match cmd.get("payload") {
        Some(Bson::Binary(_) | Bson::String(_)) => Err(failed()),
        Some(v) => Err(crate::value::field_type_error(
            "saslStart",
            "payload",
            v,
            "binData",
        )),
        None => Err(Error::missing_field("saslStart", "payload")),
    }
}

pub fn sasl_continue(_ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    Err(Error::new(
        ErrorCode::ProtocolError,
        "No SASL session state found",
    ))
}

pub fn authenticate(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    match mechanism(cmd, "authenticate")?.as_str() {
        // A certificate names the user; without TLS there is none, and no
        // user exists to match it.
        "MONGODB-X509" => Err(failed()),
        m => Err(unavailable(m)),
    }
}
