//! libFuzzer target over the whole request path: each input is the byte
//! stream of one client connection (one or more wire messages, any bytes at
//! all), sent to an in-process server on an in-memory store over loopback.
//! The stream is half-closed after it, so the server answers every whole
//! message, reaches end of input and closes; the target reads until then.
//!
//! A crash is any panic anywhere in the server (the panic hook aborts, so a
//! panic the server would turn into an `InternalError` reply is still
//! reported), a stack overflow, or memory corruption the C allocator
//! detects. A connection silent for 10 s is abandoned, not reported: an
//! awaitData `getMore` may wait as long as its `maxTimeMS` asks, and a
//! tailable exhaust cursor streams while the client listens, as on mongod
//! (server/tests/soak.rs checks that the server keeps answering pings).
//! Seeds: `fuzz/corpus/wire/`, frames captured from pymongo
//! (scripts/capture-frames.py) plus hand-made deep nesting.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secantusdb::config::Config;
use secantusdb::server::Server;
use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::OnceLock;
use std::time::Duration;

/// The server, started once per fuzzing process on its own runtime.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        std::panic::set_hook(Box::new(|info| {
            eprintln!("panic in the server: {info}");
            std::process::abort();
        }));
        let rt = Box::leak(Box::new(
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime"),
        ));
        let config = Config {
            port: 0,
            in_memory: true,
            cache_size_mb: 256,
            enable_test_commands: false,
            ..Config::default()
        };
        let server = rt.block_on(Server::start(config)).expect("server starts");
        let addr = server.addr();
        // The server lives as long as the fuzzing process.
        Box::leak(Box::new(server));
        addr
    })
}

fuzz_target!(|data: &[u8]| {
    let addr = server();
    let mut s = TcpStream::connect(addr).expect("the server accepts");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // The server may close before reading everything (a framing error
    // closes the connection, as in mongod): a failed write is fine.
    let _ = s.write_all(data);
    let _ = s.shutdown(Shutdown::Write);
    let mut buf = [0u8; 64 * 1024];
    let started = std::time::Instant::now();
    // Until the server closes, goes silent for 10 s, resets the connection
    // (after a framing error), or has streamed for 10 s.
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 || started.elapsed() > Duration::from_secs(10) {
            break;
        }
    }
});
