//! `$collStats`, `$indexStats`, `$planCacheStats` and `$listSessions`:
//! aggregation stages that must come first in a collection's pipeline and
//! produce documents about the server or the collection rather than reading
//! it. `aggregate` hands them their collection;
//! the rest of the pipeline runs over what they produce.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::CollMeta;
use bson::{doc, Bson, DateTime, Document};
use std::sync::atomic::Ordering;

/// The documents of a leading `$collStats` / `$indexStats`, or None when
/// the pipeline starts with another stage.
pub fn leading(
    ctx: &Ctx<'_>,
    coll: &str,
    meta: Option<&CollMeta>,
    pipeline: &[Bson],
) -> Result<Option<Vec<Document>>> {
    let Some(Bson::Document(first)) = pipeline.first() else {
        return Ok(None);
    };
    let Some((name, arg)) = first.iter().next() else {
        return Ok(None);
    };
    let ns = format!("{}.{coll}", ctx.db);
    match name.as_str() {
        "$collStats" => {
            let Bson::Document(spec) = arg else {
                return Err(Error::new(
                    ErrorCode::Location(40166),
                    format!("$collStats must take a nested object but found: {arg}"),
                ));
            };
            Ok(Some(vec![coll_stats(ctx, &ns, meta, spec)?]))
        }
        "$indexStats" => {
            if !matches!(arg, Bson::Document(d) if d.is_empty()) {
                return Err(Error::new(
                    ErrorCode::Location(28803),
                    "The $indexStats stage specification must be an empty object",
                ));
            }
            let host = ctx.state.me();
            Ok(Some(
                meta.map(|m| {
                    m.indexes
                        .iter()
                        .map(|i| {
                            doc! {
                                "name": i.name.clone(),
                                "key": i.key.clone(),
                                "host": host.clone(),
                                "accesses": {
                                    "ops": i.accesses.load(Ordering::Relaxed) as i64,
                                    "since": i.since,
                                },
                                "spec": i.spec.clone(),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default(),
            ))
        }
        // The planner keeps no plan cache (it plans every query afresh),
        // so there are no cached plans to report.
        "$planCacheStats" => match arg {
            Bson::Document(_) => Ok(Some(Vec::new())),
            _ => Err(Error::new(
                ErrorCode::FailedToParse,
                "$planCacheStats value must be an object",
            )),
        },
        // The sessions a persisted sessions collection would list: this
        // single server's session registry.
        "$listSessions" => {
            if ctx.db != "config" || coll != "system.sessions" {
                return Err(Error::new(
                    ErrorCode::InvalidNamespace,
                    "$listSessions may only be run against config.system.sessions",
                ));
            }
            if !matches!(arg, Bson::Document(_)) {
                return Err(Error::type_mismatch(
                    "$listSessions must take a nested object",
                ));
            }
            Ok(Some(
                ctx.state
                    .sessions
                    .list()
                    .into_iter()
                    .map(|(id, last_use)| doc! { "_id": { "id": id }, "lastUse": last_use })
                    .collect(),
            ))
        }
        _ => Ok(None),
    }
}

fn coll_stats(
    ctx: &Ctx<'_>,
    ns: &str,
    meta: Option<&CollMeta>,
    spec: &Document,
) -> Result<Document> {
    let mut out = doc! {
        "ns": ns,
        "host": ctx.state.me(),
        "localTime": DateTime::now(),
    };
    for (k, v) in spec {
        match k.as_str() {
            "latencyStats" => {
                // mongod records transactions' latency globally only, so a
                // collection's stays at zero there too.
                let u = ctx.state.top.usage(ns);
                let pair = |(latency, ops): (u64, u64)| doc! { "latency": latency as i64, "ops": ops as i64 };
                out.insert(
                    "latencyStats",
                    doc! {
                        "reads": pair(u.reads),
                        "writes": pair(u.writes),
                        "commands": pair(u.commands),
                        "transactions": pair((0, 0)),
                    },
                );
            }
            "storageStats" => {
                let scale = match v {
                    Bson::Document(d) => d.get("scale").and_then(crate::value::as_i64).unwrap_or(1),
                    _ => 1,
                };
                if scale < 1 {
                    return Err(Error::bad_value("scale has to be >= 1"));
                }
                let storage = crate::commands::coll_stats::storage_stats(ctx, meta, scale)?;
                out.insert("storageStats", storage);
            }
            "count" => {
                let n = match meta {
                    Some(m) => ctx.state.engine.begin()?.count(m)? as i64,
                    None => 0,
                };
                out.insert("count", n);
            }
            "queryExecStats" => {
                let u = ctx.state.top.usage(ns);
                out.insert(
                    "queryExecStats",
                    doc! { "collectionScans": {
                        "total": u.collection_scans as i64,
                        "nonTailable": u.collection_scans_non_tailable as i64,
                    } },
                );
            }
            other => {
                return Err(Error::new(
                    ErrorCode::Location(40168),
                    format!("unrecognized option to $collStats: {other}"),
                ))
            }
        }
    }
    Ok(out)
}
