//! Index-backed plans return exactly what a collection scan returns: the
//! same randomized queries against an indexed and an unindexed copy of the
//! same data (arrays only in `c`, so compound keys never meet parallel
//! arrays), plus explain's view of the chosen plans.

mod common;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn value(rng: &mut StdRng, arrays: bool) -> Bson {
    match rng.random_range(0..10) {
        0 => Bson::Null,
        1 => Bson::String(format!("s{}", rng.random_range(0..5))),
        2 => Bson::Double(rng.random_range(0..20) as f64 / 2.0),
        3 => Bson::Int64(rng.random_range(0..10)),
        4 if arrays => Bson::Array(vec![
            Bson::Int32(rng.random_range(0..10)),
            Bson::Int32(rng.random_range(0..10)),
        ]),
        5 => Bson::Boolean(rng.random()),
        _ => Bson::Int32(rng.random_range(0..10)),
    }
}

fn predicate(rng: &mut StdRng) -> Bson {
    let v = match rng.random_range(0..3) {
        0 => Bson::Int32(rng.random_range(0..10)),
        1 => Bson::Double(rng.random_range(0..20) as f64 / 2.0),
        _ => Bson::String(format!("s{}", rng.random_range(0..5))),
    };
    match rng.random_range(0..7) {
        0 => v,
        1 => Bson::Document(doc! {"$gt": v}),
        2 => Bson::Document(doc! {"$lte": v}),
        3 => Bson::Document(doc! {"$gte": v.clone(), "$lt": Bson::Int32(8)}),
        4 => Bson::Document(doc! {"$in": [v, Bson::Int32(3), Bson::String("s1".into())]}),
        5 => Bson::Document(doc! {"$ne": v}),
        _ => Bson::Document(doc! {"$eq": v}),
    }
}

/// Runs a find and drains its cursor with getMore, `batch` documents at a
/// time: streamed index scans must resume at the right key.
async fn run(db: &mongodb::Database, coll: &str, q: &Document, batch: i32) -> Vec<Document> {
    let mut cmd = doc! {"find": coll, "batchSize": batch};
    cmd.extend(q.clone());
    // getMore must come from the cursor's session.
    let mut session = db.client().start_session().await.unwrap();
    let mut reply = db.run_command(cmd).session(&mut session).await.unwrap();
    let mut out: Vec<Document> = common::first_batch(&reply)
        .into_iter()
        .map(|b| b.as_document().unwrap().clone())
        .collect();
    loop {
        let cursor = reply.get_document("cursor").unwrap();
        let id = cursor.get_i64("id").unwrap();
        if id == 0 {
            return out;
        }
        reply = db
            .run_command(doc! {"getMore": id, "collection": coll, "batchSize": batch})
            .session(&mut session)
            .await
            .unwrap();
        let next = reply
            .get_document("cursor")
            .unwrap()
            .get_array("nextBatch")
            .unwrap();
        out.extend(next.iter().map(|b| b.as_document().unwrap().clone()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn indexed_and_unindexed_results_agree() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let mut rng = StdRng::seed_from_u64(42);
    let docs: Vec<Document> = (0..400)
        .map(|i| {
            let mut d = doc! {"_id": i};
            for f in ["a", "b", "c"] {
                if rng.random_range(0..8) > 0 {
                    d.insert(f, value(&mut rng, f == "c"));
                }
            }
            d
        })
        .collect();
    let plain = db.collection::<Document>("plain");
    let indexed = db.collection::<Document>("indexed");
    plain.insert_many(docs.clone()).await.unwrap();
    indexed.insert_many(docs).await.unwrap();
    for keys in [
        doc! {"a": 1},
        doc! {"b": -1},
        doc! {"a": 1, "b": 1},
        doc! {"c": 1, "a": -1},
    ] {
        indexed
            .create_index(mongodb::IndexModel::builder().keys(keys).build())
            .await
            .unwrap();
    }
    let mut used_index = 0;
    for round in 0..300 {
        let mut filter = Document::new();
        for f in ["a", "b", "c"] {
            if rng.random_range(0..3) == 0 {
                filter.insert(f, predicate(&mut rng));
            }
        }
        // Sometimes a $or whose branches each have an index (or not: c
        // alone has none but c-first compound, so the plan varies).
        if rng.random_range(0..4) == 0 {
            let f1 = ["a", "b", "c"][rng.random_range(0..3)];
            let f2 = ["a", "b", "c"][rng.random_range(0..3)];
            filter = doc! {"$or": [{f1: predicate(&mut rng)}, {f2: predicate(&mut rng)}]};
        }
        let mut q = doc! {"filter": filter.clone()};
        let sorted = rng.random_range(0..2) == 0;
        if sorted {
            let field = ["a", "b", "c"][rng.random_range(0..3)];
            let dir = if rng.random() { 1 } else { -1 };
            q.insert("sort", doc! {field: dir, "_id": 1});
            if rng.random() {
                q.insert("limit", rng.random_range(1..20));
            }
        }
        // Skipping is only deterministic in a total order.
        if sorted && rng.random_range(0..3) == 0 {
            q.insert("skip", rng.random_range(0..10));
        }
        let batch = [1, 2, 7, 10_000][rng.random_range(0..4)];
        let mut want = run(&db, "plain", &q, 10_000).await;
        let mut got = run(&db, "indexed", &q, batch).await;
        if !sorted {
            let by_id = |d: &Document| d.get_i32("_id").unwrap();
            want.sort_by_key(by_id);
            got.sort_by_key(by_id);
        }
        assert_eq!(got, want, "round {round}: {q}");
        let mut explain = doc! {"explain": {"find": "indexed"}, "verbosity": "queryPlanner"};
        explain
            .get_document_mut("explain")
            .unwrap()
            .extend(q.clone());
        let plan = db.run_command(explain).await.unwrap();
        if plan.to_string().contains("IXSCAN") {
            used_index += 1;
        }
    }
    assert!(used_index > 50, "only {used_index} plans used an index");

    // Sort-only queries walk an index in order, forwards and backwards.
    let top: Vec<Document> = indexed
        .find(doc! {})
        .sort(doc! {"b": 1})
        .limit(5)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let want: Vec<Document> = plain
        .find(doc! {})
        .sort(doc! {"b": 1})
        .limit(5)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    // Ties (null and missing sort alike) may come in any order.
    let keys = |v: &[Document]| -> Vec<Bson> {
        v.iter()
            .map(|d| d.get("b").cloned().unwrap_or(Bson::Null))
            .collect()
    };
    assert_eq!(keys(&top), keys(&want));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn explain_shows_index_plans() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("e");
    coll.insert_many(
        (0..50)
            .map(|i| doc! {"_id": i, "x": i % 10, "y": i})
            .collect::<Vec<_>>(),
    )
    .await
    .unwrap();
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"x": 1}).build())
        .await
        .unwrap();
    let reply = db
        .run_command(
            doc! {"explain": {"find": "e", "filter": {"x": 3}}, "verbosity": "executionStats"},
        )
        .await
        .unwrap();
    let winning = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap();
    assert_eq!(winning.get_str("stage").unwrap(), "FETCH");
    let ix = winning.get_document("inputStage").unwrap();
    assert_eq!(ix.get_str("stage").unwrap(), "IXSCAN");
    assert_eq!(ix.get_str("indexName").unwrap(), "x_1");
    let stats = reply.get_document("executionStats").unwrap();
    assert_eq!(stats.get_i64("nReturned").unwrap(), 5);
    assert_eq!(stats.get_i64("totalKeysExamined").unwrap(), 5);
    assert_eq!(stats.get_i64("totalDocsExamined").unwrap(), 5);
    // A hint on a missing index is refused; $natural forces a scan.
    let err = db
        .run_command(doc! {"find": "e", "filter": {"x": 3}, "hint": "nope"})
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("hint provided does not correspond"),
        "{err}"
    );
    let reply = db
        .run_command(doc! {"explain": {"find": "e", "filter": {"x": 3}, "hint": {"$natural": 1}}})
        .await
        .unwrap();
    let stage = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap()
        .get_str("stage")
        .unwrap()
        .to_string();
    assert_eq!(stage, "COLLSCAN");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_the_index_kills_a_streamed_cursor() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("c");
    coll.insert_many((0..50).map(|i| doc! {"_id": i, "a": i}))
        .await
        .unwrap();
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"a": 1}).build())
        .await
        .unwrap();
    let mut session = client.start_session().await.unwrap();
    let reply = db
        .run_command(doc! {"find": "c", "filter": {"a": {"$gte": 10}}, "batchSize": 5})
        .session(&mut session)
        .await
        .unwrap();
    let first = common::first_batch(&reply);
    let ids: Vec<i32> = first
        .iter()
        .map(|d| d.as_document().unwrap().get_i32("a").unwrap())
        .collect();
    assert_eq!(ids, vec![10, 11, 12, 13, 14]);
    let id = reply.get_document("cursor").unwrap().get_i64("id").unwrap();
    assert_ne!(id, 0);
    coll.drop_index("a_1").await.unwrap();
    let err = db
        .run_command(doc! {"getMore": id, "collection": "c"})
        .session(&mut session)
        .await
        .unwrap_err();
    match *err.kind {
        mongodb::error::ErrorKind::Command(ref e) => {
            assert_eq!(e.code, 175, "{e:?}");
            assert!(e.message.contains("index 'a_1' dropped"), "{e:?}");
        }
        ref other => panic!("unexpected error {other:?}"),
    }
    server.stop().await;
}
