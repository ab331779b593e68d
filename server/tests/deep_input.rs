//! No input stops the server, however deep: objects nested past mongod's
//! `maxBSONDepth` (200) are refused with `Overflow` before anything decodes
//! them, the connection stays usable, and inputs just inside the limit
//! (filters, expressions, documents) are answered without exhausting a
//! thread's stack. Documents to store keep mongod's 180-level limit.

use bson::{doc, Bson, Document};
use secantusdb::{Config, Server};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A BSON element: type byte, key, value bytes.
fn element(kind: u8, key: &str, value: &[u8]) -> Vec<u8> {
    let mut v = vec![kind];
    v.extend_from_slice(key.as_bytes());
    v.push(0);
    v.extend_from_slice(value);
    v
}

/// A BSON document (or array) from its encoded elements.
fn object(elements: &[Vec<u8>]) -> Vec<u8> {
    let body: Vec<u8> = elements.concat();
    let mut v = ((body.len() + 5) as i32).to_le_bytes().to_vec();
    v.extend_from_slice(&body);
    v.push(0);
    v
}

fn string(s: &str) -> Vec<u8> {
    let mut v = ((s.len() + 1) as i32).to_le_bytes().to_vec();
    v.extend_from_slice(s.as_bytes());
    v.push(0);
    v
}

/// `{key: {key: ... {key: 1}}}` with `depth` objects, built as bytes (a
/// nesting bomb cannot go through a recursive encoder).
fn nested(key: &str, depth: usize) -> Vec<u8> {
    let mut v = object(&[element(0x10, key, &1i32.to_le_bytes())]);
    for _ in 1..depth {
        v = object(&[element(0x03, key, &v)]);
    }
    v
}

/// `{$and: [{$and: [ ... {a: 1} ]}]}` with `levels` `$and`s.
fn and_chain(levels: usize) -> Vec<u8> {
    let mut v = object(&[element(0x10, "a", &1i32.to_le_bytes())]);
    for _ in 0..levels {
        let arr = object(&[element(0x03, "0", &v)]);
        v = object(&[element(0x04, "$and", &arr)]);
    }
    v
}

/// A command body: `{<name>: <coll>, <field>: <value bytes of kind>, $db: "test"}`.
fn command(name: &str, field: &str, kind: u8, value: &[u8]) -> Vec<u8> {
    object(&[
        element(0x02, name, &string("c")),
        element(kind, field, value),
        element(0x02, "$db", &string("test")),
    ])
}

fn op_msg(body: &[u8]) -> Vec<u8> {
    let mut b = 0u32.to_le_bytes().to_vec();
    b.push(0);
    b.extend_from_slice(body);
    let mut v = ((16 + b.len()) as i32).to_le_bytes().to_vec();
    v.extend_from_slice(&7i32.to_le_bytes());
    v.extend_from_slice(&0i32.to_le_bytes());
    v.extend_from_slice(&2013i32.to_le_bytes());
    v.extend_from_slice(&b);
    v
}

async fn roundtrip(s: &mut TcpStream, body: &[u8]) -> Document {
    s.write_all(&op_msg(body)).await.unwrap();
    let mut h = [0u8; 16];
    tokio::time::timeout(Duration::from_secs(30), s.read_exact(&mut h))
        .await
        .expect("a reply within 30 s")
        .expect("a reply, not a closed connection");
    let len = i32::from_le_bytes(h[0..4].try_into().unwrap()) as usize;
    let mut rest = vec![0u8; len - 16];
    s.read_exact(&mut rest).await.unwrap();
    Document::from_reader(&rest[5..]).unwrap()
}

fn bson_bytes(d: &Document) -> Vec<u8> {
    d.to_vec().unwrap()
}

async fn ping(s: &mut TcpStream) {
    let r = roundtrip(s, &bson_bytes(&doc! { "ping": 1, "$db": "admin" })).await;
    assert_eq!(r.get_f64("ok").unwrap(), 1.0);
}

fn assert_overflow(r: &Document, what: &str) {
    assert_eq!(r.get_f64("ok").unwrap(), 0.0, "{what}: {r}");
    assert_eq!(r.get_i32("code").unwrap(), 15, "{what}: {r}");
    assert_eq!(r.get_str("codeName").unwrap(), "Overflow", "{what}: {r}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nesting_bombs_get_overflow_and_the_server_stays_up() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    let bomb = 10_000;
    // In a ping's argument, a find's filter, an insert's document, a chain
    // of $and, and an aggregation expression.
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("ping", command("ping", "x", 0x03, &nested("x", bomb))),
        (
            "find filter",
            command("find", "filter", 0x03, &nested("x", bomb)),
        ),
        (
            "insert",
            command(
                "insert",
                "documents",
                0x04,
                &object(&[element(0x03, "0", &nested("x", bomb))]),
            ),
        ),
        (
            "$and chain",
            command("find", "filter", 0x03, &and_chain(bomb)),
        ),
        (
            "expression",
            command(
                "aggregate",
                "pipeline",
                0x04,
                &object(&[element(
                    0x03,
                    "0",
                    &object(&[element(0x03, "$project", &nested("$abs", bomb))]),
                )]),
            ),
        ),
    ];
    for (what, body) in &cases {
        let r = roundtrip(&mut s, body).await;
        assert_overflow(&r, what);
        assert_eq!(
            r.get_str("errmsg").unwrap(),
            "BSONObj exceeded maximum nested object depth: 200",
            "{what}"
        );
        // The same connection still works.
        ping(&mut s).await;
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn input_just_inside_the_limit_is_answered() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    // 201 objects (the command and 200 inside it) pass the wire check.
    let r = roundtrip(&mut s, &command("find", "filter", 0x03, &nested("x", 200))).await;
    assert_eq!(r.get_f64("ok").unwrap(), 1.0, "{r}");
    let r = roundtrip(&mut s, &command("find", "filter", 0x03, &nested("x", 201))).await;
    assert_overflow(&r, "202 objects");
    // 99 nested $and (198 objects inside the filter).
    let r = roundtrip(&mut s, &command("find", "filter", 0x03, &and_chain(99))).await;
    assert!(r.contains_key("ok"), "{r}");
    // A $match with $expr 190 levels deep, and a $project of nested $abs.
    let mut expr = Bson::Int32(-1);
    for _ in 0..190 {
        expr = Bson::Document(doc! { "$abs": expr });
    }
    s.write_all(&op_msg(&bson_bytes(
        &doc! { "insert": "c", "documents": [{"a": 1}], "$db": "test" },
    )))
    .await
    .unwrap();
    let mut h = [0u8; 16];
    s.read_exact(&mut h).await.unwrap();
    let len = i32::from_le_bytes(h[0..4].try_into().unwrap()) as usize;
    let mut rest = vec![0u8; len - 16];
    s.read_exact(&mut rest).await.unwrap();
    let r = roundtrip(
        &mut s,
        &bson_bytes(&doc! {
            "aggregate": "c",
            "pipeline": [{"$project": {"v": expr.clone()}}],
            "cursor": {},
            "$db": "test",
        }),
    )
    .await;
    assert!(r.contains_key("ok"), "{r}");
    let r = roundtrip(
        &mut s,
        &bson_bytes(&doc! { "find": "c", "filter": {"$expr": expr}, "$db": "test" }),
    )
    .await;
    assert!(r.contains_key("ok"), "{r}");
    ping(&mut s).await;
    server.stop().await;
}

/// `levels` objects nested under the top-level field `x`.
fn deep_doc(levels: usize) -> Document {
    let mut v = Bson::Int32(1);
    for _ in 0..levels {
        v = Bson::Document(doc! { "a": v });
    }
    doc! { "_id": 1, "x": v }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_documents_keep_mongods_180_levels() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    // The leaf at level 180 is stored; at level 181 it is refused.
    let ok = roundtrip(
        &mut s,
        &bson_bytes(&doc! { "insert": "c", "documents": [deep_doc(179)], "$db": "test" }),
    )
    .await;
    assert_eq!(ok.get_i32("n").unwrap(), 1, "{ok}");
    // It reads back whole.
    let found = roundtrip(
        &mut s,
        &bson_bytes(&doc! { "find": "c", "filter": {"_id": 1}, "$db": "test" }),
    )
    .await;
    let batch = found
        .get_document("cursor")
        .unwrap()
        .get_array("firstBatch")
        .unwrap();
    assert_eq!(batch[0].as_document().unwrap(), &deep_doc(179));
    let r = roundtrip(
        &mut s,
        &bson_bytes(&doc! { "insert": "d", "documents": [deep_doc(180)], "$db": "test" }),
    )
    .await;
    let err = r.get_array("writeErrors").unwrap()[0]
        .as_document()
        .unwrap()
        .clone();
    assert_eq!(err.get_i32("code").unwrap(), 15, "{r}");
    assert_eq!(
        err.get_str("errmsg").unwrap(),
        "cannot insert document because it exceeds 180 levels of nesting"
    );
    // An update that would push a value past the limit is refused too.
    let r = roundtrip(
        &mut s,
        &bson_bytes(&doc! {
            "update": "c",
            "updates": [{"q": {"_id": 1}, "u": {"$set": {"y": deep_doc(180).get("x").unwrap().clone()}}}],
            "$db": "test",
        }),
    )
    .await;
    let err = r.get_array("writeErrors").unwrap()[0]
        .as_document()
        .unwrap()
        .clone();
    assert_eq!(err.get_i32("code").unwrap(), 15, "{r}");
    assert_eq!(
        err.get_str("errmsg").unwrap(),
        "Document exceeds maximum nesting depth of 180"
    );
    ping(&mut s).await;
    server.stop().await;
}

/// An aggregation whose `$reduce` nests its result one level per element.
fn reduce_nesting(levels: i32) -> Document {
    doc! {
        "aggregate": "c",
        "pipeline": [{ "$project": { "_id": 0, "x": { "$reduce": {
            "input": { "$range": [0, levels] },
            "initialValue": 1,
            "in": { "a": "$$value" },
        } } } }],
        "cursor": {},
        "$db": "test",
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn computed_results_deeper_than_a_reply_can_hold_get_overflow() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    roundtrip(
        &mut s,
        &bson_bytes(&doc! { "insert": "c", "documents": [{"_id": 1}], "$db": "test" }),
    )
    .await;
    // The result document is level 1 and x level 2: 199 objects under it
    // reach level 200, mongod's limit for a document turned into BSON.
    let ok = roundtrip(&mut s, &bson_bytes(&reduce_nesting(199))).await;
    assert_eq!(ok.get_f64("ok").unwrap(), 1.0, "{ok}");
    let r = roundtrip(&mut s, &bson_bytes(&reduce_nesting(200))).await;
    assert_overflow(&r, "$reduce nesting 201 levels");
    assert_eq!(
        r.get_str("errmsg").unwrap(),
        "cannot convert document to BSON because it exceeds the limit of 200 levels of nesting"
    );
    // A find projection computes values too.
    let find = doc! {
        "find": "c",
        "projection": { "_id": 0, "x": reduce_nesting(300).get_array("pipeline").unwrap()[0]
            .as_document().unwrap().get_document("$project").unwrap().get("x").unwrap().clone() },
        "$db": "test",
    };
    let r = roundtrip(&mut s, &bson_bytes(&find)).await;
    assert_overflow(&r, "find projection nesting 301 levels");
    ping(&mut s).await;
    server.stop().await;
}
