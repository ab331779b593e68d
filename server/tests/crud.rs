//! CRUD through the official Rust driver against an in-process server.

mod common;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::FindOptions;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insert_find_sort_skip_limit_and_get_more() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("c");
    let docs: Vec<Document> = (0..1000).map(|i| doc! { "_id": i, "x": i % 10 }).collect();
    let r = coll.insert_many(docs).await.unwrap();
    assert_eq!(r.inserted_ids.len(), 1000);

    // A 1,000-document read goes through several getMores.
    let all: Vec<Document> = coll
        .find(doc! {})
        .batch_size(100)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 1000);
    assert_eq!(all[999].get_i32("_id").unwrap(), 999);

    let opts = FindOptions::builder()
        .sort(doc! { "_id": -1 })
        .skip(5)
        .limit(3)
        .build();
    let got: Vec<Document> = coll
        .find(doc! { "x": { "$in": [1, 2] } })
        .with_options(opts)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<i32> = got.iter().map(|d| d.get_i32("_id").unwrap()).collect();
    assert_eq!(ids, vec![971, 962, 961]);

    let proj: Vec<Document> = coll
        .find(doc! { "_id": { "$lt": 2 } })
        .projection(doc! { "x": 1, "_id": 0 })
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(proj, vec![doc! { "x": 0 }, doc! { "x": 1 }]);

    assert_eq!(coll.count_documents(doc! { "x": 3 }).await.unwrap(), 100);
    assert_eq!(coll.estimated_document_count().await.unwrap(), 1000);
    let distinct = coll
        .distinct("x", doc! { "_id": { "$lt": 3 } })
        .await
        .unwrap();
    assert_eq!(
        distinct,
        vec![Bson::Int32(0), Bson::Int32(1), Bson::Int32(2)]
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_upserts_and_deletes() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("u");
    coll.insert_many(vec![doc! { "_id": 1, "n": 1 }, doc! { "_id": 2, "n": 2 }])
        .await
        .unwrap();

    let r = coll
        .update_one(
            doc! { "_id": 1 },
            doc! { "$inc": { "n": 5 }, "$set": { "a.b": true } },
        )
        .await
        .unwrap();
    assert_eq!((r.matched_count, r.modified_count), (1, 1));
    let d = coll.find_one(doc! { "_id": 1 }).await.unwrap().unwrap();
    assert_eq!(d, doc! { "_id": 1, "n": 6, "a": { "b": true } });

    let r = coll
        .update_one(doc! { "k": "new" }, doc! { "$set": { "v": 1 } })
        .upsert(true)
        .await
        .unwrap();
    assert!(r.upserted_id.is_some());
    let up = coll.find_one(doc! { "k": "new" }).await.unwrap().unwrap();
    assert_eq!(up.get_i32("v").unwrap(), 1);

    let r = coll
        .update_many(doc! {}, doc! { "$set": { "all": 1 } })
        .await
        .unwrap();
    assert_eq!(r.modified_count, 3);
    let r = coll
        .replace_one(doc! { "_id": 2 }, doc! { "replaced": true })
        .await
        .unwrap();
    assert_eq!(r.modified_count, 1);
    assert_eq!(
        coll.find_one(doc! { "_id": 2 }).await.unwrap().unwrap(),
        doc! { "_id": 2, "replaced": true }
    );

    let d = coll
        .find_one_and_update(doc! { "_id": 1 }, doc! { "$set": { "n": 0 } })
        .return_document(mongodb::options::ReturnDocument::After)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.get_i32("n").unwrap(), 0);

    // updateOne with a sort picks the first document in that order.
    let reply = client
        .database("t")
        .run_command(doc! { "update": "u", "updates": [{ "q": {}, "u": { "$set": { "picked": true } }, "sort": { "_id": -1 } }] })
        .await
        .unwrap();
    assert_eq!(reply.get_i32("nModified").unwrap(), 1);
    assert_eq!(
        coll.count_documents(doc! { "picked": true, "k": "new" })
            .await
            .unwrap(),
        1
    );

    assert_eq!(
        coll.delete_one(doc! { "_id": 2 })
            .await
            .unwrap()
            .deleted_count,
        1
    );
    assert_eq!(coll.delete_many(doc! {}).await.unwrap().deleted_count, 2);
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_key_and_write_errors() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("d");
    coll.insert_one(doc! { "_id": 1 }).await.unwrap();
    let reply = db
        .run_command(doc! { "insert": "d", "documents": [{ "_id": 2 }, { "_id": 1 }, { "_id": 3 }], "ordered": false })
        .await
        .unwrap();
    assert_eq!(reply.get_i32("n").unwrap(), 2);
    let errs = reply.get_array("writeErrors").unwrap();
    assert_eq!(errs.len(), 1);
    let e = errs[0].as_document().unwrap();
    assert_eq!(e.get_i32("index").unwrap(), 1);
    assert_eq!(e.get_i32("code").unwrap(), 11000);
    assert_eq!(e.get_document("keyValue").unwrap(), &doc! { "_id": 1 });

    // Ordered inserts stop at the first error.
    let reply = db
        .run_command(
            doc! { "insert": "d", "documents": [{ "_id": 10 }, { "_id": 1 }, { "_id": 11 }] },
        )
        .await
        .unwrap();
    assert_eq!(reply.get_i32("n").unwrap(), 1);
    assert_eq!(coll.count_documents(doc! { "_id": 11 }).await.unwrap(), 0);

    let err = db
        .run_command(doc! { "noSuchCommand": 1 })
        .await
        .unwrap_err();
    match *err.kind {
        mongodb::error::ErrorKind::Command(ref c) => {
            assert_eq!(c.code, 59);
            assert_eq!(c.code_name, "CommandNotFound");
        }
        ref other => panic!("unexpected error {other:?}"),
    }
    let err = coll.find(doc! { "a": { "$bogus": 1 } }).await.unwrap_err();
    assert!(
        err.to_string().contains("unknown operator: $bogus"),
        "{err}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collections_indexes_and_aggregation() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    db.create_collection("made").await.unwrap();
    let err = db.create_collection("made").await.unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    let coll = db.collection::<Document>("made");
    coll.insert_many((0..10).map(|i| doc! { "g": i % 2, "v": i }))
        .await
        .unwrap();

    let names = db.list_collection_names().await.unwrap();
    assert_eq!(names, vec!["made".to_string()]);

    let out: Vec<Document> = coll
        .aggregate(vec![
            doc! { "$match": { "v": { "$gte": 2 } } },
            doc! { "$group": { "_id": "$g", "total": { "$sum": "$v" }, "n": { "$sum": 1 } } },
            doc! { "$sort": { "_id": 1 } },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        out,
        vec![
            doc! { "_id": 0, "total": 20, "n": 4 },
            doc! { "_id": 1, "total": 24, "n": 4 }
        ]
    );

    coll.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "v": 1 })
            .options(
                mongodb::options::IndexOptions::builder()
                    .unique(true)
                    .build(),
            )
            .build(),
    )
    .await
    .unwrap();
    let names = coll.list_index_names().await.unwrap();
    assert_eq!(names, vec!["_id_".to_string(), "v_1".to_string()]);
    let err = coll.insert_one(doc! { "v": 3 }).await.unwrap_err();
    assert!(err.to_string().contains("E11000"), "{err}");

    client
        .database("admin")
        .run_command(doc! { "renameCollection": "t.made", "to": "t.renamed" })
        .await
        .unwrap();
    assert_eq!(
        db.list_collection_names().await.unwrap(),
        vec!["renamed".to_string()]
    );
    assert_eq!(
        db.collection::<Document>("renamed")
            .count_documents(doc! {})
            .await
            .unwrap(),
        10
    );

    let dbs = client.list_database_names().await.unwrap();
    assert!(dbs.contains(&"t".to_string()));
    db.collection::<Document>("renamed").drop().await.unwrap();
    assert!(db.list_collection_names().await.unwrap().is_empty());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expr_let_and_computed_stages() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("e");
    coll.insert_many(vec![
        doc! { "_id": 1, "a": 1, "b": 5 },
        doc! { "_id": 2, "a": 7, "b": 3 },
    ])
    .await
    .unwrap();
    let reply = db
        .run_command(doc! { "find": "e", "filter": { "$expr": { "$gt": ["$a", "$$limit"] } }, "let": { "limit": 2 } })
        .await
        .unwrap();
    let batch = &common::first_batch(&reply);
    assert_eq!(batch.len(), 1);
    assert_eq!(batch[0].as_document().unwrap().get_i32("_id").unwrap(), 2);

    let out: Vec<Document> = coll
        .aggregate(vec![
            doc! { "$addFields": { "sum": { "$add": ["$a", "$b"] } } },
            doc! { "$project": { "sum": 1, "big": { "$cond": [{ "$gte": ["$a", 5] }, true, false] } } },
            doc! { "$sort": { "_id": 1 } },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        out,
        vec![
            doc! { "_id": 1, "sum": 6, "big": false },
            doc! { "_id": 2, "sum": 10, "big": true }
        ]
    );

    let err = coll
        .find(doc! { "$expr": { "$nope": 1 } })
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("Unrecognized expression '$nope'"),
        "{err}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn write_concern_errors_and_hints() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    // w: 2 cannot be satisfied by one member: the write happens, with a writeConcernError.
    let reply = db
        .run_command(
            doc! { "insert": "w", "documents": [{ "_id": 1 }], "writeConcern": { "w": 2 } },
        )
        .await
        .unwrap();
    assert_eq!(reply.get_i32("n").unwrap(), 1);
    assert_eq!(
        reply
            .get_document("writeConcernError")
            .unwrap()
            .get_i32("code")
            .unwrap(),
        100
    );
    let reply = db
        .run_command(
            doc! { "insert": "w", "documents": [{ "_id": 2 }], "writeConcern": { "w": "nope" } },
        )
        .await
        .unwrap();
    assert_eq!(
        reply
            .get_document("writeConcernError")
            .unwrap()
            .get_i32("code")
            .unwrap(),
        79
    );
    let reply = db
        .run_command(doc! { "insert": "w", "documents": [{ "_id": 3 }], "writeConcern": { "w": "majority" } })
        .await
        .unwrap();
    assert!(!reply.contains_key("writeConcernError"));

    db.run_command(doc! { "find": "w", "hint": "_id_" })
        .await
        .unwrap();
    db.run_command(doc! { "find": "w", "hint": { "$natural": 1 } })
        .await
        .unwrap();
    let err = db
        .run_command(doc! { "find": "w", "hint": "nope_1" })
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("hint provided does not correspond to an existing index"),
        "{err}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn explain_and_database_aggregation() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("x");
    coll.insert_many(vec![doc! { "_id": 1, "a": 1 }, doc! { "_id": 2, "a": 2 }])
        .await
        .unwrap();
    let e = db
        .run_command(doc! { "explain": { "find": "x", "filter": { "a": 2 } } })
        .await
        .unwrap();
    let winning = e
        .get_document("queryPlanner")
        .unwrap()
        .get_document("winningPlan")
        .unwrap();
    assert_eq!(winning.get_str("stage").unwrap(), "COLLSCAN");
    let stats = e.get_document("executionStats").unwrap();
    assert_eq!(stats.get_i64("nReturned").unwrap(), 1);
    assert_eq!(stats.get_i64("totalDocsExamined").unwrap(), 2);
    let e = db
        .run_command(doc! { "explain": { "find": "x", "filter": { "_id": 1 } }, "verbosity": "queryPlanner" })
        .await
        .unwrap();
    assert!(!e.contains_key("executionStats"));

    let reply = db
        .run_command(doc! { "aggregate": 1, "pipeline": [{ "$documents": [{ "v": 1 }, { "v": 2 }] }, { "$match": { "v": 2 } }], "cursor": {} })
        .await
        .unwrap();
    let batch = &common::first_batch(&reply);
    assert_eq!(batch, &vec![Bson::Document(doc! { "v": 2 })]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn capped_collections_and_tailable_cursors() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let err = db
        .run_command(doc! { "create": "nosize", "capped": true })
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("'size' field is required"),
        "{err}"
    );
    db.run_command(doc! { "create": "cap", "capped": true, "size": 4096, "max": 3 })
        .await
        .unwrap();
    let coll = db.collection::<Document>("cap");
    for i in 0..5 {
        coll.insert_one(doc! { "_id": i }).await.unwrap();
    }
    // Only the newest three remain, in insertion order.
    let ids: Vec<i32> = coll
        .find(doc! {})
        .await
        .unwrap()
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .iter()
        .map(|d| d.get_i32("_id").unwrap())
        .collect();
    assert_eq!(ids, vec![2, 3, 4]);

    let mut session = client.start_session().await.unwrap();
    let reply = db
        .run_command(doc! { "find": "cap", "tailable": true, "awaitData": true })
        .session(&mut session)
        .await
        .unwrap();
    let cursor = reply.get_document("cursor").unwrap();
    let id = cursor.get_i64("id").unwrap();
    assert_ne!(id, 0, "a tailable cursor stays open at the end of the data");
    assert_eq!(cursor.get_array("firstBatch").unwrap().len(), 3);
    coll.insert_one(doc! { "_id": 5 }).await.unwrap();
    let reply = db
        .run_command(doc! { "getMore": id, "collection": "cap", "maxTimeMS": 500 })
        .session(&mut session)
        .await
        .unwrap();
    let next = reply
        .get_document("cursor")
        .unwrap()
        .get_array("nextBatch")
        .unwrap();
    assert_eq!(next, &vec![Bson::Document(doc! { "_id": 5 })]);
    // Nothing new: awaitData waits, then returns an empty batch with the cursor still open.
    let reply = db
        .run_command(doc! { "getMore": id, "collection": "cap", "maxTimeMS": 100 })
        .session(&mut session)
        .await
        .unwrap();
    assert!(reply
        .get_document("cursor")
        .unwrap()
        .get_array("nextBatch")
        .unwrap()
        .is_empty());
    assert_eq!(
        reply.get_document("cursor").unwrap().get_i64("id").unwrap(),
        id
    );

    db.collection::<Document>("plain")
        .insert_one(doc! {})
        .await
        .unwrap();
    let err = db
        .run_command(doc! { "find": "plain", "tailable": true })
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("tailable cursor requested on non capped collection"),
        "{err}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn min_max_return_key_show_record_id() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("mm");
    coll.insert_many((0..10).map(|i| doc! { "_id": i, "x": 9 - i }))
        .await
        .unwrap();
    coll.create_index(mongodb::IndexModel::builder().keys(doc! { "x": 1 }).build())
        .await
        .unwrap();
    let reply = db
        .run_command(doc! { "find": "mm", "min": { "x": 2 }, "max": { "x": 5 }, "hint": { "x": 1 }, "returnKey": true })
        .await
        .unwrap();
    let batch = &common::first_batch(&reply);
    assert_eq!(
        batch,
        &vec![
            Bson::Document(doc! { "x": 2 }),
            Bson::Document(doc! { "x": 3 }),
            Bson::Document(doc! { "x": 4 })
        ]
    );
    let err = db
        .run_command(doc! { "find": "mm", "min": { "x": 2 } })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("hint"), "{err}");
    let reply = db
        .run_command(doc! { "find": "mm", "filter": { "_id": 3 }, "showRecordId": true })
        .await
        .unwrap();
    let d = &common::first_batch(&reply)[0]
        .as_document()
        .unwrap()
        .clone();
    assert!(d.get_i64("$recordId").is_ok(), "{d}");
    server.stop().await;
}
