//! `$lookup` and `$graphLookup` through an index on the foreign collection:
//! the same results as the hash join over the whole collection (arrays,
//! null and missing values, collations, the equality + pipeline form), and
//! the index's `$indexStats` counter shows it was used.

mod common;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::{AggregateOptions, Collation, CollationStrength, IndexOptions};
use mongodb::{Database, IndexModel};

fn foreign_docs() -> Vec<Document> {
    vec![
        doc! {"_id": 0, "k": 1, "next": 2},
        doc! {"_id": 1, "k": [1, 2], "next": [3, "a"]},
        doc! {"_id": 2, "k": null},
        doc! {"_id": 3},
        doc! {"_id": 4, "k": "a", "next": "B"},
        doc! {"_id": 5, "k": "A"},
        doc! {"_id": 6, "k": [[1, 2], 3], "next": 1},
        doc! {"_id": 7, "k": 2.0, "next": "b"},
        doc! {"_id": 8, "k": {"x": 1}},
        doc! {"_id": 9, "k": "b"},
        doc! {"_id": 10, "k": 3_i64, "next": null},
        doc! {"_id": 11, "k": "B"},
    ]
}

fn local_docs() -> Vec<Document> {
    vec![
        doc! {"_id": 0, "l": 1},
        doc! {"_id": 1, "l": 2},
        doc! {"_id": 2, "l": [2, 3]},
        doc! {"_id": 3, "l": [[1, 2]]},
        doc! {"_id": 4, "l": "a"},
        doc! {"_id": 5, "l": {"x": 1}},
        doc! {"_id": 6, "l": 7},
        doc! {"_id": 7, "l": []},
        doc! {"_id": 8},
        doc! {"_id": 9, "l": null},
        doc! {"_id": 10, "l": ["b", 3.0]},
    ]
}

/// The pipelines compared, each with the collation it runs under.
fn pipelines() -> Vec<(Vec<Document>, Option<Collation>)> {
    let ci = Collation::builder()
        .locale("en")
        .strength(CollationStrength::Secondary)
        .build();
    let equality = vec![
        doc! {"$sort": {"_id": 1}},
        doc! {"$lookup": {"from": "f", "localField": "l", "foreignField": "k", "as": "m"}},
    ];
    let with_pipeline = vec![
        doc! {"$sort": {"_id": 1}},
        doc! {"$lookup": {"from": "f", "localField": "l", "foreignField": "k", "as": "m",
        "let": {"me": "$_id"},
        "pipeline": [{"$match": {"$expr": {"$ne": ["$_id", "$$me"]}}},
                     {"$project": {"k": 1}}]}},
    ];
    // The pipeline form alone, correlated by $expr equality (an index on
    // k serves scalar values of l).
    let correlated = vec![
        doc! {"$sort": {"_id": 1}},
        doc! {"$lookup": {"from": "f", "let": {"v": "$l"}, "as": "m",
        "pipeline": [{"$match": {"$expr": {"$eq": ["$k", "$$v"]}}}]}},
    ];
    let graph = vec![
        doc! {"$sort": {"_id": 1}},
        doc! {"$graphLookup": {"from": "f", "startWith": "$l", "connectFromField": "next",
        "connectToField": "k", "as": "g", "depthField": "d"}},
    ];
    vec![
        (equality.clone(), None),
        (equality, Some(ci.clone())),
        (with_pipeline.clone(), None),
        (with_pipeline, Some(ci.clone())),
        (graph.clone(), None),
        (graph, Some(ci.clone())),
        (correlated.clone(), None),
        (correlated, Some(ci)),
    ]
}

async fn run_all(db: &Database) -> Vec<Vec<Document>> {
    let mut out = Vec::new();
    for (pipeline, collation) in pipelines() {
        let options = AggregateOptions::builder().collation(collation).build();
        let docs: Vec<Document> = db
            .collection::<Document>("l")
            .aggregate(pipeline)
            .with_options(options)
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        out.push(docs);
    }
    out
}

/// `accesses.ops` of one index of `f`, from `$indexStats`.
async fn index_ops(db: &Database, name: &str) -> i64 {
    let reply = db
        .run_command(doc! {"aggregate": "f", "pipeline": [{"$indexStats": {}}], "cursor": {}})
        .await
        .unwrap();
    common::first_batch(&reply)
        .iter()
        .filter_map(Bson::as_document)
        .find(|s| s.get_str("name").ok() == Some(name))
        .map(|s| s.get_document("accesses").unwrap().get_i64("ops").unwrap())
        .unwrap_or_else(|| panic!("no index {name}"))
}

fn ids(d: &Document, field: &str) -> Vec<i32> {
    d.get_array(field)
        .unwrap()
        .iter()
        .map(|m| m.as_document().unwrap().get_i32("_id").unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lookup_results_do_not_depend_on_an_index() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let f = db.collection::<Document>("f");
    f.insert_many(foreign_docs()).await.unwrap();
    db.collection::<Document>("l")
        .insert_many(local_docs())
        .await
        .unwrap();

    let plain = run_all(&db).await;
    // mongod's matching rules, in the foreign collection's natural order.
    let joined: Vec<Vec<i32>> = plain[0].iter().map(|d| ids(d, "m")).collect();
    assert_eq!(
        joined,
        vec![
            vec![0, 1],
            vec![1, 7],
            vec![1, 6, 7, 10],
            vec![1, 6],
            vec![4],
            vec![8],
            vec![],
            // An empty local array joins as null (mongod's
            // makeMatchStageFromInput): null and missing.
            vec![2, 3],
            vec![2, 3],
            vec![2, 3],
            vec![6, 9, 10],
        ]
    );
    // Under a case-insensitive collation "a" also finds "A", "b" finds "B".
    let joined: Vec<Vec<i32>> = plain[1].iter().map(|d| ids(d, "m")).collect();
    assert_eq!(joined[4], vec![4, 5]);
    assert_eq!(joined[10], vec![6, 9, 10, 11]);

    // With an index on the foreign field (simple collation).
    f.create_index(IndexModel::builder().keys(doc! {"k": 1}).build())
        .await
        .unwrap();
    let before = index_ops(&db, "k_1").await;
    let indexed = run_all(&db).await;
    for (i, (a, b)) in plain.iter().zip(&indexed).enumerate() {
        assert_eq!(a, b, "pipeline {i} with an index on k");
    }
    let after = index_ops(&db, "k_1").await;
    assert!(after > before, "k_1 used: {before} -> {after}");

    // With a case-insensitive index, which only the collated runs can use
    // for strings.
    f.drop_index("k_1").await.unwrap();
    let ci = Collation::builder()
        .locale("en")
        .strength(CollationStrength::Secondary)
        .build();
    f.create_index(
        IndexModel::builder()
            .keys(doc! {"k": 1})
            .options(
                IndexOptions::builder()
                    .collation(ci)
                    .name("k_ci".to_string())
                    .build(),
            )
            .build(),
    )
    .await
    .unwrap();
    let before = index_ops(&db, "k_ci").await;
    let collated = run_all(&db).await;
    for (i, (a, b)) in plain.iter().zip(&collated).enumerate() {
        assert_eq!(a, b, "pipeline {i} with a collated index on k");
    }
    let after = index_ops(&db, "k_ci").await;
    assert!(after > before, "k_ci used: {before} -> {after}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lookup_many_documents_through_an_index() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let f = db.collection::<Document>("f");
    let foreign: Vec<Document> = (0..5000)
        .map(|i| doc! {"_id": i, "k": i % 2500, "u": i % 2500})
        .collect();
    f.insert_many(foreign).await.unwrap();
    f.create_index(IndexModel::builder().keys(doc! {"k": 1}).build())
        .await
        .unwrap();
    let local: Vec<Document> = (0..3000).map(|i| doc! {"_id": i, "v": i}).collect();
    db.collection::<Document>("l")
        .insert_many(local)
        .await
        .unwrap();
    let join = |field: &str| {
        vec![
            doc! {"$lookup": {"from": "f", "localField": "v", "foreignField": field, "as": "m"}},
            doc! {"$project": {"m": "$m._id"}},
        ]
    };
    let before = index_ops(&db, "k_1").await;
    let by_index: Vec<Document> = db
        .collection::<Document>("l")
        .aggregate(join("k"))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert!(index_ops(&db, "k_1").await > before);
    let by_scan: Vec<Document> = db
        .collection::<Document>("l")
        .aggregate(join("u"))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(by_index, by_scan);
    assert_eq!(by_index.len(), 3000);
    assert_eq!(
        by_index[7].get_array("m").unwrap(),
        &vec![Bson::Int32(7), Bson::Int32(2507)]
    );
    assert!(by_index[2999].get_array("m").unwrap().is_empty());
    server.stop().await;
}
