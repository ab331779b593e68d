//! The binary as a drop-in `mongod`: `--replSet` waiting for
//! `replSetInitiate` (and staying initiated across restarts), a YAML
//! `--config` file with a log file that `logRotate` renames, the Unix
//! domain socket, `--fork`, and mongod's exit codes for a port in use, a
//! data directory held by another server and a log file it cannot open.

mod common;

use bson::doc;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_secantusdb-rs");

fn start(args: &[&str]) -> (common::ServerProcess, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let addr = common::wait_ready(&mut child, "127.0.0.1");
    (common::ServerProcess(child), addr)
}

fn stop(mut p: common::ServerProcess) {
    // SIGTERM, as a service manager stops mongod.
    let _ = Command::new("kill")
        .arg(p.0.id().to_string())
        .status()
        .unwrap();
    let status = p.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// Waits for a log file to hold a line containing `needle`; returns it.
fn wait_for_line(path: &Path, needle: &str) -> String {
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            if let Some(l) = text.lines().find(|l| l.contains(needle)) {
                return l.to_string();
            }
        }
        assert!(
            Instant::now() < until,
            "no {needle:?} in {}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn port_of(line: &str) -> u16 {
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    v["attr"]["port"].as_u64().unwrap() as u16
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repl_set_waits_for_initiate_then_stays_initiated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    let (server, addr) = start(&[
        "--port",
        "0",
        "--nounixsocket",
        "--dbpath",
        &path,
        "--replSet",
        "rs0",
    ]);
    let client = common::client(&addr).await;
    let admin = client.database("admin");
    let hello = admin.run_command(doc! { "hello": 1 }).await.unwrap();
    assert!(!hello.get_bool("isWritablePrimary").unwrap());
    assert!(hello.get_bool("isreplicaset").unwrap());
    assert_eq!(
        hello.get_str("info").unwrap(),
        "Does not have a valid replica set config"
    );
    let err = client
        .database("t")
        .run_command(doc! { "insert": "c", "documents": [{ "a": 1 }] })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 10107);
    let err = admin
        .run_command(doc! { "replSetGetStatus": 1 })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 94);
    // A configuration for another set is refused.
    let err = admin
        .run_command(doc! { "replSetInitiate": { "_id": "other", "members": [{ "_id": 0, "host": &addr }] } })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 93);
    admin
        .run_command(doc! { "replSetInitiate": {
            "_id": "rs0", "members": [{ "_id": 0, "host": &addr }],
            "settings": { "electionTimeoutMillis": 500 },
        } })
        .await
        .unwrap();
    let err = admin
        .run_command(doc! { "replSetInitiate": 1 })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 23);
    let hello = admin.run_command(doc! { "hello": 1 }).await.unwrap();
    assert!(hello.get_bool("isWritablePrimary").unwrap());
    assert_eq!(hello.get_str("setName").unwrap(), "rs0");
    client
        .database("t")
        .collection::<bson::Document>("c")
        .insert_one(doc! { "a": 1 })
        .await
        .unwrap();
    let config = admin
        .run_command(doc! { "replSetGetConfig": 1 })
        .await
        .unwrap()
        .get_document("config")
        .unwrap()
        .clone();
    assert_eq!(config.get_i32("version").unwrap(), 1);
    assert_eq!(
        config
            .get_document("settings")
            .unwrap()
            .get_i32("electionTimeoutMillis")
            .unwrap(),
        500
    );
    // A reconfig must raise the version.
    let err = admin
        .run_command(doc! { "replSetReconfig": config.clone() })
        .await
        .unwrap_err();
    assert_eq!(common::code(&err), 103);
    let mut next = config.clone();
    next.insert("version", 2);
    admin
        .run_command(doc! { "replSetReconfig": next })
        .await
        .unwrap();
    drop(client);
    stop(server);

    // Restarted with the same set name, the member is primary at once.
    let (server, addr) = start(&[
        "--port",
        "0",
        "--nounixsocket",
        "--dbpath",
        &path,
        "--replSet",
        "rs0",
    ]);
    let client = common::client(&addr).await;
    let hello = client
        .database("admin")
        .run_command(doc! { "hello": 1 })
        .await
        .unwrap();
    assert!(hello.get_bool("isWritablePrimary").unwrap());
    assert_eq!(hello.get_i32("setVersion").unwrap(), 2);
    let n = client
        .database("t")
        .collection::<bson::Document>("c")
        .count_documents(doc! {})
        .await
        .unwrap();
    assert_eq!(n, 1);
    drop(client);
    stop(server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_file_log_file_and_log_rotate() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mongod.log");
    let conf = dir.path().join("mongod.conf");
    std::fs::write(
        &conf,
        format!(
            "# mongod's documented layout\n\
             systemLog:\n  destination: file\n  path: {}\n  logAppend: true\n  timeStampFormat: iso8601-utc\n\
             storage:\n  dbPath: {}\n  engine: inMemory\n\
             net:\n  port: 0\n  bindIp: 127.0.0.1\n  unixDomainSocket:\n    enabled: false\n\
             setParameter:\n  enableTestCommands: 1\n  cursorTimeoutMillis: 4321\n",
            log.display(),
            dir.path().display()
        ),
    )
    .unwrap();
    let mut child = common::ServerProcess(
        Command::new(BIN)
            .arg("--config")
            .arg(&conf)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let ready = wait_for_line(&log, "\"id\":23016");
    assert!(ready.starts_with("{\"t\":{\"$date\":\""), "{ready}");
    assert!(
        ready.contains("Z\"},\"s\":\"I\","),
        "utc time stamps: {ready}"
    );
    let addr = format!("127.0.0.1:{}", port_of(&ready));
    let client = common::client(&addr).await;
    let admin = client.database("admin");
    let opts = admin
        .run_command(doc! { "getCmdLineOpts": 1 })
        .await
        .unwrap();
    let parsed = opts.get_document("parsed").unwrap();
    assert_eq!(parsed.get_str("config").unwrap(), conf.to_str().unwrap());
    assert_eq!(
        parsed
            .get_document("systemLog")
            .unwrap()
            .get_str("destination")
            .unwrap(),
        "file"
    );
    let got = admin
        .run_command(doc! { "getParameter": 1, "cursorTimeoutMillis": 1 })
        .await
        .unwrap();
    assert_eq!(got.get_i64("cursorTimeoutMillis").unwrap(), 4321);
    // getLog returns the lines the log wrote.
    let lines = admin
        .run_command(doc! { "getLog": "global" })
        .await
        .unwrap();
    assert!(lines
        .get_array("log")
        .unwrap()
        .iter()
        .any(|l| l.as_str().is_some_and(|l| l.contains("\"id\":23016"))));
    // logRotate renames the file aside and starts a new one.
    admin.run_command(doc! { "logRotate": 1 }).await.unwrap();
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("mongod.log."))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let old = std::fs::read_to_string(dir.path().join(&aside[0])).unwrap();
    // The old file ends with mongod's "Log rotation initiated".
    assert!(
        old.contains("\"id\":23016") && old.contains("\"id\":23166"),
        "{old}"
    );
    admin.run_command(doc! { "ping": 1 }).await.unwrap();
    drop(client);
    let _ = Command::new("kill").arg(child.0.id().to_string()).status();
    assert!(child.0.wait().unwrap().success());
    wait_for_line(&log, "\"id\":23138");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unix_domain_socket() {
    let dir = tempfile::tempdir().unwrap();
    let sockets = tempfile::tempdir().unwrap();
    let (server, addr) = start(&[
        "--port",
        "0",
        "--storageEngine",
        "inMemory",
        "--dbpath",
        dir.path().to_str().unwrap(),
        "--unixSocketPrefix",
        sockets.path().to_str().unwrap(),
        "--filePermissions",
        "0755",
    ]);
    let port = addr.rsplit(':').next().unwrap();
    let socket = sockets.path().join(format!("mongodb-{port}.sock"));
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&socket).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o755);
    }
    // mongodb://%2Fpath%2Fmongodb-PORT.sock, as drivers spell it.
    let encoded = socket.to_str().unwrap().replace('/', "%2F");
    let client = mongodb::Client::with_uri_str(format!("mongodb://{encoded}/"))
        .await
        .unwrap();
    let coll = client.database("t").collection::<bson::Document>("c");
    coll.insert_one(doc! { "via": "unix" }).await.unwrap();
    assert_eq!(coll.count_documents(doc! {}).await.unwrap(), 1);
    drop(client);
    stop(server);
    assert!(!socket.exists(), "the socket file is removed at exit");
}

#[test]
fn fork_returns_once_the_server_is_ready() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mongod.log");
    let out = Command::new(BIN)
        .args([
            "--fork",
            "--port",
            "0",
            "--nounixsocket",
            "--storageEngine",
            "inMemory",
        ])
        .arg("--dbpath")
        .arg(dir.path())
        .arg("--logpath")
        .arg(&log)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("about to fork child process, waiting until server is ready for connections.")
    );
    let pid: u32 = lines
        .next()
        .and_then(|l| l.strip_prefix("forked process: "))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        lines.next(),
        Some("child process started successfully, parent exiting")
    );
    // The server is up by the time the parent exits: its log says so.
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("\"id\":23016"), "{text}");
    let alive = Command::new("kill")
        .args(["-0", &pid.to_string()])
        .status()
        .unwrap();
    assert!(alive.success());
    let _ = Command::new("kill").arg(pid.to_string()).status();
    wait_for_line(&log, "\"id\":23138");
}

#[test]
fn startup_failures_exit_as_mongod() {
    // A port in use: EXIT_NET_ERROR (48).
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args([
            "--port",
            &port,
            "--nounixsocket",
            "--storageEngine",
            "inMemory",
        ])
        .arg("--dbpath")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(48));
    let log = String::from_utf8_lossy(&out.stdout);
    assert!(
        log.contains("\"id\":20568") && log.contains("Address already in use"),
        "{log}"
    );

    // A data directory another server holds: exit 100, DBPathInUse.
    let data = tempfile::tempdir().unwrap();
    let path = data.path().to_str().unwrap();
    let (holder, _) = start(&["--port", "0", "--nounixsocket", "--dbpath", path]);
    let out = Command::new(BIN)
        .args(["--port", "0", "--nounixsocket", "--dbpath", path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(100));
    let log = String::from_utf8_lossy(&out.stdout);
    assert!(log.contains("DBPathInUse"), "{log}");
    stop(holder);

    // A log file that cannot be opened: exit 1, FileNotOpen.
    let out = Command::new(BIN)
        .args(["--port", "0", "--logpath", "/nonexistent-dir/mongod.log"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("FileNotOpen"), "{err}");
}
