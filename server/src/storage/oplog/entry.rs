//! Oplog entries as mongod writes them: `{op, ns, ui, o, o2, ts, t, v,
//! wall}`, and for a committed multi-document transaction one `applyOps`
//! command entry holding every write, with the session's `lsid` and
//! `txnNumber`.

use bson::{doc, spec::BinarySubtype, Binary, Bson, DateTime, Document};

/// One write waiting for its transaction to commit.
#[derive(Debug, Clone)]
pub struct PendingOp {
    /// `i` insert, `u` update, `d` delete, `c` command, `n` no-op.
    pub op: &'static str,
    pub ns: String,
    pub ui: Option<[u8; 16]>,
    pub o: Document,
    pub o2: Option<Document>,
    /// For a collection with `changeStreamPreAndPostImages`: the document
    /// before the write and (for updates) after it.
    pub images: Option<(Document, Option<Document>)>,
    /// For a retryable write: the statement's number in its command.
    pub stmt_id: Option<i32>,
}

/// The pre- and post-image store: key (cluster time, index in the
/// transaction), value `{preImage, postImage?}`; kept as long as the
/// oplog entries they belong to.
pub const IMAGES: &str = "table:_preimages";

/// The image store's key for the event at `ts`, `index`.
pub fn image_key(ts: u64, index: u32) -> [u8; 12] {
    let mut k = [0u8; 12];
    k[..8].copy_from_slice(&ts.to_be_bytes());
    k[8..].copy_from_slice(&index.to_be_bytes());
    k
}

/// The session and transaction number a multi-document transaction commits
/// under.
#[derive(Debug, Clone)]
pub struct TxnOrigin {
    pub lsid: Document,
    pub txn_number: i64,
}

/// A retryable write (a write command with `lsid` and `txnNumber` outside
/// a transaction): its entries carry the session, the transaction number,
/// each statement's `stmtId`, and `prevOpTime` chaining them (mongod finds
/// a retried write's earlier result by walking that chain).
#[derive(Debug, Clone)]
pub struct RetryOrigin {
    pub origin: TxnOrigin,
    /// The time of this write's previous entry (0: none yet), shared by
    /// the transactions one command commits.
    pub last: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

/// mongod's replication term; this server is the only member, elected once.
pub const TERM: i64 = 1;

fn uuid(u: &[u8; 16]) -> Bson {
    Bson::Binary(Binary {
        subtype: BinarySubtype::Uuid,
        bytes: u.to_vec(),
    })
}

impl PendingOp {
    /// The operation's own fields (as in an entry or inside `applyOps`).
    fn body(&self) -> Document {
        let mut d = doc! { "op": self.op, "ns": &self.ns };
        if let Some(u) = &self.ui {
            d.insert("ui", uuid(u));
        }
        d.insert("o", self.o.clone());
        if let Some(o2) = &self.o2 {
            d.insert("o2", o2.clone());
        }
        d
    }
}

/// Adds the retryable-write fields to an entry about to be stamped at
/// `ts`, chaining it after the write's previous entry.
pub fn add_retry_fields(d: &mut Document, r: &RetryOrigin, stmt_id: i32, ts: u64) {
    let prev = r.last.swap(ts, std::sync::atomic::Ordering::Relaxed);
    d.insert("lsid", r.origin.lsid.clone());
    d.insert("txnNumber", r.origin.txn_number);
    d.insert("stmtId", stmt_id);
    d.insert(
        "prevOpTime",
        doc! {
            "ts": Bson::Timestamp(super::clock::unpack(prev)),
            "t": if prev == 0 { -1i64 } else { TERM },
        },
    );
}

fn stamp(mut d: Document, ts: u64, wall: DateTime) -> Document {
    d.insert("ts", Bson::Timestamp(super::clock::unpack(ts)));
    d.insert("t", TERM);
    d.insert("v", 2i64);
    d.insert("wall", wall);
    d
}

/// The entries a commit writes, in order: one per write, or one `applyOps`
/// for a transaction.
pub fn entries(ops: &[PendingOp], origin: Option<&TxnOrigin>) -> Vec<Document> {
    match origin {
        None => ops.iter().map(PendingOp::body).collect(),
        Some(o) => {
            let inner: Vec<Bson> = ops.iter().map(|p| Bson::Document(p.body())).collect();
            vec![doc! {
                "lsid": o.lsid.clone(),
                "txnNumber": o.txn_number,
                "op": "c",
                "ns": "admin.$cmd",
                "o": { "applyOps": inner },
            }]
        }
    }
}

/// Where each write's images go: (entry number, index inside it).
pub fn image_slots(ops: &[PendingOp], origin: Option<&TxnOrigin>) -> Vec<(usize, u32, Document)> {
    ops.iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let (pre, post) = p.images.as_ref()?;
            let mut d = doc! { "preImage": pre.clone() };
            if let Some(post) = post {
                d.insert("postImage", post.clone());
            }
            Some(match origin {
                None => (i, 0, d),
                Some(_) => (0, i as u32, d),
            })
        })
        .collect()
}

/// Adds the time fields to an entry.
pub fn stamped(d: Document, ts: u64, wall: DateTime) -> Document {
    stamp(d, ts, wall)
}
