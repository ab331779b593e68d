//! Index options through the driver: sparse and partial indexes (what they
//! hold, how they enforce uniqueness), hashed indexes, and TTL indexes
//! whose expired documents the background monitor deletes.

mod common;

use bson::{doc, Document};
use mongodb::options::IndexOptions;
use mongodb::IndexModel;
use std::time::Duration;

fn model(keys: Document, options: IndexOptions) -> IndexModel {
    IndexModel::builder().keys(keys).options(options).build()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sparse_partial_and_hashed() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("c");
    // A unique sparse index ignores documents without the field.
    coll.create_index(model(
        doc! {"email": 1},
        IndexOptions::builder().unique(true).sparse(true).build(),
    ))
    .await
    .unwrap();
    coll.insert_many(vec![
        doc! {"_id": 1},
        doc! {"_id": 2},
        doc! {"_id": 3, "email": "a"},
    ])
    .await
    .unwrap();
    assert!(coll
        .insert_one(doc! {"_id": 4, "email": "a"})
        .await
        .is_err());
    // Hinting the sparse index sees only the documents it holds, as in mongod.
    let n = coll
        .count_documents(doc! {})
        .hint(mongodb::options::Hint::Name("email_1".into()))
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 3);

    // A unique partial index only constrains the documents its filter selects.
    let p = db.collection::<Document>("p");
    p.create_index(model(
        doc! {"sku": 1},
        IndexOptions::builder()
            .unique(true)
            .partial_filter_expression(doc! {"active": true})
            .build(),
    ))
    .await
    .unwrap();
    p.insert_many(vec![
        doc! {"sku": "x", "active": false},
        doc! {"sku": "x", "active": false},
        doc! {"sku": "x", "active": true},
    ])
    .await
    .unwrap();
    assert!(p
        .insert_one(doc! {"sku": "x", "active": true})
        .await
        .is_err());
    assert_eq!(p.count_documents(doc! {"sku": "x"}).await.unwrap(), 3);
    // Bad partial filters and option mixes are refused.
    let err = p
        .create_index(model(
            doc! {"q": 1},
            IndexOptions::builder()
                .partial_filter_expression(doc! {"q": {"$not": {"$gt": 1}}})
                .build(),
        ))
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("not supported in partial index"),
        "{err}"
    );

    // Hashed: equality lookups go through the index; arrays are refused.
    let h = db.collection::<Document>("h");
    h.create_index(IndexModel::builder().keys(doc! {"k": "hashed"}).build())
        .await
        .unwrap();
    h.insert_many(
        (0..20)
            .map(|i| doc! {"_id": i, "k": i % 5})
            .collect::<Vec<_>>(),
    )
    .await
    .unwrap();
    assert_eq!(h.count_documents(doc! {"k": 3}).await.unwrap(), 4);
    assert_eq!(h.count_documents(doc! {"k": {"$gt": 3}}).await.unwrap(), 4);
    let plan = db
        .run_command(
            doc! {"explain": {"find": "h", "filter": {"k": 2.0}}, "verbosity": "executionStats"},
        )
        .await
        .unwrap();
    assert!(plan.to_string().contains("k_hashed"), "{plan}");
    assert_eq!(
        plan.get_document("executionStats")
            .unwrap()
            .get_i64("nReturned")
            .unwrap(),
        4
    );
    assert!(h.insert_one(doc! {"k": [1, 2]}).await.is_err());
    let err = h
        .create_index(model(
            doc! {"z": "hashed"},
            IndexOptions::builder().unique(true).build(),
        ))
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("cannot guarantee uniqueness"),
        "{err}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ttl_monitor_deletes_expired_documents() {
    let (server, client) = common::start().await;
    let admin = client.database("admin");
    let reply = admin
        .run_command(doc! {"setParameter": 1, "ttlMonitorSleepSecs": 1})
        .await
        .unwrap();
    assert_eq!(reply.get_i32("was").unwrap(), 60);
    let coll = client.database("t").collection::<Document>("sessions");
    coll.create_index(model(
        doc! {"at": 1},
        IndexOptions::builder()
            .expire_after(Duration::from_secs(60))
            .build(),
    ))
    .await
    .unwrap();
    let now = bson::DateTime::now().timestamp_millis();
    coll.insert_many(vec![
        doc! {"_id": "old", "at": bson::DateTime::from_millis(now - 3_600_000)},
        doc! {"_id": "new", "at": bson::DateTime::from_millis(now)},
        doc! {"_id": "not-a-date", "at": "yesterday"},
        doc! {"_id": "old-in-array", "at": [bson::DateTime::from_millis(now + 3_600_000), bson::DateTime::from_millis(now - 3_600_000)]},
    ])
    .await
    .unwrap();
    // The monitor runs every second now; give it a few passes.
    let mut left = 4;
    for _ in 0..50 {
        left = coll.count_documents(doc! {}).await.unwrap();
        if left == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 2);
    let ids: Vec<String> = coll
        .distinct("_id", doc! {})
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["new".to_string(), "not-a-date".to_string()]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn index_statistics_and_reindex() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("s");
    coll.insert_many(
        (0..100)
            .map(|i| doc! {"_id": i, "x": i})
            .collect::<Vec<_>>(),
    )
    .await
    .unwrap();
    coll.create_index(IndexModel::builder().keys(doc! {"x": 1}).build())
        .await
        .unwrap();
    let stats = db.run_command(doc! {"collStats": "s"}).await.unwrap();
    let sizes = stats.get_document("indexSizes").unwrap();
    assert!(sizes.get_i64("x_1").unwrap() > 0, "{stats}");
    assert_eq!(
        stats.get_i64("totalIndexSize").unwrap(),
        sizes.get_i64("x_1").unwrap() + sizes.get_i64("_id_").unwrap()
    );
    let db_stats = db.run_command(doc! {"dbStats": 1}).await.unwrap();
    assert!(db_stats.get_f64("indexSize").unwrap() > 0.0);
    // $indexStats counts the plans that used each index.
    let _ = coll.find_one(doc! {"x": 5}).await.unwrap();
    let reply = db
        .run_command(doc! {"aggregate": "s", "pipeline": [{"$indexStats": {}}, {"$sort": {"name": 1}}], "cursor": {}})
        .await
        .unwrap();
    let batch = common::first_batch(&reply);
    assert_eq!(batch.len(), 2);
    let x = batch[1].as_document().unwrap();
    assert_eq!(x.get_str("name").unwrap(), "x_1");
    assert!(x.get_document("accesses").unwrap().get_i64("ops").unwrap() >= 1);
    let reply = db
        .run_command(doc! {"aggregate": "s", "pipeline": [{"$collStats": {"storageStats": {}, "count": {}}}], "cursor": {}})
        .await
        .unwrap();
    let cs = common::first_batch(&reply)[0]
        .as_document()
        .unwrap()
        .clone();
    assert_eq!(cs.get_i64("count").unwrap(), 100);
    assert_eq!(
        cs.get_document("storageStats")
            .unwrap()
            .get_i32("nindexes")
            .unwrap(),
        2
    );
    // No plan cache is kept, so $planCacheStats lists nothing.
    let reply = db
        .run_command(doc! {"aggregate": "s", "pipeline": [{"$planCacheStats": {}}], "cursor": {}})
        .await
        .unwrap();
    assert!(common::first_batch(&reply).is_empty());
    // A replica-set member refuses reIndex, as mongod 6.0+ does.
    let err = db.run_command(doc! {"reIndex": "s"}).await.unwrap_err();
    assert!(err.to_string().contains("standalone"), "{err}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_index_builds_and_writes() {
    // As GridFS does from several threads: every writer ensures the same
    // indexes, then writes. No build may wait on another's metadata.
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("w");
    let mut tasks = Vec::new();
    for t in 0..8 {
        let coll = coll.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..10 {
                coll.create_index(model(
                    doc! {"k": 1, "t": 1},
                    IndexOptions::builder().unique(true).build(),
                ))
                .await
                .unwrap();
                coll.insert_one(doc! {"k": i, "t": t}).await.unwrap();
            }
        }));
    }
    for t in tasks {
        tokio::time::timeout(Duration::from_secs(30), t)
            .await
            .expect("no build waits for long")
            .unwrap();
    }
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 80);
    let n = coll
        .count_documents(doc! {"k": 3})
        .hint(mongodb::options::Hint::Name("k_1_t_1".into()))
        .await
        .unwrap();
    assert_eq!(n, 8);
    server.stop().await;
}
