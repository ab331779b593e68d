//! clientBulkWrite: the client-level `bulkWrite` command (server 8.0+).

use bson::{Bson, Document};
use mongodb::options::{
    DeleteManyModel, DeleteOneModel, InsertOneModel, ReplaceOneModel, UpdateManyModel,
    UpdateOneModel, WriteModel,
};
use mongodb::Namespace;

use super::{Args, OpError, OpOutcome, OpResult};
use crate::unified::bulk_result::{summary_doc, verbose_doc};
use crate::unified::ctx::Ctx;
use crate::unified::entities::{write_concern, ClientEntity};
use crate::with_session;

fn runner(m: impl Into<String>) -> OpError {
    OpError::Runner(m.into())
}

fn namespace(d: &Document) -> Result<Namespace, OpError> {
    let ns = d
        .get_str("namespace")
        .map_err(|_| runner("write model without namespace"))?;
    let (db, coll) = ns
        .split_once('.')
        .ok_or_else(|| runner(format!("bad namespace {ns}")))?;
    Ok(Namespace::new(db, coll))
}

fn doc_of(d: &Document, key: &str) -> Result<Document, OpError> {
    d.get_document(key)
        .cloned()
        .map_err(|_| runner(format!("write model without {key}")))
}

fn opt_doc(d: &Document, key: &str) -> Option<Document> {
    d.get_document(key).ok().cloned()
}

fn update_of(d: &Document) -> Result<mongodb::options::UpdateModifications, OpError> {
    use mongodb::options::UpdateModifications;
    match d.get("update") {
        Some(Bson::Document(u)) => Ok(UpdateModifications::Document(u.clone())),
        Some(Bson::Array(stages)) => Ok(UpdateModifications::Pipeline(
            stages
                .iter()
                .filter_map(|s| s.as_document().cloned())
                .collect(),
        )),
        _ => Err(runner("update model without update")),
    }
}

/// One `{insertOne: {...}}`-style entry of `models`.
fn model(entry: &Document) -> Result<WriteModel, OpError> {
    let (kind, body) = entry
        .iter()
        .next()
        .ok_or_else(|| runner("empty write model"))?;
    let d = body
        .as_document()
        .ok_or_else(|| runner("write model is not a document"))?;
    let ns = namespace(d)?;
    let array_filters = d.get_array("arrayFilters").ok().cloned();
    let hint = d.get("hint").cloned();
    let upsert = d.get_bool("upsert").ok();
    Ok(match kind.as_str() {
        "insertOne" => InsertOneModel::builder()
            .namespace(ns)
            .document(doc_of(d, "document")?)
            .build()
            .into(),
        "updateOne" => UpdateOneModel::builder()
            .namespace(ns)
            .filter(doc_of(d, "filter")?)
            .update(update_of(d)?)
            .array_filters(array_filters)
            .collation(opt_doc(d, "collation"))
            .hint(hint)
            .upsert(upsert)
            .sort(opt_doc(d, "sort"))
            .build()
            .into(),
        "updateMany" => UpdateManyModel::builder()
            .namespace(ns)
            .filter(doc_of(d, "filter")?)
            .update(update_of(d)?)
            .array_filters(array_filters)
            .collation(opt_doc(d, "collation"))
            .hint(hint)
            .upsert(upsert)
            .build()
            .into(),
        "replaceOne" => ReplaceOneModel::builder()
            .namespace(ns)
            .filter(doc_of(d, "filter")?)
            .replacement(doc_of(d, "replacement")?)
            .collation(opt_doc(d, "collation"))
            .hint(hint)
            .upsert(upsert)
            .sort(opt_doc(d, "sort"))
            .build()
            .into(),
        "deleteOne" => DeleteOneModel::builder()
            .namespace(ns)
            .filter(doc_of(d, "filter")?)
            .collation(opt_doc(d, "collation"))
            .hint(hint)
            .build()
            .into(),
        "deleteMany" => DeleteManyModel::builder()
            .namespace(ns)
            .filter(doc_of(d, "filter")?)
            .collation(opt_doc(d, "collation"))
            .hint(hint)
            .build()
            .into(),
        other => return Err(runner(format!("unknown write model {other}"))),
    })
}

pub async fn run(c: &ClientEntity, args: &Document, ctx: &Ctx) -> OpOutcome {
    let mut a = Args::new(args);
    let session = a.take_session(ctx)?;
    let models = a
        .take_docs("models")?
        .iter()
        .map(model)
        .collect::<Result<Vec<_>, _>>()?;
    let verbose = a
        .take("verboseResults")
        .and_then(|b| b.as_bool())
        .unwrap_or(false);
    let mut action = c.client.bulk_write(models);
    if let Some(Bson::Boolean(o)) = a.take("ordered") {
        action = action.ordered(o);
    }
    if let Some(Bson::Boolean(b)) = a.take("bypassDocumentValidation") {
        action = action.bypass_document_validation(b);
    }
    if let Some(comment) = a.take("comment") {
        action = action.comment(comment);
    }
    if let Some(Bson::Document(vars)) = a.take("let") {
        action = action.let_vars(vars);
    }
    if let Some(wc) = a.take("writeConcern") {
        action = action.write_concern(write_concern(&wc).map_err(OpError::Runner)?);
    }
    let rest = a.into_rest();
    if let Some(k) = rest.keys().next() {
        return Err(runner(format!(
            "clientBulkWrite argument {k} is not supported by the runner"
        )));
    }
    if verbose {
        let r = with_session!(session, action.verbose_results())?;
        Ok(OpResult::Value(Bson::Document(verbose_doc(&r))))
    } else {
        let r = with_session!(session, action)?;
        Ok(OpResult::Value(Bson::Document(summary_doc(&r))))
    }
}
