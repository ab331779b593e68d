//! `make bench-more`: query-path benchmarks against an in-process server, each
//! figure next to its baseline from the same run (this machine is noisy, so
//! only same-run ratios mean anything).
//!
//! - point lookups: `_id` (baseline) vs an indexed field vs an unindexed
//!   field (a collection scan);
//! - range scan through an index vs a plain cursor scan of the collection,
//!   in documents per second, and the same range with a projection the
//!   index covers (no document fetched);
//! - `$group` over the whole collection;
//! - `$lookup` of 1,000 documents into the collection through the index on
//!   `k` vs by the unindexed `u` (a hash join over the whole collection).
//!
//! BENCH_DOCS sets the collection size (default 1,000,000).

// Test and benchmark scenarios read top to bottom as one story each.
#![allow(clippy::too_many_lines)]

/// The allocator the server binary uses, so the in-process figures match it.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use bson::{doc, Document};
use futures_util::TryStreamExt;
use mongodb::Client;
use rand::{Rng, SeedableRng};
use secantusdb::{Config, Server};
use std::time::{Duration, Instant};

fn per_op(d: Duration, n: usize) -> String {
    let us = d.as_secs_f64() * 1e6 / n as f64;
    if us >= 1000.0 {
        format!("{:.2} ms", us / 1000.0)
    } else {
        format!("{us:.1} µs")
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: i64 = std::env::var("BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    // On disk (a temporary directory), as a deployment would run: an
    // in-memory store of this size would need a cache bigger than its data.
    let dir = tempfile::tempdir().expect("temp dir");
    let config = Config {
        in_memory: false,
        storage_path: dir.path().to_path_buf(),
        // The server's default cache (`--cache-size-mb 1024`).
        cache_size_mb: 1024,
        ..Config::ephemeral()
    };
    let server = Server::start(config).await.expect("server");
    let uri = format!("mongodb://{}/?directConnection=true", server.addr());
    let client = Client::with_uri_str(&uri).await.expect("client");
    let coll = client.database("bench").collection::<Document>("c");

    let started = Instant::now();
    let mut batch = Vec::with_capacity(10_000);
    for i in 0..n {
        batch.push(doc! { "_id": i, "k": i, "u": i, "g": i % 100, "s": format!("value-{i}") });
        if batch.len() == 10_000 {
            coll.insert_many(std::mem::take(&mut batch)).await.unwrap();
        }
    }
    if !batch.is_empty() {
        coll.insert_many(batch).await.unwrap();
    }
    let load = started.elapsed();
    let started = Instant::now();
    coll.create_index(mongodb::IndexModel::builder().keys(doc! {"k": 1}).build())
        .await
        .unwrap();
    let build = started.elapsed();
    println!("# SecantusDB query benchmarks ({n} documents)\n");
    println!("| measurement | result |");
    println!("|---|---|");
    println!(
        "| load (insert_many, 10,000 per batch) | {:.1} s ({:.0} docs/s) |",
        load.as_secs_f64(),
        n as f64 / load.as_secs_f64()
    );
    println!("| build index on k | {:.1} s |", build.as_secs_f64());

    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let lookups = 2_000;
    for (label, field, count) in [
        ("point lookup by _id (baseline)", "_id", lookups),
        ("point lookup by indexed k", "k", lookups),
        ("point lookup by unindexed u (collection scan)", "u", 5),
    ] {
        let started = Instant::now();
        for _ in 0..count {
            let v = rng.random_range(0..n);
            let d = coll.find_one(doc! { field: v }).await.unwrap();
            assert!(d.is_some());
        }
        println!(
            "| {label} | {} per query |",
            per_op(started.elapsed(), count)
        );
    }

    let span = (n / 10).max(1);
    let from = n / 3;
    let started = Instant::now();
    let got: Vec<Document> = coll
        .find(doc! { "k": { "$gte": from, "$lt": from + span } })
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len() as i64, span.min(n - from));
    let range = started.elapsed();
    let started = Instant::now();
    let keys: Vec<Document> = coll
        .find(doc! { "k": { "$gte": from, "$lt": from + span } })
        .projection(doc! { "k": 1, "_id": 0 })
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(keys.len() as i64, span.min(n - from));
    let covered = started.elapsed();
    let started = Instant::now();
    let all: Vec<Document> = coll
        .find(doc! {})
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len() as i64, n);
    let scan = started.elapsed();
    println!(
        "| cursor scan of the whole collection (baseline) | {:.0} docs/s |",
        n as f64 / scan.as_secs_f64()
    );
    println!(
        "| index range scan k in [n/3, n/3 + n/10) | {:.0} docs/s |",
        span as f64 / range.as_secs_f64()
    );
    println!(
        "| same range, covered projection {{k: 1, _id: 0}} | {:.0} docs/s |",
        span as f64 / covered.as_secs_f64()
    );

    let started = Instant::now();
    let groups: Vec<Document> = coll
        .aggregate(vec![
            doc! { "$group": { "_id": "$g", "total": { "$sum": "$k" }, "n": { "$sum": 1 } } },
        ])
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(groups.len() as i64, n.min(100));
    println!(
        "| $group by g (100 groups) with $sum over all documents | {:.2} s |",
        started.elapsed().as_secs_f64()
    );

    // $lookup from a small collection into the big one: per input document
    // an index probe on k, or one read of the whole collection for u.
    let local = client.database("bench").collection::<Document>("l");
    let joins = 1_000;
    let locals: Vec<Document> = (0..joins)
        .map(|i| doc! { "_id": i, "v": rng.random_range(0..n) })
        .collect();
    local.insert_many(locals).await.unwrap();
    for (label, field) in [
        ("$lookup of 1,000 documents by indexed k", "k"),
        ("$lookup of 1,000 documents by unindexed u (hash join)", "u"),
    ] {
        let started = Instant::now();
        let joined: Vec<Document> = local
            .aggregate(vec![
                doc! { "$lookup": { "from": "c", "localField": "v", "foreignField": field, "as": "m" } },
            ])
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        let elapsed = started.elapsed();
        assert_eq!(joined.len(), joins as usize);
        assert!(joined.iter().all(|d| d.get_array("m").unwrap().len() == 1));
        println!("| {label} | {:.3} s |", elapsed.as_secs_f64());
    }
    server.stop().await;
}
