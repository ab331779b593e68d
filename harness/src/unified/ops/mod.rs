//! Operations: one file per family, dispatched on the operation name and the
//! kind of entity it runs on.

mod client_bulk_write;
mod collection_mgmt;
mod count;
mod crud;
mod cursor;
mod gridfs;
mod index;
mod run_command;
mod session;
mod test_runner;

pub use test_runner::clear_fail_points;

use bson::{Bson, Document};
use serde::de::DeserializeOwned;

use super::ctx::Ctx;
use super::entities::{Entity, SessionEntity};

/// What an operation produced.
pub enum OpResult {
    /// Nothing to compare (void operations).
    None,
    /// A value for `expectResult` / `saveResultAsEntity`.
    Value(Bson),
    /// A new entity (cursor, change stream) for `saveResultAsEntity`.
    Entity(Entity),
}

/// Why an operation did not produce a result.
pub enum OpError {
    /// The driver (and usually the server) returned an error.
    Driver(mongodb::error::Error),
    /// A `testRunner` assertion did not hold.
    Assertion(String),
    /// The runner cannot run this (bad arguments, unimplemented): an error.
    Runner(String),
    /// The client driver cannot express this: the case is skipped with the reason.
    Skip(String),
}

impl From<mongodb::error::Error> for OpError {
    fn from(e: mongodb::error::Error) -> Self {
        OpError::Driver(e)
    }
}

pub type OpOutcome = Result<OpResult, OpError>;

/// Entity-creation errors that name a limit or out-of-scope feature are skips.
pub fn entity_error(msg: String) -> OpError {
    if msg.starts_with("out of scope")
        || msg.starts_with("driver limit")
        || msg.starts_with("runner limit")
    {
        OpError::Skip(msg)
    } else {
        OpError::Runner(msg)
    }
}

/// Runs one operation against its object.
pub async fn run(name: &str, object: &str, args: Document, ctx: &mut Ctx) -> OpOutcome {
    if object == "testRunner" {
        return test_runner::run(name, args, ctx).await;
    }
    let entity = ctx
        .entities
        .map
        .get(object)
        .cloned()
        .ok_or_else(|| OpError::Runner(format!("no entity {object:?}")))?;
    let result = match &entity {
        Entity::Collection(c) => {
            if name == "count" {
                count::run(object, c, &args, ctx).await
            } else if let Some(r) = crud::run(name, c, &args, ctx).await {
                r
            } else if let Some(r) = index::run(name, c, &args, ctx).await {
                r
            } else if let Some(r) = collection_mgmt::run_on_collection(name, c, &args, ctx).await {
                r
            } else {
                unknown(name, "collection")
            }
        }
        Entity::Database(db) => {
            if let Some(r) = collection_mgmt::run_on_database(name, db, &args, ctx).await {
                r
            } else if let Some(r) = run_command::run(name, db, &args, ctx).await {
                r
            } else {
                unknown(name, "database")
            }
        }
        Entity::Client(c) => collection_mgmt::run_on_client(name, c, &args, ctx)
            .await
            .unwrap_or_else(|| unknown(name, "client")),
        Entity::Session(s) => session::run(name, object, s, &args).await,
        Entity::Bucket(b) => gridfs::run(name, b, &args, ctx).await,
        Entity::ChangeStream(_) | Entity::Cursor(_) => {
            cursor::run(name, object, &entity, ctx).await
        }
        Entity::Value(_) => unknown(name, "value"),
    };
    // A successful operation in a starting transaction moves it to in progress.
    if result.is_ok() {
        if let Ok(Bson::String(s)) = args.get("session").cloned().ok_or(()) {
            if let Ok(session) = ctx.entities.session(&s) {
                session.note_operation();
            }
        }
    }
    result
}

fn unknown(name: &str, on: &str) -> OpOutcome {
    Err(OpError::Runner(format!(
        "operation {name} on a {on} is not implemented by the runner"
    )))
}

/// Arguments with some keys taken out, the rest deserialized as driver options.
pub struct Args {
    rest: Document,
}

impl Args {
    pub fn new(args: &Document) -> Self {
        Args { rest: args.clone() }
    }

    /// Removes and returns an argument.
    pub fn take(&mut self, key: &str) -> Option<Bson> {
        self.rest.remove(key)
    }

    pub fn take_doc(&mut self, key: &str) -> Result<Document, OpError> {
        match self.take(key) {
            Some(Bson::Document(d)) => Ok(d),
            Some(other) => Err(OpError::Runner(format!(
                "argument {key} is not a document: {other}"
            ))),
            None => Err(OpError::Runner(format!("missing argument {key}"))),
        }
    }

    pub fn take_doc_or_empty(&mut self, key: &str) -> Result<Document, OpError> {
        match self.take(key) {
            None => Ok(Document::new()),
            Some(Bson::Document(d)) => Ok(d),
            Some(other) => Err(OpError::Runner(format!(
                "argument {key} is not a document: {other}"
            ))),
        }
    }

    pub fn take_docs(&mut self, key: &str) -> Result<Vec<Document>, OpError> {
        match self.take(key) {
            Some(Bson::Array(a)) => a
                .into_iter()
                .map(|b| match b {
                    Bson::Document(d) => Ok(d),
                    other => Err(OpError::Runner(format!(
                        "{key} holds a non-document: {other}"
                    ))),
                })
                .collect(),
            Some(other) => Err(OpError::Runner(format!(
                "argument {key} is not an array: {other}"
            ))),
            None => Err(OpError::Runner(format!("missing argument {key}"))),
        }
    }

    pub fn take_str(&mut self, key: &str) -> Result<String, OpError> {
        match self.take(key) {
            Some(Bson::String(s)) => Ok(s),
            other => Err(OpError::Runner(format!(
                "argument {key} is not a string: {other:?}"
            ))),
        }
    }

    /// The session entity named by the `session` argument, if any.
    pub fn take_session(&mut self, ctx: &Ctx) -> Result<Option<SessionEntity>, OpError> {
        match self.take("session") {
            None => Ok(None),
            Some(Bson::String(id)) => ctx.entities.session(&id).map(Some).map_err(OpError::Runner),
            Some(other) => Err(OpError::Runner(format!("session argument {other}"))),
        }
    }

    /// The remaining arguments as a driver options struct.
    pub fn options<T: DeserializeOwned + Default>(self) -> Result<T, OpError> {
        if self.rest.is_empty() {
            return Ok(T::default());
        }
        let rest = normalize_option_names(self.rest);
        match bson::deserialize_from_document(rest.clone()) {
            Ok(o) => Ok(o),
            // Some driver option structs read maxTimeMS as milliseconds, others
            // as a serde Duration; try the second shape before giving up.
            Err(first) => bson::deserialize_from_document(durations_as_structs(rest))
                .map_err(|_| OpError::Runner(format!("options: {first}"))),
        }
    }

    pub fn into_rest(self) -> Document {
        self.rest
    }
}

/// The test format spells a few options differently from the driver's serde names.
fn normalize_option_names(mut d: Document) -> Document {
    if let Some(Bson::Document(wc)) = d.get("writeConcern").cloned() {
        if let Ok(w) = super::entities::write_concern(&Bson::Document(wc)) {
            if let Ok(b) = bson::serialize_to_bson(&w) {
                d.insert("writeConcern", b);
            }
        }
    }
    d
}

/// `maxTimeMS: 6000` → `maxTimeMS: {secs: 6, nanos: 0}` (serde's Duration shape).
fn durations_as_structs(mut d: Document) -> Document {
    for key in ["maxTimeMS", "maxAwaitTimeMS", "maxCommitTimeMS"] {
        if let Some(ms) = d.get(key).and_then(super::matcher::as_f64) {
            let ms = ms as u64;
            d.insert(
                key,
                bson::doc! {"secs": (ms / 1000) as i64, "nanos": ((ms % 1000) * 1_000_000) as i64},
            );
        }
    }
    d
}

/// Runs a driver action with the session argument, if there is one.
#[macro_export]
macro_rules! with_session {
    ($session:expr, $action:expr) => {{
        match &$session {
            Some(s) => {
                let mut guard = s.session.lock().await;
                $action.session(&mut *guard).await
            }
            None => $action.await,
        }
    }};
}

/// Serializes a driver result struct into a BSON value.
pub fn to_bson<T: serde::Serialize>(value: &T) -> Result<Bson, OpError> {
    bson::serialize_to_bson(value).map_err(|e| OpError::Runner(format!("serialize result: {e}")))
}
