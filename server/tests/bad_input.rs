//! Bad input answered as mongod answers it: a table of commands, each with
//! the code mongod 8.0 gives (top-level or as the first write error). The
//! classes: namespace limits, invalid `_id` values, write concern and read
//! concern validation.

mod common;

use bson::{doc, Bson, Document, Regex};

/// The code a command's reply carries: its own error, or its first write
/// error; 0 for success.
async fn code_of(db: &mongodb::Database, cmd: Document) -> i32 {
    match db.run_command(cmd).await {
        Ok(reply) => match reply.get_array("writeErrors") {
            Ok(errors) => errors[0].as_document().unwrap().get_i32("code").unwrap(),
            Err(_) => 0,
        },
        Err(e) => match *e.kind {
            mongodb::error::ErrorKind::Command(ref c) => c.code,
            ref other => panic!("not a command error: {other:?}"),
        },
    }
}

fn insert(coll: &str, d: Document) -> Document {
    doc! { "insert": coll, "documents": [d] }
}

fn insert_wc(wc: Bson) -> Document {
    doc! { "insert": "c", "documents": [{ "x": 1 }], "writeConcern": wc }
}

fn find_rc(rc: Bson) -> Document {
    doc! { "find": "c", "filter": {}, "readConcern": rc }
}

/// The table: what is tried, the command, and mongod's code (0: success).
fn cases() -> Vec<(&'static str, Document, i32)> {
    let long = "c".repeat(300);
    let fits = "c".repeat(255 - "bad.".len());
    vec![
        // Namespaces.
        (
            "300-character collection",
            insert(&long, doc! { "x": 1 }),
            73,
        ),
        ("255-byte namespace", insert(&fits, doc! { "x": 1 }), 0),
        (
            "create with a 300-character name",
            doc! { "create": long.clone() },
            73,
        ),
        ("empty collection name", insert("", doc! { "x": 1 }), 73),
        (
            "'$' in a collection name",
            insert("a$b", doc! { "x": 1 }),
            73,
        ),
        // _id values.
        ("_id array", insert("c", doc! { "_id": [1, 2] }), 53),
        (
            "_id regex",
            insert(
                "c",
                doc! { "_id": Regex { pattern: "a".to_string().try_into().unwrap(), options: String::new().try_into().unwrap() } },
            ),
            53,
        ),
        (
            "_id undefined",
            insert("c", doc! { "_id": Bson::Undefined }),
            53,
        ),
        (
            "_id with a $-field",
            insert("c", doc! { "_id": { "$a": 1 } }),
            52,
        ),
        // Write concern.
        ("negative w", insert_wc(Bson::Document(doc! { "w": -1 })), 9),
        ("w above 50", insert_wc(Bson::Document(doc! { "w": 51 })), 9),
        (
            "w NaN",
            insert_wc(Bson::Document(doc! { "w": f64::NAN })),
            9,
        ),
        (
            "w a boolean",
            insert_wc(Bson::Document(doc! { "w": true })),
            9,
        ),
        (
            "j and fsync",
            insert_wc(Bson::Document(doc! { "j": true, "fsync": true })),
            9,
        ),
        (
            "wtimeout a string",
            insert_wc(Bson::Document(doc! { "wtimeout": "x" })),
            14,
        ),
        (
            "writeConcern a string",
            insert_wc(Bson::String("x".into())),
            14,
        ),
        (
            "j a string",
            insert_wc(Bson::Document(doc! { "j": "yes" })),
            14,
        ),
        (
            "an empty writeConcern is the default",
            insert_wc(Bson::Document(doc! {})),
            0,
        ),
        // Read concern.
        (
            "unknown readConcern level",
            find_rc(Bson::Document(doc! { "level": "strong" })),
            2,
        ),
        (
            "readConcern level a number",
            find_rc(Bson::Document(doc! { "level": 1 })),
            14,
        ),
        (
            "readConcern a string",
            find_rc(Bson::String("local".into())),
            14,
        ),
        (
            "atClusterTime without snapshot",
            find_rc(Bson::Document(
                doc! { "level": "local", "atClusterTime": bson::Timestamp { time: 1, increment: 1 } },
            )),
            72,
        ),
        // Field names with an embedded NUL, which BSON cannot carry (found
        // by the wire fuzzer: the reply could not be encoded).
        (
            "$rename to a name with a NUL",
            doc! { "update": "c", "updates": [{ "q": {}, "u": { "$rename": { "x": "a\0b" } } }] },
            2,
        ),
        (
            "$arrayToObject pair with a NUL key",
            doc! { "aggregate": 1, "cursor": {}, "pipeline": [
                { "$documents": [{ "o": { "$arrayToObject": [[["a\0b", 1]]] } }] },
            ] },
            4_940_400,
        ),
        (
            "$arrayToObject k/v with a NUL key",
            doc! { "aggregate": 1, "cursor": {}, "pipeline": [
                { "$documents": [{ "o": { "$arrayToObject": [[{ "k": "a\0b", "v": 1 }]] } }] },
            ] },
            4_940_401,
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_commands_get_mongods_codes() {
    let (server, client) = common::start().await;
    let db = client.database("bad");
    let mut wrong = Vec::new();
    for (what, cmd, want) in cases() {
        let got = code_of(&db, cmd).await;
        if got != want {
            wrong.push(format!("{what}: got {got}, want {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The server still answers.
    db.run_command(doc! { "ping": 1 }).await.unwrap();
    server.stop().await;
}
