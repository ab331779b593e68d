//! CI's check that the load generator works: its smoke profile (a small
//! data set, runs of a tenth of a second) against the debug server that
//! `cargo test --workspace` built, with the same binary as the same-run
//! baseline so the comparison path runs too. Numbers are not judged here
//! (a debug build on a shared CI machine says nothing about speed); what
//! is checked is that every workload ran, through both clients, at both
//! concurrencies, against both servers, and that the reports were written.

use std::path::Path;
use std::process::Command;

#[test]
fn smoke_profile_runs_every_workload_against_both_servers() {
    let server = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/secantusdb-rs");
    assert!(
        server.exists(),
        "{} is missing: run `cargo test --workspace` (it builds the server) or `cargo build -p secantusdb`",
        server.display()
    );
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_secantus-bench"))
        .env("BENCH_SMOKE", "1")
        .env("BENCH_BIN", &server)
        .env("BASELINE_BIN", &server)
        .env("BENCH_OUT", out.path())
        .status()
        .expect("run secantus-bench");
    assert!(status.success(), "secantus-bench failed: {status}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("bench.json")).unwrap()).unwrap();
    let cells = json["cells"].as_array().unwrap();
    // 9 workloads × 2 clients × 2 concurrencies, on disk with w:1.
    assert_eq!(cells.len(), 36, "{json:#}");
    for c in cells {
        for side in ["this", "baseline"] {
            let s = &c[side];
            assert!(
                s["ops_per_s"].as_f64().unwrap() > 0.0,
                "no operation completed: {c}"
            );
            assert!(s["throughput"].as_f64().unwrap() > 0.0, "{c}");
        }
        let docs =
            c["this"]["throughput"].as_f64().unwrap() / c["this"]["ops_per_s"].as_f64().unwrap();
        match c["workload"].as_str().unwrap() {
            // 2,000 seeded documents: a scan returns all of them, a sort 100.
            "scan" => assert!((docs - 2000.0).abs() < 1e-6, "{c}"),
            "sort" => assert!((docs - 100.0).abs() < 1e-6, "{c}"),
            "group" => assert!((docs - 1000.0).abs() < 1e-6, "{c}"),
            "insert_many" => assert!((docs - 1000.0).abs() < 1e-6, "{c}"),
            _ => {}
        }
    }
    let md = std::fs::read_to_string(out.path().join("bench.md")).unwrap();
    assert!(md.contains("| find_id | raw | 1 |"), "{md}");
    assert!(md.contains("Floor (a loopback echo"), "{md}");
}
