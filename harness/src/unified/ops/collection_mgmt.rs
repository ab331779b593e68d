//! Collection and database management: createCollection, dropCollection,
//! listCollections (and names), listDatabases (and names), rename,
//! modifyCollection, change streams on any level.

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::{
    ChangeStreamOptions, CreateCollectionOptions, DropCollectionOptions, ListCollectionsOptions,
    ListDatabasesOptions,
};
use mongodb::{Collection, Database};

use super::{to_bson, Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;
use crate::unified::entities::{ClientEntity, Entity, SessionEntity};
use crate::with_session;

fn not_mine() -> OpError {
    OpError::Runner(String::new())
}

fn wrap(r: OpOutcome) -> Option<OpOutcome> {
    match r {
        Err(OpError::Runner(m)) if m.is_empty() => None,
        other => Some(other),
    }
}

pub async fn run_on_collection(
    name: &str,
    c: &Collection<Document>,
    args: &Document,
    ctx: &Ctx,
) -> Option<OpOutcome> {
    let mut a = Args::new(args);
    let r = async {
        let session = a.take_session(ctx)?;
        match name {
            "rename" => {
                let to = a.take_str("to")?;
                let ns = c.namespace();
                let mut cmd =
                    doc! {"renameCollection": ns.to_string(), "to": format!("{}.{}", ns.db, to)};
                if let Some(drop) = a.take("dropTarget") {
                    cmd.insert("dropTarget", drop);
                }
                let admin = c.client().database("admin");
                with_session!(session, admin.run_command(cmd))?;
                Ok(OpResult::None)
            }
            "createChangeStream" => change_stream(a, session, |p| c.watch().pipeline(p)).await,
            "drop" => {
                with_session!(session, c.drop())?;
                Ok(OpResult::None)
            }
            _ => Err(not_mine()),
        }
    }
    .await;
    wrap(r)
}

pub async fn run_on_database(
    name: &str,
    db: &Database,
    args: &Document,
    ctx: &Ctx,
) -> Option<OpOutcome> {
    let mut a = Args::new(args);
    let r = async {
        let session = a.take_session(ctx)?;
        match name {
            "createCollection" => {
                let coll = a.take_str("collection")?;
                let opts: CreateCollectionOptions = a.options()?;
                with_session!(session, db.create_collection(&coll).with_options(opts))?;
                // The result is the new collection, which tests may save as an entity.
                Ok(OpResult::Entity(Entity::Collection(db.collection(&coll))))
            }
            "dropCollection" => {
                let coll = a.take_str("collection")?;
                let opts: DropCollectionOptions = a.options()?;
                with_session!(
                    session,
                    db.collection::<Document>(&coll).drop().with_options(opts)
                )?;
                Ok(OpResult::None)
            }
            "listCollections" | "listCollectionObjects" => {
                let filter = a.take_doc_or_empty("filter")?;
                let opts: ListCollectionsOptions = a.options()?;
                let specs: Vec<_> = match &session {
                    Some(s) => {
                        let mut guard = s.session.lock().await;
                        let mut cursor = db
                            .list_collections()
                            .filter(filter)
                            .with_options(opts)
                            .session(&mut *guard)
                            .await?;
                        cursor.stream(&mut guard).try_collect().await?
                    }
                    None => {
                        db.list_collections()
                            .filter(filter)
                            .with_options(opts)
                            .await?
                            .try_collect()
                            .await?
                    }
                };
                let mut out = Vec::new();
                for s in &specs {
                    out.push(to_bson(s)?);
                }
                Ok(OpResult::Value(Bson::Array(out)))
            }
            "listCollectionNames" => {
                let filter = a.take_doc_or_empty("filter")?;
                let names = with_session!(session, db.list_collection_names().filter(filter))?;
                Ok(OpResult::Value(names.into()))
            }
            "modifyCollection" => {
                let coll = a.take_str("collection")?;
                let mut cmd = doc! {"collMod": coll};
                cmd.extend(a.into_rest());
                with_session!(session, db.run_command(cmd))?;
                Ok(OpResult::None)
            }
            "dropDatabase" => {
                with_session!(session, db.drop())?;
                Ok(OpResult::None)
            }
            "createChangeStream" => change_stream(a, session, |p| db.watch().pipeline(p)).await,
            _ => Err(not_mine()),
        }
    }
    .await;
    wrap(r)
}

pub async fn run_on_client(
    name: &str,
    c: &ClientEntity,
    args: &Document,
    ctx: &Ctx,
) -> Option<OpOutcome> {
    let mut a = Args::new(args);
    let client = &c.client;
    let r = async {
        let session = a.take_session(ctx)?;
        match name {
            "listDatabases" | "listDatabaseObjects" => {
                let filter = a.take_doc_or_empty("filter")?;
                let opts: ListDatabasesOptions = a.options()?;
                let dbs = with_session!(
                    session,
                    client.list_databases().filter(filter).with_options(opts)
                )?;
                let mut out = Vec::new();
                for d in &dbs {
                    out.push(to_bson(d)?);
                }
                Ok(OpResult::Value(Bson::Array(out)))
            }
            "listDatabaseNames" => {
                let filter = a.take_doc_or_empty("filter")?;
                let names = with_session!(session, client.list_database_names().filter(filter))?;
                Ok(OpResult::Value(names.into()))
            }
            "createChangeStream" => change_stream(a, session, |p| client.watch().pipeline(p)).await,
            "clientBulkWrite" => super::client_bulk_write::run(c, args, ctx).await,
            "dropDatabase" => {
                let name = a.take_str("database")?;
                with_session!(session, client.database(&name).drop())?;
                Ok(OpResult::None)
            }
            "close" => Ok(OpResult::None),
            "appendMetadata" => {
                let info: mongodb::options::DriverInfo =
                    bson::deserialize_from_document(a.take_doc("driverInfoOptions")?)
                        .map_err(|e| OpError::Runner(format!("driverInfoOptions: {e}")))?;
                client.append_metadata(info)?;
                Ok(OpResult::None)
            }
            _ => Err(not_mine()),
        }
    }
    .await;
    wrap(r)
}

/// createChangeStream on a client, database or collection.
async fn change_stream<'a, W>(
    mut a: Args,
    session: Option<SessionEntity>,
    watch: impl FnOnce(Vec<Document>) -> W,
) -> OpOutcome
where
    W: WatchAction<'a>,
{
    let pipeline = a.take_docs("pipeline").unwrap_or_default();
    let opts: ChangeStreamOptions = a.options()?;
    if session.is_some() {
        return Err(OpError::Skip(
            "runner limit: change streams bound to a session entity are not implemented".into(),
        ));
    }
    // Events stay raw documents: the tests match fields a typed event
    // would drop (new fields, projected shapes).
    let stream = watch(pipeline)
        .with_opts(opts)
        .await?
        .with_type::<Document>();
    Ok(OpResult::Entity(Entity::ChangeStream(std::sync::Arc::new(
        tokio::sync::Mutex::new(stream),
    ))))
}

/// The driver's `watch()` builders, seen alike.
pub trait WatchAction<'a> {
    fn with_opts(
        self,
        opts: ChangeStreamOptions,
    ) -> futures_util::future::BoxFuture<
        'a,
        mongodb::error::Result<
            mongodb::change_stream::ChangeStream<
                mongodb::change_stream::event::ChangeStreamEvent<Document>,
            >,
        >,
    >;
}

impl<'a> WatchAction<'a> for mongodb::action::Watch<'a> {
    fn with_opts(
        self,
        opts: ChangeStreamOptions,
    ) -> futures_util::future::BoxFuture<
        'a,
        mongodb::error::Result<
            mongodb::change_stream::ChangeStream<
                mongodb::change_stream::event::ChangeStreamEvent<Document>,
            >,
        >,
    > {
        Box::pin(async move { self.with_options(opts).await })
    }
}
