//! DDL inside multi-document transactions, as mongod 8.0 allows: `create`,
//! implicit creation by an insert, and `createIndexes` on a collection the
//! transaction created — invisible to others until commit, gone on abort.

mod common;

use bson::{doc, Document};
use common::code;

async fn names(client: &mongodb::Client) -> Vec<String> {
    client
        .database("ddl")
        .list_collection_names()
        .await
        .unwrap()
}

async fn index_names(client: &mongodb::Client, coll: &str) -> Vec<String> {
    client
        .database("ddl")
        .collection::<Document>(coll)
        .list_index_names()
        .await
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn created_collections_and_indexes_commit_with_the_transaction() {
    let (server, client) = common::start().await;
    let db = client.database("ddl");
    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    db.run_command(doc! { "create": "made" })
        .session(&mut s)
        .await
        .unwrap();
    db.run_command(
        doc! { "createIndexes": "made", "indexes": [{ "key": { "x": 1 }, "name": "x_1" }] },
    )
    .session(&mut s)
    .await
    .unwrap();
    let made = db.collection::<Document>("made");
    made.insert_one(doc! { "_id": 1, "x": 5 })
        .session(&mut s)
        .await
        .unwrap();
    // Implicit creation by an insert.
    db.collection::<Document>("implicit")
        .insert_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap();
    // Inside: the transaction sees its collection and its documents.
    assert_eq!(
        made.find_one(doc! { "x": 5 })
            .session(&mut s)
            .await
            .unwrap()
            .unwrap()
            .get_i32("_id")
            .unwrap(),
        1
    );
    // Outside: nothing yet, and a concurrent reader finds no collection.
    assert!(names(&client).await.is_empty());
    assert!(made.find_one(doc! {}).await.unwrap().is_none());
    assert!(index_names(&client, "made").await.is_empty());
    s.commit_transaction().await.unwrap();
    let mut all = names(&client).await;
    all.sort();
    assert_eq!(all, vec!["implicit".to_string(), "made".to_string()]);
    assert_eq!(index_names(&client, "made").await, vec!["_id_", "x_1"]);
    assert_eq!(made.count_documents(doc! {}).await.unwrap(), 1);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_aborted_transaction_leaves_no_collection_behind() {
    let (server, client) = common::start().await;
    let db = client.database("ddl");
    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    db.run_command(
        doc! { "createIndexes": "gone", "indexes": [{ "key": { "y": 1 }, "name": "y_1" }] },
    )
    .session(&mut s)
    .await
    .unwrap();
    db.collection::<Document>("gone")
        .insert_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap();
    s.abort_transaction().await.unwrap();
    assert!(names(&client).await.is_empty());
    // The name is free again, outside and in a new transaction.
    db.create_collection("gone").await.unwrap();
    assert_eq!(index_names(&client, "gone").await, vec!["_id_"]);
    s.start_transaction().await.unwrap();
    let err = db
        .run_command(doc! { "create": "gone" })
        .session(&mut s)
        .await
        .unwrap_err();
    assert_eq!(code(&err), 48, "{err}"); // NamespaceExists
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn indexes_only_on_collections_the_transaction_created_and_left_empty() {
    let (server, client) = common::start().await;
    let db = client.database("ddl");
    db.create_collection("old").await.unwrap();
    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    // An existing collection, even empty: refused.
    let err = db
        .run_command(
            doc! { "createIndexes": "old", "indexes": [{ "key": { "a": 1 }, "name": "a_1" }] },
        )
        .session(&mut s)
        .await
        .unwrap_err();
    assert_eq!(code(&err), 263, "{err}"); // OperationNotSupportedInTransaction
                                          // The failed statement aborted the transaction on the server.
    let _ = s.abort_transaction().await;
    s.start_transaction().await.unwrap();
    db.collection::<Document>("fresh")
        .insert_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap();
    // Created by this transaction but holding a document: refused too.
    let err = db
        .run_command(
            doc! { "createIndexes": "fresh", "indexes": [{ "key": { "a": 1 }, "name": "a_1" }] },
        )
        .session(&mut s)
        .await
        .unwrap_err();
    assert_eq!(code(&err), 263, "{err}");
    // Nor does any writing aggregation stage run in a transaction.
    let _ = s.abort_transaction().await;
    s.start_transaction().await.unwrap();
    let err = db
        .run_command(doc! { "aggregate": "old", "pipeline": [{ "$out": "copy" }], "cursor": {} })
        .session(&mut s)
        .await
        .unwrap_err();
    assert_eq!(code(&err), 263, "{err}");
    server.stop().await;
}

/// A create outside the transaction waits for the transaction creating the
/// same collection, then finds it there (NamespaceExists) once it commits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_create_outside_waits_for_the_transaction() {
    let (server, client) = common::start().await;
    let db = client.database("ddl");
    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    db.run_command(doc! { "create": "contested" })
        .session(&mut s)
        .await
        .unwrap();
    let other = db.clone();
    let outside = tokio::spawn(async move { other.create_collection("contested").await });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!outside.is_finished(), "the outside create did not wait");
    s.commit_transaction().await.unwrap();
    let err = outside.await.unwrap().unwrap_err();
    assert_eq!(code(&err), 48, "{err}");
    server.stop().await;
}
