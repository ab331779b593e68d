//! The Rust API for an ephemeral server per test: `Config::ephemeral()`
//! makes an in-memory server on a free port whose temporary directory goes
//! away when the server stops — or is simply dropped.

use secantusdb::{Config, Server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ephemeral_server_leaves_nothing_behind() {
    let config = Config::ephemeral();
    let dir = config.storage_path.clone();
    let server = Server::start(config).await.unwrap();
    assert!(dir.exists());
    let client = mongodb::Client::with_uri_str(server.uri()).await.unwrap();
    client
        .database("t")
        .collection::<bson::Document>("c")
        .insert_one(bson::doc! { "a": 1 })
        .await
        .unwrap();
    drop(client);
    server.stop().await;
    assert!(!dir.exists(), "stop removes {}", dir.display());

    // Dropped without stop: it stops listening and its directory goes too.
    let config = Config::ephemeral();
    let dir = config.storage_path.clone();
    let server = Server::start(config).await.unwrap();
    let addr = server.addr();
    drop(server);
    assert!(!dir.exists(), "drop removes {}", dir.display());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while tokio::net::TcpStream::connect(addr).await.is_ok() {
        assert!(std::time::Instant::now() < deadline, "still listening");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    // A store pointed elsewhere by the caller is the caller's.
    let mine = tempfile::tempdir().unwrap();
    let config = Config {
        in_memory: false,
        storage_path: mine.path().to_path_buf(),
        ..Config::ephemeral()
    };
    Server::start(config).await.unwrap().stop().await;
    assert!(mine.path().join("WiredTiger").exists());
}
