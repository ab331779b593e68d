//! Aggregation and write features through the driver: $out/$merge,
//! $lookup, pipeline and positional updates, find projection operators,
//! validate and fsync.

mod common;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;

async fn all(coll: &mongodb::Collection<Document>) -> Vec<Document> {
    coll.find(doc! {})
        .sort(doc! { "_id": 1 })
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_merge_and_lookup() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let src = db.collection::<Document>("src");
    src.insert_many(vec![
        doc! { "_id": 1, "k": "a", "v": 1 },
        doc! { "_id": 2, "k": "b", "v": 2 },
    ])
    .await
    .unwrap();
    db.collection::<Document>("dims")
        .insert_many(vec![doc! { "k": "a", "name": "Alpha" }])
        .await
        .unwrap();

    let _: Vec<Document> = src
        .aggregate(vec![
            doc! { "$match": { "v": { "$gte": 1 } } },
            doc! { "$out": "copy" },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all(&db.collection("copy")).await.len(), 2);

    let _: Vec<Document> = src
        .aggregate(vec![
            doc! { "$project": { "v": { "$multiply": ["$v", 10] } } },
            doc! { "$merge": { "into": "copy", "whenMatched": "merge" } },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let merged = all(&db.collection("copy")).await;
    assert_eq!(merged[0], doc! { "_id": 1, "k": "a", "v": 10 });

    let joined: Vec<Document> = src
        .aggregate(vec![
            doc! { "$lookup": { "from": "dims", "localField": "k", "foreignField": "k", "as": "d" } },
            doc! { "$project": { "n": { "$size": "$d" } } },
            doc! { "$sort": { "_id": 1 } },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        joined,
        vec![doc! { "_id": 1, "n": 1 }, doc! { "_id": 2, "n": 0 }]
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pipeline_and_positional_updates_and_projections() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("u");
    coll.insert_one(doc! { "_id": 1, "a": 1, "b": 2, "arr": [{ "x": 1 }, { "x": 5 }] })
        .await
        .unwrap();
    coll.update_one(
        doc! { "_id": 1 },
        vec![doc! { "$set": { "c": { "$add": ["$a", "$b"] } } }],
    )
    .await
    .unwrap();
    coll.update_one(doc! { "arr.x": 5 }, doc! { "$set": { "arr.$.hit": true } })
        .await
        .unwrap();
    coll.update_one(doc! {}, doc! { "$inc": { "arr.$[e].x": 100 } })
        .array_filters(vec![doc! { "e.x": { "$lt": 5 } }])
        .await
        .unwrap();
    let d = coll.find_one(doc! {}).await.unwrap().unwrap();
    assert_eq!(d.get_i32("c").unwrap(), 3);
    assert_eq!(
        d.get_array("arr").unwrap(),
        &vec![
            Bson::Document(doc! { "x": 101 }),
            Bson::Document(doc! { "x": 5, "hit": true })
        ]
    );

    let p = coll
        .find_one(doc! {})
        .projection(doc! { "arr": { "$slice": 1 }, "_id": 0, "a": 1 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p, doc! { "a": 1, "arr": [{ "x": 101 }] });
    let p = coll
        .find_one(doc! { "arr.x": 5 })
        .projection(doc! { "arr.$": 1 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p, doc! { "_id": 1, "arr": [{ "x": 5, "hit": true }] });

    let v = db.run_command(doc! { "validate": "u" }).await.unwrap();
    assert!(v.get_bool("valid").unwrap());
    assert_eq!(v.get_i64("nrecords").unwrap(), 1);
    client
        .database("admin")
        .run_command(doc! { "fsync": 1 })
        .await
        .unwrap();
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_bulk_write_command() {
    let (server, client) = common::start().await;
    let reply = client
        .database("admin")
        .run_command(doc! {
            "bulkWrite": 1,
            "ops": [
                { "insert": 0, "document": { "_id": 1, "a": 1 } },
                { "insert": 1, "document": { "_id": 1 } },
                { "update": 0, "filter": { "_id": 1 }, "updateMods": { "$set": { "a": 2 } } },
                { "update": 0, "filter": { "_id": 9 }, "updateMods": { "$set": { "a": 9 } }, "upsert": true },
                { "insert": 0, "document": { "_id": 1 } },
                { "delete": 1, "filter": {}, "multi": true },
            ],
            "nsInfo": [{ "ns": "t.one" }, { "ns": "t.two" }],
            "ordered": false,
        })
        .await
        .unwrap();
    assert_eq!(reply.get_i64("nInserted").unwrap(), 2);
    assert_eq!(reply.get_i64("nModified").unwrap(), 1);
    assert_eq!(reply.get_i64("nUpserted").unwrap(), 1);
    assert_eq!(reply.get_i64("nDeleted").unwrap(), 1);
    assert_eq!(reply.get_i64("nErrors").unwrap(), 1);
    let batch = &common::first_batch(&reply);
    assert_eq!(batch.len(), 6);
    assert_eq!(
        batch[4].as_document().unwrap().get_i32("code").unwrap(),
        11000
    );
    server.stop().await;
}

/// Expression errors with mongod's codes, in mongod's order of checks, and
/// the conversions mongod makes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expression_errors_and_conversions_as_mongod() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("exprs");
    coll.insert_one(doc! { "_id": 1, "s": "a", "n": null })
        .await
        .unwrap();
    let eval = |e: bson::Bson| {
        let coll = coll.clone();
        async move {
            let mut c = coll
                .aggregate(vec![doc! { "$project": { "_id": 0, "v": e } }])
                .await?;
            use futures_util::StreamExt;
            Ok::<_, mongodb::error::Error>(c.next().await.unwrap()?.get("v").cloned())
        }
    };
    let errors: Vec<(bson::Bson, i32)> = vec![
        // $mod: types first (16611), then the divisor (16610).
        (bson::bson!({ "$mod": ["$s", 0] }), 16611),
        (bson::bson!({ "$mod": [5, 0] }), 16610),
        (bson::bson!({ "$divide": [5, 0] }), 2),
        // $range: start, then end, then step.
        (bson::bson!({ "$range": ["x", "y"] }), 34443),
        (bson::bson!({ "$range": [1.5, "y"] }), 34444),
        (bson::bson!({ "$range": [0, "y"] }), 34445),
        (bson::bson!({ "$range": [0, 2.5] }), 34446),
        (bson::bson!({ "$range": [0, 5, "s"] }), 34447),
        (bson::bson!({ "$range": [0, 5, 0] }), 34449),
        (bson::bson!({ "$indexOfCP": [1, "a"] }), 40093),
        (bson::bson!({ "$indexOfCP": ["a", 1] }), 40094),
        (bson::bson!({ "$indexOfBytes": [1, "a"] }), 40091),
        (bson::bson!({ "$allElementsTrue": ["$n"] }), 17040),
        (bson::bson!({ "$allElementsTrue": ["$missing"] }), 17040),
        (bson::bson!({ "$anyElementTrue": ["$missing"] }), 17041),
        (bson::bson!({ "$strcasecmp": [{ "a": 1 }, "a"] }), 16007),
    ];
    for (e, want) in errors {
        let err = eval(e.clone()).await.unwrap_err();
        assert_eq!(common::code(&err), want, "{e}: {err}");
    }
    let values: Vec<(bson::Bson, bson::Bson)> = vec![
        (
            bson::bson!({ "$strcasecmp": [1, "1"] }),
            bson::Bson::Int32(0),
        ),
        (
            bson::bson!({ "$strcasecmp": [null, ""] }),
            bson::Bson::Int32(0),
        ),
        (
            bson::bson!({ "$toBool": { "$regexFind": { "input": "a", "regex": "a" } } }),
            bson::Bson::Boolean(true),
        ),
        (
            bson::bson!({ "$toBool": { "$literal": bson::Bson::RegularExpression(
                bson::Regex {
                    pattern: "a".try_into().unwrap(),
                    options: "".try_into().unwrap(),
                }
            ) } }),
            bson::Bson::Boolean(true),
        ),
        (
            bson::bson!({ "$toBool": bson::Timestamp { time: 0, increment: 0 } }),
            bson::Bson::Boolean(true),
        ),
    ];
    for (e, want) in values {
        assert_eq!(eval(e.clone()).await.unwrap(), Some(want), "{e}");
    }
    server.stop().await;
}

/// $collStats reports the collection's real latency and scan counters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coll_stats_counts_operations_and_scans() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("counted");
    coll.insert_one(doc! { "_id": 1, "x": 1 }).await.unwrap();
    coll.insert_one(doc! { "_id": 2, "x": 2 }).await.unwrap();
    coll.find_one(doc! { "x": 2 }).await.unwrap(); // a collection scan
    coll.find_one(doc! { "_id": 1 }).await.unwrap(); // by _id: no scan
    let stats = all_stats(&coll).await;
    let latency = stats.get_document("latencyStats").unwrap();
    let ops = |k: &str| latency.get_document(k).unwrap().get_i64("ops").unwrap();
    assert_eq!(ops("writes"), 2, "{latency}");
    assert!(ops("reads") >= 2, "{latency}");
    let scans = stats
        .get_document("queryExecStats")
        .unwrap()
        .get_document("collectionScans")
        .unwrap();
    assert_eq!(scans.get_i64("total").unwrap(), 1, "{scans}");
    assert_eq!(scans.get_i64("nonTailable").unwrap(), 1, "{scans}");
    server.stop().await;
}

async fn all_stats(coll: &mongodb::Collection<Document>) -> Document {
    use futures_util::StreamExt;
    let mut c = coll
        .aggregate(vec![
            doc! { "$collStats": { "latencyStats": {}, "queryExecStats": {} } },
        ])
        .await
        .unwrap();
    c.next().await.unwrap().unwrap()
}
