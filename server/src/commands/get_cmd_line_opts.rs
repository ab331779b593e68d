//! `getCmdLineOpts`: the command line and the options it parsed to, in
//! mongod's shape (`argv`, and `parsed` in the configuration file's tree:
//! `net`, `storage`, `replication`, `systemLog`, `setParameter`, …).

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let c = &ctx.state.config;
    let mut parsed = c.parsed_options.clone();
    if parsed.is_empty() {
        // Started from Rust with a `Config` rather than a command line.
        parsed = doc! {
            "net": { "bindIp": c.host.clone() },
            "storage": {
                "dbPath": c.storage_path.to_string_lossy().into_owned(),
                "engine": if c.in_memory { "inMemory" } else { "wiredTiger" },
            },
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
    }
    // The port actually bound (the one `--port 0` was given).
    if let Some(Bson::Document(net)) = parsed.get_mut("net") {
        net.insert("port", i32::from(ctx.state.addr.port()));
    }
    Ok(doc! { "argv": c.argv.clone(), "parsed": parsed })
}
