//! `getCmdLineOpts`: the command line and the options it parsed to, in
//! mongod's shape (`argv`, `parsed.net`, `parsed.storage`, `parsed.security`).

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let c = &ctx.state.config;
    let mut parsed = doc! {
        "net": { "bindIp": c.host.clone(), "port": ctx.state.addr.port() as i32 },
        "storage": { "dbPath": c.storage_path.to_string_lossy().into_owned(), "engine": "wiredTiger", "inMemory": c.in_memory },
    };
    if !c.standalone {
        parsed.insert(
            "replication",
            doc! { "replSet": c.replica_set_name.clone() },
        );
    }
    let mut params = Document::new();
    if c.enable_test_commands {
        params.insert("enableTestCommands", "1");
    }
    for (k, v) in &c.parameters {
        params.insert(k.clone(), v.clone());
    }
    if !params.is_empty() {
        parsed.insert("setParameter", params);
    }
    Ok(doc! { "argv": c.argv.clone(), "parsed": parsed })
}
