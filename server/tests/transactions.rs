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

/// The WiredTiger table files in `dir`.
fn table_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.starts_with("collection-") && name.ends_with(".wt")
        })
        .count()
}

/// A collection dropped while a transaction that wrote to it is open: the
/// drop answers at once, and its table goes only after the transaction
/// ends (dropping it earlier let the transaction's rollback write to freed
/// memory — found by the wire fuzzer under valgrind).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_collections_table_outlives_open_transactions() {
    let dir = tempfile::tempdir().unwrap();
    let server = secantusdb::Server::start(secantusdb::Config {
        port: 0,
        storage_path: dir.path().to_path_buf(),
        ..secantusdb::Config::default()
    })
    .await
    .unwrap();
    let client = mongodb::Client::with_uri_str(format!(
        "mongodb://{}/?directConnection=true",
        server.addr()
    ))
    .await
    .unwrap();
    let coll = client.database("t").collection::<Document>("gone");
    coll.insert_one(doc! { "_id": 0 }).await.unwrap();
    let before = table_files(dir.path());
    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    coll.insert_one(doc! { "_id": 1 })
        .session(&mut s)
        .await
        .unwrap();
    coll.drop().await.unwrap();
    assert!(!client
        .database("t")
        .list_collection_names()
        .await
        .unwrap()
        .contains(&"gone".to_string()));
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        table_files(dir.path()),
        before,
        "dropped under the transaction"
    );
    s.abort_transaction().await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while table_files(dir.path()) >= before && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(table_files(dir.path()) < before, "table never dropped");
    client
        .database("admin")
        .run_command(doc! { "ping": 1 })
        .await
        .unwrap();
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lookup_union_and_graph_lookup_see_the_transactions_writes() {
    let (server, client) = common::start().await;
    let db = client.database("txn_reads");
    let local = db.collection::<Document>("local");
    let foreign = db.collection::<Document>("foreign");
    local.insert_one(doc! { "_id": 1, "k": 1 }).await.unwrap();
    foreign
        .insert_one(doc! { "_id": 10, "k": 1 })
        .await
        .unwrap();
    let pipeline = vec![
        doc! { "$lookup": { "from": "foreign", "localField": "k", "foreignField": "k", "as": "joined" } },
        doc! { "$graphLookup": { "from": "foreign", "startWith": "$k", "connectFromField": "k", "connectToField": "k", "as": "graph" } },
        doc! { "$unionWith": { "coll": "foreign", "pipeline": [{ "$match": { "_id": { "$gte": 10 } } }] } },
    ];
    let sizes = |docs: &[Document]| -> (usize, usize, usize) {
        (
            docs[0].get_array("joined").unwrap().len(),
            docs[0].get_array("graph").unwrap().len(),
            docs.len() - 1,
        )
    };
    let mut s = client.start_session().await.unwrap();
    s.start_transaction().await.unwrap();
    foreign
        .insert_one(doc! { "_id": 11, "k": 1 })
        .session(&mut s)
        .await
        .unwrap();
    let mut inside = Vec::new();
    let mut cursor = local
        .aggregate(pipeline.clone())
        .session(&mut s)
        .await
        .unwrap();
    while let Some(d) = cursor.next(&mut s).await {
        inside.push(d.unwrap());
    }
    // The transaction's own write is joined, unioned and traversed…
    assert_eq!(sizes(&inside), (2, 2, 2));
    // …and nobody else sees it before the commit.
    let mut outside = Vec::new();
    let mut c = local.aggregate(pipeline.clone()).await.unwrap();
    while let Some(d) = futures_util::StreamExt::next(&mut c).await {
        outside.push(d.unwrap());
    }
    assert_eq!(sizes(&outside), (1, 1, 1));
    s.commit_transaction().await.unwrap();
    server.stop().await;
}
