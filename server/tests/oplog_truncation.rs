//! The oplog keeps to its size (`--oplogSize`): the oldest entries are
//! truncated while streams are open, and a stream whose position fell off
//! the oplog — open or resumed — gets ChangeStreamHistoryLost (286) instead
//! of silently missing events.

mod common;

use bson::{doc, Document};
use common::code;
use futures_util::StreamExt;
use mongodb::Client;
use secantusdb::{Config, Server};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncation_bounds_the_oplog_and_reports_lost_history() {
    let server = Server::start(Config {
        oplog_size_mb: Some(1),
        ..Config::ephemeral()
    })
    .await
    .unwrap();
    let client = Client::with_uri_str(format!(
        "mongodb://{}/?directConnection=true",
        server.addr()
    ))
    .await
    .unwrap();
    let db = client.database("t");
    let coll = db.collection::<Document>("c");
    coll.insert_one(doc! { "_id": -1 }).await.unwrap();
    // A stream that reads one event and then falls behind.
    let mut slow = coll.watch().await.unwrap();
    coll.insert_one(doc! { "_id": 0 }).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(10), slow.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let token = first.id.clone();
    // 4 MB of writes into a 1 MB oplog.
    let pad = "x".repeat(10_000);
    for i in 1..=400 {
        coll.insert_one(doc! { "_id": i, "pad": pad.clone() })
            .await
            .unwrap();
    }
    // The keeper truncates within a second.
    let mut size = i64::MAX;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let stats = client
            .database("local")
            .run_command(doc! { "collStats": "oplog.rs" })
            .await
            .unwrap();
        size = stats
            .get_i64("size")
            .or_else(|_| stats.get_i32("size").map(i64::from))
            .unwrap();
        if size <= 1_100_000 {
            break;
        }
    }
    assert!(size <= 1_100_000, "oplog still holds {size} bytes");
    // The newest writes are all still there for a reader that keeps up.
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 402);

    // Resuming from before the truncation point fails...
    let err = coll.watch().resume_after(token).await.unwrap_err();
    assert_eq!(code(&err), 286, "{err}");
    // ...and so does the open stream that fell behind.
    let err = loop {
        match tokio::time::timeout(Duration::from_secs(10), slow.next())
            .await
            .unwrap()
        {
            Some(Ok(_)) => continue,
            Some(Err(e)) => break e,
            None => panic!("stream ended without an error"),
        }
    };
    assert_eq!(code(&err), 286, "{err}");
    server.stop().await;
}

/// On an in-memory store the oplog, the snapshot history and the data share
/// WiredTiger's cache: churning documents of a megabyte through a small
/// cache must keep working (the keeper drops history under pressure and
/// writes wait for eviction) instead of failing with ExceededMemoryLimit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_in_memory_store_survives_churn_of_large_documents() {
    let server = Server::start(Config {
        cache_size_mb: 128,
        ..Config::ephemeral()
    })
    .await
    .unwrap();
    let client = Client::with_uri_str(format!(
        "mongodb://{}/?directConnection=true",
        server.addr()
    ))
    .await
    .unwrap();
    let coll = client.database("t").collection::<Document>("big");
    let blob = "x".repeat(1024 * 1024 - 100);
    for round in 0..25 {
        let docs: Vec<Document> = (0..10)
            .map(|i| doc! { "_id": i, "b": blob.clone() })
            .collect();
        coll.insert_many(docs)
            .await
            .unwrap_or_else(|e| panic!("round {round}: insert failed: {e}"));
        coll.update_many(doc! {}, doc! { "$set": { "r": round } })
            .await
            .unwrap_or_else(|e| panic!("round {round}: update failed: {e}"));
        coll.delete_many(doc! {})
            .await
            .unwrap_or_else(|e| panic!("round {round}: delete failed: {e}"));
    }
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 0);
}
