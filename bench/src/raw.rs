//! The raw client: OP_MSG over one TCP connection, with the command bodies
//! built directly as BSON bytes and replies read in place. It sends what
//! the official driver sends for the same operation (`$db`, an implicit
//! session's `lsid`, `txnNumber` on retryable writes, the gossiped
//! `$clusterTime`, `$readPreference` on reads over a direct connection), so
//! the time it measures is the server's, not a driver's.

use bson::{cstr, rawdoc, RawDocument, RawDocumentBuf};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const OP_MSG: i32 = 2013;

pub struct RawConn {
    stream: TcpStream,
    request_id: i32,
    /// This connection's implicit session.
    lsid: RawDocumentBuf,
    txn_number: i64,
    /// The newest `$clusterTime` a reply carried, sent back on each command
    /// as drivers gossip it.
    cluster_time: Option<RawDocumentBuf>,
    out: Vec<u8>,
    reply: Vec<u8>,
}

impl RawConn {
    pub async fn connect(addr: &str) -> Result<RawConn, String> {
        let stream = TcpStream::connect(addr)
            .await
            .map_err(|e| format!("connect {addr}: {e}"))?;
        stream.set_nodelay(true).map_err(|e| e.to_string())?;
        let uuid = bson::Binary {
            subtype: bson::spec::BinarySubtype::Uuid,
            bytes: bson::uuid::Uuid::new().bytes().to_vec(),
        };
        let mut conn = RawConn {
            stream,
            request_id: 0,
            lsid: rawdoc! { "id": uuid },
            txn_number: 0,
            cluster_time: None,
            out: Vec::with_capacity(4096),
            reply: Vec::with_capacity(64 * 1024),
        };
        let hello = rawdoc! {
            "hello": 1, "helloOk": true,
            "client": { "application": { "name": "secantus-bench" },
                        "driver": { "name": "secantus-bench-raw", "version": "0" },
                        "os": { "type": std::env::consts::OS } },
            "$db": "admin",
        };
        conn.send(&hello).await?;
        conn.receive().await?;
        Ok(conn)
    }

    /// A read command: adds the envelope and returns the reply.
    pub async fn read(&mut self, mut body: RawDocumentBuf) -> Result<&RawDocument, String> {
        body.append(
            cstr!("$readPreference"),
            rawdoc! { "mode": "primaryPreferred" },
        );
        self.command(body, false).await
    }

    /// A retryable write: adds the envelope with the next `txnNumber`.
    pub async fn write(&mut self, body: RawDocumentBuf) -> Result<&RawDocument, String> {
        self.command(body, true).await
    }

    async fn command(
        &mut self,
        mut body: RawDocumentBuf,
        retryable: bool,
    ) -> Result<&RawDocument, String> {
        if retryable {
            self.txn_number += 1;
            body.append(cstr!("txnNumber"), self.txn_number);
        }
        body.append(cstr!("$db"), "bench");
        body.append(cstr!("lsid"), self.lsid.clone());
        if let Some(ct) = &self.cluster_time {
            body.append(cstr!("$clusterTime"), ct.clone());
        }
        self.send(&body).await?;
        self.receive().await?;
        let reply = RawDocument::from_bytes(&self.reply[21..]).map_err(|e| e.to_string())?;
        if let Ok(ct) = reply.get_document("$clusterTime") {
            self.cluster_time = Some(ct.to_owned());
        }
        let ok = match reply.get("ok") {
            Ok(Some(bson::RawBsonRef::Double(d))) => d == 1.0,
            Ok(Some(bson::RawBsonRef::Int32(i))) => i == 1,
            _ => false,
        };
        let write_errors = reply.get("writeErrors").ok().flatten().is_some();
        if !ok || write_errors {
            let shown = bson::Document::try_from(reply)
                .map(|d| d.to_string())
                .unwrap_or_default();
            return Err(format!("command failed: {shown}"));
        }
        Ok(reply)
    }

    async fn send(&mut self, body: &RawDocument) -> Result<(), String> {
        self.request_id = self.request_id.wrapping_add(1);
        let bytes = body.as_bytes();
        let len = 16 + 4 + 1 + bytes.len();
        self.out.clear();
        self.out.extend_from_slice(&(len as i32).to_le_bytes());
        self.out.extend_from_slice(&self.request_id.to_le_bytes());
        self.out.extend_from_slice(&0i32.to_le_bytes());
        self.out.extend_from_slice(&OP_MSG.to_le_bytes());
        self.out.extend_from_slice(&0u32.to_le_bytes());
        self.out.push(0);
        self.out.extend_from_slice(bytes);
        self.stream
            .write_all(&self.out)
            .await
            .map_err(|e| format!("send: {e}"))
    }

    /// Reads one reply into `self.reply` (header included); the body
    /// document starts at byte 21 (header, flags, section kind).
    async fn receive(&mut self) -> Result<(), String> {
        let mut header = [0u8; 16];
        self.stream
            .read_exact(&mut header)
            .await
            .map_err(|e| format!("receive: {e}"))?;
        let len = i32::from_le_bytes(header[..4].try_into().unwrap_or_default()) as usize;
        if !(21..=48 * 1024 * 1024).contains(&len) {
            return Err(format!("bad reply length {len}"));
        }
        self.reply.clear();
        self.reply.extend_from_slice(&header);
        self.reply.resize(len, 0);
        self.stream
            .read_exact(&mut self.reply[16..])
            .await
            .map_err(|e| format!("receive: {e}"))?;
        if self.reply[20] != 0 {
            return Err("reply without a body section first".into());
        }
        Ok(())
    }

    /// Runs a cursor-returning command and its getMores to the end;
    /// returns how many documents came back.
    pub async fn drain(&mut self, coll: &str, body: RawDocumentBuf) -> Result<u64, String> {
        let (mut id, mut n) = batch(self.read(body).await?, "firstBatch")?;
        while id != 0 {
            let more = rawdoc! { "getMore": id, "collection": coll };
            let (next, k) = batch(self.read(more).await?, "nextBatch")?;
            id = next;
            n += k;
        }
        Ok(n)
    }
}

/// A cursor reply's id and the length of its batch.
fn batch(reply: &RawDocument, key: &str) -> Result<(i64, u64), String> {
    let cursor = reply.get_document("cursor").map_err(|e| e.to_string())?;
    let id = cursor.get_i64("id").map_err(|e| e.to_string())?;
    let docs = cursor.get_array(key).map_err(|e| e.to_string())?;
    Ok((id, docs.into_iter().count() as u64))
}
