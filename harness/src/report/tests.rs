//! Snapshot tests of the report writer.

use std::collections::BTreeSet;

use super::*;
use crate::results::{Outcome, TestResult};

fn t(id: &str, group: &str, outcome: Outcome) -> TestResult {
    TestResult {
        id: id.into(),
        group: group.into(),
        outcome,
        message: Some("ignored in the report".into()),
    }
}

fn sample() -> ReportInput {
    let mut input = ReportInput::empty("commit 0123abc (2025-01-01)");
    input.unified.tests = vec![
        t("crud/find/Find with filter", "crud", Outcome::Passed),
        t("crud/find/Find with limit", "crud", Outcome::Failed),
        t("crud/insertOne/InsertOne", "crud", Outcome::Passed),
        TestResult {
            message: Some("runOnRequirements not met: topology".into()),
            ..t(
                "sessions/snapshot/Snapshot read",
                "sessions",
                Outcome::Skipped,
            )
        },
        t("transactions/abort/abort", "transactions", Outcome::Error),
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
        t(
            "test_collection.py::TestCollection::test_drop",
            "test_collection.py",
            Outcome::Failed,
        ),
        t(
            "test_collection.py::TestCollection::test_mapreduce",
            "test_collection.py",
            Outcome::Skipped,
        ),
        t(
            "test_client.py::TestClient::test_handshake",
            "test_client.py",
            Outcome::Error,
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
    input.previous_failing = Some(previous);
    let report = build(&input);
    insta::assert_snapshot!("changes_markdown", report.markdown);
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
    assert_eq!(t.failed + t.errors + p.failed + p.errors, failing);
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
