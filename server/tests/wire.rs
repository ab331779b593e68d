//! Raw wire tests: hand-built frames, malformed input, and the legacy
//! OP_QUERY handshake. A bad client never takes the server down for others.

use bson::{doc, Document};
use secantusdb::{Config, Server};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn frame(request_id: i32, op: i32, body: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&((16 + body.len()) as i32).to_le_bytes());
    v.extend_from_slice(&request_id.to_le_bytes());
    v.extend_from_slice(&0i32.to_le_bytes());
    v.extend_from_slice(&op.to_le_bytes());
    v.extend_from_slice(body);
    v
}

fn op_msg(flags: u32, body: &Document) -> Vec<u8> {
    let mut b = flags.to_le_bytes().to_vec();
    b.push(0);
    body.to_writer(&mut b).unwrap();
    frame(1, 2013, &b)
}

/// Reads one reply; returns (opcode, flags-or-0, document).
async fn read_reply(s: &mut TcpStream) -> Option<(i32, Document)> {
    let mut h = [0u8; 16];
    tokio::time::timeout(Duration::from_secs(5), s.read_exact(&mut h))
        .await
        .ok()?
        .ok()?;
    let len = i32::from_le_bytes(h[0..4].try_into().unwrap()) as usize;
    let op = i32::from_le_bytes(h[12..16].try_into().unwrap());
    let mut body = vec![0u8; len - 16];
    s.read_exact(&mut body).await.ok()?;
    let doc_at = if op == 2013 { 5 } else { 20 };
    Some((op, Document::from_reader(&body[doc_at..]).unwrap()))
}

async fn is_closed(s: &mut TcpStream) -> bool {
    let mut b = [0u8; 1];
    matches!(
        tokio::time::timeout(Duration::from_secs(5), s.read(&mut b)).await,
        Ok(Ok(0) | Err(_))
    )
}

async fn ping_works(addr: std::net::SocketAddr) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&op_msg(0, &doc! { "ping": 1, "$db": "admin" }))
        .await
        .unwrap();
    let (op, reply) = read_reply(&mut s).await.expect("ping reply");
    assert_eq!(op, 2013);
    assert_eq!(reply.get_f64("ok").unwrap(), 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_frames_close_only_that_connection() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let addr = server.addr();

    // A length below the header size.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&5i32.to_le_bytes()).await.unwrap();
    assert!(is_closed(&mut s).await);

    // A length over maxMessageSizeBytes.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&frame(1, 2013, &[])[..12]).await.unwrap();
    let mut big = 60_000_000i32.to_le_bytes().to_vec();
    big.extend_from_slice(&[0; 12]);
    let mut s2 = TcpStream::connect(addr).await.unwrap();
    s2.write_all(&big).await.unwrap();
    assert!(is_closed(&mut s2).await);
    drop(s);

    // An unknown opcode.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&frame(1, 9999, &[1, 2, 3, 4])).await.unwrap();
    assert!(is_closed(&mut s).await);

    // A client that sends half a message and stalls does not block others.
    let mut stalled = TcpStream::connect(addr).await.unwrap();
    stalled
        .write_all(&op_msg(0, &doc! { "ping": 1, "$db": "admin" })[..10])
        .await
        .unwrap();
    ping_works(addr).await;
    drop(stalled);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_bson_gets_an_error_reply() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    let mut msg = op_msg(0, &doc! { "ping": 1, "$db": "admin" });
    let n = msg.len();
    msg[n - 1] = 9; // corrupt the document's terminating NUL
    s.write_all(&msg).await.unwrap();
    let (_, reply) = read_reply(&mut s).await.expect("an error reply");
    assert_eq!(reply.get_f64("ok").unwrap(), 0.0);
    assert_eq!(reply.get_i32("code").unwrap(), 22);
    // The connection is still usable.
    s.write_all(&op_msg(0, &doc! { "ping": 1, "$db": "admin" }))
        .await
        .unwrap();
    let (_, reply) = read_reply(&mut s).await.unwrap();
    assert_eq!(reply.get_f64("ok").unwrap(), 1.0);

    // A missing $db is mongod's error 40571.
    s.write_all(&op_msg(0, &doc! { "ping": 1 })).await.unwrap();
    let (_, reply) = read_reply(&mut s).await.unwrap();
    assert_eq!(reply.get_i32("code").unwrap(), 40571);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_to_come_gets_no_reply_and_legacy_handshake_works() {
    let server = Server::start(Config::ephemeral()).await.unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    // An unacknowledged insert (moreToCome): no reply, but the write happens.
    s.write_all(&op_msg(2, &doc! { "insert": "c", "documents": [{ "_id": 1 }], "$db": "t", "writeConcern": { "w": 0 } })).await.unwrap();
    s.write_all(&op_msg(0, &doc! { "count": "c", "$db": "t" }))
        .await
        .unwrap();
    let (_, reply) = read_reply(&mut s).await.unwrap();
    assert_eq!(
        reply.get_i32("n").unwrap(),
        1,
        "the first reply answers count, not the insert"
    );

    // OP_QUERY isMaster on admin.$cmd is answered with OP_REPLY.
    let mut b = 0i32.to_le_bytes().to_vec();
    b.extend_from_slice(b"admin.$cmd\0");
    b.extend_from_slice(&0i32.to_le_bytes());
    b.extend_from_slice(&(-1i32).to_le_bytes());
    doc! { "isMaster": 1 }.to_writer(&mut b).unwrap();
    s.write_all(&frame(7, 2004, &b)).await.unwrap();
    let (op, reply) = read_reply(&mut s).await.unwrap();
    assert_eq!(op, 1);
    assert!(reply.get_bool("ismaster").unwrap());
    assert_eq!(reply.get_i32("minWireVersion").unwrap(), 0);

    // Any other OP_QUERY command is refused with UnsupportedOpQueryCommand.
    let mut b = 0i32.to_le_bytes().to_vec();
    b.extend_from_slice(b"t.$cmd\0");
    b.extend_from_slice(&0i32.to_le_bytes());
    b.extend_from_slice(&(-1i32).to_le_bytes());
    doc! { "count": "c" }.to_writer(&mut b).unwrap();
    s.write_all(&frame(8, 2004, &b)).await.unwrap();
    let (_, reply) = read_reply(&mut s).await.unwrap();
    assert_eq!(reply.get_i32("code").unwrap(), 352);
    server.stop().await;
}
