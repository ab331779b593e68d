//! collMod's uniqueness conversions through the driver: `prepareUnique`
//! refuses new duplicates, `unique: true` converts (or reports the
//! duplicates as CannotConvertIndexToUnique with `violations`, also in a
//! dry run), `forceNonUnique` converts back; the converted index answers
//! queries and passes `validate`.

// Test and benchmark scenarios read top to bottom as one story each.
#![allow(clippy::too_many_lines)]

mod common;

use bson::{doc, Bson, Document};
use mongodb::error::{ErrorKind, Result as DriverResult};
use mongodb::options::Hint;
use mongodb::{Collection, Database};

async fn coll_mod(db: &Database, index: Document) -> DriverResult<Document> {
    db.run_command(doc! {"collMod": "c", "index": index}).await
}

fn code(r: DriverResult<Document>) -> i32 {
    match *r.expect_err("command fails").kind {
        ErrorKind::Command(e) => e.code,
        ErrorKind::Write(mongodb::error::WriteFailure::WriteError(e)) => e.code,
        k => panic!("unexpected error {k:?}"),
    }
}

/// The `violations` of a failed conversion, each group's ids sorted.
fn violations(err: mongodb::error::Error) -> Vec<Vec<i32>> {
    let raw = err.server_response().expect("server response").to_owned();
    let reply = Document::try_from(raw).unwrap();
    assert_eq!(reply.get_i32("code").unwrap(), 359, "{reply}");
    let mut out: Vec<Vec<i32>> = reply
        .get_array("violations")
        .unwrap()
        .iter()
        .map(|v| {
            let mut ids: Vec<i32> = v
                .as_document()
                .unwrap()
                .get_array("ids")
                .unwrap()
                .iter()
                .map(|i| i.as_i32().unwrap())
                .collect();
            ids.sort_unstable();
            ids
        })
        .collect();
    out.sort();
    out
}

/// The index's spec as listIndexes reports it.
async fn index_spec(c: &Collection<Document>, name: &str) -> Document {
    let db = c.client().database(c.namespace().db.as_str());
    let r = db
        .run_command(doc! {"listIndexes": c.name()})
        .await
        .unwrap();
    common::first_batch(&r)
        .into_iter()
        .map(|b| b.as_document().unwrap().clone())
        .find(|d| d.get_str("name").ok() == Some(name))
        .unwrap_or_else(|| panic!("no index {name}"))
}

async fn validate(db: &Database) {
    let r = db.run_command(doc! {"validate": "c"}).await.unwrap();
    assert_eq!(r.get_bool("valid").ok(), Some(true), "{r}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepare_convert_and_back() {
    let (_server, client) = common::start().await;
    let db = client.database("t");
    let c = db.collection::<Document>("c");
    db.run_command(doc! {"createIndexes": "c", "indexes": [{"key": {"a": 1}, "name": "a_1"}, {"key": {"a": 1, "b": 1}, "name": "a_1_b_1"}]})
        .await
        .unwrap();
    c.insert_many(vec![
        doc! {"_id": 1, "a": 100, "b": 1},
        doc! {"_id": 2, "a": 100, "b": 2},
        doc! {"_id": 3, "a": 100, "b": 3},
        doc! {"_id": 5, "a": 105, "b": 6},
        doc! {"_id": 6, "a": 105, "b": 6},
        doc! {"_id": 7, "a": 7, "b": 7},
    ])
    .await
    .unwrap();

    // unique needs prepareUnique first; unique: false is refused.
    assert_eq!(
        code(coll_mod(&db, doc! {"keyPattern": {"a": 1}, "unique": true}).await),
        72
    );
    assert_eq!(
        code(coll_mod(&db, doc! {"keyPattern": {"a": 1}, "unique": false}).await),
        2
    );
    assert_eq!(
        code(coll_mod(&db, doc! {"keyPattern": {"a": 1}, "unique": "1"}).await),
        14
    );
    assert_eq!(code(coll_mod(&db, doc! {"keyPattern": {"a": 1}}).await), 72);
    // prepareUnique must come alone.
    assert_eq!(
        code(
            coll_mod(
                &db,
                doc! {"keyPattern": {"a": 1}, "prepareUnique": true, "hidden": true}
            )
            .await
        ),
        72
    );

    let r = coll_mod(&db, doc! {"keyPattern": {"a": 1}, "prepareUnique": true})
        .await
        .unwrap();
    assert_eq!(r.get_bool("prepareUnique_old").ok(), Some(false), "{r}");
    assert_eq!(r.get_bool("prepareUnique_new").ok(), Some(true), "{r}");
    assert_eq!(
        index_spec(&c, "a_1").await.get_bool("prepareUnique").ok(),
        Some(true)
    );
    // Setting it again is a no-op without reply fields.
    let r = coll_mod(&db, doc! {"name": "a_1", "prepareUnique": true})
        .await
        .unwrap();
    assert!(!r.contains_key("prepareUnique_new"), "{r}");

    // New duplicates are refused (insert and update), existing ones stay.
    let err = c.insert_one(doc! {"_id": 10, "a": 100}).await.unwrap_err();
    let ErrorKind::Write(mongodb::error::WriteFailure::WriteError(we)) = *err.kind else {
        panic!("{err:?}");
    };
    assert_eq!(we.code, 11000);
    assert!(we.message.contains("index: a_1 dup key"), "{}", we.message);
    assert!(c
        .update_one(doc! {"_id": 7}, doc! {"$set": {"a": 105}})
        .await
        .is_err());
    c.insert_one(doc! {"_id": 11, "a": 11}).await.unwrap();
    // Updating a document without changing its key is fine.
    c.update_one(doc! {"_id": 11}, doc! {"$set": {"z": 1}})
        .await
        .unwrap();
    assert_eq!(c.count_documents(doc! {"a": 100}).await.unwrap(), 3);

    // Conversion fails with the duplicate groups; dry run too, changing nothing.
    let err = coll_mod(&db, doc! {"keyPattern": {"a": 1}, "unique": true})
        .await
        .unwrap_err();
    assert_eq!(violations(err), vec![vec![1, 2, 3], vec![5, 6]]);
    let err = db
        .run_command(doc! {"collMod": "c", "index": {"keyPattern": {"a": 1}, "unique": true}, "dryRun": true})
        .await
        .unwrap_err();
    assert_eq!(violations(err), vec![vec![1, 2, 3], vec![5, 6]]);
    // Dry runs only check unique: true, alone.
    for bad in [
        doc! {"collMod": "c", "validationLevel": "off", "dryRun": true},
        doc! {"collMod": "c", "index": {"keyPattern": {"a": 1}, "hidden": true}, "dryRun": true},
        doc! {"collMod": "c", "index": {"keyPattern": {"a": 1}, "unique": true, "hidden": true}, "dryRun": true},
    ] {
        assert_eq!(code(db.run_command(bad).await), 72);
    }
    assert!(!index_spec(&c, "a_1").await.contains_key("unique"));

    // The compound index: duplicates of (a, b) only.
    coll_mod(&db, doc! {"name": "a_1_b_1", "prepareUnique": true})
        .await
        .unwrap();
    let err = coll_mod(&db, doc! {"name": "a_1_b_1", "unique": true})
        .await
        .unwrap_err();
    assert_eq!(violations(err), vec![vec![5, 6]]);

    // Resolve the duplicates: the dry run passes, then the conversion.
    c.delete_many(doc! {"_id": {"$in": [2, 3, 6]}})
        .await
        .unwrap();
    db.run_command(
        doc! {"collMod": "c", "index": {"keyPattern": {"a": 1}, "unique": true}, "dryRun": true},
    )
    .await
    .unwrap();
    assert!(!index_spec(&c, "a_1").await.contains_key("unique"));
    let r = coll_mod(&db, doc! {"keyPattern": {"a": 1}, "unique": true})
        .await
        .unwrap();
    assert_eq!(r.get_bool("unique_new").ok(), Some(true), "{r}");
    let spec = index_spec(&c, "a_1").await;
    assert_eq!(spec.get_bool("unique").ok(), Some(true), "{spec}");
    assert!(!spec.contains_key("prepareUnique"), "{spec}");
    // Converting again is a no-op.
    let r = coll_mod(&db, doc! {"keyPattern": {"a": 1}, "unique": true})
        .await
        .unwrap();
    assert!(!r.contains_key("unique_new"), "{r}");

    // The unique index finds documents and refuses duplicates with keyPattern/keyValue.
    let found: Vec<Document> = {
        let mut cur = c
            .find(doc! {"a": {"$gte": 0}})
            .hint(Hint::Name("a_1".into()))
            .await
            .unwrap();
        let mut v = Vec::new();
        while cur.advance().await.unwrap() {
            v.push(cur.deserialize_current().unwrap());
        }
        v
    };
    let ids: Vec<Bson> = found
        .iter()
        .map(|d| d.get("_id").unwrap().clone())
        .collect();
    assert_eq!(
        ids,
        vec![
            Bson::Int32(7),
            Bson::Int32(11),
            Bson::Int32(1),
            Bson::Int32(5)
        ]
    );
    let r = db
        .run_command(doc! {"insert": "c", "documents": [{"_id": 20, "a": 105}]})
        .await
        .unwrap();
    let we = r.get_array("writeErrors").unwrap()[0]
        .as_document()
        .unwrap()
        .clone();
    assert_eq!(we.get_i32("code").ok(), Some(11000));
    assert_eq!(we.get_document("keyPattern").ok(), Some(&doc! {"a": 1}));
    assert_eq!(we.get_document("keyValue").ok(), Some(&doc! {"a": 105}));
    c.insert_one(doc! {"_id": 21, "a": 21}).await.unwrap();
    c.update_one(doc! {"_id": 21}, doc! {"$set": {"a": 22}})
        .await
        .unwrap();
    assert_eq!(c.count_documents(doc! {"a": 22}).await.unwrap(), 1);
    validate(&db).await;

    // Back to non-unique: forceNonUnique: true (false is refused; _id stays unique).
    assert_eq!(
        code(coll_mod(&db, doc! {"name": "a_1", "forceNonUnique": false}).await),
        2
    );
    assert_eq!(
        code(
            coll_mod(
                &db,
                doc! {"name": "a_1", "forceNonUnique": true, "unique": true}
            )
            .await
        ),
        72
    );
    assert_eq!(
        code(coll_mod(&db, doc! {"name": "_id_", "forceNonUnique": true}).await),
        2
    );
    let r = coll_mod(&db, doc! {"name": "a_1", "forceNonUnique": true})
        .await
        .unwrap();
    assert_eq!(r.get_bool("forceNonUnique_new").ok(), Some(true), "{r}");
    assert!(!index_spec(&c, "a_1").await.contains_key("unique"));
    c.insert_one(doc! {"_id": 30, "a": 105}).await.unwrap();
    let n = c
        .count_documents(doc! {"a": 105})
        .hint(Hint::Name("a_1".into()))
        .await
        .unwrap();
    assert_eq!(n, 2);
    validate(&db).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_index_with_prepare_unique() {
    let (_server, client) = common::start().await;
    let db = client.database("t");
    let c = db.collection::<Document>("c");
    c.insert_many(vec![doc! {"_id": 0, "a": 1}, doc! {"_id": 1, "a": 1}])
        .await
        .unwrap();
    db.run_command(doc! {"createIndexes": "c", "indexes": [{"key": {"a": 1}, "name": "a_1", "prepareUnique": true}]})
        .await
        .unwrap();
    assert_eq!(
        code(
            db.run_command(doc! {"createIndexes": "c", "indexes": [{"key": {"a": 1}, "name": "a_1", "prepareUnique": false}]})
                .await
        ),
        85
    );
    assert_eq!(
        code(
            db.run_command(doc! {"createIndexes": "c", "indexes": [{"key": {"b": 1}, "name": "b_1", "prepareUnique": true, "unique": true}]})
                .await
        ),
        67
    );
    assert!(c.insert_one(doc! {"_id": 2, "a": 1}).await.is_err());
    c.insert_one(doc! {"_id": 3, "a": 2}).await.unwrap();
    let r = coll_mod(&db, doc! {"keyPattern": {"a": 1}, "prepareUnique": false})
        .await
        .unwrap();
    assert_eq!(r.get_bool("prepareUnique_new").ok(), Some(false), "{r}");
    c.insert_one(doc! {"_id": 2, "a": 1}).await.unwrap();
    assert!(!index_spec(&c, "a_1").await.contains_key("prepareUnique"));
    // prepareUnique on a unique index is a no-op.
    db.run_command(
        doc! {"createIndexes": "c", "indexes": [{"key": {"u": 1}, "name": "u_1", "unique": true, "sparse": true}]},
    )
    .await
    .unwrap();
    coll_mod(&db, doc! {"name": "u_1", "prepareUnique": true})
        .await
        .unwrap();
    assert!(!index_spec(&c, "u_1").await.contains_key("prepareUnique"));
    validate(&db).await;
}

/// Concurrent inserts of the same key into a prepareUnique index: exactly
/// one of them wins.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepare_unique_races() {
    let (_server, client) = common::start().await;
    let db = client.database("t");
    let c = db.collection::<Document>("c");
    db.run_command(doc! {"createIndexes": "c", "indexes": [{"key": {"k": 1}, "name": "k_1", "prepareUnique": true}]})
        .await
        .unwrap();
    for round in 0..20 {
        let tasks: Vec<_> = (0..4)
            .map(|i| {
                let c = c.clone();
                tokio::spawn(async move { c.insert_one(doc! {"k": round, "i": i}).await.is_ok() })
            })
            .collect();
        let mut ok = 0;
        for t in tasks {
            ok += t.await.unwrap() as i32;
        }
        assert_eq!(ok, 1, "round {round}");
    }
    coll_mod(&db, doc! {"name": "k_1", "unique": true})
        .await
        .unwrap();
    validate(&db).await;
}

/// A conversion rebuilds the index in batches while inserts and updates go
/// on; the result is consistent and survives a restart of an on-disk store.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn convert_under_writes_and_restart() {
    let dir = tempfile::tempdir().unwrap();
    let config = secantusdb::Config {
        in_memory: false,
        storage_path: dir.path().to_path_buf(),
        ..secantusdb::Config::ephemeral()
    };
    let server = secantusdb::Server::start(config.clone()).await.unwrap();
    let client = mongodb::Client::with_uri_str(server.uri()).await.unwrap();
    let db = client.database("t");
    let c = db.collection::<Document>("c");
    c.insert_many((0..5000).map(|i| doc! {"_id": i, "a": i}))
        .await
        .unwrap();
    db.run_command(doc! {"createIndexes": "c", "indexes": [{"key": {"a": 1}, "name": "a_1"}]})
        .await
        .unwrap();
    coll_mod(&db, doc! {"name": "a_1", "prepareUnique": true})
        .await
        .unwrap();
    let writer = {
        let c = c.clone();
        tokio::spawn(async move {
            for i in 0..200 {
                c.insert_one(doc! {"_id": 10_000 + i, "a": 10_000 + i})
                    .await
                    .unwrap();
                c.update_one(doc! {"_id": i}, doc! {"$set": {"a": -1 - i}})
                    .await
                    .unwrap();
            }
        })
    };
    let r = coll_mod(&db, doc! {"name": "a_1", "unique": true})
        .await
        .unwrap();
    assert_eq!(r.get_bool("unique_new").ok(), Some(true), "{r}");
    writer.await.unwrap();
    validate(&db).await;
    assert_eq!(
        c.count_documents(doc! {"a": {"$lt": 0}}).await.unwrap(),
        200
    );
    drop(client);
    server.stop().await;

    let server = secantusdb::Server::start(config).await.unwrap();
    let client = mongodb::Client::with_uri_str(server.uri()).await.unwrap();
    let db = client.database("t");
    let c = db.collection::<Document>("c");
    assert_eq!(
        index_spec(&c, "a_1").await.get_bool("unique").ok(),
        Some(true)
    );
    validate(&db).await;
    assert!(c.insert_one(doc! {"a": 4999}).await.is_err());
    let n = c
        .count_documents(doc! {"a": {"$gte": 10_000}})
        .hint(Hint::Name("a_1".into()))
        .await
        .unwrap();
    assert_eq!(n, 200);
    drop(client);
    server.stop().await;
}
