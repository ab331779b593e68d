//! The entity map of one test: clients (with their event logs), databases,
//! collections, sessions, GridFS buckets, change streams, cursors and saved
//! values. Sessions, cursors and change streams sit behind async mutexes
//! because operations borrow them mutably while other entities are in use.

use std::collections::HashMap;
use std::sync::Arc;

use bson::{Bson, Document};
use futures_util::StreamExt;
use mongodb::change_stream::ChangeStream;
use mongodb::options::{
    ClientOptions, CollectionOptions, DatabaseOptions, ReadConcern, ReadPreference,
    ReadPreferenceOptions, SelectionCriteria, ServerApi, ServerApiVersion, SessionOptions,
    WriteConcern,
};
use mongodb::{Client, ClientSession, Collection, Cursor, Database, SessionCursor};
use tokio::sync::Mutex;

use super::events::EventLog;
use super::matcher::Lookup;

/// A client entity and what it observes.
#[derive(Clone)]
pub struct ClientEntity {
    pub client: Client,
    pub events: Arc<EventLog>,
    /// Its driver log messages, when it observes them (`observeLogMessages`).
    pub logs: Option<Arc<super::logs::ClientLogs>>,
    /// Whether it retries reads (`retryReads`, on unless a uriOption turns it
    /// off); the runner's own read helpers (deprecated `count`) honour it.
    pub retry_reads: bool,
}

/// A session entity; the lsid is kept so `$$sessionLsid` works after it ends.
#[derive(Clone)]
pub struct SessionEntity {
    pub session: Arc<Mutex<ClientSession>>,
    pub lsid: Document,
    pub client: String,
    /// Its effective `causalConsistency` (on unless set off or `snapshot`).
    pub causal_consistency: bool,
    /// Whether it is a snapshot session (`snapshot: true`).
    pub snapshot: bool,
    /// The transaction state as the runner drove it (the driver keeps its own
    /// private): none, starting, in_progress, committed, aborted.
    pub state: Arc<std::sync::Mutex<&'static str>>,
}

impl SessionEntity {
    pub fn set_state(&self, state: &'static str) {
        *self.state.lock().expect("session state") = state;
    }

    pub fn state(&self) -> &'static str {
        *self.state.lock().expect("session state")
    }

    /// An operation ran in this session: a starting transaction is now in progress.
    pub fn note_operation(&self) {
        let mut state = self.state.lock().expect("session state");
        if *state == "starting" {
            *state = "in_progress";
        }
    }
}

/// A cursor entity (createFindCursor, createCommandCursor).
pub enum CursorKind {
    Plain(Cursor<Document>),
    Session(SessionCursor<Document>, Arc<Mutex<ClientSession>>),
    /// A cursor that has been closed or exhausted.
    Closed,
}

/// One entity.
#[derive(Clone)]
pub enum Entity {
    Client(ClientEntity),
    Database(Database),
    Collection(Collection<Document>),
    Session(SessionEntity),
    Bucket(mongodb::gridfs::GridFsBucket),
    ChangeStream(Arc<Mutex<ChangeStream<Document>>>),
    Cursor(Arc<Mutex<CursorKind>>),
    Value(Bson),
}

impl Entity {
    pub fn kind(&self) -> &'static str {
        match self {
            Entity::Client(_) => "client",
            Entity::Database(_) => "database",
            Entity::Collection(_) => "collection",
            Entity::Session(_) => "session",
            Entity::Bucket(_) => "bucket",
            Entity::ChangeStream(_) => "changeStream",
            Entity::Cursor(_) => "cursor",
            Entity::Value(_) => "value",
        }
    }
}

/// All entities of a test, by id.
#[derive(Default, Clone)]
pub struct Entities {
    pub map: HashMap<String, Entity>,
    /// The client id each database and collection entity was made from.
    clients_of: HashMap<String, String>,
}

macro_rules! getter {
    ($fn:ident, $variant:ident, $ty:ty) => {
        pub fn $fn(&self, id: &str) -> Result<$ty, String> {
            match self.map.get(id) {
                Some(Entity::$variant(x)) => Ok(x.clone()),
                Some(other) => Err(format!(
                    "entity {id:?} is a {}, not a {}",
                    other.kind(),
                    stringify!($variant)
                )),
                None => Err(format!("no entity {id:?}")),
            }
        }
    };
}

impl Entities {
    getter!(client, Client, ClientEntity);
    getter!(database, Database, Database);
    getter!(collection, Collection, Collection<Document>);
    getter!(session, Session, SessionEntity);
    getter!(bucket, Bucket, mongodb::gridfs::GridFsBucket);
    getter!(
        change_stream,
        ChangeStream,
        Arc<Mutex<ChangeStream<Document>>>
    );
    getter!(cursor, Cursor, Arc<Mutex<CursorKind>>);

    /// The client entity a database or collection entity was made from.
    pub fn client_of(&self, id: &str) -> Result<ClientEntity, String> {
        match self.clients_of.get(id) {
            Some(client) => self.client(client),
            None => Err(format!("entity {id:?} was not made from a client")),
        }
    }

    pub fn insert(&mut self, id: &str, entity: Entity) -> Result<(), String> {
        if self.map.contains_key(id) {
            return Err(format!("entity {id:?} already exists"));
        }
        self.map.insert(id.to_string(), entity);
        Ok(())
    }

    /// Creates the entities of a `createEntities` list.
    pub async fn create(&mut self, list: &[Document], uri: &str) -> Result<(), String> {
        for item in list {
            let (kind, spec) = item.iter().next().ok_or("empty entity description")?;
            let spec = spec
                .as_document()
                .ok_or("entity description is not a document")?;
            let id = spec
                .get_str("id")
                .map_err(|_| "entity without id")?
                .to_string();
            let entity = match kind.as_str() {
                "client" => Entity::Client(make_client(spec, uri).await?),
                "database" => {
                    let client_id = spec.get_str("client").map_err(|e| e.to_string())?;
                    self.clients_of.insert(id.clone(), client_id.to_string());
                    let client = self.client(client_id)?;
                    let name = spec.get_str("databaseName").map_err(|e| e.to_string())?;
                    let opts = match spec.get_document("databaseOptions") {
                        Ok(o) => database_options(o)?,
                        Err(_) => DatabaseOptions::default(),
                    };
                    Entity::Database(client.client.database_with_options(name, opts))
                }
                "collection" => {
                    let db_id = spec.get_str("database").map_err(|e| e.to_string())?;
                    if let Some(client_id) = self.clients_of.get(db_id).cloned() {
                        self.clients_of.insert(id.clone(), client_id);
                    }
                    let db = self.database(db_id)?;
                    let name = spec.get_str("collectionName").map_err(|e| e.to_string())?;
                    let opts = match spec.get_document("collectionOptions") {
                        Ok(o) => collection_options(o)?,
                        Err(_) => CollectionOptions::default(),
                    };
                    Entity::Collection(db.collection_with_options(name, opts))
                }
                "session" => {
                    let client_id = spec.get_str("client").map_err(|e| e.to_string())?;
                    let client = self.client(client_id)?;
                    let opts: Option<SessionOptions> = match spec.get_document("sessionOptions") {
                        Ok(o) => Some(session_options(o)?),
                        Err(_) => None,
                    };
                    let snapshot = opts.as_ref().and_then(|o| o.snapshot).unwrap_or(false);
                    let causal_consistency = opts
                        .as_ref()
                        .and_then(|o| o.causal_consistency)
                        .unwrap_or(!snapshot);
                    let session = client
                        .client
                        .start_session()
                        .with_options(opts)
                        .await
                        .map_err(|e| format!("startSession: {e}"))?;
                    let lsid = session.id().clone();
                    Entity::Session(SessionEntity {
                        session: Arc::new(Mutex::new(session)),
                        lsid,
                        client: client_id.to_string(),
                        causal_consistency,
                        snapshot,
                        state: Arc::new(std::sync::Mutex::new("none")),
                    })
                }
                "bucket" => {
                    let db = self.database(spec.get_str("database").map_err(|e| e.to_string())?)?;
                    let opts: mongodb::options::GridFsBucketOptions =
                        match spec.get_document("bucketOptions") {
                            Ok(o) => {
                                let mut o = o.clone();
                                if let Some(wc) = o.remove("writeConcern") {
                                    o.insert("writeConcern", wc);
                                }
                                bson::deserialize_from_document(o)
                                    .map_err(|e| format!("bucketOptions: {e}"))?
                            }
                            Err(_) => Default::default(),
                        };
                    Entity::Bucket(db.gridfs_bucket(opts))
                }
                "clientEncryption" => {
                    return Err(
                        "out of scope: clientEncryption entity (client-side encryption)".into(),
                    )
                }
                "thread" => return Err("runner limit: thread entities are not implemented".into()),
                other => return Err(format!("unknown entity type {other}")),
            };
            self.insert(&id, entity)?;
        }
        Ok(())
    }
}

impl Lookup for Entities {
    fn entity_value(&self, name: &str) -> Option<Bson> {
        match self.map.get(name) {
            Some(Entity::Value(v)) => Some(v.clone()),
            _ => None,
        }
    }

    fn session_lsid(&self, name: &str) -> Option<Document> {
        match self.map.get(name) {
            Some(Entity::Session(s)) => Some(s.lsid.clone()),
            _ => None,
        }
    }
}

/// Builds a client entity: the test's `uriOptions` on top of the server URI,
/// `serverApi`, and event handlers for what it observes.
async fn make_client(spec: &Document, uri: &str) -> Result<ClientEntity, String> {
    let mut uri = uri.to_string();
    let mut uri_options = spec.get_document("uriOptions").cloned().unwrap_or_default();
    // A fast heartbeat, as the drivers' own runners use: after a state-change
    // error the client rediscovers the server within half a second instead of
    // waiting a full 10 s awaitable hello. Cases that set their own keep it.
    if !uri_options.contains_key("heartbeatFrequencyMS") {
        uri_options.insert("heartbeatFrequencyMS", 500);
    }
    {
        let opts = &uri_options;
        // The case's own options win over the same options of the server
        // URI (a `TARGET=` URI may carry retryWrites, appName, …): the driver
        // refuses an option given twice.
        if let Some((base, query)) = uri.split_once('?') {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| {
                    let key = kv.split('=').next().unwrap_or_default();
                    !kv.is_empty() && !opts.keys().any(|k| k.eq_ignore_ascii_case(key))
                })
                .collect();
            uri = if kept.is_empty() {
                base.to_string()
            } else {
                format!("{base}?{}", kept.join("&"))
            };
        }
        let mut sep = if uri.contains('?') { '&' } else { '?' };
        if !uri.contains('?') && !uri.ends_with('/') {
            uri.push('/');
        }
        for (k, v) in opts {
            let value = match v {
                Bson::String(s) => s.clone(),
                Bson::Boolean(b) => b.to_string(),
                Bson::Int32(i) => i.to_string(),
                Bson::Int64(i) => i.to_string(),
                Bson::Double(d) => d.to_string(),
                Bson::Document(d) if k == "authMechanismProperties" => d
                    .iter()
                    .map(|(k, v)| format!("{k}:{}", v.as_str().unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join(","),
                other => return Err(format!("unsupported uriOption {k}: {other}")),
            };
            uri.push(sep);
            sep = '&';
            uri.push_str(k);
            uri.push('=');
            uri.push_str(&value);
        }
    }
    let mut options = ClientOptions::parse(&uri).await.map_err(|e| {
        format!(
            "driver limit: the Rust driver rejects these uriOptions: {}",
            e.kind
        )
    })?;
    if let Ok(api) = spec.get_document("serverApi") {
        let version = match api.get_str("version") {
            Ok("1") => ServerApiVersion::V1,
            other => return Err(format!("unsupported serverApi version {other:?}")),
        };
        options.server_api = Some(
            ServerApi::builder()
                .version(version)
                .strict(api.get_bool("strict").ok())
                .deprecation_errors(api.get_bool("deprecationErrors").ok())
                .build(),
        );
    }
    let observe: Vec<String> = strings(spec.get("observeEvents"));
    let ignore: Vec<String> = strings(spec.get("ignoreCommandMonitoringEvents"));
    let sensitive = spec.get_bool("observeSensitiveCommands").unwrap_or(false);
    let log = EventLog::new(observe, ignore, sensitive);
    let for_commands = log.clone();
    options.command_event_handler = Some(mongodb::event::EventHandler::callback(move |e| {
        for_commands.on_command(e);
    }));
    let for_cmap = log.clone();
    options.cmap_event_handler = Some(mongodb::event::EventHandler::callback(move |e| {
        for_cmap.on_cmap(e);
    }));
    let logs = match spec.get("observeLogMessages") {
        Some(Bson::Document(levels)) => Some(super::logs::ClientLogs::new(levels)?),
        Some(other) => return Err(format!("observeLogMessages: not a document: {other}")),
        None => None,
    };
    let for_sdam = log.clone();
    let for_logs = logs.clone();
    options.sdam_event_handler = Some(mongodb::event::EventHandler::callback(move |e| {
        // The topology id tags every log message of this client.
        if let (Some(logs), mongodb::event::sdam::SdamEvent::TopologyOpening(opening)) =
            (&for_logs, &e)
        {
            logs.set_topology(opening.topology_id.to_hex());
        }
        for_sdam.on_sdam(e);
    }));
    if spec.contains_key("autoEncryptOpts") {
        return Err("out of scope: client-side encryption (autoEncryptOpts)".into());
    }
    let retry_reads = options.retry_reads != Some(false);
    let client = Client::with_options(options).map_err(|e| format!("client: {e}"))?;
    Ok(ClientEntity {
        client,
        events: log,
        logs,
        retry_reads,
    })
}

fn strings(b: Option<&Bson>) -> Vec<String> {
    match b {
        Some(Bson::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// `{mode, tagSets, maxStalenessSeconds, hedge}` → a selection criteria.
pub fn read_preference(doc: &Document) -> Result<SelectionCriteria, String> {
    let options = Some(ReadPreferenceOptions::default());
    let pref = match doc
        .get_str("mode")
        .map_err(|_| "readPreference without mode")?
    {
        "primary" => ReadPreference::Primary,
        "primaryPreferred" => ReadPreference::PrimaryPreferred { options },
        "secondary" => ReadPreference::Secondary { options },
        "secondaryPreferred" => ReadPreference::SecondaryPreferred { options },
        "nearest" => ReadPreference::Nearest { options },
        other => return Err(format!("unknown read preference mode {other}")),
    };
    Ok(SelectionCriteria::ReadPreference(pref))
}

pub fn read_concern(b: &Bson) -> Result<ReadConcern, String> {
    bson::deserialize_from_bson(b.clone()).map_err(|e| format!("readConcern: {e}"))
}

pub fn write_concern(b: &Bson) -> Result<WriteConcern, String> {
    let mut d = b
        .as_document()
        .ok_or("writeConcern is not a document")?
        .clone();
    // The driver reads `wtimeout` in milliseconds under this name.
    if let Some(v) = d.remove("wtimeoutMS") {
        d.insert("wtimeout", v);
    }
    bson::deserialize_from_document(d).map_err(|e| format!("writeConcern: {e}"))
}

fn database_options(d: &Document) -> Result<DatabaseOptions, String> {
    let mut o = DatabaseOptions::default();
    if let Some(rc) = d.get("readConcern") {
        o.read_concern = Some(read_concern(rc)?);
    }
    if let Some(wc) = d.get("writeConcern") {
        o.write_concern = Some(write_concern(wc)?);
    }
    if let Ok(rp) = d.get_document("readPreference") {
        o.selection_criteria = Some(read_preference(rp)?);
    }
    Ok(o)
}

fn collection_options(d: &Document) -> Result<CollectionOptions, String> {
    let db = database_options(d)?;
    let mut o = CollectionOptions::default();
    o.read_concern = db.read_concern;
    o.write_concern = db.write_concern;
    o.selection_criteria = db.selection_criteria;
    Ok(o)
}

pub fn transaction_options(d: &Document) -> Result<mongodb::options::TransactionOptions, String> {
    let mut o = mongodb::options::TransactionOptions::default();
    if let Some(rc) = d.get("readConcern") {
        o.read_concern = Some(read_concern(rc)?);
    }
    if let Some(wc) = d.get("writeConcern") {
        o.write_concern = Some(write_concern(wc)?);
    }
    if let Ok(rp) = d.get_document("readPreference") {
        o.selection_criteria = Some(read_preference(rp)?);
    }
    if let Some(ms) = d.get("maxCommitTimeMS").and_then(super::matcher::as_f64) {
        o.max_commit_time = Some(std::time::Duration::from_millis(ms as u64));
    }
    Ok(o)
}

fn session_options(d: &Document) -> Result<SessionOptions, String> {
    let mut o = SessionOptions::default();
    o.causal_consistency = d.get_bool("causalConsistency").ok();
    o.snapshot = d.get_bool("snapshot").ok();
    if let Ok(t) = d.get_document("defaultTransactionOptions") {
        o.default_transaction_options = Some(transaction_options(t)?);
    }
    Ok(o)
}

/// Drains a plain cursor into documents.
pub async fn collect_cursor(
    mut cursor: Cursor<Document>,
) -> Result<Vec<Bson>, mongodb::error::Error> {
    let mut out = Vec::new();
    while let Some(doc) = cursor.next().await {
        out.push(Bson::Document(doc?));
    }
    Ok(out)
}
