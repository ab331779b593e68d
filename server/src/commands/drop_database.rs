//! `dropDatabase`: drops every collection of the database. mongod keeps
//! `admin` (its version document lives there) and, on a replica set,
//! `local` (the oplog).

use super::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "dropDatabase", &[])?;
    if ctx.db == "admin" {
        return Err(Error::new(
            ErrorCode::IllegalOperation,
            "Dropping the 'admin' database is prohibited.",
        ));
    }
    if ctx.db == "local" && ctx.state.is_replica_set() {
        return Err(Error::new(
            ErrorCode::IllegalOperation,
            "Cannot drop 'local' database while replication is active",
        ));
    }
    ctx.state.cursors.kill_db(&ctx.db);
    ctx.state.engine.drop_database(&ctx.db)?;
    ctx.wrote();
    Ok(doc! { "dropped": ctx.db.clone() })
}
