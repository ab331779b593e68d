//! `testVersion1` / `testVersion2`: mongod's test-only commands (with
//! `--enable-test-commands`) that exist to exercise the stable API: the
//! first is part of API Version 1, the second is not, so `apiStrict: true`
//! refuses it with APIStrictError before it runs (see `dispatch`).

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn version1(_ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    Ok(doc! { "ok": 1.0 })
}

pub fn version2(_ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    Ok(doc! { "ok": 1.0 })
}
