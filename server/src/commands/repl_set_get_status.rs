//! `replSetGetStatus`: the status of our one-member replica set (or
//! NoReplicationEnabled when started with `--standalone`).

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let state = ctx.state;
    if !state.is_replica_set() {
        return Err(Error::new(
            ErrorCode::NoReplicationEnabled,
            "not running with --replSet",
        ));
    }
    let Some(config) = state.repl.config() else {
        return Err(Error::new(
            ErrorCode::NotYetInitialized,
            "no replset config has been received",
        ));
    };
    let version = crate::repl::config::version(&config) as i32;
    let (optime, date) = state.last_applied();
    Ok(doc! {
        "set": state.repl.name().unwrap_or_default(),
        "date": bson::DateTime::now(),
        "myState": 1,
        "term": 1_i64,
        "heartbeatIntervalMillis": 2000_i64,
        "majorityVoteCount": 1,
        "writeMajorityCount": 1,
        "votingMembersCount": 1,
        "writableVotingMembersCount": 1,
        "optimes": {
            "lastCommittedOpTime": optime.clone(),
            "appliedOpTime": optime.clone(),
            "durableOpTime": optime.clone(),
            "lastAppliedWallTime": date,
            "lastDurableWallTime": date,
        },
        "members": [{
            "_id": 0,
            "name": state.me(),
            "health": 1.0,
            "state": 1,
            "stateStr": "PRIMARY",
            "uptime": state.started.elapsed().as_secs() as i64,
            "optime": optime,
            "optimeDate": date,
            "self": true,
            "electionDate": date,
            "configVersion": version,
            "configTerm": 1,
        }],
    })
}
