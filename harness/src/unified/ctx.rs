//! The state of one running case (`Ctx`: its entities, the runner's own
//! client, the fail points to turn off) and how a case or a step ends when
//! it does not pass. The operations (`ops/`) act on it; the step executor
//! (`step.rs`) and the case runner (`runner.rs`) stand above both.

use std::collections::HashMap;

use mongodb::Client;

use super::entities::Entities;

/// How a case ended when it did not pass.
#[derive(Debug)]
pub enum Failure {
    /// An expectation about the server's behaviour did not hold.
    Failed(String),
    /// The runner could not carry the case out.
    Error(String),
    /// The case cannot be run (requirements, driver limit), with the reason.
    Skipped(String),
}

/// Why one operation step stopped the case.
pub enum StepError {
    /// An unexpected error from the driver (withTransaction retries on these).
    Driver(mongodb::error::Error),
    Failure(Failure),
}

/// The state of one running case.
pub struct Ctx {
    pub entities: Entities,
    /// URI of the server under test (clients add their uriOptions to it).
    pub uri: String,
    /// The runner's own client: setup, outcome checks, cleanup.
    pub internal: Client,
    /// Failpoints to turn off at the end, with the client that set each.
    pub fail_points: Vec<(Client, String)>,
    pub cursor_sessions: HashMap<String, String>,
}
