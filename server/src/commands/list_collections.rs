//! `listCollections`: the collections and views of a database as a cursor, filtered by
//! `filter` (over the entries' own fields: name, type, options, info).

use super::check_fields;
use super::shared::cursor_reply::{cursor_batch_size, first_batch_reply};
use crate::commands::args::{opt_bool, opt_doc};
use crate::commands::Ctx;
use crate::cursor::Source;
use crate::error::Result;
use crate::query::Filter;
use bson::{doc, Document};

const KNOWN: &[&str] = &[
    "filter",
    "nameOnly",
    "authorizedCollections",
    "cursor",
    "includePendingDrops",
];

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    check_fields(cmd, "listCollections", KNOWN)?;
    let filter =
        Filter::parse(opt_doc(cmd, "listCollections", "filter")?.unwrap_or(&Document::new()))?;
    let name_only = opt_bool(cmd, "listCollections", "nameOnly")?.unwrap_or(false);
    let batch_size = cursor_batch_size(cmd, "listCollections")?;
    let mut out = Vec::new();
    for m in ctx.state.engine.collections(&ctx.db) {
        let full = doc! {
            "name": m.name.clone(),
            "type": "collection",
            "options": m.options.clone(),
            "info": { "readOnly": false, "uuid": m.uuid_bson() },
            "idIndex": { "v": 2, "key": { "_id": 1 }, "name": "_id_" },
        };
        if !filter.matches(&full)? {
            continue;
        }
        out.push(if name_only {
            doc! { "name": m.name.clone(), "type": "collection" }
        } else {
            full
        });
    }
    for (name, view) in crate::commands::shared::views::list(&ctx.state.engine, &ctx.db)? {
        let full = doc! {
            "name": name.clone(),
            "type": "view",
            "options": view.options(),
            "info": { "readOnly": true },
        };
        if !filter.matches(&full)? {
            continue;
        }
        out.push(if name_only {
            doc! { "name": name, "type": "view" }
        } else {
            full
        });
    }
    let ns = format!("{}.$cmd.listCollections", ctx.db);
    first_batch_reply(
        ctx,
        &ns,
        Source::Buffered(out.into()),
        batch_size,
        false,
        false,
    )
}
