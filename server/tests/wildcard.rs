//! Wildcard indexes through the driver: plans with `$**` indexes (all
//! paths, a subtree, inclusion and exclusion projections, a compound
//! wildcard index) return exactly what a collection scan returns over
//! nested documents and arrays, kept up to date by inserts, updates,
//! deletes and index builds; plus mongod's spec errors, listIndexes and
//! explain shapes.

// Test and benchmark scenarios read top to bottom as one story each.
#![allow(clippy::too_many_lines)]

mod common;

use bson::{doc, Bson, Document};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn scalar(rng: &mut StdRng) -> Bson {
    match rng.random_range(0..6) {
        0 => Bson::Null,
        1 => Bson::String(format!("s{}", rng.random_range(0..4))),
        2 => Bson::Double(rng.random_range(0..12) as f64 / 2.0),
        3 => Bson::Boolean(rng.random()),
        _ => Bson::Int32(rng.random_range(0..6)),
    }
}

/// A value with objects (fields x and y), arrays (also nested), and empty
/// ones, `depth` levels deep at most.
fn value(rng: &mut StdRng, depth: u32) -> Bson {
    if depth == 0 {
        return scalar(rng);
    }
    match rng.random_range(0..10) {
        0 => Bson::Document(Document::new()),
        1 => Bson::Array(Vec::new()),
        2 | 3 => {
            let mut d = Document::new();
            for f in ["x", "y"] {
                if rng.random() {
                    d.insert(f, value(rng, depth - 1));
                }
            }
            Bson::Document(d)
        }
        4 | 5 => Bson::Array(
            (0..rng.random_range(1..4))
                .map(|_| value(rng, depth - 1))
                .collect(),
        ),
        _ => scalar(rng),
    }
}

fn document(rng: &mut StdRng, id: i32) -> Document {
    let mut d = doc! {"_id": id, "k": rng.random_range(0..3)};
    for f in ["a", "b", "c"] {
        if rng.random_range(0..5) > 0 {
            d.insert(f, value(rng, 3));
        }
    }
    d
}

fn filter(rng: &mut StdRng) -> Document {
    let paths = ["a", "a.x", "a.y", "a.x.y", "b", "b.x", "c", "k", "_id"];
    let path = paths[rng.random_range(0..paths.len())];
    let v = scalar(rng);
    let pred = match rng.random_range(0..12) {
        0 | 1 => v,
        2 => Bson::Document(doc! {"$gt": v}),
        3 => Bson::Document(doc! {"$lte": v}),
        4 => Bson::Document(doc! {"$gte": 1, "$lt": 4}),
        5 => Bson::Document(doc! {"$in": [v, 2, "s1"]}),
        6 => Bson::Document(doc! {"$exists": true}),
        7 => Bson::Document(doc! {"$exists": false}),
        8 => Bson::Document(doc! {"$ne": v}),
        9 => Bson::Document(doc! {}),
        10 => Bson::Document(doc! {"$exists": true, "$gt": 1}),
        _ => Bson::Document(doc! {"$eq": v}),
    };
    let mut f = doc! {path: pred};
    if rng.random_range(0..4) == 0 {
        f.insert("k", rng.random_range(0..3));
    }
    f
}

async fn find(
    db: &mongodb::Database,
    coll: &str,
    filter: &Document,
    hint: Option<&Bson>,
) -> Result<Vec<Document>, mongodb::error::Error> {
    let mut cmd = doc! {"find": coll, "filter": filter.clone(), "batchSize": 10_000};
    if let Some(h) = hint {
        cmd.insert("hint", h.clone());
    }
    let reply = db.run_command(cmd).await?;
    let mut docs: Vec<Document> = common::first_batch(&reply)
        .into_iter()
        .map(|b| b.as_document().unwrap().clone())
        .collect();
    docs.sort_by_key(|d| d.get_i32("_id").unwrap());
    Ok(docs)
}

fn code_of(e: &mongodb::error::Error) -> i32 {
    match e.kind.as_ref() {
        mongodb::error::ErrorKind::Command(c) => c.code,
        other => panic!("not a command error: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wildcard_plans_match_collection_scans() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let mut rng = StdRng::seed_from_u64(7);
    let indexes: Vec<(&str, Document)> = vec![
        ("w_all", doc! {"key": {"$**": 1}, "name": "$**_1"}),
        ("w_desc", doc! {"key": {"$**": -1}, "name": "$**_-1"}),
        ("w_sub", doc! {"key": {"a.$**": 1}, "name": "a.$**_1"}),
        (
            "w_inc",
            doc! {"key": {"$**": 1}, "name": "inc", "wildcardProjection": {"a.x": 1, "b": 1, "_id": 1}},
        ),
        (
            "w_exc",
            doc! {"key": {"$**": 1}, "name": "exc", "wildcardProjection": {"a.y": 0, "c": 0}},
        ),
        (
            "w_cmp",
            doc! {"key": {"k": 1, "$**": 1}, "name": "cmp", "wildcardProjection": {"k": 0}},
        ),
    ];
    let mut colls = vec!["plain"];
    colls.extend(indexes.iter().map(|(c, _)| *c));
    // Half the documents before the indexes (built over them), half after.
    let docs: Vec<Document> = (0..300).map(|i| document(&mut rng, i)).collect();
    for c in &colls {
        db.collection::<Document>(c)
            .insert_many(docs[..150].to_vec())
            .await
            .unwrap();
    }
    for (c, spec) in &indexes {
        db.run_command(doc! {"createIndexes": *c, "indexes": [spec.clone()]})
            .await
            .unwrap();
    }
    for c in &colls {
        db.collection::<Document>(c)
            .insert_many(docs[150..].to_vec())
            .await
            .unwrap();
    }
    // Updates (whole values replaced, fields added and removed) and deletes.
    for _ in 0..60 {
        let id = rng.random_range(0..300);
        let f = ["a", "b", "c"][rng.random_range(0..3)];
        let update = if rng.random_range(0..4) == 0 {
            doc! {"$unset": {f: 1}}
        } else {
            doc! {"$set": {f: value(&mut rng, 3)}}
        };
        for c in &colls {
            db.collection::<Document>(c)
                .update_one(doc! {"_id": id}, update.clone())
                .await
                .unwrap();
        }
    }
    for _ in 0..20 {
        let id = rng.random_range(0..300);
        for c in &colls {
            db.collection::<Document>(c)
                .delete_one(doc! {"_id": id})
                .await
                .unwrap();
        }
    }
    let mut used = 0;
    let mut hinted = 0;
    for round in 0..250 {
        let f = filter(&mut rng);
        let want = find(&db, "plain", &f, None).await.unwrap();
        for (c, spec) in &indexes {
            let got = find(&db, c, &f, None).await.unwrap();
            assert_eq!(got, want, "round {round}: {c} {f}");
            let name = spec.get("name").unwrap();
            match find(&db, c, &f, Some(name)).await {
                Ok(got) => {
                    hinted += 1;
                    assert_eq!(got, want, "round {round}: {c} hinted {f}");
                }
                Err(e) => assert_eq!(code_of(&e), 291, "round {round}: {c} {f}: {e}"),
            }
            let plan = db
                .run_command(doc! {"explain": {"find": *c, "filter": f.clone()}, "verbosity": "queryPlanner"})
                .await
                .unwrap();
            if plan.to_string().contains("IXSCAN") {
                used += 1;
            }
        }
    }
    assert!(used > 300, "only {used} plans used a wildcard index");
    assert!(hinted > 400, "only {hinted} hinted plans");
    // validate finds every key where the documents say it belongs.
    for (c, _) in &indexes {
        let v = db
            .run_command(doc! {"validate": *c, "full": true})
            .await
            .unwrap();
        assert!(v.get_bool("valid").unwrap(), "{c}: {v}");
    }
    server.stop().await;
}

async fn create(db: &mongodb::Database, spec: Document) -> Result<Document, mongodb::error::Error> {
    db.run_command(doc! {"createIndexes": "specs", "indexes": [spec]})
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wildcard_specs_are_checked_as_mongod_checks_them() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let ok = [
        doc! {"key": {"$**": 1}, "name": "all"},
        doc! {"key": {"a.$**": -1}, "name": "sub"},
        doc! {"key": {"$**": 1}, "name": "inc", "wildcardProjection": {"a": 1, "b": {"c": 1}}},
        doc! {"key": {"$**": 1}, "name": "exc", "wildcardProjection": {"_id": 1, "a": 0}},
        doc! {"key": {"$**": 1}, "name": "part", "partialFilterExpression": {"a": {"$gt": 0}}},
        doc! {"key": {"$**": 1}, "name": "coll", "collation": {"locale": "fr"}},
        doc! {"key": {"k": 1, "$**": 1}, "name": "cwi", "wildcardProjection": {"k": 0}},
        doc! {"key": {"k": 1, "b.$**": 1}, "name": "cwi_sub"},
    ];
    for spec in ok {
        let coll = format!("ok_{}", spec.get_str("name").unwrap());
        db.run_command(doc! {"createIndexes": coll, "indexes": [spec.clone()]})
            .await
            .unwrap_or_else(|e| panic!("{spec}: {e}"));
    }
    for spec in [
        doc! {"key": {"$**": 1}, "name": "all"},
        doc! {"key": {"$**": 1}, "name": "exc", "wildcardProjection": {"_id": 1, "a": 0}},
        doc! {"key": {"k": 1, "$**": 1}, "name": "cwi", "wildcardProjection": {"k": 0}},
    ] {
        create(&db, spec).await.unwrap();
    }
    let refused: Vec<(Document, i32)> = vec![
        (doc! {"key": {"$**": 1}, "name": "x", "sparse": true}, 67),
        (doc! {"key": {"$**": 1}, "name": "x", "unique": true}, 67),
        (
            doc! {"key": {"$**": 1}, "name": "x", "expireAfterSeconds": 3600},
            67,
        ),
        (doc! {"key": {"$**": 1}, "name": "x", "v": 1}, 67),
        (doc! {"key": {"$**": 0}, "name": "x"}, 67),
        (doc! {"key": {"$**": "hashed"}, "name": "x"}, 67),
        (doc! {"key": {"$**": "2dsphere"}, "name": "x"}, 67),
        (doc! {"key": {"a.$**": "text"}, "name": "x"}, 67),
        (doc! {"key": {"$**": "wildcard"}, "name": "x"}, 67),
        (doc! {"key": {"a.$**.$**": 1}, "name": "x"}, 67),
        (doc! {"key": {"$**.$**": 1}, "name": "x"}, 67),
        (
            doc! {"key": {"$**": 1}, "name": "x", "wildcardProjection": {"a": 1, "b": 0}},
            31254,
        ),
        (
            doc! {"key": {"$**": 1}, "name": "x", "wildcardProjection": {"a": 1, "b": "s"}},
            51271,
        ),
        (
            doc! {"key": {"$**": 1}, "name": "x", "wildcardProjection": {}},
            9,
        ),
        (
            doc! {"key": {"a": 1}, "name": "x", "wildcardProjection": {"a": 1}},
            2,
        ),
        (
            doc! {"key": {"a.$**": 1}, "name": "x", "wildcardProjection": "s"},
            14,
        ),
        (
            doc! {"key": {"a.$**": 1}, "name": "x", "wildcardProjection": {"a": 1}},
            9,
        ),
        (doc! {"key": {"a.$**": 1, "b.$**": 1}, "name": "x"}, 7246201),
        (doc! {"key": {"a": 1, "a.$**": 1}, "name": "x"}, 7246204),
        (doc! {"key": {"a": 1, "$**": 1}, "name": "x"}, 67),
        (
            doc! {"key": {"a": 1, "$**": 1}, "name": "x", "wildcardProjection": {"a": 1}},
            7246208,
        ),
        (
            doc! {"key": {"a": 1, "$**": 1}, "name": "x", "wildcardProjection": {"_id": 0}},
            7246210,
        ),
        (doc! {"key": {"a.$**": 1, "b": "hashed"}, "name": "x"}, 67),
        (
            doc! {"key": {"a.$**": 1, "b": 1}, "name": "x", "unique": true},
            67,
        ),
    ];
    for (spec, code) in refused {
        let e = create(&db, spec.clone())
            .await
            .expect_err(&spec.to_string());
        assert_eq!(code_of(&e), code, "{spec}: {e}");
    }
    let e = create(&db, doc! {"key": {"$**": 1}, "name": "x", "sparse": true})
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("Index type 'wildcard' does not support the 'sparse' option"),
        "{e}"
    );
    // listIndexes shows the specs as mongod stores them.
    let reply = db.run_command(doc! {"listIndexes": "specs"}).await.unwrap();
    let specs: Vec<Document> = common::first_batch(&reply)
        .into_iter()
        .map(|b| b.as_document().unwrap().clone())
        .collect();
    let by_name = |n: &str| {
        specs
            .iter()
            .find(|s| s.get_str("name").ok() == Some(n))
            .cloned()
            .unwrap()
    };
    assert_eq!(
        by_name("all"),
        doc! {"v": 2, "key": {"$**": 1}, "name": "all"}
    );
    assert_eq!(
        by_name("exc"),
        doc! {"v": 2, "key": {"$**": 1}, "name": "exc", "wildcardProjection": {"_id": 1, "a": 0}}
    );
    // The same key pattern with another projection is another index.
    create(
        &db,
        doc! {"key": {"$**": 1}, "name": "all2", "wildcardProjection": {"z": 1}},
    )
    .await
    .unwrap();
    // A compound wildcard index refuses arrays in its regular fields.
    let coll = db.collection::<Document>("specs");
    let e = coll.insert_one(doc! {"k": [1, 2]}).await.unwrap_err();
    assert!(e.to_string().contains("cannot be multikey"), "{e}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wildcard_explain_hint_and_stats() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("e");
    coll.insert_many(
        (0..40)
            .map(|i| doc! {"_id": i, "a": {"x": i % 8, "tags": ["p", "q"]}, "b": i})
            .collect::<Vec<_>>(),
    )
    .await
    .unwrap();
    db.run_command(doc! {"createIndexes": "e", "indexes": [{"key": {"$**": 1}, "name": "$**_1"}]})
        .await
        .unwrap();
    let explain = |filter: Document, hint: Option<Bson>| {
        let db = db.clone();
        async move {
            let mut find = doc! {"find": "e", "filter": filter};
            if let Some(h) = hint {
                find.insert("hint", h);
            }
            db.run_command(doc! {"explain": find, "verbosity": "executionStats"})
                .await
                .unwrap()
        }
    };
    let reply = explain(doc! {"a.x": 3}, None).await;
    let ix = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap()
        .get_document("inputStage")
        .unwrap()
        .clone();
    assert_eq!(ix.get_str("stage").unwrap(), "IXSCAN");
    assert_eq!(ix.get_str("indexName").unwrap(), "$**_1");
    assert_eq!(
        ix.get_document("keyPattern").unwrap(),
        &doc! {"$_path": 1, "a.x": 1}
    );
    assert_eq!(
        ix.get_document("indexBounds").unwrap(),
        &doc! {"$_path": ["[\"a.x\", \"a.x\"]"], "a.x": ["[3, 3]"]}
    );
    let stats = reply.get_document("executionStats").unwrap();
    assert_eq!(stats.get_i64("nReturned").unwrap(), 5);
    assert_eq!(stats.get_i64("totalKeysExamined").unwrap(), 5);
    // $exists reads the path and the paths below it.
    let reply = explain(doc! {"a": {"$exists": true}}, None).await;
    let bounds = reply
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap()
        .get_document("inputStage")
        .unwrap()
        .get_document("indexBounds")
        .unwrap()
        .clone();
    assert_eq!(
        bounds,
        doc! {"$_path": ["[\"a\", \"a\"]", "[\"a.\", \"a/\")"], "a": ["[MinKey, MaxKey]"]}
    );
    assert_eq!(
        reply
            .get_document("executionStats")
            .unwrap()
            .get_i64("nReturned")
            .unwrap(),
        40
    );
    // Multikey paths are found element by element; a range works too.
    let n = |f: Document| {
        let coll = coll.clone();
        async move { coll.count_documents(f).await.unwrap() }
    };
    assert_eq!(n(doc! {"a.tags": "q"}).await, 40);
    assert_eq!(n(doc! {"b": {"$gte": 30}}).await, 10);
    // null, $ne and object equality cannot use it: a collection scan.
    for f in [
        doc! {"a.x": null},
        doc! {"b": {"$ne": 3}},
        doc! {"a": {"x": 1, "tags": ["p", "q"]}},
    ] {
        let reply = explain(f.clone(), None).await;
        let stage = reply
            .get_document("queryPlanner")
            .unwrap()
            .get_document("winningPlan")
            .unwrap()
            .get_str("stage")
            .unwrap()
            .to_string();
        assert_eq!(stage, "COLLSCAN", "{f}");
    }
    // Hints by name and by key pattern; a query the index cannot answer
    // has no plan with it.
    for h in [
        Bson::String("$**_1".into()),
        Bson::Document(doc! {"$**": 1}),
    ] {
        let reply = explain(doc! {"b": 7}, Some(h)).await;
        assert!(reply.to_string().contains("\"$_path\""), "{reply}");
    }
    let e = db
        .run_command(doc! {"find": "e", "filter": {"b": {"$ne": 1}}, "hint": "$**_1"})
        .await
        .unwrap_err();
    assert_eq!(code_of(&e), 291, "{e}");
    // $indexStats counts the accesses; collStats sizes the index.
    let stats: Vec<Document> = {
        use futures_util::TryStreamExt;
        coll.aggregate(vec![doc! {"$indexStats": {}}])
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap()
    };
    let w = stats
        .iter()
        .find(|s| s.get_str("name").ok() == Some("$**_1"))
        .unwrap();
    assert!(
        w.get_document("accesses").unwrap().get_i64("ops").unwrap() > 0,
        "{w}"
    );
    let cs = db.run_command(doc! {"collStats": "e"}).await.unwrap();
    let size = cs.get_document("indexSizes").unwrap().get("$**_1").cloned();
    assert!(
        matches!(size, Some(Bson::Int32(n)) if n > 0)
            || matches!(size, Some(Bson::Int64(n)) if n > 0),
        "{cs}"
    );
    server.stop().await;
}
