//! Change streams across restarts of the real binary on an on-disk store:
//! resume tokens stay valid after a clean restart, and after `kill -9`
//! every acknowledged journaled write — and every write that survived the
//! crash — has exactly one event.

mod common;

use bson::{doc, Document};
use futures_util::StreamExt;
use mongodb::change_stream::event::ResumeToken;
use mongodb::Client;
use std::collections::BTreeMap;
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{client, spawn};

fn stop(child: &mut Child, sig: &str) {
    Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
}

/// Reads events from `token` on until `idle` passes without one; returns
/// the `_id` of each inserted document.
async fn inserted_ids_after(c: &Client, token: Document) -> Vec<i64> {
    let token: ResumeToken = bson::deserialize_from_document(token).unwrap();
    let mut cs = c
        .database("t")
        .collection::<Document>("c")
        .watch()
        .resume_after(token)
        .max_await_time(Duration::from_millis(300))
        .await
        .unwrap()
        .with_type::<Document>();
    let mut ids = Vec::new();
    while let Ok(Some(e)) = tokio::time::timeout(Duration::from_secs(3), cs.next()).await {
        let e = e.unwrap();
        if e.get_str("operationType").unwrap() == "insert" {
            ids.push(
                e.get_document("documentKey")
                    .unwrap()
                    .get_i64("_id")
                    .unwrap(),
            );
        }
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_survive_a_clean_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let coll = c.database("t").collection::<Document>("c");
    coll.insert_one(doc! { "_id": 0i64 }).await.unwrap();
    let mut cs = coll.watch().await.unwrap().with_type::<Document>();
    for i in 1..=3i64 {
        coll.insert_one(doc! { "_id": i }).await.unwrap();
    }
    let first = tokio::time::timeout(Duration::from_secs(10), cs.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let token = first.get_document("_id").unwrap().clone();
    drop(cs);
    drop(c);
    stop(&mut child, "-TERM");

    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    c.database("t")
        .collection::<Document>("c")
        .insert_one(doc! { "_id": 4i64 })
        .await
        .unwrap();
    assert_eq!(inserted_ids_after(&c, token).await, vec![2, 3, 4]);
    drop(c);
    stop(&mut child, "-TERM");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_kill_9_every_surviving_write_has_one_event() {
    let dir = tempfile::tempdir().unwrap();
    let (child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let coll = c.database("t").collection::<Document>("c");
    coll.insert_one(doc! { "_id": -1i64 }).await.unwrap();
    let cs = coll.watch().await.unwrap();
    let start = cs.resume_token().unwrap();
    let start = bson::serialize_to_document(&start).unwrap();
    drop(cs);
    // Journaled writers from two connections until the crash.
    let acked = Arc::new(std::sync::Mutex::new(Vec::new()));
    let stopping = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2i64)
        .map(|w| {
            let db = c.database("t");
            let acked = acked.clone();
            let stopping = stopping.clone();
            tokio::spawn(async move {
                let mut i = 0i64;
                while !stopping.load(Ordering::Relaxed) {
                    let id = w * 1_000_000 + i;
                    let r = db
                        .run_command(doc! { "insert": "c", "documents": [{ "_id": id }], "writeConcern": { "w": 1, "j": true } })
                        .await;
                    if r.is_err() {
                        break;
                    }
                    acked.lock().unwrap().push(id);
                    i += 1;
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut child = child;
    Command::new("kill")
        .args(["-KILL", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    stopping.store(true, Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }
    drop(c);

    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let mut stored: Vec<i64> = Vec::new();
    let mut cursor = c
        .database("t")
        .collection::<Document>("c")
        .find(doc! { "_id": { "$gte": 0i64 } })
        .await
        .unwrap();
    while let Some(d) = cursor.next().await {
        stored.push(d.unwrap().get_i64("_id").unwrap());
    }
    let events = inserted_ids_after(&c, start).await;
    let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
    for id in &events {
        *counts.entry(*id).or_default() += 1;
    }
    let acked = acked.lock().unwrap().clone();
    assert!(!acked.is_empty(), "the writers wrote something");
    for id in &acked {
        assert!(stored.contains(id), "acknowledged write {id} survived");
    }
    for id in &stored {
        assert_eq!(counts.get(id), Some(&1), "write {id} has exactly one event");
    }
    assert_eq!(counts.len(), stored.len(), "no event without its write");
    drop(c);
    stop(&mut child, "-TERM");
}
