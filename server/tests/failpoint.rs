//! The `failCommand` fail point, as drivers' test suites use it.

mod common;

use bson::{doc, Document};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fail_command_fires_the_configured_number_of_times() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let coll = client.database("t").collection::<Document>("c");
    coll.insert_one(doc! { "_id": 1 }).await.unwrap();
    admin
        .run_command(doc! {
            "configureFailPoint": "failCommand",
            "mode": { "times": 1 },
            "data": { "failCommands": ["find"], "errorCode": 2, "errorLabels": ["Custom"] },
        })
        .await
        .unwrap();
    let err = client
        .database("t")
        .run_command(doc! { "find": "c" })
        .await
        .unwrap_err();
    match *err.kind {
        mongodb::error::ErrorKind::Command(ref c) => assert_eq!(c.code, 2),
        ref other => panic!("unexpected {other:?}"),
    }
    assert!(err.contains_label("Custom"));
    // Fired once: the next find succeeds.
    client
        .database("t")
        .run_command(doc! { "find": "c" })
        .await
        .unwrap();

    admin
        .run_command(doc! {
            "configureFailPoint": "failCommand",
            "mode": "alwaysOn",
            "data": { "failCommands": ["insert"], "writeConcernError": { "code": 64, "errmsg": "waiting for replication timed out" } },
        })
        .await
        .unwrap();
    let reply = client
        .database("t")
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 2 }] })
        .await
        .unwrap();
    assert_eq!(
        reply
            .get_document("writeConcernError")
            .unwrap()
            .get_i32("code")
            .unwrap(),
        64
    );
    admin
        .run_command(doc! { "configureFailPoint": "failCommand", "mode": "off" })
        .await
        .unwrap();
    let reply = client
        .database("t")
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 3 }] })
        .await
        .unwrap();
    assert!(!reply.contains_key("writeConcernError"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_commands_need_the_flag() {
    let mut cfg = secantusdb::Config::ephemeral();
    cfg.enable_test_commands = false;
    let server = secantusdb::Server::start(cfg).await.unwrap();
    let client = mongodb::Client::with_uri_str(format!(
        "mongodb://{}/?directConnection=true",
        server.addr()
    ))
    .await
    .unwrap();
    let err = client
        .database("admin")
        .run_command(doc! { "configureFailPoint": "failCommand", "mode": "off" })
        .await
        .unwrap_err();
    match *err.kind {
        mongodb::error::ErrorKind::Command(ref c) => assert_eq!(c.code, 59),
        ref other => panic!("unexpected {other:?}"),
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retryable_writes_run_once() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    // One explicit session, so every command carries the same lsid.
    let mut s = client.start_session().await.unwrap();
    let insert = doc! { "insert": "r", "documents": [{ "_id": 1 }], "txnNumber": 1_i64 };
    let first = db
        .run_command(insert.clone())
        .session(&mut s)
        .await
        .unwrap();
    assert_eq!(first.get_i32("n").unwrap(), 1);
    // The same txnNumber again is a retry: the first reply, no duplicate-key error.
    let again = db.run_command(insert).session(&mut s).await.unwrap();
    assert_eq!(again.get_i32("n").unwrap(), 1, "{again}");
    assert!(!again.contains_key("writeErrors"));
    let older = db
        .run_command(doc! { "insert": "r", "documents": [{ "_id": 2 }], "txnNumber": 0_i64 })
        .session(&mut s)
        .await
        .unwrap_err();
    assert!(
        older.to_string().contains("newer retryable write"),
        "{older}"
    );
    server.stop().await;
}
