//! Views through the driver: creation, reads by find/count/distinct/
//! aggregate and from `$lookup`, views on views, listCollections, collMod,
//! drop, change stream events, and mongod's refusals (writes, indexes,
//! change streams, loops, `$out` in a definition).

mod common;

use bson::{doc, Bson, Document};
use common::{code, first_batch};
use futures_util::TryStreamExt;

fn ids(docs: &[Document]) -> Vec<i32> {
    docs.iter().map(|d| d.get_i32("_id").unwrap()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_read_through_their_pipelines() {
    let (server, client) = common::start().await;
    let db = client.database("views");
    let c = db.collection::<Document>("c");
    c.insert_many((0..6).map(|i| doc! { "_id": i, "a": i % 3, "tags": if i % 2 == 1 { vec!["x", "y"] } else { vec!["z"] } }))
        .await
        .unwrap();
    let mut events = db
        .watch()
        .show_expanded_events(true)
        .await
        .unwrap()
        .with_type::<Document>();
    db.run_command(
        doc! { "create": "v", "viewOn": "c", "pipeline": [{ "$match": { "_id": { "$gt": 1 } } }] },
    )
    .await
    .unwrap();
    db.run_command(
        doc! { "create": "v2", "viewOn": "v", "pipeline": [{ "$project": { "a": 1 } }] },
    )
    .await
    .unwrap();
    let v = db.collection::<Document>("v");
    let found: Vec<Document> = v
        .find(doc! { "a": { "$lt": 2 } })
        .sort(doc! { "_id": -1 })
        .limit(2)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&found), vec![4, 3]);
    let v2: Vec<Document> = db
        .collection::<Document>("v2")
        .find(doc! {})
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(v2[0], doc! { "_id": 2, "a": 2 });
    assert_eq!(v2.len(), 4);
    assert_eq!(v.count_documents(doc! {}).await.unwrap(), 4);
    assert_eq!(v.estimated_document_count().await.unwrap(), 4);
    let tags = v.distinct("tags", doc! {}).await.unwrap();
    assert_eq!(
        tags,
        vec![Bson::from("x"), Bson::from("y"), Bson::from("z")]
    );
    // A $lookup from the view sees the view's documents only.
    let joined: Vec<Document> = c
        .aggregate(vec![
            doc! { "$match": { "_id": 0 } },
            doc! { "$lookup": { "from": "v", "localField": "a", "foreignField": "a", "as": "m" } },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let m: Vec<Document> = joined[0]
        .get_array("m")
        .unwrap()
        .iter()
        .map(|d| d.as_document().unwrap().clone())
        .collect();
    assert_eq!(ids(&m), vec![3]);
    let listed = db
        .run_command(doc! { "listCollections": 1, "filter": { "type": "view" } })
        .await
        .unwrap();
    let listed = first_batch(&listed);
    assert_eq!(listed.len(), 2);
    assert_eq!(
        listed[0]
            .as_document()
            .unwrap()
            .get_document("options")
            .unwrap(),
        &doc! { "viewOn": "c", "pipeline": [{ "$match": { "_id": { "$gt": 1 } } }] }
    );
    db.run_command(
        doc! { "collMod": "v", "viewOn": "c", "pipeline": [{ "$match": { "_id": 5 } }] },
    )
    .await
    .unwrap();
    let after: Vec<Document> = v.find(doc! {}).await.unwrap().try_collect().await.unwrap();
    assert_eq!(ids(&after), vec![5]);
    db.collection::<Document>("v2").drop().await.unwrap();
    v.drop().await.unwrap();
    assert_eq!(db.list_collection_names().await.unwrap().len(), 2);

    // Change streams with showExpandedEvents report the view DDL.
    let mut seen = Vec::new();
    while seen.len() < 5 {
        let e = events.try_next().await.unwrap().unwrap();
        let coll = e
            .get_document("ns")
            .unwrap()
            .get_str("coll")
            .unwrap()
            .to_string();
        seen.push(format!("{} {coll}", e.get_str("operationType").unwrap()));
        if seen.len() == 1 {
            assert_eq!(e.get_str("nsType").unwrap(), "view");
        }
    }
    assert_eq!(
        seen,
        ["create v", "create v2", "modify v", "drop v2", "drop v"]
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_refuse_what_mongod_refuses() {
    let (server, client) = common::start().await;
    let db = client.database("views_bad");
    db.create_collection("c").await.unwrap();
    db.run_command(doc! { "create": "v", "viewOn": "c" })
        .await
        .unwrap();
    db.run_command(doc! { "create": "w", "viewOn": "v" })
        .await
        .unwrap();
    let cases: Vec<(Document, i32)> = vec![
        (doc! { "insert": "v", "documents": [{ "x": 1 }] }, 166),
        (
            doc! { "update": "v", "updates": [{ "q": {}, "u": { "$set": { "a": 1 } } }] },
            166,
        ),
        (
            doc! { "delete": "v", "deletes": [{ "q": {}, "limit": 0 }] },
            166,
        ),
        (
            doc! { "createIndexes": "v", "indexes": [{ "key": { "a": 1 }, "name": "a_1" }] },
            166,
        ),
        (doc! { "listIndexes": "v" }, 166),
        (
            doc! { "aggregate": "v", "pipeline": [{ "$changeStream": {} }], "cursor": {} },
            166,
        ),
        (doc! { "create": "v", "viewOn": "c" }, 48),
        (doc! { "collMod": "v", "viewOn": "w", "pipeline": [] }, 5),
        (
            doc! { "create": "x", "viewOn": "c", "pipeline": [{ "$out": "y" }] },
            167,
        ),
        (doc! { "create": "x", "viewOn": 1 }, 14),
        (
            doc! { "create": "x", "viewOn": "c", "capped": true, "size": 10 },
            72,
        ),
        (doc! { "find": "v", "tailable": true }, 168),
    ];
    for (cmd, want) in cases {
        let err = db.run_command(cmd.clone()).await.unwrap_err();
        assert_eq!(code(&err), want, "{cmd}: {err}");
    }
    server.stop().await;
}
