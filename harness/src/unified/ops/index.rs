//! Index management on a collection: createIndex, dropIndex(es), listIndexes,
//! listIndexNames, and the search-index helpers.

use bson::{Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::{CreateIndexOptions, DropIndexOptions, IndexOptions, ListIndexesOptions};
use mongodb::{Collection, IndexModel, SearchIndexModel};

use super::{to_bson, Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;
use crate::with_session;

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
    let r = async {
        match name {
            "createIndex" => {
                let keys = a.take_doc("keys")?;
                let mut command_opts = CreateIndexOptions::default();
                if let Some(Bson::String(commit)) = a.take("commitQuorum") {
                    command_opts.commit_quorum =
                        Some(mongodb::options::CommitQuorum::Custom(commit));
                }
                if let Some(max) = a
                    .take("maxTimeMS")
                    .as_ref()
                    .and_then(crate::unified::matcher::as_f64)
                {
                    command_opts.max_time = Some(std::time::Duration::from_millis(max as u64));
                }
                command_opts.comment = a.take("comment");
                let opts: IndexOptions = a.options()?;
                let model = IndexModel::builder().keys(keys).options(Some(opts)).build();
                let r = with_session!(session, c.create_index(model).with_options(command_opts))?;
                Ok(OpResult::Value(Bson::String(r.index_name)))
            }
            "dropIndex" => {
                let index = a.take_str("name")?;
                let opts: DropIndexOptions = a.options()?;
                with_session!(session, c.drop_index(index).with_options(opts))?;
                Ok(OpResult::None)
            }
            "dropIndexes" => {
                let opts: DropIndexOptions = a.options()?;
                with_session!(session, c.drop_indexes().with_options(opts))?;
                Ok(OpResult::None)
            }
            "listIndexes" => {
                let opts: ListIndexesOptions = a.options()?;
                let models: Vec<IndexModel> = match &session {
                    Some(s) => {
                        let mut guard = s.session.lock().await;
                        let mut cursor = c
                            .list_indexes()
                            .with_options(opts)
                            .session(&mut *guard)
                            .await?;
                        cursor.stream(&mut guard).try_collect().await?
                    }
                    None => {
                        c.list_indexes()
                            .with_options(opts)
                            .await?
                            .try_collect()
                            .await?
                    }
                };
                let mut out = Vec::new();
                for m in &models {
                    out.push(to_bson(m)?);
                }
                Ok(OpResult::Value(Bson::Array(out)))
            }
            "listIndexNames" => {
                let names = with_session!(session, c.list_index_names())?;
                Ok(OpResult::Value(names.into()))
            }
            "createSearchIndex" => {
                let model: SearchIndexModel = bson::deserialize_from_document(a.take_doc("model")?)
                    .map_err(|e| OpError::Runner(format!("search index model: {e}")))?;
                let name = c.create_search_index(model).await?;
                Ok(OpResult::Value(Bson::String(name)))
            }
            "createSearchIndexes" => {
                let models: Vec<SearchIndexModel> =
                    bson::deserialize_from_bson(a.take("models").unwrap_or_default())
                        .map_err(|e| OpError::Runner(format!("search index models: {e}")))?;
                let names = c.create_search_indexes(models).await?;
                Ok(OpResult::Value(names.into()))
            }
            "dropSearchIndex" => {
                c.drop_search_index(a.take_str("name")?).await?;
                Ok(OpResult::None)
            }
            "updateSearchIndex" => {
                let name = a.take_str("name")?;
                let definition = a.take_doc("definition")?;
                c.update_search_index(name, definition).await?;
                Ok(OpResult::None)
            }
            "listSearchIndexes" => {
                let mut action = c.list_search_indexes();
                if let Some(Bson::String(name)) = a.take("name") {
                    action = action.name(name);
                }
                if let Some(Bson::Document(opts)) = a.take("aggregationOptions") {
                    let opts: mongodb::options::AggregateOptions =
                        bson::deserialize_from_document(opts)
                            .map_err(|e| OpError::Runner(format!("aggregationOptions: {e}")))?;
                    action = action.aggregate_options(opts);
                }
                let docs: Vec<Document> = action.await?.try_collect().await?;
                Ok(OpResult::Value(docs.into()))
            }
            _ => Err(OpError::Runner(String::new())),
        }
    }
    .await;
    match r {
        Err(OpError::Runner(m)) if m.is_empty() => None,
        other => Some(other),
    }
}
