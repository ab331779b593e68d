//! Shared helpers for integration tests: an in-process ephemeral server and
//! a driver client pointed at it.

#![allow(dead_code)]

use mongodb::Client;
use secantusdb::{Config, Server};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

pub async fn start() -> (Server, Client) {
    let server = Server::start(Config::ephemeral())
        .await
        .expect("server starts");
    let uri = format!("mongodb://{}/?directConnection=true", server.addr());
    let client = Client::with_uri_str(&uri).await.expect("client");
    (server, client)
}

/// The `firstBatch` of a cursor-returning command's reply.
pub fn first_batch(reply: &bson::Document) -> Vec<bson::Bson> {
    reply
        .get_document("cursor")
        .expect("cursor")
        .get_array("firstBatch")
        .expect("firstBatch")
        .clone()
}

/// A server process started by a test. A test that fails part-way does
/// not leave it running: dropping it kills the process if it is still up.
pub struct ServerProcess(pub Child);

impl std::ops::Deref for ServerProcess {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for ServerProcess {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Starts the real binary on an on-disk store at `path` and returns it with
/// its address. (No Unix socket: these servers are often killed with
/// SIGKILL, which would leave the socket file behind.)
pub fn spawn(path: &Path) -> (ServerProcess, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_secantusdb-rs"))
        .args(["--port", "0", "--nounixsocket", "--storage-path"])
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn server");
    let addr = wait_ready(&mut child, "127.0.0.1");
    (ServerProcess(child), addr)
}

/// Reads the server's log (standard output) until mongod's "Waiting for
/// connections" line (id 23016), and returns `host:port` with the port it
/// names; a thread goes on reading the log so the server never waits on a
/// full pipe. Panics with the lines read if the server exits first.
pub fn wait_ready(child: &mut Child, host: &str) -> String {
    let out = child.stdout.take().expect("stdout piped");
    let mut lines = BufReader::new(out);
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            panic!("the server exited before it listened; its log:\n{seen}");
        }
        if line.contains("\"id\":23016") {
            let v: serde_json::Value = serde_json::from_str(&line).expect("a JSON log line");
            let port = v["attr"]["port"].as_u64().expect("attr.port");
            std::thread::spawn(move || {
                let mut sink = Vec::new();
                let _ = std::io::Read::read_to_end(&mut lines, &mut sink);
            });
            return format!("{host}:{port}");
        }
        seen.push_str(&line);
    }
}

/// A driver client for a server at `addr`.
pub async fn client(addr: &str) -> Client {
    Client::with_uri_str(format!("mongodb://{addr}/?directConnection=true"))
        .await
        .unwrap()
}

/// The server's error code of a failed command.
pub fn code(err: &mongodb::error::Error) -> i32 {
    match *err.kind {
        mongodb::error::ErrorKind::Command(ref c) => c.code,
        _ => panic!("not a command error: {err}"),
    }
}
