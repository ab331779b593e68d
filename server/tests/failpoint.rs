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
    // Reconfiguring answers how many times it fired (mongod's `count`).
    let off = admin
        .run_command(doc! { "configureFailPoint": "failCommand", "mode": "off" })
        .await
        .unwrap();
    assert_eq!(off.get_i32("count").unwrap(), 1, "{off}");

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

/// A fail point on the handshake: it matches the app name the handshake
/// itself carries, and a failCommands entry matches a command by any of
/// its names (`ismaster` for isMaster); without failCommands it is on but
/// matches nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fail_command_on_the_handshake_by_app_name_and_alias() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let addr = server.addr();
    let with_app = |app: &'static str| {
        let uri = format!(
            "mongodb://{addr}/?directConnection=true&appName={app}&serverSelectionTimeoutMS=1000"
        );
        async move { mongodb::Client::with_uri_str(uri).await.unwrap() }
    };
    admin
        .run_command(doc! {
            "configureFailPoint": "failCommand",
            "mode": "alwaysOn",
            "data": { "failCommands": ["ismaster", "hello"], "errorCode": 2, "appName": "blocked" },
        })
        .await
        .unwrap();
    let blocked = with_app("blocked").await;
    assert!(blocked
        .database("admin")
        .run_command(doc! { "ping": 1 })
        .await
        .is_err());
    let other = with_app("other").await;
    other
        .database("admin")
        .run_command(doc! { "ping": 1 })
        .await
        .unwrap();
    // The legacy name matches isMaster sent in either spelling.
    let err = other
        .database("admin")
        .run_command(doc! { "isMaster": 1 })
        .await;
    assert!(err.is_ok(), "another app's isMaster must pass: {err:?}");
    admin
        .run_command(doc! {
            "configureFailPoint": "failCommand",
            "mode": "alwaysOn",
            "data": { "failCommands": ["ismaster"], "errorCode": 2 },
        })
        .await
        .unwrap();
    let err = client
        .database("admin")
        .run_command(doc! { "isMaster": 1 })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 2);
    // No failCommands: accepted, and nothing fails.
    admin
        .run_command(doc! { "configureFailPoint": "failCommand", "mode": "alwaysOn", "data": { "errorCode": 2 } })
        .await
        .unwrap();
    client
        .database("admin")
        .run_command(doc! { "isMaster": 1 })
        .await
        .unwrap();
    admin
        .run_command(doc! { "configureFailPoint": "failCommand", "mode": "off" })
        .await
        .unwrap();
    server.stop().await;
}

/// configureFailPoint refuses bad input with mongod's codes
/// (`FailPoint::parseBSON`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configure_fail_point_refuses_bad_input_as_mongod() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let data = doc! { "failCommands": ["ping"], "errorCode": 2 };
    let cases: Vec<(Document, i32)> = vec![
        // No mode: IllegalOperation.
        (
            doc! { "configureFailPoint": "failCommand", "data": data.clone() },
            20,
        ),
        // Unknown mode string: BadValue.
        (
            doc! { "configureFailPoint": "failCommand", "mode": "sometimes" },
            2,
        ),
        // Mode of the wrong type: TypeMismatch.
        (doc! { "configureFailPoint": "failCommand", "mode": 1 }, 14),
        // Unknown mode object: BadValue.
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "often": 1 } },
            2,
        ),
        // Negative counts: BadValue; a count of the wrong type: TypeMismatch.
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "times": -1 } },
            2,
        ),
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "skip": -3 } },
            2,
        ),
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "times": "2" } },
            14,
        ),
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "times": 3_000_000_000_i64 } },
            2,
        ),
        // Probability out of range: BadValue; not a number: TypeMismatch.
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "activationProbability": 1.5 } },
            2,
        ),
        (
            doc! { "configureFailPoint": "failCommand", "mode": { "activationProbability": "half" } },
            14,
        ),
        // data must be an object: TypeMismatch.
        (
            doc! { "configureFailPoint": "failCommand", "mode": "alwaysOn", "data": 5 },
            14,
        ),
        // An unknown fail point: FailPointSetFailed.
        (
            doc! { "configureFailPoint": "noSuchFailPoint", "mode": "off" },
            266,
        ),
    ];
    for (cmd, want) in cases {
        let err = admin.run_command(cmd.clone()).await.unwrap_err();
        assert_eq!(common::code(&err), want, "{cmd}: {err}");
    }
    // activationProbability 0 never fires, 1 always does.
    for (p, fails) in [(0.0, false), (1.0, true)] {
        admin
            .run_command(doc! { "configureFailPoint": "failCommand", "mode": { "activationProbability": p }, "data": data.clone() })
            .await
            .unwrap();
        for _ in 0..5 {
            let r = admin.run_command(doc! { "ping": 1 }).await;
            assert_eq!(r.is_err(), fails, "activationProbability {p}");
        }
    }
    admin
        .run_command(doc! { "configureFailPoint": "failCommand", "mode": "off" })
        .await
        .unwrap();
    server.stop().await;
}

/// setParameter changes the parameters the server has, as getParameter
/// then shows, and refuses the names it does not know.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_parameter_takes_effect_or_refuses() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let r = admin
        .run_command(doc! { "setParameter": 1, "cursorTimeoutMillis": 123_456 })
        .await
        .unwrap();
    assert_eq!(r.get_i32("was").unwrap(), 600_000);
    let got = admin
        .run_command(doc! { "getParameter": 1, "cursorTimeoutMillis": 1 })
        .await
        .unwrap();
    assert_eq!(got.get_i64("cursorTimeoutMillis").unwrap(), 123_456);
    admin
        .run_command(doc! { "setParameter": 1, "cursorTimeoutMillis": 600_000 })
        .await
        .unwrap();
    let err = admin
        .run_command(doc! { "setParameter": 1, "noSuchParameter": 5 })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 72, "{err}"); // InvalidOptions
    let err = admin
        .run_command(doc! { "setParameter": 1, "transactionLifetimeLimitSeconds": 0 })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 2, "{err}");
    server.stop().await;
}

/// `onPrimaryTransactionalWrite` counts the documents a retryable write
/// writes (its `skip`), fails the write of the one it fires on before it
/// commits, and closes the connection unless told not to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_primary_transactional_write_counts_documents() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let db = client.database("tw");
    let session = client.start_session().await.unwrap();
    let lsid = session.id().clone();
    // Documents over 256 KB are written one per storage transaction.
    let big = "x".repeat(300 * 1024);
    let docs: Vec<Document> = (1..=4).map(|i| doc! { "_id": i, "pad": &big }).collect();
    let arm = |data: Document| {
        doc! {
            "configureFailPoint": "onPrimaryTransactionalWrite",
            "mode": { "skip": 2 },
            "data": data,
        }
    };
    admin
        .run_command(arm(doc! { "failBeforeCommitExceptionCode": 1 }))
        .await
        .unwrap();
    let err = db
        .run_command(doc! { "insert": "c", "documents": docs.clone(), "lsid": lsid.clone(), "txnNumber": 1i64 })
        .await
        .unwrap_err();
    assert!(
        matches!(*err.kind, mongodb::error::ErrorKind::Io(_)),
        "{err:?}"
    );
    let c = db.collection::<Document>("c");
    assert_eq!(c.count_documents(doc! {}).await.unwrap(), 2);

    // closeConnection: false answers with the failed statement's error.
    admin
        .run_command(arm(
            doc! { "failBeforeCommitExceptionCode": 1, "closeConnection": false },
        ))
        .await
        .unwrap();
    c.delete_many(doc! {}).await.unwrap();
    let reply = db
        .run_command(doc! { "insert": "c", "documents": docs, "lsid": lsid, "txnNumber": 2i64 })
        .await
        .unwrap();
    assert_eq!(reply.get_i32("n").unwrap(), 2, "{reply}");
    let errors = reply.get_array("writeErrors").unwrap();
    assert_eq!(
        errors[0].as_document().unwrap().get_i32("index").unwrap(),
        2
    );
    admin
        .run_command(doc! { "configureFailPoint": "onPrimaryTransactionalWrite", "mode": "off" })
        .await
        .unwrap();
    server.stop().await;
}

/// The ingress connection establishment rate limiter: with 2 connections a
/// second, a burst of one second and nobody allowed to wait, a burst of
/// connections gets two answered and the rest closed before a reply.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingress_rate_limiter_admits_the_rate_and_closes_the_rest() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    for (k, v) in [
        (
            "ingressConnectionEstablishmentRatePerSec",
            bson::Bson::Int32(2),
        ),
        (
            "ingressConnectionEstablishmentBurstCapacitySecs",
            bson::Bson::Double(1.0),
        ),
        (
            "ingressConnectionEstablishmentMaxQueueDepth",
            bson::Bson::Int32(0),
        ),
        (
            "ingressConnectionEstablishmentRateLimiterEnabled",
            bson::Bson::Boolean(true),
        ),
    ] {
        admin
            .run_command(doc! { "setParameter": 1, k: v })
            .await
            .unwrap();
    }
    // A raw OP_MSG ping on each new connection.
    let body = doc! { "ping": 1, "$db": "admin" }.to_vec().unwrap();
    let mut msg = Vec::new();
    msg.extend_from_slice(&((16 + 4 + 1 + body.len()) as i32).to_le_bytes());
    msg.extend_from_slice(&1i32.to_le_bytes());
    msg.extend_from_slice(&0i32.to_le_bytes());
    msg.extend_from_slice(&2013i32.to_le_bytes());
    msg.extend_from_slice(&0u32.to_le_bytes());
    msg.push(0);
    msg.extend_from_slice(&body);
    let mut answered = 0;
    let mut refused = 0;
    for _ in 0..6 {
        let mut s = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
        let _ = s.write_all(&msg).await;
        let mut len = [0u8; 4];
        match tokio::time::timeout(std::time::Duration::from_secs(5), s.read_exact(&mut len)).await
        {
            Ok(Ok(_)) => answered += 1,
            _ => refused += 1,
        }
    }
    assert_eq!((answered, refused), (2, 4));
    admin
        .run_command(
            doc! { "setParameter": 1, "ingressConnectionEstablishmentRateLimiterEnabled": false },
        )
        .await
        .unwrap();
    server.stop().await;
}
