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
