//! Document validation: a collection's `validator` (a query filter, which may
//! be or contain `$jsonSchema`), `validationLevel` and `validationAction`.
//! [`super::Txn::insert`] and [`super::Txn::update`] call it for every write
//! unless the command set `bypassDocumentValidation`, so inserts, updates,
//! upserts, findAndModify and `$out`/`$merge` are all checked the same way.
//!
//! A failing document is refused with DocumentValidationFailure (121) and
//! mongod's `errInfo`: `failingDocumentId` plus `details` explaining which
//! rule failed (the `$jsonSchema` explanation, or per-clause details for
//! query operators).

use crate::error::{Error, ErrorCode, Result};
use crate::query::json_schema::JsonSchema;
use crate::query::Filter;
use crate::value::path::{collect, split};
use bson::{doc, Bson, Document};
use std::sync::Arc;

/// When validation applies (`validationLevel`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Level {
    Off,
    /// Every insert and update.
    Strict,
    /// Inserts, and updates of documents that were valid before.
    Moderate,
}

/// A collection's parsed validation rules.
#[derive(Debug)]
pub struct Validator {
    rules: Document,
    filter: Filter,
    level: Level,
    /// `validationAction: "warn"`: log the failure and write anyway.
    warn: bool,
}

/// Checks `validator`, `validationLevel` and `validationAction` options as
/// `create` and `collMod` receive them.
pub fn check_options(options: &Document) -> Result<()> {
    if let Some(v) = options.get("validator") {
        match v {
            Bson::Document(d) => {
                parse_rules(d)?;
            }
            other => {
                return Err(Error::type_mismatch(format!(
                    "BSON field 'validator' is the wrong type '{}', expected type 'object'",
                    crate::value::type_name(other)
                )))
            }
        }
    }
    level_of(options)?;
    action_of(options)?;
    Ok(())
}

fn parse_rules(rules: &Document) -> Result<Filter> {
    for op in ["$near", "$nearSphere", "$text", "$where", "$geoNear"] {
        if contains_operator(rules, op) {
            return Err(Error::new(
                ErrorCode::QueryFeatureNotAllowed,
                format!("{op} is not allowed in collection validators"),
            ));
        }
    }
    Filter::parse(rules)
}

fn contains_operator(d: &Document, op: &str) -> bool {
    d.iter().any(|(k, v)| {
        k == op
            || match v {
                Bson::Document(sub) => contains_operator(sub, op),
                Bson::Array(a) => a
                    .iter()
                    .any(|e| matches!(e, Bson::Document(sub) if contains_operator(sub, op))),
                _ => false,
            }
    })
}

fn level_of(options: &Document) -> Result<Level> {
    match options.get("validationLevel") {
        None => Ok(Level::Strict),
        Some(Bson::String(s)) => match s.as_str() {
            "off" => Ok(Level::Off),
            "strict" => Ok(Level::Strict),
            "moderate" => Ok(Level::Moderate),
            _ => Err(Error::bad_value(format!(
                "Enumeration value '{s}' for field 'validationLevel' is not a valid value."
            ))),
        },
        Some(v) => Err(Error::type_mismatch(format!(
            "BSON field 'validationLevel' is the wrong type '{}', expected type 'string'",
            crate::value::type_name(v)
        ))),
    }
}

fn action_of(options: &Document) -> Result<bool> {
    match options.get("validationAction") {
        None => Ok(false),
        Some(Bson::String(s)) => match s.as_str() {
            "error" | "errorAndLog" => Ok(false),
            "warn" => Ok(true),
            _ => Err(Error::bad_value(format!(
                "Enumeration value '{s}' for field 'validationAction' is not a valid value."
            ))),
        },
        Some(v) => Err(Error::type_mismatch(format!(
            "BSON field 'validationAction' is the wrong type '{}', expected type 'string'",
            crate::value::type_name(v)
        ))),
    }
}

impl Validator {
    /// The validator of a collection's options; `None` when it has none (or
    /// an empty one) or validation is off.
    pub fn from_options(options: &Document) -> Option<Arc<Validator>> {
        let rules = options.get_document("validator").ok()?;
        if rules.is_empty() {
            return None;
        }
        let level = level_of(options).ok()?;
        if level == Level::Off {
            return None;
        }
        Some(Arc::new(Validator {
            filter: parse_rules(rules).ok()?,
            rules: rules.clone(),
            level,
            warn: action_of(options).ok()?,
        }))
    }

    /// Checks a document about to be inserted.
    pub fn check_insert(&self, doc: &Document) -> Result<()> {
        self.check(doc)
    }

    /// Checks the new version of an updated document. Under the moderate
    /// level, documents that already failed validation may stay invalid.
    pub fn check_update(&self, old: &Document, new: &Document) -> Result<()> {
        if self.level == Level::Moderate && !self.filter.matches(old)? {
            return Ok(());
        }
        self.check(new)
    }

    fn check(&self, doc: &Document) -> Result<()> {
        if self.filter.matches(doc)? {
            return Ok(());
        }
        let id = doc.get("_id").cloned().unwrap_or(Bson::Null);
        if self.warn {
            tracing::warn!(id = %id, "Document would fail validation");
            return Ok(());
        }
        let mut e = Error::new(
            ErrorCode::DocumentValidationFailure,
            "Document failed validation",
        );
        e.extra.insert(
            "errInfo",
            doc! { "failingDocumentId": id, "details": explain(&self.rules, doc) },
        );
        Err(e)
    }
}

/// mongod's explanation of why `doc` fails `rules`: one top-level clause is
/// explained directly, several become `$and` with the clauses not satisfied.
fn explain(rules: &Document, doc: &Document) -> Document {
    let failing: Vec<(usize, Document)> = rules
        .iter()
        .enumerate()
        .filter_map(|(i, (k, v))| {
            let clause = doc! { k.clone(): v.clone() };
            match Filter::parse(&clause).and_then(|f| f.matches(doc)) {
                Ok(true) => None,
                _ => Some((i, explain_clause(k, v, doc))),
            }
        })
        .collect();
    if rules.len() == 1 {
        if let Some((_, d)) = failing.into_iter().next() {
            return d;
        }
        return doc! { "operatorName": "$and", "clausesNotSatisfied": [] };
    }
    doc! {
        "operatorName": "$and",
        "clausesNotSatisfied": failing
            .into_iter()
            .map(|(i, d)| Bson::Document(doc! { "index": i as i32, "details": d }))
            .collect::<Vec<_>>(),
    }
}

fn explain_clause(key: &str, value: &Bson, doc: &Document) -> Document {
    match (key, value) {
        ("$jsonSchema", Bson::Document(schema)) => match JsonSchema::parse(schema) {
            Ok(s) => s.failure_details(doc),
            Err(_) => doc! { "operatorName": "$jsonSchema" },
        },
        ("$and" | "$or" | "$nor", Bson::Array(clauses)) => {
            let details: Vec<Bson> = clauses
                .iter()
                .enumerate()
                .filter_map(|(i, c)| match c {
                    Bson::Document(c) => {
                        let holds = Filter::parse(c)
                            .and_then(|f| f.matches(doc))
                            .unwrap_or(false);
                        // $nor lists the clauses that matched; the others
                        // the clauses that did not.
                        let failed = if key == "$nor" { holds } else { !holds };
                        failed.then(|| {
                            Bson::Document(doc! { "index": i as i32, "details": explain(c, doc) })
                        })
                    }
                    _ => None,
                })
                .collect();
            doc! { "operatorName": key, "clausesNotSatisfied": details }
        }
        ("$expr", e) => doc! {
            "operatorName": "$expr",
            "specifiedAs": { "$expr": e.clone() },
            "reason": "expression did not match",
            "expressionResult": false,
        },
        (path, v) if !path.starts_with('$') => explain_path(path, v, doc),
        (op, v) => doc! { "operatorName": op, "specifiedAs": { op: v.clone() } },
    }
}

/// A field clause: the first operator it names (implicit `$eq` for a
/// plain value), what was specified, and the values that were considered.
fn explain_path(path: &str, value: &Bson, doc: &Document) -> Document {
    let op = match value {
        Bson::Document(d) if d.keys().next().is_some_and(|k| k.starts_with('$')) => {
            d.keys().next().cloned().unwrap_or_default()
        }
        _ => "$eq".to_string(),
    };
    let mut out = doc! {
        "operatorName": op.clone(),
        "specifiedAs": { path: value.clone() },
    };
    let root = Bson::Document(doc.clone());
    let mut found = Vec::new();
    collect(&root, &split(path), &mut found);
    let values: Vec<Bson> = found.into_iter().flatten().cloned().collect();
    match (op.as_str(), values.len()) {
        ("$exists", 0) => {
            out.insert("reason", "path does not exist");
        }
        ("$exists", _) => {
            out.insert("reason", "path does exist");
        }
        (_, 0) => {
            out.insert("reason", "field was missing");
        }
        ("$type", _) => {
            out.insert("reason", "type did not match");
            insert_considered(&mut out, values, true);
        }
        ("$regex", _) => {
            out.insert("reason", "regular expression did not match");
            insert_considered(&mut out, values, false);
        }
        _ => {
            out.insert("reason", "comparison failed");
            insert_considered(&mut out, values, false);
        }
    }
    out
}

fn insert_considered(out: &mut Document, values: Vec<Bson>, with_types: bool) {
    if with_types {
        let types: Vec<Bson> = values
            .iter()
            .map(|v| Bson::String(crate::value::type_name(v).to_string()))
            .collect();
        if types.len() == 1 {
            out.insert("consideredType", types[0].clone());
        } else {
            out.insert("consideredTypes", types);
        }
    }
    if values.len() == 1 {
        out.insert("consideredValue", values.into_iter().next().unwrap());
    } else {
        out.insert("consideredValues", values);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator(options: Document) -> Arc<Validator> {
        Validator::from_options(&options).expect("validator")
    }

    #[test]
    fn query_validators() {
        let v = validator(doc! { "validator": { "x": { "$type": "string" } } });
        assert!(v.check_insert(&doc! { "_id": 1, "x": "a" }).is_ok());
        let e = v.check_insert(&doc! { "_id": 1, "x": 1 }).unwrap_err();
        assert_eq!(e.code, ErrorCode::DocumentValidationFailure);
        let info = e.extra.get_document("errInfo").unwrap();
        assert_eq!(info.get_i32("failingDocumentId").unwrap(), 1);
        let details = info.get_document("details").unwrap();
        assert_eq!(details.get_str("operatorName").unwrap(), "$type");
        assert_eq!(details.get_str("reason").unwrap(), "type did not match");
        assert_eq!(details.get_str("consideredType").unwrap(), "int");
    }

    #[test]
    fn several_clauses_and_missing_fields() {
        let v = validator(doc! { "validator": { "a": { "$gt": 5 }, "b": { "$exists": true } } });
        let e = v.check_insert(&doc! { "_id": 2, "a": 1 }).unwrap_err();
        let details = e
            .extra
            .get_document("errInfo")
            .unwrap()
            .get_document("details")
            .unwrap()
            .clone();
        assert_eq!(details.get_str("operatorName").unwrap(), "$and");
        let clauses = details.get_array("clausesNotSatisfied").unwrap();
        assert_eq!(clauses.len(), 2);
        let first = clauses[0]
            .as_document()
            .unwrap()
            .get_document("details")
            .unwrap();
        assert_eq!(first.get_str("reason").unwrap(), "comparison failed");
        let second = clauses[1]
            .as_document()
            .unwrap()
            .get_document("details")
            .unwrap();
        assert_eq!(second.get_str("reason").unwrap(), "path does not exist");
    }

    #[test]
    fn json_schema_details() {
        let v = validator(doc! { "validator": { "$jsonSchema": { "required": ["name"] } } });
        let e = v.check_insert(&doc! { "_id": 3 }).unwrap_err();
        let details = e
            .extra
            .get_document("errInfo")
            .unwrap()
            .get_document("details")
            .unwrap()
            .clone();
        assert_eq!(details.get_str("operatorName").unwrap(), "$jsonSchema");
    }

    #[test]
    fn levels_and_actions() {
        let moderate = validator(doc! {
            "validator": { "x": { "$gte": 0 } },
            "validationLevel": "moderate",
        });
        // An invalid document may stay invalid; a valid one may not become so.
        assert!(moderate
            .check_update(&doc! { "x": -1 }, &doc! { "x": -2 })
            .is_ok());
        assert!(moderate
            .check_update(&doc! { "x": 1 }, &doc! { "x": -2 })
            .is_err());
        let warn = validator(doc! { "validator": { "x": 1 }, "validationAction": "warn" });
        assert!(warn.check_insert(&doc! { "x": 2 }).is_ok());
        assert!(Validator::from_options(
            &doc! { "validator": { "x": 1 }, "validationLevel": "off" }
        )
        .is_none());
        assert!(check_options(&doc! { "validationLevel": "sometimes" }).is_err());
        assert!(check_options(&doc! { "validator": { "$where": "1" } }).is_err());
        assert!(check_options(&doc! { "validator": { "$bogus": 1 } }).is_err());
    }
}
