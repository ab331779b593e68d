//! CRUD operations on a collection: inserts, updates, replaces, deletes,
//! finds, findOneAnd*, aggregate, counts, distinct and collection bulkWrite.
//! The deprecated `count` helper, which the Rust driver lacks, is `count.rs`.

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::{
    AggregateOptions, CountOptions, DeleteOptions, DistinctOptions, EstimatedDocumentCountOptions,
    FindOneAndDeleteOptions, FindOneAndReplaceOptions, FindOneAndUpdateOptions, FindOneOptions,
    FindOptions, InsertManyOptions, InsertOneOptions, ReplaceOptions, UpdateModifications,
    UpdateOptions,
};
use mongodb::Collection;

use super::{Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;
use crate::unified::entities::{Entity, SessionEntity};
use crate::with_session;

/// Runs `name` if it is a CRUD operation; `None` otherwise.
pub async fn run(
    name: &str,
    c: &Collection<Document>,
    args: &Document,
    ctx: &Ctx,
) -> Option<OpOutcome> {
    let mut a = Args::new(args);
    let session = match a.take_session(ctx) {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    let r = match name {
        "insertOne" => insert_one(c, a, session).await,
        "insertMany" => insert_many(c, a, session).await,
        "updateOne" | "updateMany" => update(c, a, session, name == "updateMany").await,
        "replaceOne" => replace_one(c, a, session).await,
        "deleteOne" | "deleteMany" => delete(c, a, session, name == "deleteMany").await,
        "find" => find(c, a, session).await,
        "findOne" => find_one(c, a, session).await,
        "createFindCursor" => create_find_cursor(c, a, session).await,
        "aggregate" => aggregate(c, a, session).await,
        "countDocuments" => count_documents(c, a, session).await,
        "estimatedDocumentCount" => estimated_count(c, a).await,
        "distinct" => distinct(c, a, session).await,
        "findOneAndUpdate" => find_one_and_update(c, a, session).await,
        "findOneAndReplace" => find_one_and_replace(c, a, session).await,
        "findOneAndDelete" => find_one_and_delete(c, a, session).await,
        "bulkWrite" => bulk_write(c, a, session).await,
        "mapReduce" => Err(OpError::Skip(
            "driver limit: the Rust driver has no mapReduce helper".into(),
        )),
        _ => return None,
    };
    Some(r)
}

fn value(b: impl Into<Bson>) -> OpOutcome {
    Ok(OpResult::Value(b.into()))
}

async fn insert_one(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let document = a.take_doc("document")?;
    let opts: InsertOneOptions = a.options()?;
    let r = with_session!(s, c.insert_one(document).with_options(opts))?;
    value(doc! {"insertedId": r.inserted_id})
}

fn inserted_ids(ids: &std::collections::HashMap<usize, Bson>) -> Document {
    let mut keys: Vec<&usize> = ids.keys().collect();
    keys.sort();
    keys.into_iter()
        .map(|k| (k.to_string(), ids[k].clone()))
        .collect()
}

async fn insert_many(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let documents = a.take_docs("documents")?;
    let opts: InsertManyOptions = a.options()?;
    let r = with_session!(s, c.insert_many(documents).with_options(opts))?;
    value(doc! {"insertedIds": inserted_ids(&r.inserted_ids)})
}

fn update_modifications(b: Option<Bson>) -> Result<UpdateModifications, OpError> {
    match b {
        Some(Bson::Document(d)) => Ok(UpdateModifications::Document(d)),
        Some(Bson::Array(a)) => Ok(UpdateModifications::Pipeline(
            a.into_iter()
                .map(|s| match s {
                    Bson::Document(d) => Ok(d),
                    other => Err(OpError::Runner(format!("pipeline stage {other}"))),
                })
                .collect::<Result<_, _>>()?,
        )),
        other => Err(OpError::Runner(format!("bad update argument {other:?}"))),
    }
}

fn update_result(r: mongodb::results::UpdateResult) -> OpOutcome {
    let mut d = doc! {
        "matchedCount": r.matched_count as i64,
        "modifiedCount": r.modified_count as i64,
        "upsertedCount": i64::from(r.upserted_id.is_some()),
    };
    if let Some(id) = r.upserted_id {
        d.insert("upsertedId", id);
    }
    value(d)
}

async fn update(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
    many: bool,
) -> OpOutcome {
    let filter = a.take_doc("filter")?;
    let update = update_modifications(a.take("update"))?;
    let opts: UpdateOptions = a.options()?;
    let r = if many {
        with_session!(s, c.update_many(filter, update).with_options(opts))?
    } else {
        with_session!(s, c.update_one(filter, update).with_options(opts))?
    };
    update_result(r)
}

async fn replace_one(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let filter = a.take_doc("filter")?;
    let replacement = a.take_doc("replacement")?;
    let opts: ReplaceOptions = a.options()?;
    let r = with_session!(s, c.replace_one(filter, replacement).with_options(opts))?;
    update_result(r)
}

async fn delete(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
    many: bool,
) -> OpOutcome {
    let filter = a.take_doc("filter")?;
    let opts: DeleteOptions = a.options()?;
    let r = if many {
        with_session!(s, c.delete_many(filter).with_options(opts))?
    } else {
        with_session!(s, c.delete_one(filter).with_options(opts))?
    };
    value(doc! {"deletedCount": r.deleted_count as i64})
}

async fn find(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let filter = a.take_doc_or_empty("filter")?;
    let opts: FindOptions = a.options()?;
    let docs: Vec<Document> = match &s {
        Some(s) => {
            let mut guard = s.session.lock().await;
            let mut cursor = c
                .find(filter)
                .with_options(opts)
                .session(&mut *guard)
                .await?;
            cursor.stream(&mut guard).try_collect().await?
        }
        None => {
            c.find(filter)
                .with_options(opts)
                .await?
                .try_collect()
                .await?
        }
    };
    value(docs)
}

async fn find_one(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let filter = a.take_doc_or_empty("filter")?;
    let opts: FindOneOptions = a.options()?;
    let r = with_session!(s, c.find_one(filter).with_options(opts))?;
    value(r.map(Bson::Document).unwrap_or(Bson::Null))
}

async fn create_find_cursor(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
) -> OpOutcome {
    use crate::unified::entities::CursorKind;
    let filter = a.take_doc("filter")?;
    let opts: FindOptions = a.options()?;
    let kind = match &s {
        Some(s) => {
            let mut guard = s.session.lock().await;
            let cursor = c
                .find(filter)
                .with_options(opts)
                .session(&mut *guard)
                .await?;
            CursorKind::Session(cursor, s.session.clone())
        }
        None => CursorKind::Plain(c.find(filter).with_options(opts).await?),
    };
    Ok(OpResult::Entity(Entity::Cursor(std::sync::Arc::new(
        tokio::sync::Mutex::new(kind),
    ))))
}

async fn aggregate(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let pipeline = a.take_docs("pipeline")?;
    let opts: AggregateOptions = a.options()?;
    let docs: Vec<Document> = match &s {
        Some(s) => {
            let mut guard = s.session.lock().await;
            let mut cursor = c
                .aggregate(pipeline)
                .with_options(opts)
                .session(&mut *guard)
                .await?;
            cursor.stream(&mut guard).try_collect().await?
        }
        None => {
            c.aggregate(pipeline)
                .with_options(opts)
                .await?
                .try_collect()
                .await?
        }
    };
    value(docs)
}

async fn count_documents(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
) -> OpOutcome {
    let filter = a.take_doc_or_empty("filter")?;
    let opts: CountOptions = a.options()?;
    let n = with_session!(s, c.count_documents(filter).with_options(opts))?;
    value(n as i64)
}

async fn estimated_count(c: &Collection<Document>, a: Args) -> OpOutcome {
    let opts: EstimatedDocumentCountOptions = a.options()?;
    let n = c.estimated_document_count().with_options(opts).await?;
    value(n as i64)
}

async fn distinct(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let field = a.take_str("fieldName")?;
    let filter = a.take_doc_or_empty("filter")?;
    let opts: DistinctOptions = a.options()?;
    let values = with_session!(s, c.distinct(&field, filter).with_options(opts))?;
    value(values)
}

fn or_null(d: Option<Document>) -> OpOutcome {
    value(d.map(Bson::Document).unwrap_or(Bson::Null))
}

async fn find_one_and_update(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
) -> OpOutcome {
    let filter = a.take_doc("filter")?;
    let update = update_modifications(a.take("update"))?;
    let opts: FindOneAndUpdateOptions = a.options()?;
    or_null(with_session!(
        s,
        c.find_one_and_update(filter, update).with_options(opts)
    )?)
}

async fn find_one_and_replace(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
) -> OpOutcome {
    let filter = a.take_doc("filter")?;
    let replacement = a.take_doc("replacement")?;
    let opts: FindOneAndReplaceOptions = a.options()?;
    or_null(with_session!(
        s,
        c.find_one_and_replace(filter, replacement)
            .with_options(opts)
    )?)
}

async fn find_one_and_delete(
    c: &Collection<Document>,
    mut a: Args,
    s: Option<SessionEntity>,
) -> OpOutcome {
    let filter = a.take_doc("filter")?;
    let opts: FindOneAndDeleteOptions = a.options()?;
    or_null(with_session!(
        s,
        c.find_one_and_delete(filter).with_options(opts)
    )?)
}

/// The Rust driver has no collection-level bulkWrite. A batch made only of
/// inserts is the same `insert` command insertMany sends, so it runs as one;
/// anything else cannot be sent as mongod would receive it from a driver.
async fn bulk_write(c: &Collection<Document>, mut a: Args, s: Option<SessionEntity>) -> OpOutcome {
    let requests = a.take_docs("requests")?;
    let mut documents = Vec::new();
    for r in &requests {
        match r.get_document("insertOne").and_then(|i| i.get_document("document")) {
            Ok(d) => documents.push(d.clone()),
            Err(_) => {
                return Err(OpError::Skip(
                    "driver limit: the Rust driver has no collection-level bulkWrite (mixed write models)".into(),
                ))
            }
        }
    }
    let opts: InsertManyOptions = a.options()?;
    let r = with_session!(s, c.insert_many(documents).with_options(opts))?;
    value(doc! {
        "insertedCount": r.inserted_ids.len() as i64,
        "insertedIds": inserted_ids(&r.inserted_ids),
        "matchedCount": 0_i64,
        "modifiedCount": 0_i64,
        "deletedCount": 0_i64,
        "upsertedCount": 0_i64,
        "upsertedIds": {},
    })
}
