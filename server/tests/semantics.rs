//! Results that differential testing against mongod pinned down: each row
//! is mongod's behaviour.

mod common;

use bson::{doc, Bson, Document};
use futures_util::StreamExt;

async fn aggregate(coll: &mongodb::Collection<Document>, pipeline: Vec<Document>) -> Vec<Document> {
    let mut c = coll.aggregate(pipeline).await.unwrap();
    let mut out = Vec::new();
    while let Some(d) = c.next().await {
        out.push(d.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paths_updates_and_lookups_as_mongod() {
    let (server, client) = common::start().await;
    let db = client.database("sem");
    // An aggregation field path skips array elements that are not
    // documents, nested arrays included.
    let p = db.collection::<Document>("paths");
    p.insert_one(doc! { "_id": 1, "a": [1, { "b": 2 }, [{ "b": 3 }]] })
        .await
        .unwrap();
    let got = aggregate(&p, vec![doc! { "$project": { "_id": 0, "v": "$a.b" } }]).await;
    assert_eq!(got, vec![doc! { "v": [2] }]);
    // $set/$addFields with a dotted path through an array of documents
    // sets the field in every element; a scalar element becomes a document.
    p.insert_one(doc! { "_id": 2, "a": [{ "x": 1 }, 7] })
        .await
        .unwrap();
    let got = aggregate(
        &p,
        vec![
            doc! { "$match": { "_id": 2 } },
            doc! { "$set": { "a.y": 5 } },
        ],
    )
    .await;
    assert_eq!(
        got,
        vec![doc! { "_id": 2, "a": [{ "x": 1, "y": 5 }, { "y": 5 }] }]
    );

    // Setting a value equal to the current one is no modification, NaN
    // included (mongod compares the bytes).
    let u = db.collection::<Document>("updates");
    u.insert_one(doc! { "_id": 1, "v": f64::NAN, "w": 1 })
        .await
        .unwrap();
    let r = u
        .update_one(
            doc! { "_id": 1 },
            doc! { "$set": { "v": f64::NAN, "w": 1 } },
        )
        .await
        .unwrap();
    assert_eq!(r.modified_count, 0);
    let r = u
        .update_one(doc! { "_id": 1 }, doc! { "$set": { "w": 1.0 } })
        .await
        .unwrap();
    assert_eq!(
        r.modified_count, 1,
        "an int replaced by a double changes the bytes"
    );

    // An upsert's document takes the query's equality fields in path order.
    u.update_one(
        doc! { "b.c": 1, "a": 2, "b.d": 3, "_id": 7 },
        doc! { "$set": { "z": 1 } },
    )
    .upsert(true)
    .await
    .unwrap();
    let made = u.find_one(doc! { "_id": 7 }).await.unwrap().unwrap();
    // (Documents compare regardless of field order: compare the order.)
    let order: Vec<&String> = made.keys().collect();
    assert_eq!(order, ["_id", "a", "b", "z"], "{made}");
    let inner: Vec<&String> = made.get_document("b").unwrap().keys().collect();
    assert_eq!(inner, ["c", "d"], "{made}");

    // $lookup: an empty local array joins as null (null and missing
    // foreign values); a regex local value compares literally.
    let f = db.collection::<Document>("foreign");
    let regex = Bson::RegularExpression(bson::Regex {
        pattern: "a".try_into().unwrap(),
        options: "".try_into().unwrap(),
    });
    f.insert_many(vec![
        doc! { "_id": 1, "k": null },
        doc! { "_id": 2 },
        doc! { "_id": 3, "k": "abc" },
        doc! { "_id": 4, "k": regex.clone() },
    ])
    .await
    .unwrap();
    let l = db.collection::<Document>("local");
    l.insert_many(vec![
        doc! { "_id": 1, "k": [] },
        doc! { "_id": 2, "k": regex },
    ])
    .await
    .unwrap();
    let joined = aggregate(
        &l,
        vec![
            doc! { "$lookup": { "from": "foreign", "localField": "k", "foreignField": "k", "as": "j" } },
            doc! { "$project": { "ids": "$j._id" } },
        ],
    )
    .await;
    assert_eq!(
        joined,
        vec![
            doc! { "_id": 1, "ids": [1, 2] },
            doc! { "_id": 2, "ids": [4] }
        ]
    );
    server.stop().await;
}

/// A compound index refuses a document whose indexed fields go through two
/// different arrays (empty and one-element ones too), but not two fields
/// through the same array.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_arrays_as_mongod() {
    let (server, client) = common::start().await;
    let db = client.database("sem");
    let c = db.collection::<Document>("parallel");
    c.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "a": 1, "b": 1 })
            .build(),
    )
    .await
    .unwrap();
    for bad in [
        doc! { "a": [1], "b": [] },
        doc! { "a": [1, 2], "b": [3] },
        doc! { "a": [], "b": { "c": 1 }, "x": 1 },
    ] {
        let r = c.insert_one(bad.clone()).await;
        if bad.get_array("b").is_ok() {
            let err = r.unwrap_err();
            let text = format!("{err:?}");
            assert!(
                text.contains("code: 171") && text.contains("cannot index parallel arrays [b] [a]"),
                "{bad}: {text}"
            );
        } else {
            r.unwrap();
        }
    }
    let same = db.collection::<Document>("same_array");
    same.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "a.x": 1, "a.y": 1 })
            .build(),
    )
    .await
    .unwrap();
    same.insert_one(doc! { "a": [{ "x": 1, "y": 2 }, { "x": 3, "y": 4 }] })
        .await
        .unwrap();
    server.stop().await;
}

/// A unique index over a path through an array: an element that is not a
/// document has no such field and gives a null key (as mongod's key
/// generator), so a later document without the field collides with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_document_array_elements_index_as_null() {
    let (server, client) = common::start().await;
    let c = client.database("sem").collection::<Document>("null_keys");
    c.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "a.b": 1 })
            .options(
                mongodb::options::IndexOptions::builder()
                    .unique(true)
                    .build(),
            )
            .build(),
    )
    .await
    .unwrap();
    c.insert_one(doc! { "_id": 1, "a": [1, { "b": 2 }] })
        .await
        .unwrap();
    let err = c.insert_one(doc! { "_id": 2 }).await.unwrap_err();
    assert!(format!("{err:?}").contains("11000"), "{err:?}");
    // The document is still found by its real key.
    assert_eq!(c.count_documents(doc! { "a.b": 2 }).await.unwrap(), 1);
    server.stop().await;
}

/// A numeric path component that is both an array position and a field of
/// the array's documents is ambiguous: mongod's key generator refuses it in
/// sorts and index keys (16746); an unambiguous one is fine.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ambiguous_numeric_paths_are_refused() {
    let (server, client) = common::start().await;
    let db = client.database("sem");
    let c = db.collection::<Document>("ambiguous");
    c.insert_many([
        doc! { "_id": 1, "n": [{ "0": 1 }, 2] },
        doc! { "_id": 2, "n": [3] },
    ])
    .await
    .unwrap();
    let code = |e: mongodb::error::Error| common::code(&e);
    let err = db
        .run_command(doc! { "find": "ambiguous", "sort": { "n.0": 1 } })
        .await
        .unwrap_err();
    assert_eq!(code(err), 16746);
    let err = db
        .run_command(doc! { "aggregate": "ambiguous", "pipeline": [{ "$sort": { "n.0": -1 } }], "cursor": {} })
        .await
        .unwrap_err();
    assert_eq!(code(err), 16746);
    db.run_command(doc! { "find": "ambiguous", "sort": { "n.1": 1 } })
        .await
        .unwrap();
    let idx = db.collection::<Document>("ambiguous_idx");
    idx.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "a.0": 1 })
            .build(),
    )
    .await
    .unwrap();
    let err = idx
        .insert_one(doc! { "a": [2, { "0": 3 }] })
        .await
        .unwrap_err();
    assert!(format!("{err:?}").contains("16746"), "{err:?}");
    idx.insert_one(doc! { "a": [2, 3] }).await.unwrap();
    server.stop().await;
}

/// A multi-document update outside a transaction that fails on one
/// document keeps the documents updated before it, and says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_multi_update_keeps_earlier_documents() {
    let (server, client) = common::start().await;
    let db = client.database("sem");
    let c = db.collection::<Document>("multi");
    let mut docs: Vec<Document> = (0..4).map(|i| doc! { "_id": i, "w": i * 10 }).collect();
    docs.push(doc! { "_id": 4, "w": 100 });
    c.insert_many(docs).await.unwrap();
    c.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "w": 1 })
            .options(
                mongodb::options::IndexOptions::builder()
                    .unique(true)
                    .build(),
            )
            .build(),
    )
    .await
    .unwrap();
    // _id 2 would take w: 100, which _id 4 holds.
    let r = db
        .run_command(doc! { "update": "multi", "updates": [{
            "q": {},
            "u": [{ "$set": { "w": { "$cond": [{ "$eq": ["$_id", 2] }, 100, { "$add": ["$w", 1] }] } } }],
            "multi": true,
        }] })
        .await
        .unwrap();
    assert_eq!(r.get_i32("nModified").unwrap(), 2, "{r}");
    assert_eq!(r.get_array("writeErrors").unwrap().len(), 1, "{r}");
    let mut ws = Vec::new();
    let mut cur = c.find(doc! {}).sort(doc! { "_id": 1 }).await.unwrap();
    while let Some(d) = cur.next().await {
        ws.push(d.unwrap().get_i32("w").unwrap());
    }
    assert_eq!(ws, vec![1, 11, 20, 30, 100]);
    server.stop().await;
}

/// An update pipeline naming a stage mongod does not know fails the whole
/// command before any statement runs (40324); a known stage that updates
/// may not use fails only its own statement (72).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_update_pipeline_stages_fail_the_command() {
    let (server, client) = common::start().await;
    let db = client.database("sem");
    let c = db.collection::<Document>("upd_stages");
    c.insert_one(doc! { "_id": 1 }).await.unwrap();
    let err = db
        .run_command(doc! { "update": "upd_stages", "updates": [
            { "q": { "_id": 1 }, "u": { "$set": { "a": 1 } } },
            { "q": {}, "u": [{ "$set": { "b": 1 } }, { "$bogus": 1 }] },
        ] })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 40324, "{err}");
    // Nothing ran, not even the first statement.
    let d = c.find_one(doc! { "_id": 1 }).await.unwrap().unwrap();
    assert_eq!(d, doc! { "_id": 1 });
    let reply = db
        .run_command(doc! { "update": "upd_stages", "updates": [
            { "q": { "_id": 1 }, "u": { "$set": { "a": 1 } } },
            { "q": {}, "u": [{ "$match": {} }] },
        ] })
        .await
        .unwrap();
    assert_eq!(reply.get_i32("n").unwrap(), 1);
    let errors = reply.get_array("writeErrors").unwrap();
    let e = errors[0].as_document().unwrap();
    assert_eq!(
        (e.get_i32("index").unwrap(), e.get_i32("code").unwrap()),
        (1, 72)
    );
    server.stop().await;
}
