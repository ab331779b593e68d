//! `listDatabases`: databases that hold at least one collection, with sizes.

use super::check_fields;
use crate::commands::args::{opt_bool, opt_doc};
use crate::commands::Ctx;
use crate::error::Result;
use crate::query::Filter;
use bson::{doc, Bson, Document};

const KNOWN: &[&str] = &["filter", "nameOnly", "authorizedDatabases"];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "listDatabases", KNOWN)?;
    let filter =
        Filter::parse(opt_doc(cmd, "listDatabases", "filter")?.unwrap_or(&Document::new()))?;
    let name_only = opt_bool(cmd, "listDatabases", "nameOnly")?.unwrap_or(false);
    let engine = &ctx.state.engine;
    let mut dbs = Vec::new();
    let mut total = 0i64;
    for db in engine.databases() {
        let mut size = 0i64;
        if !name_only {
            let mut txn = engine.begin()?;
            for m in engine.collections(&db) {
                // The oplog keeps count of its bytes; scanning it would make
                // listDatabases as slow as the oplog is long.
                size += if m.is_oplog() {
                    engine.oplog().bytes() as i64
                } else {
                    txn.data_size(&m)?.1 as i64
                };
            }
        }
        let entry = if name_only {
            doc! { "name": db.clone() }
        } else {
            doc! { "name": db.clone(), "sizeOnDisk": size, "empty": false }
        };
        if filter.matches(&entry)? {
            total += size;
            dbs.push(Bson::Document(entry));
        }
    }
    if name_only {
        return Ok(doc! { "databases": dbs });
    }
    Ok(doc! { "databases": dbs, "totalSize": total, "totalSizeMb": total / (1024 * 1024) })
}
