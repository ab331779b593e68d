//! `find`: filter, sort, projection, skip, limit and batching. A plain
//! `_id` equality is answered through the `_id` index; a sorted query is
//! materialized, sorted and buffered in its cursor; a query through an index
//! streams key by key (reading no documents when the index covers it, see
//! `planner::covered`); any other query becomes a resumable collection scan
//! so large results stream through getMore.

use super::check_fields;
use super::shared::cursor_reply::first_batch_reply;
use crate::commands::args::{opt_bool, opt_doc, opt_i64};
use crate::commands::Ctx;
use crate::cursor::{IndexScanState, ScanState, Source};
use crate::error::{Error, ErrorCode, Result};
use crate::planner::Plan;
use crate::query::projection::Projection;
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::state::OpCounters;
use crate::value::collation::{Coll, Collation};
use bson::{Bson, Document};
use std::collections::VecDeque;
use std::ops::ControlFlow;

const KNOWN: &[&str] = &[
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

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "find")?;
    check_fields(cmd, "find", KNOWN)?;
    OpCounters::add(&ctx.state.op_counters.query, 1);
    let meta = ctx.state.engine.collection(&ctx.db, &coll);
    let collation = command_collation(cmd, meta.as_deref())?;
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
    let skip = non_negative(cmd, "skip")?.unwrap_or(0) as u64;
    let limit = non_negative(cmd, "limit")?.filter(|l| *l > 0);
    let batch_size = non_negative(cmd, "batchSize")?.map(|b| b as usize);
    let single_batch = opt_bool(cmd, "find", "singleBatch")?.unwrap_or(false);
    let no_timeout = opt_bool(cmd, "find", "noCursorTimeout")?.unwrap_or(false);
    let bounds = super::shared::find_bounds::Bounds::parse(cmd)?;
    let return_key = opt_bool(cmd, "find", "returnKey")?.unwrap_or(false);
    let show_record_id = opt_bool(cmd, "find", "showRecordId")?.unwrap_or(false);
    let tailable = opt_bool(cmd, "find", "tailable")?.unwrap_or(false);
    let await_data = opt_bool(cmd, "find", "awaitData")?.unwrap_or(false);
    if await_data && !tailable {
        return Err(Error::failed_to_parse(
            "Cannot set 'awaitData' without also setting 'tailable'",
        ));
    }
    if tailable && !sort.is_empty() && !sort.is_natural_ascending() {
        return Err(Error::bad_value("error processing query: cannot use tailable option with a sort other than {$natural: 1}"));
    }
    let ns = format!("{}.{coll}", ctx.db);
    let Some(meta) = meta else {
        return first_batch_reply(
            ctx,
            &ns,
            Source::Buffered(VecDeque::new()),
            batch_size,
            true,
            false,
        );
    };
    check_hint(&meta, cmd.get("hint"))?;
    if tailable && !meta.is_capped() {
        return Err(Error::bad_value(format!(
            "error processing query: ns={ns} tailable cursor requested on non capped collection"
        )));
    }
    // A single-document _id lookup goes through the _id index.
    if let (Some(id), false) = (
        filter.id_equality(),
        tailable || return_key || show_record_id || bounds.is_some(),
    ) {
        let mut out = VecDeque::new();
        if let Some((_, d)) = ctx.read(|txn| txn.find_by_id(&meta, id))? {
            if filter.matches(&d)? && skip == 0 && limit != Some(0) {
                out.push_back(match &projection {
                    Some(p) => p.apply(&d)?,
                    None => d,
                });
            }
        }
        return first_batch_reply(
            ctx,
            &ns,
            Source::Buffered(out),
            batch_size,
            single_batch,
            no_timeout,
        );
    }
    // min/max bounds walk the hinted index; otherwise the planner chooses
    // (and honours a hint).
    let mut plan = match &bounds {
        Some(b) => Plan::IxScan(Box::new(crate::planner::IxScan {
            index: b.index(&meta, cmd.get("hint"))?,
            ranges: crate::planner::bounds::full(),
            reverse: false,
            provides_sort: false,
            bounds_doc: Document::new(),
            covered: false,
        })),
        None => Plan::choose(&meta, &filter, Some(&sort), cmd.get("hint"))?,
    };
    // Inside a transaction results are read (and buffered) in its snapshot.
    let plain = sort.is_empty()
        && matches!(plan, Plan::CollScan { reverse: false })
        && !return_key
        && !show_record_id
        && !ctx.in_txn();
    if plain || tailable {
        let source = Source::Scan(Box::new(ScanState {
            db: ctx.db.clone(),
            coll,
            filter,
            projection,
            next_rid: i64::MIN,
            skip,
            remaining: limit,
            tailable,
            await_data,
            position: None,
        }));
        return first_batch_reply(
            ctx,
            &ns,
            source,
            first_batch_size(batch_size, limit),
            single_batch,
            no_timeout,
        );
    }
    // Through an index in the order the query wants: streamed, each batch
    // continuing at the next key.
    let needs_sort = !sort.is_empty() && !plan.provides_sort();
    // Read from the index entries alone when they hold all the query needs.
    if !needs_sort && bounds.is_none() && !return_key && !show_record_id {
        crate::planner::cover(&mut plan, &filter, opt_doc(cmd, "find", "projection")?);
    }
    if let (Plan::IxScan(ix), false, None, false, false, false) = (
        &plan,
        needs_sort,
        &bounds,
        return_key,
        show_record_id,
        ctx.in_txn(),
    ) {
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
            covered: ix.covered,
            pos: Default::default(),
            seen: Default::default(),
            filter,
            projection,
            skip,
            remaining: limit,
        }));
        return first_batch_reply(
            ctx,
            &ns,
            source,
            first_batch_size(batch_size, limit),
            single_batch,
            no_timeout,
        );
    }
    // Materialized: sorted, bounded by min/max, or
    // decorated per document. When the plan yields the sort's order, reading
    // stops once skip + limit documents are in.
    let wanted = match (needs_sort || bounds.is_some(), limit) {
        (false, Some(l)) => Some(skip as usize + l as usize),
        _ => None,
    };
    let mut rows: Vec<(i64, Document)> = Vec::new();
    ctx.read(|txn| {
        crate::planner::run(txn, &meta, &plan, &filter, |rid, d| {
            rows.push((rid, d));
            Ok(if wanted.is_some_and(|w| rows.len() >= w) {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            })
        })
    })?;
    if let (Some(b), Some(idx)) = (&bounds, plan.index()) {
        rows = b.select(idx, rows)?;
    }
    if needs_sort {
        // A sort with a limit keeps only the top documents (mongod's
        // top-k sort), so only an unlimited sort can run out of memory.
        if limit.is_none() && cmd.get("allowDiskUse") == Some(&Bson::Boolean(false)) {
            SortSpec::check_memory(rows.iter().map(|(_, d)| d))?;
        }
        let mut keyed: Vec<(Vec<Bson>, (i64, Document))> = rows
            .into_iter()
            .map(|(r, d)| (sort.key(&d), (r, d)))
            .collect();
        keyed.sort_by(|a, b| sort.compare_keys(&a.0, &b.0));
        rows = keyed.into_iter().map(|(_, x)| x).collect();
    }
    let index_scan = plan.index().cloned();
    let docs: VecDeque<Document> = rows
        .into_iter()
        .skip(skip as usize)
        .take(limit.map(|l| l as usize).unwrap_or(usize::MAX))
        .map(|(rid, d)| {
            let mut out = if return_key {
                // The key of the index the query used; a collection scan has none.
                match &index_scan {
                    Some(idx) => crate::index::keys::key_value_doc(&idx.fields, &d),
                    None => Document::new(),
                }
            } else {
                match &projection {
                    Some(p) => p.apply(&d)?,
                    None => d,
                }
            };
            // With returnKey, mongod returns the index key alone: the record
            // id is not added even when showRecordId asks for it.
            if show_record_id && !return_key {
                out.insert("$recordId", rid);
            }
            Ok(out)
        })
        .collect::<Result<_>>()?;
    first_batch_reply(
        ctx,
        &ns,
        Source::Buffered(docs),
        batch_size,
        single_batch,
        no_timeout,
    )
}
