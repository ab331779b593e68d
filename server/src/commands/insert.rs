//! `insert`: validates each document (the `_id` rules, size), generates an
//! ObjectId `_id` when absent (placed first, as mongod does), and writes.
//! Documents are written in transactions of up to 64; when one fails, that
//! group is redone one document per transaction so each error is reported
//! against its own index. Ordered inserts stop at the first error.

use super::check_fields;
use crate::commands::args::opt_bool;
use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::state::OpCounters;
use crate::value::check_id;
use crate::wire::MAX_BSON_OBJECT_SIZE;
use bson::{doc, oid::ObjectId, Bson, Document};
use std::borrow::Cow;

const KNOWN: &[&str] = &["documents", "ordered", "bypassDocumentValidation"];
/// mongod writes up to 64 documents, and at most 256 KB of them, in one
/// storage transaction; a batch of large documents commits one at a time,
/// so one transaction never holds more than a document over 256 KB.
const GROUP: usize = 64;
const GROUP_BYTES: usize = 256 * 1024;

/// A document ready to store and its BSON.
type Prepared<'a> = (Cow<'a, Document>, Vec<u8>);

/// Checks a document the way mongod checks an insert, and puts `_id` first
/// (generating one when absent).
pub fn prepare_for_insert(d: Document) -> Result<Document> {
    let out = if id_first(&d)? { d } else { with_id_first(d)? };
    check_storable(&out, crate::value::doc_size(&out))?;
    Ok(out)
}

/// [`prepare_for_insert`] for the insert command, which stores the result
/// as it encodes it here: a document that already has a valid `_id` first
/// (what drivers send) is borrowed, not copied.
fn prepare_encoded(d: &Document) -> Result<Prepared<'_>> {
    let out = if id_first(d)? {
        Cow::Borrowed(d)
    } else {
        Cow::Owned(with_id_first(d.clone())?)
    };
    let bytes = out.to_vec()?;
    check_storable(&out, bytes.len())?;
    Ok((out, bytes))
}

/// Whether the document's first field is `_id` (an error when that `_id`
/// is invalid).
fn id_first(d: &Document) -> Result<bool> {
    match d.iter().next() {
        Some((k, id)) if k == "_id" => check_id(id).map(|()| true),
        _ => Ok(false),
    }
}

/// The document with its `_id` (checked, or a new ObjectId) moved first.
fn with_id_first(mut d: Document) -> Result<Document> {
    let id = match d.remove("_id") {
        Some(id) => {
            check_id(&id)?;
            id
        }
        None => Bson::ObjectId(ObjectId::new()),
    };
    let mut out = Document::new();
    out.insert("_id", id);
    out.extend(d);
    Ok(out)
}

/// mongod's storage limits: nesting depth and the BSON size (`size`).
fn check_storable(d: &Document, size: usize) -> Result<()> {
    if crate::value::too_deep_to_store(d) {
        return Err(Error::new(
            ErrorCode::Overflow,
            format!(
                "cannot insert document because it exceeds {} levels of nesting",
                crate::value::MAX_STORAGE_DEPTH
            ),
        ));
    }
    if size > MAX_BSON_OBJECT_SIZE {
        return Err(Error::new(
            ErrorCode::BSONObjectTooLarge,
            format!("object to insert too large. size in bytes: {size}, max size: {MAX_BSON_OBJECT_SIZE}"),
        ));
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "insert")?;
    check_fields(cmd, "insert", KNOWN)?;
    let docs = super::required_array(cmd, "insert", "documents")?;
    super::check_batch_len(docs.len())?;
    let ordered = opt_bool(cmd, "insert", "ordered")?.unwrap_or(true);
    if coll.starts_with("system.") {
        return Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!("cannot write to '{}.{coll}'", ctx.db),
        ));
    }
    let db = ctx.db.clone();
    let meta = match ctx.ensure_collection(&db, &coll) {
        Ok(m) => m,
        // mongod creates the collection inside the write: a failure (a
        // namespace too long) is the documents' write error.
        Err(e) if !ctx.in_txn() && !docs.is_empty() => {
            let failed = if ordered { 1 } else { docs.len() };
            let errors: Vec<Bson> = (0..failed)
                .map(|i| Bson::Document(e.to_write_error(i)))
                .collect();
            return Ok(doc! { "n": 0, "writeErrors": errors });
        }
        Err(e) => return Err(e),
    };
    let mut prepared: Vec<(usize, Result<Prepared>)> = Vec::with_capacity(docs.len());
    for (i, d) in docs.iter().enumerate() {
        let r = match d {
            Bson::Document(d) => prepare_encoded(d),
            v => Err(crate::value::field_type_error(
                "insert",
                "documents",
                v,
                "object",
            )),
        };
        prepared.push((i, r));
    }
    if ctx.in_txn() {
        // In a transaction the first failure aborts it: report it as the
        // command's error.
        let docs = prepared
            .into_iter()
            .map(|(_, r)| r)
            .collect::<Result<Vec<_>>>()?;
        let n = docs.len();
        ctx.write(|t| {
            for (d, bytes) in &docs {
                t.insert_encoded(&meta, d, bytes)?;
            }
            Ok(())
        })?;
        OpCounters::add(&ctx.state.op_counters.insert, n as u64);
        ctx.wrote();
        return Ok(doc! { "n": n as i32 });
    }
    let mut n = 0i32;
    let mut write_errors: Vec<Bson> = Vec::new();
    let mut i = 0;
    'outer: while i < prepared.len() {
        let end = group_end(&prepared, i);
        let group = &prepared[i..end];
        // Fast path: a group with no invalid document, written in one transaction.
        if group.iter().all(|(_, r)| r.is_ok()) {
            ctx.stmt_id = i as i32;
            let r = ctx.autocommit(|t| {
                for (_, d) in group {
                    let (d, bytes) = d.as_ref().unwrap();
                    t.insert_encoded(&meta, d, bytes)?;
                }
                t.trim_capped(&meta)
            });
            match r {
                Ok(()) => {
                    n += group.len() as i32;
                    i = end;
                    continue;
                }
                // A group of one document failed: that is its error (it is
                // not written again on its own, as mongod retries only
                // batches of several documents one by one).
                Err(e) if group.len() == 1 => {
                    write_errors.push(Bson::Document(e.to_write_error(group[0].0)));
                    if ordered {
                        break 'outer;
                    }
                    i = end;
                    continue;
                }
                Err(_) => {}
            }
        }
        for (idx, d) in group {
            ctx.stmt_id = *idx as i32;
            let r = match d {
                Ok((d, bytes)) => ctx.autocommit(|t| {
                    t.insert_encoded(&meta, d, bytes)?;
                    t.trim_capped(&meta)
                }),
                Err(e) => Err(e.clone()),
            };
            match r {
                Ok(()) => n += 1,
                Err(e) => {
                    write_errors.push(Bson::Document(e.to_write_error(*idx)));
                    if ordered {
                        break 'outer;
                    }
                }
            }
        }
        i = end;
    }
    OpCounters::add(&ctx.state.op_counters.insert, n as u64);
    if n > 0 {
        ctx.wrote();
    }
    let mut reply = doc! { "n": n };
    if !write_errors.is_empty() {
        reply.insert("writeErrors", write_errors);
    }
    Ok(reply)
}

/// The end of the group of documents starting at `start`: up to [`GROUP`]
/// documents, stopping after the one that reaches [`GROUP_BYTES`].
fn group_end(prepared: &[(usize, Result<Prepared>)], start: usize) -> usize {
    let mut bytes = 0usize;
    let mut end = start;
    while end < prepared.len() && end - start < GROUP {
        if let (_, Ok((_, encoded))) = &prepared[end] {
            bytes += encoded.len();
        }
        end += 1;
        if bytes >= GROUP_BYTES {
            break;
        }
    }
    end
}
