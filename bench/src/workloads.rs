//! The workloads: what one operation of each sends, through the official
//! driver and through the raw client, and the data they run over.
//!
//! The data set (seeded once per server): `bench.c` holds `docs` documents
//! of 120 bytes, `{_id: i, i, g: i % (docs/10), k: i % 1000, r: random,
//! n: 0, pad}`, with an index on `g` (so an equality find on `g` returns
//! 10 documents); `bench.dim` holds 1,000 documents `{_id: k, name, v}`
//! for the `$lookup`. Inserts go to `bench.ins` and `bench.insm`.

use crate::raw::RawConn;
use bson::{cstr, doc, oid::ObjectId, rawdoc, Document, RawArrayBuf, RawDocumentBuf};
use mongodb::options::{Acknowledgment, CollectionOptions, WriteConcern};
use mongodb::{Client, Collection, Database};
use rand::rngs::StdRng;
use rand::Rng;

/// The padding that makes a seeded document 120 bytes of BSON.
const PAD_SEEDED: usize = 61;
/// The same for an inserted one (its ObjectId `_id` is 8 bytes longer).
const PAD_INSERTED: usize = 53;
/// Documents per `insert_many` batch.
pub const BATCH: usize = 1000;
/// Documents `$group` folds into this many groups (the `k` field).
const GROUPS: i32 = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Workload {
    InsertOne,
    FindId,
    UpdateInc,
    InsertMany,
    Scan,
    FindEq,
    Group,
    Lookup,
    Sort,
}

impl Workload {
    pub const ALL: [Workload; 9] = [
        Workload::InsertOne,
        Workload::FindId,
        Workload::UpdateInc,
        Workload::InsertMany,
        Workload::Scan,
        Workload::FindEq,
        Workload::Group,
        Workload::Lookup,
        Workload::Sort,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Workload::InsertOne => "insert_one",
            Workload::FindId => "find_id",
            Workload::UpdateInc => "update_inc",
            Workload::InsertMany => "insert_many",
            Workload::Scan => "scan",
            Workload::FindEq => "find_eq",
            Workload::Group => "group",
            Workload::Lookup => "lookup",
            Workload::Sort => "sort",
        }
    }

    /// One line on what an operation does.
    pub fn describe(self, docs: u64) -> String {
        match self {
            Workload::InsertOne => "insert one 120-byte document".into(),
            Workload::FindId => "find one document by _id".into(),
            Workload::UpdateInc => "update one document by _id with $inc".into(),
            Workload::InsertMany => format!("insert {BATCH} documents in one command"),
            Workload::Scan => format!("read all {docs} documents through a cursor"),
            Workload::FindEq => "find by an indexed field (10 results)".into(),
            Workload::Group => format!("$group {docs} documents into {GROUPS} groups"),
            Workload::Lookup => {
                "$match 10 documents by an indexed field, $lookup each in a 1,000-document collection"
                    .into()
            }
            Workload::Sort => format!("sort {docs} documents by an unindexed field, limit 100"),
        }
    }

    pub fn writes(self) -> bool {
        matches!(
            self,
            Workload::InsertOne | Workload::UpdateInc | Workload::InsertMany
        )
    }

    /// Whether its throughput is counted in documents (else operations).
    pub fn counts_docs(self) -> bool {
        matches!(
            self,
            Workload::InsertMany | Workload::Scan | Workload::Group | Workload::Sort
        )
    }

    pub fn by_name(name: &str) -> Option<Workload> {
        Workload::ALL.into_iter().find(|w| w.name() == name)
    }
}

/// The write concern writes carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Concern {
    /// `{w: 1}`, explicit.
    W1,
    /// None sent: the server's default (on a replica set `{w: "majority"}`,
    /// which waits for the journal).
    Default,
}

impl Concern {
    pub fn label(self) -> &'static str {
        match self {
            Concern::W1 => "w:1",
            Concern::Default => "default",
        }
    }
}

fn seeded(i: i32, r: i32, docs: i32) -> Document {
    doc! { "_id": i, "i": i, "g": i % (docs / 10).max(1), "k": i % GROUPS, "r": r, "n": 0, "pad": "x".repeat(PAD_SEEDED) }
}

fn inserted_raw(rng: &mut StdRng) -> RawDocumentBuf {
    let i: i32 = rng.random();
    rawdoc! { "_id": ObjectId::new(), "i": i, "g": i % 10_000, "k": i.rem_euclid(GROUPS), "r": i, "n": 0, "pad": "y".repeat(PAD_INSERTED) }
}

fn inserted(rng: &mut StdRng) -> Document {
    let i: i32 = rng.random();
    doc! { "_id": ObjectId::new(), "i": i, "g": i % 10_000, "k": i.rem_euclid(GROUPS), "r": i, "n": 0, "pad": "y".repeat(PAD_INSERTED) }
}

/// Creates the data set on a server (dropping what an earlier run left).
pub async fn seed(client: &Client, docs: u64, rng: &mut StdRng) -> Result<(), String> {
    let db = client.database("bench");
    db.drop().await.map_err(|e| format!("drop: {e}"))?;
    let docs = i32::try_from(docs).map_err(|_| "too many documents")?;
    let c = db.collection::<Document>("c");
    let mut i = 0;
    while i < docs {
        let end = (i + 10_000).min(docs);
        let batch: Vec<Document> = (i..end).map(|i| seeded(i, rng.random(), docs)).collect();
        c.insert_many(batch)
            .await
            .map_err(|e| format!("seed: {e}"))?;
        i = end;
    }
    db.run_command(
        doc! { "createIndexes": "c", "indexes": [{ "key": { "g": 1 }, "name": "g_1" }] },
    )
    .await
    .map_err(|e| format!("createIndexes: {e}"))?;
    let dim: Vec<Document> = (0..GROUPS)
        .map(|k| doc! { "_id": k, "name": format!("dim-{k}"), "v": k })
        .collect();
    db.collection::<Document>("dim")
        .insert_many(dim)
        .await
        .map_err(|e| format!("seed dim: {e}"))?;
    for name in ["ins", "insm"] {
        db.create_collection(name)
            .await
            .map_err(|e| format!("create {name}: {e}"))?;
    }
    Ok(())
}

fn group_pipeline() -> Vec<Document> {
    vec![doc! { "$group": { "_id": "$k", "n": { "$sum": 1 }, "s": { "$sum": "$i" } } }]
}

fn lookup_pipeline(g: i32) -> Vec<Document> {
    vec![
        doc! { "$match": { "g": g } },
        doc! { "$lookup": { "from": "dim", "localField": "k", "foreignField": "_id", "as": "d" } },
    ]
}

fn raw_pipeline(stages: Vec<Document>) -> Result<RawArrayBuf, String> {
    stages
        .iter()
        .map(|d| RawDocumentBuf::try_from(d).map_err(|e| e.to_string()))
        .collect()
}

/// What one operation runs against.
pub struct Shape {
    pub docs: i32,
    pub concern: Concern,
}

impl Shape {
    fn some_id(&self, rng: &mut StdRng) -> i32 {
        rng.random_range(0..self.docs.max(1))
    }

    fn some_g(&self, rng: &mut StdRng) -> i32 {
        rng.random_range(0..(self.docs / 10).max(1))
    }

    fn concern_raw(&self) -> Option<RawDocumentBuf> {
        (self.concern == Concern::W1).then(|| rawdoc! { "w": 1 })
    }
}

/// Runs one operation over the raw client; returns the documents it
/// inserted or read (1 for a point operation).
pub async fn raw_op(
    w: Workload,
    shape: &Shape,
    conn: &mut RawConn,
    rng: &mut StdRng,
) -> Result<u64, String> {
    let with_concern = |mut body: RawDocumentBuf| {
        if let Some(wc) = shape.concern_raw() {
            body.append(cstr!("writeConcern"), wc);
        }
        body
    };
    match w {
        Workload::InsertOne => {
            let docs: RawArrayBuf = std::iter::once(inserted_raw(rng)).collect();
            let body = rawdoc! { "insert": "ins", "ordered": true, "documents": docs };
            conn.write(with_concern(body)).await?;
            Ok(1)
        }
        Workload::FindId => {
            let body = rawdoc! { "find": "c", "filter": { "_id": shape.some_id(rng) }, "limit": 1, "singleBatch": true };
            conn.drain("c", body).await
        }
        Workload::UpdateInc => {
            let id = shape.some_id(rng);
            let updates: RawArrayBuf =
                std::iter::once(rawdoc! { "q": { "_id": id }, "u": { "$inc": { "n": 1 } } })
                    .collect();
            let body = rawdoc! { "update": "c", "ordered": true, "updates": updates };
            conn.write(with_concern(body)).await?;
            Ok(1)
        }
        Workload::InsertMany => {
            let docs: RawArrayBuf = (0..BATCH).map(|_| inserted_raw(rng)).collect();
            let body = rawdoc! { "insert": "insm", "ordered": true, "documents": docs };
            conn.write(with_concern(body)).await?;
            Ok(BATCH as u64)
        }
        Workload::Scan => conn.drain("c", rawdoc! { "find": "c", "filter": {} }).await,
        Workload::FindEq => {
            let body = rawdoc! { "find": "c", "filter": { "g": shape.some_g(rng) } };
            conn.drain("c", body).await
        }
        Workload::Group => {
            let body = rawdoc! { "aggregate": "c", "pipeline": raw_pipeline(group_pipeline())?, "cursor": {} };
            conn.drain("c", body).await
        }
        Workload::Lookup => {
            let pipeline = raw_pipeline(lookup_pipeline(shape.some_g(rng)))?;
            let body = rawdoc! { "aggregate": "c", "pipeline": pipeline, "cursor": {} };
            conn.drain("c", body).await
        }
        Workload::Sort => {
            let body = rawdoc! { "find": "c", "filter": {}, "sort": { "r": 1 }, "limit": 100 };
            conn.drain("c", body).await
        }
    }
}

/// The driver's handles on the data set, with the write concern applied.
#[derive(Clone)]
pub struct DriverColls {
    c: Collection<Document>,
    ins: Collection<Document>,
    insm: Collection<Document>,
}

impl DriverColls {
    pub fn new(client: &Client, concern: Concern) -> DriverColls {
        let db: Database = client.database("bench");
        let opts = || {
            let mut o = CollectionOptions::default();
            if concern == Concern::W1 {
                let mut wc = WriteConcern::default();
                wc.w = Some(Acknowledgment::Nodes(1));
                o.write_concern = Some(wc);
            }
            o
        };
        DriverColls {
            c: db.collection_with_options("c", opts()),
            ins: db.collection_with_options("ins", opts()),
            insm: db.collection_with_options("insm", opts()),
        }
    }
}

async fn count(mut cursor: mongodb::Cursor<Document>) -> Result<u64, String> {
    let mut n = 0;
    // `advance` walks the batches without decoding each document into a
    // `Document`, so the client's cost is the driver's, not the decoding.
    while cursor.advance().await.map_err(|e| e.to_string())? {
        n += 1;
    }
    Ok(n)
}

/// Runs one operation through the official driver; returns the documents
/// it inserted or read.
pub async fn driver_op(
    w: Workload,
    shape: &Shape,
    colls: &DriverColls,
    rng: &mut StdRng,
) -> Result<u64, String> {
    let e = |e: mongodb::error::Error| e.to_string();
    match w {
        Workload::InsertOne => {
            colls.ins.insert_one(inserted(rng)).await.map_err(e)?;
            Ok(1)
        }
        Workload::FindId => {
            let found = colls
                .c
                .find_one(doc! { "_id": shape.some_id(rng) })
                .await
                .map_err(e)?;
            Ok(u64::from(found.is_some()))
        }
        Workload::UpdateInc => {
            let id = shape.some_id(rng);
            colls
                .c
                .update_one(doc! { "_id": id }, doc! { "$inc": { "n": 1 } })
                .await
                .map_err(e)?;
            Ok(1)
        }
        Workload::InsertMany => {
            let docs: Vec<Document> = (0..BATCH).map(|_| inserted(rng)).collect();
            colls.insm.insert_many(docs).await.map_err(e)?;
            Ok(BATCH as u64)
        }
        Workload::Scan => count(colls.c.find(doc! {}).await.map_err(e)?).await,
        Workload::FindEq => {
            let g = shape.some_g(rng);
            count(colls.c.find(doc! { "g": g }).await.map_err(e)?).await
        }
        Workload::Group => count(colls.c.aggregate(group_pipeline()).await.map_err(e)?).await,
        Workload::Lookup => {
            let pipeline = lookup_pipeline(shape.some_g(rng));
            count(colls.c.aggregate(pipeline).await.map_err(e)?).await
        }
        Workload::Sort => {
            let cursor = colls
                .c
                .find(doc! {})
                .sort(doc! { "r": 1 })
                .limit(100)
                .await
                .map_err(e)?;
            count(cursor).await
        }
    }
}
