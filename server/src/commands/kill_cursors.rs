//! `killCursors`: ends cursors, reporting which were killed and which were
//! not found.

use super::check_fields;
use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{doc, Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "killCursors")?;
    check_fields(cmd, "killCursors", &["cursors"])?;
    let ids = match cmd.get("cursors") {
        Some(Bson::Array(a)) => a,
        Some(v) => {
            return Err(crate::value::field_type_error(
                "killCursors",
                "cursors",
                v,
                "array",
            ))
        }
        None => return Err(Error::missing_field("killCursors", "cursors")),
    };
    let ns = format!("{}.{coll}", ctx.db);
    let (mut killed, mut not_found) = (Vec::new(), Vec::new());
    for v in ids {
        let Bson::Int64(id) = v else {
            return Err(crate::value::field_type_error(
                "killCursors",
                "cursors",
                v,
                "long",
            ));
        };
        if ctx.state.cursors.ns_of(*id).as_deref() == Some(ns.as_str())
            && ctx.state.cursors.kill(*id)
        {
            killed.push(Bson::Int64(*id));
        } else {
            not_found.push(Bson::Int64(*id));
        }
    }
    Ok(doc! {
        "cursorsKilled": killed,
        "cursorsNotFound": not_found,
        "cursorsAlive": Vec::<Bson>::new(),
        "cursorsUnknown": Vec::<Bson>::new(),
    })
}
