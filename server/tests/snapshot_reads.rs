//! Reads at a point in time: `readConcern: {level: "snapshot",
//! atClusterTime}` sees the data as of that cluster time (WiredTiger read
//! timestamps), history is kept for `minSnapshotHistoryWindowInSeconds`,
//! and older reads get SnapshotTooOld.

mod common;

use bson::{doc, Bson, Document, Timestamp};
use std::time::Duration;

fn at(ts: Timestamp) -> Document {
    doc! { "find": "c", "filter": {}, "readConcern": { "level": "snapshot", "atClusterTime": ts } }
}

fn values(reply: &Document) -> Vec<Bson> {
    common::first_batch(reply)
        .iter()
        .map(|d| d.as_document().unwrap().get("v").unwrap().clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_at_a_cluster_time_see_that_time() {
    let (server, client) = common::start().await;
    let db = client.database("snap");
    let first = db
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 1, "v": 1 }] })
        .await
        .unwrap()
        .get_timestamp("operationTime")
        .unwrap();
    db.run_command(
        doc! { "update": "c", "updates": [{ "q": { "_id": 1 }, "u": { "$set": { "v": 2 } } }] },
    )
    .await
    .unwrap();
    assert_eq!(
        values(&db.run_command(at(first)).await.unwrap()),
        vec![Bson::Int32(1)]
    );
    // Without atClusterTime the read is at the newest time, which it reports.
    let now = db
        .run_command(doc! { "find": "c", "readConcern": { "level": "snapshot" } })
        .await
        .unwrap();
    assert_eq!(values(&now), vec![Bson::Int32(2)]);
    let read_at = now
        .get_document("cursor")
        .unwrap()
        .get_timestamp("atClusterTime")
        .unwrap();
    assert!(read_at > first);
    // A time in the future is refused.
    let future = Timestamp {
        time: read_at.time + 3600,
        increment: 1,
    };
    let err = db.run_command(at(future)).await.unwrap_err();
    assert_eq!(common::code(&err), 72, "{err}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_older_than_the_window_is_gone() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let was = admin
        .run_command(doc! { "setParameter": 1, "minSnapshotHistoryWindowInSeconds": 0 })
        .await
        .unwrap();
    assert_eq!(was.get_i32("was").unwrap(), 300);
    let db = client.database("snap");
    let old = db
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 1, "v": 1 }] })
        .await
        .unwrap()
        .get_timestamp("operationTime")
        .unwrap();
    // Sustained writes move the oldest timestamp along with the window.
    for i in 0..20 {
        db.run_command(
            doc! { "update": "c", "updates": [{ "q": { "_id": 1 }, "u": { "$set": { "v": i } } }] },
        )
        .await
        .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let err = db.run_command(at(old)).await.unwrap_err();
    assert_eq!(common::code(&err), 239, "{err}");
    server.stop().await;
}

/// A transaction started with `readConcern: {level: "snapshot",
/// atClusterTime}` reads the data as of that time in every statement.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_reads_at_its_cluster_time() {
    let (server, client) = common::start().await;
    let db = client.database("snaptxn");
    let first = db
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 1, "v": 1 }] })
        .await
        .unwrap()
        .get_timestamp("operationTime")
        .unwrap();
    db.run_command(
        doc! { "update": "c", "updates": [{ "q": { "_id": 1 }, "u": { "$set": { "v": 2 } } }] },
    )
    .await
    .unwrap();
    let mut session = client.start_session().await.unwrap();
    let lsid = session.id().clone();
    let txn = |cmd: Document, start: bool| {
        let mut cmd = cmd;
        cmd.insert("lsid", lsid.clone());
        cmd.insert("txnNumber", 7i64);
        cmd.insert("autocommit", false);
        if start {
            cmd.insert("startTransaction", true);
            cmd.insert(
                "readConcern",
                doc! { "level": "snapshot", "atClusterTime": first },
            );
        }
        cmd
    };
    let r = db
        .run_command(txn(doc! { "find": "c", "filter": {} }, true))
        .session(&mut session)
        .await
        .unwrap();
    assert_eq!(values(&r), vec![Bson::Int32(1)]);
    let r = db
        .run_command(txn(doc! { "find": "c", "filter": {} }, false))
        .session(&mut session)
        .await
        .unwrap();
    assert_eq!(values(&r), vec![Bson::Int32(1)]);
    client
        .database("admin")
        .run_command(txn(doc! { "abortTransaction": 1 }, false))
        .session(&mut session)
        .await
        .unwrap();
    server.stop().await;
}

/// A snapshot is a point of the replica set's history: a standalone server
/// refuses `readConcern: {level: "snapshot"}` as mongod does (NotAReplicaSet),
/// and a command that takes no snapshot reads is still refused for that
/// first (InvalidOptions), as on mongod.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standalone_server_refuses_snapshot_reads() {
    let server = secantusdb::Server::start(secantusdb::Config {
        standalone: true,
        ..secantusdb::Config::ephemeral()
    })
    .await
    .expect("server starts");
    let uri = format!("mongodb://{}/?directConnection=true", server.addr());
    let client = mongodb::Client::with_uri_str(&uri).await.unwrap();
    let db = client.database("snap");
    db.run_command(doc! { "insert": "c", "documents": [{ "_id": 1 }] })
        .await
        .unwrap();
    for cmd in [
        doc! { "find": "c", "readConcern": { "level": "snapshot" } },
        doc! { "aggregate": "c", "pipeline": [], "cursor": {}, "readConcern": { "level": "snapshot" } },
        doc! { "distinct": "c", "key": "_id", "readConcern": { "level": "snapshot" } },
    ] {
        let err = db.run_command(cmd.clone()).await.unwrap_err();
        assert_eq!(common::code(&err), 123, "{cmd}: {err}");
        assert!(err.to_string().contains("replica set member"), "{err}");
    }
    let err = db
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 2 }], "readConcern": { "level": "snapshot" } })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 72, "{err}");
    // Other levels are served as before.
    db.run_command(doc! { "find": "c", "readConcern": { "level": "majority" } })
        .await
        .unwrap();
}
