//! The handshake and introspection commands as drivers see them.

mod common;

use bson::{doc, Bson};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hello_presents_a_one_member_replica_set() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let hello = admin.run_command(doc! { "hello": 1 }).await.unwrap();
    let me = server.addr().to_string();
    assert!(hello.get_bool("isWritablePrimary").unwrap());
    assert_eq!(hello.get_str("setName").unwrap(), "secantus");
    assert_eq!(
        hello.get_array("hosts").unwrap(),
        &vec![Bson::String(me.clone())]
    );
    assert_eq!(hello.get_str("primary").unwrap(), me);
    assert_eq!(hello.get_str("me").unwrap(), me);
    assert_eq!(hello.get_i32("maxWireVersion").unwrap(), 25);
    assert_eq!(
        hello.get_i32("maxBsonObjectSize").unwrap(),
        16 * 1024 * 1024
    );
    assert_eq!(hello.get_i32("maxMessageSizeBytes").unwrap(), 48_000_000);
    assert_eq!(hello.get_i32("maxWriteBatchSize").unwrap(), 100_000);
    assert_eq!(hello.get_i32("logicalSessionTimeoutMinutes").unwrap(), 30);
    assert!(hello.get_document("topologyVersion").is_ok());
    assert!(hello.get_document("lastWrite").is_ok());
    assert!(hello.contains_key("$clusterTime"));
    assert!(hello.contains_key("operationTime"));

    let legacy = admin.run_command(doc! { "isMaster": 1 }).await.unwrap();
    assert!(legacy.get_bool("ismaster").unwrap());

    let bi = admin.run_command(doc! { "buildInfo": 1 }).await.unwrap();
    assert!(bi.get_str("version").unwrap().starts_with("8.0."));
    assert_eq!(
        bi.get_str("secantusVersion").unwrap(),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(bi.get_array("versionArray").unwrap()[0], Bson::Int32(8));

    let params = admin
        .run_command(doc! { "getParameter": "*" })
        .await
        .unwrap();
    assert!(params.get_bool("enableTestCommands").unwrap());
    let cmds = admin.run_command(doc! { "listCommands": 1 }).await.unwrap();
    let cmds = cmds.get_document("commands").unwrap();
    for name in [
        "find",
        "insert",
        "getMore",
        "hello",
        "isMaster",
        "listCommands",
    ] {
        assert!(cmds.contains_key(name), "listCommands lacks {name}");
    }
    for cmd in [
        doc! { "ping": 1 },
        doc! { "serverStatus": 1 },
        doc! { "hostInfo": 1 },
        doc! { "getCmdLineOpts": 1 },
        doc! { "whatsmyuri": 1 },
        doc! { "connectionStatus": 1 },
        doc! { "replSetGetStatus": 1 },
        doc! { "getLog": "global" },
        doc! { "killAllSessions": [] },
    ] {
        admin
            .run_command(cmd.clone())
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }
    let err = client
        .database("t")
        .run_command(doc! { "getCmdLineOpts": 1 })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("admin database"), "{err}");
    server.stop().await;
}

/// No users exist, so authentication fails as mongod's does for an unknown
/// user; mechanisms mongod does not enable get MechanismUnavailable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authentication_fails_without_users() {
    let (server, client) = common::start().await;
    let uri = format!(
        "mongodb://notauser:fail@{}/?directConnection=true&serverSelectionTimeoutMS=2000",
        server.addr()
    );
    let with_credentials = mongodb::Client::with_uri_str(&uri).await.unwrap();
    let err = with_credentials
        .database("admin")
        .run_command(bson::doc! { "ping": 1 })
        .await
        .unwrap_err();
    assert!(
        format!("{err:?}").contains("Authentication failed"),
        "{err:?}"
    );
    let admin = client.database("admin");
    for (cmd, want) in [
        (
            bson::doc! { "saslStart": 1, "mechanism": "SCRAM-SHA-256", "payload": bson::Binary { subtype: bson::spec::BinarySubtype::Generic, bytes: b"n,,n=u,r=abc".to_vec() } },
            18,
        ),
        (
            bson::doc! { "saslStart": 1, "mechanism": "PLAIN", "payload": "x" },
            334,
        ),
        (
            bson::doc! { "saslContinue": 1, "conversationId": 1, "payload": "x" },
            17,
        ),
        (
            bson::doc! { "authenticate": 1, "mechanism": "MONGODB-X509" },
            18,
        ),
    ] {
        let err = admin.run_command(cmd.clone()).await.unwrap_err();
        assert_eq!(common::code(&err), want, "{cmd}: {err}");
    }
    server.stop().await;
}
