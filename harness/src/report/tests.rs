//! Snapshot tests of the report writer.

use std::collections::BTreeSet;

impl Report {
    fn summary_json_totals(&self) -> crate::results::Totals {
        let s: Summary = serde_json::from_str(&self.summary_json).unwrap();
        s.unified.totals
    }
}

use super::*;
use crate::results::{Outcome, TestResult};

fn t(id: &str, group: &str, outcome: Outcome) -> TestResult {
    TestResult {
        id: id.into(),
        group: group.into(),
        outcome,
        log: None,
        message: Some("ignored in the report".into()),
    }
}

/// A failing test with its runner's message and its server's log.
fn failing(id: &str, group: &str, outcome: Outcome, message: &str, log: &str) -> TestResult {
    TestResult {
        message: Some(message.into()),
        log: Some(log.into()),
        ..t(id, group, outcome)
    }
}

fn sample() -> ReportInput {
    let mut input = ReportInput::empty("commit 0123abc (2025-01-01)");
    input.unified.tests = vec![
        t("crud/find/Find with filter", "crud", Outcome::Passed),
        failing(
            "crud/find/Find with limit",
            "crud",
            Outcome::Failed,
            "find on collection0: unexpected error: Command failed: Error code 238 \
             (NotImplemented): find option 'limit' is not implemented yet",
            "target/conformance/logs/unified/crud/find.log",
        ),
        t("crud/insertOne/InsertOne", "crud", Outcome::Passed),
        TestResult {
            message: Some("runOnRequirements not met: topology".into()),
            ..t(
                "sessions/snapshot/Snapshot read",
                "sessions",
                Outcome::Skipped,
            )
        },
        failing(
            "transactions/abort/abort",
            "transactions",
            Outcome::Error,
            "timed out after 30 s",
            "target/conformance/logs/unified/transactions/abort.log",
        ),
    ];
    input.pymongo.tests = vec![
        t(
            "test_son.py::TestSON::test_ordered_dict",
            "test_son.py",
            Outcome::Passed,
        ),
        t(
            "test_collection.py::TestCollection::test_find",
            "test_collection.py",
            Outcome::Passed,
        ),
        failing(
            "test_collection.py::TestCollection::test_drop",
            "test_collection.py",
            Outcome::Failed,
            "pymongo.errors.OperationFailure: find option 'limit' is not implemented yet, full \
             error: {'ok': 0.0, 'errmsg': \"find option 'limit' is not implemented yet\", \
             'code': 238, 'codeName': 'NotImplemented', '$clusterTime': {'clusterTime': \
             Timestamp(1796650000, 3)}}\nTraceback <&> (most recent call last)",
            "target/conformance/logs/pymongo/shard-0.log",
        ),
        t(
            "test_collection.py::TestCollection::test_mapreduce",
            "test_collection.py",
            Outcome::Skipped,
        ),
        failing(
            "test_client.py::TestClient::test_handshake",
            "test_client.py",
            Outcome::Error,
            "pymongo.errors.ServerSelectionTimeoutError: localhost:40123: [Errno 111] \
             Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: \
             6b16c85264d714b391c0aaaa, servers: []>",
            "target/conformance/logs/pymongo/shard-1.log",
        ),
    ];
    input.pymongo_excludes = vec![crate::specs::Skip {
        pattern: "test_dns.py::TestDNS::test_srv".into(),
        reason: "environment: needs public DNS".into(),
    }];
    input.pymongo_async.tests = vec![
        t(
            "asynchronous/test_collection.py::TestCollection::test_find",
            "asynchronous/test_collection.py",
            Outcome::Passed,
        ),
        failing(
            "asynchronous/test_collection.py::TestCollection::test_drop",
            "asynchronous/test_collection.py",
            Outcome::Failed,
            "pymongo.errors.OperationFailure: find option 'limit' is not implemented yet, full \
             error: {'ok': 0.0, 'code': 238, 'codeName': 'NotImplemented'}",
            "target/conformance/logs/pymongo-async/shard-0.log",
        ),
    ];
    input.client_only = ["test_son.py::TestSON::test_ordered_dict".to_string()]
        .into_iter()
        .collect();
    input
}

#[test]
fn first_report() {
    let report = build(&sample());
    insta::assert_snapshot!("first_markdown", report.markdown);
    insta::assert_snapshot!("first_failing", report.failing);
    insta::assert_snapshot!("first_summary", report.summary_json);
    insta::assert_snapshot!("first_failing_reasons", report.failing_reasons);
    insta::assert_snapshot!("first_junit_unified", report.junit_unified);
    insta::assert_snapshot!("first_junit_pymongo", report.junit_pymongo);
    insta::assert_snapshot!("first_junit_pymongo_async", report.junit_pymongo_async);
}

/// The same failures on another run (other ports, ids, times) give the
/// same reasons, causes and report.
#[test]
fn reasons_do_not_depend_on_the_run() {
    let mut other = sample();
    for r in &mut other.pymongo.tests {
        if let Some(m) = &mut r.message {
            *m = m
                .replace("40123", "39999")
                .replace("6b16c85264d714b391c0aaaa", "6b16c89f64d714b391c0bbbb")
                .replace("1796650000, 3", "1796650123, 7");
        }
    }
    let (a, b) = (build(&sample()), build(&other));
    assert_eq!(a.markdown, b.markdown);
    assert_eq!(a.failing_reasons, b.failing_reasons);
}

#[test]
fn report_with_previous() {
    let mut input = sample();
    let previous: BTreeSet<String> = [
        "unified:crud/find/Find with limit",
        "unified:crud/insertOne/InsertOne",
        "unified:sessions/snapshot/Snapshot read",
        "pymongo:test_client.py::TestClient::test_gone",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    input.previous = Previous::FailingList(previous);
    let report = build(&input);
    insta::assert_snapshot!("changes_markdown", report.markdown);
}

/// Every status change is listed, and regressions are named in the headline.
#[test]
fn report_with_previous_statuses() {
    let mut input = sample();
    let sample_input = sample();
    let before = crate::statuses::from_runs(&sample_input.suites());
    let mut before = before;
    // Now failing but passed before; now passing but failed before; now
    // skipped but failed before; gone altogether.
    before
        .get_mut("unified:crud/find/Find with limit")
        .unwrap()
        .outcome = Outcome::Passed;
    before
        .get_mut("unified:crud/find/Find with filter")
        .unwrap()
        .outcome = Outcome::Failed;
    before
        .get_mut("unified:sessions/snapshot/Snapshot read")
        .unwrap()
        .outcome = Outcome::Failed;
    before.insert(
        "pymongo:test_gone.py::T::test_gone".into(),
        crate::statuses::Status {
            outcome: Outcome::Passed,
            reason: None,
        },
    );
    input.previous = Previous::Statuses(before);
    input.accept_regressions = true;
    let report = build(&input);
    let ids: Vec<&str> = report.regressions().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "pymongo:test_gone.py::T::test_gone",
            "unified:crud/find/Find with limit",
            "unified:sessions/snapshot/Snapshot read"
        ]
    );
    assert_eq!(report.changes.len(), 4);
    insta::assert_snapshot!("statuses_markdown", report.markdown);
    assert_eq!(build(&input).results_tsv, report.results_tsv);
}

#[test]
fn runner_self_tests_stay_out_of_the_headline() {
    let mut input = sample();
    input.unified.tests.push(t(
        "unified-test-format-fail/entity-x/planted failure",
        SELF_TEST_AREA,
        Outcome::Passed,
    ));
    let report = build(&input);
    let summary: Summary = serde_json::from_str(&report.summary_json).unwrap();
    assert_eq!(
        summary.unified.totals,
        build(&sample()).summary_json_totals()
    );
    assert_eq!(summary.unified.runner_self_tests.passed, 1);
    assert!(!summary.unified.areas.contains_key(SELF_TEST_AREA));
}

#[test]
fn deterministic_regardless_of_input_order() {
    let a = build(&sample());
    let mut shuffled = sample();
    shuffled.unified.tests.reverse();
    shuffled.pymongo.tests.rotate_left(2);
    assert_eq!(a, build(&shuffled));
}

#[test]
fn numbers_agree_with_results() {
    let input = sample();
    let report = build(&input);
    let summary: Summary = serde_json::from_str(&report.summary_json).unwrap();
    let failing = report.failing.lines().count() as u64;
    let t = summary.unified.totals;
    let p = summary.pymongo.totals;
    let pa = summary.pymongo_async.totals;
    assert_eq!(
        t.failed + t.errors + p.failed + p.errors + pa.failed + pa.errors,
        failing
    );
    let per_area: u64 = summary.unified.areas.values().map(|a| a.passed).sum();
    assert_eq!(per_area, t.passed);
}

#[test]
fn empty_report_keeps_shape() {
    let report = build(&ReportInput::empty("commit none"));
    let v: serde_json::Value = serde_json::from_str(&report.summary_json).unwrap();
    assert!(v["pymongo"]["modules"].is_object());
    assert!(v["unified"]["areas"].is_object());
    assert_eq!(v["unified"]["totals"]["errors"], 0);
    assert_eq!(report.failing, "");
}
