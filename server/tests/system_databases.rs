//! The databases a mongod replica-set member always has.

mod common;

use bson::{doc, Document};
use common::code;

/// A replica-set member keeps `admin` (its version document), `config`
/// (the sessions collection with its TTL index) and `local` (the oplog):
/// all are listed from the first start; `admin` and `local` cannot be
/// dropped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_and_local_are_always_there() {
    let (server, client) = common::start().await;
    let names = client.list_database_names().await.unwrap();
    assert!(names.contains(&"admin".to_string()), "{names:?}");
    assert!(names.contains(&"local".to_string()), "{names:?}");
    assert!(names.contains(&"config".to_string()), "{names:?}");
    let ttl = client
        .database("config")
        .run_command(doc! { "listIndexes": "system.sessions" })
        .await
        .unwrap();
    let ttl = common::first_batch(&ttl);
    let ttl = ttl[1].as_document().unwrap();
    assert_eq!(ttl.get_str("name").unwrap(), "lsidTTLIndex");
    assert_eq!(ttl.get_i32("expireAfterSeconds").unwrap(), 1800);
    let fcv = client
        .database("admin")
        .collection::<Document>("system.version")
        .find_one(doc! { "_id": "featureCompatibilityVersion" })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(fcv.get_str("version").unwrap(), "8.0");
    for db in ["admin", "local"] {
        let err = client.database(db).drop().await.unwrap_err();
        assert_eq!(code(&err), 20, "{db}: {err}"); // IllegalOperation
    }
    server.stop().await;
}
