//! The runner's honesty, tested against a real server: a case whose
//! expectation does not hold must fail even where the runner used to let it
//! through (a wrong error inside a withTransaction callback whose outer
//! operation expects an error; a partial result inside expectError), and the
//! same case with the right expectation must pass, so neither check is
//! vacuous.

use super::model::TestFile;
use super::requirements::ServerInfo;
use super::runner::{run_case, Failure};
use crate::paths;
use crate::server::EphemeralServer;

/// A file with one collection holding `{_id: 1}` and one case running `ops`.
fn file(ops: serde_json::Value) -> TestFile {
    let json = serde_json::json!({
        "description": "runner self-test",
        "schemaVersion": "1.3",
        "runOnRequirements": [{"topologies": ["replicaset"]}],
        "createEntities": [
            {"client": {"id": "client0"}},
            {"database": {"id": "db0", "client": "client0", "databaseName": "selftest"}},
            {"collection": {"id": "coll0", "database": "db0", "collectionName": "c"}},
            {"session": {"id": "session0", "client": "client0"}}
        ],
        "initialData": [{"collectionName": "c", "databaseName": "selftest", "documents": [{"_id": 1}]}],
        "tests": [{"description": "case", "operations": ops}]
    });
    let bson = super::json::parse(&json.to_string()).expect("json");
    bson::deserialize_from_bson(bson).expect("test file")
}

/// A withTransaction whose callback inserts a duplicate `_id` and expects
/// `code` for it; the outer operation expects some error.
fn duplicate_in_transaction(code: i32) -> TestFile {
    file(serde_json::json!([{
        "name": "withTransaction",
        "object": "session0",
        "arguments": {"callback": [{
            "name": "insertOne",
            "object": "coll0",
            "arguments": {"session": "session0", "document": {"_id": 1}},
            "expectError": {"errorCode": code}
        }, {
            "name": "abortTransaction",
            "object": "session0"
        }]},
        "expectError": {"isError": true}
    }]))
}

/// insertMany, unordered, with one duplicate: one document goes in.
fn partial_insert(inserted: i32) -> TestFile {
    file(serde_json::json!([{
        "name": "insertMany",
        "object": "coll0",
        "arguments": {"documents": [{"_id": 1}, {"_id": 2}], "ordered": false},
        "expectError": {"isError": true, "expectResult": {"insertedCount": inserted}}
    }]))
}

fn run(f: &TestFile) -> Result<(), Failure> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = EphemeralServer::start(&paths::server_bin(), "unified/selftest").expect(
        "the server binary (cargo build -p secantusdb) is needed for the runner's self-tests",
    );
    let uri = server.uri();
    let result = rt.block_on(async {
        let info = ServerInfo::probe(&uri).await.expect("probe");
        run_case(f, &f.tests[0], &uri, &info).await
    });
    server.stop();
    result
}

#[test]
fn a_wrong_code_inside_with_transaction_fails_the_case() {
    // The callback's insertOne fails with DuplicateKey (11000), but withTransaction
    // expects an error, which the runner used to take as enough.
    // The callback expectation is wrong here, so the case must fail...
    match run(&duplicate_in_transaction(112)) {
        Err(Failure::Failed(m)) => assert!(m.contains("11000"), "{m}"),
        other => panic!("expected a failure, got {other:?}"),
    }
    // ...and with the right code the callback re-throws the error it
    // expected (as the unified format's runners do), so withTransaction
    // fails and the outer expectError holds.
    let right = run(&duplicate_in_transaction(11000));
    assert!(right.is_ok(), "{right:?}");
}

#[test]
fn a_partial_result_inside_expect_error_is_checked() {
    match run(&partial_insert(2)) {
        Err(Failure::Failed(m)) => assert!(m.contains("insertedCount"), "{m}"),
        other => panic!("expected a failure, got {other:?}"),
    }
    assert!(
        run(&partial_insert(1)).is_ok(),
        "the right partial result must pass"
    );
}
