//! Change events from oplog entries: which entries a stream's scope sees
//! and the event documents mongod makes of them (`insert`, `update`,
//! `replace`, `delete`, `drop`, `rename`, `dropDatabase`, `invalidate`,
//! and with `showExpandedEvents` `create`, `createIndexes`, `dropIndexes`,
//! `modify`). A committed transaction's `applyOps` yields one event per
//! write, each carrying the transaction's `lsid` and `txnNumber`.

use super::token::{event_id, rank, Token};
use bson::{doc, Bson, Document};

/// What a stream watches.
#[derive(Debug, Clone)]
pub enum Scope {
    Collection { db: String, coll: String },
    Database(String),
    Cluster,
}

/// An event before the post-stages run.
pub struct Event {
    pub rank: u64,
    pub doc: Document,
    /// Ends the stream (an `invalidate`).
    pub invalidate: bool,
    /// For an update: where to find the document now (`updateLookup`).
    pub lookup: Option<(String, String, Bson)>,
}

/// Options that shape events.
#[derive(Debug, Clone, Default)]
pub struct Shape {
    pub expanded: bool,
    pub show_system: bool,
}

fn split_ns(ns: &str) -> (&str, &str) {
    ns.split_once('.').unwrap_or((ns, ""))
}

fn is_internal_db(db: &str) -> bool {
    matches!(db, "admin" | "config" | "local")
}

impl Scope {
    /// Whether a write to `db.coll` belongs to this stream.
    fn sees(&self, db: &str, coll: &str, shape: &Shape) -> bool {
        if coll.starts_with("system.") && !shape.show_system {
            return false;
        }
        match self {
            Scope::Collection { db: d, coll: c } => d == db && c == coll,
            Scope::Database(d) => d == db,
            Scope::Cluster => !is_internal_db(db),
        }
    }
}

struct Base<'a> {
    ts: u64,
    entry: &'a Document,
    uuid: Option<[u8; 16]>,
}

fn uuid_of(op: &Document) -> Option<[u8; 16]> {
    match op.get("ui") {
        Some(Bson::Binary(b)) => b.bytes.as_slice().try_into().ok(),
        _ => None,
    }
}

/// The head every event starts with: `_id` (its token, set by [`stamp`]
/// once the event is whole), `operationType`, `clusterTime`, `wallTime`
/// (and `collectionUUID` when expanded).
fn head(b: &Base<'_>, op_type: &str, shape: &Shape) -> Document {
    let mut d = doc! {
        "_id": Bson::Null,
        "operationType": op_type,
        "clusterTime": Bson::Timestamp(crate::storage::oplog::clock::unpack(b.ts)),
    };
    if let Some(w) = b.entry.get("wall") {
        d.insert("wallTime", w.clone());
    }
    if shape.expanded {
        if let Some(u) = b.uuid {
            d.insert(
                "collectionUUID",
                bson::Binary {
                    subtype: bson::spec::BinarySubtype::Uuid,
                    bytes: u.to_vec(),
                },
            );
        }
    }
    d
}

/// The event's token: its time, place in the transaction, collection and
/// identifier (type and document key or description).
fn token(b: &Base<'_>, idx: u32, event: &Document, from_invalidate: bool) -> Token {
    Token {
        ts: b.ts,
        high_water_mark: false,
        txn_op_index: idx,
        from_invalidate,
        uuid: b.uuid,
        event_id: Some(event_id(event)),
        fragment: None,
    }
}

/// Sets a finished event's `_id` to its token.
fn stamp(b: &Base<'_>, idx: u32, d: &mut Document) {
    let t = token(b, idx, d, false);
    d.insert("_id", t.to_doc());
}

/// The events one oplog entry produces for a stream.
pub fn events(entry: &Document, ts: u64, scope: &Scope, shape: &Shape) -> Vec<Event> {
    let mut out = Vec::new();
    let op = entry.get_str("op").unwrap_or("");
    if op == "c" {
        if let Ok(o) = entry.get_document("o") {
            if let Ok(ops) = o.get_array("applyOps") {
                for (i, inner) in ops.iter().enumerate() {
                    let Bson::Document(inner) = inner else {
                        continue;
                    };
                    let b = Base {
                        ts,
                        entry,
                        uuid: uuid_of(inner),
                    };
                    if let Some(mut e) = write_event(&b, inner, i as u32, scope, shape) {
                        for f in ["lsid", "txnNumber"] {
                            if let Some(v) = entry.get(f) {
                                e.doc.insert(f, v.clone());
                            }
                        }
                        out.push(e);
                    }
                }
                return out;
            }
        }
    }
    let b = Base {
        ts,
        entry,
        uuid: uuid_of(entry),
    };
    if op == "c" {
        command_events(&b, scope, shape, &mut out);
    } else if let Some(e) = write_event(&b, entry, 0, scope, shape) {
        out.push(e);
    }
    out
}

fn ns_doc(db: &str, coll: &str) -> Document {
    doc! { "db": db, "coll": coll }
}

/// An insert, update, replace or delete.
fn write_event(
    b: &Base<'_>,
    op: &Document,
    idx: u32,
    scope: &Scope,
    shape: &Shape,
) -> Option<Event> {
    let (db, coll) = split_ns(op.get_str("ns").ok()?);
    if coll == "system.views" && shape.expanded {
        if let Some(e) = view_event(b, op, idx, db, scope, shape) {
            return Some(e);
        }
    }
    if !scope.sees(db, coll, shape) {
        return None;
    }
    let o = op.get_document("o").ok()?;
    let key = |o2: Option<&Document>| -> Document {
        match o2 {
            Some(k) => k.clone(),
            None => doc! { "_id": o.get("_id").cloned().unwrap_or(Bson::Null) },
        }
    };
    let o2 = op.get_document("o2").ok();
    let mut lookup = None;
    let d = match op.get_str("op").ok()? {
        "i" => {
            let mut d = head(b, "insert", shape);
            d.insert("fullDocument", o.clone());
            d.insert("ns", ns_doc(db, coll));
            d.insert("documentKey", key(o2));
            d
        }
        "u" if o.contains_key("$v") => {
            let mut d = head(b, "update", shape);
            d.insert("ns", ns_doc(db, coll));
            let k = key(o2);
            lookup = Some((
                db.to_string(),
                coll.to_string(),
                k.get("_id").cloned().unwrap_or(Bson::Null),
            ));
            d.insert("documentKey", k);
            let diff = o.get_document("diff").cloned().unwrap_or_default();
            d.insert(
                "updateDescription",
                super::update_desc::describe(&diff, shape.expanded),
            );
            d
        }
        "u" => {
            let mut d = head(b, "replace", shape);
            d.insert("fullDocument", o.clone());
            d.insert("ns", ns_doc(db, coll));
            d.insert("documentKey", key(o2));
            d
        }
        "d" => {
            let mut d = head(b, "delete", shape);
            d.insert("ns", ns_doc(db, coll));
            d.insert("documentKey", o.clone());
            d
        }
        _ => return None,
    };
    let mut d = d;
    stamp(b, idx, &mut d);
    Some(Event {
        rank: rank(idx, false),
        doc: d,
        invalidate: false,
        lookup,
    })
}

/// An `invalidate` right after the event that ends a stream; its token is
/// the cause's, marked as coming from an invalidate.
fn invalidate(b: &Base<'_>, cause: &Document) -> Event {
    let token = token(b, 0, cause, true);
    let mut d = doc! {
        "_id": token.to_doc(),
        "operationType": "invalidate",
        "clusterTime": Bson::Timestamp(crate::storage::oplog::clock::unpack(b.ts)),
    };
    if let Some(w) = b.entry.get("wall") {
        d.insert("wallTime", w.clone());
    }
    Event {
        rank: rank(0, true),
        doc: d,
        invalidate: true,
        lookup: None,
    }
}

/// A DDL event (the only one of its entry), stamped with its token.
fn plain(b: &Base<'_>, mut doc: Document) -> Event {
    stamp(b, 0, &mut doc);
    Event {
        rank: 0,
        doc,
        invalidate: false,
        lookup: None,
    }
}

/// DDL events.
fn command_events(b: &Base<'_>, scope: &Scope, shape: &Shape, out: &mut Vec<Event>) {
    let Ok(o) = b.entry.get_document("o") else {
        return;
    };
    let (db, _) = split_ns(b.entry.get_str("ns").unwrap_or(""));
    let Some((name, arg)) = o.iter().next() else {
        return;
    };
    let target = arg.as_str().unwrap_or("");
    match name.as_str() {
        "drop" if scope.sees(db, target, shape) => {
            let mut d = head(b, "drop", shape);
            d.insert("ns", ns_doc(db, target));
            out.push(plain(b, d.clone()));
            if matches!(scope, Scope::Collection { .. }) {
                out.push(invalidate(b, &d));
            }
        }
        "renameCollection" => {
            let (from_db, from) = split_ns(target);
            let to = o.get_str("to").unwrap_or("");
            let (to_db, to_coll) = split_ns(to);
            if !scope.sees(from_db, from, shape) {
                return;
            }
            let mut d = head(b, "rename", shape);
            d.insert("ns", ns_doc(from_db, from));
            d.insert("to", ns_doc(to_db, to_coll));
            if shape.expanded {
                let mut desc = doc! { "to": ns_doc(to_db, to_coll) };
                if let Some(Bson::Binary(u)) = o.get("dropTarget") {
                    desc.insert("dropTarget", Bson::Binary(u.clone()));
                }
                d.insert("operationDescription", desc);
            }
            out.push(plain(b, d.clone()));
            if matches!(scope, Scope::Collection { .. }) {
                out.push(invalidate(b, &d));
            }
        }
        "dropDatabase" => {
            let watches_db = match scope {
                Scope::Collection { .. } => false,
                Scope::Database(d) => d == db,
                Scope::Cluster => !is_internal_db(db),
            };
            if watches_db {
                let mut d = head(b, "dropDatabase", shape);
                d.insert("ns", doc! { "db": db });
                out.push(plain(b, d.clone()));
                if matches!(scope, Scope::Database(_)) {
                    out.push(invalidate(b, &d));
                }
            }
        }
        "create" if shape.expanded && scope.sees(db, target, shape) => {
            let mut d = head(b, "create", shape);
            d.insert("ns", ns_doc(db, target));
            let mut desc = o.clone();
            desc.remove("create");
            d.insert("operationDescription", desc);
            d.insert("nsType", "collection");
            out.push(plain(b, d.clone()));
        }
        "createIndexes" | "dropIndexes" | "collMod"
            if shape.expanded && scope.sees(db, target, shape) =>
        {
            let kind = match name.as_str() {
                "collMod" => "modify",
                other => other,
            };
            let mut d = head(b, kind, shape);
            d.insert("ns", ns_doc(db, target));
            let mut desc = o.clone();
            desc.remove(name);
            if kind == "createIndexes" || kind == "dropIndexes" {
                let spec = b.entry.get_document("o2").cloned().unwrap_or(desc);
                d.insert("operationDescription", doc! { "indexes": [spec] });
            } else {
                d.insert("operationDescription", desc);
            }
            out.push(plain(b, d.clone()));
        }
        _ => {}
    }
}

/// A write to `system.views` is the creation (insert), change (update) or
/// removal (delete) of a view: with `showExpandedEvents` mongod reports it
/// as a `create`, `modify` or `drop` event of the view, `nsType: "view"`.
fn view_event(
    b: &Base<'_>,
    op: &Document,
    idx: u32,
    db: &str,
    scope: &Scope,
    shape: &Shape,
) -> Option<Event> {
    let o = op.get_document("o").ok()?;
    let id = match op.get_document("o2") {
        Ok(k) => k.get_str("_id").ok()?,
        Err(_) => o.get_str("_id").ok()?,
    };
    let view = id.strip_prefix(db)?.strip_prefix('.')?;
    if !scope.sees(db, view, shape) {
        return None;
    }
    let description = |d: &Document| {
        let mut desc = doc! {};
        for f in ["viewOn", "pipeline", "collation"] {
            if let Some(v) = d.get(f) {
                desc.insert(f, v.clone());
            }
        }
        desc
    };
    let view_base = Base {
        ts: b.ts,
        entry: b.entry,
        uuid: None,
    };
    let mut d = match op.get_str("op").ok()? {
        "i" => {
            let mut d = head(&view_base, "create", shape);
            d.insert("ns", ns_doc(db, view));
            d.insert("operationDescription", description(o));
            d.insert("nsType", "view");
            d
        }
        "u" if !o.contains_key("$v") => {
            let mut d = head(&view_base, "modify", shape);
            d.insert("ns", ns_doc(db, view));
            d.insert("operationDescription", description(o));
            d
        }
        "d" => {
            let mut d = head(&view_base, "drop", shape);
            d.insert("ns", ns_doc(db, view));
            d
        }
        _ => return None,
    };
    stamp(&view_base, idx, &mut d);
    Some(Event {
        rank: rank(idx, false),
        doc: d,
        invalidate: false,
        lookup: None,
    })
}
