//! `observeLogMessages` / `expectLogMessages`: the driver's log messages,
//! captured per client.
//!
//! The Rust driver (feature `tracing-unstable`) emits the logging spec's
//! messages as `tracing` events with targets `mongodb::command`,
//! `mongodb::connection`, `mongodb::server_selection` and
//! `mongodb::topology`, and every event carries the `topologyId` of the
//! client that emitted it. One process-wide subscriber ([`install`]) keeps
//! the driver's events while any client observes logs; each observing
//! client learns its topology id from its own `TopologyOpeningEvent`, so its
//! messages are told apart from those of the other clients of the case and
//! of the cases running on other threads.
//!
//! Messages are compared as the unified format says: in order, each
//! expected `{level, component, data}` against the next observed message,
//! `data` matched as a root document (extra fields allowed);
//! `ignoreMessages` drops observed messages first, `ignoreExtraMessages`
//! allows more observed messages than expected. `failureIsRedacted` is
//! read from the driver's failure text: the driver replaces a sensitive
//! command's error message with `REDACTED` and its reply with
//! `{"redacted": true}`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use bson::{Bson, Document};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Layer};
use tracing_subscriber::prelude::*;

use super::matcher::{self, Lookup};

/// One captured driver log message.
#[derive(Clone, Debug)]
pub struct Message {
    pub topology_id: String,
    /// The unified format's component name (`command`, `serverSelection`, …).
    pub component: &'static str,
    /// The unified format's level name (`debug`, `info`, …).
    pub level: &'static str,
    /// Every field of the event; the text is in `message`.
    pub data: Document,
}

/// Clients observing logs right now; the driver's events are kept only
/// while this is above zero (formatting them costs the driver time).
static OBSERVERS: AtomicUsize = AtomicUsize::new(0);
static CAPTURED: Mutex<Vec<Message>> = Mutex::new(Vec::new());
/// The topology ids of the observing clients: messages of other clients
/// (of cases running at the same time) are not kept.
static WATCHED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn watched() -> std::sync::MutexGuard<'static, Vec<String>> {
    WATCHED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn component(target: &str) -> Option<&'static str> {
    Some(match target {
        "mongodb::command" => "command",
        "mongodb::connection" => "connection",
        "mongodb::server_selection" => "serverSelection",
        "mongodb::topology" => "topology",
        _ => return None,
    })
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::ERROR => "error",
        Level::WARN => "warn",
        Level::INFO => "info",
        Level::DEBUG => "debug",
        Level::TRACE => "trace",
    }
}

/// Severity rank of a unified-format level name (lower is more severe);
/// the syslog names the format allows map onto tracing's five levels.
fn rank(level: &str) -> Option<u8> {
    Some(match level {
        "emergency" | "alert" | "critical" | "error" => 0,
        "warning" | "warn" => 1,
        "notice" | "info" | "informational" => 2,
        "debug" => 3,
        "trace" => 4,
        // "off", or a name the format does not have.
        _ => return None,
    })
}

struct Capture;

impl<S: Subscriber> Layer<S> for Capture {
    fn register_callsite(
        &self,
        metadata: &'static Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        if component(metadata.target()).is_some() {
            // Asked again at each event: capture only while observed.
            tracing::subscriber::Interest::sometimes()
        } else {
            tracing::subscriber::Interest::never()
        }
    }

    fn enabled(&self, metadata: &Metadata<'_>, _: Context<'_, S>) -> bool {
        component(metadata.target()).is_some() && OBSERVERS.load(Ordering::SeqCst) > 0
    }

    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let Some(component) = component(event.metadata().target()) else {
            return;
        };
        let mut fields = Fields(Document::new());
        event.record(&mut fields);
        let topology_id = fields
            .0
            .get_str("topologyId")
            .unwrap_or_default()
            .to_string();
        if !watched().contains(&topology_id) {
            return;
        }
        let message = Message {
            topology_id,
            component,
            level: level_name(*event.metadata().level()),
            data: fields.0,
        };
        CAPTURED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(message);
    }
}

/// An event's fields as a document, with the types the driver gave them.
struct Fields(Document);

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name(), value);
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.insert(field.name(), value);
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0
            .insert(field.name(), wide_int(i64::try_from(value), value as f64));
    }
    fn record_i128(&mut self, field: &Field, value: i128) {
        self.0
            .insert(field.name(), wide_int(i64::try_from(value), value as f64));
    }
    fn record_u128(&mut self, field: &Field, value: u128) {
        self.0
            .insert(field.name(), wide_int(i64::try_from(value), value as f64));
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.0.insert(field.name(), value);
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.insert(field.name(), value);
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name(), format!("{value:?}"));
    }
}

/// An integer wider than BSON's: an Int64 when it fits, else its double.
fn wide_int<E>(fits: Result<i64, E>, approx: f64) -> Bson {
    fits.map_or(Bson::Double(approx), Bson::Int64)
}

/// Installs the capturing subscriber once for the process (idempotent; a
/// process that already has another global subscriber gets none, and its
/// observing clients then see no messages).
pub fn install() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let _ = tracing_subscriber::registry().with(Capture).try_init();
    });
}

/// What one client observes: a level per component, and its topology id
/// once the driver announced it.
#[derive(Debug)]
pub struct ClientLogs {
    levels: BTreeMap<String, u8>,
    topology_id: OnceLock<String>,
}

impl ClientLogs {
    /// From the client's `observeLogMessages` document; counts the client
    /// as an observer until dropped.
    pub fn new(spec: &Document) -> Result<Arc<Self>, String> {
        let mut levels = BTreeMap::new();
        for (component, level) in spec {
            let level = level
                .as_str()
                .ok_or_else(|| format!("observeLogMessages.{component}: not a string"))?;
            if let Some(r) = rank(level) {
                levels.insert(component.clone(), r);
            }
        }
        install();
        OBSERVERS.fetch_add(1, Ordering::SeqCst);
        Ok(Arc::new(ClientLogs {
            levels,
            topology_id: OnceLock::new(),
        }))
    }

    /// Called with the client's `TopologyOpeningEvent`.
    pub fn set_topology(&self, id: String) {
        if self.topology_id.set(id.clone()).is_ok() {
            watched().push(id);
        }
    }

    /// The messages this client logged so far, for the components and
    /// levels it observes.
    pub fn messages(&self) -> Vec<Message> {
        let Some(id) = self.topology_id.get() else {
            return Vec::new();
        };
        CAPTURED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .filter(|m| &m.topology_id == id)
            .filter(|m| {
                let wanted = self
                    .levels
                    .get(m.component)
                    .or_else(|| self.levels.get("all"));
                matches!((wanted, rank(m.level)), (Some(w), Some(r)) if r <= *w)
            })
            .cloned()
            .collect()
    }
}

impl Drop for ClientLogs {
    fn drop(&mut self) {
        OBSERVERS.fetch_sub(1, Ordering::SeqCst);
        if let Some(id) = self.topology_id.get() {
            watched().retain(|w| w != id);
            CAPTURED
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .retain(|m| &m.topology_id != id);
        }
    }
}

/// Checks one `expectLogMessages` entry against what its client logged.
pub fn check(expected: &Document, logs: &ClientLogs, entities: &dyn Lookup) -> Result<(), String> {
    let client = expected.get_str("client").unwrap_or("?");
    let ignore: Vec<&Document> = match expected.get("ignoreMessages") {
        Some(Bson::Array(a)) => a.iter().filter_map(Bson::as_document).collect(),
        _ => Vec::new(),
    };
    let ignore_extra = expected.get_bool("ignoreExtraMessages").unwrap_or(false);
    let wanted: Vec<&Document> = match expected.get("messages") {
        Some(Bson::Array(a)) => a.iter().filter_map(Bson::as_document).collect(),
        _ => return Err(format!("expectLogMessages for {client}: no messages array")),
    };
    let actual: Vec<Message> = logs
        .messages()
        .into_iter()
        .filter(|m| {
            !ignore
                .iter()
                .any(|i| matches_message(i, m, entities).is_ok())
        })
        .collect();
    if actual.len() < wanted.len() || (!ignore_extra && actual.len() != wanted.len()) {
        return Err(format!(
            "client {client}: expected {} log messages, got {}: {}",
            wanted.len(),
            actual.len(),
            summary(&actual)
        ));
    }
    for (i, (w, a)) in wanted.iter().zip(&actual).enumerate() {
        matches_message(w, a, entities)
            .map_err(|e| format!("client {client}: log message {i}: {e}"))?;
    }
    Ok(())
}

fn matches_message(
    expected: &Document,
    actual: &Message,
    entities: &dyn Lookup,
) -> Result<(), String> {
    if let Ok(level) = expected.get_str("level") {
        if rank(level) != rank(actual.level) {
            return Err(format!("level: expected {level}, got {}", actual.level));
        }
    }
    if let Ok(component) = expected.get_str("component") {
        if component != actual.component {
            return Err(format!(
                "component: expected {component}, got {}",
                actual.component
            ));
        }
    }
    if let Ok(redacted) = expected.get_bool("failureIsRedacted") {
        let failure = actual
            .data
            .get_str("failure")
            .map_err(|_| "failureIsRedacted: the message has no failure".to_string())?;
        if failure.contains("REDACTED") != redacted {
            return Err(format!(
                "failure {} redacted: {failure}",
                if redacted { "not" } else { "unexpectedly" }
            ));
        }
    }
    if let Ok(data) = expected.get_document("data") {
        matcher::matches_root(
            &Bson::Document(data.clone()),
            Some(&Bson::Document(actual.data.clone())),
            entities,
        )
        .map_err(|e| format!("data: {e}"))?;
    }
    Ok(())
}

fn summary(messages: &[Message]) -> String {
    let texts: Vec<String> = messages
        .iter()
        .map(|m| {
            format!(
                "{}/{} {:?}",
                m.component,
                m.level,
                m.data.get_str("message").unwrap_or("?")
            )
        })
        .collect();
    format!("[{}]", texts.join(", "))
}

/// The fields the Rust driver (3.9) puts in every command log message;
/// the logging specification has since added `databaseName` to the
/// succeeded and failed messages, which this driver does not emit.
const COMMAND_FIELDS: &[&str] = &[
    "message",
    "topologyId",
    "commandName",
    "requestId",
    "driverConnectionId",
    "serverConnectionId",
    "serverHost",
    "serverPort",
    "serviceId",
];

/// The fields each command log message has besides [`COMMAND_FIELDS`].
const MESSAGE_FIELDS: &[(&str, &[&str])] = &[
    ("Command started", &["command", "databaseName"]),
    ("Command succeeded", &["reply", "durationMS"]),
    ("Command failed", &["failure", "durationMS"]),
];

/// Whether this driver can produce what `expectLogMessages` asks for: a
/// case that expects a field the driver never logs is a driver limit
/// (skipped with that reason), not a failure of the server.
pub fn expressible(expected: &Bson) -> Result<(), String> {
    let entries = expected.as_array().into_iter().flatten();
    for entry in entries.filter_map(Bson::as_document) {
        let messages = entry.get_array("messages").into_iter().flatten();
        for data in messages
            .filter_map(Bson::as_document)
            .filter_map(|m| m.get_document("data").ok())
        {
            let Ok(text) = data.get_str("message") else {
                continue;
            };
            let Some((_, own)) = MESSAGE_FIELDS.iter().find(|(m, _)| *m == text) else {
                continue;
            };
            let logged = |k: &str| COMMAND_FIELDS.contains(&k) || own.contains(&k);
            if let Some(missing) = data.keys().find(|k| !logged(k)) {
                return Err(format!(
                    "driver limit: the Rust driver's \"{text}\" log message has no {missing} field"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    #[test]
    fn a_field_the_driver_never_logs_is_a_driver_limit() {
        let expected = |data: Document| bson!([{ "client": "c", "messages": [{ "data": data }] }]);
        assert!(expressible(&expected(
            doc! { "message": "Command started", "databaseName": "d" }
        ))
        .is_ok());
        let err = expressible(&expected(
            doc! { "message": "Command succeeded", "databaseName": "d" },
        ))
        .unwrap_err();
        assert!(err.starts_with("driver limit:"), "{err}");
        // Messages of other components are not judged here.
        assert!(expressible(&expected(doc! { "message": "Connection created", "x": 1 })).is_ok());
    }

    #[test]
    fn levels_and_components() {
        assert_eq!(
            component("mongodb::server_selection"),
            Some("serverSelection")
        );
        assert_eq!(component("secantusdb::x"), None);
        assert!(rank("error") < rank("debug"));
        assert_eq!(rank("warning"), rank("warn"));
    }
}
