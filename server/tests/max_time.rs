//! `maxTimeMS`: long operations are interrupted with MaxTimeMSExpired (50),
//! and a cursor keeps its time limit across getMores. Shutting down
//! interrupts them with InterruptedAtShutdown (11600).

mod common;

use bson::{doc, Document};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_scans_time_out() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("big");
    let docs: Vec<Document> = (0..30_000)
        .map(|i| doc! {"i": i, "s": format!("v{i}")})
        .collect();
    coll.insert_many(docs).await.unwrap();

    // A full scan with a regex on every document takes well over 1 ms.
    let slow = doc! {"s": {"$regex": "^(v|w)+[0-9]*x$"}};
    for cmd in [
        doc! {"find": "big", "filter": slow.clone(), "maxTimeMS": 1},
        doc! {"count": "big", "query": slow.clone(), "maxTimeMS": 1},
        doc! {"aggregate": "big", "pipeline": [{"$match": slow.clone()}], "cursor": {}, "maxTimeMS": 1},
        doc! {"distinct": "big", "key": "i", "query": slow.clone(), "maxTimeMS": 1},
    ] {
        let err = db.run_command(cmd.clone()).await.unwrap_err();
        let code = match *err.kind {
            mongodb::error::ErrorKind::Command(ref c) => c.code,
            _ => panic!("{err}"),
        };
        assert_eq!(code, 50, "{cmd}: {err}");
    }
    // A generous limit lets the same query finish.
    let reply = db
        .run_command(doc! {"count": "big", "query": slow, "maxTimeMS": 600_000})
        .await
        .unwrap();
    assert_eq!(reply.get_i32("n").unwrap(), 0);

    // Bad values are refused like mongod does.
    for bad in [
        bson::Bson::Int32(-1),
        bson::Bson::String("x".into()),
        bson::Bson::Double(1.5),
    ] {
        let err = db
            .run_command(doc! {"find": "big", "maxTimeMS": bad.clone()})
            .await
            .unwrap_err();
        assert!(err.to_string().contains("BadValue"), "{bad}: {err}");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_memory_stages_time_out() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    // No collection is read: the work is all in $unwind and $group, which
    // must notice the deadline themselves.
    let pipeline = vec![
        doc! {"$documents": [{"x": {"$range": [0, 100_000]}}]},
        doc! {"$unwind": "$x"},
        doc! {"$group": {"_id": {"$mod": ["$x", 1000]}, "n": {"$sum": 1}}},
    ];
    let err = db
        .run_command(
            doc! {"aggregate": 1, "pipeline": pipeline.clone(), "cursor": {}, "maxTimeMS": 1},
        )
        .await
        .unwrap_err();
    match *err.kind {
        mongodb::error::ErrorKind::Command(ref c) => assert_eq!(c.code, 50, "{err}"),
        _ => panic!("{err}"),
    }
    let reply = db
        .run_command(doc! {"aggregate": 1, "pipeline": pipeline, "cursor": {"batchSize": 2000}, "maxTimeMS": 600_000})
        .await
        .unwrap();
    assert_eq!(common::first_batch(&reply).len(), 1000);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sort_memory_limit_without_disk_use() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("wide");
    // 120 documents of 1 MiB: 120 MiB to sort, over mongod's 100 MB limit.
    let pad = "x".repeat(1024 * 1024);
    for chunk in 0..4 {
        let docs: Vec<Document> = (0..30)
            .map(|i| doc! {"i": chunk * 30 + i, "pad": pad.clone()})
            .collect();
        coll.insert_many(docs).await.unwrap();
    }
    for cmd in [
        doc! {"find": "wide", "sort": {"i": -1}, "allowDiskUse": false},
        doc! {"aggregate": "wide", "pipeline": [{"$sort": {"i": -1}}], "cursor": {}, "allowDiskUse": false},
        doc! {"aggregate": "wide", "pipeline": [{"$group": {"_id": null, "all": {"$push": "$pad"}}}], "cursor": {}, "allowDiskUse": false},
    ] {
        let err = db.run_command(cmd.clone()).await.unwrap_err();
        assert!(
            err.to_string()
                .contains("QueryExceededMemoryLimitNoDiskUseAllowed"),
            "{cmd}: {err}"
        );
    }
    // The default (disk use allowed) and top-k sorts succeed.
    for cmd in [
        doc! {"find": "wide", "sort": {"i": -1}, "projection": {"pad": 0}, "batchSize": 1},
        doc! {"find": "wide", "sort": {"i": -1}, "limit": 3, "allowDiskUse": false},
    ] {
        let reply = db.run_command(cmd.clone()).await.unwrap();
        assert_eq!(
            common::first_batch(&reply)[0]
                .as_document()
                .unwrap()
                .get_i32("i")
                .unwrap(),
            119,
            "{cmd}"
        );
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_interrupts_long_operations() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let inner = db.collection::<Document>("inner");
    inner
        .insert_many((0..5000).map(|i| doc! {"y": i}))
        .await
        .unwrap();
    // Each of 5,000 documents scans all 5,000 of `inner`: minutes of work.
    let pipeline = vec![
        doc! {"$documents": [{"x": {"$range": [0, 5000]}}]},
        doc! {"$unwind": "$x"},
        doc! {"$lookup": {
            "from": "inner",
            "pipeline": [{"$match": {"$expr": {"$eq": ["$y", -1]}}}],
            "as": "j",
        }},
        doc! {"$match": {"j.0": {"$exists": true}}},
    ];
    let long = tokio::spawn({
        let db = db.clone();
        async move {
            db.run_command(doc! {"aggregate": 1, "pipeline": pipeline, "cursor": {}})
                .await
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let started = std::time::Instant::now();
    server.stop().await;
    let took = started.elapsed();
    let err = long.await.unwrap().unwrap_err();
    assert_eq!(common::code(&err), 11600, "{err}");
    assert!(
        took < std::time::Duration::from_secs(5),
        "stop took {took:?}"
    );
}

/// currentOp lists a running operation with mongod's fields, and killOp
/// ends it with Interrupted (11601) at its next interrupt check.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_op_interrupts_a_running_operation() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("big");
    let docs: Vec<Document> = (0..20_000).map(|i| doc! { "_id": i }).collect();
    coll.insert_many(docs).await.unwrap();
    let slow = coll.clone();
    let running = tokio::spawn(async move {
        slow.aggregate(vec![doc! { "$group": { "_id": null, "s": { "$sum": {
        "$reduce": { "input": { "$range": [0, 2000] }, "initialValue": 0,
                     "in": { "$add": ["$$value", "$$this"] } } } } } }])
            .await
    });
    let admin = client.database("admin");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let op = loop {
        let r = admin
            .run_command(doc! { "currentOp": 1, "command.aggregate": "big" })
            .await
            .unwrap();
        if let Some(op) = r.get_array("inprog").unwrap().first() {
            break op.as_document().unwrap().clone();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the aggregate never showed"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(op.get_str("ns").unwrap(), "t.$cmd");
    assert_eq!(op.get_str("op").unwrap(), "command");
    assert!(op.get_bool("active").unwrap());
    let opid = op.get_i64("opid").unwrap();
    admin
        .run_command(doc! { "killOp": 1, "op": opid })
        .await
        .unwrap();
    let err = running.await.unwrap().unwrap_err();
    assert_eq!(common::code(&err), 11601, "{err}");
    // Gone from currentOp once it ended.
    let r = admin
        .run_command(doc! { "currentOp": 1, "opid": opid })
        .await
        .unwrap();
    assert!(r.get_array("inprog").unwrap().is_empty());
    server.stop().await;
}
