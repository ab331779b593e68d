//! Durability through the real binary: data survives a clean restart and a
//! `kill -9` for writes acknowledged with `j: true`, and a second server on a
//! store in use refuses to start.

use bson::{doc, Document};
use mongodb::Client;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_secantusdb-rs");

fn spawn(path: &Path) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args(["--port", "0", "--storage-path"])
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .expect("listening line")
        .to_string();
    (child, addr)
}

async fn client(addr: &str) -> Client {
    Client::with_uri_str(format!("mongodb://{addr}/?directConnection=true"))
        .await
        .unwrap()
}

fn signal(child: &Child, sig: &str) {
    Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_survives_clean_restart_and_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let coll = c.database("t").collection::<Document>("c");
    coll.insert_many((0..100).map(|i| doc! { "_id": i }))
        .await
        .unwrap();
    drop(c);
    signal(&child, "-TERM");
    assert!(child.wait().unwrap().success());

    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let db = c.database("t");
    assert_eq!(
        db.collection::<Document>("c")
            .count_documents(doc! {})
            .await
            .unwrap(),
        100
    );
    // A journaled write, then a crash.
    db.run_command(doc! { "insert": "c", "documents": [{ "_id": "journaled" }], "writeConcern": { "w": 1, "j": true } })
        .await
        .unwrap();
    drop(c);
    signal(&child, "-KILL");
    child.wait().unwrap();

    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let coll = c.database("t").collection::<Document>("c");
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 101);
    assert!(coll
        .find_one(doc! { "_id": "journaled" })
        .await
        .unwrap()
        .is_some());
    // New inserts after recovery get fresh record ids (nothing overwritten).
    coll.insert_one(doc! { "_id": "after" }).await.unwrap();
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 102);
    drop(c);
    signal(&child, "-TERM");
    child.wait().unwrap();
}

#[test]
fn second_server_on_the_same_store_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let (mut first, _) = spawn(dir.path());
    let out = Command::new(BIN)
        .args(["--port", "0", "--storage-path"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("lock"), "unexpected message: {err}");
    signal(&first, "-TERM");
    assert!(first.wait().unwrap().success());
}

/// An index learns it is multikey when the first array arrives; the fact
/// must survive a crash, or a two-sided range (intersected only on indexes
/// that are not multikey) would miss documents whose elements satisfy each
/// bound separately.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multikey_flag_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let (child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let db = c.database("t");
    let coll = db.collection::<Document>("m");
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"a": 1}).build())
        .await
        .unwrap();
    coll.insert_many((0..20).map(|i| doc! {"_id": i, "a": i}))
        .await
        .unwrap();
    // 1 < 5 and 20 > 5: it matches {$gt: 5, $lt: 8} through different elements.
    db.run_command(doc! {"insert": "m", "documents": [{"_id": "arr", "a": [1, 20]}], "writeConcern": {"w": 1, "j": true}})
        .await
        .unwrap();
    drop(c);
    signal(&child, "-KILL");
    let mut child = child;
    child.wait().unwrap();

    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let coll = c.database("t").collection::<Document>("m");
    let filter = doc! {"a": {"$gt": 5, "$lt": 8}};
    let mut ids: Vec<String> = Vec::new();
    let mut cursor = coll.find(filter.clone()).await.unwrap();
    while cursor.advance().await.unwrap() {
        ids.push(
            cursor
                .deserialize_current()
                .unwrap()
                .get("_id")
                .unwrap()
                .to_string(),
        );
    }
    ids.sort();
    assert_eq!(ids, ["\"arr\"", "6", "7"]);
    let plan = c
        .database("t")
        .run_command(doc! {"explain": {"find": "m", "filter": filter}})
        .await
        .unwrap();
    assert!(plan.to_string().contains("\"isMultiKey\": true"), "{plan}");
    drop(c);
    signal(&child, "-TERM");
    assert!(child.wait().unwrap().success());
}
