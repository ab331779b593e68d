//! `find`: filter, sort, projection, skip, limit and batching. A plain
//! `_id` equality is answered through the `_id` index; a sorted query is
//! materialized, sorted and buffered in its cursor; a query through an index
//! streams key by key (reading no documents when the index covers it, see
//! `planner::covered`); any other query becomes a resumable collection scan
//! so large results stream through getMore.

use super::check_fields;
use super::shared::cursor_reply::{cursor_doc, first_batch_reply};
use crate::commands::args::{opt_bool, opt_doc, opt_i64};
use crate::commands::Ctx;
use crate::cursor::{IndexScanState, ScanState, Source};
use crate::error::{Error, ErrorCode, Result};
use crate::planner::Plan;
use crate::query::projection::Projection;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::state::OpCounters;
use crate::storage::KeyDocs;
use crate::value::collation::{Coll, Collation};
use bson::{Bson, Document};
use std::collections::VecDeque;
use std::ops::ControlFlow;

pub const KNOWN: &[&str] = &[
    "filter",
    "sort",
    "projection",
    "skip",
    "limit",
    "batchSize",
    "singleBatch",
    "hint",
    "comment",
    "maxTimeMS",
    "readConcern",
    "max",
    "min",
    "returnKey",
    "showRecordId",
    "tailable",
    "oplogReplay",
    "noCursorTimeout",
    "awaitData",
    "allowPartialResults",
    "collation",
    "allowDiskUse",
    "let",
    "readOnce",
    "maxScan",
    "snapshot",
    "$_requestResumeToken",
    "$_resumeAfter",
];

fn non_negative(cmd: &Document, field: &str) -> Result<Option<i64>> {
    match opt_i64(cmd, "find", field)? {
        Some(n) if n < 0 => Err(Error::new(
            ErrorCode::Location(51024),
            format!("BSON field '{field}' value must be >= 0, actual value '{n}'"),
        )),
        other => Ok(other),
    }
}

/// The command's `let` variables: constant expressions evaluated once
/// (they may refer to `$$NOW` and to earlier variables, not to documents).
pub fn let_vars(cmd: &Document, command: &str) -> Result<crate::expr::Vars> {
    let mut vars = crate::expr::Vars::new();
    if let Some(l) = opt_doc(cmd, command, "let")? {
        let empty = Document::new();
        for (k, e) in l {
            let first = k.chars().next().unwrap_or('_');
            if !first.is_ascii_lowercase() && first.is_ascii() || k.contains('.') {
                return Err(Error::new(
                    ErrorCode::Location(16870),
                    format!("'{k}' starts with an invalid character for a user variable name"),
                ));
            }
            let v = crate::expr::eval_value(
                e,
                &crate::expr::Scope {
                    root: &empty,
                    vars: &vars,
                },
            )?;
            vars.insert(k.clone(), v);
        }
    }
    Ok(vars)
}

/// Checks a `hint`: an index name or key pattern of an existing index, or
/// `{$natural: 1|-1}`. Hints do not change which documents match, so a valid
/// one needs nothing more.
pub fn check_hint(meta: &crate::storage::CollMeta, hint: Option<&Bson>) -> Result<()> {
    let ok = match hint {
        None | Some(Bson::Null) => true,
        Some(Bson::String(name)) => meta.indexes.iter().any(|i| &i.name == name),
        Some(Bson::Document(k)) if k.is_empty() => true,
        Some(Bson::Document(k)) if k.contains_key("$natural") => true,
        Some(Bson::Document(k)) => meta.indexes.iter().any(|i| &i.key == k),
        Some(v) => {
            return Err(Error::failed_to_parse(format!(
                "hint must be a string or an object, not {}",
                crate::value::type_name(v)
            )))
        }
    };
    if ok {
        Ok(())
    } else {
        Err(Error::bad_value(format!(
            "error processing query: ns={} planner returned error :: caused by :: hint provided does not correspond to an existing index",
            meta.ns()
        )))
    }
}

/// The command's `let` variables with a statement's collation.
pub fn collated_vars(
    vars: &std::sync::Arc<crate::expr::Vars>,
    collation: Coll,
) -> std::sync::Arc<crate::expr::Vars> {
    let mut v = (**vars).clone();
    v.collation = collation;
    std::sync::Arc::new(v)
}

/// The collation a command (or a write statement) runs under: its own
/// `collation` option, else the collection's default collation.
pub fn command_collation(cmd: &Document, meta: Option<&crate::storage::CollMeta>) -> Result<Coll> {
    match cmd.get("collation") {
        // An empty collation document is the same as none.
        Some(Bson::Document(d)) if d.is_empty() => Ok(meta.and_then(|m| m.collation())),
        Some(v) => Collation::parse(v),
        None => Ok(meta.and_then(|m| m.collation())),
    }
}

/// The first batch of a streamed find: a limit smaller than the batch size
/// (or the default first batch) ends the result in one batch.
fn first_batch_size(batch_size: Option<usize>, limit: Option<i64>) -> Option<usize> {
    match (batch_size, limit) {
        (Some(b), Some(l)) => Some(b.min(l as usize)),
        (None, Some(l)) => {
            Some(l.min(super::shared::cursor_reply::DEFAULT_FIRST_BATCH as i64) as usize)
        }
        (b, None) => b,
    }
}

/// A find's options, parsed and checked as mongod checks them.
struct FindArgs {
    filter: Filter,
    sort: SortSpec,
    projection: Option<Projection>,
    skip: u64,
    limit: Option<i64>,
    batch_size: Option<usize>,
    single_batch: bool,
    no_timeout: bool,
    bounds: Option<super::shared::find_bounds::Bounds>,
    return_key: bool,
    show_record_id: bool,
    tailable: bool,
    await_data: bool,
}

impl FindArgs {
    fn parse(cmd: &Document, collation: Coll) -> Result<FindArgs> {
        let mut vars = let_vars(cmd, "find")?;
        vars.collation = collation.clone();
        let vars = std::sync::Arc::new(vars);
        let filter = Filter::parse_with_vars(
            opt_doc(cmd, "find", "filter")?.unwrap_or(&Document::new()),
            &vars,
        )?;
        let sort = SortSpec::parse(opt_doc(cmd, "find", "sort")?.unwrap_or(&Document::new()))?
            .with_collation(collation);
        let projection = Projection::parse_with_query(
            opt_doc(cmd, "find", "projection")?.unwrap_or(&Document::new()),
            opt_doc(cmd, "find", "filter")?.unwrap_or(&Document::new()),
        )?;
        let a = FindArgs {
            filter,
            sort,
            projection,
            skip: non_negative(cmd, "skip")?.unwrap_or(0) as u64,
            limit: non_negative(cmd, "limit")?.filter(|l| *l > 0),
            batch_size: non_negative(cmd, "batchSize")?.map(|b| b as usize),
            single_batch: opt_bool(cmd, "find", "singleBatch")?.unwrap_or(false),
            no_timeout: opt_bool(cmd, "find", "noCursorTimeout")?.unwrap_or(false),
            bounds: super::shared::find_bounds::Bounds::parse(cmd)?,
            return_key: opt_bool(cmd, "find", "returnKey")?.unwrap_or(false),
            show_record_id: opt_bool(cmd, "find", "showRecordId")?.unwrap_or(false),
            tailable: opt_bool(cmd, "find", "tailable")?.unwrap_or(false),
            await_data: opt_bool(cmd, "find", "awaitData")?.unwrap_or(false),
        };
        if a.await_data && !a.tailable {
            return Err(Error::failed_to_parse(
                "Cannot set 'awaitData' without also setting 'tailable'",
            ));
        }
        if a.tailable && !a.sort.is_empty() && !a.sort.is_natural_ascending() {
            return Err(Error::bad_value("error processing query: cannot use tailable option with a sort other than {$natural: 1}"));
        }
        Ok(a)
    }

    /// Whether documents come back as stored (projected), not as index
    /// keys, record ids or within min/max bounds.
    fn plain_documents(&self) -> bool {
        !self.return_key && !self.show_record_id && self.bounds.is_none()
    }
}

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "find")?;
    check_fields(cmd, "find", KNOWN)?;
    OpCounters::add(&ctx.state.op_counters.query, 1);
    let meta = ctx.state.engine.collection(&ctx.db, &coll);
    let collation = command_collation(cmd, meta.as_deref())?;
    let a = FindArgs::parse(cmd, collation)?;
    let ns = format!("{}.{coll}", ctx.db);
    let Some(meta) = meta else {
        return first_batch_reply(
            ctx,
            &ns,
            Source::Buffered(VecDeque::new()),
            a.batch_size,
            true,
            false,
        );
    };
    check_hint(&meta, cmd.get("hint"))?;
    if a.tailable && !meta.is_capped() {
        return Err(Error::bad_value(format!(
            "error processing query: ns={ns} tailable cursor requested on non capped collection"
        )));
    }
    // A single-document _id lookup goes through the _id index.
    if a.filter.id_equality().is_some() && !a.tailable && a.plain_documents() {
        return by_id(ctx, &ns, &meta, a);
    }
    // min/max bounds walk the hinted index; otherwise the planner chooses
    // (and honours a hint).
    let mut plan = match &a.bounds {
        Some(b) => Plan::IxScan(Box::new(crate::planner::IxScan {
            index: b.index(&meta, cmd.get("hint"))?,
            ranges: crate::planner::bounds::full(),
            reverse: false,
            provides_sort: false,
            bounds_doc: Document::new(),
            covered: false,
        })),
        None => Plan::choose(&meta, &a.filter, Some(&a.sort), cmd.get("hint"))?,
    };
    if a.tailable || matches!(plan, Plan::CollScan { .. }) {
        ctx.state.top.collection_scan(&meta.ns(), a.tailable);
    }
    // Inside a transaction results are read (and buffered) in its snapshot.
    let plain = a.sort.is_empty()
        && matches!(plan, Plan::CollScan { reverse: false })
        && !a.return_key
        && !a.show_record_id
        && !ctx.in_txn();
    if plain || a.tailable {
        return collection_scan(ctx, &ns, coll, a);
    }
    // Through an index in the order the query wants: streamed, each batch
    // continuing at the next key.
    let needs_sort = !a.sort.is_empty() && !plan.provides_sort();
    // Read from the index entries alone when they hold all the query needs.
    if !needs_sort && a.plain_documents() {
        crate::planner::cover(&mut plan, &a.filter, opt_doc(cmd, "find", "projection")?);
    }
    if let (Plan::IxScan(ix), false, true, false) =
        (&plan, needs_sort, a.plain_documents(), ctx.in_txn())
    {
        return index_scan(ctx, &ns, coll, ix, a);
    }
    materialized(ctx, cmd, &ns, &meta, &plan, needs_sort, a)
}

/// `{_id: <value>}`: one lookup in the `_id` index.
fn by_id(
    ctx: &mut Ctx<'_>,
    ns: &str,
    meta: &crate::storage::CollMeta,
    a: FindArgs,
) -> Result<Document> {
    // `{_id: v}` without a projection: the stored bytes go into the reply
    // as they are (a batch of size 0 leaves the document for a getMore).
    if a.filter.is_only_id_equality() && a.projection.is_none() && a.batch_size != Some(0) {
        let id = a.filter.id_equality().expect("an _id equality");
        let mut batch = crate::cursor::Batch::new();
        if let Some((_, bytes)) = ctx.read(|txn| txn.find_by_id_raw(meta, id))? {
            if a.skip == 0 && a.limit != Some(0) {
                batch.push_raw(&bytes);
            }
        }
        return Ok(cursor_doc(ctx, 0, ns, batch, "firstBatch"));
    }
    let mut out = VecDeque::new();
    if let Some(id) = a.filter.id_equality() {
        if let Some((_, d)) = ctx.read(|txn| txn.find_by_id(meta, id))? {
            if a.filter.matches(&d)? && a.skip == 0 && a.limit != Some(0) {
                out.push_back(match &a.projection {
                    Some(p) => p.apply(&d)?,
                    None => d,
                });
            }
        }
    }
    first_batch_reply(
        ctx,
        ns,
        Source::Buffered(out),
        a.batch_size,
        a.single_batch,
        a.no_timeout,
    )
}

/// A resumable collection scan in natural order (tailable or not): each
/// batch continues after the last record id it returned.
fn collection_scan(ctx: &mut Ctx<'_>, ns: &str, coll: String, a: FindArgs) -> Result<Document> {
    let source = Source::Scan(Box::new(ScanState {
        db: ctx.db.clone(),
        coll,
        filter: a.filter,
        projection: a.projection,
        next_rid: i64::MIN,
        skip: a.skip,
        remaining: a.limit,
        tailable: a.tailable,
        await_data: a.await_data,
        position: None,
    }));
    first_batch_reply(
        ctx,
        ns,
        source,
        first_batch_size(a.batch_size, a.limit),
        a.single_batch,
        a.no_timeout,
    )
}

/// A streamed walk of one index in the order the query wants.
fn index_scan(
    ctx: &mut Ctx<'_>,
    ns: &str,
    coll: String,
    ix: &crate::planner::IxScan,
    a: FindArgs,
) -> Result<Document> {
    ix.index
        .accesses
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let source = Source::Index(Box::new(IndexScanState {
        db: ctx.db.clone(),
        coll,
        index: ix.index.name.clone(),
        table: ix.index.table.clone(),
        ranges: ix.ranges.clone(),
        reverse: ix.reverse,
        keys: if ix.covered {
            KeyDocs::Instead
        } else if crate::planner::filter_on_keys(&ix.index, &a.filter) {
            KeyDocs::Beside
        } else {
            KeyDocs::No
        },
        pos: Default::default(),
        seen: Default::default(),
        filter: a.filter,
        projection: a.projection,
        skip: a.skip,
        remaining: a.limit,
    }));
    first_batch_reply(
        ctx,
        ns,
        source,
        first_batch_size(a.batch_size, a.limit),
        a.single_batch,
        a.no_timeout,
    )
}

/// Materialized: sorted, bounded by min/max, or decorated per document.
/// When the plan yields the sort's order, reading stops once skip + limit
/// documents are in.
fn materialized(
    ctx: &mut Ctx<'_>,
    cmd: &Document,
    ns: &str,
    meta: &crate::storage::CollMeta,
    plan: &Plan,
    needs_sort: bool,
    a: FindArgs,
) -> Result<Document> {
    let (skip, limit) = (a.skip, a.limit);
    let wanted = match (needs_sort || a.bounds.is_some(), limit) {
        (false, Some(l)) => Some(skip as usize + l as usize),
        _ => None,
    };
    // A sort with a limit keeps only the top documents (mongod's top-k
    // sort).
    if let (true, Some(l), None) = (needs_sort, limit, &a.bounds) {
        let rows = top_k(ctx, meta, plan, &a, skip as usize + l as usize)?;
        return finish_materialized(ctx, ns, plan, rows, a);
    }
    let mut rows: Vec<(i64, Document)> = Vec::new();
    ctx.read(|txn| {
        crate::planner::run(txn, meta, plan, &a.filter, |rid, d| {
            rows.push((rid, d));
            Ok(if wanted.is_some_and(|w| rows.len() >= w) {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            })
        })
    })?;
    if let (Some(b), Some(idx)) = (&a.bounds, plan.index()) {
        rows = b.select(idx, rows)?;
    }
    if needs_sort {
        // Only an unlimited sort can run out of memory (a limited one
        // keeps the top documents, above).
        if limit.is_none() && cmd.get("allowDiskUse") == Some(&Bson::Boolean(false)) {
            SortSpec::check_memory(rows.iter().map(|(_, d)| d))?;
        }
        a.sort.check(rows.iter().map(|(_, d)| d))?;
        let mut keyed: Vec<(Vec<Bson>, (i64, Document))> = rows
            .into_iter()
            .map(|(r, d)| (a.sort.key(&d), (r, d)))
            .collect();
        keyed.sort_by(|x, y| a.sort.compare_keys(&x.0, &y.0));
        rows = keyed.into_iter().map(|(_, x)| x).collect();
    }
    finish_materialized(ctx, ns, plan, rows, a)
}

/// The first `k` documents in the sort's order, kept as the plan produces
/// them. A collection scan without a filter, sorted on one plain path,
/// reads the sort key from each record's stored bytes and decodes only the
/// documents kept.
fn top_k(
    ctx: &mut Ctx<'_>,
    meta: &crate::storage::CollMeta,
    plan: &Plan,
    a: &FindArgs,
    k: usize,
) -> Result<Vec<(i64, Document)>> {
    let mut top = crate::query::top_k::TopK::new(&a.sort, k);
    let stored = matches!(plan, Plan::CollScan { reverse: false })
        && a.filter.matches_everything()
        && top.reads_stored();
    ctx.read(|txn| {
        if stored {
            txn.scan_raw(meta, i64::MIN, |rid, b| {
                top.add_stored(rid, b)?;
                Ok(ControlFlow::Continue(()))
            })
            .map(|_| ())
        } else {
            crate::planner::run(txn, meta, plan, &a.filter, |rid, d| {
                top.add(rid, d)?;
                Ok(ControlFlow::Continue(()))
            })
            .map(|_| ())
        }
    })?;
    top.into_sorted()
}

/// Skip, limit, projection and the first batch of a materialized find.
fn finish_materialized(
    ctx: &mut Ctx<'_>,
    ns: &str,
    plan: &Plan,
    rows: Vec<(i64, Document)>,
    a: FindArgs,
) -> Result<Document> {
    let (skip, limit) = (a.skip, a.limit);
    let index_scan = plan.index().cloned();
    let docs: VecDeque<Document> = rows
        .into_iter()
        .skip(skip as usize)
        .take(limit.map(|l| l as usize).unwrap_or(usize::MAX))
        .map(|(rid, d)| {
            let mut out = if a.return_key {
                // The key of the index the query used; a collection scan has none.
                match &index_scan {
                    Some(idx) => crate::index::keys::key_value_doc(&idx.fields, &d),
                    None => Document::new(),
                }
            } else {
                match &a.projection {
                    Some(p) => p.apply(&d)?,
                    None => d,
                }
            };
            // With returnKey, mongod returns the index key alone: the record
            // id is not added even when showRecordId asks for it.
            if a.show_record_id && !a.return_key {
                out.insert("$recordId", rid);
            }
            Ok(out)
        })
        .collect::<Result<_>>()?;
    first_batch_reply(
        ctx,
        ns,
        Source::Buffered(docs),
        a.batch_size,
        a.single_batch,
        a.no_timeout,
    )
}
