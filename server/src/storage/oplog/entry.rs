//! Oplog entries as mongod writes them: `{op, ns, ui, o, o2, ts, t, v,
//! wall}`, and for a committed multi-document transaction one `applyOps`
//! command entry holding every write, with the session's `lsid` and
//! `txnNumber`.

use bson::raw::{cstr, RawArrayBuf, RawBinaryRef, RawBson, RawDocumentBuf};
use bson::{doc, spec::BinarySubtype, Bson, DateTime, Document};

/// One write waiting for its transaction to commit. Its `o` and `o2` are
/// kept as BSON bytes: an insert's `o` is the stored document itself, and
/// the entry is written straight from them at commit.
#[derive(Debug, Clone)]
pub struct PendingOp {
    /// `i` insert, `u` update, `d` delete, `c` command, `n` no-op.
    pub op: &'static str,
    pub ns: String,
    pub ui: Option<[u8; 16]>,
    pub o: RawDocumentBuf,
    pub o2: Option<RawDocumentBuf>,
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

fn uuid(u: &[u8; 16]) -> RawBinaryRef<'_> {
    RawBinaryRef {
        subtype: BinarySubtype::Uuid,
        bytes: u,
    }
}

impl PendingOp {
    /// Appends the operation's own fields (as in an entry or inside
    /// `applyOps`): `op, ns, ui, o, o2`.
    fn append_body(&self, out: &mut RawDocumentBuf) {
        out.append(cstr!("op"), self.op);
        out.append(cstr!("ns"), self.ns.as_str());
        if let Some(u) = &self.ui {
            out.append(cstr!("ui"), uuid(u));
        }
        out.append(cstr!("o"), &self.o);
        if let Some(o2) = &self.o2 {
            out.append(cstr!("o2"), o2);
        }
    }
}

/// `{_id: <id>}`, an update's or delete's `o2` and a delete's `o`.
pub fn id_doc(id: &Bson) -> crate::error::Result<RawDocumentBuf> {
    let mut d = RawDocumentBuf::new();
    d.append(cstr!("_id"), RawBson::try_from(id.clone())?);
    Ok(d)
}

/// The retryable-write fields of an entry about to be stamped at `ts`
/// (`lsid, txnNumber, stmtId, prevOpTime`), chaining it after the write's
/// previous entry.
fn append_retry(
    out: &mut RawDocumentBuf,
    r: &RetryOrigin,
    stmt_id: i32,
    ts: u64,
) -> crate::error::Result<()> {
    let prev = r.last.swap(ts, std::sync::atomic::Ordering::Relaxed);
    out.append(cstr!("lsid"), RawDocumentBuf::try_from(&r.origin.lsid)?);
    out.append(cstr!("txnNumber"), r.origin.txn_number);
    out.append(cstr!("stmtId"), stmt_id);
    let mut prev_op = RawDocumentBuf::new();
    prev_op.append(cstr!("ts"), super::clock::unpack(prev));
    prev_op.append(cstr!("t"), if prev == 0 { -1i64 } else { TERM });
    out.append(cstr!("prevOpTime"), prev_op);
    Ok(())
}

/// The time fields every entry ends with: `ts, t, v, wall`.
fn append_stamp(out: &mut RawDocumentBuf, ts: u64, wall: DateTime) {
    out.append(cstr!("ts"), super::clock::unpack(ts));
    out.append(cstr!("t"), TERM);
    out.append(cstr!("v"), 2i64);
    out.append(cstr!("wall"), wall);
}

/// The entry of one write outside a multi-document transaction, stamped
/// at `ts`; `retry` carries a retryable write's session and statement.
pub fn single(
    op: &PendingOp,
    retry: Option<(&RetryOrigin, i32)>,
    ts: u64,
    wall: DateTime,
) -> crate::error::Result<RawDocumentBuf> {
    let mut d = RawDocumentBuf::new();
    op.append_body(&mut d);
    if let Some((r, stmt)) = retry {
        append_retry(&mut d, r, stmt, ts)?;
    }
    append_stamp(&mut d, ts, wall);
    Ok(d)
}

/// The one `applyOps` entry of a committed multi-document transaction,
/// holding every write.
pub fn transaction(
    ops: &[PendingOp],
    origin: &TxnOrigin,
    ts: u64,
    wall: DateTime,
) -> crate::error::Result<RawDocumentBuf> {
    let mut inner = RawArrayBuf::new();
    for p in ops {
        let mut body = RawDocumentBuf::new();
        p.append_body(&mut body);
        inner.push(body);
    }
    let mut o = RawDocumentBuf::new();
    o.append(cstr!("applyOps"), inner);
    let mut d = RawDocumentBuf::new();
    d.append(cstr!("lsid"), RawDocumentBuf::try_from(&origin.lsid)?);
    d.append(cstr!("txnNumber"), origin.txn_number);
    d.append(cstr!("op"), "c");
    d.append(cstr!("ns"), "admin.$cmd");
    d.append(cstr!("o"), o);
    append_stamp(&mut d, ts, wall);
    Ok(d)
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
