//! Reliability under abuse, against the real binary: crash recovery under
//! `kill -9`, mutated wire frames, a thousand connections at once, and
//! stopping under write load. CI runs each at a small size; `make soak`
//! runs them at full size (`SOAK_FULL=1`, release build) and writes
//! `reports/reliability.md` from what they print.
//!
//! Every test fails on the first lost acknowledged write, crash, hang,
//! failed request or unclean exit; the figures it prints are measured.

mod common;

use bson::{doc, Document};
use common::{client, spawn};
use rand::{Rng, SeedableRng};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn full() -> bool {
    std::env::var("SOAK_FULL").is_ok_and(|v| v == "1")
}

/// The CI size or the `make soak` size.
fn size(ci: usize, soak: usize) -> usize {
    if full() {
        soak
    } else {
        ci
    }
}

/// One line for reports/reliability.md.
fn report(line: &str) {
    println!("SOAK: {line}");
    if let Ok(path) = std::env::var("SOAK_REPORT") {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .unwrap();
        writeln!(f, "{line}").unwrap();
    }
}

fn signal(child: &Child, sig: &str) {
    Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap();
}

fn proc_status(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn open_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// Writers with `j: true` and with the default write concern run until
/// `kill -9`; after each restart every acknowledged write is there and
/// `validate` finds the collection sound.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_cycles() {
    let cycles = size(3, 100);
    let dir = tempfile::tempdir().unwrap();
    let (mut child, mut addr) = spawn(dir.path());
    let acked: Arc<Mutex<Vec<(String, i64)>>> = Arc::default();
    let mut rng = rand::rngs::StdRng::seed_from_u64(15);
    let mut total = 0usize;
    for cycle in 0..cycles {
        let c = client(&addr).await;
        let stop = Arc::new(AtomicBool::new(false));
        let mut writers = Vec::new();
        for (name, wc) in [
            ("journaled", Some(doc! { "w": 1, "j": true })),
            ("default", None),
        ] {
            let db = c.database("soak");
            let (stop, acked) = (stop.clone(), acked.clone());
            writers.push(tokio::spawn(async move {
                let mut i = (cycle as i64) << 32;
                while !stop.load(Ordering::Relaxed) {
                    let mut cmd =
                        doc! { "insert": name, "documents": [{ "_id": i, "pad": "x".repeat(64) }] };
                    if let Some(wc) = &wc {
                        cmd.insert("writeConcern", wc.clone());
                    }
                    if db.run_command(cmd).await.is_err() {
                        break;
                    }
                    acked.lock().unwrap().push((name.to_string(), i));
                    i += 1;
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(rng.random_range(150..600))).await;
        signal(&child, "-KILL");
        child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for w in writers {
            let _ = w.await;
        }
        drop(c);
        (child, addr) = spawn(dir.path());
        let c = client(&addr).await;
        let db = c.database("soak");
        let acked_now = acked.lock().unwrap().clone();
        total = acked_now.len();
        for coll in ["journaled", "default"] {
            let want: Vec<i64> = acked_now
                .iter()
                .filter(|(n, _)| n == coll)
                .map(|(_, i)| *i)
                .collect();
            let mut have = std::collections::HashSet::new();
            let mut cur = db
                .collection::<Document>(coll)
                .find(doc! {})
                .projection(doc! { "_id": 1 })
                .await
                .unwrap();
            use futures_util::StreamExt;
            while let Some(d) = cur.next().await {
                have.insert(d.unwrap().get_i64("_id").unwrap());
            }
            let lost = want.iter().filter(|i| !have.contains(i)).count();
            assert_eq!(
                lost, 0,
                "cycle {cycle}: {lost} acknowledged {coll} writes lost"
            );
            if have.is_empty() {
                continue;
            }
            let v = db
                .run_command(doc! { "validate": coll, "full": true })
                .await
                .unwrap();
            assert!(v.get_bool("valid").unwrap(), "cycle {cycle}: {v}");
        }
    }
    signal(&child, "-TERM");
    child.wait().unwrap();
    report(&format!(
        "crash recovery: {cycles} `kill -9` cycles, {total} acknowledged writes (`j: true` and default write concern), 0 lost, `validate` clean after every restart"
    ));
}

/// Real driver traffic as frames: a handshake, CRUD, an aggregation, a
/// deeply nested filter.
fn seed_frames() -> Vec<Vec<u8>> {
    use secantusdb::wire::{encode_op_msg, frame, OP_MSG};
    let mut deep = doc! { "a": 1 };
    for _ in 0..150 {
        deep = doc! { "$and": [deep] };
    }
    let bodies = [
        doc! { "hello": 1, "client": { "driver": { "name": "soak", "version": "1" } }, "$db": "admin" },
        doc! { "insert": "c", "documents": [{ "_id": 1, "a": [1, 2, { "b": "x" }] }], "$db": "f" },
        doc! { "find": "c", "filter": { "a": { "$gt": 1 } }, "sort": { "a": -1 }, "$db": "f" },
        doc! { "update": "c", "updates": [{ "q": { "_id": 1 }, "u": { "$set": { "x.y": 1 }, "$inc": { "n": 1 } } }], "$db": "f" },
        doc! { "aggregate": "c", "pipeline": [{ "$match": {} }, { "$group": { "_id": "$a", "n": { "$sum": 1 } } }], "cursor": {}, "$db": "f" },
        doc! { "delete": "c", "deletes": [{ "q": { "_id": 1 }, "limit": 1 }], "$db": "f" },
        doc! { "find": "c", "filter": deep, "$db": "f" },
    ];
    bodies
        .iter()
        .enumerate()
        .map(|(i, b)| frame(i as i32 + 1, 0, OP_MSG, &encode_op_msg(0, b)))
        .collect()
}

/// One mutation of a frame: flipped bits, overwritten or inserted bytes,
/// a cut, a lying length, another opcode or flags, or nesting spliced in.
fn mutate(rng: &mut rand::rngs::StdRng, seed: &[u8]) -> Vec<u8> {
    let mut f = seed.to_vec();
    match rng.random_range(0..8) {
        0 => {
            for _ in 0..rng.random_range(1..8) {
                let i = rng.random_range(0..f.len());
                f[i] ^= 1 << rng.random_range(0..8);
            }
        }
        1 => {
            let i = rng.random_range(0..f.len());
            f[i] = [0x00, 0xff, 0x7f, 0x80, 0x03, 0x04][rng.random_range(0..6)];
        }
        2 => {
            let cut = rng.random_range(0..f.len());
            f.truncate(cut);
        }
        3 => {
            let len: i32 = [0, 1, 15, 16, 17, -1, i32::MAX, 48_000_001][rng.random_range(0..8)];
            f[..4].copy_from_slice(&len.to_le_bytes());
        }
        4 => {
            let op: i32 = [1, 2004, 2012, 2013, 0, -1, 2010][rng.random_range(0..7)];
            f[12..16].copy_from_slice(&op.to_le_bytes());
            let flags: u32 = [0, 1, 2, 1 << 16, u32::MAX][rng.random_range(0..5)];
            f[16..20].copy_from_slice(&flags.to_le_bytes());
        }
        5 => {
            let i = rng.random_range(16..f.len());
            let n = rng.random_range(1..64);
            let junk: Vec<u8> = (0..n).map(|_| rng.random()).collect();
            f.splice(i..i, junk);
            let len = f.len() as i32;
            f[..4].copy_from_slice(&len.to_le_bytes());
        }
        6 => {
            // A document nested far past maxBSONDepth in place of the body.
            let depth = rng.random_range(190..20_000);
            let mut body = Vec::new();
            nested(&mut body, depth);
            f.truncate(21);
            f.extend_from_slice(&body);
            let len = f.len() as i32;
            f[..4].copy_from_slice(&len.to_le_bytes());
        }
        _ => {
            let i = rng.random_range(20..f.len());
            let j = rng.random_range(i..f.len());
            f[i..j].reverse();
        }
    }
    f
}

/// `{a: {a: … {} … }}` nested `depth` levels, encoded by hand (no
/// recursion: the depth is the point).
fn nested(out: &mut Vec<u8>, depth: usize) {
    // Each level: int32 length, 0x03 'a' 0x00, <inner>, 0x00.
    let inner_len: i32 = 5;
    let mut lens: Vec<i32> = Vec::with_capacity(depth);
    let mut len = inner_len;
    for _ in 0..depth {
        len += 4 + 3 + 1;
        lens.push(len);
    }
    for l in lens.iter().rev() {
        out.extend_from_slice(&l.to_le_bytes());
        out.extend_from_slice(&[0x03, b'a', 0x00]);
    }
    out.extend_from_slice(&inner_len.to_le_bytes());
    out.push(0);
    for _ in 0..depth {
        out.push(0);
    }
}

/// Sends one frame on its own connection and reads until the server
/// answers or closes; false when it neither does within the timeout.
fn send(addr: &str, f: &[u8]) -> bool {
    let Ok(mut s) = TcpStream::connect(addr) else {
        return false;
    };
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(f);
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                return false
            }
            Err(_) => return true,
        }
    }
}

fn ping(addr: &str) -> bool {
    use secantusdb::wire::{encode_op_msg, frame, OP_MSG};
    let f = frame(
        7,
        0,
        OP_MSG,
        &encode_op_msg(0, &doc! { "ping": 1, "$db": "admin" }),
    );
    let Ok(mut s) = TcpStream::connect(addr) else {
        return false;
    };
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    if s.write_all(&f).is_err() {
        return false;
    }
    let mut header = [0u8; 16];
    if s.read_exact(&mut header).is_err() {
        return false;
    }
    let len = i32::from_le_bytes(header[..4].try_into().unwrap()) as usize;
    let mut rest = vec![0u8; len - 16];
    s.read_exact(&mut rest).is_ok()
        && bson::Document::from_reader(&rest[5..])
            .is_ok_and(|d| d.get_f64("ok").is_ok_and(|ok| ok == 1.0))
}

/// Mutated frames from real traffic: the server neither crashes nor hangs,
/// and answers a ping after every batch.
#[test]
fn mutated_frames_never_stop_the_server() {
    let frames = size(100_000, 1_000_000);
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = spawn(dir.path());
    let seeds = seed_frames();
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    let batch = 1_000;
    let started = Instant::now();
    let mut hangs = 0;
    for b in 0..frames / batch {
        for _ in 0..batch {
            let seed = &seeds[rng.random_range(0..seeds.len())];
            if !send(&addr, &mutate(&mut rng, seed)) {
                hangs += 1;
            }
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the server exited during batch {b}"
        );
        assert!(ping(&addr), "no answer to ping after batch {b}");
    }
    assert_eq!(
        hangs, 0,
        "{hangs} frames neither answered nor closed in 10 s"
    );
    signal(&child, "-TERM");
    assert!(child.wait().unwrap().success());
    report(&format!(
        "wire fuzz: {frames} mutated frames (bit flips, cuts, lying lengths, opcodes and flags, junk, nesting up to 20,000 levels) in {:.0} s: 0 crashes, 0 hangs, a ping answered after every {batch}",
        started.elapsed().as_secs_f64()
    ));
}

/// Many connections at once doing CRUD: no failure, bounded memory and
/// threads, and memory comes back after they close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_connections() {
    let n = size(200, 1_000);
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = spawn(dir.path());
    let pid = child.id();
    // Idle: after a first client has done the same CRUD and gone (so the
    // code it runs is paged in, as on any server that has served a
    // request), and the command threads it used have exited.
    {
        let c = client(&addr).await;
        let coll = c.database("load").collection::<Document>("c");
        coll.insert_one(doc! { "_id": -1i64, "n": 0 })
            .await
            .unwrap();
        coll.update_one(doc! { "_id": -1i64 }, doc! { "$inc": { "n": 1 } })
            .await
            .unwrap();
        coll.find_one(doc! { "_id": -1i64 }).await.unwrap();
        c.shutdown().await;
    }
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let idle_kb = proc_status(pid, "VmRSS:");
    let idle_fds = open_fds(pid);
    // Two bursts: what one leaves behind does not add up.
    let first = burst(&addr, pid, n, 0, idle_fds).await;
    let second = burst(&addr, pid, n, n, idle_fds).await;
    for b in [&first, &second] {
        assert_eq!(b.failures, 0, "{} failed requests", b.failures);
        // Bounded: a thousand open connections under 150 MB.
        assert!(
            b.open_kb < 150 * 1024,
            "RSS with {n} connections open: {} kB",
            b.open_kb
        );
    }
    // Memory comes back: each burst gives back three quarters of what it
    // added within seconds of its connections closing. What stays is
    // WiredTiger's journal buffers (a fixed pool of 128 slot buffers of
    // 256 kB, resident as far as concurrent writers have filled them, kept
    // for reuse as in mongod), the data the burst wrote, and allocator
    // pages holding long-lived objects.
    for (before, b) in [(idle_kb, &first), (first.after_kb, &second)] {
        let added = b.open_kb.saturating_sub(before);
        assert!(
            b.after_kb.saturating_sub(before) <= added / 4 + 2048,
            "RSS before {before} kB, open {} kB, after closing {} kB",
            b.open_kb,
            b.after_kb
        );
    }
    signal(&child, "-TERM");
    assert!(child.wait().unwrap().success());
    report(&format!(
        "load: {n} concurrent connections doing CRUD, twice, 0 failures; RSS idle {} MB; with them open {} MB, {} MB 2.5 s after the server saw the last one close ({:.1} s after the clients shut down); a second burst: {} MB open, {} MB after; {} threads and {} file descriptors while open",
        idle_kb / 1024,
        first.open_kb / 1024,
        first.after_kb / 1024,
        first.closed_in.as_secs_f64(),
        second.open_kb / 1024,
        second.after_kb / 1024,
        first.threads,
        first.fds
    ));
}

/// What one burst of connections measured.
struct Burst {
    failures: usize,
    open_kb: u64,
    after_kb: u64,
    threads: u64,
    fds: usize,
    closed_in: Duration,
}

/// `n` clients, one connection each, all open at once doing CRUD on their
/// own documents (ids from `first_id`), then all closed.
async fn burst(addr: &str, pid: u32, n: usize, first_id: usize, idle_fds: usize) -> Burst {
    let mut tasks = Vec::new();
    let gate = Arc::new(tokio::sync::Barrier::new(n + 1));
    let done = Arc::new(tokio::sync::Barrier::new(n + 1));
    for i in first_id..first_id + n {
        let addr = addr.to_string();
        let (gate, done) = (gate.clone(), done.clone());
        tasks.push(tokio::spawn(async move {
            let c = mongodb::Client::with_uri_str(format!(
                "mongodb://{addr}/?directConnection=true&maxPoolSize=1"
            ))
            .await
            .unwrap();
            let coll = c.database("load").collection::<Document>("c");
            let mut failures = 0;
            // Every client holds its connection open at once.
            if coll
                .insert_one(doc! { "_id": i as i64, "n": 0 })
                .await
                .is_err()
            {
                failures += 1;
            }
            gate.wait().await;
            for _ in 0..5 {
                let ok = coll
                    .update_one(doc! { "_id": i as i64 }, doc! { "$inc": { "n": 1 } })
                    .await
                    .is_ok()
                    && coll.find_one(doc! { "_id": i as i64 }).await.is_ok();
                if !ok {
                    failures += 1;
                }
            }
            done.wait().await;
            c.shutdown().await;
            failures
        }));
    }
    gate.wait().await;
    done.wait().await;
    let open_kb = proc_status(pid, "VmRSS:");
    let threads = proc_status(pid, "Threads:");
    let fds = open_fds(pid);
    let mut failures = 0;
    for t in tasks {
        failures += t.await.unwrap();
    }
    // Closed: once the server has seen every connection go (its file
    // descriptors are back to the idle count), its command threads and
    // idle WiredTiger sessions go after a second unused.
    let closing = Instant::now();
    while open_fds(pid) > idle_fds + 8 && closing.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let closed_in = closing.elapsed();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    Burst {
        failures,
        open_kb,
        after_kb: proc_status(pid, "VmRSS:"),
        threads,
        fds,
        closed_in,
    }
}

/// Stopping under write load, by SIGTERM and by the `shutdown` command in
/// turn: the process exits with 0 within seconds every time, and every
/// acknowledged write is there afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_under_write_load_never_hangs() {
    let cycles = size(4, 100);
    let dir = tempfile::tempdir().unwrap();
    let mut acked = 0usize;
    let mut slowest = Duration::ZERO;
    for cycle in 0..cycles {
        let (mut child, addr) = spawn(dir.path());
        // The writers notice the server is gone within seconds, not after
        // the driver's default 30 s of server selection.
        let c = mongodb::Client::with_uri_str(format!(
            "mongodb://{addr}/?directConnection=true&serverSelectionTimeoutMS=2000"
        ))
        .await
        .unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut writers = Vec::new();
        for w in 0..4i64 {
            let db = c.database("stop");
            let (stop, count) = (stop.clone(), count.clone());
            writers.push(tokio::spawn(async move {
                let mut i = ((cycle as i64) << 40) + (w << 32);
                while !stop.load(Ordering::Relaxed) {
                    let cmd = doc! { "insert": "c", "documents": [{ "_id": i }], "writeConcern": { "w": 1, "j": true } };
                    if db.run_command(cmd).await.is_err() {
                        break;
                    }
                    count.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let t = Instant::now();
        if cycle % 2 == 0 {
            signal(&child, "-TERM");
        } else {
            let _ = c
                .database("admin")
                .run_command(doc! { "shutdown": 1 })
                .await;
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "cycle {cycle}: no exit in 30 s");
            std::thread::sleep(Duration::from_millis(10));
        };
        slowest = slowest.max(t.elapsed());
        assert!(status.success(), "cycle {cycle}: exit {status}");
        stop.store(true, Ordering::Relaxed);
        for w in writers {
            let _ = w.await;
        }
        acked += count.load(Ordering::Relaxed);
        drop(c);
    }
    let (mut child, addr) = spawn(dir.path());
    let c = client(&addr).await;
    let have = c
        .database("stop")
        .collection::<Document>("c")
        .count_documents(doc! {})
        .await
        .unwrap() as usize;
    assert!(have >= acked, "{acked} acknowledged, {have} present");
    drop(c);
    signal(&child, "-TERM");
    child.wait().unwrap();
    report(&format!(
        "shutdown: {cycles} stops under write load (SIGTERM and the `shutdown` command in turn): 0 hangs, exit code 0 every time, slowest {:.2} s; {acked} acknowledged writes all present",
        slowest.as_secs_f64()
    ));
}
