//! The binary's command line with mongod's flags: `--version` as mongod
//! prints it, mongod's answers to bad options (exit code 2), and a server
//! started with `--dbpath`, `--bind_ip` (a list), `--storageEngine`,
//! `--setParameter` and `--pidfilepath` doing what mongod would.

mod common;

use bson::doc;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_secantusdb-rs");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn version_and_bad_options_as_mongod() {
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("db version v8.0.4"));
    assert!(
        out.contains("Build Info: {") && out.contains("\"version\": \"8.0.4\""),
        "{out}"
    );
    assert!(out
        .trim_end()
        .ends_with(&format!("secantusdb-rs {}", env!("CARGO_PKG_VERSION"))));

    let (code, _, err) = run(&["--nosuchflag"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("Error parsing command line: unrecognised option '--nosuchflag'"),
        "{err}"
    );
    let (code, _, err) = run(&["--setParameter", "noSuchParameter=1"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("Illegal --setParameter parameter: \"noSuchParameter\""),
        "{err}"
    );
    let (code, _, err) = run(&["--auth"]);
    assert_eq!(code, 2);
    assert!(err.contains("--auth"), "{err}");
    let (code, _, _) = run(&["--storageEngine", "mmapv1"]);
    assert_eq!(code, 2);
    let (code, _, err) = run(&["--fork"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--fork has to be used with --logpath or --syslog"),
        "{err}"
    );
    let (code, _, err) = run(&["--timeStampFormat", "ctime"]);
    assert_eq!(code, 2, "{err}");

    // mongod's answers to a configuration file it cannot use.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "net:\n  port: [1, 2\n").unwrap();
    let (code, _, err) = run(&["--config", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("Error parsing YAML config file"), "{err}");
    std::fs::write(&bad, "net:\n  port: 1\n  nosuch: true\n").unwrap();
    let (code, _, err) = run(&["-f", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("Unrecognized option: net.nosuch"), "{err}");
    let (code, _, err) = run(&["--config", "/nonexistent/mongod.conf"]);
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/mongod.conf"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mongods_flags_start_a_server() {
    let dir = tempfile::tempdir().unwrap();
    let pidfile = dir.path().join("mongod.pid");
    let mut child = common::ServerProcess(
        Command::new(BIN)
            .args([
                "--port",
                "0",
                "--bind_ip",
                "127.0.0.1,127.0.0.2",
                "--dbpath",
            ])
            .arg(dir.path())
            .args(["--storageEngine", "inMemory", "--inMemorySizeGB", "0.25"])
            .args(["--setParameter", "enableTestCommands=1"])
            .args(["--setParameter", "cursorTimeoutMillis=1234"])
            .arg("--pidfilepath")
            .arg(&pidfile)
            .args(["--noauth", "--quiet"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn"),
    );
    let addr = common::wait_ready(&mut child.0, "127.0.0.1");
    let port = addr.rsplit(':').next().unwrap().to_string();
    let pid: u32 = std::fs::read_to_string(&pidfile)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(pid, child.0.id());
    // Both addresses answer, on one port.
    for host in ["127.0.0.1", "127.0.0.2"] {
        let client = common::client(&format!("{host}:{port}")).await;
        let admin = client.database("admin");
        let got = admin
            .run_command(doc! { "getParameter": 1, "cursorTimeoutMillis": 1 })
            .await
            .unwrap();
        assert_eq!(got.get_i64("cursorTimeoutMillis").unwrap(), 1234);
        // enableTestCommands=1: fail points are there.
        admin
            .run_command(doc! { "configureFailPoint": "failCommand", "mode": "off" })
            .await
            .unwrap();
        let opts = admin
            .run_command(doc! { "getCmdLineOpts": 1 })
            .await
            .unwrap();
        let parsed = opts.get_document("parsed").unwrap();
        assert_eq!(
            parsed
                .get_document("storage")
                .unwrap()
                .get_str("engine")
                .unwrap(),
            "inMemory"
        );
        assert_eq!(
            parsed
                .get_document("setParameter")
                .unwrap()
                .get_str("cursorTimeoutMillis")
                .unwrap(),
            "1234"
        );
    }
    // Nothing written to the data directory but the pid file.
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "{files:?}");
}
