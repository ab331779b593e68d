//! Change streams through the driver: every event type, the options that
//! shape events, resuming, streams over transactions, a total order across
//! concurrent writers, and mongod's errors for bad input.

mod common;

use bson::{doc, Bson, Document};
use common::code;
use futures_util::StreamExt;
use mongodb::change_stream::ChangeStream;
use mongodb::options::{FullDocumentBeforeChangeType, FullDocumentType};
use mongodb::{Client, Database};
use std::time::Duration;

/// The next event, or a failure after a few seconds.
async fn next(cs: &mut ChangeStream<Document>) -> Document {
    tokio::time::timeout(Duration::from_secs(10), cs.next())
        .await
        .expect("an event within 10 s")
        .expect("stream open")
        .expect("no error")
}

async fn watch(db: &Database, coll: &str, pipeline: Vec<Document>) -> ChangeStream<Document> {
    db.collection::<Document>(coll)
        .watch()
        .pipeline(pipeline)
        .await
        .unwrap()
        .with_type::<Document>()
}

fn op(e: &Document) -> &str {
    e.get_str("operationType").unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_and_ddl_event() {
    let (server, client) = common::start().await;
    let db = client.database("cs");
    db.create_collection("c").await.unwrap();
    let mut cs = watch(&db, "c", vec![]).await;
    let c = db.collection::<Document>("c");
    c.insert_one(doc! { "_id": 1, "a": 1, "arr": [1, 2, 3] })
        .await
        .unwrap();
    c.update_one(
        doc! { "_id": 1 },
        doc! { "$set": { "b": 2 }, "$unset": { "a": "" }, "$pop": { "arr": 1 } },
    )
    .await
    .unwrap();
    c.replace_one(doc! { "_id": 1 }, doc! { "x": 1 })
        .await
        .unwrap();
    c.delete_one(doc! { "_id": 1 }).await.unwrap();
    c.drop().await.unwrap();

    let e = next(&mut cs).await;
    assert_eq!(op(&e), "insert");
    assert_eq!(
        e.get_document("fullDocument").unwrap(),
        &doc! { "_id": 1, "a": 1, "arr": [1, 2, 3] }
    );
    assert_eq!(
        e.get_document("ns").unwrap(),
        &doc! { "db": "cs", "coll": "c" }
    );
    assert_eq!(e.get_document("documentKey").unwrap(), &doc! { "_id": 1 });
    assert!(e.get_document("_id").unwrap().get_str("_data").is_ok());
    assert!(matches!(e.get("clusterTime"), Some(Bson::Timestamp(_))));
    assert!(matches!(e.get("wallTime"), Some(Bson::DateTime(_))));

    let e = next(&mut cs).await;
    assert_eq!(op(&e), "update");
    let desc = e.get_document("updateDescription").unwrap();
    assert_eq!(
        desc.get_document("updatedFields").unwrap(),
        &doc! { "b": 2 }
    );
    assert_eq!(
        desc.get_array("removedFields").unwrap(),
        &vec![Bson::from("a")]
    );
    assert_eq!(
        desc.get_array("truncatedArrays").unwrap(),
        &vec![Bson::Document(doc! { "field": "arr", "newSize": 2 })]
    );
    assert!(!e.contains_key("fullDocument"));

    let e = next(&mut cs).await;
    assert_eq!(op(&e), "replace");
    assert_eq!(
        e.get_document("fullDocument").unwrap(),
        &doc! { "_id": 1, "x": 1 }
    );
    let e = next(&mut cs).await;
    assert_eq!(op(&e), "delete");
    assert_eq!(e.get_document("documentKey").unwrap(), &doc! { "_id": 1 });
    let e = next(&mut cs).await;
    assert_eq!(op(&e), "drop");
    let e = next(&mut cs).await;
    assert_eq!(op(&e), "invalidate");
    // The stream ends after an invalidate.
    assert!(cs.next().await.is_none());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_and_drop_database_invalidate_their_streams() {
    let (server, client) = common::start().await;
    let db = client.database("cs2");
    db.create_collection("a").await.unwrap();
    let mut coll_stream = watch(&db, "a", vec![]).await;
    let mut db_stream = db.watch().await.unwrap().with_type::<Document>();
    client
        .database("admin")
        .run_command(doc! { "renameCollection": "cs2.a", "to": "cs2.b" })
        .await
        .unwrap();
    let e = next(&mut coll_stream).await;
    assert_eq!(op(&e), "rename");
    assert_eq!(
        e.get_document("to").unwrap(),
        &doc! { "db": "cs2", "coll": "b" }
    );
    assert_eq!(op(&next(&mut coll_stream).await), "invalidate");

    db.drop().await.unwrap();
    assert_eq!(op(&next(&mut db_stream).await), "rename");
    assert_eq!(op(&next(&mut db_stream).await), "drop");
    let e = next(&mut db_stream).await;
    assert_eq!(op(&e), "dropDatabase");
    assert_eq!(e.get_document("ns").unwrap(), &doc! { "db": "cs2" });
    assert_eq!(op(&next(&mut db_stream).await), "invalidate");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_document_and_images() {
    let (server, client) = common::start().await;
    let db = client.database("img");
    db.run_command(doc! { "create": "c", "changeStreamPreAndPostImages": { "enabled": true } })
        .await
        .unwrap();
    let c = db.collection::<Document>("c");
    c.insert_one(doc! { "_id": 1, "v": 1 }).await.unwrap();
    let mut cs = c
        .watch()
        .full_document(FullDocumentType::Required)
        .full_document_before_change(FullDocumentBeforeChangeType::Required)
        .await
        .unwrap()
        .with_type::<Document>();
    let mut lookup = c
        .watch()
        .full_document(FullDocumentType::UpdateLookup)
        .await
        .unwrap()
        .with_type::<Document>();
    c.update_one(doc! { "_id": 1 }, doc! { "$inc": { "v": 1 } })
        .await
        .unwrap();
    c.delete_one(doc! { "_id": 1 }).await.unwrap();
    let e = next(&mut cs).await;
    assert_eq!(
        e.get_document("fullDocument").unwrap(),
        &doc! { "_id": 1, "v": 2 }
    );
    assert_eq!(
        e.get_document("fullDocumentBeforeChange").unwrap(),
        &doc! { "_id": 1, "v": 1 }
    );
    let e = next(&mut cs).await;
    assert_eq!(op(&e), "delete");
    assert_eq!(
        e.get_document("fullDocumentBeforeChange").unwrap(),
        &doc! { "_id": 1, "v": 2 }
    );
    // updateLookup reads the document as it is when the event is read:
    // deleted by then.
    let e = next(&mut lookup).await;
    assert_eq!(e.get("fullDocument"), Some(&Bson::Null));

    // Without images, `required` fails the stream.
    db.run_command(doc! { "collMod": "c", "changeStreamPreAndPostImages": { "enabled": false } })
        .await
        .unwrap();
    c.insert_one(doc! { "_id": 2 }).await.unwrap();
    let mut strict = c
        .watch()
        .full_document_before_change(FullDocumentBeforeChangeType::Required)
        .await
        .unwrap()
        .with_type::<Document>();
    c.delete_one(doc! { "_id": 2 }).await.unwrap();
    let err = tokio::time::timeout(Duration::from_secs(10), strict.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap_err();
    assert_eq!(code(&err), 47, "{err}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resume_after_start_after_and_start_at_operation_time() {
    let (server, client) = common::start().await;
    let db = client.database("res");
    let c = db.collection::<Document>("c");
    c.insert_one(doc! { "_id": 0 }).await.unwrap();
    let mut cs = watch(&db, "c", vec![]).await;
    let start = client
        .database("admin")
        .run_command(doc! { "ping": 1 })
        .await
        .unwrap()
        .get_timestamp("operationTime")
        .unwrap();
    for i in 1..=3 {
        c.insert_one(doc! { "_id": i }).await.unwrap();
    }
    let first = next(&mut cs).await;
    let token = first.get_document("_id").unwrap().clone();
    drop(cs);
    let mut resumed = c
        .watch()
        .resume_after(
            bson::deserialize_from_document::<mongodb::change_stream::event::ResumeToken>(
                token.clone(),
            )
            .unwrap(),
        )
        .await
        .unwrap()
        .with_type::<Document>();
    let ids: Vec<i32> = [next(&mut resumed).await, next(&mut resumed).await]
        .iter()
        .map(|e| {
            e.get_document("documentKey")
                .unwrap()
                .get_i32("_id")
                .unwrap()
        })
        .collect();
    assert_eq!(ids, vec![2, 3]);
    let mut at = c
        .watch()
        .start_at_operation_time(start)
        .await
        .unwrap()
        .with_type::<Document>();
    // Inclusive: the ping's operationTime is the last write's, insert 0.
    let e = next(&mut at).await;
    assert_eq!(e.get_document("documentKey").unwrap(), &doc! { "_id": 0 });
    let e = next(&mut at).await;
    assert_eq!(e.get_document("documentKey").unwrap(), &doc! { "_id": 1 });

    // startAfter accepts an invalidate; resumeAfter refuses it.
    let mut gone = watch(&db, "c", vec![]).await;
    c.drop().await.unwrap();
    assert_eq!(op(&next(&mut gone).await), "drop");
    let inv = next(&mut gone).await;
    let inv_token = inv.get_document("_id").unwrap().clone();
    let cmd = |opt: &str| {
        doc! { "aggregate": "c", "pipeline": [{ "$changeStream": { opt: inv_token.clone() } }], "cursor": {} }
    };
    let err = db.run_command(cmd("resumeAfter")).await.unwrap_err();
    assert_eq!(code(&err), 260, "{err}");
    db.run_command(cmd("startAfter")).await.unwrap();
    // A token this server never made.
    let err = db
        .run_command(doc! { "aggregate": "c", "pipeline": [{ "$changeStream": { "resumeAfter": { "_data": "nonsense" } } }], "cursor": {} })
        .await
        .unwrap_err();
    assert_ne!(code(&err), 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transaction_events_carry_the_session() {
    let (server, client) = common::start().await;
    let db = client.database("txn");
    db.create_collection("c").await.unwrap();
    let c = db.collection::<Document>("c");
    let mut cs = watch(&db, "c", vec![]).await;
    let mut session = client.start_session().await.unwrap();
    session.start_transaction().await.unwrap();
    c.insert_one(doc! { "_id": 1 })
        .session(&mut session)
        .await
        .unwrap();
    c.insert_one(doc! { "_id": 2 })
        .session(&mut session)
        .await
        .unwrap();
    session.commit_transaction().await.unwrap();
    // An aborted transaction leaves nothing.
    session.start_transaction().await.unwrap();
    c.insert_one(doc! { "_id": 3 })
        .session(&mut session)
        .await
        .unwrap();
    session.abort_transaction().await.unwrap();
    c.insert_one(doc! { "_id": 4 }).await.unwrap();
    let a = next(&mut cs).await;
    let b = next(&mut cs).await;
    let lsid = session.id().get("id").unwrap().clone();
    for e in [&a, &b] {
        assert_eq!(e.get_document("lsid").unwrap().get("id"), Some(&lsid));
        assert!(e.get_i64("txnNumber").is_ok());
    }
    assert_eq!(a.get("clusterTime"), b.get("clusterTime"));
    assert!(
        a.get_document("_id").unwrap().get_str("_data").unwrap()
            < b.get_document("_id").unwrap().get_str("_data").unwrap()
    );
    let d = next(&mut cs).await;
    assert_eq!(d.get_document("documentKey").unwrap(), &doc! { "_id": 4 });
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writers_one_total_order() {
    let (server, client) = common::start().await;
    let db = client.database("order");
    db.create_collection("c").await.unwrap();
    let mut cs = watch(&db, "c", vec![]).await;
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let c = client.database("order").collection::<Document>("c");
            tokio::spawn(async move {
                for i in 0..50 {
                    c.insert_one(doc! { "w": w, "i": i }).await.unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.await.unwrap();
    }
    let mut last_token = String::new();
    let mut per_writer = [-1i32; 4];
    for _ in 0..200 {
        let e = next(&mut cs).await;
        let t = e
            .get_document("_id")
            .unwrap()
            .get_str("_data")
            .unwrap()
            .to_string();
        assert!(t > last_token, "tokens strictly increase");
        last_token = t;
        let d = e.get_document("fullDocument").unwrap();
        let (w, i) = (d.get_i32("w").unwrap() as usize, d.get_i32("i").unwrap());
        assert_eq!(i, per_writer[w] + 1, "each writer's inserts in its order");
        per_writer[w] = i;
    }
    assert_eq!(per_writer, [49; 4]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_more_wakes_on_commit() {
    let (server, client) = common::start().await;
    let db = client.database("wake");
    db.create_collection("c").await.unwrap();
    // The cursor belongs to the session it was opened in.
    let mut session = client.start_session().await.unwrap();
    let reply = db
        .run_command(doc! { "aggregate": "c", "pipeline": [{ "$changeStream": {} }], "cursor": {} })
        .session(&mut session)
        .await
        .unwrap();
    let cursor = reply.get_document("cursor").unwrap();
    let id = cursor.get_i64("id").unwrap();
    assert!(cursor.get_document("postBatchResumeToken").is_ok());
    let writer = client.database("wake").collection::<Document>("c");
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        writer.insert_one(doc! { "x": 1 }).await.unwrap();
    });
    let started = std::time::Instant::now();
    let more = db
        .run_command(doc! { "getMore": id, "collection": "c", "maxTimeMS": 5000 })
        .session(&mut session)
        .await
        .unwrap();
    let batch = more
        .get_document("cursor")
        .unwrap()
        .get_array("nextBatch")
        .unwrap();
    assert_eq!(batch.len(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "woken by the commit, not the timeout"
    );
    // An empty getMore waits its maxTimeMS and reports a high-water mark.
    let more = db
        .run_command(doc! { "getMore": id, "collection": "c", "maxTimeMS": 100 })
        .session(&mut session)
        .await
        .unwrap();
    let c = more.get_document("cursor").unwrap();
    assert!(c.get_array("nextBatch").unwrap().is_empty());
    assert!(c.get_document("postBatchResumeToken").is_ok());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_mongods_errors() {
    let (server, client) = common::start().await;
    let db = client.database("bad");
    db.create_collection("c").await.unwrap();
    let agg =
        |pipeline: Vec<Document>| doc! { "aggregate": "c", "pipeline": pipeline, "cursor": {} };
    let cases: Vec<(Client, &str, Document, i32)> = vec![
        (
            client.clone(),
            "bad",
            agg(vec![doc! { "$changeStream": { "bogus": 1 } }]),
            40415,
        ),
        (
            client.clone(),
            "bad",
            agg(vec![doc! { "$match": {} }, doc! { "$changeStream": {} }]),
            40602,
        ),
        (
            client.clone(),
            "bad",
            agg(vec![
                doc! { "$changeStream": {} },
                doc! { "$sort": { "x": 1 } },
            ]),
            20,
        ),
        (
            client.clone(),
            "bad",
            agg(vec![
                doc! { "$changeStream": { "fullDocument": "sometimes" } },
            ]),
            2,
        ),
        (
            client.clone(),
            "bad",
            agg(vec![
                doc! { "$changeStream": { "startAtOperationTime": bson::Timestamp { time: 1, increment: 1 }, "resumeAfter": { "_data": "82" } } },
            ]),
            50811,
        ),
        (
            client.clone(),
            "bad",
            doc! { "aggregate": "system.views", "pipeline": [{ "$changeStream": {} }], "cursor": {} },
            73,
        ),
        (
            client.clone(),
            "admin",
            doc! { "aggregate": 1, "pipeline": [{ "$changeStream": {} }], "cursor": {} },
            73,
        ),
        (
            client.clone(),
            "bad",
            doc! { "aggregate": "c", "pipeline": [{ "$changeStream": {} }], "cursor": {}, "readConcern": { "level": "local" } },
            72,
        ),
    ];
    for (c, dbname, cmd, want) in cases {
        let err = c
            .database(dbname)
            .run_command(cmd.clone())
            .await
            .unwrap_err();
        assert_eq!(code(&err), want, "{cmd}: {err}");
    }
    // History gone: a start before the oplog's first entry.
    let err = db
        .run_command(agg(vec![doc! { "$changeStream": { "startAtOperationTime": bson::Timestamp { time: 1, increment: 1 } } }]))
        .await
        .unwrap_err();
    assert_eq!(code(&err), 286, "{err}");
    // The server is still there.
    db.run_command(doc! { "ping": 1 }).await.unwrap();
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_oplog_is_a_capped_collection_to_read() {
    let (server, client) = common::start().await;
    let c = client.database("o").collection::<Document>("c");
    c.insert_one(doc! { "_id": 7 }).await.unwrap();
    let local = client.database("local");
    let entry = local
        .collection::<Document>("oplog.rs")
        .find_one(doc! { "op": "i", "ns": "o.c" })
        .await
        .unwrap()
        .expect("the insert's entry");
    assert_eq!(entry.get_document("o").unwrap(), &doc! { "_id": 7 });
    for f in ["ts", "t", "v", "wall", "ui"] {
        assert!(entry.contains_key(f), "{f} in {entry}");
    }
    let info = local
        .run_command(doc! { "listCollections": 1, "filter": { "name": "oplog.rs" } })
        .await
        .unwrap();
    let options = common::first_batch(&info)[0]
        .as_document()
        .unwrap()
        .get_document("options")
        .unwrap()
        .clone();
    assert!(options.get_bool("capped").unwrap());
    server.stop().await;
}

/// A retryable write's entries carry its session, transaction number and
/// statement ids, chained by `prevOpTime`; a write without a session has
/// none of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retryable_write_entries_carry_the_session() {
    let (server, client) = common::start().await;
    let db = client.database("rw");
    let mut session = client.start_session().await.unwrap();
    db.run_command(doc! {
        "insert": "c",
        "documents": [{ "_id": 1 }, { "_id": 2 }],
        "txnNumber": 3i64,
    })
    .session(&mut session)
    .await
    .unwrap();
    db.run_command(doc! { "insert": "plain", "documents": [{ "_id": 1 }] })
        .await
        .unwrap();
    let oplog = client.database("local").collection::<Document>("oplog.rs");
    let mut entries = Vec::new();
    let mut cursor = oplog
        .find(doc! { "ns": "rw.c", "op": "i" })
        .sort(doc! { "$natural": 1 })
        .await
        .unwrap();
    while let Some(e) = cursor.next().await {
        entries.push(e.unwrap());
    }
    assert_eq!(entries.len(), 2, "{entries:?}");
    for (i, e) in entries.iter().enumerate() {
        assert_eq!(e.get_i64("txnNumber").unwrap(), 3, "{e}");
        assert_eq!(e.get_i32("stmtId").unwrap(), i as i32, "{e}");
        assert!(e.get_document("lsid").unwrap().contains_key("id"), "{e}");
    }
    let first_prev = entries[0].get_document("prevOpTime").unwrap();
    assert_eq!(first_prev.get_i64("t").unwrap(), -1);
    let second_prev = entries[1].get_document("prevOpTime").unwrap();
    assert_eq!(
        second_prev.get_timestamp("ts").unwrap(),
        entries[0].get_timestamp("ts").unwrap()
    );
    let plain = oplog
        .find_one(doc! { "ns": "rw.plain" })
        .await
        .unwrap()
        .unwrap();
    for f in ["lsid", "txnNumber", "stmtId", "prevOpTime"] {
        assert!(!plain.contains_key(f), "{f} in {plain}");
    }
    server.stop().await;
}

/// Hex of a string's bytes, as it appears inside a token's `_data`.
fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02X}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_name_the_event_and_split_events_resume_from_a_fragment() {
    let (server, client) = common::start().await;
    let db = client.database("split");
    db.run_command(doc! { "create": "c", "changeStreamPreAndPostImages": { "enabled": true } })
        .await
        .unwrap();
    let c = db.collection::<Document>("c");
    c.insert_one(doc! { "_id": 1, "value": "q".repeat(10 << 20) })
        .await
        .unwrap();
    let split = vec![doc! { "$changeStreamSplitLargeEvent": {} }];
    let open = |resume: Option<Bson>, pipeline: Vec<Document>| {
        let mut stage = doc! { "fullDocumentBeforeChange": "required" };
        if let Some(t) = resume {
            stage.insert("resumeAfter", t);
        }
        let mut p = vec![doc! { "$changeStream": stage }];
        p.extend(pipeline);
        doc! { "aggregate": "c", "pipeline": p, "cursor": {} }
    };
    // One explicit session: a cursor answers getMore only in the session
    // that opened it (the driver's implicit sessions may differ per call).
    let mut session = client.start_session().await.unwrap();
    let first = db
        .run_command(open(None, split.clone()))
        .session(&mut session)
        .await
        .unwrap();
    let id = first.get_document("cursor").unwrap().get_i64("id").unwrap();
    c.update_one(
        doc! { "_id": 1 },
        doc! { "$set": { "value": "z".repeat(10 << 20) } },
    )
    .await
    .unwrap();
    let get_more =
        |id: i64| doc! { "getMore": id, "collection": "c", "batchSize": 1, "maxTimeMS": 5000 };
    let batch = |r: &Document| -> Vec<Document> {
        r.get_document("cursor")
            .unwrap()
            .get_array("nextBatch")
            .unwrap()
            .iter()
            .map(|d| d.as_document().unwrap().clone())
            .collect()
    };
    let one = batch(
        &db.run_command(get_more(id))
            .session(&mut session)
            .await
            .unwrap_or_else(|e| panic!("getMore: {e:?}")),
    );
    assert_eq!(one.len(), 1);
    assert_eq!(
        one[0].get_document("splitEvent").unwrap(),
        &doc! { "fragment": 1, "of": 2 }
    );
    let two = batch(
        &db.run_command(get_more(id))
            .session(&mut session)
            .await
            .unwrap(),
    );
    assert_eq!(
        two[0].get_document("splitEvent").unwrap(),
        &doc! { "fragment": 2, "of": 2 }
    );
    // Each fragment has a token of its own, ordered, naming the event.
    let t1 = one[0].get_document("_id").unwrap().clone();
    let t2 = two[0].get_document("_id").unwrap().clone();
    let (d1, d2) = (t1.get_str("_data").unwrap(), t2.get_str("_data").unwrap());
    assert!(d1 < d2, "{d1} < {d2}");
    assert!(
        d1.contains(&hex("documentKey")) && d1.contains(&hex("update")),
        "{d1}"
    );

    // Resuming after the first fragment hands out the second one.
    let resumed = db
        .run_command(open(Some(Bson::Document(t1.clone())), split.clone()))
        .session(&mut session)
        .await
        .unwrap();
    let cursor = resumed.get_document("cursor").unwrap();
    let mut again: Vec<Document> = cursor
        .get_array("firstBatch")
        .unwrap()
        .iter()
        .map(|d| d.as_document().unwrap().clone())
        .collect();
    if again.is_empty() {
        let rid = cursor.get_i64("id").unwrap();
        again = batch(
            &db.run_command(get_more(rid))
                .session(&mut session)
                .await
                .unwrap(),
        );
    }
    assert_eq!(again[0].get_document("_id").unwrap(), &t2);
    assert_eq!(
        again[0].get_document("splitEvent").unwrap(),
        &doc! { "fragment": 2, "of": 2 }
    );
    // Without the split stage a fragment's token cannot be resumed from.
    let err = db
        .run_command(open(Some(Bson::Document(t1)), vec![]))
        .await
        .unwrap_err();
    assert_eq!(code(&err), 280, "{err}");
    server.stop().await;
}
