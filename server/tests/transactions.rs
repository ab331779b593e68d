//! Multi-document transactions through the driver's session API.

mod common;

use bson::{doc, Document};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commit_abort_isolation_and_conflicts() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("tx");
    coll.insert_one(doc! { "_id": 0 }).await.unwrap();

    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    coll.insert_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap();
    // Visible inside the transaction, not outside.
    assert_eq!(
        coll.count_documents(doc! {})
            .session(&mut s)
            .await
            .expect("count_documents inside the transaction"),
        2
    );
    assert!(coll
        .find_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap()
        .is_some());
    assert!(coll.find_one(doc! { "_id": 1 }).await.unwrap().is_none());
    s.commit_transaction().await.unwrap();
    assert!(coll.find_one(doc! { "_id": 1 }).await.unwrap().is_some());

    s.start_transaction().await.unwrap();
    coll.insert_one(doc! { "_id": 2 })
        .session(&mut s)
        .await
        .unwrap();
    s.abort_transaction().await.unwrap();
    assert!(coll.find_one(doc! { "_id": 2 }).await.unwrap().is_none());

    // A duplicate key aborts the transaction.
    s.start_transaction().await.unwrap();
    coll.insert_one(doc! { "_id": 3 })
        .session(&mut s)
        .await
        .unwrap();
    let err = coll
        .insert_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("E11000"), "{err}");
    let err = s.commit_transaction().await.unwrap_err();
    assert!(
        err.contains_label("TransientTransactionError")
            || err.to_string().contains("NoSuchTransaction"),
        "{err}"
    );
    assert!(coll.find_one(doc! { "_id": 3 }).await.unwrap().is_none());

    // Two transactions writing one document: the second gets a transient write conflict.
    let mut a = client.start_session().await.unwrap();
    let mut b = client.start_session().await.unwrap();
    a.start_transaction().await.unwrap();
    b.start_transaction().await.unwrap();
    coll.update_one(doc! { "_id": 0 }, doc! { "$set": { "by": "a" } })
        .session(&mut a)
        .await
        .unwrap();
    let err = coll
        .update_one(doc! { "_id": 0 }, doc! { "$set": { "by": "b" } })
        .session(&mut b)
        .await
        .unwrap_err();
    assert!(err.contains_label("TransientTransactionError"), "{err}");
    a.commit_transaction().await.unwrap();
    assert_eq!(
        coll.find_one(doc! { "_id": 0 })
            .await
            .unwrap()
            .unwrap()
            .get_str("by")
            .unwrap(),
        "a"
    );

    // Commands outside the allowed set are refused.
    let mut c = client.start_session().await.unwrap();
    c.start_transaction().await.unwrap();
    let err = client
        .database("t")
        .run_command(doc! { "listCollections": 1 })
        .session(&mut c)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("multi-document transaction"),
        "{err}"
    );
    server.stop().await;
}
