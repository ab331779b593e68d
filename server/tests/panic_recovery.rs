//! A panic inside a command (injected with the `panicInCommand` fail
//! point, after the command's writes and before they commit) is answered
//! with InternalError; the write is not committed, a transaction it ran
//! in is aborted, and the server keeps serving — the same session, the
//! same collection, other connections.

mod common;

use bson::{doc, Document};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_command_fails_alone() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let db = client.database("p");
    db.run_command(doc! { "insert": "c", "documents": [{ "_id": 0 }] })
        .await
        .unwrap();
    let arm = doc! {
        "configureFailPoint": "panicInCommand",
        "mode": { "times": 1 },
        "data": { "failCommands": ["insert"] },
    };
    // Outside a transaction.
    admin.run_command(arm.clone()).await.unwrap();
    let err = db
        .run_command(doc! { "insert": "c", "documents": [{ "_id": 1 }] })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 1, "{err}");
    // Inside one: the transaction is aborted.
    admin.run_command(arm).await.unwrap();
    let mut session = client.start_session().await.unwrap();
    let lsid = session.id().clone();
    let in_txn = |mut cmd: Document, start: bool| {
        cmd.insert("lsid", lsid.clone());
        cmd.insert("txnNumber", 1i64);
        cmd.insert("autocommit", false);
        if start {
            cmd.insert("startTransaction", true);
        }
        cmd
    };
    let err = db
        .run_command(in_txn(
            doc! { "insert": "c", "documents": [{ "_id": 2 }] },
            true,
        ))
        .session(&mut session)
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 1, "{err}");
    let err = db
        .run_command(in_txn(doc! { "find": "c" }, false))
        .session(&mut session)
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 251, "{err}");
    // Nothing of either write was kept, and everything still works.
    let coll = db.collection::<Document>("c");
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 1);
    for i in 3..20 {
        coll.insert_one(doc! { "_id": i }).await.unwrap();
    }
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 18);
    let other = common::client(&server.addr().to_string()).await;
    other
        .database("p")
        .run_command(doc! { "ping": 1 })
        .await
        .unwrap();
    server.stop().await;
}
