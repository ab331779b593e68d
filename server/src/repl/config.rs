//! A replica set configuration document in mongod's shape, and the checks
//! `replSetInitiate` and `replSetReconfig` make of one for a set of one
//! member (mongod's `ReplSetConfig` rules that can apply to it).

use crate::error::{Error, ErrorCode, Result};
use bson::{doc, oid::ObjectId, Bson, Document};

/// What `replSetInitiate` without a configuration uses: the set's name and
/// this member.
pub fn default_for(name: &str, me: &str) -> Document {
    doc! { "_id": name, "version": 1, "members": [{ "_id": 0, "host": me }] }
}

/// The configuration as mongod stores and reports it: every member and
/// settings field present with its default, `protocolVersion` 1, the
/// given `term`, and a `replicaSetId` (kept when the document has one).
pub fn normalize(given: &Document, term: i64) -> Document {
    let mut members = Vec::new();
    if let Ok(list) = given.get_array("members") {
        for m in list {
            if let Bson::Document(m) = m {
                let mut out = doc! {
                    "_id": m.get("_id").cloned().unwrap_or(Bson::Int32(0)),
                    "host": m.get("host").cloned().unwrap_or(Bson::Null),
                    "arbiterOnly": false,
                    "buildIndexes": true,
                    "hidden": false,
                    "priority": 1,
                    "tags": {},
                    "secondaryDelaySecs": 0_i64,
                    "votes": 1,
                };
                for (k, v) in m {
                    out.insert(k.clone(), v.clone());
                }
                members.push(Bson::Document(out));
            }
        }
    }
    let mut settings = doc! {
        "chainingAllowed": true,
        "heartbeatIntervalMillis": 2000,
        "heartbeatTimeoutSecs": 10,
        "electionTimeoutMillis": 10000,
        "catchUpTimeoutMillis": -1,
        "catchUpTakeoverDelayMillis": 30000,
        "getLastErrorModes": {},
        "getLastErrorDefaults": { "w": 1, "wtimeout": 0 },
        "replicaSetId": ObjectId::new(),
    };
    if let Ok(s) = given.get_document("settings") {
        for (k, v) in s {
            settings.insert(k.clone(), v.clone());
        }
    }
    doc! {
        "_id": given.get("_id").cloned().unwrap_or(Bson::Null),
        "version": given.get("version").cloned().unwrap_or(Bson::Int32(1)),
        "term": term,
        "members": members,
        "protocolVersion": 1_i64,
        "writeConcernMajorityJournalDefault": given
            .get("writeConcernMajorityJournalDefault")
            .cloned()
            .unwrap_or(Bson::Boolean(true)),
        "settings": settings,
    }
}

/// The checks of a proposed configuration for set `name` whose only member
/// must be this server, listening on `port`.
pub fn check(config: &Document, name: &str, port: u16) -> Result<()> {
    let invalid = |msg: String| Error::new(ErrorCode::InvalidReplicaSetConfig, msg);
    let id = match config.get("_id") {
        Some(Bson::String(s)) => s.as_str(),
        _ => return Err(invalid("Missing expected field \"_id\"".into())),
    };
    if id != name {
        return Err(invalid(format!(
            "Attempting to initiate a replica set with name {id}, but command line reports {name}; rejecting"
        )));
    }
    let Some(Bson::Array(members)) = config.get("members") else {
        return Err(invalid("Missing expected field \"members\"".into()));
    };
    if members.len() != 1 {
        return Err(invalid(format!(
            "SecantusDB runs a replica set of one member; the configuration names {}",
            members.len()
        )));
    }
    let Some(Bson::Document(m)) = members.first() else {
        return Err(invalid("members[0] must be an object".into()));
    };
    let Ok(host) = m.get_str("host") else {
        return Err(invalid("Missing expected field \"members.0.host\"".into()));
    };
    let member_port = host
        .rsplit_once(':')
        .map_or(Some(27017), |(_, p)| p.parse::<u16>().ok());
    if member_port != Some(port) {
        return Err(Error::new(
            ErrorCode::NodeNotFound,
            format!(
                "No host described in new configuration with {{version: {}, term: 0}} for replica set {name} maps to this node",
                config.get("version").map_or("1".into(), ToString::to_string)
            ),
        ));
    }
    if m.get("arbiterOnly") == Some(&Bson::Boolean(true)) {
        return Err(invalid(
            "The only member of a replica set cannot be an arbiter".into(),
        ));
    }
    Ok(())
}

/// A configuration's version as a number.
pub fn version(config: &Document) -> i64 {
    config.get("version").and_then(as_i64).unwrap_or(1)
}

fn as_i64(v: &Bson) -> Option<i64> {
    match v {
        Bson::Int32(n) => Some(i64::from(*n)),
        Bson::Int64(n) => Some(*n),
        Bson::Double(d) if d.fract() == 0.0 => Some(*d as i64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_checks() {
        let c = normalize(&default_for("rs0", "127.0.0.1:27017"), 1);
        assert_eq!(c.get_str("_id").unwrap(), "rs0");
        let m = c.get_array("members").unwrap()[0]
            .as_document()
            .unwrap()
            .clone();
        assert_eq!(m.get_i64("secondaryDelaySecs").unwrap(), 0);
        assert!(c
            .get_document("settings")
            .unwrap()
            .contains_key("replicaSetId"));
        check(&c, "rs0", 27017).unwrap();
        assert_eq!(
            check(&c, "other", 27017).unwrap_err().code,
            ErrorCode::InvalidReplicaSetConfig
        );
        assert_eq!(
            check(&c, "rs0", 27018).unwrap_err().code,
            ErrorCode::NodeNotFound
        );
    }
}
