//! Index changes under running queries: collMod keeps an index's multikey
//! flag (so two-sided ranges stay one-sided on arrays), and a streamed index
//! cursor whose index was rebuilt (unique conversion) or dropped and
//! recreated ends with QueryPlanKilled instead of resuming in a table whose
//! keys mean something else.

use bson::{doc, Document};
use futures_util::TryStreamExt;

mod common;

async fn ids(coll: &mongodb::Collection<Document>, filter: Document) -> Vec<i32> {
    let mut out: Vec<i32> = coll
        .find(filter)
        .await
        .unwrap()
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .iter()
        .map(|d| d.get_i32("_id").unwrap())
        .collect();
    out.sort_unstable();
    out
}

/// An index that holds arrays stays multikey when collMod changes one of
/// its options (hidden, prepareUnique, expireAfterSeconds): otherwise two
/// bounds on one field are intersected and documents whose array meets
/// each bound with a different element are lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coll_mod_keeps_multikey() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("mk");
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"a": 1}).build())
        .await
        .unwrap();
    coll.insert_many(vec![doc! {"_id": 1, "a": [1, 20]}, doc! {"_id": 2, "a": 7}])
        .await
        .unwrap();
    let q = doc! {"a": {"$gt": 5, "$lt": 10}};
    assert_eq!(ids(&coll, q.clone()).await, vec![1, 2], "before collMod");
    db.run_command(doc! {"collMod": "mk", "index": {"name": "a_1", "prepareUnique": true}})
        .await
        .unwrap();
    assert_eq!(
        ids(&coll, q.clone()).await,
        vec![1, 2],
        "after collMod prepareUnique"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coll_mod_hidden_keeps_multikey() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("mk2");
    coll.insert_many(vec![doc! {"_id": 1, "a": [1, 20]}, doc! {"_id": 2, "a": 7}])
        .await
        .unwrap();
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"a": 1}).build())
        .await
        .unwrap();
    let q = doc! {"a": {"$gt": 5, "$lt": 10}};
    assert_eq!(ids(&coll, q.clone()).await, vec![1, 2], "before collMod");
    for hidden in [true, false] {
        db.run_command(doc! {"collMod": "mk2", "index": {"name": "a_1", "hidden": hidden}})
            .await
            .unwrap();
    }
    assert_eq!(ids(&coll, q.clone()).await, vec![1, 2], "after hide/unhide");
    server.stop().await;
}

/// A streamed index cursor whose index is dropped and recreated under the
/// same name (different key) between batches: mongod kills the cursor
/// (QueryPlanKilled); walking the new index with the old bounds returns
/// documents that do not belong to the query or skips ones that do.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recreated_index_kills_a_streamed_cursor() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("re");
    coll.insert_many((0..50).map(|i| doc! {"_id": i, "a": i, "b": -i}))
        .await
        .unwrap();
    coll.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! {"a": 1})
            .options(
                mongodb::options::IndexOptions::builder()
                    .name("i".to_string())
                    .build(),
            )
            .build(),
    )
    .await
    .unwrap();
    let mut session = client.start_session().await.unwrap();
    let reply = db
        .run_command(
            doc! {"find": "re", "filter": {"a": {"$gte": 10}}, "batchSize": 5, "hint": "i"},
        )
        .session(&mut session)
        .await
        .unwrap();
    let id = reply.get_document("cursor").unwrap().get_i64("id").unwrap();
    assert_ne!(id, 0);
    coll.drop_index("i").await.unwrap();
    coll.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! {"b": 1})
            .options(
                mongodb::options::IndexOptions::builder()
                    .name("i".to_string())
                    .build(),
            )
            .build(),
    )
    .await
    .unwrap();
    let r = db
        .run_command(doc! {"getMore": id, "collection": "re", "batchSize": 100})
        .session(&mut session)
        .await;
    match r {
        Err(e) => match *e.kind {
            mongodb::error::ErrorKind::Command(ref e) => assert_eq!(e.code, 175, "{e:?}"),
            ref other => panic!("unexpected error {other:?}"),
        },
        Ok(reply) => {
            let next: Vec<i32> = reply
                .get_document("cursor")
                .unwrap()
                .get_array("nextBatch")
                .unwrap()
                .iter()
                .map(|d| d.as_document().unwrap().get_i32("a").unwrap())
                .collect();
            panic!("getMore went on over the new index: nextBatch a = {next:?} (want 15..50 or QueryPlanKilled)");
        }
    }
    server.stop().await;
}

/// A streamed cursor over a non-unique index that stopped *before* a
/// document (the 16 MB batch limit) resumes in the unique layout after a
/// collMod conversion: its saved position (key + record id) sorts after
/// the unique entry of that key, so the document is skipped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unique_conversion_under_a_streamed_cursor() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("conv");
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"a": 1}).build())
        .await
        .unwrap();
    let pad = "x".repeat(1_000_000);
    for i in 0..20 {
        coll.insert_one(doc! {"_id": i, "a": i, "p": pad.clone()})
            .await
            .unwrap();
    }
    let mut session = client.start_session().await.unwrap();
    let reply = db
        .run_command(doc! {"find": "conv", "filter": {"a": {"$gte": 0}}, "hint": "a_1"})
        .session(&mut session)
        .await
        .unwrap();
    let cursor = reply.get_document("cursor").unwrap();
    let first: Vec<i32> = cursor
        .get_array("firstBatch")
        .unwrap()
        .iter()
        .map(|d| d.as_document().unwrap().get_i32("a").unwrap())
        .collect();
    let id = cursor.get_i64("id").unwrap();
    assert!(first.len() < 20 && id != 0, "first batch {first:?}");
    db.run_command(doc! {"collMod": "conv", "index": {"name": "a_1", "prepareUnique": true}})
        .await
        .unwrap();
    db.run_command(doc! {"collMod": "conv", "index": {"name": "a_1", "unique": true}})
        .await
        .unwrap();
    let mut all = first.clone();
    let mut id = id;
    while id != 0 {
        let r = db
            .run_command(doc! {"getMore": id, "collection": "conv"})
            .session(&mut session)
            .await;
        let reply = match r {
            Ok(r) => r,
            // Killing the cursor would be acceptable (mongod's behaviour).
            Err(e) => {
                eprintln!("getMore failed: {e}");
                server.stop().await;
                return;
            }
        };
        let c = reply.get_document("cursor").unwrap();
        all.extend(
            c.get_array("nextBatch")
                .unwrap()
                .iter()
                .map(|d| d.as_document().unwrap().get_i32("a").unwrap()),
        );
        id = c.get_i64("id").unwrap();
    }
    assert_eq!(
        all,
        (0..20).collect::<Vec<i32>>(),
        "first batch had {}",
        first.len()
    );
    server.stop().await;
}
