//! Checking an operation's `expectError` against the error the driver
//! returned, every field the unified format defines: the error's kind
//! (client or server), `errorContains`, `errorCode`, `errorCodeName`,
//! `errorLabelsContain`/`errorLabelsOmit`, `errorResponse`, and the partial
//! results an error can carry (`expectResult`, `writeErrors`,
//! `writeConcernErrors`).
//!
//! Every mismatch is a failure of the case. A field this runner cannot check
//! through the Rust driver is an error of the case (it counts against the
//! pass rate), never a silent pass.

use bson::{doc, Bson, Document};
use mongodb::error::{BulkWriteError, ErrorKind, PartialBulkWriteResult, WriteFailure};

use super::matcher::{self, Lookup};
use super::model::ExpectError;

/// Why an `expectError` did not hold.
#[derive(Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// The error differs from the expected one.
    Failed(String),
    /// The expectation names something the runner cannot check.
    Unchecked(String),
}

/// Maps a driver error to its server error code, if any.
pub fn error_code(e: &mongodb::error::Error) -> Option<i32> {
    match e.kind.as_ref() {
        ErrorKind::Command(c) => Some(c.code),
        ErrorKind::Write(WriteFailure::WriteError(w)) => Some(w.code),
        ErrorKind::Write(WriteFailure::WriteConcernError(w)) => Some(w.code),
        ErrorKind::InsertMany(m) => m
            .write_errors
            .as_ref()
            .and_then(|w| w.first().map(|w| w.code))
            .or_else(|| m.write_concern_error.as_ref().map(|w| w.code)),
        _ => None,
    }
}

fn error_code_name(e: &mongodb::error::Error) -> Option<String> {
    match e.kind.as_ref() {
        ErrorKind::Command(c) => Some(c.code_name.clone()),
        ErrorKind::Write(WriteFailure::WriteError(w)) => w.code_name.clone(),
        ErrorKind::Write(WriteFailure::WriteConcernError(w)) => Some(w.code_name.clone()),
        ErrorKind::InsertMany(m) => m
            .write_errors
            .as_ref()
            .and_then(|w| w.first().and_then(|w| w.code_name.clone()))
            .or_else(|| m.write_concern_error.as_ref().map(|w| w.code_name.clone())),
        _ => None,
    }
}

/// A driver error in one line: its kind and labels, without the raw reply.
pub fn describe(e: &mongodb::error::Error) -> String {
    let mut labels: Vec<&String> = e.labels().iter().collect();
    labels.sort();
    if labels.is_empty() {
        e.kind.to_string()
    } else {
        format!("{} (labels {labels:?})", e.kind)
    }
}

/// Errors that come from the server rather than the client.
pub fn is_server_error(e: &mongodb::error::Error) -> bool {
    matches!(
        e.kind.as_ref(),
        ErrorKind::Command(_)
            | ErrorKind::Write(_)
            | ErrorKind::InsertMany(_)
            | ErrorKind::BulkWrite(_)
    )
}

fn failed(m: String) -> Mismatch {
    Mismatch::Failed(m)
}

/// What an insertMany sent: the number of documents and whether it was ordered.
#[derive(Clone, Copy, Debug)]
pub struct Sent {
    pub documents: usize,
    pub ordered: bool,
}

/// Checks `e` against `expected`. `sent` describes an insertMany, whose
/// partial result the driver derives from what it sent and the write errors.
pub fn check(
    expected: &ExpectError,
    e: &mongodb::error::Error,
    entities: &dyn Lookup,
    sent: Option<Sent>,
) -> Result<(), Mismatch> {
    let text = describe(e);
    if expected.is_error == Some(false) {
        return Err(Mismatch::Unchecked(
            "expectError.isError must be true when present".into(),
        ));
    }
    if expected.is_client_error == Some(true) && is_server_error(e) {
        return Err(failed(format!(
            "expected a client error, got a server error: {text}"
        )));
    }
    if expected.is_client_error == Some(false) && !is_server_error(e) {
        return Err(failed(format!(
            "expected a server error, got a client error: {text}"
        )));
    }
    if expected.is_timeout_error.is_some() {
        return Err(Mismatch::Unchecked(
            "runner limit: isTimeoutError (client-side operation timeout) is not checked".into(),
        ));
    }
    if let Some(contains) = &expected.error_contains {
        if !text.to_lowercase().contains(&contains.to_lowercase()) {
            return Err(failed(format!(
                "expected error containing {contains:?}, got: {text}"
            )));
        }
    }
    if let Some(code) = expected.error_code {
        if error_code(e) != Some(code) {
            return Err(failed(format!(
                "expected error code {code}, got {:?}: {text}",
                error_code(e)
            )));
        }
    }
    if let Some(name) = &expected.error_code_name {
        if error_code_name(e).as_deref() != Some(name.as_str()) {
            return Err(failed(format!(
                "expected error code name {name}, got {:?}: {text}",
                error_code_name(e)
            )));
        }
    }
    for label in expected.error_labels_contain.iter().flatten() {
        if !e.contains_label(label) {
            return Err(failed(format!(
                "expected error label {label}, labels {:?}: {text}",
                e.labels()
            )));
        }
    }
    for label in expected.error_labels_omit.iter().flatten() {
        if e.contains_label(label) {
            return Err(failed(format!("expected no error label {label}: {text}")));
        }
    }
    if let Some(response) = &expected.error_response {
        let raw = e
            .server_response()
            .ok_or_else(|| failed(format!("expected a server response on the error: {text}")))?;
        let actual = Document::try_from(raw.as_ref())
            .map_err(|err| failed(format!("error response: {err}")))?;
        matcher::matches_root(
            &Bson::Document(response.clone()),
            Some(&Bson::Document(actual)),
            entities,
        )
        .map_err(|m| failed(format!("errorResponse: {m}")))?;
    }
    check_partial(expected, e, entities, sent)
}

/// `expectResult`, `writeErrors` and `writeConcernErrors` inside
/// `expectError`: what the failed operation did before (or besides) failing.
fn check_partial(
    expected: &ExpectError,
    e: &mongodb::error::Error,
    entities: &dyn Lookup,
    sent: Option<Sent>,
) -> Result<(), Mismatch> {
    if expected.expect_result.is_none()
        && expected.write_errors.is_none()
        && expected.write_concern_errors.is_none()
    {
        return Ok(());
    }
    match e.kind.as_ref() {
        ErrorKind::BulkWrite(bulk) => check_client_bulk(expected, bulk, entities),
        ErrorKind::InsertMany(m) => {
            if expected.write_errors.is_some() || expected.write_concern_errors.is_some() {
                return Err(failed(format!(
                    "writeErrors/writeConcernErrors expect a client bulk write error, got: {}",
                    describe(e)
                )));
            }
            // The Rust driver keeps insertMany's inserted ids private; like
            // every driver it derives them from the documents it sent and the
            // indexes of the write errors: an ordered insert stops at the
            // first error, an unordered one skips only the failed documents.
            let Some(sent) = sent else {
                return Err(Mismatch::Unchecked(
                    "runner limit: partial result of an insertMany without its documents".into(),
                ));
            };
            let failed_at: Vec<usize> = m.write_errors.iter().flatten().map(|w| w.index).collect();
            let inserted = match (sent.ordered, failed_at.iter().min()) {
                (true, Some(first)) => *first,
                _ => sent.documents.saturating_sub(failed_at.len()),
            };
            // insertMany reports its partial result as a bulk write result:
            // only inserts can have happened.
            let actual = doc! {
                "insertedCount": inserted as i64,
                "matchedCount": 0_i64,
                "modifiedCount": 0_i64,
                "deletedCount": 0_i64,
                "upsertedCount": 0_i64,
                "upsertedIds": {},
            };
            let expected_result = expected.expect_result.as_ref().expect("checked above");
            matcher::matches_root(expected_result, Some(&Bson::Document(actual)), entities)
                .map_err(|m| failed(format!("expectResult inside expectError: {m}")))
        }
        _ => Err(failed(format!(
            "expected an error carrying partial results (bulk write), got: {}",
            describe(e)
        ))),
    }
}

fn write_error_doc(
    code: i32,
    code_name: Option<&str>,
    message: &str,
    details: Option<&Document>,
) -> Document {
    let mut d = doc! {"code": code, "message": message};
    if let Some(name) = code_name {
        d.insert("codeName", name);
    }
    if let Some(details) = details {
        d.insert("details", details.clone());
    }
    d
}

fn check_client_bulk(
    expected: &ExpectError,
    bulk: &BulkWriteError,
    entities: &dyn Lookup,
) -> Result<(), Mismatch> {
    if let Some(expected_result) = &expected.expect_result {
        let actual = bulk.partial_result.as_ref().map(|p| {
            Bson::Document(match p {
                PartialBulkWriteResult::Summary(s) => super::bulk_result::summary_doc(s),
                PartialBulkWriteResult::Verbose(v) => super::bulk_result::verbose_doc(v),
            })
        });
        matcher::matches_root(expected_result, actual.as_ref(), entities)
            .map_err(|m| failed(format!("expectResult inside expectError: {m}")))?;
    }
    if let Some(write_errors) = &expected.write_errors {
        let mut keys: Vec<&usize> = bulk.write_errors.keys().collect();
        keys.sort();
        let actual: Document = keys
            .into_iter()
            .map(|k| {
                let w = &bulk.write_errors[k];
                (
                    k.to_string(),
                    Bson::Document(write_error_doc(
                        w.code,
                        w.code_name.as_deref(),
                        &w.message,
                        w.details.as_ref(),
                    )),
                )
            })
            .collect();
        let expected_keys: Vec<&String> = write_errors.keys().collect();
        let actual_keys: Vec<&String> = actual.keys().collect();
        if expected_keys != actual_keys {
            return Err(failed(format!(
                "writeErrors at indexes {actual_keys:?}, expected {expected_keys:?}"
            )));
        }
        for (k, exp) in write_errors {
            matcher::matches_root(exp, actual.get(k), entities)
                .map_err(|m| failed(format!("writeErrors.{k}: {m}")))?;
        }
    }
    if let Some(wces) = &expected.write_concern_errors {
        let actual: Vec<Bson> = bulk
            .write_concern_errors
            .iter()
            .map(|w| {
                Bson::Document(write_error_doc(
                    w.code,
                    Some(&w.code_name),
                    &w.message,
                    w.details.as_ref(),
                ))
            })
            .collect();
        if actual.len() != wces.len() {
            return Err(failed(format!(
                "{} write concern errors, expected {}",
                actual.len(),
                wces.len()
            )));
        }
        for (i, (exp, act)) in wces.iter().zip(&actual).enumerate() {
            matcher::matches_root(&Bson::Document(exp.clone()), Some(act), entities)
                .map_err(|m| failed(format!("writeConcernErrors.{i}: {m}")))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::unified::matcher::NoEntities;

    fn expect(json: serde_json::Value) -> ExpectError {
        serde_json::from_value(json).expect("expectError")
    }

    /// A server error as the driver builds it (the driver adds labels
    /// itself, so these errors carry none).
    fn command_error(code: i32, name: &str) -> mongodb::error::Error {
        let reply = doc! {"code": code, "codeName": name, "errmsg": "boom"};
        let err: mongodb::error::CommandError =
            bson::deserialize_from_document(reply).expect("command error");
        ErrorKind::Command(err).into()
    }

    #[test]
    fn code_label_and_kind_are_checked() {
        let e = command_error(112, "WriteConflict");
        let ok = expect(
            serde_json::json!({"errorCode": 112, "errorCodeName": "WriteConflict",
            "errorLabelsOmit": ["TransientTransactionError"], "errorContains": "BOOM"}),
        );
        assert_eq!(check(&ok, &e, &NoEntities, None), Ok(()));
        for wrong in [
            serde_json::json!({"errorCode": 11000}),
            serde_json::json!({"errorCodeName": "DuplicateKey"}),
            serde_json::json!({"errorLabelsContain": ["RetryableWriteError"]}),
            serde_json::json!({"isClientError": true}),
            serde_json::json!({"errorContains": "something else"}),
        ] {
            assert!(
                matches!(
                    check(&expect(wrong.clone()), &e, &NoEntities, None),
                    Err(Mismatch::Failed(_))
                ),
                "{wrong} should not match"
            );
        }
    }

    #[test]
    fn client_error_text_mismatch_is_a_failure() {
        // A connection the server dropped is a client-side error too; its
        // text must not pass for the one the case expects.
        let e: mongodb::error::Error =
            std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection closed").into();
        let exp = expect(
            serde_json::json!({"isClientError": true, "errorContains": "hint is not supported"}),
        );
        assert!(matches!(
            check(&exp, &e, &NoEntities, None),
            Err(Mismatch::Failed(_))
        ));
    }

    #[test]
    fn partial_results_are_checked_not_ignored() {
        let e = command_error(11000, "DuplicateKey");
        let exp =
            expect(serde_json::json!({"isError": true, "expectResult": {"insertedCount": 2}}));
        assert!(matches!(
            check(&exp, &e, &NoEntities, None),
            Err(Mismatch::Failed(_))
        ));
        let timeout = expect(serde_json::json!({"isTimeoutError": true}));
        assert!(matches!(
            check(&timeout, &e, &NoEntities, None),
            Err(Mismatch::Unchecked(_))
        ));
    }
}
