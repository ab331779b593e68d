//! Command-level checks of the request envelope: `readConcern: {level:
//! "snapshot"}` outside a transaction is only served by find, aggregate and
//! distinct (InvalidOptions otherwise, as mongod), and `apiStrict` refuses a
//! test command outside API Version 1.

mod common;

use bson::doc;
use common::code;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_read_concern_outside_transactions() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    db.collection::<bson::Document>("c")
        .insert_one(doc! {"_id": 1})
        .await
        .unwrap();
    let snapshot = doc! {"level": "snapshot"};
    for cmd in [
        doc! {"insert": "c", "documents": [{"_id": 2}], "readConcern": snapshot.clone()},
        doc! {"delete": "c", "deletes": [{"q": {}, "limit": 1}], "readConcern": snapshot.clone()},
        doc! {"listCollections": 1, "readConcern": snapshot.clone()},
        doc! {"listIndexes": "c", "readConcern": snapshot.clone()},
    ] {
        let err = db.run_command(cmd.clone()).await.unwrap_err();
        assert_eq!(code(&err), 72, "{cmd}: {err}");
    }
    // Nothing was written or deleted.
    let n = db
        .run_command(doc! {"count": "c"})
        .await
        .unwrap()
        .get_i32("n")
        .unwrap();
    assert_eq!(n, 1);
    for cmd in [
        doc! {"find": "c", "readConcern": snapshot.clone()},
        doc! {"aggregate": "c", "pipeline": [], "cursor": {}, "readConcern": snapshot.clone()},
        doc! {"distinct": "c", "key": "_id", "readConcern": snapshot.clone()},
    ] {
        db.run_command(cmd.clone()).await.unwrap();
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_strict_refuses_commands_outside_version_1() {
    // Test servers run with test commands enabled.
    let (server, client) = common::start().await;
    let db = client.database("t");
    let strict = |name: &str| doc! {name: 1, "apiVersion": "1", "apiStrict": true};
    db.run_command(strict("testVersion1")).await.unwrap();
    let err = db.run_command(strict("testVersion2")).await.unwrap_err();
    assert_eq!(code(&err), 323, "{err}");
    assert!(err
        .to_string()
        .contains("command testVersion2 is not in API Version 1"));
    // Without apiStrict both run.
    db.run_command(doc! {"testVersion2": 1}).await.unwrap();
    server.stop().await;
}
