//! Operations on the `testRunner` object: failpoints, the assert* helpers,
//! createEntities and waitForEvent.

use std::time::{Duration, Instant};

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;

use super::{Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;
use crate::unified::events::Recorded;
use crate::unified::matcher;

fn ok() -> OpOutcome {
    Ok(OpResult::None)
}

fn check(cond: bool, msg: impl FnOnce() -> String) -> OpOutcome {
    if cond {
        ok()
    } else {
        Err(OpError::Assertion(msg()))
    }
}

pub async fn run(name: &str, args: Document, ctx: &mut Ctx) -> OpOutcome {
    let mut a = Args::new(&args);
    match name {
        "failPoint" => {
            let fp = a.take_doc("failPoint")?;
            let client = ctx
                .entities
                .client(&a.take_str("client")?)
                .map_err(OpError::Runner)?;
            set_fail_point(ctx, client.client, fp).await
        }
        "targetedFailPoint" => {
            let fp = a.take_doc("failPoint")?;
            let session = ctx
                .entities
                .session(&a.take_str("session")?)
                .map_err(OpError::Runner)?;
            let client = ctx
                .entities
                .client(&session.client)
                .map_err(OpError::Runner)?;
            set_fail_point(ctx, client.client, fp).await
        }
        "assertSessionTransactionState" => {
            let session = ctx
                .entities
                .session(&a.take_str("session")?)
                .map_err(OpError::Runner)?;
            let want = a.take_str("state")?;
            let have = session.state();
            check(have == want, || {
                format!("session transaction state is {have}, expected {want}")
            })
        }
        // One server: a session is never pinned to a mongos.
        "assertSessionUnpinned" => ok(),
        "assertSessionPinned" => Err(OpError::Assertion(
            "sessions are only pinned on sharded clusters".into(),
        )),
        "assertSessionDirty" | "assertSessionNotDirty" => Err(OpError::Skip(
            "driver limit: the Rust driver does not expose whether a session is dirty".into(),
        )),
        "assertNumberConnectionsCheckedOut" => assert_checked_out(&mut a, ctx).await,
        "assertDifferentLsidOnLastTwoCommands" | "assertSameLsidOnLastTwoCommands" => {
            assert_lsids(name, &mut a, ctx)
        }
        "assertCollectionExists" | "assertCollectionNotExists" => {
            let db = a.take_str("databaseName")?;
            let coll = a.take_str("collectionName")?;
            let names = ctx.internal.database(&db).list_collection_names().await?;
            let exists = names.contains(&coll);
            let want = name == "assertCollectionExists";
            check(exists == want, || {
                format!("collection {db}.{coll} exists: {exists}, expected {want}")
            })
        }
        "assertIndexExists" | "assertIndexNotExists" => assert_index(name, &mut a, ctx).await,
        "createEntities" => {
            let list: Vec<Document> = match a.take("entities") {
                Some(Bson::Array(items)) => items
                    .into_iter()
                    .filter_map(|b| b.as_document().cloned())
                    .collect(),
                _ => return Err(OpError::Runner("createEntities without entities".into())),
            };
            let uri = ctx.uri.clone();
            ctx.entities
                .create(&list, &uri)
                .await
                .map_err(super::entity_error)?;
            ok()
        }
        "waitForEvent" | "assertEventCount" => wait_for_event(name, &mut a, ctx).await,
        "loop"
        | "runOnThread"
        | "waitForThread"
        | "waitForPrimaryChange"
        | "recordTopologyDescription"
        | "assertTopologyType" => Err(OpError::Skip(format!(
            "runner limit: testRunner {name} is not implemented"
        ))),
        _ => Err(OpError::Runner(format!(
            "testRunner operation {name} is not implemented"
        ))),
    }
}

fn count_matching(events: &[Recorded], expected: &Document, ctx: &Ctx) -> usize {
    let Some((name, spec)) = expected.iter().next() else {
        return 0;
    };
    events
        .iter()
        .filter(|e| e.name == name)
        .filter(|e| {
            let Some(spec) = spec.as_document() else {
                return true;
            };
            spec.iter().all(|(k, v)| match k.as_str() {
                "command" | "reply" => {
                    matcher::matches_root(v, e.body.get(k), &ctx.entities).is_ok()
                }
                _ => matcher::matches_exact(v, e.body.get(k), &ctx.entities).is_ok(),
            })
        })
        .count()
}

/// Runs configureFailPoint through the given client and remembers to turn it off.
async fn set_fail_point(ctx: &mut Ctx, client: mongodb::Client, fp: Document) -> OpOutcome {
    let name = fp
        .get_str("configureFailPoint")
        .map_err(|_| OpError::Runner("failPoint without configureFailPoint".into()))?
        .to_string();
    client.database("admin").run_command(fp).await?;
    ctx.fail_points.push((client, name));
    ok()
}

/// Turns off every failpoint the test set.
pub async fn clear_fail_points(ctx: &mut Ctx) {
    for (client, name) in ctx.fail_points.drain(..) {
        let _ = client
            .database("admin")
            .run_command(doc! {"configureFailPoint": name, "mode": "off"})
            .await;
    }
}

/// assertSameLsidOnLastTwoCommands / assertDifferentLsidOnLastTwoCommands:
/// the lsids of the client's last two command started events.
fn assert_lsids(name: &str, a: &mut Args, ctx: &mut Ctx) -> OpOutcome {
    let client = ctx
        .entities
        .client(&a.take_str("client")?)
        .map_err(OpError::Runner)?;
    let started: Vec<Recorded> = client
        .events
        .of_kind("command")
        .into_iter()
        .filter(|e| e.name == "commandStartedEvent")
        .collect();
    if started.len() < 2 {
        return Err(OpError::Assertion(
            "fewer than two commands observed".into(),
        ));
    }
    let lsid = |e: &Recorded| {
        e.body
            .get_document("command")
            .ok()
            .and_then(|c| c.get("lsid").cloned())
    };
    let (x, y) = (
        lsid(&started[started.len() - 2]),
        lsid(&started[started.len() - 1]),
    );
    let same = x.is_some() && x == y;
    if name == "assertSameLsidOnLastTwoCommands" {
        check(same, || format!("lsids differ: {x:?} vs {y:?}"))
    } else {
        check(!same, || format!("lsids are the same: {x:?}"))
    }
}

/// assertIndexExists / assertIndexNotExists, through the runner's own client.
async fn assert_index(name: &str, a: &mut Args, ctx: &mut Ctx) -> OpOutcome {
    let db = a.take_str("databaseName")?;
    let coll = a.take_str("collectionName")?;
    let index = a.take_str("indexName")?;
    let c = ctx.internal.database(&db).collection::<Document>(&coll);
    let names: Vec<String> = match c.list_indexes().await {
        Ok(cursor) => cursor
            .try_collect::<Vec<_>>()
            .await?
            .into_iter()
            .filter_map(|m| m.options.and_then(|o| o.name))
            .collect(),
        Err(_) => Vec::new(),
    };
    let exists = names.contains(&index);
    let want = name == "assertIndexExists";
    check(exists == want, || {
        format!("index {index} on {db}.{coll} exists: {exists}, expected {want}")
    })
}

/// waitForEvent (up to 10 s) and assertEventCount: events of a client that
/// match the expected one.
async fn wait_for_event(name: &str, a: &mut Args, ctx: &mut Ctx) -> OpOutcome {
    let client = ctx
        .entities
        .client(&a.take_str("client")?)
        .map_err(OpError::Runner)?;
    let event = a.take_doc("event")?;
    let count = a
        .take("count")
        .as_ref()
        .and_then(matcher::as_f64)
        .unwrap_or(1.0) as usize;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let n = count_matching(&client.events.all(), &event, ctx);
        if name == "assertEventCount" {
            return check(n == count, || {
                format!("{n} matching events, expected {count}")
            });
        }
        if n >= count {
            return ok();
        }
        if Instant::now() > deadline {
            return Err(OpError::Assertion(format!(
                "waited 10 s for {count} events like {event}, saw {n}"
            )));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// assertNumberConnectionsCheckedOut: the client's pool's checked-out count.
async fn assert_checked_out(a: &mut Args, ctx: &mut Ctx) -> OpOutcome {
    let client = ctx
        .entities
        .client(&a.take_str("client")?)
        .map_err(OpError::Runner)?;
    let want = a
        .take("connections")
        .as_ref()
        .and_then(matcher::as_f64)
        .ok_or_else(|| OpError::Runner("connections is required".into()))? as i64;
    // Check-ins are published just after an operation returns.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let have = client.events.checked_out();
    check(have == want, || {
        format!("{have} connections checked out, expected {want}")
    })
}
