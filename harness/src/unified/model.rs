//! Serde model of the unified test format (schema 1.x). Unknown fields are
//! denied so a spec file using something the runner does not know fails
//! loudly instead of being half-run; operation arguments stay documents
//! because each operation reads its own.

use bson::{Bson, Document};
use serde::Deserialize;

/// The newest schema version the runner understands.
pub const SUPPORTED_SCHEMA: (u32, u32) = (1, 27);

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TestFile {
    pub description: String,
    pub schema_version: String,
    pub run_on_requirements: Option<Vec<RunOnRequirement>>,
    pub create_entities: Option<Vec<Document>>,
    pub initial_data: Option<Vec<CollectionData>>,
    pub tests: Vec<TestCase>,
    #[serde(rename = "_yamlAnchors")]
    pub yaml_anchors: Option<Bson>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunOnRequirement {
    pub min_server_version: Option<String>,
    pub max_server_version: Option<String>,
    pub topologies: Option<Vec<String>>,
    pub server_parameters: Option<Document>,
    pub auth: Option<bool>,
    pub auth_mechanism: Option<String>,
    pub serverless: Option<String>,
    pub csfle: Option<Bson>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CollectionData {
    pub collection_name: String,
    pub database_name: String,
    pub create_options: Option<Document>,
    pub documents: Vec<Document>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TestCase {
    pub description: String,
    pub run_on_requirements: Option<Vec<RunOnRequirement>>,
    pub skip_reason: Option<String>,
    pub operations: Vec<Operation>,
    pub expect_events: Option<Vec<ExpectedEvents>>,
    pub expect_log_messages: Option<Bson>,
    pub expect_tracing_messages: Option<Bson>,
    pub outcome: Option<Vec<CollectionData>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Operation {
    pub name: String,
    pub object: String,
    pub arguments: Option<Document>,
    pub expect_error: Option<ExpectError>,
    pub expect_result: Option<Bson>,
    pub save_result_as_entity: Option<String>,
    pub ignore_result_and_error: Option<bool>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExpectError {
    pub is_error: Option<bool>,
    pub is_client_error: Option<bool>,
    pub is_timeout_error: Option<bool>,
    pub error_contains: Option<String>,
    pub error_code: Option<i32>,
    pub error_code_name: Option<String>,
    pub error_labels_contain: Option<Vec<String>>,
    pub error_labels_omit: Option<Vec<String>>,
    pub error_response: Option<Document>,
    pub expect_result: Option<Bson>,
    pub write_errors: Option<Document>,
    pub write_concern_errors: Option<Vec<Document>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExpectedEvents {
    pub client: String,
    pub event_type: Option<String>,
    pub events: Vec<Document>,
    pub ignore_extra_events: Option<bool>,
}

/// Parses `"1.13"` into `(1, 13)`.
pub fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    Some((major, minor, patch))
}

/// Reads a spec file (relaxed/canonical extended JSON) into the model.
pub fn load(path: &std::path::Path) -> Result<TestFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let bson = super::json::parse(&text)?;
    bson::deserialize_from_bson(bson).map_err(|e| format!("test format: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(parse_version("1.13"), Some((1, 13, 0)));
        assert_eq!(parse_version("4.4.0"), Some((4, 4, 0)));
        assert_eq!(parse_version("x"), None);
    }
}
