//! The paths that read stored documents without decoding them give what
//! the decoding paths give: cursor batches copied from the record store
//! (full scans, `_id` lookups) and `$group` reading its fields from the
//! stored bytes. Each case is run both ways — a leading `{$match: {}}`
//! sends an aggregation down the decoding path — and compared.

mod common;

use bson::{doc, oid::ObjectId, Binary, Bson, DateTime, Decimal128, Document, Regex, Timestamp};
use futures_util::TryStreamExt;

/// Documents of many shapes: every BSON type as a group key, nested
/// documents, arrays on the paths, missing and null fields.
fn mixed(n: i32) -> Vec<Document> {
    let keys: Vec<Bson> = vec![
        Bson::DateTime(DateTime::from_millis(1_600_000_000_000)),
        Bson::ObjectId(ObjectId::parse_str("64b000000000000000000001").unwrap()),
        Bson::Binary(Binary {
            subtype: bson::spec::BinarySubtype::Generic,
            bytes: vec![1, 2],
        }),
        Bson::Document(doc! { "q": { "r": 1 } }),
        Bson::Decimal128("2.50".parse::<Decimal128>().unwrap()),
        Bson::RegularExpression(Regex {
            pattern: bson::raw::CString::try_from("ab").unwrap(),
            options: bson::raw::CString::try_from("i").unwrap(),
        }),
        Bson::Timestamp(Timestamp {
            time: 5,
            increment: 1,
        }),
        Bson::MinKey,
        Bson::MaxKey,
        Bson::Double(2.0),
        Bson::Int32(2),
        Bson::Int64(2),
        // Equal numbers of different types and bits share a group.
        Bson::Decimal128("2".parse::<Decimal128>().unwrap()),
        Bson::Double(-0.0),
        Bson::Int64(0),
        Bson::Boolean(true),
        Bson::String(String::new()),
        Bson::Null,
        Bson::Array(vec![Bson::Int32(1), Bson::Int32(2)]),
        Bson::Document(doc! { "a": { "b": { "c": 3 } } }),
    ];
    (0..n)
        .map(|i| {
            let mut d = doc! { "_id": i, "k": i % 13, "i": i, "f": f64::from(i) * 0.5 };
            match i % 9 {
                0 => {
                    d.insert("a", doc! { "b": i % 3 });
                }
                1 => {
                    d.insert("a", vec![doc! { "b": 1 }, doc! { "b": 2 }]);
                }
                2 => {
                    d.insert("a", 5);
                }
                3 => {
                    d.insert("k", keys[i as usize % keys.len()].clone());
                    d.insert(
                        "a",
                        doc! { "b": keys[(i as usize + 1) % keys.len()].clone() },
                    );
                }
                4 => {
                    d.remove("k");
                }
                5 => {
                    d.insert("i", "1.5".parse::<Decimal128>().unwrap());
                }
                _ => {}
            }
            d
        })
        .collect()
}

async fn aggregate(coll: &mongodb::Collection<Document>, pipeline: Vec<Document>) -> Bson {
    match coll.aggregate(pipeline).await {
        Ok(c) => match c.try_collect::<Vec<Document>>().await {
            Ok(docs) => Bson::Array(docs.into_iter().map(Bson::Document).collect()),
            Err(e) => Bson::String(format!("{e}")),
        },
        Err(e) => Bson::String(format!("{e}")),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_reads_the_same_from_stored_bytes() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("g");
    coll.insert_many(mixed(2000)).await.unwrap();
    let groups = [
        doc! { "_id": "$k", "n": { "$sum": 1 }, "s": { "$sum": "$i" } },
        doc! { "_id": "$a.b", "n": { "$count": {} }, "m": { "$max": "$f" }, "mi": { "$min": "$k" } },
        doc! { "_id": null, "avg": { "$avg": "$i" }, "p": { "$push": "$a.b" }, "t": { "$addToSet": "$k" } },
        doc! { "_id": "constant", "f": { "$first": "$k" }, "l": { "$last": "$a" } },
        doc! { "_id": "$k.a.b.c", "n": { "$sum": 1 }, "k": { "$push": "$k" } },
        doc! { "_id": "$k.q", "sd": { "$stdDevPop": "$f" }, "two": { "$sum": 2 } },
        doc! { "_id": "$k", "same": { "$push": "$k" }, "again": { "$first": "$k" } },
        // An error (an array into $mergeObjects) is the same error.
        doc! { "_id": "$k", "mo": { "$mergeObjects": "$a" } },
    ];
    for g in groups {
        let raw = aggregate(&coll, vec![doc! { "$group": g.clone() }]).await;
        let decoded = aggregate(
            &coll,
            vec![doc! { "$match": {} }, doc! { "$group": g.clone() }],
        )
        .await;
        assert_eq!(raw, decoded, "{g}");
        assert!(
            matches!(&raw, Bson::Array(a) if !a.is_empty()) || g.contains_key("mo"),
            "{g}: {raw}"
        );
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cursor_batches_from_stored_bytes() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("c");
    let docs = mixed(3000);
    coll.insert_many(docs.clone()).await.unwrap();

    // A full scan in small batches and in the default ones gives every
    // document, as stored, in order.
    for batch in [1u32, 7, 101, 100_000] {
        let got: Vec<Document> = coll
            .find(doc! {})
            .batch_size(batch)
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(got, docs, "batch size {batch}");
    }
    let skipped: Vec<Document> = coll
        .find(doc! {})
        .skip(2998)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(skipped, docs[2998..].to_vec());

    // _id lookups: found, absent, skipped, limited, batch size 0.
    let reply = db
        .run_command(doc! { "find": "c", "filter": { "_id": 42 } })
        .await
        .unwrap();
    assert_eq!(
        common::first_batch(&reply),
        vec![Bson::Document(docs[42].clone())]
    );
    let cursor = reply.get_document("cursor").unwrap();
    assert_eq!(cursor.get_i64("id").unwrap(), 0);
    assert_eq!(cursor.get_str("ns").unwrap(), "t.c");
    for (cmd, want) in [
        (doc! { "find": "c", "filter": { "_id": -1 } }, 0),
        (doc! { "find": "c", "filter": { "_id": 42 }, "skip": 1 }, 0),
        (doc! { "find": "c", "filter": { "_id": 42 }, "limit": 1 }, 1),
        (
            doc! { "find": "c", "filter": { "_id": 42 }, "batchSize": 0 },
            0,
        ),
    ] {
        let reply = db.run_command(cmd.clone()).await.unwrap();
        assert_eq!(common::first_batch(&reply).len(), want, "{cmd}");
    }
    let with_zero: Vec<Document> = coll
        .find(doc! { "_id": 42 })
        .batch_size(0)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(with_zero, vec![docs[42].clone()]);

    // Batches stop at mongod's 16 MB budget: 40 documents of 1 MB come
    // 16 to a batch.
    let big = db.collection::<Document>("big");
    let s = "b".repeat(1_000_000);
    big.insert_many((0..40).map(|i| doc! { "_id": i, "s": &s }))
        .await
        .unwrap();
    let reply = db
        .run_command(doc! { "find": "big", "batchSize": 1000 })
        .await
        .unwrap();
    assert_eq!(common::first_batch(&reply).len(), 16);
    let n = big
        .find(doc! {})
        .await
        .unwrap()
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(n.len(), 40);

    // A view reads its aggregation's reply inside the server.
    db.run_command(doc! { "create": "v", "viewOn": "c", "pipeline": [{ "$match": { "k": 1 } }] })
        .await
        .unwrap();
    let v = db.collection::<Document>("v");
    let ones = coll.count_documents(doc! { "k": 1 }).await.unwrap();
    assert!(ones > 150, "{ones}");
    assert_eq!(v.count_documents(doc! {}).await.unwrap(), ones);
    assert_eq!(
        v.distinct("k", doc! {}).await.unwrap(),
        coll.distinct("k", doc! { "k": 1 }).await.unwrap()
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sort_with_limit_keeps_the_stable_sorts_first_documents() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("s");
    let docs: Vec<Document> = mixed(3000)
        .into_iter()
        .enumerate()
        .map(|(i, mut d)| {
            // Many ties: the order among equal keys must be the scan's.
            d.insert("r", (i * 7919 % 401) as i32);
            if i % 11 == 0 {
                d.remove("r");
            }
            d
        })
        .collect();
    coll.insert_many(docs).await.unwrap();
    let sorts = [
        doc! { "r": 1 },
        doc! { "r": -1 },
        doc! { "k": 1 },
        doc! { "k": -1 },
        doc! { "a.b": 1 },
        doc! { "a.b": -1 },
        doc! { "r": 1, "_id": -1 },
    ];
    let filters = [doc! {}, doc! { "i": { "$gt": 100 } }];
    for sort in &sorts {
        for filter in &filters {
            for collation in [false, true] {
                let opts = |c: bool| {
                    c.then(|| {
                        mongodb::options::Collation::builder()
                            .locale("en")
                            .strength(mongodb::options::CollationStrength::Secondary)
                            .build()
                    })
                };
                // The unlimited sort, sliced here, is what every limited
                // one must return.
                let mut full = coll.find(filter.clone()).sort(sort.clone());
                if let Some(c) = opts(collation) {
                    full = full.collation(c);
                }
                let all: Vec<Document> = full.await.unwrap().try_collect().await.unwrap();
                for (skip, limit) in [(0u64, 1i64), (0, 100), (5, 30), (0, 5000)] {
                    let mut q = coll
                        .find(filter.clone())
                        .sort(sort.clone())
                        .skip(skip)
                        .limit(limit);
                    if let Some(c) = opts(collation) {
                        q = q.collation(c);
                    }
                    let got: Vec<Document> = q.await.unwrap().try_collect().await.unwrap();
                    let want: Vec<Document> = all
                        .iter()
                        .skip(skip as usize)
                        .take(limit as usize)
                        .cloned()
                        .collect();
                    assert_eq!(got, want, "{sort} {filter} {skip} {limit} {collation}");
                    assert!(!got.is_empty());
                }
            }
        }
    }
    server.stop().await;
}

/// A small seeded generator, so a failing case can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    /// A value of one of the types an index field may hold here, or None
    /// (the field left out).
    fn value(&mut self) -> Option<Bson> {
        Some(match self.below(8) {
            0 => return None,
            1 => Bson::Null,
            2 => Bson::Double(self.below(6) as f64 + 0.5),
            3 => Bson::String(format!("s{}", self.below(4))),
            4 => Bson::Int64(self.below(6) as i64),
            _ => Bson::Int32(self.below(6) as i32),
        })
    }
}

/// `find` through an index whose entries decide the filter on their key
/// documents (the stored bytes then go into batches undecoded) returns the
/// same documents as a collection scan that decodes every document, for
/// seeded random filters and projections over the index's fields, over
/// others, and after documents with arrays made the index multikey mid-way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn index_scans_filtered_on_keys_match_the_decoding_path() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    let coll = db.collection::<Document>("k");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let docs: Vec<Document> = (0..600)
        .map(|i| {
            let mut d = doc! { "_id": i, "x": i % 7 };
            if let Some(a) = rng.value() {
                d.insert("a", a);
            }
            match rng.below(4) {
                0 => {}
                1 => {
                    d.insert("b", 3);
                }
                _ => {
                    let mut b = Document::new();
                    if let Some(c) = rng.value() {
                        b.insert("c", c);
                    }
                    d.insert("b", b);
                }
            }
            d
        })
        .collect();
    coll.insert_many(docs).await.unwrap();
    coll.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! { "a": 1, "b.c": 1 })
            .build(),
    )
    .await
    .unwrap();

    let query = |filter: Document, projection: Option<Document>, hint: Document, batch: u32| {
        let coll = coll.clone();
        async move {
            let mut find = coll.find(filter).hint(mongodb::options::Hint::Keys(hint));
            if let Some(p) = projection {
                find = find.projection(p);
            }
            let mut got: Vec<Document> = find
                .batch_size(batch)
                .await
                .unwrap()
                .try_collect()
                .await
                .unwrap();
            // Index order is not natural order: compare as multisets (a
            // projection may leave `_id` out).
            got.sort_by_key(|d| format!("{d:?}"));
            got
        }
    };
    let projections = [
        None,
        Some(doc! { "a": 1 }),
        Some(doc! { "b.c": 1, "_id": 0, "x": 1 }),
        Some(doc! { "a": 0 }),
    ];
    for round in 0..120 {
        let v = |rng: &mut Rng| rng.value().unwrap_or(Bson::Null);
        let filter = match rng.below(8) {
            0 => doc! { "a": v(&mut rng) },
            1 => doc! { "a": { "$gt": v(&mut rng) }, "b.c": { "$lte": v(&mut rng) } },
            2 => doc! { "$or": [{ "a": v(&mut rng) }, { "b.c": v(&mut rng) }] },
            3 => doc! { "a": { "$in": [v(&mut rng), v(&mut rng)] } },
            4 => doc! { "a": { "$exists": rng.below(2) == 0 }, "b.c": { "$ne": v(&mut rng) } },
            5 => doc! { "a": { "$type": "string" } },
            // Not decided on the keys: `x` is not indexed.
            6 => doc! { "a": v(&mut rng), "x": { "$lt": 4 } },
            _ => doc! { "b.c": { "$gte": v(&mut rng) } },
        };
        let projection = projections[rng.below(4) as usize].clone();
        let batch = [2u32, 5, 1000][rng.below(3) as usize];
        let through_index = query(
            filter.clone(),
            projection.clone(),
            doc! { "a": 1, "b.c": 1 },
            batch,
        )
        .await;
        let scanned = query(
            filter.clone(),
            projection.clone(),
            doc! { "$natural": 1 },
            batch,
        )
        .await;
        assert_eq!(
            through_index, scanned,
            "round {round}: {filter} projection {projection:?}"
        );
    }

    // A cursor planned before the index became multikey meets entries
    // without key documents in its later batches.
    let mut cursor = coll
        .find(doc! { "a": { "$gte": 0 } })
        .hint(mongodb::options::Hint::Keys(doc! { "a": 1, "b.c": 1 }))
        .batch_size(2)
        .await
        .unwrap();
    let mut seen = Vec::new();
    for _ in 0..2 {
        seen.push(cursor.try_next().await.unwrap().unwrap());
    }
    coll.insert_many((1000..1010).map(|i| doc! { "_id": i, "a": [i % 3, 9], "x": 1 }))
        .await
        .unwrap();
    while let Some(d) = cursor.try_next().await.unwrap() {
        seen.push(d);
    }
    seen.sort_by_key(|d| d.get_i32("_id").unwrap_or(-1));
    seen.dedup();
    let mut want: Vec<Document> = coll
        .find(doc! { "a": { "$gte": 0 } })
        .hint(mongodb::options::Hint::Keys(doc! { "$natural": 1 }))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    want.sort_by_key(|d| d.get_i32("_id").unwrap_or(-1));
    assert_eq!(seen, want);
    server.stop().await;
}
