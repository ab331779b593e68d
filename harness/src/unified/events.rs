//! Event capture for client entities and the `expectEvents` assertion.
//!
//! Each client entity records the events its `observeEvents` asks for, in the
//! shape the test format writes them (`{commandStartedEvent: {command,
//! commandName, databaseName, hasServiceId, hasServerConnectionId}}`), so an
//! expected event is matched with the ordinary matcher.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use bson::{doc, Document};
use mongodb::event::cmap::CmapEvent;
use mongodb::event::command::CommandEvent;
use mongodb::event::sdam::SdamEvent;

use super::matcher::{self, Lookup};
use super::model::ExpectedEvents;

/// Commands whose events are never recorded unless `observeSensitiveCommands`.
const SENSITIVE: &[&str] = &[
    "authenticate",
    "saslstart",
    "saslcontinue",
    "getnonce",
    "createuser",
    "updateuser",
    "copydbgetnonce",
    "copydbsaslstart",
    "copydb",
];

/// hello/isMaster are sensitive only when they carry speculativeAuthenticate.
fn is_sensitive(name: &str, command: Option<&Document>) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower == "hello" || lower == "ismaster" {
        // The driver redacts the body of a hello that carried
        // speculativeAuthenticate, so an empty body means a sensitive one.
        return command.is_none_or(|c| c.is_empty() || c.contains_key("speculativeAuthenticate"));
    }
    SENSITIVE.contains(&lower.as_str())
}

/// One recorded event: its type name and its fields.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub kind: &'static str,
    pub name: &'static str,
    pub body: Document,
}

impl Recorded {
    pub fn as_document(&self) -> Document {
        doc! { self.name: self.body.clone() }
    }
}

/// What a client entity records, shared with the driver's event handlers.
#[derive(Debug, Default)]
pub struct EventLog {
    observe: HashSet<String>,
    ignore_commands: HashSet<String>,
    observe_sensitive: bool,
    events: Mutex<Vec<Recorded>>,
    /// Database of each started command, for the succeeded/failed events.
    databases: Mutex<HashMap<i32, String>>,
    /// Every command started on this client, observed or not (lsid assertions).
    all_started: Mutex<Vec<Document>>,
    /// Connections checked out and not yet checked in.
    checked_out: std::sync::atomic::AtomicI64,
    /// Request ids of started commands that were not recorded.
    dropped: Mutex<std::collections::HashSet<i32>>,
}

impl EventLog {
    pub fn new(observe: Vec<String>, ignore: Vec<String>, observe_sensitive: bool) -> Arc<Self> {
        Arc::new(EventLog {
            observe: observe.into_iter().collect(),
            ignore_commands: ignore.into_iter().collect(),
            observe_sensitive,
            ..Default::default()
        })
    }

    fn wants_command(&self, name: &str, command: Option<&Document>) -> bool {
        !name.eq_ignore_ascii_case("configureFailPoint")
            && !self.ignore_commands.contains(name)
            && (self.observe_sensitive || !is_sensitive(name, command))
    }

    /// Whether the reply of `request_id` (a started command) should be recorded.
    fn wants_reply(&self, request_id: i32, name: &str) -> bool {
        let dropped = self.dropped.lock().expect("event log").remove(&request_id);
        !dropped
            && !name.eq_ignore_ascii_case("configureFailPoint")
            && !self.ignore_commands.contains(name)
    }

    fn push(&self, kind: &'static str, name: &'static str, body: Document) {
        if self.observe.contains(name) {
            self.events
                .lock()
                .expect("event log")
                .push(Recorded { kind, name, body });
        }
    }

    pub fn on_command(&self, event: CommandEvent) {
        match event {
            CommandEvent::Started(e) => {
                self.databases
                    .lock()
                    .expect("event log")
                    .insert(e.request_id, e.db.clone());
                self.all_started
                    .lock()
                    .expect("event log")
                    .push(e.command.clone());
                if !self.wants_command(&e.command_name, Some(&e.command)) {
                    self.dropped.lock().expect("event log").insert(e.request_id);
                } else {
                    self.push(
                        "command",
                        "commandStartedEvent",
                        doc! {
                            "command": e.command,
                            "commandName": e.command_name,
                            "databaseName": e.db,
                            "hasServiceId": e.service_id.is_some(),
                            "hasServerConnectionId": e.connection.server_id.is_some(),
                        },
                    );
                }
            }
            CommandEvent::Succeeded(e) => {
                let db = self
                    .databases
                    .lock()
                    .expect("event log")
                    .remove(&e.request_id);
                if self.wants_reply(e.request_id, &e.command_name) {
                    let mut body = doc! {
                        "reply": e.reply,
                        "commandName": e.command_name,
                        "hasServiceId": e.service_id.is_some(),
                        "hasServerConnectionId": e.connection.server_id.is_some(),
                    };
                    if let Some(db) = db {
                        body.insert("databaseName", db);
                    }
                    self.push("command", "commandSucceededEvent", body);
                }
            }
            CommandEvent::Failed(e) => {
                let db = self
                    .databases
                    .lock()
                    .expect("event log")
                    .remove(&e.request_id);
                if self.wants_reply(e.request_id, &e.command_name) {
                    let mut body = doc! {
                        "commandName": e.command_name,
                        "hasServiceId": e.service_id.is_some(),
                        "hasServerConnectionId": e.connection.server_id.is_some(),
                    };
                    if let Some(db) = db {
                        body.insert("databaseName", db);
                    }
                    self.push("command", "commandFailedEvent", body);
                }
            }
            _ => {}
        }
    }

    /// Connections currently checked out of this client's pool.
    pub fn checked_out(&self) -> i64 {
        self.checked_out.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn on_cmap(&self, event: CmapEvent) {
        use std::sync::atomic::Ordering::SeqCst;
        match &event {
            CmapEvent::ConnectionCheckedOut(_) => {
                self.checked_out.fetch_add(1, SeqCst);
            }
            CmapEvent::ConnectionCheckedIn(_) => {
                self.checked_out.fetch_sub(1, SeqCst);
            }
            _ => {}
        }
        let (name, body) = match event {
            CmapEvent::PoolCreated(_) => ("poolCreatedEvent", doc! {}),
            CmapEvent::PoolReady(_) => ("poolReadyEvent", doc! {}),
            CmapEvent::PoolCleared(e) => (
                "poolClearedEvent",
                doc! {
                    "hasServiceId": e.service_id.is_some(),
                    "interruptInUseConnections": e.interrupt_in_use_connections,
                },
            ),
            CmapEvent::PoolClosed(_) => ("poolClosedEvent", doc! {}),
            CmapEvent::ConnectionCreated(_) => ("connectionCreatedEvent", doc! {}),
            CmapEvent::ConnectionReady(_) => ("connectionReadyEvent", doc! {}),
            CmapEvent::ConnectionClosed(e) => (
                "connectionClosedEvent",
                doc! { "reason": lower_first(&format!("{:?}", e.reason)) },
            ),
            CmapEvent::ConnectionCheckoutStarted(_) => ("connectionCheckOutStartedEvent", doc! {}),
            CmapEvent::ConnectionCheckoutFailed(e) => (
                "connectionCheckOutFailedEvent",
                doc! { "reason": lower_first(&format!("{:?}", e.reason)) },
            ),
            CmapEvent::ConnectionCheckedOut(_) => ("connectionCheckedOutEvent", doc! {}),
            CmapEvent::ConnectionCheckedIn(_) => ("connectionCheckedInEvent", doc! {}),
            _ => return,
        };
        self.push("cmap", name, body);
    }

    /// SDAM events: the topology's changes, with the types of its
    /// previous and new description (the other SDAM events are not
    /// recorded yet: a case asserting on them fails, it does not pass).
    pub fn on_sdam(&self, event: SdamEvent) {
        fn kind(t: impl std::fmt::Debug) -> String {
            format!("{t:?}")
        }
        match event {
            SdamEvent::TopologyDescriptionChanged(e) => self.push(
                "sdam",
                "topologyDescriptionChangedEvent",
                doc! {
                    "previousDescription": { "type": kind(e.previous_description.topology_type()) },
                    "newDescription": { "type": kind(e.new_description.topology_type()) },
                },
            ),
            SdamEvent::ServerDescriptionChanged(e) => self.push(
                "sdam",
                "serverDescriptionChangedEvent",
                doc! {
                    "previousDescription": { "type": server_type(e.previous_description.server_type()) },
                    "newDescription": { "type": server_type(e.new_description.server_type()) },
                },
            ),
            _ => {}
        }
    }

    /// The recorded events of one type (`command`, `cmap`, `sdam`).
    pub fn of_kind(&self, kind: &str) -> Vec<Recorded> {
        self.events
            .lock()
            .expect("event log")
            .iter()
            .filter(|e| e.kind == kind)
            .cloned()
            .collect()
    }

    /// All recorded events.
    pub fn all(&self) -> Vec<Recorded> {
        self.events.lock().expect("event log").clone()
    }

    /// Every started command, observed or not.
    pub fn started_commands(&self) -> Vec<Document> {
        self.all_started.lock().expect("event log").clone()
    }

    /// Forgets the recorded events.
    pub fn clear(&self) {
        self.events.lock().expect("event log").clear();
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// Checks one `expectEvents` entry against what the client recorded.
pub fn check(expected: &ExpectedEvents, log: &EventLog, lookup: &dyn Lookup) -> Result<(), String> {
    let kind = expected.event_type.as_deref().unwrap_or("command");
    let actual = log.of_kind(kind);
    let ignore_extra = expected.ignore_extra_events.unwrap_or(false);
    if actual.len() < expected.events.len()
        || (!ignore_extra && actual.len() != expected.events.len())
    {
        return Err(format!(
            "expected {} {kind} events for {}, got {}: [{}]",
            expected.events.len(),
            expected.client,
            actual.len(),
            actual
                .iter()
                .map(|e| format!(
                    "{} {}",
                    e.name,
                    e.body.get_str("commandName").unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for (i, (want, got)) in expected.events.iter().zip(&actual).enumerate() {
        let (name, spec) = want.iter().next().ok_or("empty expected event")?;
        if name != got.name {
            return Err(format!(
                "event {i}: expected {name}, got {} {}",
                got.name, got.body
            ));
        }
        let spec = spec
            .as_document()
            .ok_or("expected event is not a document")?;
        for (field, value) in spec {
            let actual_field = got.body.get(field);
            let result = match field.as_str() {
                // Command and reply documents are root documents: extra fields allowed.
                "command" | "reply" => matcher::matches_root(value, actual_field, lookup),
                _ => matcher::matches_exact(value, actual_field, lookup),
            };
            result.map_err(|e| format!("event {i} ({name}) {field}: {e}"))?;
        }
    }
    Ok(())
}

/// The unified format's name of a server type (the driver's `RsPrimary` is
/// the format's `RSPrimary`, and so on).
fn server_type(t: mongodb::ServerType) -> String {
    let name = format!("{t:?}");
    match name.strip_prefix("Rs") {
        Some(rest) => format!("RS{rest}"),
        None => name,
    }
}
