//! `buildInfo`: the server version drivers gate features on. We report the
//! mongod version whose behaviour we follow, plus our own version.

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Bson, Document};

/// The mongod version this server presents.
pub const MONGOD_VERSION: &str = "8.0.4";
pub const MONGOD_VERSION_ARRAY: [i32; 4] = [8, 0, 4, 0];

pub fn run(_ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    Ok(info())
}

/// The build information `buildInfo` answers and `--version` prints.
pub fn info() -> Document {
    doc! {
        "version": MONGOD_VERSION,
        "gitVersion": "secantusdb",
        "secantusVersion": env!("CARGO_PKG_VERSION"),
        "modules": Vec::<Bson>::new(),
        "allocator": "system",
        "javascriptEngine": "none",
        "sysInfo": "deprecated",
        "versionArray": MONGOD_VERSION_ARRAY.iter().map(|v| Bson::Int32(*v)).collect::<Vec<_>>(),
        "openssl": { "running": "disabled", "compiled": "disabled" },
        "buildEnvironment": {
            "distmod": "secantusdb",
            "distarch": std::env::consts::ARCH,
            "target_os": std::env::consts::OS,
            "target_arch": std::env::consts::ARCH,
        },
        "bits": 64,
        "debug": cfg!(debug_assertions),
        "maxBsonObjectSize": crate::wire::MAX_BSON_OBJECT_SIZE as i32,
        "storageEngines": ["wiredTiger"],
    }
}
