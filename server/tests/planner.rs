//! Index-backed plans return exactly what a collection scan returns: the
//! same randomized queries against an indexed and an unindexed copy of the
//! same data (arrays only in `c` and `d`, so compound keys never meet
//! parallel arrays), with projections the index covers (read from the
//! index entries alone, whose values must keep their types through updates
//! that keep the keys), plus explain's view of the chosen plans.

// Test and benchmark scenarios read top to bottom as one story each.
#![allow(clippy::too_many_lines)]

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

/// A value for `d`, read through an index on `d.x`: documents with and
/// without `x`, scalars where the path stops, and arrays (multikey).
fn nested(rng: &mut StdRng) -> Bson {
    match rng.random_range(0..8) {
        0 => Bson::Document(doc! {}),
        1 => Bson::Document(doc! {"y": 1}),
        2 => Bson::Int32(5),
        3 => Bson::Document(doc! {"x": {"z": rng.random_range(0..3)}, "y": 2}),
        4 => Bson::Array(vec![
            Bson::Document(doc! {"x": rng.random_range(0..10)}),
            Bson::Document(doc! {"x": value(rng, false)}),
        ]),
        _ => Bson::Document(doc! {"x": value(rng, false), "w": "s"}),
    }
}

/// Unsorted results compared as multisets: covered results carry no `_id`,
/// and their fields come in key-pattern order (as mongod's do).
fn canonical(docs: Vec<Document>) -> Vec<Document> {
    fn sorted(d: &Document) -> Document {
        let mut keys: Vec<&String> = d.keys().collect();
        keys.sort();
        keys.into_iter()
            .map(|k| {
                let v = match &d[k] {
                    Bson::Document(sub) => Bson::Document(sorted(sub)),
                    v => v.clone(),
                };
                (k.clone(), v)
            })
            .collect()
    }
    let mut out: Vec<Document> = docs.iter().map(sorted).collect();
    out.sort_by_cached_key(|d| format!("{d:?}"));
    out
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
    let mut docs: Vec<Document> = (0..400)
        .map(|i| {
            let mut d = doc! {"_id": i};
            for f in ["a", "b", "c"] {
                if rng.random_range(0..8) > 0 {
                    d.insert(f, value(&mut rng, f == "c"));
                }
            }
            if rng.random_range(0..8) > 0 {
                d.insert("d", nested(&mut rng));
            }
            d
        })
        .collect();
    let plain = db.collection::<Document>("plain");
    let indexed = db.collection::<Document>("indexed");
    // Most documents are there before the indexes (built from them), the
    // rest are inserted into them.
    let later = docs.split_off(300);
    plain.insert_many(docs.clone()).await.unwrap();
    indexed.insert_many(docs).await.unwrap();
    for keys in [
        doc! {"a": 1},
        doc! {"b": -1},
        doc! {"a": 1, "b": 1},
        doc! {"c": 1, "a": -1},
        doc! {"d.x": 1},
    ] {
        indexed
            .create_index(mongodb::IndexModel::builder().keys(keys).build())
            .await
            .unwrap();
    }
    plain.insert_many(later.clone()).await.unwrap();
    indexed.insert_many(later).await.unwrap();
    // Updates that change a value's type but not its key (int 3 → long 3
    // → double 3.0): covered reads must see the new types.
    for coll in [&plain, &indexed] {
        for (field, from, to, m) in [
            ("a", "int", "$toLong", 2),
            ("a", "long", "$toDouble", 3),
            ("b", "int", "$toDouble", 2),
            ("d.x", "int", "$toLong", 2),
        ] {
            let mut filter = doc! {field: {"$type": from}, "_id": {"$mod": [m, 0]}};
            if field == "d.x" {
                filter.insert("d.0", doc! {"$exists": false});
            }
            let r = coll
                .update_many(
                    filter,
                    vec![doc! {"$set": {field: {to: format!("${field}")}}}],
                )
                .await
                .unwrap();
            assert!(r.modified_count > 0, "{field} {from}");
        }
    }
    let projections = [
        doc! {"a": 1, "_id": 0},
        doc! {"a": 1, "b": 1, "_id": 0},
        doc! {"b": 1, "_id": 0},
        doc! {"c": 1, "a": 1, "_id": 0},
        doc! {"d.x": 1, "_id": 0},
        doc! {"a": 1},
    ];
    let (mut used_index, mut covered) = (0, 0);
    for round in 0..400 {
        let mut filter = Document::new();
        for f in ["a", "b", "c", "d.x"] {
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
        // Sometimes two bounds on one field in separate clauses: one
        // interval on an index that is not multikey, the lower bound alone
        // on a multikey one.
        if rng.random_range(0..6) == 0 {
            let f = ["a", "b", "c"][rng.random_range(0..3)];
            let lo = rng.random_range(0..8);
            let hi = lo + rng.random_range(0..4);
            filter = doc! {"$and": [{f: {"$gt": lo}}, {f: {"$lte": hi}}]};
        }
        let projection = (rng.random_range(0..2) == 0)
            .then(|| projections[rng.random_range(0..projections.len())].clone());
        // Often the filter tests only projected fields (a covered query).
        if let (Some(p), 0) = (&projection, rng.random_range(0..2)) {
            filter = p
                .keys()
                .filter(|f| *f != "_id")
                .map(|f| (f.clone(), predicate(&mut rng)))
                .collect();
        }
        let mut q = doc! {"filter": filter.clone()};
        if let Some(p) = projection {
            q.insert("projection", p);
        }
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
            want = canonical(want);
            got = canonical(got);
        }
        assert_eq!(got, want, "round {round}: {q}");
        let mut explain = doc! {"explain": {"find": "indexed"}, "verbosity": "queryPlanner"};
        explain
            .get_document_mut("explain")
            .unwrap()
            .extend(q.clone());
        let plan = db.run_command(explain).await.unwrap().to_string();
        if plan.contains("IXSCAN") {
            used_index += 1;
            if !plan.contains("FETCH") {
                covered += 1;
            }
        }
    }
    assert!(used_index > 50, "only {used_index} plans used an index");
    // Indexes over `c` and `d` (the fields with arrays) are multikey and
    // never cover, as in mongod.
    assert!(covered > 10, "only {covered} plans were covered");
    // Inside a transaction the same covered plans run materialized.
    let mut session = client.start_session().await.unwrap();
    session.start_transaction().await.unwrap();
    for q in [
        doc! {"filter": {"a": {"$gte": 2}}, "projection": {"a": 1, "_id": 0}},
        doc! {"filter": {"d.x": {"$lt": 6}}, "projection": {"d.x": 1, "_id": 0}},
    ] {
        let mut cmds = Vec::new();
        for coll in ["plain", "indexed"] {
            let mut cmd = doc! {"find": coll, "batchSize": 10_000};
            cmd.extend(q.clone());
            let reply = db.run_command(cmd).session(&mut session).await.unwrap();
            let docs: Vec<Document> = common::first_batch(&reply)
                .into_iter()
                .map(|b| b.as_document().unwrap().clone())
                .collect();
            cmds.push(canonical(docs));
        }
        assert!(!cmds[0].is_empty());
        assert_eq!(cmds[1], cmds[0], "{q}");
    }
    session.abort_transaction().await.unwrap();
    let v = db.run_command(doc! {"validate": "indexed"}).await.unwrap();
    assert_eq!(v.get_bool("valid").ok(), Some(true), "{v}");

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

/// The stages of an explain's winning plan, top down.
fn stages(plan: &Document) -> Vec<String> {
    let mut out = vec![plan.get_str("stage").unwrap().to_string()];
    if let Ok(input) = plan.get_document("inputStage") {
        out.extend(stages(input));
    }
    out
}

async fn explain(db: &mongodb::Database, find: Document) -> Document {
    db.run_command(doc! {"explain": find, "verbosity": "executionStats"})
        .await
        .unwrap()
}

async fn find(db: &mongodb::Database, cmd: Document) -> Vec<Document> {
    let reply = db.run_command(cmd).await.unwrap();
    common::first_batch(&reply)
        .into_iter()
        .map(|b| b.as_document().unwrap().clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn covered_queries_read_no_documents() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("cov");
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"x": 1}).build())
        .await
        .unwrap();
    // int, long and double values of equal keys.
    let x = |i: i32| match i % 3 {
        0 => Bson::Int32(i % 10),
        1 => Bson::Int64((i % 10) as i64),
        _ => Bson::Double((i % 10) as f64),
    };
    coll.insert_many(
        (0..50).map(|i| doc! {"_id": i, "x": x(i), "y": i, "n": {"v": i % 4, "w": 1}}),
    )
    .await
    .unwrap();
    // Built over existing documents.
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"n.v": 1}).build())
        .await
        .unwrap();
    let q = doc! {"find": "cov", "filter": {"x": {"$gte": 3, "$lt": 5}}, "projection": {"x": 1, "_id": 0}};
    let reply = explain(&db, q.clone()).await;
    let winning = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap();
    assert_eq!(
        stages(winning),
        ["PROJECTION_COVERED", "IXSCAN"],
        "{winning}"
    );
    let stats = reply.get_document("executionStats").unwrap();
    assert_eq!(stats.get_i64("nReturned").unwrap(), 10);
    // Both sides of the range bound the scan (the index is not multikey).
    assert_eq!(stats.get_i64("totalKeysExamined").unwrap(), 10);
    assert_eq!(stats.get_i64("totalDocsExamined").unwrap(), 0);
    // The values keep their types.
    let mut natural = q.clone();
    natural.insert("hint", doc! {"$natural": 1});
    let want: Vec<Document> = (0..50)
        .filter(|i| (3..5).contains(&(i % 10)))
        .map(|i| doc! {"x": x(i)})
        .collect();
    assert_eq!(find(&db, natural).await, want);
    let got = find(&db, q.clone()).await;
    assert_eq!(got.len(), want.len());
    for w in &want {
        assert!(got.contains(w), "{w} missing from {got:?}");
    }

    // An update keeping the key but not the type is seen.
    coll.update_one(doc! {"_id": 3}, doc! {"$set": {"x": 3.0}})
        .await
        .unwrap();
    let got = find(&db, q.clone()).await;
    assert!(
        got.contains(&doc! {"x": 3.0}) && got.contains(&doc! {"x": 3}),
        "{got:?}"
    );
    assert_eq!(got.iter().filter(|d| d == &&doc! {"x": 3}).count(), 1);

    // Once a document has an array there the index is multikey and, as in
    // mongod, covers no more: every candidate is fetched (and on a
    // multikey index only the range's lower bound narrows the scan).
    coll.insert_one(doc! {"_id": 100, "x": [3, 40]})
        .await
        .unwrap();
    let reply = explain(&db, q.clone()).await;
    let stats = reply.get_document("executionStats").unwrap();
    assert_eq!(stats.get_i64("nReturned").unwrap(), 11);
    assert!(stats.get_i64("totalDocsExamined").unwrap() >= 11, "{stats}");
    assert!(find(&db, q.clone()).await.contains(&doc! {"x": [3, 40]}));

    // A sort the index provides, a limit, and a filter on the key.
    let sorted = doc! {
        "find": "cov", "filter": {"x": {"$gt": 7}, "$nor": [{"x": 9.0}]},
        "projection": {"x": 1, "_id": 0}, "sort": {"x": -1}, "limit": 3,
    };
    let reply = explain(&db, sorted.clone()).await;
    let winning = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap();
    assert_eq!(
        stages(winning),
        ["LIMIT", "PROJECTION_SIMPLE", "FETCH", "IXSCAN"],
        "{winning}"
    );
    // The array document sorts first (by 40); documents are fetched to be
    // filtered ($nor) until three pass.
    let stats = reply.get_document("executionStats").unwrap();
    assert!(stats.get_i64("totalDocsExamined").unwrap() >= 3, "{stats}");
    let got = find(&db, sorted).await;
    let num = |d: &Document| match d.get("x") {
        Some(Bson::Int32(v)) => *v as f64,
        Some(Bson::Int64(v)) => *v as f64,
        Some(Bson::Double(v)) => *v,
        _ => -1.0,
    };
    assert_eq!(got[0], doc! {"x": [3, 40]});
    assert_eq!(got.len(), 3);
    assert!(got[1..].iter().all(|d| num(d) == 8.0), "{got:?}");

    // Dotted fields are covered under PROJECTION_DEFAULT, as in mongod.
    let dotted = doc! {"find": "cov", "filter": {"n.v": 2}, "projection": {"n.v": 1, "_id": 0}};
    let reply = explain(&db, dotted.clone()).await;
    let winning = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap();
    assert_eq!(
        stages(winning),
        ["PROJECTION_DEFAULT", "IXSCAN"],
        "{winning}"
    );
    let got = find(&db, dotted).await;
    assert_eq!(got.len(), 12);
    assert!(got.iter().all(|d| d == &doc! {"n": {"v": 2}}), "{got:?}");

    // Not covered: _id is not in the index, or the filter needs another
    // field.
    for q in [
        doc! {"find": "cov", "filter": {"x": 3}, "projection": {"x": 1}},
        doc! {"find": "cov", "filter": {"x": 3, "y": 3}, "projection": {"x": 1, "_id": 0}},
    ] {
        let reply = explain(&db, q.clone()).await;
        let winning = reply
            .get_document("queryPlanner")
            .unwrap()
            .get_document("winningPlan")
            .unwrap();
        assert_eq!(
            stages(winning),
            ["PROJECTION_SIMPLE", "FETCH", "IXSCAN"],
            "{q}"
        );
    }

    // The _id index covers _id; fields come out in key-pattern order.
    let ids = find(
        &db,
        doc! {"find": "cov", "filter": {"_id": {"$lt": 3}}, "projection": {"_id": 1}},
    )
    .await;
    assert_eq!(ids, vec![doc! {"_id": 0}, doc! {"_id": 1}, doc! {"_id": 2}]);
    let pair = db.collection::<Document>("pair");
    pair.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! {"a": 1, "b": 1})
            .build(),
    )
    .await
    .unwrap();
    pair.insert_one(doc! {"_id": 1, "b": "x", "a": 2})
        .await
        .unwrap();
    let got = find(
        &db,
        doc! {"find": "pair", "filter": {"a": 2}, "projection": {"b": 1, "a": 1, "_id": 0}},
    )
    .await;
    let keys: Vec<&String> = got[0].keys().collect();
    assert_eq!(keys, ["a", "b"]);

    let v = db.run_command(doc! {"validate": "cov"}).await.unwrap();
    assert_eq!(v.get_bool("valid").ok(), Some(true), "{v}");
    server.stop().await;
}

/// A multikey index never covers (as in mongod): once it has seen an array
/// the documents are fetched and come back with their fields in document
/// order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_multikey_index_never_covers() {
    let (server, client) = common::start().await;
    let db = client.database("cover");
    let c = db.collection::<Document>("c");
    c.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "b": 1, "a": 1 })
            .build(),
    )
    .await
    .unwrap();
    c.insert_one(doc! { "_id": 1, "a": 1, "b": 2 })
        .await
        .unwrap();
    let find =
        doc! { "find": "c", "filter": { "b": 2 }, "projection": { "_id": 0, "a": 1, "b": 1 } };
    let stage = |plan: &Document| -> String {
        let winning = plan
            .get_document("queryPlanner")
            .unwrap()
            .get_document("winningPlan")
            .unwrap();
        winning.get_str("stage").unwrap_or_default().to_string()
    };
    let explain = db
        .run_command(doc! { "explain": find.clone(), "verbosity": "queryPlanner" })
        .await
        .unwrap();
    assert_eq!(stage(&explain), "PROJECTION_COVERED", "{explain}");
    c.insert_one(doc! { "_id": 2, "a": [1, 2], "b": 3 })
        .await
        .unwrap();
    let explain = db
        .run_command(doc! { "explain": find.clone(), "verbosity": "queryPlanner" })
        .await
        .unwrap();
    assert_ne!(stage(&explain), "PROJECTION_COVERED", "{explain}");
    let found = db.run_command(find).await.unwrap();
    let found = common::first_batch(&found);
    let keys: Vec<&str> = found[0]
        .as_document()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["a", "b"]);
    server.stop().await;
}
